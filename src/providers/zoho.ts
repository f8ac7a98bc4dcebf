import type { Provider } from './provider.js';

/**
 * Zoho CRM API (v2–v8): `{"code","details":{…},"message","status":"error"}`, per record inside
 * `{"data":[…]}` (insert / update / upsert answer 201/202/207 with one result per record).
 * `details.api_name` names the field of INVALID_DATA / MANDATORY_NOT_FOUND / DUPLICATE_DATA.
 * 401 is INVALID_TOKEN / AUTHENTICATION_FAILURE (auth) or OAUTH_SCOPE_MISMATCH (a scope the token
 * was not granted: permissions); 403 NO_PERMISSION is the CRM profile, except "feature not
 * available in this edition" (plan). API credits are counted over a rolling 24 hours (plan when
 * spent); TOO_MANY_REQUESTS is the concurrency / sub-concurrency limit (transient). LIMIT_EXCEEDED is
 * the per-call record limit (100 per insert): the batch is too big. OAuth refresh failures come
 * from accounts.zoho.* as `{"error":"invalid_code"}`.
 * Sources: zoho.com/crm/developer/docs/api/v8/status-codes.html, /api-limits.html; Zoho "Kaizen
 * #203 Handling API limits and error responses"; bodies in Zoho SDK issues and API examples.
 */
const Z = ['zoho'];

export const provider: Provider = {
  name: 'zoho',
  display: 'Zoho CRM',
  aliases: ['zohocrm', 'bigin'],
  hints: ['zohoapis\\.(?:com|eu|in|com\\.au|jp|com\\.cn|ca|sa)', 'accounts\\.zoho\\.(?:com|eu|in|com\\.au|jp|com\\.cn|ca|sa)', 'zohocrmsdk', 'zcrmsdk', 'ZCRMException', 'zoho_crm', 'zohocrm', 'zoho(?:books|crm|desk|inventory|invoice|people|projects|recruit|client)?'],
  rank: 95,
  links: {
    auth: 'https://www.zoho.com/crm/developer/docs/api/v8/oauth-overview.html',
    permissions: 'https://www.zoho.com/crm/developer/docs/api/v8/scopes.html',
    plan: 'https://www.zoho.com/crm/developer/docs/api/v8/api-limits.html',
    validation: 'https://www.zoho.com/crm/developer/docs/api/v8/status-codes.html',
    outage: 'https://status.zoho.com',
    transient: 'https://www.zoho.com/crm/developer/docs/api/v8/api-limits.html',
  },
  rules: [
    {
      id: 'zoho/invalid-token',
      category: 'auth',
      cause: '{code}',
      code: ['INVALID_TOKEN', 'AUTHENTICATION_FAILURE', 'invalid_code'],
      destination: Z,
      summary: 'Zoho access or refresh token invalid or expired',
      fix: 'Reconnect Zoho CRM (generate a new grant / refresh token for the right data centre); pause the sync until then.',
    },
    {
      id: 'zoho/scope-mismatch',
      category: 'permissions',
      cause: 'OAUTH_SCOPE_MISMATCH',
      code: ['OAUTH_SCOPE_MISMATCH'],
      summary: 'Zoho token was not granted the scope for this call',
      fix: 'Re-authorise the connection with the missing ZohoCRM.* scope (a refresh token cannot widen its scopes).',
    },
    {
      id: 'zoho/feature-not-in-edition',
      category: 'plan',
      cause: 'feature not available in this edition',
      code: ['NO_PERMISSION', 'FEATURE_NOT_SUPPORTED', 'FEATURE_NOT_ENABLED'],
      message: /not available in (?:this|your) edition|not supported in (?:this|your) edition|upgrade/i,
      destination: Z,
      summary: 'Zoho CRM edition does not include this feature',
      fix: 'Upgrade the Zoho CRM edition, or drop the module / feature from the sync.',
    },
    {
      id: 'zoho/no-permission',
      category: 'permissions',
      cause: 'NO_PERMISSION',
      code: ['NO_PERMISSION'],
      destination: Z,
      summary: 'Zoho CRM user’s profile lacks permission for this module or action',
      fix: 'Give the connected Zoho user’s profile the module permission (create / edit / delete) it needs.',
    },
    // The edition's cap on stored records (Zoho CRM "Limits" per edition): more credits do not help.
    {
      id: 'zoho/record-limit',
      category: 'plan',
      cause: 'MAX_RECORDS_LIMIT_REACHED',
      code: ['MAX_RECORDS_LIMIT_REACHED'],
      destination: Z,
      summary: 'Zoho CRM edition’s record limit reached',
      fix: 'Delete old records or move to an edition with a higher record limit; new records are refused until then.',
    },
    {
      id: 'zoho/credits-exhausted',
      category: 'plan',
      cause: 'API credits exhausted (24 h)',
      code: ['LIMIT_REACHED'],
      destination: Z,
      summary: 'Zoho CRM API credits for the rolling 24 hours are spent',
      fix: 'Pause until credits free up (rolling 24 h), cut calls per run (bulk APIs), or buy add-on credits.',
    },
    {
      id: 'zoho/too-many-requests',
      category: 'transient',
      cause: 'TOO_MANY_REQUESTS',
      code: ['TOO_MANY_REQUESTS'],
      destination: Z,
      summary: 'Zoho CRM concurrency limit',
      fix: 'Retry with backoff; lower the number of parallel calls (the edition caps concurrency).',
    },
    {
      id: 'zoho/internal-error',
      category: 'transient',
      cause: 'INTERNAL_ERROR',
      code: ['INTERNAL_ERROR'],
      destination: Z,
      summary: 'Zoho CRM server error',
      fix: 'Retry with backoff; check status.zoho.com if it persists.',
    },
    {
      id: 'zoho/duplicate-data',
      category: 'validation',
      cause: 'DUPLICATE_DATA',
      code: ['DUPLICATE_DATA'],
      destination: Z,
      summary: 'Zoho CRM record already exists (unique field)',
      fix: 'Upsert on the unique field (duplicate_check_fields) instead of inserting, or dedupe the source.',
    },
    {
      id: 'zoho/record-data',
      category: 'validation',
      cause: '{code}',
      code: ['MANDATORY_NOT_FOUND', 'INVALID_DATA', 'REQUIRED_PARAM_MISSING', 'ID_ALREADY_CONVERTED', 'RECORD_LOCKED', 'NOT_ALLOWED', 'CANNOT_DELETE'],
      destination: Z,
      summary: 'Zoho CRM rejected the record ({code})',
      fix: 'Fix the record or the field named in details.api_name (required, type, format, or a record locked by a process).',
    },
    {
      id: 'zoho/request',
      category: 'validation',
      cause: '{code}',
      code: ['INVALID_MODULE', 'INVALID_URL_PATTERN', 'LIMIT_EXCEEDED'],
      destination: Z,
      summary: 'Zoho CRM rejected the request ({code})',
      fix: 'Check the module API name in the connection, and keep at most 100 records per insert / update call.',
    },
  ],
};
