import type { Provider } from './provider.js';

/**
 * ClickUp API (`api.clickup.com/api/v2`, v3). Errors are `{"err":"Team not authorized",
 * "ECODE":"OAUTH_027"}` with a 401 for the OAUTH_* family. ClickUp's common-errors page groups them:
 * - "Team not authorized" OAUTH_023, OAUTH_026, OAUTH_027, OAUTH_029…OAUTH_045: the token is valid
 *   but the user did not authorize this Workspace (team) for it — or the id belongs to a Workspace
 *   the token cannot reach: permissions, not auth (re-authorizing with that Workspace ticked fixes it).
 * - "Token not found" OAUTH_019, OAUTH_021, OAUTH_025, OAUTH_077 (and "Oauth token not found"
 *   OAUTH_018 seen in real bodies): the user revoked the token: auth. OAUTH_017 "Authorization
 *   header required": no token was sent: auth.
 * - 429: rate limited per token (100 requests per minute on Free Forever…): transient.
 * - Field-level errors such as `{"err":"Value must be an option index or uuid","ECODE":"FIELD_011"}`
 *   and "Task not found" style 400/404s: validation.
 * Clients: `clickupython` (`ClickupClientError: (401) Team not authorized`), Singer / Airbyte
 * `tap-clickup` / `source-clickup`.
 * Sources: developer.clickup.com/docs/common_errors, developer.clickup.com/docs/rate-limits; real
 * bodies in n8n-io/n8n #28584 (OAUTH_023), Imzachjohnson/clickupython #63, raycast/extensions
 * #23964 (OAUTH_018).
 */
const C = ['clickup'];

const TEAM_NOT_AUTHORIZED = ['OAUTH_023', 'OAUTH_026', 'OAUTH_027', ...Array.from({ length: 17 }, (_, i) => `OAUTH_0${29 + i}`)];

export const provider: Provider = {
  name: 'clickup',
  display: 'ClickUp',
  hints: ['clickup', 'api\\.clickup\\.com', 'app\\.clickup\\.com', 'clickupython', 'Clickup\\w*Error'],
  keys: { code: ['ECODE'] },
  bodyKeys: ['ECODE'],
  links: {
    auth: 'https://developer.clickup.com/docs/authentication',
    permissions: 'https://developer.clickup.com/docs/authentication',
    validation: 'https://developer.clickup.com/docs/common_errors',
    transient: 'https://developer.clickup.com/docs/rate-limits',
    outage: 'https://status.clickup.com',
  },
  rules: [
    {
      id: 'clickup/team-not-authorized',
      category: 'permissions',
      cause: '{code} team not authorized',
      code: TEAM_NOT_AUTHORIZED,
      summary: 'ClickUp Workspace not authorized for this token ({code})',
      fix: 'Re-run the OAuth flow and tick this Workspace (or use a token of a member of it); check the id belongs to that Workspace. Keep syncing the others.',
    },
    {
      id: 'clickup/token-not-found',
      category: 'auth',
      cause: '{code}',
      code: ['OAUTH_017', 'OAUTH_018', 'OAUTH_019', 'OAUTH_021', 'OAUTH_025', 'OAUTH_077'],
      summary: 'ClickUp token missing or revoked ({code})',
      fix: 'Reconnect ClickUp (or generate a new personal pk_ token under Settings → Apps) and update the connection; pause the sync until then.',
    },
    {
      id: 'clickup/team-not-authorized-text',
      category: 'permissions',
      cause: 'team not authorized',
      message: /\bTeam(?:\(s\))? not authorized\b/i,
      destination: C,
      summary: 'ClickUp Workspace not authorized for this token',
      fix: 'Re-run the OAuth flow and tick this Workspace (or use a token of a member of it); check the id belongs to that Workspace. Keep syncing the others.',
    },
    {
      id: 'clickup/token-text',
      category: 'auth',
      cause: 'token not found',
      message: /\bOauth token not found\b|\bAuthorization header required\b/i,
      destination: C,
      summary: 'ClickUp token missing or revoked',
      fix: 'Reconnect ClickUp (or generate a new personal pk_ token under Settings → Apps) and update the connection; pause the sync until then.',
    },
    {
      id: 'clickup/rate-limit',
      category: 'transient',
      cause: 'HTTP 429',
      status: [429],
      destination: C,
      summary: 'ClickUp rate limit (per token)',
      fix: 'Retry after X-RateLimit-Reset; lower the request rate or spread syncs over more tokens.',
    },
    {
      id: 'clickup/invalid-value',
      category: 'validation',
      cause: 'invalid value',
      message: /\bValue must be\b|\b(?:Task|List|Folder|Space|View|Custom field|Field) not found\b|\bStatus does not exist\b/i,
      destination: C,
      summary: 'ClickUp rejected the value or id for this task',
      fix: 'Fix the mapped value (dropdown fields take an option index or uuid, statuses must exist in the list) or re-resolve the ClickUp id; retrying as is will not help.',
    },
  ],
};
