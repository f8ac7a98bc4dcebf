import type { Provider } from './provider.js';

/**
 * Paddle Billing (`api.paddle.com`, `sandbox-api.paddle.com`) and Paddle Classic
 * (`vendors.paddle.com/api/2.0`, `checkout.paddle.com/api`, and their `sandbox-` hosts).
 * Billing errors are `{"error":{"type":"request_error","code":"invalid_field","detail":"Request does
 * not pass validation.","documentation_url":"https://developer.paddle.com/errors/shared/invalid_field",
 * "errors":[{"field":"description","message":"maximum length of 256 exceeded…"}]},"meta":
 * {"request_id":"…"}}`; `type` is request_error or api_error and decides nothing, `code` decides,
 * `errors[].field` names the fields. The SDKs raise `ApiError` with the detail as the message
 * (`paddle_billing.Exceptions.ApiError`, `Paddle\SDK\Exceptions\ApiError`, `@paddle/paddle-node-sdk`,
 * paddle-go-sdk), so the documented details are known too.
 * - invalid_token (403 "Invalid or revoked API key", also a live key on sandbox),
 *   authentication_missing, authentication_malformed (403), invalid_access_token (401),
 *   invalid_client_token (403): auth.
 * - forbidden (403: the key is valid but its permissions do not cover the request): permissions.
 * - transaction_checkout_url_domain_is_not_approved, checkout_domain_domain_not_approved (the
 *   seller's domain is not yet approved by Paddle): plan.
 * - invalid_field, bad_request, not_found: validation, `errors[].field` the fields.
 * - too_many_requests (429), internal_error (500): transient.
 * - service_unavailable (503 "down for maintenance or temporarily unable to handle your request"):
 *   outage.
 * Classic answers 200 with `{"success":false,"error":{"code":107,"message":"You don’t have
 * permission to access this resource"}}`: 102 Bad api key, 111 Invalid authentication token (auth);
 * 107 (permissions); 120 Request failed due to internal error (transient); the others from 100 to 135
 * (not found, missing or invalid arguments, coupons): validation.
 * The codes are every API's words (forbidden, not_found, invalid_token) or bare numbers, so every
 * code rule is Paddle's lines only. Bodies carry `documentation_url`, which names GitHub for lines
 * with neither host nor SDK (GitHub's module claims the key first): a log that drops the URL also
 * drops the provider.
 * Sources: developer.paddle.com/api-reference/about/errors, /about/permissions, /about/rate-limiting;
 * developer.paddle.com/errors/shared/{invalid_token, authentication_missing, authentication_malformed,
 * invalid_access_token, invalid_client_token, forbidden, invalid_field, bad_request,
 * too_many_requests, internal_error, service_unavailable},
 * /errors/transactions/transaction_checkout_url_domain_is_not_approved,
 * /errors/checkout-domains/checkout_domain_domain_not_approved;
 * developer.paddle.com/classic/api-reference/324ed7bfd28c8-api-error-codes (Classic list);
 * paddle-python-sdk `paddle_billing/Exceptions/ApiError.py`, tests/Functional/Client/test_Client.py
 * and Resources/Addresses (bodies); paddle-php-sdk `src/Exceptions/ApiError.php`; paddle-node-sdk
 * `src/internal/errors/generic.ts`; paddle-python/paddle-client tests (Classic "Paddle error 101 - Bad
 * method call", 108, 110, 134, 135).
 */
const P = ['paddle'];

export const provider: Provider = {
  name: 'paddle',
  display: 'Paddle',
  aliases: ['paddlebilling', 'paddleclassic'],
  // Hosts and SDK names only: "paddle" alone is also Baidu's PaddlePaddle (`paddle.fluid`).
  hints: [
    '(?:sandbox-)?(?:api|vendors|checkout)\\.paddle\\.com',
    'developer\\.paddle\\.com',
    'paddle_billing',
    '@paddle/[\\w-]+',
    'paddle-(?:python|node|php|go)-sdk',
    'Paddle\\\\SDK',
    'PaddleHQ',
  ],
  links: {
    auth: 'https://developer.paddle.com/errors/shared/invalid_token',
    permissions: 'https://developer.paddle.com/api-reference/about/permissions',
    plan: 'https://vendors.paddle.com/request-domain-approval',
    validation: 'https://developer.paddle.com/api-reference/about/errors',
    transient: 'https://developer.paddle.com/api-reference/about/rate-limiting',
    outage: 'https://paddlestatus.com',
  },
  rules: [
    {
      id: 'paddle/api-key',
      category: 'auth',
      cause: '{code}',
      code: ['invalid_token', 'authentication_missing', 'authentication_malformed', 'invalid_access_token', 'invalid_client_token'],
      destination: P,
      summary: 'Paddle rejected the API key ({code})',
      fix: 'Copy the API key again from Paddle → Developer tools → Authentication (a sandbox key for sandbox-api.paddle.com, a live key for api.paddle.com) and send it as a Bearer token; pause the sync until then.',
    },
    {
      id: 'paddle/api-key-message',
      category: 'auth',
      cause: 'invalid_token',
      message: /Invalid or revoked API key|Authentication header missing|Authentication header included, but incorrectly formatted|Access token is expired or invalid/i,
      summary: 'Paddle rejected the API key',
      fix: 'Copy the API key again from Paddle → Developer tools → Authentication (sandbox and live keys differ) and send it as a Bearer token; pause the sync until then.',
    },
    {
      id: 'paddle/forbidden',
      category: 'permissions',
      cause: 'forbidden',
      code: ['forbidden'],
      destination: P,
      summary: 'Paddle API key lacks the permission for this request',
      fix: 'Add the entity’s read or write permission to the API key (Paddle → Developer tools → Authentication), or use a key that has it; keep syncing other records.',
    },
    {
      id: 'paddle/domain-not-approved',
      category: 'plan',
      cause: '{code}',
      code: ['transaction_checkout_url_domain_is_not_approved', 'checkout_domain_domain_not_approved'],
      destination: P,
      summary: 'Paddle has not approved the seller’s domain yet ({code})',
      fix: 'Request domain approval in Paddle (Checkout → Website approval) and wait for it; retrying before that fails again.',
    },
    {
      id: 'paddle/invalid-field',
      category: 'validation',
      cause: '{code}',
      code: ['invalid_field', 'bad_request', 'not_found'],
      destination: P,
      summary: 'Paddle rejected `{field}` ({code})',
      fix: 'Fix the value mapped to `{field}` (the message says what Paddle expected); retrying as is fails again.',
    },
    {
      id: 'paddle/rate-limit',
      category: 'transient',
      cause: 'too_many_requests',
      code: ['too_many_requests'],
      destination: P,
      summary: 'Paddle rate limit',
      fix: 'Retry after the Retry-After header’s seconds; lower the request rate (the limit is per IP address).',
    },
    {
      id: 'paddle/internal',
      category: 'transient',
      cause: 'internal_error',
      code: ['internal_error'],
      destination: P,
      summary: 'Paddle server error',
      fix: 'Retry with backoff; check paddlestatus.com if it persists.',
    },
    {
      id: 'paddle/unavailable',
      category: 'outage',
      cause: 'service_unavailable',
      code: ['service_unavailable'],
      destination: P,
      summary: 'Paddle endpoint down for maintenance or temporarily unavailable',
      fix: 'Nothing to fix: wait for Paddle to recover (paddlestatus.com), then resume.',
    },
    // Paddle Classic: numbered codes inside a 200.
    {
      id: 'paddle/classic-auth',
      category: 'auth',
      cause: 'Classic {code}',
      code: ['102', '111'],
      destination: P,
      summary: 'Paddle Classic rejected the vendor credentials ({code})',
      fix: 'Check the vendor_id and vendor_auth_code (Developer Tools → Authentication); pause the sync until then.',
    },
    {
      id: 'paddle/classic-permission',
      category: 'permissions',
      cause: 'Classic 107',
      code: ['107'],
      destination: P,
      summary: 'Paddle Classic: no permission to access this resource',
      fix: 'Use the vendor_id and vendor_auth_code of the account that owns the resource; keep syncing other records.',
    },
    {
      id: 'paddle/classic-invalid',
      category: 'validation',
      cause: 'Classic {code}',
      code: [
        '100', '101', '103', '104', '105', '106', '108', '109', '110', '112', '113', '114', '115', '116', '117', '118', '119',
        '121', '122', '123', '124', '125', '126', '127', '128', '129', '130', '131', '132', '133', '134', '135',
      ],
      destination: P,
      summary: 'Paddle Classic rejected the request ({code})',
      fix: 'Fix the argument or the referenced product, subscription or coupon the message names; retrying as is fails again.',
    },
    {
      id: 'paddle/classic-internal',
      category: 'transient',
      cause: 'Classic 120',
      code: ['120'],
      destination: P,
      summary: 'Paddle Classic internal error',
      fix: 'Retry with backoff.',
    },
  ],
};
