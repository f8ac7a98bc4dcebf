import type { Provider } from './provider.js';

/**
 * Chargebee (`{site}.chargebee.com/api/v2/…`, test sites `{site}-test.chargebee.com`; EU and AU
 * data centres answer the same paths). SDKs: chargebee-python (`chargebee.api_error.APIError` and
 * its `InvalidRequestError` / `PaymentError` / `OperationFailedError`), chargebee-node and
 * chargebee-typescript (`ChargebeeError`), chargebee-java (`com.chargebee.exceptions.
 * InvalidRequestException`, v4 `com.chargebee.v4.exceptions.*`), chargebee-ruby
 * (`ChargeBee::InvalidRequestError`), chargebee-php (`ChargeBee\…\Exceptions\…`, v2
 * `ChargeBee_InvalidRequestException`), chargebee-go, chargebee-dotnet.
 * Every error body is flat: `{"message":"Plan is not present","type":"invalid_request",
 * "api_error_code":"resource_not_found","param":"item_id","error_cause_id":"gateway.general.decline"}`
 * (plus `http_status_code` in the SDKs' copies). `type` (payment, invalid_request, operation_failed)
 * only picks the SDK's exception class, so it decides nothing; `api_error_code` decides and `param`
 * names the field. The codes, by status, as the OpenAPI spec describes them:
 * - 401 api_authentication_failed (key invalid, header missing or malformed),
 *   basic_authentication_failed: auth. 404 site_not_found (the site name is wrong): auth.
 * - 403 api_authorization_failed ("the API key does not have sufficient privileges"): permissions.
 * - 403 request_blocked ("request is blocked for your site… contact support"), 400
 *   configuration_incompatible ("not compatible with the configuration for the site or the
 *   configuration is incomplete") and payment_gateway_currency_incompatible: plan (the site's
 *   settings or standing, not the record).
 * - 400 param_wrong_value, invalid_request, duplicate_entry, resource_limit_exhausted (coupon
 *   expired or fully redeemed), payment_* (the customer's payment method); 404 resource_not_found;
 *   405 http_method_not_supported; 409 invalid_state_for_request; 422 unable_to_process_request
 *   (idempotency key reused with another payload): validation.
 * - 429 api_request_limit_exceeded, third_party_api_request_limit_exceeded, lock_timeout
 *   ("multiple concurrent requests to the same resource"); 500 internal_error; 503
 *   internal_temporary_error, db_connection_failure: transient.
 * - 503 site_not_ready, site_read_only_mode ("temporarily unavailable due to a scheduled
 *   maintenance"): outage.
 * The codes are every API's words in part (invalid_request, resource_not_found, internal_error,
 * lock_timeout), so every rule is Chargebee's lines only; `api_error_code` and `error_cause_id` are
 * keys only Chargebee's bodies carry.
 * Sources: apidocs.chargebee.com/docs/api/error-handling (error attributes, sample bodies);
 * github.com/chargebee/openapi spec/chargebee_api_v1_spec.yaml (components 400…503: every
 * api_error_code with its description); chargebee-java v4 `exceptions/codes/*ApiErrorCode.java`;
 * chargebee-python `api_error.py`, `http_request.py`; chargebee-node `chargebeeError.ts`;
 * chargebee.com/docs/2.0/site-configuration/articles-and-faq/what-are-the-chargebee-api-limits.html
 * (429, blocked sites); brendenplugin/chargebee-wp-membership-plugin #3 ("Sorry, authentication
 * failed. Invalid api key"); airbyte source-chargebee backoff (gives up on 503 site_not_ready).
 */
const C = ['chargebee'];

export const provider: Provider = {
  name: 'chargebee',
  display: 'Chargebee',
  // "chargebee" as a word covers the hosts (`acme-test.chargebee.com`), Java/Python packages and
  // `ChargeBee::`; PHP v2 classes and the Node error class run it into a longer word.
  hints: ['chargebee', 'ChargeBee_\\w+', 'Chargebee\\w*Error'],
  keys: { code: ['api_error_code'] },
  bodyKeys: ['api_error_code', 'error_cause_id'],
  links: {
    auth: 'https://apidocs.chargebee.com/docs/api/auth',
    permissions: 'https://apidocs.chargebee.com/docs/api/auth',
    plan: 'https://apidocs.chargebee.com/docs/api/error-handling',
    validation: 'https://apidocs.chargebee.com/docs/api/error-handling',
    transient: 'https://www.chargebee.com/docs/2.0/site-configuration/articles-and-faq/what-are-the-chargebee-api-limits.html',
    outage: 'https://status.chargebee.com',
  },
  rules: [
    {
      id: 'chargebee/api-key',
      category: 'auth',
      cause: '{code}',
      code: ['api_authentication_failed', 'basic_authentication_failed'],
      destination: C,
      summary: 'Chargebee rejected the API key ({code})',
      fix: 'Copy a valid API key of this site again (test and live sites have different keys) and update the connection; pause the sync until then.',
    },
    {
      id: 'chargebee/api-key-message',
      category: 'auth',
      cause: 'api_authentication_failed',
      message: /Sorry, authentication failed\. Invalid api key/i,
      summary: 'Chargebee rejected the API key',
      fix: 'Copy a valid API key of this site again (test and live sites have different keys) and update the connection; pause the sync until then.',
    },
    {
      id: 'chargebee/site-not-found',
      category: 'auth',
      cause: 'site_not_found',
      code: ['site_not_found'],
      destination: C,
      summary: 'Chargebee site not found (wrong site name in the connection)',
      fix: 'Check the site name of the connection (a test site ends in "-test") and that the API key belongs to it; pause the sync until then.',
    },
    {
      id: 'chargebee/api-key-privileges',
      category: 'permissions',
      cause: 'api_authorization_failed',
      code: ['api_authorization_failed'],
      destination: C,
      summary: 'Chargebee API key lacks the privilege for this operation',
      fix: 'Use a full-access key, or a restricted key whose access covers this resource and operation; keep syncing other records.',
    },
    {
      id: 'chargebee/request-blocked',
      category: 'plan',
      cause: 'request_blocked',
      code: ['request_blocked'],
      destination: C,
      summary: 'Chargebee blocked requests for this site',
      fix: 'Read the reason in the message and contact Chargebee support to lift the block (live sites that overrun the API limit are blocked until acknowledged); pause the sync until then.',
    },
    {
      id: 'chargebee/site-configuration',
      category: 'plan',
      cause: '{code}',
      code: ['configuration_incompatible', 'payment_gateway_currency_incompatible'],
      destination: C,
      summary: 'Chargebee site is not configured for this request ({code})',
      fix: 'Enable or complete the setting the message names in Chargebee (Settings → Configure Chargebee, or the payment gateway for the currency); retrying before that fails again.',
    },
    {
      id: 'chargebee/invalid-param',
      category: 'validation',
      cause: '{code}',
      code: ['param_wrong_value', 'duplicate_entry', 'resource_not_found', 'resource_limit_exhausted', 'http_method_not_supported', 'unable_to_process_request'],
      destination: C,
      summary: 'Chargebee rejected `{field}` ({code})',
      fix: 'Fix the value mapped to `{field}` (format, a unique id already taken, a referenced record that does not exist, an exhausted coupon); retrying as is fails again.',
    },
    {
      id: 'chargebee/invalid-state',
      category: 'validation',
      cause: 'invalid_state_for_request',
      code: ['invalid_state_for_request'],
      destination: C,
      summary: 'Chargebee record is in a state that does not allow this operation',
      fix: 'Check the record’s state before the call (a cancelled subscription cannot take end-of-term changes); skip or fix the record.',
    },
    {
      id: 'chargebee/payment',
      category: 'validation',
      cause: '{code}',
      code: ['payment_processing_failed', 'payment_method_verification_failed', 'payment_method_not_present', 'payment_intent_invalid', 'payment_intent_invalid_amount'],
      destination: C,
      summary: 'Chargebee could not collect or verify the payment ({code})',
      fix: 'A record-level payment failure: the customer must add or update the payment method (the message carries the gateway’s reason); do not retry as is.',
    },
    {
      id: 'chargebee/rate-limit',
      category: 'transient',
      cause: '{code}',
      code: ['api_request_limit_exceeded', 'third_party_api_request_limit_exceeded'],
      destination: C,
      summary: 'Chargebee API rate limit ({code})',
      fix: 'Retry with backoff (honour Retry-After); lower the request rate and concurrency — a live site that keeps overrunning its plan’s limit gets blocked.',
    },
    {
      id: 'chargebee/lock-timeout',
      category: 'transient',
      cause: 'lock_timeout',
      code: ['lock_timeout'],
      destination: C,
      summary: 'Chargebee resource locked by a concurrent request',
      fix: 'Retry with backoff; serialise writes to the same record.',
    },
    {
      id: 'chargebee/server',
      category: 'transient',
      cause: '{code}',
      code: ['internal_error', 'internal_temporary_error', 'db_connection_failure'],
      destination: C,
      summary: 'Chargebee server error ({code})',
      fix: 'Retry with exponential backoff; check status.chargebee.com if it persists.',
    },
    {
      id: 'chargebee/maintenance',
      category: 'outage',
      cause: '{code}',
      code: ['site_not_ready', 'site_read_only_mode'],
      destination: C,
      summary: 'Chargebee site unavailable for scheduled maintenance ({code})',
      fix: 'Nothing to fix: wait for the maintenance window to end (status.chargebee.com), then resume.',
    },
    // Last: invalid_request is also the `type` of most 4xx bodies, so it decides only when no
    // api_error_code above does (the api_error_code invalid_request itself, or one not listed here).
    {
      id: 'chargebee/invalid-request',
      category: 'validation',
      cause: 'invalid_request',
      code: ['invalid_request'],
      destination: C,
      summary: 'Chargebee rejected the request (`{field}`)',
      fix: 'The request does not match the API specification for this record: fix the value mapped to `{field}` (the message says which); retrying as is fails again.',
    },
  ],
};
