import type { Provider } from './provider.js';

/**
 * Salesforce Marketing Cloud Engagement (ExactTarget): tenant hosts
 * `<subdomain>.auth.marketingcloudapis.com` (OAuth 2.0 `/v2/token`), `.rest.` and `.soap.`, the
 * legacy `auth.exacttargetapis.com` / `webservice.exacttarget.com`; SDKs FuelSDK (Python `ET_Client`,
 * C# `ETClient`, Node `fuel-auth` / `fuel-rest` / `fuel-soap`), `sfmc-sdk`.
 * - The token endpoint speaks OAuth: `{"error":"invalid_client","error_description":"Invalid client
 *   ID. Use the client ID in Marketing Cloud Installed Packages.","error_uri":…}`, `invalid_grant`,
 *   `unsupported_grant_type`: auth, named Marketing Cloud (not the CRM) by its host. The legacy
 *   `/v1/requestToken` answers `{"message":"Unauthorized","errorcode":1}` (FuelSDK: "Unable to
 *   validate App Keys(ClientID/ClientSecret) provided"), or errorcode 10007 for an enhanced package
 *   that must use `/v2/token`: auth.
 * - REST errors are `{"message","errorcode","documentation"}` (`errorcode` in lower case), with
 *   `additionalErrors[]` / `validationErrors[]` for an aggregate (10006). Documented custom codes:
 *   0 "Not Authorized" (401: token missing, invalid or expired): auth; 20000 / 20001 business rule
 *   not set / 20002 "Insufficient privileges" (403): permissions (the installed package's scopes or
 *   the business unit's role); 10000-10006 generic, data type, missing required field, format,
 *   invalid message, invalid value, aggregate (400): validation, the field named as "The value for
 *   column [Email] …" in the data-extension row errors; 50100 "Rate limit exceeded" and 50200
 *   "Your requests are temporarily blocked." (429, throttling that lifts): transient.
 * - Async data-extension upserts report SQL deadlocks under the generic row error code, always
 *   ending "Rerun the transaction.": transient, unlike the other row errors.
 * `errorcode` values are small integers other APIs use too: they decide only Marketing Cloud lines.
 * Sources: developer.salesforce.com/docs/marketing/marketing-cloud/guide/error-handling.html and
 * rate-limiting-errors.html; FuelSDK-Python #39, tap-exacttarget #35 (errorcode 1), FuelSDK-Node
 * #20 (10007), FuelSDK-Node-REST #104 (unsupported_grant_type), FiB3/ssjs-vsc sfmcErrors.md
 * (invalid_client, 10006 validationErrors); segmentio/action-destinations SFMC tests
 * (errorHandling.test.ts: 10001, 20002; rowset 10006) and PR #3967 (deadlock rows).
 */
const MC = ['marketing-cloud'];

export const provider: Provider = {
  name: 'marketing-cloud',
  display: 'Salesforce Marketing Cloud',
  aliases: ['marketingcloud', 'salesforcemarketingcloud', 'sfmc', 'exacttarget', 'marketingcloudengagement'],
  // Before salesforce (rank 20): "Salesforce Marketing Cloud" and its auth host are not the CRM's.
  hints: [
    'marketingcloudapis\\.com',
    'exacttarget(?:apis)?\\.com',
    'exacttarget',
    'salesforce[ _-]?marketing[ _-]?cloud',
    'marketing[ _-]?cloud[ _-]?engagement',
    'FuelSDK',
    'fuel-(?:auth|rest|soap)',
    'sfmc(?:-sdk)?',
    'ET_Client',
    'ETClient',
  ],
  rank: 15,
  keys: { code: ['errorcode'] },
  bodyKeys: ['errorcode', 'additionalErrors'],
  links: {
    auth: 'https://help.salesforce.com/s/articleView?id=sf.mc_app_installed_packages.htm',
    permissions: 'https://developer.salesforce.com/docs/marketing/marketing-cloud/guide/data-access-permissions.html',
    plan: 'https://developer.salesforce.com/docs/marketing/marketing-cloud/guide/rate-limiting-errors.html',
    validation: 'https://developer.salesforce.com/docs/marketing/marketing-cloud/guide/error-handling.html',
    transient: 'https://developer.salesforce.com/docs/marketing/marketing-cloud/guide/rate-limiting-errors.html',
    outage: 'https://status.salesforce.com',
  },
  rules: [
    {
      id: 'marketing-cloud/token-rejected',
      category: 'auth',
      cause: '{code}',
      code: ['invalid_client', 'invalid_grant', 'unauthorized_client', 'unsupported_grant_type', 'invalid_token'],
      destination: MC,
      summary: 'Marketing Cloud rejected the installed package credentials ({code})',
      fix: 'Check the client id / secret of the API Integration component (Setup → Installed Packages) and the tenant subdomain of the auth URL; pause the sync until then.',
    },
    {
      id: 'marketing-cloud/not-authorized',
      category: 'auth',
      cause: 'errorcode {code} not authorized',
      code: ['0', '1'],
      destination: MC,
      summary: 'Marketing Cloud access token missing, invalid or expired',
      fix: 'Request a new token from the tenant’s /v2/token endpoint (tokens last 20 minutes) and check the client id / secret; pause the sync until then.',
    },
    {
      id: 'marketing-cloud/app-keys',
      category: 'auth',
      cause: 'app keys rejected',
      message: /Unable to validate App Keys|not eligible to use the legacy \/v1\/requestToken endpoint/i,
      summary: 'Marketing Cloud rejected the app keys (or the package must use /v2/token)',
      fix: 'Use the enhanced package’s /v2/token endpoint with its client id / secret and tenant subdomain (FuelSDK: set the auth URL and useOAuth2Authentication); pause the sync until then.',
    },
    {
      id: 'marketing-cloud/insufficient-privileges',
      category: 'permissions',
      cause: 'errorcode {code}',
      code: ['20000', '20001', '20002'],
      destination: MC,
      summary: 'Marketing Cloud package or user lacks the privilege ({code})',
      fix: 'Grant the API Integration’s scopes for this object (Data Extensions read/write, Contacts…) and access to the business unit; keep syncing other objects.',
    },
    {
      id: 'marketing-cloud/rate-limit',
      category: 'transient',
      cause: 'errorcode {code} throttled',
      code: ['50100', '50200'],
      destination: MC,
      summary: 'Marketing Cloud throttled the REST API calls of the account',
      fix: 'Retry with backoff (honour Retry-After); batch rows (up to 50 per rowset call, or the async API) instead of one call per row.',
    },
    {
      id: 'marketing-cloud/deadlock',
      category: 'transient',
      cause: 'row deadlock',
      message: /deadlock(?:ed)?\b.{0,300}Rerun the transaction/i,
      destination: MC,
      summary: 'Marketing Cloud row write lost a database deadlock',
      fix: 'Retried; lower the number of parallel writes to the same data extension.',
    },
    {
      id: 'marketing-cloud/row-rejected',
      category: 'validation',
      cause: 'errorcode {code}',
      code: ['10006', '10000', '10001', '10002', '10003', '10004', '10005'],
      destination: MC,
      fieldFrom: /(?:column|field) \[([^\]]+)\]|Primary key '([^']+)'|^([\w ]{1,60}): The value for/i,
      summary: 'Marketing Cloud rejected the row ({code}, `{field}`)',
      fix: 'Fix the value for the column named (data type, length, email or phone format, primary key present) or the data extension’s schema; retrying the same row fails again.',
    },
    // A row error relayed as text (async upsert results, SOAP status messages).
    {
      id: 'marketing-cloud/row-rejected-text',
      category: 'validation',
      cause: 'row rejected',
      message: /The value for column \[[^\]]+\] is not|Unable to save rows for data extension|Primary key '[^']+' does not exist/i,
      fieldFrom: /(?:column|field) \[([^\]]+)\]|Primary key '([^']+)'/i,
      summary: 'Marketing Cloud rejected the data extension row (`{field}`)',
      fix: 'Fix the value for the column named (data type, length, email or phone format, primary key present) or the data extension’s schema; retrying the same row fails again.',
    },
  ],
};
