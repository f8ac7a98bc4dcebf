import type { Provider } from './provider.js';

/**
 * Segment (Twilio Segment). The HTTP Tracking API (`api.segment.io/v1`, `events.eu1.segmentapis.com`)
 * answers 200 to almost everything, even a wrong write key: only a payload over 32 KB (per event;
 * 500 KB per batch) and invalid JSON come back as 400, and a payload without userId or anonymousId
 * as `no_user_anon_id`. So a Segment failure in a sync log is mostly record-level validation; an
 * auth problem shows only on the Public API (`api.segmentapis.com`, bearer token: 401/403) or as
 * rejected events in the Segment debugger. 429s are the per-source rate limit (transient).
 * Sources: segment.com/docs/connections/sources/catalog/libraries/server/http-api (errors, max
 * request size), /docs/api/public-api; analytics-ruby issue #257 (200 with a wrong write key).
 */
const S = ['segment'];

export const provider: Provider = {
  name: 'segment',
  display: 'Segment',
  aliases: ['twiliosegment', 'segmentio'],
  // Not the bare word ("segment" is ordinary prose): hosts and SDK / package names.
  hints: ['api\\.segment\\.io', '[\\w-]+\\.segmentapis\\.com', 'segmentio', '@segment/analytics-node', 'segment-analytics-python', 'analytics-ruby'],
  rank: 95,
  links: {
    auth: 'https://segment.com/docs/connections/find-writekey/',
    permissions: 'https://segment.com/docs/api/public-api/',
    validation: 'https://segment.com/docs/connections/sources/catalog/libraries/server/http-api/#errors',
    outage: 'https://status.segment.com',
    transient: 'https://segment.com/docs/connections/rate-limits/',
  },
  rules: [
    // Tracking API: a message over 32 KB (or a batch over 500 KB) is dropped.
    {
      id: 'segment/message-too-large',
      category: 'validation',
      cause: 'message too large',
      message: /message is too large and over the maximum 32 ?KB limit|batch is too large|Message (?:size )?(?:exceeds|over) (?:the )?(?:maximum )?32 ?KB/i,
      summary: 'Segment dropped a message over its size limit (32 KB per event)',
      fix: 'Trim the event’s properties (large arrays or blobs) below 32 KB; retrying as is will not help.',
    },
    {
      id: 'segment/no-identifier',
      category: 'validation',
      cause: 'no_user_anon_id',
      code: ['no_user_anon_id'],
      summary: 'Segment event has neither userId nor anonymousId',
      fix: 'Map userId (or anonymousId) for every record; Segment drops events without one.',
    },
    {
      id: 'segment/payload-too-large',
      category: 'validation',
      cause: 'payload too large',
      message: /(?:request|payload|event|message|batch) (?:entity )?(?:is )?too large|exceeds? (?:the )?(?:maximum )?(?:size|32 ?KB|500 ?KB)|max(?:imum)? (?:request|message) size/i,
      destination: S,
      summary: 'Segment event over the 32 KB limit (500 KB per batch)',
      fix: 'Drop or truncate large properties for this record, or send smaller batches; retrying as is never succeeds.',
    },
    {
      id: 'segment/invalid-json',
      category: 'validation',
      cause: 'invalid JSON',
      message: /invalid JSON|could not parse (?:the )?(?:request )?(?:body|JSON)/i,
      destination: S,
      summary: 'Segment rejected the request body as invalid JSON',
      fix: 'Check how the sync serialises the record (unescaped control characters, NaN / Infinity values).',
    },
    {
      id: 'segment/public-api-auth',
      category: 'auth',
      cause: 'Public API token rejected',
      status: [401],
      destination: S,
      summary: 'Segment API token or write key rejected',
      fix: 'Create a new Public API token (Workspace settings → Access management → Tokens) or fix the write key; pause the sync until then.',
    },
  ],
};
