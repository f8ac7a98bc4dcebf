import type { RuleCase } from '../rule-tester.js';

/**
 * Segment HTTP Tracking API: 200 for almost everything (even a wrong write key); 400 for payloads
 * over 32 KB (500 KB per batch) and invalid JSON; `no_user_anon_id` without userId / anonymousId
 * (segment.com/docs/connections/sources/catalog/libraries/server/http-api, errors). The Public API
 * (api.segmentapis.com) answers 401 for a bad token.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const segmentCases: RuleCase[] = [
  {
    line: j({ ts: '2026-03-05T20:00:00Z', level: 'error', destination: 'segment', record_id: 'evt_1', status: 400, body: { code: 'no_user_anon_id', message: 'userId or anonymousId is required' } }),
    category: 'validation',
    rule: 'segment/no-identifier',
    note: 'no userId / anonymousId: validation',
  },
  {
    line: j({ ts: '2026-03-05T20:00:10Z', level: 'error', destination: 'Segment', record_id: 'evt_2', status: 400, url: 'https://api.segment.io/v1/track', body: { success: false, message: 'Message too large' } }),
    category: 'validation',
    destination: 'segment',
    rule: 'segment/payload-too-large',
    note: 'event over 32 KB: validation',
  },
  {
    line: j({ ts: '2026-03-05T20:00:20Z', level: 'error', destination: 'segment', record_id: 'evt_3', status: 400, body: { success: false, message: 'Invalid JSON' } }),
    category: 'validation',
    rule: 'segment/invalid-json',
    note: 'invalid JSON body: validation',
  },
  {
    line: j({ ts: '2026-03-05T20:00:30Z', level: 'error', destination: 'segment', status: 401, url: 'https://api.segmentapis.com/sources', body: { errors: [{ type: 'unauthorized', message: 'Unauthorized' }] } }),
    category: 'auth',
    destination: 'segment',
    note: 'Public API 401: auth',
  },
  {
    line: 'ERROR reverse-etl dest=segment status=401 msg="Public API token rejected"',
    category: 'auth',
    rule: 'segment/public-api-auth',
    note: 'a bare 401 on a Segment line: token rejected',
  },
  // ---------------------------------------------------------------- near misses
  {
    line: j({ ts: '2026-03-05T20:00:40Z', level: 'error', destination: 'mailchimp', status: 400, body: { title: 'Invalid Resource', status: 400, detail: 'The resource submitted could not be validated. For field-specific details, see the \'errors\' array.', errors: [{ field: 'merge_fields.FNAME', message: 'Value too large' }] } }),
    category: 'validation',
    destination: 'mailchimp',
    note: 'near miss: "too large" on a Mailchimp line is not Segment’s payload limit',
  },
  {
    line: '2026-03-05 20:00:50 ERROR builder: failed to compute audience segment for list 42: division by zero',
    category: 'unknown',
    destination: null,
    note: 'near miss: the word "segment" in prose names no destination',
  },
];

/** Segment Tracking API size limits (segment.com/docs/connections/sources/catalog/libraries/server/http-api/#max-request-size). */
export const segmentSizeCases: RuleCase[] = [
  {
    line: "2026-03-02T10:00:00Z ERROR analytics-node: the message is too large and over the maximum 32KB limit",
    category: "validation",
    destination: "segment",
    rule: "segment/message-too-large",
    note: "a message over 32 KB is dropped",
  },
];
