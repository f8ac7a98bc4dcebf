import type { Provider } from './provider.js';

/**
 * PayPal REST APIs (`api-m.paypal.com`, `api.paypal.com`, sandbox `api-m.sandbox.paypal.com` /
 * `api.sandbox.paypal.com`). The token endpoint (`/v1/oauth2/token`) speaks OAuth 2.0:
 * `{"error":"invalid_client","error_description":"Client Authentication failed"}` (wrong client id /
 * secret, or live credentials on the sandbox host), and resource calls answer 401 `invalid_token`
 * ("Access Token not found in cache", "Token signature verification failed") or
 * `AUTHENTICATION_FAILURE`. Other errors are `{"name":"<NAME>","message":"…","debug_id":"…",
 * "details":[{"field":"/purchase_units/@reference_id=='default'/amount/value","value","location",
 * "issue":"<ISSUE>","description":"…"}],"links":[…]}`: names INVALID_REQUEST (400, "Request is not
 * well-formed, syntactically incorrect, or violates schema."), UNPROCESSABLE_ENTITY (422, "The
 * requested action could not be performed, semantically incorrect, or failed business validation."),
 * NOT_AUTHORIZED (403, "Authorization failed due to insufficient permissions.", issue
 * PERMISSION_DENIED: the app lacks the feature or the merchant did not grant it), RESOURCE_NOT_FOUND
 * (404), RATE_LIMIT_REACHED (429, "Too many requests. Blocked due to rate limiting."),
 * INTERNAL_SERVER_ERROR (500, "An internal server error has occurred.") and SERVICE_UNAVAILABLE (503).
 * The v1 APIs put a sentence in `issue` and a dotted path in `field` (VALIDATION_ERROR).
 * The top-level `name` is not a key the extractor reads (too common a key), so `issue` is read as a
 * code (a code role, not a message: an `issue` key elsewhere, such as a Jira issue key, must not
 * become a line's message); the names are known by PayPal's fixed messages.
 * Sources: developer.paypal.com/api/rest/responses (HTTP status codes, error names),
 * /api/rest/reference/orders/v2/errors (issues), /api/rest/authentication, /reference/rate-limiting;
 * paypal-checkout-sdk and paypalrestsdk issues quoting these bodies.
 */
const P = ['paypal'];

export const provider: Provider = {
  name: 'paypal',
  display: 'PayPal',
  // Hosts and SDKs only: "paypal" alone is a payment method named in other providers' errors.
  hints: [
    'api(?:-m)?(?:\\.sandbox)?\\.paypal\\.com',
    'paypalrestsdk',
    'paypalhttp',
    '@paypal/[\\w-]+',
    'paypal-(?:rest|checkout|server)-sdk',
    'paypalserversdk',
    'PayPalCheckoutSdk',
    'PayPalHttp',
    'com\\.paypal\\.[\\w.]+',
    'PayPal::SDK',
  ],
  keys: { code: ['issue'] },
  bodyKeys: ['debug_id'],
  links: {
    auth: 'https://developer.paypal.com/api/rest/authentication/',
    permissions: 'https://developer.paypal.com/dashboard/applications',
    validation: 'https://developer.paypal.com/api/rest/reference/orders/v2/errors/',
    outage: 'https://www.paypal-status.com',
    transient: 'https://developer.paypal.com/api/rest/reference/rate-limiting/',
  },
  rules: [
    {
      id: 'paypal/invalid-client',
      category: 'auth',
      cause: 'invalid_client',
      code: ['invalid_client'],
      destination: P,
      summary: 'PayPal rejected the app’s client id / secret',
      fix: 'Copy the client id and secret of the REST app again (live vs sandbox: the credentials must match the host) and update the connection; pause the sync until then.',
    },
    {
      id: 'paypal/invalid-token',
      category: 'auth',
      cause: 'invalid_token',
      code: ['invalid_token', 'authentication_failure'],
      destination: P,
      summary: 'PayPal access token invalid or expired',
      fix: 'Fetch a new access token from /v1/oauth2/token (tokens expire after ~9 hours) and check it was issued for this environment; pause the sync until then.',
    },
    {
      id: 'paypal/permission-denied',
      category: 'permissions',
      cause: 'PERMISSION_DENIED',
      code: ['permission_denied', 'not_authorized', 'consent_needed', 'payee_not_enabled_for_card_processing'],
      destination: P,
      summary: 'PayPal app or merchant has not granted this permission',
      fix: 'Enable the feature on the REST app (Developer Dashboard → app → features) or have the merchant grant the third-party permission; keep syncing other records.',
    },
    {
      id: 'paypal/account-restricted',
      category: 'plan',
      cause: '{code}',
      code: ['payee_account_restricted', 'payee_account_locked_or_closed', 'payer_account_restricted', 'payee_account_invalid'],
      destination: P,
      summary: 'PayPal merchant account restricted, locked or closed ({code})',
      fix: 'The merchant must resolve the restriction in the PayPal account (Resolution Center) before payments can be synced; pause for this merchant.',
    },
    {
      id: 'paypal/not-found',
      category: 'validation',
      cause: '{code}',
      code: ['resource_not_found', 'invalid_resource_id'],
      destination: P,
      summary: 'PayPal resource not found ({code})',
      fix: 'Re-resolve the PayPal id (order / capture / invoice) and check it belongs to this environment (live vs sandbox).',
    },
    // Record-level business refusals: the order, the instrument or the payer, not the mapping.
    {
      id: 'paypal/business',
      category: 'validation',
      cause: '{code}',
      code: ['order_already_captured', 'order_not_approved', 'instrument_declined', 'payer_action_required', 'duplicate_invoice_id', 'transaction_refused', 'duplicate_request_id', 'order_already_authorized', 'max_number_of_refunds_exceeded', 'capture_fully_refunded'],
      destination: P,
      summary: 'PayPal refused the operation for this record ({code})',
      fix: 'Nothing to retry as is: read the issue in the sample (already captured, declined, duplicate invoice id) and fix or skip the record.',
    },
    {
      id: 'paypal/field',
      category: 'validation',
      cause: '{code}',
      code: ['missing_required_parameter', 'invalid_parameter_value', 'invalid_parameter_syntax', 'invalid_string_length', 'invalid_string_max_length', 'invalid_string_min_length', 'decimal_precision', 'currency_not_supported', 'invalid_currency_code', 'amount_mismatch', 'item_total_mismatch', 'cannot_be_zero_or_negative', 'malformed_request_json', 'validation_error', 'invalid_request', 'unprocessable_entity'],
      destination: P,
      summary: 'PayPal rejected a field of the request ({code})',
      fix: 'Fix the mapped value the issue names (the JSON pointer in details[].field of the sample): required, format, currency or amounts that must add up.',
    },
    // -------------------------------------------------------------- PayPal's fixed messages (names not read)
    {
      id: 'paypal/auth-message',
      category: 'auth',
      cause: 'AUTHENTICATION_FAILURE',
      message: /Authentication failed due to invalid authentication credentials or a missing Authorization header|Access Token not found in cache|Token signature verification failed|Client Authentication failed/i,
      destination: P,
      summary: 'PayPal rejected the credentials or access token',
      fix: 'Check the client id / secret (live vs sandbox) and fetch a new access token; pause the sync until then.',
    },
    {
      id: 'paypal/not-authorized-message',
      category: 'permissions',
      cause: 'NOT_AUTHORIZED',
      message: /Authorization failed due to insufficient permissions/i,
      destination: P,
      summary: 'PayPal app or merchant has not granted this permission',
      fix: 'Enable the feature on the REST app (Developer Dashboard → app → features) or have the merchant grant the third-party permission; keep syncing other records.',
    },
    {
      id: 'paypal/rate-limit',
      category: 'transient',
      cause: 'RATE_LIMIT_REACHED',
      message: /Too many requests\. Blocked due to rate limiting|\bRATE_LIMIT_REACHED\b/,
      destination: P,
      summary: 'PayPal rate limit',
      fix: 'Retry with backoff; spread calls (PayPal does not publish the limits; repeated bursts get the app throttled longer).',
    },
    {
      id: 'paypal/server-error',
      category: 'transient',
      cause: 'INTERNAL_SERVER_ERROR',
      message: /An internal server error has occurred|\bINTERNAL_SERVER_ERROR\b|\bSERVICE_UNAVAILABLE\b/,
      destination: P,
      summary: 'PayPal server error',
      fix: 'Retry with backoff (with a PayPal-Request-Id so a retried capture is not doubled); quote the debug_id to PayPal if it persists.',
    },
    {
      id: 'paypal/validation-message',
      category: 'validation',
      cause: 'UNPROCESSABLE_ENTITY / INVALID_REQUEST',
      message: /semantically incorrect, or failed business validation|Request is not well-formed, syntactically incorrect, or violates schema|Invalid request - see details/i,
      destination: P,
      summary: 'PayPal rejected the request for this record',
      fix: 'Read details[].issue and details[].field in the sample and fix the mapped value; retrying as is will not help.',
    },
  ],
};
