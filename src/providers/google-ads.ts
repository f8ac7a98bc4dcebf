import type { Provider } from './provider.js';

/**
 * Google Ads API (`googleads.googleapis.com`, REST and gRPC; clients `google-ads` / `google.ads.googleads`
 * for Python, `com.google.ads.googleads` for Java, `Google.Ads.GoogleAds` for .NET, google-ads-php,
 * google-ads-ruby, the Node `google-ads-api`). An error is Google's AIP-193 status (`error.code`,
 * `error.status`, `error.message`) whose `details[]` holds a `GoogleAdsFailure`: `errors[]` of
 * `{"errorCode":{"<kind>Error":"<ENUM>"},"message","trigger","location":{"fieldPathElements":
 * [{"fieldName":"operations","index":0},{"fieldName":"create"},{"fieldName":"gclid"}]}}`; partial
 * failures (conversion uploads) come back with HTTP 200 and the same failure under
 * `partialFailureError`. The Python client prints `GoogleAdsException` with the protobuf text
 * (`error_code { authorization_error: USER_PERMISSION_DENIED }`), the examples print "Request with ID
 * … failed with status "PERMISSION_DENIED" … On field: …", PHP/Ruby print `AuthorizationError.USER_PERMISSION_DENIED`.
 * The enum, not the status, decides:
 * - authenticationError (OAUTH_TOKEN_EXPIRED / _INVALID / _REVOKED / _DISABLED, NOT_ADS_USER,
 *   GOOGLE_ACCOUNT_*, TWO_STEP_VERIFICATION_NOT_ENROLLED…): auth. CLIENT_CUSTOMER_ID_INVALID and
 *   CUSTOMER_NOT_FOUND (a wrong customer id in the connection): validation.
 * - authorizationError USER_PERMISSION_DENIED ("… the manager's customer id must be set in the
 *   'login-customer-id' header"), ACTION_NOT_PERMITTED, DEVELOPER_TOKEN_PROHIBITED, PROJECT_DISABLED,
 *   MISSING_TOS…: permissions. DEVELOPER_TOKEN_NOT_APPROVED (a test-access token used on a
 *   production account) is the token's access level: plan, like the basic-access cap.
 *   CUSTOMER_NOT_ENABLED / ACTION_NOT_PERMITTED_FOR_SUSPENDED_ACCOUNT: the account is not active: plan.
 * - quotaError RESOURCE_EXHAUSTED: the developer token's daily operations cap when the details say
 *   so (rateName "Number of operations for basic access", a retry delay of hours, Explorer / Basic
 *   access): plan (15,000 operations a day until Standard access); otherwise a short-window rate
 *   (RESOURCE_TEMPORARILY_EXHAUSTED, EXCESSIVE_SHORT_TERM_QUERY_RESOURCE_CONSUMPTION): transient.
 * - databaseError CONCURRENT_MODIFICATION ("Retry the request"), DATA_CONSTRAINT_VIOLATION,
 *   internalError INTERNAL_ERROR / TRANSIENT_ERROR / DEADLINE_EXCEEDED: transient.
 * - conversionUploadError (UNPARSEABLE_GCLID, EXPIRED_GCLID, CLICK_NOT_FOUND…), fieldError,
 *   requestError…: validation, the field from fieldPathElements.
 * `ruledBy: 'google'`: Google's rules (UNAUTHENTICATED, PERMISSION_DENIED, ACCESS_TOKEN_SCOPE_INSUFFICIENT,
 * the Ads quota wording) decide what these leave. Ranked before Google so its host wins at the same place.
 * Sources: developers.google.com/google-ads/api/docs/get-started/common-errors, …/reference/rpc
 * (AuthenticationError, AuthorizationError, QuotaError, DatabaseError enums), …/docs/access-levels
 * and /docs/best-practices/quotas; google-ads-java #751, google-ads-php #721 and #804,
 * google-ads-python #200 and #823, google-ads-ruby #259 (USER_PERMISSION_DENIED bodies);
 * rudderlabs/rudder-transformer #5492 (partialFailureError per conversion).
 */
const GA = ['google-ads'];

/** The Ads quota that does not come back within the hour: a tier's daily cap, named or implied by its retry delay. */
const DAILY_CAP =
  /\b(?:basic|explorer|test(?: account)?) access\b|Number of operations for (?:basic|explorer|test)|developer token\b[^.]{0,60}\b(?:daily|per day|operations)|Retry in (?:[1-9]\d{4,}|[4-9]\d{3}|3[6-9]\d{2}) seconds/i;

export const provider: Provider = {
  name: 'google-ads',
  display: 'Google Ads',
  aliases: ['googleads', 'adwords', 'googleadwords'],
  // Host, client packages and exception names; Singer / Airbyte connectors. Not `google_ads`: that is
  // the usual name of the warehouse dataset a Google Ads pipeline loads into.
  hints: [
    'googleads\\.googleapis\\.com',
    'type\\.googleapis\\.com/google\\.ads\\.googleads',
    'google\\.ads\\.googleads(?:\\.\\w+)*',
    'com\\.google\\.ads\\.googleads(?:\\.\\w+)*',
    'Google(?:\\.|::|\\\\)Ads(?:\\.|::|\\\\)GoogleAds',
    'GoogleAds(?:Exception|Failure|Error|Client|Row)',
    'google/ads/googleads',
    'google-ads(?:-api|-python|-java|-php|-ruby|-dotnet|-node)?',
    '(?:tap|source|destination)[_-]google[_-]ads',
    'developers\\.google\\.com/google-ads',
    'adwords\\.google\\.com',
  ],
  ruledBy: 'google',
  rank: 60,
  // The kind of each GoogleAdsError.errorCode (a oneof keyed by kind): its value is the enum that decides.
  keys: {
    code: [
      'authenticationError', 'authorizationError', 'quotaError', 'requestError', 'databaseError', 'internalError', 'headerError',
      'fieldError', 'fieldMaskError', 'mutateError', 'rangeError', 'stringLengthError', 'stringFormatError', 'notEmptyError',
      'nullError', 'idError', 'dateError', 'dateRangeError', 'distinctError', 'listOperationError', 'collectionSizeError',
      'newResourceCreationError', 'resourceCountLimitExceededError', 'operationAccessDeniedError', 'contextError', 'queryError',
      'sizeLimitError', 'enumError', 'urlFieldError', 'conversionUploadError', 'conversionAdjustmentUploadError',
      'conversionActionError', 'conversionCustomVariableError', 'offlineUserDataJobError', 'userDataError', 'userListError',
      'customerError', 'customerClientLinkError', 'managerLinkError', 'customerUserAccessError', 'campaignError',
      'campaignBudgetError', 'adGroupError', 'adGroupAdError', 'adGroupCriterionError', 'adError', 'assetError',
      'criterionError', 'labelError', 'policyViolationError', 'policyFindingError', 'recommendationError',
      'notAllowlistedError', 'regionCodeError', 'timeZoneError', 'billingSetupError', 'accountBudgetProposalError',
    ],
  },
  bodyKeys: ['fieldPathElements', 'partialFailureError', 'quotaErrorDetails'],
  links: {
    auth: 'https://developers.google.com/google-ads/api/docs/oauth/overview',
    permissions: 'https://developers.google.com/google-ads/api/docs/concepts/call-structure#cid',
    plan: 'https://developers.google.com/google-ads/api/docs/access-levels',
    validation: 'https://developers.google.com/google-ads/api/docs/get-started/common-errors',
    transient: 'https://developers.google.com/google-ads/api/docs/best-practices/quotas',
    outage: 'https://ads.google.com/status/publisher/',
  },
  rules: [
    // Quota first: RESOURCE_EXHAUSTED is also every Google API's status word.
    {
      id: 'google-ads/daily-operations-cap',
      category: 'plan',
      cause: 'quotaError RESOURCE_EXHAUSTED (developer token daily cap)',
      code: ['RESOURCE_EXHAUSTED', 'RESOURCE_TEMPORARILY_EXHAUSTED'],
      message: DAILY_CAP,
      summary: 'Google Ads developer token hit its daily operations cap (access level)',
      fix: 'Apply for Standard access for the developer token (Basic access allows 15,000 operations a day), or spread the sync over days; retrying now only burns operations.',
    },
    // Google Ads names the quota that tripped: "Trigger: Basic Access Daily Reporting Quota" (a
    // tier's daily cap, lifted by Standard access), beside "RateExceededError.RATE_EXCEEDED".
    {
      id: 'google-ads/daily-quota-message',
      category: 'plan',
      cause: 'Google Ads daily quota (access tier)',
      message: /\b(?:Basic|Explorer|Test) Access Daily (?:Reporting |Operations? )?Quota\b/i,
      summary: 'Google Ads developer token daily quota reached',
      fix: 'Apply for Standard access for the developer token, or spread the sync over days.',
    },
    {
      id: 'google-ads/rate-exceeded',
      category: 'transient',
      cause: 'RateExceededError.RATE_EXCEEDED',
      message: /\bRateExceededError\.RATE_EXCEEDED\b/,
      summary: 'Google Ads rate exceeded',
      fix: 'Retry after the delay the error states; if a daily quota is named beside it, that is the cause.',
    },
    {
      id: 'google-ads/developer-token-not-approved',
      category: 'plan',
      cause: 'DEVELOPER_TOKEN_NOT_APPROVED',
      code: ['DEVELOPER_TOKEN_NOT_APPROVED'],
      summary: 'Google Ads developer token only has test-account access',
      fix: 'Apply for Basic or Standard access for the developer token (API Center), or point the sync at a test account; pause the sync until then.',
    },
    // The same refusal where a client logs only its message (google-ads-php's request log:
    // `IsFault: 1, FaultMessage: "["The developer token is only approved for use with test accounts…"]"`).
    {
      id: 'google-ads/developer-token-not-approved-message',
      category: 'plan',
      cause: 'DEVELOPER_TOKEN_NOT_APPROVED',
      message: /\bdeveloper token is only approved for use with test accounts\b/i,
      summary: 'Google Ads developer token only has test-account access',
      fix: 'Apply for Basic or Standard access for the developer token (API Center), or point the sync at a test account; pause the sync until then.',
    },
    {
      id: 'google-ads/long-term-query-cap',
      category: 'plan',
      cause: 'EXCESSIVE_LONG_TERM_QUERY_RESOURCE_CONSUMPTION',
      code: ['EXCESSIVE_LONG_TERM_QUERY_RESOURCE_CONSUMPTION'],
      summary: 'Google Ads throttled expensive queries over a long window',
      fix: 'Query fewer fields, segments or days per report (or less often); the throttle lifts only after hours of lighter use.',
    },
    {
      id: 'google-ads/short-term-quota',
      category: 'transient',
      cause: '{code}',
      code: ['RESOURCE_TEMPORARILY_EXHAUSTED', 'EXCESSIVE_SHORT_TERM_QUERY_RESOURCE_CONSUMPTION'],
      summary: 'Google Ads short-window rate limit ({code})',
      fix: 'Retry after the delay the error states; lower the request rate per customer id and developer token.',
    },
    {
      id: 'google-ads/resource-exhausted',
      category: 'transient',
      cause: 'quotaError RESOURCE_EXHAUSTED',
      code: ['RESOURCE_EXHAUSTED'],
      destination: GA,
      summary: 'Google Ads rate limit (requests per minute)',
      fix: 'Retry after the retry delay the error states; if the delay is hours, the daily operations cap of the developer token is the cause.',
    },
    // Credentials.
    {
      id: 'google-ads/authentication',
      category: 'auth',
      cause: '{code}',
      code: [
        'OAUTH_TOKEN_EXPIRED', 'OAUTH_TOKEN_INVALID', 'OAUTH_TOKEN_REVOKED', 'OAUTH_TOKEN_DISABLED', 'OAUTH_TOKEN_HEADER_INVALID',
        'NOT_ADS_USER', 'GOOGLE_ACCOUNT_DELETED', 'GOOGLE_ACCOUNT_COOKIE_INVALID', 'GOOGLE_ACCOUNT_AUTHENTICATION_FAILED',
        'GOOGLE_ACCOUNT_USER_AND_ADS_USER_MISMATCH', 'LOGIN_COOKIE_REQUIRED', 'LOGIN_COOKIE_INVALID', 'USER_ID_INVALID',
        'TWO_STEP_VERIFICATION_NOT_ENROLLED', 'ADVANCED_PROTECTION_NOT_ENROLLED', 'DEVELOPER_TOKEN_INVALID',
      ],
      summary: 'Google Ads rejected the credentials ({code})',
      fix: 'Reconnect the Google account that has access to the Ads account (a new refresh token), or replace the developer token; pause the sync until then.',
    },
    {
      id: 'google-ads/authentication-error',
      category: 'auth',
      cause: 'AUTHENTICATION_ERROR',
      code: ['AUTHENTICATION_ERROR'],
      destination: GA,
      summary: 'Google Ads authentication failed',
      fix: 'Reconnect the Google account that has access to the Ads account; pause the sync until then.',
    },
    {
      id: 'google-ads/customer-id',
      category: 'validation',
      cause: '{code}',
      code: ['CLIENT_CUSTOMER_ID_INVALID', 'CUSTOMER_NOT_FOUND', 'INVALID_LOGIN_CUSTOMER_ID', 'INVALID_LINKED_CUSTOMER_ID', 'INVALID_CUSTOMER_ID'],
      destination: GA,
      summary: 'Google Ads customer id of the connection is wrong ({code})',
      fix: 'Set the customer id (10 digits, no dashes) and the login-customer-id of the manager account in the connection; every request fails until then.',
    },
    // Access to the account.
    {
      id: 'google-ads/account-inactive',
      category: 'plan',
      cause: '{code}',
      code: ['CUSTOMER_NOT_ENABLED', 'ACTION_NOT_PERMITTED_FOR_SUSPENDED_ACCOUNT', 'CUSTOMER_NOT_ACTIVE'],
      summary: 'Google Ads account is not enabled, cancelled or suspended ({code})',
      fix: 'Reactivate the Google Ads account (billing, policy suspension) or remove it from the sync; retrying will not help.',
    },
    {
      id: 'google-ads/login-customer-id',
      category: 'permissions',
      cause: 'USER_PERMISSION_DENIED',
      code: ['USER_PERMISSION_DENIED', 'PERMISSION_DENIED'],
      message: /User doesn'?t have permission to access customer|\blogin-customer-id\b[^.]{0,80}\bheader/i,
      summary: 'Google Ads user cannot access this customer (login-customer-id)',
      fix: 'Set login-customer-id to the manager account that links this customer, or grant the connected user access to the account; keep syncing the others.',
    },
    {
      id: 'google-ads/login-customer-id-text',
      category: 'permissions',
      cause: 'USER_PERMISSION_DENIED',
      // The Ruby and PHP clients print the message without the enum.
      destination: GA,
      message: /User doesn'?t have permission to access customer|\blogin-customer-id\b[^.]{0,80}\bheader/i,
      summary: 'Google Ads user cannot access this customer (login-customer-id)',
      fix: 'Set login-customer-id to the manager account that links this customer, or grant the connected user access to the account; keep syncing the others.',
    },
    {
      id: 'google-ads/authorization',
      category: 'permissions',
      cause: '{code}',
      code: [
        'USER_PERMISSION_DENIED', 'ACTION_NOT_PERMITTED', 'DEVELOPER_TOKEN_PROHIBITED', 'DEVELOPER_TOKEN_NOT_ON_ALLOWLIST',
        'PROJECT_DISABLED', 'MISSING_TOS', 'INCOMPLETE_SIGNUP', 'SERVICE_ACCESS_DENIED', 'ACCESS_DENIED_FOR_ACCOUNT_TYPE',
        'METRIC_ACCESS_DENIED', 'UNAUTHORIZED_CUSTOMER', 'AUTHORIZATION_ERROR',
      ],
      destination: GA,
      summary: 'Google Ads denied the operation ({code})',
      fix: 'Grant the connected user a role with this access on the Ads account (or link it under the login-customer-id manager); accept the API terms in API Center if asked.',
    },
    // Retry.
    {
      id: 'google-ads/concurrent-modification',
      category: 'transient',
      cause: '{code}',
      code: ['CONCURRENT_MODIFICATION'],
      summary: 'Google Ads resource changed by another request at the same time',
      fix: 'Retry with backoff; send changes to the same campaign / ad group from one writer at a time.',
    },
    {
      id: 'google-ads/internal',
      category: 'transient',
      cause: '{code}',
      code: ['INTERNAL_ERROR', 'TRANSIENT_ERROR', 'DEADLINE_EXCEEDED', 'ERROR_CODE_NOT_PUBLISHED', 'DATA_CONSTRAINT_VIOLATION'],
      destination: GA,
      summary: 'Google Ads internal error ({code})',
      fix: 'Retry with backoff; if it persists for one request, split it or report the request id to Google Ads API support.',
    },
    // Record-level rejections of conversion uploads and mutates.
    {
      id: 'google-ads/conversion-upload',
      category: 'validation',
      cause: '{code}',
      code: [
        'UNPARSEABLE_GCLID', 'CONVERSION_PRECEDES_GCLID', 'EXPIRED_GCLID', 'TOO_RECENT_GCLID', 'CLICK_NOT_FOUND',
        'INVALID_CONVERSION_ACTION', 'TOO_RECENT_CONVERSION_ACTION', 'CONVERSION_TRACKING_NOT_ENABLED_AT_IMPRESSION_TIME',
        'CLICK_CONVERSION_ALREADY_EXISTS', 'DUPLICATE_CLICK_CONVERSION_IN_REQUEST', 'ORDER_ID_ALREADY_IN_USE',
        'CONVERSION_ALREADY_RETRACTED', 'CONVERSION_ALREADY_ENHANCED', 'INVALID_CONVERSION_ACTION_TYPE',
        'CUSTOMER_DATA_POLICY_PROHIBITS_ENHANCED_CONVERSIONS', 'CUSTOMER_NOT_ACCEPTED_CUSTOMER_DATA_TERMS',
      ],
      summary: 'Google Ads rejected the conversion ({code})',
      fix: 'Fix the record: a click id Google can match (not older than the conversion window, not newer than the action), an existing conversion action, normalized and SHA-256 hashed identifiers; retrying the same row fails again.',
    },
    {
      id: 'google-ads/field-error',
      category: 'validation',
      cause: '{code}',
      code: [
        'REQUIRED', 'IMMUTABLE_FIELD', 'INVALID_VALUE', 'VALUE_MUST_BE_UNSET', 'REQUIRED_NONEMPTY_LIST', 'FIELD_CANNOT_BE_CLEARED', 'TOO_LONG',
        'TOO_SHORT', 'REQUEST_TOO_LARGE', 'DUPLICATE_NAME', 'INVALID_KEYWORD_TEXT', 'POLICY_ERROR', 'CONVERSION_NOT_FOUND', 'INVALID_SHA256_FORMAT',
      ],
      destination: GA,
      summary: 'Google Ads rejected a field of the operation ({code}, `{field}`)',
      fix: 'Fix the value at the field path the error names; retrying the same operation fails again.',
    },
    // A 400 whose enum no rule lists: the request, not the connection.
    {
      id: 'google-ads/bad-request',
      category: 'validation',
      cause: 'HTTP 400',
      status: [400],
      destination: GA,
      summary: 'Google Ads rejected the request',
      fix: 'Read the errorCode and fieldPathElements of the sample; fix the mapped value or the query.',
    },
  ],
};
