import type { RuleCase } from '../rule-tester.js';

/**
 * Microsoft Advertising (Bing Ads) faults: REST JSON error objects, SOAP XML printed by the SDKs, and
 * offline conversion results. Sources: learn.microsoft.com/advertising/guides/operation-error-codes;
 * BingAds-Python-SDK #190, BingAds-PHP-SDK #41; rudder-server bing-ads offline conversions test.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const microsoftAdvertisingCases: RuleCase[] = [
  {
    line: j({ level: 'error', url: 'https://campaign.api.bingads.microsoft.com/CampaignManagement/v13/Campaigns/QueryByAccountId', status: 401, response: { TrackingId: '41e8c4f3-a130-4cc4-87d7-cba5115cf299', Type: 'ApplicationFault', Errors: [{ Code: 105, Details: null, ErrorCode: 'InvalidCredentials', FieldPath: null, Message: 'Authentication failed. Either supplied credentials are invalid or the account is inactive.', Type: 'OperationError' }] } }),
    category: 'auth',
    cause: 'InvalidCredentials',
    destination: 'microsoft-advertising',
    rule: 'microsoft-advertising/credentials-number',
    note: 'REST fault with the symbolic and numeric code; the host names Microsoft Advertising',
  },
  {
    line: j({ level: 'error', destination: 'bingads', status: 401, response: { Errors: [{ Code: 109, Message: 'The authentication token has expired. Please renew or obtain a new token.' }] } }),
    category: 'auth',
    cause: '109',
    rule: 'microsoft-advertising/credentials-number',
    note: 'Customer Management errors carry only the numeric code (109)',
  },
  {
    line: j({ level: 'error', status: 401, response: { TrackingId: '9eaafe65-35de-4ecc-89e6-fe53c8751b30', OperationErrors: [{ Code: 109, Details: null, ErrorCode: 'AuthenticationTokenExpired', Message: 'The authentication token has expired. Please renew or obtain a new token.' }] } }),
    category: 'auth',
    cause: 'AuthenticationTokenExpired',
    destination: 'microsoft-advertising',
    rule: 'microsoft-advertising/credentials',
    note: 'the symbol decides and OperationErrors names the destination',
  },
  {
    line: j({ level: 'error', destination: 'Microsoft Advertising', status: 400, response: { OperationErrors: [{ Code: 106, ErrorCode: 'UserIsNotAuthorized', Message: 'The user is not authorized to perform this action.' }] } }),
    category: 'permissions',
    rule: 'microsoft-advertising/not-authorized',
    note: '106: credentials fine, no access to the account',
  },
  {
    line: j({ level: 'warn', destination: 'bing-ads', status: 400, response: { OperationErrors: [{ Code: 117, ErrorCode: 'CallRateExceeded', Message: 'You have exceeded the number of calls that you are allowed to make in one minute.' }] } }),
    category: 'transient',
    destination: 'microsoft-advertising',
    rule: 'microsoft-advertising/call-rate',
    note: '117 calls per minute',
  },
  {
    line: j({ level: 'error', destination: 'bingads', status: 500, response: { OperationErrors: [{ Code: 0, ErrorCode: 'InternalError', Message: 'An unidentified error has occurred.' }] } }),
    category: 'transient',
    rule: 'microsoft-advertising/internal',
    note: '0 InternalError',
  },
  {
    line: j({ level: 'error', destination: 'BING_ADS_OFFLINE_CONVERSIONS', record_id: 'lead_4411', response: { PartialErrors: [{ ErrorCode: 'OfflineConversionMicrosoftClickIdInvalid', FieldPath: 'MicrosoftClickId', Index: 0, Message: 'The MSCLKID is invalid.', Type: 'BatchError' }] } }),
    category: 'validation',
    cause: 'OfflineConversionMicrosoftClickIdInvalid',
    field: 'MicrosoftClickId',
    destination: 'microsoft-advertising',
    rule: 'microsoft-advertising/offline-conversion',
    note: 'BatchError of an offline conversion: FieldPath names the field',
  },
  {
    line: "suds.WebFault: Server raised fault: 'Invalid client data. Check the SOAP fault details for more information. TrackingId: 41e8c4f3-a130-4cc4-87d7-cba5115cf299.' <AdApiFaultDetail><Errors><AdApiError><Code>105</Code><Detail i:nil=\"true\"/><ErrorCode>InvalidCredentials</ErrorCode><Message>Authentication failed. Either supplied credentials are invalid or the account is inactive.</Message></AdApiError></Errors></AdApiFaultDetail>",
    category: 'auth',
    destination: 'microsoft-advertising',
    rule: 'microsoft-advertising/credentials-number',
    note: 'SOAP fault XML printed by the Python SDK: its <ErrorCode> is read as the code',
  },
  {
    line: 'ERROR tap-bing-ads: GetCampaignsByAccountId failed: Authentication failed. Either supplied credentials are invalid or the account is inactive.',
    category: 'auth',
    destination: 'microsoft-advertising',
    rule: 'microsoft-advertising/credentials-text',
    note: 'the fault message alone, without the XML around it',
  },
  {
    line: 'System.ServiceModel.FaultException`1[Microsoft.BingAds.V13.CustomerManagement.ApiFault]: Invalid client data. Check the SOAP fault details for more information. <ApiFault><OperationErrors><OperationError><Code>106</Code><Details i:nil="true"/><Message>The user is not authorized to perform this action.</Message></OperationError></OperationErrors></ApiFault>',
    category: 'permissions',
    destination: 'microsoft-advertising',
    rule: 'microsoft-advertising/not-authorized-text',
    note: 'Customer Management SOAP fault (no ErrorCode element): the documented message decides',
  },
  {
    line: 'com.microsoft.bingads.v13.campaignmanagement.AdApiFaultDetail_Exception: Invalid client data. Check the SOAP fault details for more information. Errors: {Code: 106, ErrorCode: UserIsNotAuthorized, Message: The user is not authorized to perform this action.}',
    category: 'permissions',
    destination: 'microsoft-advertising',
    rule: 'microsoft-advertising/not-authorized',
    note: 'the Java SDK exception with the error object printed',
  },
  {
    line: '2026-03-05 06:00:11 WARNING bing ads report download throttled: CallRateExceeded (117), retrying in 60s',
    category: 'transient',
    destination: 'microsoft-advertising',
    rule: 'microsoft-advertising/call-rate-text',
    note: 'throttling symbol in a connector log line',
  },
  {
    line: 'ERROR aborting job 7: BingAds upload result row 3: Error=OfflineConversionTimeOutOfWindow',
    category: 'validation',
    destination: 'microsoft-advertising',
    rule: 'microsoft-advertising/offline-conversion-text',
    note: 'offline conversion abort reason from the bulk upload results',
  },
];
