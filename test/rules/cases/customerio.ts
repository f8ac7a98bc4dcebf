import type { RuleCase } from '../rule-tester.js';

/**
 * Customer.io Track API: `{"meta":{"error":…}}` / `{"meta":{"errors":[…]}}`; attribute values
 * over 1000 bytes are rejected (body from customerio-node issue #29); 401 for a wrong Site ID /
 * API key pair (customer.io/docs/api/track). 429 above the Track API limit.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const customerioCases: RuleCase[] = [
  {
    line: j({ ts: '2026-03-05T19:00:00Z', level: 'error', destination: 'customer.io', record_id: 'cust_1', status: 400, body: { meta: { errors: ["value for attribute 'myAttribute' cannot be longer than 1000 bytes"] } } }),
    category: 'validation',
    field: 'myAttribute',
    destination: 'customerio',
    rule: 'customerio/attribute-too-long',
    note: 'attribute value over 1000 bytes: validation on the attribute',
  },
  {
    line: "Error: value for attribute 'bio' cannot be longer than 1000 bytes (PUT https://track.customer.io/api/v1/customers/cust_2)",
    category: 'validation',
    field: 'bio',
    destination: 'customerio',
    rule: 'customerio/attribute-too-long',
    note: 'the same in prose, destination from the Track host',
  },
  {
    line: j({ ts: '2026-03-05T19:00:10Z', level: 'error', destination: 'customerio', record_id: 'cust_3', status: 401, body: { meta: { error: 'Unauthorized request' } } }),
    category: 'auth',
    rule: 'customerio/unauthorized',
    note: '401: Site ID / API key pair rejected (or the other region)',
  },
  {
    line: j({ ts: '2026-03-05T19:00:20Z', level: 'warn', destination: 'customerio', record_id: 'cust_4', status: 429, body: { meta: { error: 'Too Many Requests' } } }),
    category: 'transient',
    destination: 'customerio',
    note: 'Track API limit: transient (generic rule)',
  },
  // ---------------------------------------------------------------- near misses
  {
    line: j({ ts: '2026-03-05T19:00:30Z', level: 'error', destination: 'intercom', status: 401, body: { type: 'error.list', errors: [{ code: 'unauthorized', message: 'Access Token Invalid' }] } }),
    category: 'auth',
    destination: 'intercom',
    note: 'near miss: another provider’s 401 is not Customer.io’s',
  },
];
