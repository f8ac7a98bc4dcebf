import type { RuleCase } from '../rule-tester.js';

/**
 * Amplitude HTTP V2 / Batch ingestion bodies `{"code":<n>,"error":…}` and the dashboard API's 403.
 * Sources: amplitude.com/docs/apis/analytics/http-v2; amplitude-dev-center http-v2-api.md;
 * Amplitude-TypeScript 429 tests; rudder-transformer am fixtures.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const amplitudeCases: RuleCase[] = [
  {
    line: j({ level: 'error', url: 'https://api2.amplitude.com/2/httpapi', status: 400, body: { code: 400, error: 'Invalid API key: 4f1c0e2b3a' } }),
    category: 'auth',
    destination: 'amplitude',
    rule: 'amplitude/invalid-api-key',
    note: 'ingestion answers a wrong key with 400; the host names Amplitude',
  },
  {
    line: 'ERROR deleteUsers failed: POST https://amplitude.com/api/2/deletions/users returned 403: {"code":403,"message":"HTTP 403: Forbidden (Invalid API Key)","status":"Forbidden"}',
    category: 'auth',
    destination: 'amplitude',
    rule: 'amplitude/forbidden-api-key',
    note: 'the dashboard REST API says 403 "Forbidden" for the same mistake: auth, not a grant',
  },
  {
    line: j({ level: 'error', destination: 'amplitude', status: 400, response: { code: 400, error: 'Invalid field values on some events', events_with_invalid_fields: { time: [3, 4, 7] } } }),
    category: 'validation',
    field: 'time',
    rule: 'amplitude/invalid-events',
    note: 'the keys of events_with_invalid_fields are the fields',
  },
  {
    line: j({ level: 'error', status: 400, response: { code: 400, error: 'Request missing required field', events_with_missing_fields: { event_type: [0, 2] } } }),
    category: 'validation',
    field: 'event_type',
    destination: 'amplitude',
    rule: 'amplitude/invalid-events',
    note: 'no destination field: the Amplitude body keys name it',
  },
  {
    line: j({ level: 'error', destination: 'Amplitude', status: 400, response: { code: 400, error: 'Invalid JSON request body' } }),
    category: 'validation',
    rule: 'amplitude/malformed-request',
    note: 'malformed request of the connector',
  },
  {
    line: j({ level: 'error', destination: 'amplitude', status: 413, response: { code: 413, error: 'Payload too large' } }),
    category: 'validation',
    rule: 'amplitude/payload-too-large',
    note: 'batch over 1 MB / 2,000 events',
  },
  {
    line: j({ level: 'warn', status: 429, response: { code: 429, error: 'Too many requests for some devices and users', eps_threshold: 30, throttled_devices: { 'C8F9E604-F01A-4BD9-95C6-8E5357DF265D': 31 }, throttled_users: { 'ada@example.com': 32 }, throttled_events: [3, 4, 7] } }),
    category: 'transient',
    destination: 'amplitude',
    rule: 'amplitude/device-throttle',
    note: 'per-device events-per-second throttle: wait 30 s and retry',
  },
  {
    line: '[Amplitude] ERROR: exceeded daily quota users or devices: 2 events dropped (user_id=load-test-bot)',
    category: 'plan',
    destination: 'amplitude',
    rule: 'amplitude/daily-quota',
    note: 'SDK wording of the daily per-user / per-device quota',
  },
];
