import type { RuleCase } from '../rule-tester.js';

/**
 * Pipedrive: v1 {"success":false,"error","error_info","data","additional_data"}; entity-limit 403s
 * add code feature_capping_*; gateway 401 {"success":false,"error":"unauthorized access",
 * "errorCode":401}; v2 string codes (ERR_SCHEMA_VALIDATION_FAILED, ERR_UNKNOWN).
 * Sources: pipedrive.readme.io HTTP status codes, responses, rate limiting pages; changelog
 * (feature_capping, 2022-03 and 2024-11); client-nodejs / client-php issues. DESIGN.md §7.
 */
const j = (o: unknown): string => JSON.stringify(o);
const INFO = 'Please check developers.pipedrive.com for more information about Pipedrive API.';
const v1 = (error: string, extra: Record<string, unknown> = {}) => ({ success: false, error, error_info: INFO, data: null, additional_data: null, ...extra });

export const pipedriveCases: RuleCase[] = [
  // ---------------------------------------------------------------- auth
  {
    line: j({ ts: '2024-08-05T09:00:00Z', level: 'error', destination: 'pipedrive', record_id: 'deal-1001', status: 401, body: { success: false, error: 'unauthorized access', errorCode: 401, error_info: 'Please check developers.pipedrive.com' } }),
    category: 'auth',
    destination: 'pipedrive',
    note: 'gateway 401 "unauthorized access" (bad token)',
  },
  {
    line: 'ts=2024-08-05T09:00:01Z level=error dest=pipedrive record_id=deal-1002 status=401 error="unauthorized access" errorCode=401',
    category: 'auth',
    note: 'the same 401 body answers a missing x-api-token header: still auth (logfmt)',
  },
  {
    line: '2024-08-05 09:01:02 ERROR dest=pipedrive record=org-9 UnauthorizedError: Invalid token: access token is invalid',
    category: 'auth',
    note: 'pipedrive-python UnauthorizedError string',
  },
  {
    line: j({ ts: '2024-08-05T09:00:02Z', level: 'error', destination: 'pipedrive', status: 400, url: 'https://oauth.pipedrive.com/oauth/token', body: { success: false, message: 'Invalid grant: refresh_token is invalid', error: 'invalid_grant' } }),
    category: 'auth',
    note: 'OAuth server "Invalid grant: refresh_token is invalid" on HTTP 400',
  },

  // ---------------------------------------------------------------- permissions
  {
    line: j({ ts: '2024-08-05T09:00:07Z', level: 'error', destination: 'pipedrive', record_id: 'org-55', status: 403, body: { success: false, error: 'Scope and URL mismatch', errorCode: 403 } }),
    category: 'permissions',
    note: '403 "Scope and URL mismatch": OAuth app lacks the scope',
  },
  {
    line: j({ ts: '2024-08-05T09:00:08Z', level: 'error', destination: 'pipedrive', record_id: 'deal-1005', status: 403, body: v1('Forbidden') }),
    category: 'permissions',
    note: 'bare 403 with no limit wording and no code: falls back to permissions (visibility / permission set)',
  },

  // ---------------------------------------------------------------- plan
  {
    line: j({ ts: '2024-08-05T09:00:03Z', level: 'error', destination: 'pipedrive', record_id: 'deal-1003', status: 402, body: v1('Company account is not open') }),
    category: 'plan',
    destination: 'pipedrive',
    note: '402: company account not open (trial expired / payment missing)',
  },
  {
    line: j({ ts: '2024-08-05T09:00:04Z', level: 'error', destination: 'pipedrive', record_id: 'deal-1004', status: 403, body: v1("Couldn't add the deal. Open deals limit reached.", { code: 'feature_capping_deals_limit' }) }),
    category: 'plan',
    cause: 'feature_capping_deals_limit',
    note: '403 code feature_capping_deals_limit: plan, not permissions',
  },
  {
    line: j({
      ts: '2024-08-05T09:00:05Z',
      level: 'error',
      record_id: 'field-77',
      status: 403,
      response: v1("Couldn't add the custom field. Custom fields limit reached.", { code: 'feature_capping_custom_fields_limit' }),
    }),
    category: 'plan',
    cause: 'feature_capping_custom_fields_limit',
    destination: 'pipedrive',
    note: 'feature_capping_custom_fields_limit, no destination field (error_info / additional_data identify Pipedrive)',
  },
  {
    line: j({
      ts: '2024-08-05T09:00:06Z',
      level: 'error',
      destination: 'pipedrive',
      record_id: 'acttype-3',
      status: 403,
      body: { success: false, error: "Couldn't add activity type. You've reached the activity type per company limit.", error_info: 'Please check developers.pipedrive.com for more information about Pipedrive API', data: null, additional_data: null },
    }),
    category: 'plan',
    note: '403 entity limit WITHOUT code (2024-11 changelog shape): the message decides plan',
  },
  {
    line: j({ ts: '2024-08-05T09:00:15Z', level: 'error', destination: 'pipedrive', record_id: 'hook-9', status: 422, body: v1('Webhooks limit reached') }),
    category: 'plan',
    note: '422 "Webhooks limit reached": plan',
  },

  // ---------------------------------------------------------------- validation
  {
    line: j({ ts: '2024-08-05T09:00:10Z', level: 'error', destination: 'pipedrive', record_id: 'deal-25', status: 400, body: v1('Bad request') }),
    category: 'validation',
    field: null,
    note: '400 "Bad request": validation with no field',
  },
  {
    line: j({
      ts: '2024-08-05T09:00:11Z',
      level: 'error',
      destination: 'pipedrive',
      record_id: 'deal-26',
      status: 400,
      body: {
        success: false,
        error: "Validation failed: 3b71d5b6cea10e23f3f433d248add2020d4aff2e: Parameter '3b71d5b6cea10e23f3f433d248add2020d4aff2e' is not allowed for this request",
        code: 'ERR_SCHEMA_VALIDATION_FAILED',
      },
    }),
    category: 'validation',
    cause: 'ERR_SCHEMA_VALIDATION_FAILED',
    field: '3b71d5b6cea10e23f3f433d248add2020d4aff2e',
    note: 'v2 ERR_SCHEMA_VALIDATION_FAILED names the custom-field hash key',
  },
  {
    line: j({ ts: '2024-08-05T09:00:13Z', level: 'error', destination: 'pipedrive', record_id: 'person-404', status: 404, body: v1('Person not found') }),
    category: 'validation',
    note: '404 entity not found',
  },
  {
    line: j({ ts: '2024-08-05T09:00:14Z', level: 'error', destination: 'pipedrive', record_id: 'note-1', status: 410, body: v1('Gone') }),
    category: 'validation',
    note: '410 old resource permanently unavailable',
  },
  {
    line:
      '2024-08-05 09:01:01 ERROR dest=pipedrive record=deal-25 ' +
      j({ success: false, message: 'Bad Request', errorCode: 400, context: { res: { status: 400, text: j(v1('Bad request')) } }, errorInfo: INFO }),
    category: 'validation',
    note: 'old node SDK wrapper, the real body JSON-encoded in context.res.text',
  },

  // ---------------------------------------------------------------- transient
  {
    line: j({
      ts: '2024-08-05T09:00:16Z',
      level: 'warn',
      destination: 'pipedrive',
      record_id: 'deal-1100',
      status: 429,
      body: v1('Rate limit exceeded'),
      headers: { 'x-ratelimit-remaining': '0', 'retry-after': '2' },
    }),
    category: 'transient',
    note: '429 burst limit (2 s rolling window)',
  },
  {
    line: j({
      ts: '2024-08-05T09:00:09Z',
      level: 'error',
      destination: 'pipedrive',
      record_id: 'deal-1006',
      status: 403,
      body: '<!DOCTYPE html><html><head><title>Access denied | api.pipedrive.com used Cloudflare to restrict access</title></head><body><h1>Error 1015</h1><p>You are being rate limited</p><p>This error is produced by Cloudflare</p></body></html>',
    }),
    category: 'transient',
    note: '403 Cloudflare block page after ignored 429s: rate limiting, not permissions',
  },
  {
    line: j({ ts: '2024-08-05T09:00:18Z', level: 'error', destination: 'pipedrive', record_id: 'person-900', status: 500, body: { success: false, error: 'Internal Server Error', code: 'ERR_UNKNOWN' } }),
    category: 'transient',
    cause: 'ERR_UNKNOWN',
    note: 'v2 500 ERR_UNKNOWN',
  },
  {
    line: j({ ts: '2024-08-05T09:00:19Z', level: 'error', destination: 'pipedrive', record_id: 'org-901', status: 500, body: v1('Internal Server Error occurred. Pipedrive staff was notified about this.') }),
    category: 'transient',
    note: 'v1 500',
  },

  // ---------------------------------------------------------------- outage
  {
    line: j({ ts: '2024-08-05T09:00:20Z', level: 'error', destination: 'pipedrive', record_id: 'deal-1200', status: 503, body: { success: false, error: 'Scheduled maintenance', data: null, additional_data: null } }),
    category: 'outage',
    note: '503 "Scheduled maintenance": outage',
  },
  {
    line: '2024-08-05 09:01:03 ERROR dest=pipedrive record=deal-7 getaddrinfo ENOTFOUND api.pipedrive.com',
    category: 'outage',
    destination: 'pipedrive',
    note: 'ENOTFOUND on the API host: outage',
  },
];

/**
 * Cases the first rule tables got wrong, fixed since and kept as regressions: each "was:" says
 * what the tool returned then and why that was wrong.
 */
export const regressions: RuleCase[] = [
  // was: unknown (builtin/unknown).
  // why: "status code is 401" in prose is not read as a status; 401 is auth.
  {
    line: '2024-08-05 09:01:00 CRITICAL tap-pipedrive Invalid response from API, status code is 401',
    category: 'auth',
    note: 'singer tap-pipedrive log line, no body: status 401 in prose',
  },
];

/**
 * One case per rule that no other case decided (the rule-coverage test). Messages are tap-pipedrive's
 * own for a body without "error" (its ERROR_CODE_EXCEPTION_MAPPING, from the HTTP status codes page).
 */
export const ruleCoverage: RuleCase[] = [
  {
    line: j({ ts: '2024-08-05T09:00:21Z', level: 'error', destination: 'pipedrive', stream: 'deals', status: 403, error: 'HTTP-error-code: 403, Error: Invalid authorization credentials or permissions.' }),
    category: 'permissions',
    cause: 'HTTP 403',
    rule: 'pipedrive/forbidden',
    note: '403 whose text names no limit and no denial wording: the Pipedrive status rule (visibility / permission set)',
  },
  {
    line: j({ ts: '2024-08-05T09:00:22Z', level: 'error', destination: 'pipedrive', stream: 'deal_products', status: 415, error: 'HTTP-error-code: 415, Error: The feature is not enabled.' }),
    category: 'plan',
    cause: 'HTTP 415 feature not enabled',
    rule: 'pipedrive/feature-disabled',
    note: 'Pipedrive answers 415 when the feature is not enabled for the company: plan, not a media type problem',
  },
];
