import type { Provider } from './provider.js';

/**
 * Airtable Web API: `{"error":{"type":"<TYPE>","message":"…"}}` (a bare `{"error":"NOT_FOUND"}` for
 * unknown routes). 401 AUTHENTICATION_REQUIRED / UNAUTHORIZED (token missing or invalid); 403
 * INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND — Airtable will not say which: the token lacks the scope or
 * the base, or the base / table name is wrong — so permissions, with both in the fix; 422
 * UNKNOWN_FIELD_NAME ("Unknown field name: \"X\""), INVALID_VALUE_FOR_COLUMN ("Field \"X\" cannot
 * accept the provided value", "… because the field is computed"), INVALID_MULTIPLE_CHOICE_OPTIONS,
 * INVALID_REQUEST_UNKNOWN; 429 is the 5 requests/second per base limit (wait 30 s: transient),
 * while PUBLIC_API_BILLING_LIMIT_EXCEEDED is the workspace's monthly call allowance (plan).
 * airtable.js rewrites statuses into its own types (401 AUTHENTICATION_REQUIRED, 403 NOT_AUTHORIZED,
 * 429 TOO_MANY_REQUESTS) and prints `AirtableError { error: '…', message: '…', statusCode: N }`.
 * Sources: airtable.com/developers/web/api/errors, /api/rate-limits, /api/scopes; Airtable support
 * "API: Common troubleshooting"; airtable.js src/base.ts; bodies in pyairtable / airtable.js issues.
 */
const A = ['airtable'];

export const provider: Provider = {
  name: 'airtable',
  display: 'Airtable',
  hints: ['api\\.airtable\\.com', 'pyairtable', 'airtable', 'AirtableError', 'AirtableApiError'],
  rank: 95,
  links: {
    auth: 'https://airtable.com/create/tokens',
    permissions: 'https://airtable.com/developers/web/api/scopes',
    plan: 'https://airtable.com/pricing',
    validation: 'https://airtable.com/developers/web/api/errors',
    transient: 'https://airtable.com/developers/web/api/rate-limits',
    outage: 'https://status.airtable.com',
  },
  rules: [
    {
      id: 'airtable/authentication-required',
      category: 'auth',
      cause: 'AUTHENTICATION_REQUIRED',
      code: ['AUTHENTICATION_REQUIRED', 'UNAUTHORIZED'],
      destination: A,
      summary: 'Airtable token missing or invalid',
      fix: 'Create a personal access token (or reconnect OAuth) and update the connection; legacy API keys stopped working in 2024. Pause the sync until then.',
    },
    {
      id: 'airtable/permissions-or-model',
      category: 'permissions',
      cause: 'INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND',
      code: ['INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND', 'INVALID_PERMISSIONS'],
      summary: 'Airtable token cannot reach this base or table (or its name is wrong)',
      fix: 'Add the base to the token’s access list with the data.records:write scope, and check the base / table id in the connection.',
    },
    {
      id: 'airtable/not-authorized',
      category: 'permissions',
      cause: 'NOT_AUTHORIZED',
      code: ['NOT_AUTHORIZED'],
      destination: A,
      summary: 'Airtable token cannot reach this base or table (or its name is wrong)',
      fix: 'Add the base to the token’s access list with the data.records:write scope, and check the base / table id in the connection.',
    },
    {
      id: 'airtable/billing-limit',
      category: 'plan',
      cause: 'PUBLIC_API_BILLING_LIMIT_EXCEEDED',
      code: ['PUBLIC_API_BILLING_LIMIT_EXCEEDED'],
      summary: 'Airtable workspace used up its monthly API calls',
      fix: 'Pause the sync until the monthly allowance resets, or upgrade the Airtable plan; retrying only burns calls.',
    },
    {
      id: 'airtable/rate-limit',
      category: 'transient',
      cause: 'rate limit (5 req/s per base)',
      code: ['TOO_MANY_REQUESTS'],
      destination: A,
      summary: 'Airtable rate limit (5 requests per second per base)',
      fix: 'Retry after 30 s; send at most 5 requests per second per base (10 records per request).',
    },
    {
      id: 'airtable/unknown-field',
      category: 'validation',
      cause: 'UNKNOWN_FIELD_NAME',
      code: ['UNKNOWN_FIELD_NAME'],
      fieldFrom: /Unknown field name: \\?"([^"\\]+)\\?"/,
      summary: 'Airtable table has no field `{field}`',
      fix: 'Create the field in Airtable or fix the mapping (names are case-sensitive; use the field id to survive renames).',
    },
    {
      id: 'airtable/invalid-value',
      category: 'validation',
      cause: 'INVALID_VALUE_FOR_COLUMN',
      code: ['INVALID_VALUE_FOR_COLUMN'],
      fieldFrom: /Field \\?"([^"\\]+)\\?" (?:cannot|can not) accept|Field (\S+) can not accept/,
      summary: 'Airtable field `{field}` cannot accept the value',
      fix: 'Send `{field}` in its column type (computed fields — formula, lookup, created time — cannot be written; leave them out).',
    },
    {
      id: 'airtable/invalid-request',
      category: 'validation',
      cause: '{code}',
      code: ['INVALID_REQUEST_UNKNOWN', 'INVALID_MULTIPLE_CHOICE_OPTIONS', 'INVALID_FILTER_BY_FORMULA'],
      summary: 'Airtable rejected the request ({code})',
      fix: 'Fix the payload the sync sends (select options must exist unless typecast is on; formulas must parse); see the sample.',
    },
    {
      id: 'airtable/rate-limit-message',
      category: 'transient',
      cause: 'rate limit (5 req/s per base)',
      message: /Rate limit exceeded\. Please try again later/i,
      destination: A,
      summary: 'Airtable rate limit (5 requests per second per base)',
      fix: 'Retry after 30 s; send at most 5 requests per second per base (10 records per request).',
    },
  ],
};
