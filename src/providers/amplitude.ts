import type { Provider } from './provider.js';

/**
 * Amplitude ingestion (HTTP V2 API `api2.amplitude.com/2/httpapi`, EU `api.eu.amplitude.com`, Batch
 * Event Upload `/batch`, Identify / Group Identify) and the dashboard REST API (`amplitude.com/api/2/…`:
 * user deletion, export). Ingestion errors are `{"code":<status>,"error":"<description>", …}` with
 * index maps of the events concerned:
 * - 400 `error` "Invalid API key" (the key in the body is unknown): auth; the dashboard API answers
 *   `{"code":403,"message":"HTTP 403: Forbidden (Invalid API Key)"}` for the same mistake.
 * - 400 "Request missing required field" (`missing_field`, `events_with_missing_fields`), "Invalid field
 *   values on some events" (`events_with_invalid_fields: {"time":[3,4,7]}`: the keys are the fields),
 *   "Invalid event JSON", "Invalid JSON request body": validation. 413 "Payload too large" (over 1 MB or
 *   2,000 events per request): validation of the batch size.
 * - 429 "Too many requests for some devices and users" (`eps_threshold`, `throttled_devices`,
 *   `throttled_users`): a per-device / per-user events-per-second throttle, retried after 30 s:
 *   transient. The same 429 can list `exceeded_daily_quota_users` / `_devices` (a device over its
 *   daily event quota): the SDKs drop those events ("exceeded daily quota users or devices"): plan.
 *   The structured body cannot tell the two apart (the quota maps are keys, not words), so only the
 *   wording decides the daily case.
 * - 500/502/504 may or may not have been ingested (send insert_id); 503 was not: transient (generic rules).
 * Sources: amplitude.com/docs/apis/analytics/http-v2 (response table, upload limits),
 * …/batch-event-upload, …/http-api-batching-retries; Amplitude-Developer-Docs/amplitude-dev-center
 * docs/analytics/apis/http-v2-api.md (InvalidRequestError / TooManyRequestsForDeviceError schemas);
 * amplitude/Amplitude-TypeScript diagnostics constants and 429 tests (exceeded_daily_quota_devices);
 * rudderlabs/rudder-transformer test/integrations/destinations/am (400 missing api_key, 429 throttled,
 * deletion 403 Invalid API Key).
 */
const AM = ['amplitude'];

export const provider: Provider = {
  name: 'amplitude',
  display: 'Amplitude',
  // Not the bare word: "amplitude" is a column name in any signal or sensor data.
  hints: [
    'api2?\\.amplitude\\.com',
    'api\\.eu\\.amplitude\\.com',
    '(?:analytics\\.(?:eu\\.)?)?amplitude\\.com/api',
    '@amplitude/[\\w-]+',
    'amplitude[_-](?:analytics|python|node|java|kotlin|swift|js|ruby|go)',
    'site-packages/amplitude',
    'destination-amplitude',
    'tap-amplitude',
    'source-amplitude',
  ],
  bodyKeys: ['eps_threshold', 'throttled_devices', 'throttled_users', 'throttled_events', 'events_with_invalid_fields', 'events_with_missing_fields', 'events_with_invalid_id_lengths', 'exceeded_daily_quota_users', 'exceeded_daily_quota_devices', 'events_ingested', 'server_upload_time', 'missing_field'],
  // The keys of these maps are event fields; the values are event indexes.
  fieldShapes: [
    { key: 'events_with_invalid_fields', beside: 'error', keysAreFields: true },
    { key: 'events_with_missing_fields', beside: 'error', keysAreFields: true },
    { key: 'events_with_invalid_id_lengths', beside: 'error', keysAreFields: true },
  ],
  links: {
    auth: 'https://amplitude.com/docs/apis/authentication',
    plan: 'https://amplitude.com/docs/apis/analytics/http-v2#upload-limit',
    validation: 'https://amplitude.com/docs/apis/analytics/http-v2',
    transient: 'https://amplitude.com/docs/apis/analytics/http-api-batching-retries',
    outage: 'https://status.amplitude.com',
  },
  rules: [
    {
      id: 'amplitude/invalid-api-key',
      category: 'auth',
      cause: 'Invalid API key',
      message: /\bInvalid API key\b|\bForbidden \(Invalid API Key\)|\bInvalid (?:secret|api) key(?: or secret)?\b/i,
      destination: AM,
      summary: 'Amplitude rejected the project API key',
      fix: 'Copy the API key of the right project (and data region: api.eu.amplitude.com for EU projects) into the connection; pause the sync until then.',
    },
    // The dashboard API's 403 says status "Forbidden", a code other rules read as a missing grant.
    {
      id: 'amplitude/forbidden-api-key',
      category: 'auth',
      cause: 'Invalid API key',
      code: ['Forbidden'],
      message: /\bInvalid API Key\b/i,
      destination: AM,
      summary: 'Amplitude rejected the project API key or secret',
      fix: 'Use the API key and secret key of the right project (Settings → Projects) for the dashboard REST API; pause the sync until then.',
    },
    {
      id: 'amplitude/daily-quota',
      category: 'plan',
      cause: 'exceeded daily quota (users / devices)',
      message: /\bexceeded daily quota(?: (?:users|devices|users or devices))?\b|\bexceeded_daily_quota_(?:users|devices)\b/i,
      summary: 'Amplitude dropped events of users or devices over their daily event quota',
      fix: 'Find the ids in exceeded_daily_quota_users / _devices (usually a test or bot id sending far too many events) and filter them out of the sync; they are rejected until tomorrow.',
    },
    {
      id: 'amplitude/device-throttle',
      category: 'transient',
      cause: 'throttled devices / users',
      message: /\bToo many requests for some devices and users\b/i,
      summary: 'Amplitude throttled users or devices over the events-per-second threshold',
      fix: 'Retry after a 30 s pause for the throttled ids; spread one user’s events over time or use the Batch Event Upload API for bulk loads.',
    },
    {
      id: 'amplitude/invalid-events',
      category: 'validation',
      cause: '{status} invalid events',
      message: /\bInvalid field values on some events\b|\bRequest missing required field\b|\bInvalid event JSON\b/i,
      destination: AM,
      summary: 'Amplitude rejected events with missing or invalid fields',
      fix: 'Fix the fields the response names (event_type, user_id or device_id of at least 5 characters, time in milliseconds); resend only the rejected events.',
    },
    {
      id: 'amplitude/malformed-request',
      category: 'validation',
      cause: '{status} malformed request',
      message: /\bInvalid JSON request body\b|\bMissing request body\b|\bInvalid request path\b/i,
      destination: AM,
      summary: 'Amplitude could not read the request',
      fix: 'Fix the request the connector builds (JSON body with api_key and events[], the /2/httpapi path).',
    },
    {
      id: 'amplitude/payload-too-large',
      category: 'validation',
      cause: 'HTTP 413 payload too large',
      status: [413],
      destination: AM,
      summary: 'Amplitude request too large (over 1 MB or 2,000 events)',
      fix: 'Lower the batch size of the sync (at most 2,000 events and 1 MB per request, 20 MB for the Batch API).',
    },
  ],
};
