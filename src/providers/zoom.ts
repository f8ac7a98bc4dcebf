import type { Provider } from './provider.js';

/**
 * Zoom API (`api.zoom.us/v2`, OAuth at `zoom.us/oauth/token`). Errors are `{"code":<number>,
 * "message":"…"}`, validation errors add `"errors":[{"field":"user_info.email","message":…}]`.
 * - 124 "Invalid access token." / "Access token is expired.": auth.
 * - 4711 "Invalid access token, does not contain scopes:[user:read:list_users:admin]" (and 4700,
 *   which the error page describes the same way): the token is valid but lacks the scope:
 *   permissions.
 * - 429 "You have reached the maximum per-second rate limit for this API. Try again later." (and
 *   the older "Sorry, the maximum number of api requests are already reached. Please try later."):
 *   transient. 429 "You have reached the maximum daily rate limit for this API" (X-RateLimit-Type:
 *   Daily-limit, Retry-After the next UTC day): the account plan's daily quota: plan.
 * - 300 "Validation Failed." / invalid request body, 1001 "User does not exist: x", 1010 "User not
 *   found on this account", 3001 "Meeting does not exist": validation.
 * The numeric codes are common words of other APIs: they decide only lines known to be Zoom's.
 * Sources: developers.zoom.us/docs/api/errors, developers.zoom.us/docs/api/rate-limits; real
 * bodies in MacsiDigital/laravel-zoom #22, JubaerHossain/zoom-laravel #15 (4711), zulip #33057
 * (124, 1001), jrchamp/moodle-mod_zoom #64 (1010); zoom_rb specs (per-second 429 message).
 */
const Z = ['zoom'];

export const provider: Provider = {
  name: 'zoom',
  display: 'Zoom',
  hints: ['api\\.zoom\\.us', 'zoom\\.us/oauth', 'zoomus', 'zoom_rb', 'Zoom::\\w+', 'Zoom received a(?:n)? \\w+', 'tap-zoom', 'source-zoom', 'pyzoom'],
  links: {
    auth: 'https://marketplace.zoom.us/user/build',
    permissions: 'https://developers.zoom.us/docs/integrations/oauth-scopes-overview/',
    plan: 'https://developers.zoom.us/docs/api/rate-limits/',
    validation: 'https://developers.zoom.us/docs/api/errors/',
    transient: 'https://developers.zoom.us/docs/api/rate-limits/',
    outage: 'https://status.zoom.us',
  },
  rules: [
    {
      id: 'zoom/missing-scope',
      category: 'permissions',
      cause: '{code}',
      code: ['4711', '4700'],
      destination: Z,
      fieldFrom: /does not contain scopes:\s*\[([^\]]+)\]/,
      summary: 'Zoom token lacks the scope `{field}`',
      fix: 'Add the scope to the Zoom app (Marketplace → Scopes) and re-authorize or re-issue the server-to-server token; keep syncing other objects.',
    },
    {
      id: 'zoom/missing-scope-text',
      category: 'permissions',
      cause: 'does not contain scopes',
      message: /Invalid access token, does not contain scopes/i,
      fieldFrom: /does not contain scopes:\s*\[([^\]]+)\]/,
      summary: 'Zoom token lacks the scope `{field}`',
      fix: 'Add the scope to the Zoom app (Marketplace → Scopes) and re-authorize or re-issue the server-to-server token; keep syncing other objects.',
    },
    {
      id: 'zoom/invalid-token',
      category: 'auth',
      cause: '124 invalid access token',
      code: ['124'],
      destination: Z,
      summary: 'Zoom rejected the access token (invalid or expired)',
      fix: 'Request a new token (server-to-server OAuth tokens last an hour and a new one invalidates the old); check the account id, client id and secret.',
    },
    {
      id: 'zoom/daily-limit',
      category: 'plan',
      cause: 'daily rate limit',
      message: /maximum daily rate limit|exceeded the daily rate limit/i,
      summary: 'Zoom daily API quota of the account used up',
      fix: 'Wait for the daily reset (Retry-After, UTC midnight) or move to a plan with higher limits; spread heavy calls across days.',
    },
    {
      id: 'zoom/rate-limit',
      category: 'transient',
      cause: 'per-second rate limit',
      message: /maximum per-second rate limit|maximum number of api requests are already reached/i,
      summary: 'Zoom per-second rate limit',
      fix: 'Retry with backoff; lower the request rate (limits are shared by all apps of the account).',
    },
    {
      id: 'zoom/invalid-request',
      category: 'validation',
      cause: '{code}',
      code: ['300', '1001', '1010', '3001'],
      destination: Z,
      summary: 'Zoom rejected the request for this record ({code})',
      fix: 'Fix the mapped value (user email / id, meeting id, the field the errors name); retrying the same request fails again.',
    },
  ],
};
