import type { Provider } from './provider.js';

/**
 * Salesforce Account Engagement, formerly Pardot (`pi.pardot.com`, demo / sandbox business units on
 * `pi.demo.pardot.com`), clients PyPardot / PyPardot4 (`PardotAPIError: Error #N: …`), ruby-pardot
 * (`Pardot::ResponseError`), pardot-java-client (`com.darksci.pardot.api.InvalidRequestException`).
 * Versions 3 and 4 answer HTTP 200 with `<rsp stat="fail"><err code="N">…</err></rsp>`, or in
 * JSON `{"@attributes":{"stat":"fail","version":1,"err_code":N},"err":"…"}`; version 5 answers
 * `{"code":N,"message":"…"}`, codes from the same published list. OAuth goes through
 * login.salesforce.com (the Salesforce pack and the OAuth rules decide the token endpoint's own
 * answers); the numeric codes decide only lines known to be Pardot's.
 * - 1 "Invalid API key or user key" (expired API key, 60 min), 15 "Login failed", 126 invalid
 *   authentication mechanism, 131 account locked after failed logins, 184 "access_token is
 *   invalid, unknown, or malformed", 201 the Salesforce user is not valid for the
 *   `Pardot-Business-Unit-Id` header: auth (reconnect / fix the business unit id).
 * - 46 "This API user lacks sufficient permissions", 49 "Access Denied" (also a wrong business
 *   unit, or credentials passed in the query string), 53 IP not allowlisted, 76 API access was
 *   disabled, 96 no access to the folder: permissions.
 * - 122 "Daily API rate limit met" (25,000 / 100,000 calls a day by edition, reset at the account's
 *   midnight), 164 daily import batch limit, 67 object count limit of the account: plan.
 * - 88 / 89 the account must use the other API version (its AMPSEA setting): filed with auth, a
 *   connection setting that fails every call until it is changed.
 * - 66 "You have exceeded your concurrent request limit" (five in flight): transient, not a quota.
 * - 3/4/9/14/24/… prospect and parameter errors; 4 "Invalid prospect email address" names the
 *   email; 9/54/99 duplicate email; 56/57 bad number / date for a field; 98 prospect not mailable;
 *   132 prospect archived; 150-154 v5 body errors; 10000 names the field in `param`: validation.
 * Sources: developer.salesforce.com/docs/marketing/pardot/guide/error-codes.html (formerly
 * github.com/pardot/api-docs docs/kb/error-codes-messages.md) and its "Rate Limits" section;
 * pardot/api-docs issues #181, #188, #215, #233 (49 and the business unit), #79 (code 4 on create),
 * #38 (JSON body with `@attributes`); ruby-pardot #26 and its http spec (184 body);
 * joshgeller/PyPardot #4; Crim/pardot-java-client #45.
 */
const P = ['pardot'];

export const provider: Provider = {
  name: 'pardot',
  display: 'Salesforce Account Engagement (Pardot)',
  aliases: ['pardot', 'salesforcepardot', 'accountengagement', 'salesforceaccountengagement', 'pardotb2bma'],
  // Before salesforce (rank 20): "Salesforce Pardot" names Pardot, not the CRM.
  hints: [
    'pi\\.(?:demo\\.)?pardot\\.com',
    'pardot',
    'pypardot4?',
    'ruby-pardot',
    'Pardot::\\w+',
    'PardotAPIError',
    'com\\.darksci\\.pardot(?:\\.\\w+)*',
    'salesforce[ _-]?(?:account[ _-]?engagement|pardot)',
    'Pardot-Business-Unit-Id',
  ],
  rank: 15,
  keys: { code: ['err_code'] },
  bodyKeys: ['err_code'],
  links: {
    auth: 'https://developer.salesforce.com/docs/marketing/pardot/guide/authentication.html',
    permissions: 'https://help.salesforce.com/s/articleView?id=sf.pardot_admin_user_roles_default.htm',
    plan: 'https://developer.salesforce.com/docs/marketing/pardot/guide/overview.html#rate-limits',
    validation: 'https://developer.salesforce.com/docs/marketing/pardot/guide/error-codes.html',
    transient: 'https://developer.salesforce.com/docs/marketing/pardot/guide/overview.html#rate-limits',
    outage: 'https://status.salesforce.com',
  },
  rules: [
    {
      id: 'pardot/auth',
      category: 'auth',
      cause: '{code} invalid credentials',
      code: ['1', '15', '126', '131', '184', '201'],
      destination: P,
      summary: 'Pardot rejected the API key, access token or login ({code})',
      fix: 'Reconnect Account Engagement: refresh the Salesforce OAuth token (pardot_api scope) and check the Pardot-Business-Unit-Id (0Uv…); for the legacy login, renew the API key. Pause the sync until then.',
    },
    // The clients print the wording without a code key: "PardotAPIError: Error #184: …",
    // "Pardot::ResponseError: Invalid API key or user key", or the raw XML `<err code="1">`.
    {
      id: 'pardot/auth-text',
      category: 'auth',
      cause: 'invalid credentials',
      message: /Invalid API key or user key|access_token is invalid, unknown, or malformed|<err code="(?:1|15|184)">|not valid for the Pardot Business Unit ID/i,
      summary: 'Pardot rejected the API key or access token',
      fix: 'Reconnect Account Engagement: refresh the Salesforce OAuth token (pardot_api scope) and check the Pardot-Business-Unit-Id; for the legacy login, renew the API key. Pause the sync until then.',
    },
    {
      id: 'pardot/permissions',
      category: 'permissions',
      cause: '{code} access denied',
      code: ['46', '49', '53', '76', '96'],
      destination: P,
      summary: 'Pardot API user lacks access ({code})',
      fix: 'Give the integration user a Pardot role with API access to this object (or the folder), allow the sync’s IP, and make sure the business unit id is the user’s; credentials must go in the Authorization header, not the query string.',
    },
    {
      id: 'pardot/daily-limit',
      category: 'plan',
      cause: '122 daily API limit',
      code: ['122', '164'],
      destination: P,
      summary: 'Pardot daily API call limit of the account used up',
      fix: 'Wait for the reset at midnight in the account’s time zone, use the Export / bulk APIs instead of per-record calls, or buy more API capacity.',
    },
    {
      id: 'pardot/daily-limit-text',
      category: 'plan',
      cause: '122 daily API limit',
      message: /Daily API rate limit met|Daily limit of import batches has been reached/i,
      summary: 'Pardot daily API call limit of the account used up',
      fix: 'Wait for the reset at midnight in the account’s time zone, use the Export / bulk APIs instead of per-record calls, or buy more API capacity.',
    },
    {
      id: 'pardot/account-limit',
      category: 'plan',
      cause: '67 object limit',
      code: ['67'],
      destination: P,
      summary: 'Pardot account holds the maximum number of this object type',
      fix: 'Archive or delete objects of this type, or raise the edition’s limit; creates fail until then.',
    },
    // 88 / 89: the account's "multiple prospects with the same email" (AMPSEA) setting fixes the API
    // version; every call of the other version fails until the connection is switched.
    {
      id: 'pardot/api-version',
      category: 'auth',
      cause: '{code} API version mismatch',
      code: ['88', '89'],
      destination: P,
      summary: 'Pardot account requires the other API version ({code})',
      fix: 'Switch the connection to API version 4 (accounts with multiple prospects per email) or 3 (the others); every call fails until then.',
    },
    {
      id: 'pardot/concurrency',
      category: 'transient',
      cause: '66 concurrent request limit',
      code: ['66'],
      destination: P,
      summary: 'Pardot concurrent request limit (5 in flight)',
      fix: 'Retry with backoff; run at most five requests at a time against the business unit.',
    },
    {
      id: 'pardot/concurrency-text',
      category: 'transient',
      cause: '66 concurrent request limit',
      message: /exceeded your concurrent request limit/i,
      destination: P,
      summary: 'Pardot concurrent request limit (5 in flight)',
      fix: 'Retry with backoff; run at most five requests at a time against the business unit.',
    },
    {
      id: 'pardot/prospect-email',
      category: 'validation',
      cause: '4 invalid prospect email',
      code: ['4'],
      destination: P,
      fieldFrom: /(email)/i,
      summary: 'Pardot rejected the prospect email (invalid, over 255 characters, or no such prospect)',
      fix: 'Fix the mapped email (syntax, length); on update/delete the prospect with that email must exist.',
    },
    {
      id: 'pardot/prospect-email-text',
      category: 'validation',
      cause: '4 invalid prospect email',
      message: /Invalid prospect email address/i,
      fieldFrom: /(email)/i,
      summary: 'Pardot rejected the prospect email (invalid, over 255 characters, or no such prospect)',
      fix: 'Fix the mapped email (syntax, length); on update/delete the prospect with that email must exist.',
    },
    {
      id: 'pardot/duplicate',
      category: 'validation',
      cause: '{code} duplicate',
      code: ['9', '54', '58', '99'],
      destination: P,
      summary: 'Pardot record already exists ({code})',
      fix: 'Upsert by email (or update the existing prospect / list membership) instead of creating it again.',
    },
    {
      id: 'pardot/invalid-request',
      category: 'validation',
      cause: '{code}',
      code: [
        '2', '3', '5', '6', '7', '8', '10', '11', '12', '13', '14', '16', '17', '19', '20', '21', '22', '23', '24',
        '35', '36', '38', '39', '40', '42', '44', '45', '50', '51', '52', '55', '56', '57', '61', '63', '64', '65',
        '70', '71', '77', '79', '80', '81', '85', '86', '90', '91', '92', '98', '109', '130', '132', '137', '138',
        '139', '150', '152', '153', '154', '166', '10000',
      ],
      destination: P,
      fieldFrom: /(?:for|entered for) field:? ?([\w.]+)|Parameter (\w+) must be|value specified for (\w+)|Invalid (email|timestamp|visitor ID|campaign ID|list ID|user ID)\b/i,
      summary: 'Pardot rejected the request for this record ({code})',
      fix: 'Fix the mapped value the error names (ids must exist in the business unit, numbers and dates must parse); retrying the same request fails again.',
    },
    {
      id: 'pardot/crm-connector',
      category: 'validation',
      cause: '{code} CRM connector',
      code: ['37', '59', '83', '103', '121'],
      destination: P,
      summary: 'Pardot refuses the write because of its Salesforce connector ({code})',
      fix: 'With the Salesforce connector on, opportunities and prospect accounts are edited in Salesforce: write them there, or verify the connector.',
    },
  ],
};
