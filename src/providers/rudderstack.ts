import type { Provider } from './provider.js';

/**
 * RudderStack as a destination: the data plane's HTTP API (`<workspace>.dataplane.rudderstack.com`,
 * self-hosted rudder-server) that SDKs and syncs send events to. Its gateway answers in fixed words
 * (rudder-server's gateway/response package):
 * - 401 "Failed to read writeKey from header" / "… from Query Params" (no write key sent),
 *   "Invalid Write Key" (a key the workspace does not know): auth, the write key is the credential.
 * - 429 "Max Requests Limit reached" (older: "Max Events Limit reached. Dropping Events."): the
 *   workspace's request rate; retried.
 * - 413 "Request size exceeds max limit", 400 "Request neither has anonymousId nor userId",
 *   "Invalid JSON", "Empty batch payload": the payload, validation.
 * - 404 "Source is disabled" / "Destination is disabled": the source was turned off in the
 *   workspace; an admin re-enables it (permissions: the key is valid, the workspace refuses).
 * Its SDKs name themselves: rudder-sdk-go logs through a logger prefixed "rudder " with Go's date
 * ("rudder 2023/08/19 09:34:30 **ERROR**: …"); rudder-sdk-node, rudder-sdk-python (`rudderstack.analytics`).
 * (The rudder-transformer's own failure lines name the destination they proxy, not RudderStack:
 * src/extract/engines/rudderstack.ts.)
 * Sources: rudder-server gateway/response/response.go (messages and their statuses);
 * rudderstack.com/docs/api/http-api (write key as basic-auth user, 429 on rate limits).
 */
const R = ['rudderstack'];

export const provider: Provider = {
  name: 'rudderstack',
  display: 'RudderStack',
  aliases: ['rudderlabs'],
  // Not the bare word: a rudder-server log mentions RudderStack on lines about other destinations.
  hints: [
    '[\\w-]+\\.dataplane\\.rudderstack\\.com',
    'hosted\\.rudderlabs\\.com',
    'rudder-sdk-[a-z]+',
    '@rudderstack/[\\w-]+',
    'rudderstack\\.analytics',
    'rudder(?= \\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2} )',
    'Failed to read writeKey from (?:header|Query Params)',
  ],
  links: {
    auth: 'https://www.rudderstack.com/docs/dashboard-guides/sources/#source-details',
    validation: 'https://www.rudderstack.com/docs/api/http-api/',
    transient: 'https://www.rudderstack.com/docs/api/http-api/',
    outage: 'https://status.rudderstack.com',
  },
  rules: [
    {
      id: 'rudderstack/write-key',
      category: 'auth',
      cause: 'write key missing or invalid',
      message: /\bFailed to read writeKey from (?:header|Query Params)\b|\bInvalid Write Key\b/i,
      summary: 'RudderStack refused the write key (missing or not the source’s)',
      fix: 'Set the source’s write key (from the RudderStack dashboard) in the sending client; events are dropped until then.',
    },
    {
      id: 'rudderstack/source-disabled',
      category: 'permissions',
      cause: 'source or destination disabled',
      destination: R,
      message: /\b(?:Source|Destination) is disabled\b/,
      summary: 'RudderStack source or destination is disabled in the workspace',
      fix: 'Enable the source (or destination) in the RudderStack dashboard; events sent meanwhile are refused.',
    },
    {
      id: 'rudderstack/rate-limit',
      category: 'transient',
      cause: 'max requests limit reached',
      message: /\bMax (?:Requests|Events) Limit reached\b/i,
      summary: 'RudderStack rate-limited the workspace (HTTP 429)',
      fix: 'Retry with backoff; lower the send rate or batch events if it persists.',
    },
    {
      id: 'rudderstack/payload',
      category: 'validation',
      cause: 'payload rejected',
      destination: R,
      message: /\bRequest size exceeds max limit\b|\bRequest neither has anonymousId nor userId\b|\bEmpty batch payload\b/i,
      summary: 'RudderStack rejected the event (size, missing user id or empty batch)',
      fix: 'Send every event with a userId or anonymousId and under the size limit; retrying as is will not help.',
    },
  ],
};
