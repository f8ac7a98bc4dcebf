import type { Provider } from './provider.js';

/**
 * Adobe User Management API (UMAPI, `usermanagement.adobe.io/v2/usermanagement/…`, org ids spelt
 * `<24 hex>@AdobeOrg`), called by the Python `umapi-client` and Adobe's User Sync Tool (logger
 * names `umapi`, `umapi.action`). Tokens come from Adobe IMS (`ims-na1.adobelogin.com`). What the
 * errors look like:
 * - 401: invalid or expired token, or an invalid org (WWW-Authenticate `error="invalid_token"`), or
 *   the JSON `{"result":"error.unauthorized","message":"Failed to authenticate provided token"}`
 *   (raised before UMAPI runs): auth. `error.apikey.invalid` (the org's API key header): auth.
 * - 403 with an empty body: missing API key, the key not permitted, or the org migrating: the
 *   integration lacks access to the org: permissions. Codes that say the user or group is owned by
 *   another org (`error.user.belongs_to_another_org`, `error.api.user.not.parent.org`,
 *   `error.domain.trust.nonexistent`, `error.usergroup.readonly.*`): permissions.
 * - 429 (per-client limits) and 503 (global limits) with Retry-After; the body `{"error_code":
 *   "429050","message":"Too many requests"}`. umapi-client logs "UMAPI timeout...service
 *   unavailable (code 429 on try 1)" and gives up with `UnavailableError` "Server unavailable: Made
 *   N attempts over S seconds"; `error.throttled_by_external_service` and
 *   `error.organization.migrating` clear by themselves: transient.
 * - Action results carry per-command errors, `{"errorCode":"error.user.nonexistent","message":…}`;
 *   user-sync prints them `code: "error.user.not_found" message: "…"`. The error.user.*,
 *   error.command.*, error.group.*, error.usergroup.*, error.country.*, error.update.* and plc.*
 *   codes are about the record or the command: validation.
 * Sources: adobe-apiplatform.github.io/umapi-documentation/en/api/ErrorRef.html (repository
 * adobe-apiplatform/umapi-documentation docs/en/api/ErrorRef.md, partials/unauthorized.md,
 * forbidden.md, throttling.md, notFound.md, ActionsRef.md); umapi-client.py umapi_client/error.py
 * and connection.py (retry log wording); user-sync.py issues #412, #461, #462, #692 and
 * umapi-documentation issue #31 (error.unauthorized).
 */
const A = ['adobe'];

export const provider: Provider = {
  name: 'adobe',
  display: 'Adobe User Management',
  aliases: ['umapi', 'adobeusermanagement', 'adobeadminconsole'],
  hints: [
    'usermanagement\\.adobe\\.io',
    '[\\w-]+\\.adobelogin\\.com',
    '[0-9A-F]{24}@AdobeOrg',
    'umapi[_-]client',
    'umapi_client(?:\\.\\w+)*',
    'umapi(?:\\.action)?',
    'user_sync(?:\\.\\w+)+',
    'user-sync\\.(?:pex|py)',
  ],
  links: {
    auth: 'https://adobe-apiplatform.github.io/umapi-documentation/en/UM_Authentication.html',
    permissions: 'https://adminconsole.adobe.com',
    validation: 'https://adobe-apiplatform.github.io/umapi-documentation/en/api/ErrorRef.html',
    transient: 'https://adobe-apiplatform.github.io/umapi-documentation/en/throttle.html',
    outage: 'https://status.adobe.com',
  },
  rules: [
    {
      id: 'adobe/token-rejected',
      category: 'auth',
      cause: 'token rejected',
      message: /Failed to authenticate provided token|\berror\.(?:unauthorized|apikey\.invalid)\b/i,
      summary: 'Adobe rejected the UMAPI access token or API key',
      fix: 'Create new credentials for the integration in the Adobe Developer Console (OAuth server-to-server) and update the connection; pause the sync until then.',
    },
    {
      id: 'adobe/ims-token',
      category: 'auth',
      cause: 'IMS token exchange failed',
      message: /Failed to exchange token|access token is invalid|invalid_token|invalid_client|token (?:is )?expired/i,
      destination: A,
      summary: 'Adobe IMS would not issue or accept the access token',
      fix: 'Check the client id, secret (or JWT key) and org id of the integration; an expired or revoked credential must be regenerated in the Developer Console.',
    },
    {
      id: 'adobe/other-org',
      category: 'permissions',
      cause: '{code}',
      message: /\berror\.(?:user\.belongs_to_another_org|api\.user\.not\.parent\.org|domain\.trust\.nonexistent|usergroup\.readonly\.[\w.]+)\b/i,
      summary: 'Adobe user or group is owned by another organization (read-only here)',
      fix: 'Manage this user or group from the org that owns it (or its domain trust); skip it in this sync.',
    },
    {
      id: 'adobe/forbidden',
      category: 'permissions',
      cause: 'HTTP 403',
      status: [403],
      destination: A,
      summary: 'Adobe refused the integration access to the organization (403)',
      fix: 'Check the integration has the User Management API added for this org and an admin role there; a migrating org refuses changes until the migration ends.',
    },
    {
      id: 'adobe/throttled',
      category: 'transient',
      cause: 'UMAPI throttled',
      message: /UMAPI timeout\.\.\.\s*service unavailable|Server unavailable: Made \d+ attempts|\berror\.(?:throttled_by_external_service|organization\.migrating)\b|\b429050\b/i,
      summary: 'Adobe UMAPI throttled or temporarily unavailable',
      fix: 'Retry after Retry-After with backoff; run the sync less often (Adobe suggests at most every two hours) and avoid overlapping runs.',
    },
    {
      id: 'adobe/command-error',
      category: 'validation',
      cause: 'UMAPI command rejected',
      message: /\b(?:error\.(?:user|command|group|usergroup|country|update|option|organization\.invalid_\w+)[\w.]*|plc\.(?:not_found|admin\.[\w.]+))\b/i,
      fieldFrom: /for field: (\w+)/,
      summary: 'Adobe rejected the command for this user or group',
      fix: 'Fix the user record or the group / product profile name the command names (it must exist in the Admin Console); retrying the same command fails again.',
    },
    {
      id: 'adobe/not-found',
      category: 'validation',
      cause: 'not found',
      message: /\bUser not found\b|\bNot found: Group\b|\bUser Id does not exist\b/i,
      destination: A,
      summary: 'Adobe user or group not found in the organization',
      fix: 'Re-resolve the user or group (deleted, renamed or in another org); keep syncing the rest.',
    },
  ],
};
