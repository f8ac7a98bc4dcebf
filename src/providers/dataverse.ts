import type { Provider } from './provider.js';

/**
 * Microsoft Dataverse (Dynamics 365 Sales / Customer Service, Power Apps): the Web API answers
 * OData errors `{"error":{"code":"0x80040220","message":"…"}}` whose code is the hex
 * `OrganizationServiceFault.ErrorCode`; .NET SDK faults carry the same numbers. The HTTP status
 * alone misleads: a plug-in rejection (0x80040265) and a missing privilege (0x80040220) can both
 * arrive wrapped as 400/500; service protection limits (0x80072322 requests, 0x80072321 execution
 * time, 0x80072326 concurrency) are 429s over a 5-minute sliding window, so transient.
 * Sources: learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes,
 * /api-limits (service protection error codes), /webapi/compose-http-requests-handle-errors;
 * Dual-write troubleshooting (0x80072560 "The user is not a member of the organization.");
 * real bodies in Dataverse client issues and SDK tests.
 */
const D = ['dataverse'];

const THROTTLING = ['0x80072322', '0x80072321', '0x80072326'];

export const provider: Provider = {
  name: 'dataverse',
  display: 'Dynamics 365 / Dataverse',
  aliases: ['dynamics', 'd365', 'commondataservice', 'powerappscds'],
  // Hosts (`org.crm.dynamics.com`, `org.api.crm4.dynamics.com`) and SDK / fault names. Not the bare
  // word "dataverse" (Harvard Dataverse is an unrelated research data platform).
  hints: [
    '[\\w-]+\\.(?:api\\.)?crm\\d*\\.dynamics\\.com',
    'Microsoft\\.Xrm\\.Sdk',
    // The Web API's OData type names (`on type 'Microsoft.Dynamics.CRM.lead'`).
    'Microsoft\\.Dynamics\\.CRM\\.\\w+',
    'Microsoft\\.Crm\\.Sdk',
    'Microsoft\\.PowerPlatform\\.Dataverse',
    'CrmServiceClient',
    'OrganizationServiceFault',
    'PowerApps\\.CDS',
  ],
  bodyKeys: ['@Microsoft.PowerApps.CDS.ErrorDetails.OperationStatus', '@Microsoft.PowerApps.CDS.TraceText', '@Microsoft.PowerApps.CDS.HelpLink', '@Microsoft.PowerApps.CDS.InnerError.Message'],
  rank: 85,
  links: {
    auth: 'https://learn.microsoft.com/en-us/power-apps/developer/data-platform/authentication',
    permissions: 'https://learn.microsoft.com/en-us/power-platform/admin/security-roles-privileges',
    plan: 'https://learn.microsoft.com/en-us/power-platform/admin/api-request-limits-allocations',
    validation: 'https://learn.microsoft.com/en-us/power-apps/developer/data-platform/reference/web-service-error-codes',
    outage: 'https://status.cloud.microsoft',
    transient: 'https://learn.microsoft.com/en-us/power-apps/developer/data-platform/api-limits',
  },
  rules: [
    // ------------------------------------------------------------ auth
    {
      id: 'dataverse/access-token-expired',
      category: 'auth',
      cause: '0x8005F101 AccessTokenExpired',
      code: ['0x8005F101'],
      summary: 'Dataverse access token expired or missing',
      fix: 'Reconnect the Dynamics 365 / Dataverse connection (refresh the Entra ID token); pause the sync until then.',
    },
    {
      id: 'dataverse/user-disabled',
      category: 'auth',
      cause: 'user disabled',
      code: ['0x80040225', '0x8004d24b', '0x80041d1f'],
      summary: 'The Dataverse user the sync signs in as is disabled or not enabled',
      fix: 'Enable the integration / application user in the environment (Power Platform admin center → Users) and give it a licence or role; pause the sync until then.',
    },
    // ------------------------------------------------------------ permissions
    {
      id: 'dataverse/privilege-denied',
      category: 'permissions',
      cause: '0x80040220 missing privilege',
      code: ['0x80040220', '0x80048306', '0x80048405'],
      fieldFrom: /missing (prv\w+) privilege/i,
      summary: 'Dataverse user lacks a privilege on this table',
      fix: 'Add the missing privilege (prvCreate/prvWrite/prvRead… on the table) to a security role of the sync’s application user.',
    },
    {
      id: 'dataverse/no-roles',
      category: 'permissions',
      cause: '0x80042f09 no roles',
      code: ['0x80042f09'],
      summary: 'Dataverse user has no security role',
      fix: 'Assign a security role to the sync’s application user in the environment.',
    },
    // Entra ID issued the token, but the app is not an application user of this environment.
    {
      id: 'dataverse/not-member',
      category: 'permissions',
      cause: '0x80072560 not a member of the organization',
      code: ['0x80072560'],
      summary: 'The app is not a user of this Dataverse environment',
      fix: 'Add the app registration as an application user with a security role (Power Platform admin center → Environment → Users → App users).',
    },
    // ------------------------------------------------------------ transient
    {
      id: 'dataverse/service-protection',
      category: 'transient',
      cause: 'service protection limit',
      code: THROTTLING,
      summary: 'Dataverse service protection limit (5-minute window)',
      fix: 'Retry after Retry-After; lower concurrency and batch size (limits: 6,000 requests, 20 min execution time, 52 concurrent per user per 5 min).',
    },
    {
      id: 'dataverse/app-lock-timeout',
      category: 'transient',
      cause: '0x8004Ed47 AppLockTimeout',
      code: ['0x8004Ed47'],
      summary: 'Dataverse lock timeout (concurrent operation)',
      fix: 'Retry with backoff; serialise writes that touch the same records.',
    },
    // ------------------------------------------------------------ validation
    {
      id: 'dataverse/duplicate',
      category: 'validation',
      cause: 'duplicate key',
      code: ['0x80040237', '0x80060892'],
      summary: 'Dataverse record with these key values already exists',
      fix: 'Upsert on the alternate key (PATCH …(key=value)) instead of creating, or dedupe the source.',
    },
    {
      id: 'dataverse/record-not-found',
      category: 'validation',
      cause: 'record not found',
      code: ['0x80060891', '0x80040217'],
      summary: 'Dataverse record does not exist (deleted, or wrong id / key)',
      fix: 'Re-resolve the record’s id or alternate key; create it instead of updating.',
    },
    {
      id: 'dataverse/payload',
      category: 'validation',
      cause: '0x80048d19 payload',
      code: ['0x80048d19'],
      fieldFrom: /property '([\w@.]+)' does not exist|undeclared property '([\w@.]+)'|literal '[^']*' to the expected type '[^']*' for '(\w+)'|Attribute '(\w+)' of entity/i,
      summary: 'Dataverse rejected the payload (unknown column or wrong type)',
      fix: 'Use the column’s logical name (lookups: the navigation property @odata.bind) and its type in the mapping.',
    },
    {
      id: 'dataverse/field-value',
      category: 'validation',
      cause: '{code}',
      code: ['0x80044331', '0x8004431A', '0x80040278', '0x80040203'],
      fieldFrom: /length of the '(\w+)' attribute|of '(\w+)' on record of type|'(\w+)' (?:attribute|field) (?:contains|is)/i,
      summary: 'Dataverse rejected the value of `{field}`',
      fix: 'Fix the value mapped to `{field}` (length, option set value or format; see the sample).',
    },
    // A plug-in or business rule on the table threw: the environment's own logic refused the record.
    {
      id: 'dataverse/plugin-rejected',
      category: 'validation',
      cause: '0x80040265 plug-in rejected',
      code: ['0x80040265'],
      summary: 'A Dataverse plug-in or business rule rejected the record',
      fix: 'Read the plug-in’s message in the sample; fix the record (or ask the environment’s owner about the rule), never retry as is.',
    },
    {
      id: 'dataverse/bad-request',
      category: 'validation',
      cause: '{code}',
      code: ['0x8006088a', '0x8004e023'],
      summary: 'Dataverse could not resolve the request (table, entity set or query)',
      fix: 'Check the table (entity set name) and query configured in the connection.',
    },
    // ------------------------------------------------------------ the same, in prose
    {
      id: 'dataverse/payload-message',
      category: 'validation',
      cause: '0x80048d19 payload',
      // OData's own sentences for a column the table does not have (Microsoft.OData.Core).
      message: /\bThe property '[\w@.]+' does not exist on type 'Microsoft\.Dynamics\.CRM\.\w+'|\bAn undeclared property '[\w@.]+' which only has property annotations\b/,
      fieldFrom: /property '([\w@.]+)' does not exist|undeclared property '([\w@.]+)'/i,
      destination: D,
      summary: 'Dataverse rejected the payload (unknown column or wrong type)',
      fix: 'Use the column’s logical name (lookups: the navigation property @odata.bind) and its type in the mapping.',
    },
    {
      id: 'dataverse/privilege-message',
      category: 'permissions',
      cause: '0x80040220 missing privilege',
      message: /\bis missing prv\w+ privilege\b|SecLib::AccessCheckEx failed/,
      fieldFrom: /missing (prv\w+) privilege/i,
      summary: 'Dataverse user lacks a privilege on this table',
      fix: 'Add the missing privilege (prvCreate/prvWrite/prvRead… on the table) to a security role of the sync’s application user.',
    },
    {
      id: 'dataverse/service-protection-message',
      category: 'transient',
      cause: 'service protection limit',
      message: /Number of (?:concurrent )?requests exceeded the limit of \d+|Combined execution time of incoming requests exceeded limit/i,
      summary: 'Dataverse service protection limit (5-minute window)',
      fix: 'Retry after Retry-After; lower concurrency and batch size (limits: 6,000 requests, 20 min execution time, 52 concurrent per user per 5 min).',
    },
    {
      id: 'dataverse/not-member-message',
      category: 'permissions',
      cause: '0x80072560 not a member of the organization',
      message: /The user is not a member of the organization/i,
      destination: D,
      summary: 'The app is not a user of this Dataverse environment',
      fix: 'Add the app registration as an application user with a security role (Power Platform admin center → Environment → Users → App users).',
    },
  ],
};
