import type { Provider } from './provider.js';

/**
 * Recurly V3 API (`v3.recurly.com`, `v3.eu.recurly.com`; the V2 XML API answered on
 * `{subdomain}.recurly.com`). Error bodies: `{"error":{"type":"validation","message":"…",
 * "params":[{"param":"account.code","message":"can't be blank"}]}}`, with `transaction_error`
 * (`category`, `code`, `decline_code`, `merchant_advice`) on `type` transaction. The `type` is an
 * enum (ErrorTypeEnum of the OpenAPI spec) and each client library raises one class per type, named
 * after it: `Recurly::Errors::ValidationError` (Ruby), `recurly.errors.ValidationError` (Python,
 * Node), `com.recurly.v3.exception.ValidationException` (Java, whose message appends the params:
 * `Purchase could not be completed. [{param=…, message=…}]`), `\Recurly\Errors\Validation` (PHP),
 * `Recurly.Errors.Validation` (.NET); the V2 PHP client spelt them `Recurly_UnauthorizedError`.
 * The libraries file the types under the HTTP classes, which is what they mean:
 * - unauthorized (401), invalid_api_key (403): auth.
 * - invalid_permissions (403): permissions.
 * - missing_feature (422: the feature is not enabled on the site); 402 Payment Required ("your
 *   Recurly account is in production mode but is not in good standing"): plan.
 * - validation, transaction (a declined or failed payment), immutable_subscription, invalid_token
 *   (a Recurly.js token used up or expired), not_found, bad_request, invalid_content_type,
 *   precondition_failed, and the API-version types unknown_api_version / unavailable_in_api_version /
 *   invalid_api_version (406: the client library's Accept header): validation, `params[].param`
 *   the field.
 * - rate_limited (429), simultaneous_request (422: another change to the same record is in
 *   progress), internal_server_error, tax_service_error, service_not_available (500), bad gateway,
 *   service unavailable, timeout (502–504, "try the request again"): transient.
 * The types are every API's words (validation, not_found, unauthorized), so the code rules are
 * Recurly's lines only; the few types no other API sends name it when the log does not.
 * Sources: recurly-client-python `openapi/api.yaml` (Error schema, ErrorTypeEnum, Limits, the
 * 406 body), `recurly/errors.py` (ERROR_MAP and the class tree), recurly-client-ruby
 * `lib/recurly/errors/api_errors.rb` and `spec/recurly/client_spec.rb`, recurly-client-java
 * `com/recurly/v3/exception/*` and PR #56 (ValidationException with params),
 * docs.recurly.com/api/basics/status-codes (402, 503), docs.recurly.com/docs/api-keys,
 * recurly-client-php #58 (`Recurly_UnauthorizedError: Your API Key is not authorized…`),
 * killbilling/recurly-java-library #359 (simultaneous_request body).
 */
const R = ['recurly'];

/** A client library's class for these types, in each library's spelling. */
const cls = (names: string): RegExp =>
  new RegExp(`(?:Recurly::Errors::|recurly\\.errors\\.|com\\.recurly\\.v3\\.exception\\.|Recurly\\\\Errors\\\\|Recurly\\.Errors\\.|Recurly_)(?:${names})(?:Error|Exception)?\\b`);

export const provider: Provider = {
  name: 'recurly',
  display: 'Recurly',
  // "recurly" as a word covers the hosts, `Recurly::`, `recurly.errors`, `com.recurly.v3`; the V2
  // PHP classes run it into a longer word.
  hints: ['recurly', 'Recurly_\\w+'],
  bodyKeys: ['transaction_error'],
  bodyCodes: ['immutable_subscription', 'simultaneous_request', 'missing_feature', 'invalid_permissions', 'invalid_api_version', 'unknown_api_version', 'unavailable_in_api_version', 'tax_service_error', 'service_not_available'],
  links: {
    auth: 'https://docs.recurly.com/docs/api-keys',
    permissions: 'https://docs.recurly.com/docs/api-keys',
    plan: 'https://docs.recurly.com/api/basics/status-codes',
    validation: 'https://recurly.com/developers/api/v2021-02-25/index.html',
    transient: 'https://recurly.com/developers/api/v2021-02-25/index.html#section/Getting-Started/Limits',
  },
  rules: [
    {
      id: 'recurly/api-key',
      category: 'auth',
      cause: '{code}',
      code: ['invalid_api_key', 'unauthorized'],
      destination: R,
      summary: 'Recurly rejected the API key ({code})',
      fix: 'Copy a private API key again (Integrations → API Credentials) for the right site and region (v3.recurly.com vs v3.eu.recurly.com); pause the sync until then.',
    },
    {
      id: 'recurly/permissions',
      category: 'permissions',
      cause: 'invalid_permissions',
      code: ['invalid_permissions'],
      destination: R,
      summary: 'Recurly API key may not do this',
      fix: 'Use a key (or a user role) with the permission this call needs; keep syncing other records.',
    },
    {
      id: 'recurly/missing-feature',
      category: 'plan',
      cause: 'missing_feature',
      code: ['missing_feature'],
      destination: R,
      summary: 'Recurly feature not enabled on this site',
      fix: 'Enable the feature the message names on the Recurly site (or ask Recurly to, if the plan lacks it); retrying before that fails again.',
    },
    {
      id: 'recurly/payment-required',
      category: 'plan',
      cause: 'HTTP 402',
      status: [402],
      destination: R,
      summary: 'Recurly account not in good standing',
      fix: 'Pay the outstanding Recurly invoices of the site (production sites stop answering until then); pause the sync.',
    },
    {
      id: 'recurly/validation',
      category: 'validation',
      cause: '{code}',
      code: ['validation', 'immutable_subscription', 'invalid_token', 'not_found', 'bad_request', 'invalid_content_type', 'precondition_failed'],
      destination: R,
      summary: 'Recurly rejected `{field}` ({code})',
      fix: 'Fix the value mapped to `{field}` (see the sample for what Recurly expected), or the record it points at; retrying as is fails again.',
    },
    {
      id: 'recurly/transaction',
      category: 'validation',
      cause: 'transaction',
      code: ['transaction'],
      destination: R,
      summary: 'Recurly transaction declined or failed',
      fix: 'A record-level payment failure: read transaction_error (code, merchant_advice); the customer must update the billing info. Do not retry as is.',
    },
    {
      id: 'recurly/api-version',
      category: 'validation',
      cause: '{code}',
      code: ['invalid_api_version', 'unknown_api_version', 'unavailable_in_api_version'],
      destination: R,
      summary: 'Recurly does not accept this API version ({code})',
      fix: 'Upgrade the Recurly client library, or send a supported `Accept: application/vnd.recurly.v2021-02-25` header.',
    },
    {
      id: 'recurly/rate-limit',
      category: 'transient',
      cause: 'rate_limited',
      code: ['rate_limited'],
      destination: R,
      summary: 'Recurly rate limit',
      fix: 'Retry after X-RateLimit-Reset; the limit is counted over a sliding 5-minute window (production sites count only GETs), so spread reads out.',
    },
    {
      id: 'recurly/simultaneous-request',
      category: 'transient',
      cause: 'simultaneous_request',
      code: ['simultaneous_request'],
      destination: R,
      summary: 'Recurly is already changing this record in another request',
      fix: 'Retry with backoff; serialise writes to the same account or subscription.',
    },
    {
      id: 'recurly/server',
      category: 'transient',
      cause: '{code}',
      code: ['internal_server_error', 'tax_service_error', 'service_not_available'],
      destination: R,
      summary: 'Recurly server error ({code})',
      fix: 'Retry with backoff.',
    },
    // The client libraries' classes, for lines that print only the exception.
    {
      id: 'recurly/sdk-auth',
      category: 'auth',
      cause: 'UnauthorizedError',
      message: cls('Unauthorized|InvalidApiKey'),
      summary: 'Recurly rejected the API key',
      fix: 'Copy a private API key again (Integrations → API Credentials) for the right site and region; pause the sync until then.',
    },
    {
      id: 'recurly/sdk-permissions',
      category: 'permissions',
      cause: 'InvalidPermissionsError',
      message: cls('InvalidPermissions|Forbidden'),
      summary: 'Recurly API key may not do this',
      fix: 'Use a key (or a user role) with the permission this call needs; keep syncing other records.',
    },
    {
      id: 'recurly/sdk-plan',
      category: 'plan',
      cause: 'MissingFeatureError',
      message: cls('MissingFeature|PaymentRequired'),
      summary: 'Recurly feature not enabled, or the account not in good standing',
      fix: 'Enable the feature on the site or settle the Recurly account; retrying before that fails again.',
    },
    {
      id: 'recurly/sdk-validation',
      category: 'validation',
      cause: 'ValidationError',
      message: cls('Validation|Transaction|ImmutableSubscription|InvalidToken|NotFound|BadRequest|InvalidContentType|PreconditionFailed|UnprocessableEntity|UnknownApiVersion|UnavailableInApiVersion|InvalidApiVersion|NotAcceptable'),
      fieldFrom: /\{param=([\w.[\]]+)/,
      summary: 'Recurly rejected the request for this record',
      fix: 'Read the sample for the parameter Recurly named; fix the record or mapping, never retry as is.',
    },
    {
      id: 'recurly/sdk-transient',
      category: 'transient',
      cause: 'RateLimitedError',
      message: cls('RateLimited|TooManyRequests|ApiRateLimit|SimultaneousRequest|InternalServer|TaxService|ServiceNotAvailable|BadGateway|ServiceUnavailable|Timeout'),
      summary: 'Recurly rate limit, concurrent change or server error',
      fix: 'Retry with backoff.',
    },
  ],
};
