import type { RuleCase } from '../rule-tester.js';

/**
 * Paddle Billing error bodies (`{"error":{"type","code","detail","documentation_url","errors"}}`),
 * the Python SDK's exception line, and Paddle Classic's `{"success":false,"error":{"code","message"}}`.
 * Sources: developer.paddle.com/errors/shared/* and /errors/transactions/* (example responses);
 * paddle-python-sdk tests/Functional/Client/test_Client.py (429 body), ApiError.py;
 * developer.paddle.com/classic/api-reference/324ed7bfd28c8-api-error-codes; paddle-python/paddle-client
 * README and tests (Classic 108).
 */
const j = (o: unknown): string => JSON.stringify(o);

const billing = (code: string, detail: string, area = 'shared'): unknown => ({
  error: { type: code === 'internal_error' || code === 'service_unavailable' ? 'api_error' : 'request_error', code, detail, documentation_url: `https://developer.paddle.com/errors/${area}/${code}` },
  meta: { request_id: '00000000-0000-0000-0000-000000000000' },
});

export const paddleCases: RuleCase[] = [
  {
    line: j({ level: 'error', status: 403, url: 'https://api.paddle.com/transactions?status=completed', body: billing('invalid_token', 'Invalid or revoked API key.') }),
    category: 'auth',
    destination: 'paddle',
    cause: 'invalid_token',
    rule: 'paddle/api-key',
    note: 'invalid_token is a 403 at Paddle (also a live key on sandbox); only the host names Paddle',
  },
  {
    line: j({ level: 'error', status: 403, url: 'https://sandbox-api.paddle.com/customers', body: billing('authentication_malformed', 'Authentication header included, but incorrectly formatted.') }),
    category: 'auth',
    destination: 'paddle',
    cause: 'authentication_malformed',
    rule: 'paddle/api-key',
    note: 'authentication_malformed (403): the Authorization header is not a Bearer key',
  },
  {
    line: 'paddle_billing.Exceptions.ApiError.ApiError: Invalid or revoked API key.',
    category: 'auth',
    destination: 'paddle',
    rule: 'paddle/api-key-message',
    note: 'Python SDK: ApiError carries the detail as its message; only the package names Paddle',
  },
  {
    line: j({ level: 'error', status: 403, url: 'https://api.paddle.com/adjustments', body: billing('forbidden', "You aren't permitted to perform this request.") }),
    category: 'permissions',
    destination: 'paddle',
    rule: 'paddle/forbidden',
    note: 'forbidden: the API key’s permissions do not cover the request',
  },
  {
    line: j({ level: 'error', status: 400, url: 'https://api.paddle.com/transactions', body: billing('transaction_checkout_url_domain_is_not_approved', 'The value you passed for `checkout.url` does not contain a domain that has been approved by Paddle', 'transactions') }),
    category: 'plan',
    destination: 'paddle',
    rule: 'paddle/domain-not-approved',
    note: 'the seller’s checkout domain is not approved yet',
  },
  {
    line: j({ level: 'error', status: 400, url: 'https://api.paddle.com/products', body: { error: { type: 'request_error', code: 'invalid_field', detail: 'Request does not pass validation.', documentation_url: 'https://developer.paddle.com/errors/shared/invalid_field', errors: [{ field: 'active', message: 'must be provided as part of the request' }, { field: 'description', message: 'maximum length of 256 exceeded. provided value length 653' }] }, meta: { request_id: '00000000-0000-0000-0000-000000000000' } } }),
    category: 'validation',
    destination: 'paddle',
    cause: 'invalid_field',
    field: 'active, description',
    rule: 'paddle/invalid-field',
    note: 'the invalid_field example response: errors[].field are the fields',
  },
  {
    line: j({ level: 'warn', status: 429, url: 'https://api.paddle.com/subscriptions', body: billing('too_many_requests', 'IP address exceeded the allowed rate limit. Retry after the number of seconds in the Retry-After header.') }),
    category: 'transient',
    destination: 'paddle',
    rule: 'paddle/rate-limit',
    note: 'too_many_requests (429), the body of paddle-python-sdk test_Client.py',
  },
  {
    line: j({ level: 'error', status: 500, url: 'https://api.paddle.com/subscriptions/sub_01h7', body: billing('internal_error', 'Problem processing your request. The Paddle team has been notified.') }),
    category: 'transient',
    destination: 'paddle',
    rule: 'paddle/internal',
    note: 'internal_error (500)',
  },
  {
    line: j({ level: 'error', status: 503, url: 'https://api.paddle.com/prices', body: billing('service_unavailable', "Endpoint is down temporarily and can't process your request. The Paddle team has been notified.") }),
    category: 'outage',
    destination: 'paddle',
    rule: 'paddle/unavailable',
    note: 'service_unavailable (503): the endpoint is down for maintenance',
  },
  {
    line: j({ level: 'error', status: 200, url: 'https://vendors.paddle.com/api/2.0/subscription/users', body: { success: false, error: { code: 102, message: 'Bad api key' } } }),
    category: 'auth',
    destination: 'paddle',
    cause: 'Classic 102',
    rule: 'paddle/classic-auth',
    note: 'Classic: a failed call answers 200 with success false; 102 Bad api key',
  },
  {
    line: j({ level: 'error', status: 200, url: 'https://vendors.paddle.com/api/2.0/subscription/users', body: { success: false, error: { code: 107, message: 'You don’t have permission to access this resource' } } }),
    category: 'permissions',
    destination: 'paddle',
    rule: 'paddle/classic-permission',
    note: 'Classic 107',
  },
  {
    line: j({ level: 'error', status: 200, url: 'https://vendors.paddle.com/api/2.0/product/generate_license', body: { success: false, error: { code: 108, message: 'Unable to find requested product' } } }),
    category: 'validation',
    destination: 'paddle',
    cause: 'Classic 108',
    rule: 'paddle/classic-invalid',
    note: 'Classic 108, as paddle-client’s README reports for Generate License',
  },
  {
    line: j({ level: 'error', status: 200, url: 'https://vendors.paddle.com/api/2.0/subscription/payments', body: { success: false, error: { code: 120, message: 'Request failed due to internal error' } } }),
    category: 'transient',
    destination: 'paddle',
    rule: 'paddle/classic-internal',
    note: 'Classic 120',
  },
];
