import type { RuleCase } from '../rule-tester.js';

/**
 * Dropbox API v2: `error_summary` names the cause as a slash path, whatever the status.
 * Sources: dropbox.com/developers/documentation/http/documentation (Errors: AuthError,
 * AccessError, WriteError, RateLimitReason; files/upload, files/list_folder error unions).
 */
const j = (o: unknown): string => JSON.stringify(o);

export const dropboxCases: RuleCase[] = [
  {
    line: j({ level: 'error', status: 401, url: 'https://api.dropboxapi.com/2/files/list_folder', body: { error_summary: 'expired_access_token/', error: { '.tag': 'expired_access_token' } } }),
    category: 'auth',
    destination: 'dropbox',
    rule: 'dropbox/token',
    note: 'AuthError expired_access_token: reconnect',
  },
  {
    line: 'ERROR POST https://content.dropboxapi.com/2/files/upload -> 401 {"error_summary": "missing_scope/..", "error": {".tag": "missing_scope", "required_scope": "files.content.write"}}',
    category: 'permissions',
    destination: 'dropbox',
    rule: 'dropbox/scope',
    note: 'AuthError missing_scope: the app lacks files.content.write',
  },
  {
    line: j({ level: 'error', destination: 'dropbox', status: 409, body: { error_summary: 'path/no_write_permission/.', error: { '.tag': 'path', reason: { '.tag': 'no_write_permission' } } } }),
    category: 'permissions',
    rule: 'dropbox/access',
    note: 'WriteError no_write_permission on a shared folder the user may only view',
  },
  {
    line: j({ level: 'error', destination: 'dropbox', status: 409, body: { error_summary: 'path/insufficient_space/...', error: { '.tag': 'path', reason: { '.tag': 'insufficient_space' } } } }),
    category: 'plan',
    rule: 'dropbox/space',
    note: 'WriteError insufficient_space: the account is full',
  },
  {
    line: j({ level: 'error', destination: 'dropbox', status: 409, body: { error_summary: 'path/not_found/..', error: { '.tag': 'path', path: { '.tag': 'not_found' } } } }),
    category: 'validation',
    rule: 'dropbox/path',
    note: 'LookupError not_found on files/list_folder',
  },
  {
    line: j({ level: 'error', destination: 'dropbox', status: 429, body: { error_summary: 'too_many_write_operations/..', error: { reason: { '.tag': 'too_many_write_operations' }, retry_after: 1 } } }),
    category: 'transient',
    rule: 'dropbox/rate-limit',
    note: 'RateLimitReason too_many_write_operations: namespace lock contention',
  },
  {
    line: 'dropbox.exceptions.ApiError: ApiError(\'a1b2\', UploadError(\'path\', UploadWriteFailed(reason=WriteError(\'insufficient_space\', None))))',
    category: 'plan',
    destination: 'dropbox',
    rule: 'dropbox/space',
    note: 'the Python SDK’s repr of the same write error',
  },
  {
    line: 'sync.js:88 response body: "{\\"error_summary\\": \\"expired_access_token/..\\", \\"error\\": {\\".tag\\": \\"expired_access_token\\"}}" status: 401',
    category: 'auth',
    destination: 'dropbox',
    rule: 'dropbox/token',
    note: 'a browser console’s dump of the response object: the body printed as a JSON string',
  },
  {
    line: '2025/06/02 11:40:07 ERROR : reports/q2.csv: Failed to copy: upload failed: too_many_write_operations/...',
    category: 'transient',
    destination: 'dropbox',
    rule: 'dropbox/rate-limit-summary',
    note: 'the error_summary form names Dropbox on a line that does not',
  },
  {
    line: 'ERROR upload failed: too_many_requests limit reached for the export queue',
    category: 'transient',
    destination: null,
    rule: 'http/rate-limit-message',
    note: 'without the summary slash the words are anyone’s',
  },
];
