import type { RuleCase } from '../rule-tester.js';

/**
 * Gorgias REST API: `{"error":{"msg":"…"}}`; the status carries the meaning (401 key / token, 403
 * the user's role, 409 identifier already in use, 413 attachment too large, 429 leaky-bucket limit
 * with Retry-after).
 * Sources: developers.gorgias.com/reference/errors and /reference/limitations; PipedreamHQ/pipedream
 * issue 17340 (the 401 body).
 */
const j = (o: unknown): string => JSON.stringify(o);

export const gorgiasCases: RuleCase[] = [
  {
    line: j({ ts: '2026-03-03T10:00:00Z', level: 'error', destination: 'gorgias', status: 401, body: { error: { msg: '401 Unauthorized: No user found matching the "sub" claim of the token.' } } }),
    category: 'auth',
    rule: 'gorgias/no-user-for-token',
    note: 'OAuth token of a removed user: reconnect as an active user',
  },
  {
    line: j({ ts: '2026-03-03T10:00:05Z', level: 'error', destination: 'gorgias', record_id: 'ticket_1', status: 401, body: { error: { msg: 'Unauthorized' } } }),
    category: 'auth',
    rule: 'gorgias/401',
    note: '401: invalid or expired API key',
  },
  {
    line: j({ ts: '2026-03-03T10:00:10Z', level: 'error', destination: 'gorgias', record_id: 'macro_2', status: 403, body: { error: { msg: "You don't have the required permissions" } } }),
    category: 'permissions',
    rule: 'gorgias/403',
    note: '403: the role of the user behind the key',
  },
  {
    line: '2026-03-03T10:00:20Z ERROR POST https://acme.gorgias.com/api/customers -> 409 {"error":{"msg":"Customer with this email already exists"}}',
    category: 'validation',
    destination: 'gorgias',
    rule: 'gorgias/409',
    note: '409 named by the host only: identifier already in use',
  },
  {
    line: '2026-03-03T10:00:30Z ERROR POST https://acme.gorgias.com/api/tickets/4/messages -> 413 {"error":{"msg":"Request Entity Too Large"}}',
    category: 'validation',
    destination: 'gorgias',
    rule: 'gorgias/413',
    note: '413: attachment above the upload limit',
  },
  {
    line: '2026-03-03T10:00:40Z WARN GET https://acme.gorgias.com/api/tickets?limit=100 -> 429 {"error":{"msg":"Too Many Requests"}}',
    category: 'transient',
    destination: 'gorgias',
    rule: 'gorgias/429',
    note: 'leaky bucket: 40 calls per 20 s per account for API keys',
  },
  // ---------------------------------------------------------------- near misses
  {
    line: j({ ts: '2026-03-03T11:00:00Z', level: 'error', destination: 'gorgias', status: 500, body: { error: { msg: 'Internal Server Error' } } }),
    category: 'transient',
    rule: 'http/server-error-message',
    note: 'near miss: 5xx keep their generic meaning on Gorgias lines',
  },
];
