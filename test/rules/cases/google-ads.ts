import type { RuleCase } from '../rule-tester.js';

/**
 * Google Ads API: AIP-193 statuses carrying a GoogleAdsFailure (REST JSON), the Python client's
 * protobuf text, PHP / Ruby `Kind.ENUM` strings. The errorCode enum decides, not the status.
 * Sources: developers.google.com/google-ads/api/docs/get-started/common-errors, …/reference/rpc
 * enums, …/docs/access-levels; google-ads-php #721 / #804, google-ads-java #751, google-ads-python
 * #823, rudder-transformer #5492 (partial failures).
 */
const j = (o: unknown): string => JSON.stringify(o);

const failure = (errors: unknown[], extra: Record<string, unknown> = {}) => ({
  '@type': 'type.googleapis.com/google.ads.googleads.v17.errors.GoogleAdsFailure',
  errors,
  requestId: 'Qm9vZ2xlQWRzUmVx',
  ...extra,
});

export const googleAdsCases: RuleCase[] = [
  {
    line: "E, [2026-03-07T06:00:00.100000 #41] ERROR -- : Google::Ads::GoogleAds::Errors::GoogleAdsError: User doesn't have permission to access customer. Note: If you're accessing a client customer, the manager's customer id must be set in the 'login-customer-id' header.",
    category: 'permissions',
    destination: 'google-ads',
    rule: 'google-ads/login-customer-id-text',
    note: 'the Ruby client prints the message without the USER_PERMISSION_DENIED enum',
  },
  {
    line: j({
      level: 'error',
      url: 'https://googleads.googleapis.com/v17/customers/6504201188/googleAds:searchStream',
      status: 429,
      body: {
        error: {
          code: 429,
          message: 'Resource has been exhausted (e.g. check quota).',
          status: 'RESOURCE_EXHAUSTED',
          details: [
            failure([
              {
                errorCode: { quotaError: 'RESOURCE_EXHAUSTED' },
                message: 'Too many requests. Retry in 38112 seconds.',
                details: { quotaErrorDetails: { rateScope: 'DEVELOPER', rateName: 'Number of operations for basic access', retryDelay: '38112s' } },
              },
            ]),
          ],
        },
      },
    }),
    category: 'plan',
    destination: 'google-ads',
    rule: 'google-ads/daily-operations-cap',
    note: 'basic-access daily operations cap (retry in 10 h): plan, the host names Google Ads',
  },
  {
    line: j({
      level: 'warn',
      destination: 'google_ads',
      status: 429,
      error: {
        code: 429,
        message: 'Resource has been exhausted (e.g. check quota).',
        status: 'RESOURCE_EXHAUSTED',
        details: [failure([{ errorCode: { quotaError: 'RESOURCE_EXHAUSTED' }, message: 'Too many requests. Retry in 27 seconds.', details: { quotaErrorDetails: { rateScope: 'ACCOUNT', retryDelay: '27s' } } }])],
      },
    }),
    category: 'transient',
    destination: 'google-ads',
    rule: 'google-ads/resource-exhausted',
    note: 'near miss: a retry in seconds is the per-minute rate limit, not the daily cap',
  },
  {
    line: '2026-03-02T08:14:09Z ERROR tap-google-ads | Request with ID "zY3kP0fQm1aB7cX2vN9wLg" failed with status "RESOURCE_EXHAUSTED" and includes the following errors: Error with message "Too many requests in a short amount of time." QuotaError.RESOURCE_TEMPORARILY_EXHAUSTED',
    category: 'transient',
    destination: 'google-ads',
    rule: 'google-ads/short-term-quota',
    note: 'the short-window quota enum; the Singer tap names Google Ads',
  },
  {
    line: 'google.ads.googleads.errors.GoogleAdsException: (<_InactiveRpcError of RPC that terminated with: status = StatusCode.PERMISSION_DENIED details = "The caller does not have permission">, errors { error_code { authorization_error: DEVELOPER_TOKEN_NOT_APPROVED } message: "The developer token is only approved for use with test accounts. To access non-test accounts, apply for Basic or Standard access." } request_id: "Uq2fX1o9T4CzqvR8mP0lqA")',
    category: 'plan',
    destination: 'google-ads',
    rule: 'google-ads/developer-token-not-approved',
    note: 'test-access developer token on a production account: its access level, not a role',
  },
  {
    line: '[2024-02-09T14:02:11.118204+00:00] google-ads.WARNING: Request made: Host: "googleads.googleapis.com", Method: "/google.ads.googleads.v15.services.GoogleAdsService/Search", CustomerId: 5550001234, RequestId: "k3Jd9QpLw0aZ", IsFault: 1, FaultMessage: "["The developer token is only approved for use with test accounts. To access non-test accounts, apply for Basic or Standard access."]"',
    category: 'plan',
    destination: 'google-ads',
    rule: 'google-ads/developer-token-not-approved-message',
    note: "google-ads-php logs a failed call at WARNING with IsFault and the fault's message only (Google Ads API docs: AuthorizationError.DEVELOPER_TOKEN_NOT_APPROVED)",
  },
  {
    line: 'Google::Ads::GoogleAds::Errors::GoogleAdsError: QuotaError.EXCESSIVE_LONG_TERM_QUERY_RESOURCE_CONSUMPTION: Too many expensive requests from query pattern over an extended duration of time.',
    category: 'plan',
    destination: 'google-ads',
    rule: 'google-ads/long-term-query-cap',
    note: 'long-window query cost throttle',
  },
  {
    line: j({
      level: 'error',
      destination: 'Google Ads',
      status: 401,
      error: {
        code: 401,
        message: 'Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
        status: 'UNAUTHENTICATED',
        details: [failure([{ errorCode: { authenticationError: 'NOT_ADS_USER' }, message: 'User in the cookie is not a valid Ads user.' }])],
      },
    }),
    category: 'auth',
    cause: 'NOT_ADS_USER',
    rule: 'google-ads/authentication',
    note: 'the enum names the cause; the Google account has no Ads access',
  },
  {
    line: 'Google\\Ads\\GoogleAds\\Lib\\V17\\GoogleAdsException: {"message":"Request had invalid authentication credentials.","code":16,"status":"UNAUTHENTICATED","details":[{"@type":"google.ads.googleads.v17.errors.googleadsfailure-bin","errors":[{"errorCode":{"authenticationError":"OAUTH_TOKEN_EXPIRED"},"message":"Authentication of the request failed."}]}]}',
    category: 'auth',
    cause: 'OAUTH_TOKEN_EXPIRED',
    destination: 'google-ads',
    rule: 'google-ads/authentication',
    note: 'PHP client exception with the failure as JSON',
  },
  {
    line: j({ level: 'error', destination: 'google-ads', status: 401, error: { code: 401, message: 'Request had invalid authentication credentials.', status: 'UNAUTHENTICATED', details: [failure([{ errorCode: { authenticationError: 'AUTHENTICATION_ERROR' }, message: 'Authentication of the request failed.' }])] } }),
    category: 'auth',
    rule: 'google-ads/authentication-error',
    note: 'the generic authentication enum, on a Google Ads line',
  },
  {
    line: j({
      level: 'error',
      url: 'https://googleads.googleapis.com/v17/customers/123-456-7890/googleAds:search',
      status: 400,
      error: { code: 400, message: 'Request contains an invalid argument.', status: 'INVALID_ARGUMENT', details: [failure([{ errorCode: { requestError: 'INVALID_CUSTOMER_ID' }, message: "Invalid customer ID '123-456-7890'." }])] },
    }),
    category: 'validation',
    cause: 'INVALID_CUSTOMER_ID',
    destination: 'google-ads',
    rule: 'google-ads/customer-id',
    note: 'customer id with dashes: the connection config, before the generic INVALID_ARGUMENT',
  },
  {
    line: j({ level: 'error', destination: 'google_ads', status: 403, error: { code: 403, message: 'The caller does not have permission', status: 'PERMISSION_DENIED', details: [failure([{ errorCode: { authorizationError: 'CUSTOMER_NOT_ENABLED' }, message: "The customer account can't be accessed because it is not yet enabled or has been deactivated." }])] } }),
    category: 'plan',
    rule: 'google-ads/account-inactive',
    note: 'a cancelled or never-enabled Ads account: not a role to grant',
  },
  {
    line: 'ApiException was thrown with message \'{ "message": "The caller does not have permission", "code": 7, "status": "PERMISSION_DENIED", "details": [ { "@type": "type.googleapis.com/google.ads.googleads.v10.errors.GoogleAdsFailure", "errors": [ { "errorCode": { "authorizationError": "USER_PERMISSION_DENIED" }, "message": "User doesn\'t have permission to access customer. Note: If you\'re accessing a client customer, the manager\'s customer id must be set in the \'login-customer-id\' header." } ] } ] }\'',
    category: 'permissions',
    destination: 'google-ads',
    rule: 'google-ads/login-customer-id',
    note: 'USER_PERMISSION_DENIED with the login-customer-id hint (google-ads-php #804)',
  },
  {
    line: j({ level: 'error', destination: 'google-ads', status: 403, error: { code: 403, message: 'The caller does not have permission', status: 'PERMISSION_DENIED', details: [failure([{ errorCode: { authorizationError: 'ACTION_NOT_PERMITTED' }, message: 'The user does not have permission to perform this action (e.g., ADD, UPDATE, REMOVE) on the resource or call a method.' }])] } }),
    category: 'permissions',
    cause: 'ACTION_NOT_PERMITTED',
    rule: 'google-ads/authorization',
    note: 'read-only user asked to mutate',
  },
  {
    line: '2026-03-02 09:01:44 ERROR google_ads_sync: mutate failed for customers/6504201188/campaigns/2210 | DatabaseError.CONCURRENT_MODIFICATION: Multiple requests were attempting to modify the same resource at once. Retry the request.',
    category: 'transient',
    destination: 'google-ads',
    rule: 'google-ads/concurrent-modification',
    note: 'documented as retryable',
  },
  {
    line: j({ level: 'error', destination: 'google-ads', status: 500, error: { code: 500, message: 'Internal error encountered.', status: 'INTERNAL', details: [failure([{ errorCode: { internalError: 'INTERNAL_ERROR' }, message: 'An internal error has occurred.' }])] } }),
    category: 'transient',
    rule: 'google-ads/internal',
    note: 'internal error enum',
  },
  {
    line: j({
      level: 'warn',
      destination: 'GOOGLE_ADWORDS_OFFLINE_CONVERSIONS',
      record_id: 'lead_88121',
      status: 200,
      response: {
        results: [{}],
        partialFailureError: {
          code: 3,
          message: 'The imported gclid has expired., at conversions[0].gclid',
          details: [failure([{ errorCode: { conversionUploadError: 'EXPIRED_GCLID' }, message: 'The imported gclid has expired.', location: { fieldPathElements: [{ fieldName: 'conversions', index: 0 }, { fieldName: 'gclid' }] } }])],
        },
      },
    }),
    category: 'validation',
    cause: 'EXPIRED_GCLID',
    destination: 'google-ads',
    rule: 'google-ads/conversion-upload',
    note: 'a partial failure inside an HTTP 200; the destination label names Google Ads (adwords)',
  },
  {
    line: j({
      level: 'error',
      destination: 'google-ads',
      status: 400,
      error: {
        code: 400,
        message: 'Request contains an invalid argument.',
        status: 'INVALID_ARGUMENT',
        details: [failure([{ errorCode: { fieldError: 'REQUIRED' }, message: 'The required field was not present.', location: { fieldPathElements: [{ fieldName: 'operations', index: 0 }, { fieldName: 'create' }, { fieldName: 'name' }] } }])],
      },
    }),
    category: 'validation',
    cause: 'REQUIRED',
    rule: 'google-ads/field-error',
    note: 'fieldError.REQUIRED, before the generic INVALID_ARGUMENT',
  },
  {
    line: 'POST https://googleads.googleapis.com/v17/customers/6504201188/campaignBudgets:mutate 400 Bad Request: CampaignBudgetError.NON_MULTIPLE_OF_MINIMUM_CURRENCY_UNIT',
    category: 'validation',
    destination: 'google-ads',
    rule: 'google-ads/bad-request',
    note: 'an enum no rule lists: the 400 of a Google Ads line is the request',
  },
  // A line the log files under plain "google" stays Google's: its Ads wording is Google's rule.
  {
    line: j({ level: 'error', destination: 'google', status: 429, error: { code: 429, status: 'RESOURCE_EXHAUSTED', message: 'Too many requests. Retry in 40110 seconds. Number of operations for basic access exceeded.' } }),
    category: 'plan',
    destination: 'google',
    rule: 'google/ads-basic-access',
    note: 'near miss: destination google, so the Google module decides its own Ads wording',
  },
  {
    line: JSON.stringify({ error: { code: 403, message: 'The caller does not have permission', status: 'PERMISSION_DENIED', details: [{ '@type': 'type.googleapis.com/google.ads.googleads.v19.errors.GoogleAdsFailure', errors: [{ errorCode: { authorizationError: 'ACTION_NOT_PERMITTED' }, message: 'The user does not have permission to perform this action.' }] }] } }),
    category: 'permissions',
    destination: 'google-ads',
    rule: 'google-ads/authorization',
    note: 'only the details’ type URL names Google Ads',
  },
];
