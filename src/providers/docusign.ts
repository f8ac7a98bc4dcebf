import type { Provider } from './provider.js';

/**
 * Docusign eSignature REST API (`{demo,na2,eu,…}.docusign.net/restapi/v2.1`, OAuth at
 * `account(-d).docusign.com`). Every error is `{"errorCode":"UPPER_SNAKE","message":"…"}`; the SDKs
 * (Python `docusign_esign`, PHP `DocuSign\eSign`, Java `com.docusign.esign`, C# `DocuSign.eSign`,
 * Node `docusign-esign`) throw `ApiException` "Error while requesting server, received a non
 * successful HTTP code [401] with response Body: {…}". The errorCode decides:
 * - USER_AUTHENTICATION_FAILED ("One or both of Username and Password are invalid. Invalid access
 *   token"), PARTNER_AUTHENTICATION_FAILED ("The specified Integrator Key was not found or is
 *   disabled"), AUTHORIZATION_INVALID_TOKEN, INVALID_TOKEN_FORMAT: auth (a new token, key or
 *   consent). OAuth `consent_required` on a Docusign line: auth.
 * - USER_LACKS_PERMISSIONS, ACCOUNT_LACKS_PERMISSIONS, ACCOUNT_NOT_AUTHORIZED_FOR_ENVELOPE:
 *   permissions (the user's permission profile, or a setting the account admin must enable).
 * - HOURLY_APIINVOCATION_LIMIT_EXCEEDED ("The maximum number of hourly API invocations has been
 *   exceeded", 3,000 per account per hour by default, reset at the top of the hour),
 *   BURST_APIINVOCATION_LIMIT_EXCEEDED (30-second burst), HOURLY_ENVELOPE_POLLING_LIMIT_EXCEEDED:
 *   transient. The hourly limit resets within the hour, so retrying after X-RateLimit-Reset works;
 *   an account that keeps hitting it raises the limit in the API Usage Center.
 * - PLAN_ITEM_NOT_ENABLED ("A requested plan item is not enabled for this account"): the
 *   account's plan lacks the feature (Smart Sections, bulk send, …): plan.
 * - INVALID_REQUEST_PARAMETER, INVALID_REQUEST_BODY, ENVELOPE_DOES_NOT_EXIST,
 *   DOCUMENT_DOES_NOT_EXIST, INVALID_EMAIL_ADDRESS_FOR_RECIPIENT, UNKNOWN_ENVELOPE_RECIPIENT,
 *   ANCHOR_TAG_PROCESSING_FAILURE: validation.
 * Sources: developers.docusign.com/docs/esign-rest-api/esign101/error-codes and
 * …/error-codes/troubleshooting-common-errors, …/esign101/rules-and-limits,
 * developers.docusign.com/platform/resource-limits; real bodies in docusign-esign-java-client
 * #101 / #191, docusign-objc-client #11, code-examples-php #23 / #44, docusign-esign-csharp-client #30.
 */
const D = ['docusign'];

export const provider: Provider = {
  name: 'docusign',
  display: 'Docusign',
  hints: [
    'docusign',
    '[\\w-]+\\.docusign\\.(?:net|com)',
    'docusign_esign(?:\\.\\w+)*',
    'docusign-esign(?:-[\\w-]+)?',
    'DocuSign\\\\eSign(?:\\\\\\w+)*',
    'DocuSign\\.eSign(?:\\.\\w+)*',
    'com\\.docusign\\.esign(?:\\.\\w+)*',
  ],
  bodyCodes: ['user_authentication_failed', 'partner_authentication_failed', 'hourly_apiinvocation_limit_exceeded'],
  links: {
    auth: 'https://developers.docusign.com/platform/auth/',
    permissions: 'https://support.docusign.com/s/document-item?topicId=ozr1583277375283.html',
    validation: 'https://developers.docusign.com/docs/esign-rest-api/esign101/error-codes/troubleshooting-common-errors/',
    transient: 'https://developers.docusign.com/docs/esign-rest-api/esign101/rules-and-limits/',
    outage: 'https://status.docusign.com',
  },
  rules: [
    {
      id: 'docusign/authentication',
      category: 'auth',
      cause: '{code}',
      code: ['USER_AUTHENTICATION_FAILED', 'PARTNER_AUTHENTICATION_FAILED', 'AUTHORIZATION_INVALID_TOKEN', 'INVALID_TOKEN_FORMAT'],
      summary: 'Docusign rejected the access token or integration key ({code})',
      fix: 'Request a new access token (JWT grant or refresh), check the integration key and environment (demo vs production base path); pause the sync until then.',
    },
    {
      id: 'docusign/consent-required',
      category: 'auth',
      cause: 'consent_required',
      code: ['consent_required'],
      destination: D,
      summary: 'Docusign user has not granted consent to the integration',
      fix: 'Have the impersonated user (or an org admin) grant consent to the integration key for the signature and impersonation scopes.',
    },
    {
      id: 'docusign/permissions',
      category: 'permissions',
      cause: '{code}',
      code: ['USER_LACKS_PERMISSIONS', 'ACCOUNT_LACKS_PERMISSIONS', 'ACCOUNT_NOT_AUTHORIZED_FOR_ENVELOPE'],
      summary: 'Docusign user or account lacks the permission for this call ({code})',
      fix: 'Give the API user a permission profile that allows this action, or have the account admin enable the setting; keep syncing other envelopes.',
    },
    {
      id: 'docusign/plan-item',
      category: 'plan',
      cause: '{code}',
      code: ['PLAN_ITEM_NOT_ENABLED'],
      summary: 'Docusign account plan does not include this feature ({code})',
      fix: 'Have the account owner add the feature to the Docusign plan, or stop using it in the sync; retrying fails the same way.',
    },
    {
      id: 'docusign/rate-limit',
      category: 'transient',
      cause: '{code}',
      code: ['HOURLY_APIINVOCATION_LIMIT_EXCEEDED', 'BURST_APIINVOCATION_LIMIT_EXCEEDED', 'HOURLY_ENVELOPE_POLLING_LIMIT_EXCEEDED'],
      summary: 'Docusign API call limit reached ({code})',
      fix: 'Retry after X-RateLimit-Reset (the hourly limit resets on the hour); poll less (use Connect webhooks), or raise the account limit in the API Usage Center.',
    },
    {
      id: 'docusign/rate-limit-text',
      category: 'transient',
      cause: 'hourly API limit',
      message: /maximum number of hourly API invocations has been exceeded/i,
      summary: 'Docusign hourly API call limit reached',
      fix: 'Retry after X-RateLimit-Reset (the hourly limit resets on the hour); poll less (use Connect webhooks), or raise the account limit in the API Usage Center.',
    },
    {
      id: 'docusign/invalid-request',
      category: 'validation',
      cause: '{code}',
      code: [
        'INVALID_REQUEST_PARAMETER',
        'INVALID_REQUEST_BODY',
        'ENVELOPE_DOES_NOT_EXIST',
        'DOCUMENT_DOES_NOT_EXIST',
        'INVALID_EMAIL_ADDRESS_FOR_RECIPIENT',
        'UNKNOWN_ENVELOPE_RECIPIENT',
        'ANCHOR_TAG_PROCESSING_FAILURE',
      ],
      fieldFrom: /(?:Query parameter|property) '(\w+)'/,
      summary: 'Docusign rejected the request for this envelope ({code})',
      fix: 'Fix the mapped envelope data (recipient email, envelope / document id, parameters); retrying the same request fails again.',
    },
  ],
};
