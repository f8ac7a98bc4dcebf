import type { Provider } from './provider.js';

/**
 * Dropbox API v2 (`api.dropboxapi.com`, `content.dropboxapi.com`; SDKs `dropbox` for Python and
 * JavaScript, `Dropbox.Api` for .NET, Perl's `WebService::Dropbox`). An error is
 * `{"error_summary": "path/not_found/..", "error": {".tag": "path", …}}`: the summary's slash
 * path names the cause, whatever the HTTP status (400, 401, 403, 409, 429):
 * - 401 `invalid_access_token`, `expired_access_token`, `user_suspended`: auth.
 * - 401 `missing_scope` (the app lacks the scope, `required_scope` names it), 403
 *   `no_permission` / `access_error`, write paths `no_write_permission`: permissions.
 * - `insufficient_space` (the account is full), `insufficient_quota`: plan.
 * - 409 `path/not_found`, `malformed_path`, `conflict`, `disallowed_name`: validation.
 * - 429 `too_many_requests`, `too_many_write_operations` (namespace lock contention): transient.
 * Sources: dropbox.com/developers/documentation/http/documentation (Errors; AuthError, AccessError,
 * WriteError, RateLimitReason); the v1 API's 507 OverQuota.
 */
const D = ['dropbox'];

export const provider: Provider = {
  name: 'dropbox',
  display: 'Dropbox',
  // A 400's plain-text body starts `Error in call to API function "files/…": …`.
  hints: ['api\\.dropboxapi\\.com', 'content\\.dropboxapi\\.com', 'dropbox', 'Error in call to API function'],
  keys: { message: ['error_summary'] },
  bodyKeys: ['error_summary'],
  links: {
    auth: 'https://www.dropbox.com/developers/apps',
    permissions: 'https://www.dropbox.com/developers/reference/oauth-guide',
    plan: 'https://www.dropbox.com/plans',
    validation: 'https://www.dropbox.com/developers/documentation/http/documentation',
    outage: 'https://status.dropbox.com',
    transient: 'https://status.dropbox.com',
  },
  rules: [
    {
      id: 'dropbox/token',
      category: 'auth',
      cause: 'access token invalid or expired',
      message: /\b(?:invalid_access_token|expired_access_token|user_suspended|invalid_select_user|invalid_select_admin)\b/,
      destination: D,
      summary: 'Dropbox access token invalid, expired or its user suspended',
      fix: 'Reconnect the Dropbox account (a new refresh token); pause the sync until then.',
    },
    {
      id: 'dropbox/scope',
      category: 'permissions',
      cause: 'missing_scope',
      message: /\bmissing_scope\b/,
      destination: D,
      summary: 'Dropbox app lacks a scope the call needs',
      fix: 'Enable the scope (required_scope in the body) on the app’s Permissions tab, then reconnect so the token carries it.',
    },
    {
      id: 'dropbox/access',
      category: 'permissions',
      cause: 'no permission',
      message: /\b(?:no_permission|no_write_permission|access_error|paper_access_denied|team_folder|disallowed_shared_link_policy)\b/,
      destination: D,
      summary: 'Dropbox user may not write or read this path',
      fix: 'Share the folder with the connected user (with edit rights) or point the sync at a path it owns.',
    },
    {
      id: 'dropbox/space',
      category: 'plan',
      cause: 'insufficient_space',
      message: /\binsufficient_(?:space|quota)\b|Exception_OverQuota|storage quota limit/,
      destination: D,
      summary: 'Dropbox account is out of space',
      fix: 'Free space or upgrade the Dropbox plan; writes fail until then.',
    },
    {
      id: 'dropbox/path',
      category: 'validation',
      cause: 'path error',
      message: /\bpath(?:_lookup)?\/(?:not_found|malformed_path|conflict|disallowed_name|not_file|not_folder)\b/,
      destination: D,
      summary: 'Dropbox path not found or not usable',
      fix: 'Fix the path in the connection or the mapping (it was moved, renamed or has characters Dropbox refuses).',
    },
    {
      id: 'dropbox/rate-limit',
      category: 'transient',
      cause: 'too many requests',
      message: /\btoo_many_(?:requests|write_operations)\b/,
      destination: D,
      summary: 'Dropbox rate limit or namespace write lock',
      fix: 'Retry with backoff (honour Retry-After); batch uploads (upload_session/finish_batch) to take the namespace lock less often.',
    },
    {
      // The error_summary's own form (`too_many_requests/..`), which only Dropbox writes: it names
      // Dropbox on a line that does not (rclone's pacer: `low level retry 3/10 (error too_many_requests/.)`).
      id: 'dropbox/rate-limit-summary',
      category: 'transient',
      cause: 'too many requests',
      message: /\btoo_many_(?:requests|write_operations)\/\.*(?=[\s)"',]|$)/,
      summary: 'Dropbox rate limit or namespace write lock',
      fix: 'Retry with backoff (honour Retry-After); batch uploads (upload_session/finish_batch) to take the namespace lock less often.',
    },
  ],
};
