import type { Provider } from './provider.js';

/**
 * OneSignal REST API (`api.onesignal.com`, legacy `onesignal.com/api/v1`; SDKs @onesignal/node-onesignal,
 * onesignal-python-api, onesignal-dotnet-api…). Errors are `{"errors":["<message>"]}` (some add
 * `"reference":[…]`), the user model's `{"errors":[{"code","title","meta"}]}`, and create-notification
 * answers HTTP 200 with `id: ""` and `errors` when nobody was targeted:
 * - 403 "Access denied.  Please include an 'Authorization: ...' header with a valid API key" (any
 *   invalid or mismatched REST / Organization key), the older 400 "Please include a case-sensitive
 *   header of Authorization: Basic <YOUR-REST-API-KEY-HERE> … with a valid REST API key.", and
 *   "app_id not found. You may be missing a Content-Type: application/json header." (a wrong app id
 *   for the key): auth.
 * - 404 "User not found" / "Notification not found", "All included players are not subscribed" (200),
 *   `invalid_external_user_ids` / `invalid_player_ids`, "You must include which players, segments, or
 *   tags you wish to send this notification to.": validation (the record, not the connection).
 * - 429 "API rate limit exceeded." with Retry-After (1 request/s per user or subscription, 1,000/s per
 *   app for user updates): transient; 503 "Service temporarily unavailable": transient.
 * Sources: documentation.onesignal.com/reference/rate-limits (429 body, limits), …/docs/keys-and-ids;
 * OneSignal SDKs' generated error catalog (INVALID_API_KEY, NOTIFICATION_NOT_FOUND, NO_SUBSCRIBERS,
 * NO_TARGETING_SPECIFIED, SERVICE_UNAVAILABLE); OneSignal/OneSignal-Android-SDK #2221,
 * OneSignal/onesignal-dotnet-api #73, OneSignal/OneSignal-WordPress-Plugin #80,
 * OneSignal/OneSignal-Cordova-SDK #203 (app_id not found), norkunas/onesignal-php-api #169.
 */
const OS = ['onesignal'];

export const provider: Provider = {
  name: 'onesignal',
  display: 'OneSignal',
  hints: ['api\\.onesignal\\.com', 'onesignal\\.com/api', '@onesignal/[\\w-]+', 'onesignal[\\w-]*'],
  links: {
    auth: 'https://documentation.onesignal.com/docs/keys-and-ids',
    validation: 'https://documentation.onesignal.com/reference/create-notification',
    transient: 'https://documentation.onesignal.com/reference/rate-limits',
    outage: 'https://status.onesignal.com',
  },
  rules: [
    {
      id: 'onesignal/invalid-api-key',
      category: 'auth',
      cause: 'invalid REST API key',
      message: /\bAccess denied\.\s+Please include an 'Authorization: \.\.\.' header with a valid API key|\bPlease include a case-sensitive header of Authorization: Basic\b/i,
      summary: 'OneSignal rejected the REST API key',
      fix: 'Use the app’s REST API key (or a rich API key; legacy user keys are retired) in the Authorization header; pause the sync until then.',
    },
    {
      id: 'onesignal/app-id',
      category: 'auth',
      cause: 'app_id not found',
      message: /\bapp_id not found\b|\bInvalid app_id\b|\bapp_id is not a valid\b/i,
      destination: OS,
      summary: 'OneSignal does not know the app id (or it is not the key’s app)',
      fix: 'Set the app id that belongs to the REST API key (App Settings → Keys & IDs) and send JSON with Content-Type: application/json.',
    },
    {
      id: 'onesignal/not-subscribed',
      category: 'validation',
      cause: 'no subscribed recipients',
      message: /\bAll included players are not subscribed\b|\binvalid_(?:external_user_ids|player_ids|aliases|email_tokens|phone_numbers)\b/i,
      summary: 'OneSignal found no subscribed recipient for the message',
      fix: 'Drop or fix the recipients (unsubscribed, unknown external ids); the message is not sent to them on retry either.',
    },
    {
      id: 'onesignal/no-targeting',
      category: 'validation',
      cause: 'no targeting',
      message: /\bYou must include which players, segments, or tags\b/i,
      summary: 'OneSignal notification has no audience',
      fix: 'Map a target (include_aliases / external ids, subscription ids or segments) for every record.',
    },
    {
      id: 'onesignal/not-found',
      category: 'validation',
      cause: 'not found',
      message: /\b(?:User|Player|Subscription|Notification|Alias) not found\b|\bNo (?:user|player|subscription) (?:found|with)\b/i,
      destination: OS,
      summary: 'OneSignal user, subscription or notification not found',
      fix: 'Re-resolve the OneSignal id or external id of the record (deleted users are not recreated by an update).',
    },
    {
      id: 'onesignal/rate-limit',
      category: 'transient',
      cause: 'rate limit',
      message: /\bAPI rate limit exceeded\b/i,
      destination: OS,
      summary: 'OneSignal API rate limit',
      fix: 'Retry after Retry-After; update one user at most once a second and batch updates.',
    },
    {
      id: 'onesignal/unavailable',
      category: 'transient',
      cause: 'service temporarily unavailable',
      message: /\bService temporarily unavailable\b/i,
      destination: OS,
      summary: 'OneSignal temporarily unavailable',
      fix: 'Retry with backoff (safe: the request was not committed); use an idempotency_key for message sends.',
    },
  ],
};
