import type { Provider } from './provider.js';

/**
 * Square APIs (`connect.squareup.com/v2`, sandbox `connect.squareupsandbox.com`). Every error
 * response is `{"errors":[{"category","code","detail","field"?}]}`; the status matches the first
 * error. Categories: AUTHENTICATION_ERROR (auth), INVALID_REQUEST_ERROR (validation; `field` names
 * the request field), RATE_LIMIT_ERROR (429 RATE_LIMITED: back off with jitter, Square publishes no
 * numbers), PAYMENT_METHOD_ERROR and REFUND_ERROR (the card or refund of one record),
 * MERCHANT_SUBSCRIPTION_ERROR (the seller's subscription), API_ERROR (Square itself). Codes decide
 * inside a category: UNAUTHORIZED, ACCESS_TOKEN_EXPIRED (OAuth tokens last 30 days),
 * ACCESS_TOKEN_REVOKED, CLIENT_DISABLED, APPLICATION_DISABLED, V1_ACCESS_TOKEN (auth); FORBIDDEN,
 * INSUFFICIENT_SCOPES (permissions: the token lacks an OAuth permission such as ORDERS_WRITE);
 * CARD_PROCESSING_NOT_ENABLED, MERCHANT_SUBSCRIPTION_NOT_FOUND (the seller's account); NOT_FOUND;
 * VERSION_MISMATCH (the object changed since it was read); IDEMPOTENCY_KEY_REUSED;
 * MISSING_REQUIRED_PARAMETER, INVALID_VALUE, VALUE_TOO_LONG, INVALID_EMAIL_ADDRESS… (the field).
 * Several codes are every API's words (UNAUTHORIZED, NOT_FOUND, INVALID_VALUE) and the categories
 * are Stripe's error types too (invalid_request_error, api_error), so every rule is Square's lines
 * only; the codes only Square sends name it when the log does not (not INSUFFICIENT_SCOPES: GitHub's
 * GraphQL sends it too).
 * SDK spellings: Node `SquareError: Status code: 401 Body: {…}` (square v40+; `ApiError` before),
 * Python `square.core.api_error.ApiError: status_code: 401, body: {…}`, Java
 * `com.squareup.square.exceptions.ApiException`.
 * Sources: developer.squareup.com/docs/build-basics/handling-errors,
 * /reference/square/objects/ErrorCategory, /reference/square/enums/ErrorCode,
 * /docs/oauth-api/refresh-revoke-limit-scope (token lifetime).
 */
const S = ['square'];

export const provider: Provider = {
  name: 'square',
  display: 'Square',
  aliases: ['squareup'],
  // Hosts and SDK names only: "square" is an everyday word ("square brackets"), and "squareup"
  // alone is in every OkHttp / Retrofit frame (com.squareup.okhttp3).
  hints: ['connect\\.squareup(?:sandbox)?\\.com', 'SquareError', 'square\\.core\\.api_error', 'com\\.squareup\\.square(?:\\.\\w+)*', 'square_legacy'],
  bodyCodes: ['access_token_expired', 'access_token_revoked', 'merchant_subscription_error', 'payment_method_error', 'refund_error', 'card_processing_not_enabled', 'merchant_subscription_not_found'],
  links: {
    auth: 'https://developer.squareup.com/docs/oauth-api/refresh-revoke-limit-scope',
    permissions: 'https://developer.squareup.com/docs/oauth-api/square-permissions',
    plan: 'https://squareup.com/dashboard',
    validation: 'https://developer.squareup.com/docs/build-basics/handling-errors',
    outage: 'https://issquareup.com',
    transient: 'https://developer.squareup.com/docs/build-basics/handling-errors',
  },
  rules: [
    {
      id: 'square/token',
      category: 'auth',
      cause: '{code}',
      code: ['access_token_expired', 'access_token_revoked', 'client_disabled', 'application_disabled', 'v1_access_token', 'v1_application', 'unauthorized'],
      destination: S,
      summary: 'Square access token expired, revoked or invalid ({code})',
      fix: 'Refresh the OAuth token (they expire after 30 days) or reconnect the seller; a personal access token must be the production one for connect.squareup.com. Pause the sync until then.',
    },
    {
      id: 'square/scopes',
      category: 'permissions',
      cause: '{code}',
      code: ['insufficient_scopes', 'forbidden'],
      destination: S,
      summary: 'Square token lacks the permission for this call ({code})',
      fix: 'Re-authorise the app with the missing OAuth permission (e.g. ORDERS_WRITE, CUSTOMERS_WRITE) or use a token of a team member allowed to do this.',
    },
    {
      id: 'square/seller-account',
      category: 'plan',
      cause: '{code}',
      code: ['card_processing_not_enabled', 'merchant_subscription_not_found', 'merchant_subscription_error'],
      destination: S,
      summary: 'Square seller account not set up for this ({code})',
      fix: 'The seller must activate card processing for the location or subscribe to the needed Square plan; pause for this seller.',
    },
    {
      id: 'square/rate-limited',
      category: 'transient',
      cause: 'RATE_LIMITED',
      code: ['rate_limited', 'rate_limit_error'],
      destination: S,
      summary: 'Square rate limit',
      fix: 'Retry with exponential backoff and jitter (Square publishes no numbers); lower concurrency if it persists.',
    },
    {
      id: 'square/server',
      category: 'transient',
      cause: '{code}',
      code: ['internal_server_error', 'service_unavailable', 'gateway_timeout', 'api_error'],
      destination: S,
      summary: 'Square server error ({code})',
      fix: 'Retry with backoff using the same idempotency key; check issquareup.com if it persists.',
    },
    // The object was updated since it was read: re-read it and apply the change again.
    {
      id: 'square/version-mismatch',
      category: 'transient',
      cause: 'VERSION_MISMATCH',
      code: ['version_mismatch', 'conflict'],
      destination: S,
      summary: 'Square object changed since it was read (version mismatch)',
      fix: 'Re-read the object for its current version and retry the update; serialise writes to the same object.',
    },
    {
      id: 'square/not-found',
      category: 'validation',
      cause: 'NOT_FOUND',
      code: ['not_found'],
      destination: S,
      summary: 'Square object not found (deleted, another seller’s, or sandbox vs production)',
      fix: 'Re-resolve the Square id (customer, catalog object, location) for this seller and environment.',
    },
    {
      id: 'square/payment-method',
      category: 'validation',
      cause: '{code}',
      code: ['card_declined', 'cvv_failure', 'address_verification_failure', 'invalid_expiration', 'generic_decline', 'insufficient_funds', 'card_expired', 'payment_method_error', 'refund_error', 'refund_amount_invalid', 'refund_already_pending'],
      destination: S,
      summary: 'Square declined the payment or refund of this record ({code})',
      fix: 'Nothing to retry as is: the buyer must use another card, or the refund must be corrected.',
    },
    {
      id: 'square/idempotency',
      category: 'validation',
      cause: 'IDEMPOTENCY_KEY_REUSED',
      code: ['idempotency_key_reused'],
      destination: S,
      summary: 'Square idempotency key reused with a different request',
      fix: 'Derive the idempotency key from the record and its payload version; never reuse it for a changed body.',
    },
    {
      id: 'square/field',
      category: 'validation',
      cause: '{code}',
      code: [
        'missing_required_parameter',
        'invalid_value',
        'value_too_long',
        'value_too_short',
        'value_too_high',
        'value_too_low',
        'value_empty',
        'incorrect_type',
        'invalid_email_address',
        'invalid_phone_number',
        'invalid_enum_value',
        'invalid_array_value',
        'array_length_too_long',
        'array_length_too_short',
        'expected_integer',
        'expected_string',
        'expected_boolean',
        'expected_object',
        'invalid_time',
        'invalid_country',
        'invalid_currency',
        'invalid_postal_code',
        'conflicting_parameters',
        'bad_request',
        'invalid_request_error',
      ],
      destination: S,
      summary: 'Square rejected `{field}` ({code})',
      fix: 'Fix the value mapped to `{field}` (required, type, length or format; the detail in the sample says which).',
    },
  ],
};
