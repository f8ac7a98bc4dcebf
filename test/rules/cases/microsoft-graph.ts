import type { RuleCase } from '../rule-tester.js';

/**
 * Microsoft Graph (Entra ID, Exchange, OneDrive / SharePoint workloads). `{"error":{"code","message",
 * "innerError"}}`. Codes per learn.microsoft.com/graph/errors and /graph/throttling;
 * Authorization_IdentityNotFound per /graph/resolve-auth-errors; Exchange MailboxNotEnabledForRESTAPI
 * and ErrorServerBusy from Exchange REST error codes; Entra duplicate-property wording from real
 * bodies in msgraph-sdk issues.
 */
const j = (o: unknown): string => JSON.stringify(o);
const inner = { date: '2026-03-05T11:00:00', 'request-id': '4b1a6c1e-2f9d-4a61-9a3e-8f7f1e2d3c4b', 'client-request-id': '4b1a6c1e-2f9d-4a61-9a3e-8f7f1e2d3c4b' };

export const microsoftGraphCases: RuleCase[] = [
  {
    line: j({ level: 'error', msg: 'delta sync failed', url: 'https://graph.microsoft.com/v1.0/me/drive/root/delta', status: 401, body: { error: { code: 'unauthenticated', message: 'Unauthenticated', innerError: inner } } }),
    category: 'auth',
    destination: 'microsoft-graph',
    rule: 'microsoft-graph/unauthenticated',
    note: 'OneDrive / Graph error code unauthenticated (learn.microsoft.com/onedrive/developer/rest-api/concepts/errors) on a Graph call',
  },
  {
    line: '{ name: "Get Identity", message: "This action requires authentication to continue", code: "unauthenticated" }',
    category: 'auth',
    destination: null,
    note: "another SDK's unauthenticated code (a JavaScript object literal): no Graph, no Google",
  },
  {
    line: j({
      ts: '2026-03-05T11:00:00Z',
      level: 'error',
      destination: 'ms_graph',
      record_id: 'user_ed',
      status: 401,
      error: { code: 'Authorization_IdentityNotFound', message: 'The identity of the calling application could not be established.', innerError: inner },
    }),
    category: 'auth',
    cause: 'Authorization_IdentityNotFound',
    rule: 'microsoft-graph/identity-not-found',
    note: 'app not known to the tenant (no admin consent): auth',
  },
  {
    line: j({ ts: '2026-03-05T11:00:05Z', level: 'error', destination: 'ms_graph', record_id: 'grp_1', status: 401, error: { code: 'Authentication_ExpiredToken', message: 'Your access token has expired. Please renew it before submitting the request.' } }),
    category: 'auth',
    rule: 'microsoft-graph/invalid-token',
    note: 'directory-style expired token code: auth',
  },
  {
    line: j({ ts: '2026-03-05T11:00:10Z', level: 'error', destination: 'onedrive', record_id: 'file_31', status: 403, error: { code: 'accessDenied', message: 'Access denied', innerError: inner } }),
    category: 'permissions',
    destination: 'onedrive',
    rule: 'microsoft-graph/access-denied',
    note: 'OneDrive accessDenied: Graph’s rule decides OneDrive’s lines (ruledBy), the destination stays OneDrive',
  },
  {
    line: 'ts=2026-03-05T11:00:20Z level=warn dest=outlook record_id=msg_90 msg="Application is over its MailboxConcurrency limit."',
    category: 'transient',
    rule: 'microsoft-graph/throttled-message',
    note: 'Exchange concurrency wording with no code: throttling',
  },
  {
    line: j({ ts: '2026-03-05T11:00:30Z', level: 'error', destination: 'ms_graph', record_id: 'evt_4', status: 503, error: { code: 'ErrorServerBusy', message: 'The server cannot service this request right now. Try again later.' } }),
    category: 'transient',
    cause: 'ErrorServerBusy',
    rule: 'microsoft-graph/server-busy',
    note: 'Exchange ErrorServerBusy: transient',
  },
  {
    line: j({ ts: '2026-03-05T11:00:40Z', level: 'error', destination: 'ms_graph', record_id: 'item_7', status: 412, error: { code: 'resourceModified', message: 'ETag does not match current item\'s value', innerError: inner } }),
    category: 'transient',
    rule: 'microsoft-graph/resource-modified',
    note: '412 resourceModified (ETag mismatch): re-read and retry',
  },
  {
    line: j({
      ts: '2026-03-05T11:00:50Z',
      level: 'error',
      destination: 'ms_graph',
      record_id: 'user_fay',
      status: 404,
      error: { code: 'MailboxNotEnabledForRESTAPI', message: 'The mailbox is either inactive, soft-deleted, or is hosted on-premise.', innerError: inner },
    }),
    category: 'validation',
    rule: 'microsoft-graph/mailbox-not-enabled',
    note: 'one user without an Exchange Online mailbox: record-level, not auth',
  },
  {
    line: j({
      ts: '2026-03-05T11:01:00Z',
      level: 'error',
      destination: 'ms_graph',
      record_id: 'user_gil',
      status: 400,
      error: { code: 'Request_BadRequest', message: 'Another object with the same value for property userPrincipalName already exists.', innerError: inner },
    }),
    category: 'validation',
    field: 'userPrincipalName',
    rule: 'microsoft-graph/duplicate-property',
    note: 'Entra duplicate UPN: validation on userPrincipalName',
  },
  {
    line: j({ ts: '2026-03-05T11:01:10Z', level: 'error', destination: 'ms_graph', record_id: 'user_hal', status: 400, error: { code: 'Request_BadRequest', message: "Invalid value specified for property 'usageLocation' of resource 'User'." } }),
    category: 'validation',
    field: 'usageLocation',
    rule: 'microsoft-graph/bad-request',
    note: 'Request_BadRequest without details[]: the field from the message',
  },
  {
    line: j({ ts: '2026-03-05T11:01:15Z', level: 'error', destination: 'ms_graph', record_id: 'grp_9', status: 403, error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.', innerError: inner } }),
    category: 'permissions',
    rule: 'microsoft-graph/request-denied',
    note: 'Authorization_RequestDenied: application permission missing',
  },
  {
    line: j({ ts: '2026-03-05T11:01:16Z', level: 'warn', destination: 'ms_graph', record_id: 'wb_4', status: 429, error: { code: 'TooManyRequests', message: 'Too many requests', innerError: inner } }),
    category: 'transient',
    rule: 'microsoft-graph/throttled',
    note: '429 TooManyRequests: throttling',
  },
  {
    line: j({ ts: '2026-03-05T11:01:17Z', level: 'error', destination: 'onedrive', record_id: 'file_40', status: 507, error: { code: 'quotaLimitReached', message: 'Insufficient Space Available' } }),
    category: 'plan',
    destination: 'onedrive',
    rule: 'onedrive/quota',
    note: '507 quotaLimitReached: the drive’s storage cap',
  },
  {
    line: j({ ts: '2026-03-05T11:01:18Z', level: 'error', destination: 'outlook', record_id: 'msg_12', error: { code: 'ErrorQuotaExceeded', message: 'The mailbox quota has been exceeded.' } }),
    category: 'plan',
    destination: 'microsoft-graph',
    rule: 'microsoft-graph/quota',
    note: 'Exchange’s ErrorQuotaExceeded (EWS ResponseCodeType: the mailbox is over its quota)',
  },
  // ---------------------------------------------------------------- near misses
  {
    line: j({ ts: '2026-03-05T11:01:20Z', level: 'error', destination: 'dropbox', status: 403, error: { code: 'AccessDenied', message: 'Access denied' } }),
    category: 'permissions',
    destination: 'dropbox',
    note: 'near miss: AccessDenied on another provider is not Graph’s',
  },
  {
    line: j({ ts: '2026-03-05T11:01:30Z', level: 'error', destination: 'ms_graph', record_id: 'user_ivy', status: 400, error: { code: 'Request_BadRequest', message: 'Property netId is read-only and cannot be set.' } }),
    category: 'validation',
    rule: 'microsoft-graph/bad-request',
    note: 'near miss for duplicate-property: a Request_BadRequest that is no duplicate',
  },
  {
    line: '2026/07/01 09:00:00 Failed to sync with 3 errors: last error was: quotaLimitReached: Insufficient Space Available',
    category: 'plan',
    destination: 'onedrive',
    rule: 'onedrive/quota-message',
    note: 'the code in prose, as rclone prints it',
  },
  {
    line: "level=warn msg=\"send failed\" error=\"[MS Graph API] Access is denied. Check credentials and try again. (code=ErrorAccessDenied, message='Access is denied.')\"",
    category: 'permissions',
    destination: 'microsoft-graph',
    rule: 'microsoft-graph/request-denied',
    note: 'a Go wrapper’s `(code=…, message=…)` and its bracketed API name; Exchange mail access denied to the app',
  },
];
