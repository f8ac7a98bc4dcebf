import type { Provider } from './provider.js';

/**
 * Snap Marketing API (`adsapi.snapchat.com/v1`: ads, audiences / segments, Conversions API v2 on
 * `tr.snapchat.com`), OAuth at `accounts.snapchat.com/login/oauth2/access_token`. Every response is
 * wrapped in `request_status` (SUCCESS / ERROR / PARTIAL) with `request_id`; an error adds
 * `debug_message`, `display_message` and `error_code` (`E1xxx`, `E2xxx`, `E3xxx`), and batch writes
 * put a `sub_request_status` per entity inside an HTTP 200.
 * - 401 (often a bare "unauthorized" text body): the access token expired (they last 3600 s) or is
 *   invalid: auth.
 * - E3002 "Caller does not have permission" (403): the authorizing user has no role on the ad account
 *   or segment: permissions. A bare 403: permissions.
 * - E3003 "Resource can not be found" (404): the ad account, segment or pixel id is wrong: validation.
 * - E2023 (immutable field changed on a PATCH) and other 400s: validation.
 * - 429 (20 requests/s per app, 10 per token): transient.
 * The E-codes and statuses decide only lines known to be Snap's (its envelope keys or hosts name it).
 * Sources: developers.snap.com/marketing-api/Ads-API/errors, …/api-patterns (request_status,
 * sub_request_status), …/rate-limits, …/changelog (E2023), …/MMM-API/troubleshooting (401/403/404
 * meanings); singer-io/tap-snapchat-ads client.py (error envelope, E3003 example);
 * rudderlabs/rudder-transformer snapchat_custom_audience fixtures (E3002 "Caller does not have
 * permission", 401 "unauthorized").
 */
const S = ['snapchat'];

export const provider: Provider = {
  name: 'snapchat',
  display: 'Snapchat Ads',
  // Not "snap": a short alias matches at the start of a word ("snapshot_store").
  aliases: ['snapchatads', 'snapmarketing', 'snapconversions'],
  hints: [
    'adsapi\\.snapchat\\.com',
    'tr\\.snapchat\\.com',
    'accounts\\.snapchat\\.com/login/oauth2',
    'businessapi\\.snapchat\\.com',
    'snapchat[ _-](?:ads|marketing|conversions?(?:[ _-]api)?|custom[ _-]audience)',
    'tap-snapchat-ads',
    'source-snapchat-marketing',
    'Snapchat\\w*Error',
  ],
  keys: { message: ['debug_message'] },
  // Not display_message: Plaid's bodies carry it too.
  bodyKeys: ['request_status', 'debug_message', 'sub_request_status'],
  links: {
    auth: 'https://developers.snap.com/marketing-api/Ads-API/authentication',
    permissions: 'https://businesshelp.snapchat.com/s/article/roles-permissions',
    validation: 'https://developers.snap.com/marketing-api/Ads-API/errors',
    transient: 'https://developers.snap.com/marketing-api/Ads-API/rate-limits',
    outage: 'https://status.snapchat.com',
  },
  rules: [
    {
      id: 'snapchat/no-permission',
      category: 'permissions',
      cause: 'E3002',
      code: ['E3002'],
      destination: S,
      summary: 'Snapchat user has no access to this ad account or resource',
      fix: 'Give the authorizing Snapchat user a role on the ad account (Business Manager → Members) or reconnect with a user that has it.',
    },
    {
      id: 'snapchat/not-found',
      category: 'validation',
      cause: 'E3003',
      code: ['E3003'],
      destination: S,
      summary: 'Snapchat resource not found (ad account, segment or pixel id)',
      fix: 'Fix the ad account / segment / pixel id of the connection or mapping; retrying will not help.',
    },
    {
      id: 'snapchat/immutable-field',
      category: 'validation',
      cause: 'E2023',
      code: ['E2023'],
      destination: S,
      summary: 'Snapchat refused a change to a field that cannot change',
      fix: 'Do not update the immutable attribute on existing entities (create a new one instead).',
    },
    {
      id: 'snapchat/caller-permission-text',
      category: 'permissions',
      cause: 'E3002',
      message: /\bCaller does not have permission\b|\bE3002\b/,
      destination: S,
      summary: 'Snapchat user has no access to this ad account or resource',
      fix: 'Give the authorizing Snapchat user a role on the ad account (Business Manager → Members) or reconnect with a user that has it.',
    },
    {
      id: 'snapchat/not-found-text',
      category: 'validation',
      cause: 'E3003',
      message: /\bResource can ?not be found\b|\bE3003\b/i,
      destination: S,
      summary: 'Snapchat resource not found (ad account, segment or pixel id)',
      fix: 'Fix the ad account / segment / pixel id of the connection or mapping; retrying will not help.',
    },
    {
      id: 'snapchat/unauthorized',
      category: 'auth',
      cause: 'HTTP 401',
      status: [401],
      destination: S,
      summary: 'Snapchat access token expired or invalid',
      fix: 'Refresh the OAuth token (access tokens last one hour) or reconnect the Snapchat account; pause the sync until then.',
    },
    {
      id: 'snapchat/forbidden',
      category: 'permissions',
      cause: 'HTTP 403',
      status: [403],
      destination: S,
      summary: 'Snapchat denied access to the ad account',
      fix: 'Give the authorizing user a role on the ad account (or share the account with the organization) and retry.',
    },
    {
      id: 'snapchat/bad-request',
      category: 'validation',
      cause: 'HTTP 400',
      status: [400],
      destination: S,
      summary: 'Snapchat rejected the request data',
      fix: 'Fix the value the debug_message names (ids are UUIDs, hashed identifiers must be SHA-256 of normalized values).',
    },
    {
      id: 'snapchat/rate-limit',
      category: 'transient',
      cause: 'HTTP 429',
      status: [429],
      destination: S,
      summary: 'Snapchat rate limit (per app and per token)',
      fix: 'Retry with exponential backoff and jitter; stay under 10 requests per second per token.',
    },
  ],
};
