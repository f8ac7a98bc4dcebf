import type { Provider } from './provider.js';

/**
 * Microsoft Advertising (Bing Ads) API v13: SOAP and REST services on `*.api.bingads.microsoft.com`
 * (campaign management, bulk, reporting, customer management, offline conversions), SDKs `bingads`
 * (Python), `Microsoft.BingAds.*` (.NET), `com.microsoft.bingads` (Java), BingAds-PHP-SDK. Faults are
 * `AdApiFaultDetail` / `ApiFaultDetail` with `Errors[]` / `OperationErrors[]` / `BatchErrors[]` of
 * `{Code:<n>, ErrorCode:"<Symbol>", Message, Details, FieldPath, Index}` (SOAP prints them as XML:
 * `<AdApiError><Code>105</Code><ErrorCode>InvalidCredentials</ErrorCode>…`, under "Invalid client
 * data. Check the SOAP fault details for more information."). The symbolic code decides:
 * - 105 InvalidCredentials ("Authentication failed. Either supplied credentials are invalid or the
 *   account is inactive.", also a sandbox token used on production), 109 AuthenticationTokenExpired,
 *   108 UserCompromised, 120 UserLoginAccessDenied, 122 PersonalIdentityNotAvailable, 116
 *   RequestMissingHeaders (DeveloperToken / AuthenticationToken / CustomerAccountId not sent): auth.
 * - 106 UserIsNotAuthorized (valid credentials, no access to the account in the request): permissions.
 * - 117 CallRateExceeded (calls per minute): transient; 0 InternalError: transient.
 * - Offline conversion results (OfflineConversionMicrosoftClickIdInvalid, OfflineConversionNameInvalid,
 *   OfflineConversionTimeInvalid, FutureConversionTimeCannotBeSet, ConversionTimeEarlierThanClickTime…)
 *   and 113 InvalidDateObject: validation, FieldPath naming the field.
 * Numeric codes, InvalidCredentials and InternalError (other APIs' words too) decide only Microsoft
 * Advertising lines; the other symbols are its own.
 * Sources: learn.microsoft.com/advertising/guides/operation-error-codes (numeric and symbolic codes),
 * …/campaign-management-service/batcherror, …/guides/handle-service-errors-exceptions; BingAds/BingAds-PHP-SDK
 * #41, BingAds/BingAds-Python-SDK #190 (SOAP faults); Microsoft Q&A 2112473 (code 105); rudderlabs/rudder-server
 * bing-ads offline-conversions integration test (abort reasons); offline conversion error list of the
 * RudderStack Bing Ads Offline Conversions docs.
 */
const MA = ['microsoft-advertising'];

const OFFLINE = [
  'OfflineConversionMicrosoftClickIdInvalid', 'OfflineConversionMSClickIdInvalid', 'OfflineConversionMSClickIdNullOrEmpty',
  'OfflineConversionNameInvalid', 'OfflineConversionNameNullOrEmpty', 'OfflineConversionGoalTooRecent', 'OfflineConversionValueInvalid',
  'OfflineConversionCurrencyCodeInvalid', 'OfflineConversionTimeNullOrEmpty', 'OfflineConversionTimeInvalid', 'OfflineConversionTimeOutOfWindow',
  'FutureConversionTimeCannotBeSet', 'ConversionTimeEarlierThanClickTime', 'ClickIdDateTimeOutsideGoalConversionWindow',
  'OfflineConversionInvalidAdjustmentType', 'ConversionEmailAddressIsNotHashed', 'ConversionPhoneNumberIsNotHashed',
  'NotEligibleForEnhancedConversions', 'ExternalAttributionRequiredFieldEmpty', 'ExternalAttributionModelTooLong',
];

export const provider: Provider = {
  name: 'microsoft-advertising',
  display: 'Microsoft Advertising',
  aliases: ['bingads', 'microsoftads', 'msads'],
  hints: [
    '[\\w.-]*bingads\\.microsoft\\.com',
    'ads\\.microsoft\\.com',
    'bingads\\w*',
    'Microsoft\\.BingAds(?:\\.\\w+)*',
    'com\\.microsoft\\.bingads(?:\\.\\w+)*',
    'Ad(?:Api)?FaultDetail',
    'ApiFaultDetail',
    'microsoft[ _-]advertising',
    'bing[ _-]ads',
    'tap-bing-ads',
    'source-bing-ads',
  ],
  // The camel-cased error object of the REST services: FieldPath names the field.
  keys: { field: ['FieldPath'] },
  bodyKeys: ['OperationErrors', 'BatchErrors', 'PartialErrors', 'ForwardCompatibilityMap'],
  links: {
    auth: 'https://learn.microsoft.com/en-us/advertising/guides/authentication-oauth',
    permissions: 'https://learn.microsoft.com/en-us/advertising/guides/account-hierarchy-permissions',
    validation: 'https://learn.microsoft.com/en-us/advertising/guides/operation-error-codes',
    transient: 'https://learn.microsoft.com/en-us/advertising/guides/services-protocol#throttling',
    outage: 'https://status.ads.microsoft.com',
  },
  rules: [
    {
      id: 'microsoft-advertising/credentials',
      category: 'auth',
      cause: '{code}',
      code: ['AuthenticationTokenExpired', 'UserCompromised', 'UserLoginAccessDenied', 'PersonalIdentityNotAvailable', 'RequestMissingHeaders'],
      summary: 'Microsoft Advertising rejected the credentials ({code})',
      fix: 'Refresh or reconnect the Microsoft account (OAuth token), and check the developer token matches the environment (sandbox vs production); pause the sync until then.',
    },
    {
      id: 'microsoft-advertising/credentials-number',
      category: 'auth',
      cause: '{code}',
      // InvalidCredentials is other APIs' word too: with the numbers, on its own lines only.
      code: ['InvalidCredentials', '105', '109', '108', '120', '122', '116'],
      destination: MA,
      summary: 'Microsoft Advertising rejected the credentials ({code})',
      fix: 'Refresh or reconnect the Microsoft account (OAuth token), and check the developer token matches the environment (sandbox vs production); pause the sync until then.',
    },
    {
      id: 'microsoft-advertising/not-authorized',
      category: 'permissions',
      cause: 'UserIsNotAuthorized',
      code: ['UserIsNotAuthorized', '106'],
      destination: MA,
      summary: 'Microsoft Advertising user has no access to this account or customer',
      fix: 'Give the connected user a role on the account (or use the right CustomerId / CustomerAccountId headers); keep syncing the other accounts.',
    },
    {
      id: 'microsoft-advertising/call-rate',
      category: 'transient',
      cause: 'CallRateExceeded',
      code: ['CallRateExceeded', '117'],
      destination: MA,
      summary: 'Microsoft Advertising call rate exceeded (per minute)',
      fix: 'Retry after a pause; reduce the calls per minute (batch more entities per call).',
    },
    {
      id: 'microsoft-advertising/internal',
      category: 'transient',
      cause: 'InternalError',
      code: ['InternalError', '0'],
      destination: MA,
      summary: 'Microsoft Advertising internal error',
      fix: 'Retry with backoff; quote the TrackingId to support if it persists.',
    },
    {
      id: 'microsoft-advertising/offline-conversion',
      category: 'validation',
      cause: '{code}',
      code: [...OFFLINE, 'InvalidDateObject'],
      summary: 'Microsoft Advertising rejected the offline conversion ({code})',
      fix: 'Fix the record: a valid MSCLKID within the goal’s conversion window, an existing goal name (older than two hours), conversion time after the click and not in the future, hashed email / phone; retrying the same row fails again.',
    },
    // SOAP faults printed as XML or text: the symbols are in the message, not under a JSON key.
    {
      id: 'microsoft-advertising/credentials-text',
      category: 'auth',
      cause: 'InvalidCredentials',
      message: /\b(?:InvalidCredentials|AuthenticationTokenExpired|UserLoginAccessDenied|RequestMissingHeaders)\b|Authentication failed\. Either supplied credentials are invalid or the account is inactive/,
      destination: MA,
      summary: 'Microsoft Advertising rejected the credentials',
      fix: 'Refresh or reconnect the Microsoft account (OAuth token), and check the developer token matches the environment (sandbox vs production); pause the sync until then.',
    },
    {
      id: 'microsoft-advertising/not-authorized-text',
      category: 'permissions',
      cause: 'UserIsNotAuthorized',
      message: /\bUserIsNotAuthorized\b|\bThe user is not authorized to perform this (?:action|operation)\b/,
      destination: MA,
      summary: 'Microsoft Advertising user has no access to this account or customer',
      fix: 'Give the connected user a role on the account (or use the right CustomerId / CustomerAccountId headers); keep syncing the other accounts.',
    },
    {
      id: 'microsoft-advertising/call-rate-text',
      category: 'transient',
      cause: 'CallRateExceeded',
      message: /\bCallRateExceeded\b/,
      summary: 'Microsoft Advertising call rate exceeded (per minute)',
      fix: 'Retry after a pause; reduce the calls per minute (batch more entities per call).',
    },
    {
      id: 'microsoft-advertising/offline-conversion-text',
      category: 'validation',
      cause: 'offline conversion rejected',
      message: /\b(?:OfflineConversion[A-Z]\w+|FutureConversionTimeCannotBeSet|ConversionTimeEarlierThanClickTime|ClickIdDateTimeOutsideGoalConversionWindow)\b/,
      summary: 'Microsoft Advertising rejected the offline conversion',
      fix: 'Fix the record the error names (MSCLKID, goal name, conversion time, hashed identifiers); retrying the same row fails again.',
    },
  ],
};
