import type { Provider } from './provider.js';

/**
 * Microsoft Graph: `{"error":{"code","message","innerError"}}`; code casing differs by workload
 * (Entra ID `Authorization_RequestDenied`, Exchange `ErrorAccessDenied`, OneDrive `accessDenied`).
 * 401 codes are auth; 403 codes are a missing application / delegated permission; 429 and 503
 * are throttling (honour Retry-After); `ErrorQuotaExceeded` is a full mailbox. OneDrive's drive
 * codes (`quotaLimitReached`, `activityLimitReached`) are OneDrive's (onedrive.ts). Entra ID's own
 * directory rejections of a value (duplicate `userPrincipalName`, bad `mailNickname`) are
 * `Request_BadRequest` and name the property in the message.
 * Dynamics 365 / Dataverse is its own provider (dataverse.ts): its Web API speaks hex codes; so is
 * the sign-in that issues Graph's tokens (azure-ad.ts, Microsoft Entra ID).
 * Sources: learn.microsoft.com/graph/errors, /graph/throttling, /graph/resolve-auth-errors;
 * Exchange REST error codes (MailboxNotEnabledForRESTAPI, ErrorServerBusy); real bodies in
 * msgraph-sdk-* issues.
 */
const G = ['microsoft-graph'];

export const provider: Provider = {
  name: 'microsoft-graph',
  display: 'Microsoft Graph',
  keys: { body: ['innerError'] },
  aliases: ['msgraph', 'microsoftgraph', 'outlook'],
  hints: [
    'graph\\.microsoft\\.com',
    'Microsoft\\.Graph',
    'msgraph',
    'msgraph-sdk',
    // Wrappers name it in brackets: `[MS Graph API] Access is denied.`
    'MS Graph',
    '@microsoft/microsoft-graph-client',
  ],
  rank: 80,
  links: {
    auth: 'https://learn.microsoft.com/en-us/graph/resolve-auth-errors',
    permissions: 'https://learn.microsoft.com/en-us/graph/permissions-reference',
    plan: 'https://learn.microsoft.com/en-us/graph/errors',
    validation: 'https://learn.microsoft.com/en-us/graph/errors',
    outage: 'https://status.cloud.microsoft',
    transient: 'https://learn.microsoft.com/en-us/graph/throttling',
  },
  rules: [
    {
      id: 'microsoft-graph/invalid-token',
      category: 'auth',
      cause: 'InvalidAuthenticationToken',
      code: ['InvalidAuthenticationToken', 'ExpiredAuthenticationToken', 'Authentication_ExpiredToken', 'Authentication_MissingOrMalformed', 'Authentication_Unauthorized'],
      summary: 'Microsoft Graph access token expired or invalid',
      fix: 'Reconnect the Microsoft account (refresh the token); pause the sync until then.',
    },
    // OneDrive's `unauthenticated` is also gRPC's canonical name and other SDKs' code (FreshBooks):
    // Graph's only on a line known to be Graph's.
    {
      id: 'microsoft-graph/unauthenticated',
      category: 'auth',
      cause: 'unauthenticated',
      code: ['unauthenticated'],
      destination: G,
      summary: 'Microsoft Graph access token expired or invalid',
      fix: 'Reconnect the Microsoft account (refresh the token); pause the sync until then.',
    },
    // The token is valid but names an app the tenant does not know (not consented, or deleted).
    {
      id: 'microsoft-graph/identity-not-found',
      category: 'auth',
      cause: 'Authorization_IdentityNotFound',
      code: ['Authorization_IdentityNotFound'],
      summary: 'Microsoft Graph cannot identify the calling application in this tenant',
      fix: 'Have a tenant admin consent to the app (or re-create the enterprise application); pause the sync until then.',
    },
    {
      id: 'microsoft-graph/request-denied',
      category: 'permissions',
      cause: '{code}',
      code: ['Authorization_RequestDenied', 'ErrorAccessDenied'],
      summary: 'Microsoft Graph app lacks a permission',
      fix: 'Grant the application permission (and admin consent) in Entra ID → App registrations.',
    },
    {
      id: 'microsoft-graph/access-denied',
      category: 'permissions',
      cause: 'accessDenied',
      code: ['accessDenied', 'Forbidden', 'AccessDenied'],
      destination: G,
      summary: 'Microsoft Graph app lacks a permission',
      fix: 'Grant the application permission (and admin consent) in Entra ID → App registrations.',
    },
    {
      id: 'microsoft-graph/throttled',
      category: 'transient',
      cause: 'TooManyRequests',
      code: ['TooManyRequests', 'ApplicationThrottled', 'throttledRequest', 'serviceNotAvailable'],
      summary: 'Microsoft Graph throttling',
      fix: 'Retry honouring Retry-After; lower concurrency.',
    },
    {
      id: 'microsoft-graph/server-busy',
      category: 'transient',
      cause: '{code}',
      code: ['generalException', 'ErrorServerBusy', 'ErrorInternalServerTransientError', 'ErrorTimeoutExpired', 'UnknownError'],
      destination: G,
      summary: 'Microsoft Graph server error (temporary)',
      fix: 'Retry with backoff; check the Microsoft 365 service health if it persists.',
    },
    // 412: the ETag sent with the write no longer matches; re-read and write again.
    {
      id: 'microsoft-graph/resource-modified',
      category: 'transient',
      cause: 'resourceModified',
      code: ['resourceModified'],
      summary: 'Microsoft Graph resource changed since it was read (ETag mismatch)',
      fix: 'Re-read the item and retry with its new ETag; serialise writes to the same item.',
    },
    // A mailbox over its quota (Exchange). A drive's quotaLimitReached is OneDrive's (onedrive.ts).
    {
      id: 'microsoft-graph/quota',
      category: 'plan',
      cause: 'ErrorQuotaExceeded',
      code: ['ErrorQuotaExceeded'],
      summary: 'Microsoft 365 mailbox quota reached',
      fix: 'Free mailbox storage or raise the mailbox quota; writes to it fail until then.',
    },
    // A user with no Exchange Online mailbox (unlicensed, on-premises or soft-deleted): that
    // record fails, the others go through.
    {
      id: 'microsoft-graph/mailbox-not-enabled',
      category: 'validation',
      cause: 'MailboxNotEnabledForRESTAPI',
      code: ['MailboxNotEnabledForRESTAPI', 'MailboxNotSupportedForRESTAPI', 'ErrorMailboxStoreUnavailable'],
      summary: 'User has no Exchange Online mailbox (unlicensed, on-premises or soft-deleted)',
      fix: 'Assign the user an Exchange Online licence, or leave users without a cloud mailbox out of the sync.',
    },
    // Entra ID: "Another object with the same value for property userPrincipalName already exists."
    {
      id: 'microsoft-graph/duplicate-property',
      category: 'validation',
      cause: 'duplicate property value',
      code: ['Request_BadRequest'],
      message: /Another object with the same value for property \w+ already exists/i,
      fieldFrom: /same value for property (\w+)/i,
      summary: 'Another directory object already has this `{field}`',
      fix: 'Match the existing object instead of creating one, or make `{field}` unique at the source.',
    },
    {
      id: 'microsoft-graph/bad-request',
      category: 'validation',
      cause: 'Request_BadRequest',
      code: ['Request_BadRequest', 'invalidRequest', 'Request_ResourceNotFound', 'itemNotFound', 'ErrorItemNotFound', 'nameAlreadyExists', 'ErrorInvalidProperty', 'ErrorInvalidIdMalformed', 'Request_UnsupportedQuery', 'InvalidValue'],
      fieldFrom: /for property '(\w+)'|property '(\w+)' (?:of|on|does not)/i,
      summary: 'Microsoft Graph rejected the request data',
      fix: 'Fix the value named by the message (property / target).',
    },
    {
      id: 'microsoft-graph/throttled-message',
      category: 'transient',
      cause: 'ApplicationThrottled',
      message: /is over its MailboxConcurrency limit|ApplicationThrottled/,
      summary: 'Microsoft Graph throttling',
      fix: 'Retry honouring Retry-After; lower concurrency.',
    },
  ],
};
