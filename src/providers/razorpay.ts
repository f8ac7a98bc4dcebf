import type { Provider } from './provider.js';

/**
 * Razorpay (`api.razorpay.com/v1/…`; Razorpay Curlec answers the same API). Every error body is
 * `{"error":{"code","description","field","source","step","reason","metadata"}}`; the Node client
 * rejects with `{statusCode, error:{…}}`. `code` is one of a few types (BAD_REQUEST_ERROR,
 * GATEWAY_ERROR, SERVER_ERROR) and `reason` (input_validation_failed, payment_failed, invalid_otp…)
 * refines it, so BAD_REQUEST_ERROR alone decides little; the description does:
 * - "Authentication failed" (a wrong, expired or test/live-mismatched key pair), "The api key
 *   provided is invalid", "The api secret provided is invalid": auth. Not "Authentication failed
 *   due to incorrect otp": that is a customer's payment (source customer, step
 *   payment_authentication), validation.
 * - "Access Denied" (the account allows only whitelisted IPs): permissions.
 * - "The requested URL was not found on the server" (the feature the endpoint needs is not enabled
 *   on the account, say Razorpay's maintainers; or a wrong endpoint): plan.
 * - Any other BAD_REQUEST_ERROR ("The id provided does not exist", "The amount must be at least INR
 *   1.00", `field` names the field): validation.
 * - GATEWAY_ERROR (the bank or wallet gateway failed), SERVER_ERROR, 5xx, 429 (the request rate
 *   limiter: back off exponentially): transient.
 * Client libraries: razorpay-python raises `razorpay.errors.BadRequestError` / `GatewayError` /
 * `ServerError` with the description only; razorpay-php `Razorpay\Api\Errors\BadRequestError`;
 * razorpay-ruby `Razorpay::BadRequestError`; razorpay-java `com.razorpay.RazorpayException:
 * BAD_REQUEST_ERROR:<description>`.
 * Sources: razorpay.com/docs/errors (error structure), razorpay/markdown-docs errors/common.md
 * (Access Denied, URL not found) and api/orders/create.md (Authentication failed, amount errors);
 * razorpay.com/docs/api/pagination (Rate Limiter, 429, exponential backoff); razorpay-python
 * razorpay/errors.py and client.py; razorpay-flutter #410 (Authentication failed body);
 * razorpay-php-testapp #13 (api secret invalid); razorpay-node #243, #315 (URL not found: feature
 * not enabled), #401 (id does not exist), #104 (SERVER_ERROR); razorpay-magento #112;
 * razorpay-python #306 (500/502/504), #55 (BadRequestError).
 */
const R = ['razorpay'];

/** A client library's class, in each library's spelling. */
const cls = (names: string): string => `(?:razorpay\\.errors\\.|Razorpay\\\\Api\\\\Errors\\\\|Razorpay::)(?:${names})\\b`;

/** The descriptions of a rejected key pair (not a customer's failed OTP: "Authentication failed due to …"). */
const BAD_KEY = /\bAuthentication failed(?! due to)|\bThe api (?:key|secret|key\/secret) provided is invalid/i;

export const provider: Provider = {
  name: 'razorpay',
  display: 'Razorpay',
  // "razorpay" starts the host, every package and class (`razorpay.errors`, `Razorpay\Api`,
  // `com.razorpay.RazorpayException`, `Razorpay::`).
  hints: ['razorpay\\w*'],
  bodyCodes: ['bad_request_error', 'input_validation_failed'],
  links: {
    auth: 'https://razorpay.com/docs/api/authentication/',
    permissions: 'https://razorpay.com/docs/errors/common/',
    plan: 'https://razorpay.com/support/',
    validation: 'https://razorpay.com/docs/errors/',
    transient: 'https://razorpay.com/docs/errors/',
    outage: 'https://status.razorpay.com',
  },
  rules: [
    {
      id: 'razorpay/bad-key',
      category: 'auth',
      cause: 'Authentication failed',
      code: ['bad_request_error'],
      message: BAD_KEY,
      destination: R,
      summary: 'Razorpay rejected the API key id or secret',
      fix: 'Copy the key id and secret again from Dashboard → Account & Settings → API Keys (test and live keys differ; no spaces around them), or generate new ones; pause the sync until then.',
    },
    {
      id: 'razorpay/access-denied',
      category: 'permissions',
      cause: 'Access Denied',
      code: ['bad_request_error'],
      message: /\bAccess Denied\b/i,
      destination: R,
      summary: 'Razorpay denied access from this IP address',
      fix: 'The account accepts API calls only from whitelisted IPs: add the sync’s egress IPs for both test and live mode (or ask Razorpay support to remove the whitelist); keep syncing other records.',
    },
    {
      id: 'razorpay/feature-not-enabled',
      category: 'plan',
      cause: 'URL not found',
      code: ['bad_request_error'],
      message: /The requested URL was not found on the server/i,
      destination: R,
      summary: 'Razorpay: the feature behind this endpoint is not enabled on the account',
      fix: 'Ask Razorpay support to enable the feature (e.g. payouts, fund account validation, S2S payments) on the account, after checking the endpoint and method are right; retrying before that fails again.',
    },
    {
      id: 'razorpay/bad-request',
      category: 'validation',
      cause: 'BAD_REQUEST_ERROR',
      code: ['bad_request_error'],
      destination: R,
      summary: 'Razorpay rejected `{field}`',
      fix: 'Fix the value mapped to `{field}` (the description says what Razorpay expected), or the id of a record that does not exist; a customer’s failed payment (source customer) needs the customer, not a retry.',
    },
    {
      id: 'razorpay/gateway',
      category: 'transient',
      cause: 'GATEWAY_ERROR',
      code: ['gateway_error'],
      destination: R,
      summary: 'Razorpay: the bank or payment gateway failed',
      fix: 'Retry later with backoff: the failure is at the bank or wallet gateway, not in the request.',
    },
    {
      id: 'razorpay/server',
      category: 'transient',
      cause: 'SERVER_ERROR',
      code: ['server_error'],
      destination: R,
      summary: 'Razorpay server error',
      fix: 'Retry with backoff; if it persists for one endpoint only, ask Razorpay support whether the account is configured for it.',
    },
    {
      id: 'razorpay/http-401',
      category: 'auth',
      cause: 'HTTP 401',
      status: [401],
      destination: R,
      summary: 'Razorpay rejected the API key id or secret (HTTP 401)',
      fix: 'Copy the key id and secret again (test and live keys differ), or generate new ones; pause the sync until then.',
    },
    {
      id: 'razorpay/http-429',
      category: 'transient',
      cause: 'HTTP 429',
      status: [429],
      destination: R,
      summary: 'Razorpay rate limit (HTTP 429)',
      fix: 'Retry with exponential backoff and jitter; lower the request rate.',
    },
    {
      id: 'razorpay/http-5xx',
      category: 'transient',
      cause: 'HTTP {status}',
      status: [500, 502, 503, 504],
      destination: R,
      summary: 'Razorpay server error (HTTP {status})',
      fix: 'Retry with backoff; check status.razorpay.com if it persists.',
    },
    // The client libraries' classes, for lines that print only the exception and the description.
    {
      id: 'razorpay/sdk-bad-key',
      category: 'auth',
      cause: 'Authentication failed',
      message: new RegExp(`(?:${cls('BadRequestError')}|RazorpayException):? ?(?:BAD_REQUEST_ERROR:)?\\s*(?:${BAD_KEY.source})`, 'i'),
      summary: 'Razorpay rejected the API key id or secret',
      fix: 'Copy the key id and secret again from the Dashboard (test and live keys differ), or generate new ones; pause the sync until then.',
    },
    {
      id: 'razorpay/sdk-bad-request',
      category: 'validation',
      cause: 'BadRequestError',
      message: new RegExp(cls('BadRequestError')),
      summary: 'Razorpay rejected the request for this record',
      fix: 'Read the sample for what Razorpay rejected; fix the record or mapping, never retry as is.',
    },
    {
      id: 'razorpay/sdk-server',
      category: 'transient',
      cause: 'ServerError',
      message: new RegExp(cls('ServerError|GatewayError')),
      summary: 'Razorpay server or gateway error',
      fix: 'Retry with backoff; check status.razorpay.com if it persists.',
    },
  ],
};
