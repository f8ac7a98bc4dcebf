import type { RuleCase } from '../rule-tester.js';

/**
 * Reddit Ads Conversions API bodies (v2.0 invalid_events, UNAUTHORIZED reason, v3 error.message).
 * Sources: ads-api.reddit.com/docs/v2; rudder-transformer reddit network fixtures; cdm_suite_website
 * REDDIT_TEST_ID_PARAMETER_FIX.md.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const redditCases: RuleCase[] = [
  {
    line: j({
      level: 'error',
      status: 400,
      response: {
        message: 'There were 1 invalid conversion events. None were processed.',
        invalid_events: [{ error_message: 'event_at timestamp must be less than 168h0m0s old', event: { event_at: '2026-02-01T09:03:17.562Z', event_type: { tracking_type: 'Purchase' } } }],
      },
    }),
    category: 'validation',
    field: 'event_at',
    destination: 'reddit',
    rule: 'reddit/invalid-events',
    note: 'invalid_events names the destination; the field comes from error_message',
  },
  {
    line: 'Reddit CAPI error 400: {"error":{"code":400,"message":"invalid action_source: web"}} url=https://ads-api.reddit.com/api/v3/pixels/a2_gfgsrrd4ug2t/conversion_events',
    category: 'validation',
    field: 'action_source',
    destination: 'reddit',
    rule: 'reddit/invalid-events',
    note: 'v3 names the field in the message',
  },
  {
    line: j({ level: 'error', destination: 'reddit', status: 401, response: { success: false, error: { reason: 'UNAUTHORIZED', explanation: 'This server could not verify that you are authorized to access the document you requested.' } } }),
    category: 'auth',
    rule: 'reddit/unauthorized',
    note: 'expired token',
  },
  {
    line: j({ level: 'error', destination: 'reddit', status: 403, response: { success: false, error: { reason: 'UNAUTHORIZED', explanation: 'JSON error unexpected type number on field events event_metadata value' } } }),
    category: 'validation',
    field: 'events event_metadata value',
    rule: 'reddit/json-decode',
    note: 'near miss: reason UNAUTHORIZED on a 403, but the explanation is a JSON type error in the payload',
  },
  {
    line: 'ERROR reddit conversions: 400 {"error":{"code":400,"message":"JSON error \\"unknown field\\" on field \\"test_id\\""}}',
    category: 'validation',
    field: 'test_id',
    destination: 'reddit',
    rule: 'reddit/json-field',
    note: 'v3 unknown field',
  },
  {
    line: 'POST https://ads-api.reddit.com/api/v2.0/conversions/events/a2_fsdd1234 403 Forbidden',
    category: 'permissions',
    destination: 'reddit',
    rule: 'reddit/forbidden',
    note: 'a bare 403 from the host',
  },
  {
    line: j({ level: 'warn', url: 'https://ads-api.reddit.com/api/v2.0/conversions/events/a2_fsdd1234', status: 429, response: 'Too Many Requests' }),
    category: 'transient',
    destination: 'reddit',
    rule: 'reddit/rate-limit',
    note: '429 from the host',
  },
];
