import type { Provider } from './provider.js';

/**
 * Reddit Ads API and Conversions API (`ads-api.reddit.com/api/v2.0/conversions/events/<account>`,
 * v3 `…/api/v3/pixels/<pixel>/conversion_events`), OAuth tokens from `www.reddit.com/api/v1/access_token`.
 * Shapes:
 * - v2.0 conversions: 400 `{"message":"There were N invalid conversion events. None were processed.",
 *   "invalid_events":[{"error_message":"event_at timestamp must be less than 168h0m0s old","event":{…}}]}`:
 *   validation, the field named first in error_message.
 * - `{"success":false,"error":{"reason":"UNAUTHORIZED","explanation":"…"}}`: 401 "This server could not
 *   verify that you are authorized…" is an expired / invalid token: auth. The same reason arrives on
 *   a 403 whose explanation is a JSON decode error ("JSON error unexpected type number on field events
 *   event_metadata value"): that is the payload, validation.
 * - v3: `{"error":{"code":400,"message":"invalid action_source: web"}}`, "missing action_source",
 *   `JSON error "unknown field" on field "test_id"`: validation.
 * - 429: rate limited (1 request/s guidance on the Ads API): transient; 403 otherwise: the token's
 *   user has no access to the ad account: permissions.
 * Sources: ads-api.reddit.com/docs/v2 (Conversions API), business.reddithelp.com conversions API
 * guide; rudderlabs/rudder-transformer test/integrations/destinations/reddit/network.ts (invalid_events,
 * UNAUTHORIZED bodies); OJT-dev/cdm_suite_website REDDIT_TEST_ID_PARAMETER_FIX.md (v3 messages).
 */
const R = ['reddit'];

/** The field a Reddit message names: "event_at timestamp must…", "invalid action_source: web", `on field "test_id"`. */
const FIELD = /\bon field \\?"?([A-Za-z_][\w.]*(?: [A-Za-z_][\w.]*)*)|\b(?:invalid|missing) ([a-z]+(?:_[a-z]+)+)\b|(?:^|\| )([a-z][a-z_]*[a-z]) (?:timestamp |value )?(?:must|is required|is invalid)\b/;

export const provider: Provider = {
  name: 'reddit',
  display: 'Reddit Ads',
  aliases: ['redditads', 'redditconversions'],
  hints: [
    'ads-api\\.reddit\\.com',
    'www\\.reddit\\.com/api/v1/access_token',
    'reddit[ _-](?:ads|conversions?(?:[ _-]api)?|pixel)',
    'tap-reddit-ads',
    'source-reddit-ads',
  ],
  keys: { message: ['explanation'] },
  bodyKeys: ['invalid_events'],
  links: {
    auth: 'https://ads.reddit.com/business-manager',
    permissions: 'https://business.reddithelp.com/s/article/manage-members-and-roles',
    validation: 'https://ads-api.reddit.com/docs/v2/#tag/Conversions',
    transient: 'https://ads-api.reddit.com/docs/v2/',
    outage: 'https://www.redditstatus.com',
  },
  rules: [
    // The reason says UNAUTHORIZED, the explanation says the body did not decode: the payload.
    {
      id: 'reddit/json-decode',
      category: 'validation',
      cause: 'JSON error',
      code: ['UNAUTHORIZED'],
      message: /\bJSON error\b/i,
      destination: R,
      fieldFrom: FIELD,
      summary: 'Reddit could not decode a field of the request (`{field}`)',
      fix: 'Send the field with the type Reddit expects (strings for ids and values inside event_metadata); retrying the same body fails again.',
    },
    {
      id: 'reddit/unauthorized',
      category: 'auth',
      cause: 'UNAUTHORIZED',
      code: ['UNAUTHORIZED'],
      status: [401],
      destination: R,
      summary: 'Reddit rejected the access token (expired or revoked)',
      fix: 'Refresh the OAuth token (or create a new conversion access token in Ads Manager); pause the sync until then.',
    },
    {
      id: 'reddit/invalid-events',
      category: 'validation',
      cause: 'invalid conversion events',
      message: /\bThere were \d+ invalid conversion events\b|\btimestamp must be less than \S+ old\b|\b(?:invalid|missing) action_source\b/i,
      destination: R,
      fieldFrom: FIELD,
      summary: 'Reddit rejected conversion events (`{field}`)',
      fix: 'Fix the field the error names (event_at within the last 7 days, action_source in capitals, a click id or hashed identifiers); resend only the rejected events.',
    },
    {
      id: 'reddit/json-field',
      category: 'validation',
      cause: 'JSON error',
      message: /\bJSON error\b.{0,80}\bon field\b/i,
      destination: R,
      fieldFrom: FIELD,
      summary: 'Reddit could not decode a field of the request (`{field}`)',
      fix: 'Send the field with the type and casing Reddit expects (unknown fields are rejected); retrying the same body fails again.',
    },
    {
      id: 'reddit/forbidden',
      category: 'permissions',
      cause: 'HTTP 403',
      status: [403],
      destination: R,
      summary: 'Reddit token has no access to this ad account or pixel',
      fix: 'Reconnect with a Reddit user that is a member of the ad account (or use the account’s conversion token).',
    },
    {
      id: 'reddit/rate-limit',
      category: 'transient',
      cause: 'HTTP 429',
      status: [429],
      destination: R,
      summary: 'Reddit rate limit',
      fix: 'Retry with backoff; send conversion events in batches instead of one request per event.',
    },
  ],
};
