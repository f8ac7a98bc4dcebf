import type { RuleCase } from '../rule-tester.js';

/**
 * Airtable Web API: `{"error":{"type","message"}}`. Types and meanings per
 * airtable.com/developers/web/api/errors and /rate-limits (5 req/s per base, wait 30 s); Airtable
 * support "API: Common troubleshooting" (AUTHENTICATION_REQUIRED, INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND,
 * PUBLIC_API_BILLING_LIMIT_EXCEEDED = monthly calls spent); airtable.js AirtableError print format;
 * INVALID_VALUE_FOR_COLUMN / UNKNOWN_FIELD_NAME bodies from city-scrapers and pyairtable issues.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const airtableCases: RuleCase[] = [
  {
    line: "AirtableError { error: 'AUTHENTICATION_REQUIRED', message: 'You should provide valid api key to perform this operation', statusCode: 401 }",
    category: 'auth',
    destination: 'airtable',
    rule: 'airtable/authentication-required',
    note: 'airtable.js 401 print: auth',
  },
  {
    line: j({
      ts: '2026-03-05T21:00:00Z',
      level: 'error',
      destination: 'airtable',
      record_id: 'rec_1',
      status: 403,
      body: { error: { type: 'INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND', message: 'Invalid permissions, or the requested model was not found. Check that both your user and your token have the required permissions, and that the model names and/or ids are correct.' } },
    }),
    category: 'permissions',
    rule: 'airtable/permissions-or-model',
    note: 'token scope / base access or a wrong table name: permissions',
  },
  {
    line: 'requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://api.airtable.com/v0/appX1y2Z3/Contacts [Error: {\'type\': \'INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND\', \'message\': \'Invalid permissions, or the requested model was not found.\'}]',
    category: 'permissions',
    destination: 'airtable',
    rule: 'airtable/permissions-or-model',
    note: 'pyairtable text with the type in a dict repr',
  },
  {
    line: "AirtableError { error: 'NOT_AUTHORIZED', message: 'You are not authorized to perform this operation', statusCode: 403 }",
    category: 'permissions',
    rule: 'airtable/not-authorized',
    note: 'airtable.js 403 print: permissions',
  },
  {
    line: j({ ts: '2026-03-05T21:00:10Z', level: 'error', destination: 'airtable', record_id: 'rec_2', status: 429, body: { error: { type: 'PUBLIC_API_BILLING_LIMIT_EXCEEDED', message: "API billing plan limit exceeded. You've reached the maximum number of requests allowed for this month." } } }),
    category: 'plan',
    rule: 'airtable/billing-limit',
    note: 'monthly call allowance spent: plan despite the 429',
  },
  {
    line: "AirtableError { error: 'TOO_MANY_REQUESTS', message: 'You have made too many requests in a short period of time. Please retry your request later', statusCode: 429 }",
    category: 'transient',
    rule: 'airtable/rate-limit',
    note: 'airtable.js 429 print: the per-base rate limit',
  },
  {
    line: j({ ts: '2026-03-05T21:00:20Z', level: 'warn', destination: 'airtable', record_id: 'rec_3', status: 429, body: { errors: [{ error: 'Rate limit exceeded. Please try again later' }] } }),
    category: 'transient',
    rule: 'airtable/rate-limit-message',
    note: 'the API’s 429 wording: 5 req/s per base, transient',
  },
  {
    line: j({ ts: '2026-03-05T21:00:30Z', level: 'error', destination: 'airtable', record_id: 'rec_4', status: 422, body: { error: { type: 'UNKNOWN_FIELD_NAME', message: 'Unknown field name: "Tem Avaliações"' } } }),
    category: 'validation',
    field: 'Tem Avaliações',
    rule: 'airtable/unknown-field',
    note: 'unknown field: validation on the field',
  },
  {
    line: '2017-10-24 18:02:48 [pbcc] ERROR: b\'{"error":{"type":"INVALID_VALUE_FOR_COLUMN","message":"Field location_latitude can not accept value 41.884089"}}\'',
    category: 'validation',
    field: 'location_latitude',
    rule: 'airtable/invalid-value',
    note: 'INVALID_VALUE_FOR_COLUMN from a Python bytes print',
  },
  {
    line: j({ ts: '2026-03-05T21:00:40Z', level: 'error', destination: 'airtable', record_id: 'rec_5', status: 422, body: { error: { type: 'INVALID_VALUE_FOR_COLUMN', message: 'Field "Created" cannot accept a value because the field is computed' } } }),
    category: 'validation',
    field: 'Created',
    rule: 'airtable/invalid-value',
    note: 'writing a computed field',
  },
  {
    line: j({ ts: '2026-03-05T21:00:50Z', level: 'error', destination: 'airtable', record_id: 'rec_6', status: 422, body: { error: { type: 'INVALID_REQUEST_UNKNOWN', message: 'Invalid request: parameter validation failed. Check your request data.' } } }),
    category: 'validation',
    cause: 'INVALID_REQUEST_UNKNOWN',
    rule: 'airtable/invalid-request',
    note: 'INVALID_REQUEST_UNKNOWN: validation',
  },
  // ---------------------------------------------------------------- near misses
  {
    line: j({ ts: '2026-03-05T21:01:00Z', level: 'error', destination: 'acme_api', status: 401, body: { error: 'AUTHENTICATION_REQUIRED', message: 'login first' } }),
    category: 'auth',
    destination: 'acme_api',
    note: 'near miss: AUTHENTICATION_REQUIRED from another API is not Airtable’s (generic 401)',
  },
  {
    line: j({ ts: '2026-03-05T21:01:10Z', level: 'warn', destination: 'stripe', status: 429, body: { error: { code: 'rate_limit', message: 'Too many requests hit the API too quickly.', type: 'invalid_request_error' } } }),
    category: 'transient',
    destination: 'stripe',
    rule: 'stripe/rate-limit',
    note: 'near miss: a Stripe 429 is not Airtable’s billing limit',
  },
];
