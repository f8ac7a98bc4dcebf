import type { RuleCase } from '../rule-tester.js';

/**
 * PayPal REST APIs: OAuth errors on /v1/oauth2/token (`invalid_client`, `invalid_token`), otherwise
 * `{"name","message","debug_id","details":[{"field","issue","description"}]}`. The `issue` codes
 * (PERMISSION_DENIED, CURRENCY_NOT_SUPPORTED, ORDER_ALREADY_CAPTURED, PAYEE_ACCOUNT_RESTRICTED,
 * INVALID_RESOURCE_ID…) decide; names without details are known by PayPal's fixed messages.
 * Sources: developer.paypal.com/api/rest/responses, /api/rest/reference/orders/v2/errors,
 * /api/rest/authentication.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const paypalCases: RuleCase[] = [
  {
    line: j({ ts: '2026-03-05T10:00:00Z', level: 'error', destination: 'paypal', status: 401, body: { error: 'invalid_client', error_description: 'Client Authentication failed' } }),
    category: 'auth',
    rule: 'paypal/invalid-client',
    note: 'token endpoint invalid_client: wrong secret or live credentials on sandbox',
  },
  {
    line: j({ ts: '2026-03-05T10:00:05Z', level: 'error', destination: 'paypal', status: 401, body: { error: 'invalid_token', error_description: 'Access Token not found in cache' } }),
    category: 'auth',
    rule: 'paypal/invalid-token',
    note: 'invalid_token: expired access token',
  },
  {
    line: j({ ts: '2026-03-05T10:00:10Z', level: 'error', destination: 'paypal', status: 401, body: { name: 'AUTHENTICATION_FAILURE', message: 'Authentication failed due to invalid authentication credentials or a missing Authorization header.', links: [{ href: 'https://developer.paypal.com/docs/api/overview/#error', rel: 'information_link' }] } }),
    category: 'auth',
    rule: 'paypal/auth-message',
    note: 'AUTHENTICATION_FAILURE known by its fixed message',
  },
  {
    line: j({
      ts: '2026-03-05T10:00:15Z',
      level: 'error',
      status: 403,
      body: { name: 'NOT_AUTHORIZED', message: 'Authorization failed due to insufficient permissions.', debug_id: 'c0f3b4f1a2', details: [{ issue: 'PERMISSION_DENIED', description: 'You do not have permission to access or perform operations on this resource.' }] },
    }),
    category: 'permissions',
    destination: 'paypal',
    rule: 'paypal/permission-denied',
    note: 'issue PERMISSION_DENIED; debug_id names PayPal with no destination key',
  },
  {
    line: j({ ts: '2026-03-05T10:00:20Z', level: 'error', destination: 'paypal', status: 403, body: { name: 'NOT_AUTHORIZED', message: 'Authorization failed due to insufficient permissions.', debug_id: 'e4d3c2b1a0' } }),
    category: 'permissions',
    rule: 'paypal/not-authorized-message',
    note: 'NOT_AUTHORIZED without details: its fixed message',
  },
  {
    line: '2026-03-05T10:00:25Z ERROR POST https://api-m.paypal.com/v2/checkout/orders -> 422 {"name":"UNPROCESSABLE_ENTITY","details":[{"field":"/purchase_units/@reference_id==\'default\'/amount/currency_code","value":"XYZ","location":"body","issue":"CURRENCY_NOT_SUPPORTED","description":"Currency code is not supported"}],"message":"The requested action could not be performed, semantically incorrect, or failed business validation.","debug_id":"90957fca61718"}',
    category: 'validation',
    destination: 'paypal',
    cause: 'currency_not_supported',
    rule: 'paypal/field',
    note: 'UNPROCESSABLE_ENTITY: the issue code decides; host-only destination',
  },
  {
    line: '2026-03-05T10:00:30Z ERROR POST https://api-m.sandbox.paypal.com/v1/payments/payment -> 400 {"name":"VALIDATION_ERROR","details":[{"field":"transactions[0].amount.currency","issue":"Currency is not supported"}],"message":"Invalid request - see details","debug_id":"5a4b3c2d1e"}',
    category: 'validation',
    destination: 'paypal',
    field: 'transactions[0].amount.currency',
    rule: 'paypal/validation-message',
    note: 'v1 VALIDATION_ERROR: dotted field path, sentence issue',
  },
  {
    line: 'paypalhttp.http_error.HttpError: {"name":"UNPROCESSABLE_ENTITY","details":[{"issue":"ORDER_ALREADY_CAPTURED","description":"Order already captured.If \'intent=CAPTURE\' only one capture per order is allowed."}],"message":"The requested action could not be performed, semantically incorrect, or failed business validation.","debug_id":"f1e2d3c4b5"}',
    category: 'validation',
    destination: 'paypal',
    rule: 'paypal/business',
    note: 'SDK exception with the body: a record-level refusal',
  },
  {
    line: j({ ts: '2026-03-05T10:00:40Z', level: 'error', destination: 'paypal', status: 422, body: { name: 'UNPROCESSABLE_ENTITY', details: [{ issue: 'PAYEE_ACCOUNT_RESTRICTED', description: 'The merchant account is restricted.' }], message: 'The requested action could not be performed, semantically incorrect, or failed business validation.', debug_id: 'aa11bb22cc' } }),
    category: 'plan',
    rule: 'paypal/account-restricted',
    note: 'the merchant account is restricted: account-level, pause',
  },
  {
    line: j({
      ts: '2026-03-05T10:00:45Z',
      level: 'error',
      destination: 'paypal',
      status: 404,
      body: { name: 'RESOURCE_NOT_FOUND', details: [{ field: 'order_id', value: '5O190127TN364715T', location: 'path', issue: 'INVALID_RESOURCE_ID', description: 'Specified resource ID does not exist. Please check the resource ID and try again.' }], message: 'The specified resource does not exist.', debug_id: 'bb22cc33dd' },
    }),
    category: 'validation',
    field: 'order_id',
    rule: 'paypal/not-found',
    note: 'INVALID_RESOURCE_ID names the path parameter',
  },
  {
    line: j({ ts: '2026-03-05T10:00:50Z', level: 'warn', destination: 'paypal', status: 429, body: { name: 'RATE_LIMIT_REACHED', message: 'Too many requests. Blocked due to rate limiting.', debug_id: '7a1b2c3d4e' } }),
    category: 'transient',
    rule: 'paypal/rate-limit',
    note: 'RATE_LIMIT_REACHED: its fixed message',
  },
  {
    line: '2026-03-05T10:00:55Z ERROR capture failed: INTERNAL_SERVER_ERROR debug_id=9d8c7b6a5f url=https://api-m.paypal.com/v2/checkout/orders/5O1/capture',
    category: 'transient',
    destination: 'paypal',
    rule: 'paypal/server-error',
    note: 'INTERNAL_SERVER_ERROR: retried with the same PayPal-Request-Id',
  },
];

/** PayPal details[].field is a JSON Pointer (developer.paypal.com/api/rest/responses). */
export const paypalPointerCases: RuleCase[] = [
  {
    line: "{\"ts\": \"2026-03-02T10:00:00Z\", \"level\": \"error\", \"destination\": \"paypal\", \"record_id\": \"o-1\", \"status\": 422, \"body\": {\"name\": \"UNPROCESSABLE_ENTITY\", \"details\": [{\"field\": \"/purchase_units/0/amount/currency_code\", \"value\": \"XYZ\", \"issue\": \"CURRENCY_NOT_SUPPORTED\", \"description\": \"Currency code is not currently supported.\"}], \"debug_id\": \"f2a1\"}}",
    category: "validation",
    destination: "paypal",
    field: "currency_code",
    note: "the pointer’s last segment is the field",
  },
];
