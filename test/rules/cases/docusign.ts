import type { RuleCase } from '../rule-tester.js';

/**
 * Docusign eSignature REST API: `{"errorCode","message"}` bodies, bare or inside the SDKs'
 * `ApiException` text.
 * Sources: developers.docusign.com esign101/error-codes, troubleshooting-common-errors,
 * rules-and-limits; docusign-esign-java-client #101, code-examples-php #23 / #44,
 * docusign-esign-csharp-client #30.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const docusignCases: RuleCase[] = [
  {
    line: 'docusign_esign.client.api_exception.ApiException: (401) Reason: Unauthorized HTTP response body: b\'{"errorCode":"USER_AUTHENTICATION_FAILED","message":"One or both of Username and Password are invalid. Invalid access token"}\'',
    category: 'auth',
    destination: 'docusign',
    cause: 'USER_AUTHENTICATION_FAILED',
    rule: 'docusign/authentication',
    note: 'Python SDK ApiException; the SDK module names Docusign',
  },
  {
    line: 'com.docusign.esign.client.ApiException: Error while requesting server, received a non successful HTTP code 401 with response Body: \'{"errorCode": "PARTNER_AUTHENTICATION_FAILED","message": "The specified Integrator Key was not found or is disabled. An Integrator key was not specified."}\'',
    category: 'auth',
    destination: 'docusign',
    rule: 'docusign/authentication',
    note: 'integration key unknown in this environment (demo vs production)',
  },
  {
    line: j({ level: 'error', destination: 'docusign', status: 400, body: { error: 'consent_required' } }),
    category: 'auth',
    rule: 'docusign/consent-required',
    note: 'JWT grant before the user consented',
  },
  {
    line: j({ level: 'error', destination: 'DocuSign eSignature', status: 400, body: { errorCode: 'USER_LACKS_PERMISSIONS', message: 'This user lacks sufficient permissions to access this resource.' } }),
    category: 'permissions',
    destination: 'docusign',
    rule: 'docusign/permissions',
    note: 'permission profile too narrow: permissions, not auth',
  },
  {
    line: j({ level: 'warn', status: 429, url: 'https://na3.docusign.net/restapi/v2.1/accounts/123/envelopes', body: { errorCode: 'HOURLY_APIINVOCATION_LIMIT_EXCEEDED', message: 'The maximum number of hourly API invocations has been exceeded. The hourly limit is 3000.' } }),
    category: 'transient',
    destination: 'docusign',
    rule: 'docusign/rate-limit',
    note: 'hourly account limit resets on the hour: retry after reset',
  },
  {
    line: 'DocuSign\\eSign\\Client\\ApiException: Error while requesting server, received a non successful HTTP code [400]: The maximum number of hourly API invocations has been exceeded',
    category: 'transient',
    destination: 'docusign',
    rule: 'docusign/rate-limit-text',
    note: 'PHP SDK text without the code',
  },
  {
    line: j({ level: 'error', destination: 'docusign', status: 400, body: { errorCode: 'INVALID_EMAIL_ADDRESS_FOR_RECIPIENT', message: 'The email address for the recipient is invalid. The recipient Id follows. Envelope definition is missing an email address for recipientId: 1' } }),
    category: 'validation',
    cause: 'INVALID_EMAIL_ADDRESS_FOR_RECIPIENT',
    rule: 'docusign/invalid-request',
    note: 'recipient email missing: the record',
  },
  {
    line: j({ level: 'error', destination: 'docusign', status: 400, body: { errorCode: 'INVALID_REQUEST_PARAMETER', message: "The request contained at least one invalid parameter. Query parameter 'from_date' must be set to a valid DateTime, or 'envelope_ids' or 'transaction_ids' must be specified." } }),
    category: 'validation',
    field: 'from_date',
    rule: 'docusign/invalid-request',
    note: 'the parameter the message names is the field',
  },
  {
    line: j({ level: 'error', destination: 'docusign', status: 400, body: { errorCode: 'PLAN_ITEM_NOT_ENABLED', message: 'A requested plan item is not enabled for this account.' } }),
    category: 'plan',
    rule: 'docusign/plan-item',
    note: 'the plan lacks the feature (error-codes page)',
  },
];
