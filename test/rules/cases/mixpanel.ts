import type { RuleCase } from '../rule-tester.js';

/**
 * Mixpanel Ingestion / Query APIs. `{"code":<status>,"error":"…","status":"<reason>"}`: 401 "Invalid
 * credentials"; 400 with strict=1 is a partial success naming each rejected event in
 * `failed_records[]` (`field`, `message`); 413 "request exceeds max limit of N bytes"; 429 "Project
 * exceeded rate limits…"; 403 `{"error","status":"error"}` from /track, /engage, /groups; 402 on the
 * Engage API when the plan has no API access (tap-mixpanel's message).
 * Sources: docs.mixpanel.com/troubleshooting/errors/*, /reference/rate-limits; tap-mixpanel client.py.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const mixpanelCases: RuleCase[] = [
  {
    line: j({ ts: '2026-03-01T10:00:00Z', level: 'error', destination: 'mixpanel', record_id: 'evt_1', status: 401, body: { code: 401, error: 'Invalid credentials', status: 'Unauthorized' } }),
    category: 'auth',
    cause: 'Invalid credentials',
    rule: 'mixpanel/unauthorized',
    note: '/import 401 "Invalid credentials": the reason phrase "Unauthorized" is a code, Mixpanel’s rule decides before generic OAuth',
  },
  {
    line: j({
      ts: '2026-03-01T10:00:10Z',
      level: 'error',
      destination: 'mixpanel',
      record_id: 'batch_7',
      status: 400,
      body: {
        code: 400,
        error: 'some data points in the request failed validation',
        status: 'Bad Request',
        num_records_imported: 999,
        failed_records: [{ index: 0, insert_id: '13c0b661-f48b-51cd-ba54-97c5999169c0', field: 'properties.time', message: "'properties.time' is invalid: must be specified as seconds since epoch" }],
      },
    }),
    category: 'validation',
    field: 'properties.time',
    rule: 'mixpanel/failed-records',
    note: '400 strict=1: failed_records[].field names the rejected property; the rest of the batch was imported',
  },
  {
    line: j({
      ts: '2026-03-01T10:00:15Z',
      level: 'error',
      status: 400,
      body: { code: 400, error: 'some data points in the request failed validation', status: 'Bad Request', num_records_imported: 1, failed_records: [{ index: 1, insert_id: 'a1', field: 'properties.$insert_id', message: "'properties.$insert_id' is required" }] },
    }),
    category: 'validation',
    destination: 'mixpanel',
    field: 'properties.$insert_id',
    note: 'no destination key: num_records_imported / failed_records are Mixpanel’s keys alone',
  },
  {
    line: '2026-03-01T10:00:20Z ERROR POST https://api.mixpanel.com/import?strict=1 -> 429 {"code":429,"error":"Project exceeded rate limits. Please retry the request with exponential backoff.","status":"Too Many Requests"}',
    category: 'transient',
    destination: 'mixpanel',
    rule: 'mixpanel/rate-limit',
    note: 'ingestion 429 per project, named by the host only; no Retry-After, so backoff',
  },
  {
    line: '2026-03-01T10:00:30Z ERROR POST https://api-eu.mixpanel.com/import -> 413 {"code":413,"error":"request exceeds max limit of 2097152 bytes","status":"Request Entity Too Large"}',
    category: 'validation',
    destination: 'mixpanel',
    rule: 'mixpanel/payload-too-large',
    note: '413 from the EU residency host: split the batch (2,000 events / 10 MB)',
  },
  {
    line: '2026-03-01 10:00:40 CRITICAL tap_mixpanel.client.MixpanelUnauthorizedError: HTTP-error-code: 401, Error: Invalid credentials',
    category: 'auth',
    destination: 'mixpanel',
    rule: 'mixpanel/invalid-credentials',
    note: 'tap-mixpanel exception class names the provider and the failure',
  },
  {
    line: '2026-03-01 10:00:50 CRITICAL tap_mixpanel.client.MixpanelPaymentRequiredError: HTTP-error-code: 402, Error: Your current plan does not allow API calls. Payment is required to complete the operation.',
    category: 'plan',
    destination: 'mixpanel',
    rule: 'mixpanel/plan',
    note: 'Engage API 402: the plan has no API access',
  },
  {
    line: j({ level: 'error', status: 403, url: 'https://api.mixpanel.com/track', body: { error: 'token is not valid for this project', status: 'error' } }),
    category: 'permissions',
    destination: 'mixpanel',
    rule: 'mixpanel/403',
    note: '/track 403 without a code: the token is not accepted for this project / residency',
  },
  // ---------------------------------------------------------------- near misses
  {
    line: j({ ts: '2026-03-01T11:00:00Z', level: 'error', destination: 'amplitude', status: 401, body: { code: 401, error: 'Invalid credentials', status: 'Unauthorized' } }),
    category: 'auth',
    destination: 'amplitude',
    rule: 'oauth/invalid-token',
    note: 'near miss: the same shape on another destination stays generic, not Mixpanel’s',
  },
];
