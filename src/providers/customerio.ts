import type { Provider } from './provider.js';

/**
 * Customer.io. Track API v1 (`track.customer.io/api/v1`, `track-eu.customer.io`): errors are
 * `{"meta":{"error":"…"}}` or `{"meta":{"errors":["value for attribute 'x' cannot be longer than
 * 1000 bytes"]}}`; 401 means the Site ID / API key pair is wrong (or belongs to the other region);
 * the Track API limit (about 100 requests/second per workspace) answers 429 (transient). App API
 * (`api.customer.io/v1`, bearer App API key) and the v2 `/batch` endpoint name the record
 * problem per item (`reason`, `field`). Attribute values are capped at 1000 bytes, attribute names
 * at 150 bytes: record-level validation, never retried as is.
 * Sources: customer.io/docs/api/track (limits, errors), customer.io/docs/api/app; bodies in
 * customerio-node issue #29 and the Rudder / Airbyte Customer.io destination docs.
 */
const C = ['customerio'];

export const provider: Provider = {
  name: 'customerio',
  display: 'Customer.io',
  hints: ['(?:track|api|cdp|beta-api)(?:-eu)?\\.customer\\.io', 'customer\\.io', 'customerio', 'CustomerIOException'],
  rank: 95,
  links: {
    auth: 'https://customer.io/docs/api/track/',
    permissions: 'https://customer.io/docs/api/app/',
    validation: 'https://customer.io/docs/api/track/',
    outage: 'https://status.customer.io',
    transient: 'https://customer.io/docs/api/track/',
  },
  rules: [
    {
      id: 'customerio/attribute-too-long',
      category: 'validation',
      cause: 'attribute value too long',
      message: /value for attribute '[^']+' cannot be longer than \d+ bytes/i,
      fieldFrom: /value for attribute '([^']+)'/i,
      summary: 'Customer.io attribute `{field}` is over the 1000-byte value limit',
      fix: 'Truncate `{field}` at the source (or stop syncing it); Customer.io rejects the whole identify call.',
    },
    // The Track API key pair: 401 with "Unauthorized request" / site id wording; a key from the other
    // region (US vs EU) fails the same way.
    {
      id: 'customerio/unauthorized',
      category: 'auth',
      cause: 'Site ID / API key rejected',
      status: [401],
      destination: C,
      summary: 'Customer.io Site ID / API key rejected (or used on the wrong region)',
      fix: 'Check the Track API Site ID and key, and that the connection points at the workspace’s region (track-eu for EU); pause the sync until then.',
    },
  ],
};
