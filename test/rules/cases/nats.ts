import type { RuleCase } from '../rule-tester.js';

/**
 * NATS: the server's `-ERR '<reason>'` as clients raise it; Go's `nats: …` errors.
 * Sources: docs.nats.io/reference/reference-protocols/nats-protocol.
 */
export const natsCases: RuleCase[] = [
  { line: "2026-03-01T10:00:00Z ERROR connect failed: nats: Authorization Violation", category: 'auth', destination: 'nats', rule: 'nats/authorization-violation', note: 'wrong credentials' },
  { line: "2026-03-01T10:00:01Z ERROR publish failed: nats: Permissions Violation for Publish to \"orders.created\"", category: 'permissions', destination: 'nats', rule: 'nats/permissions-violation', note: 'the user may not publish there' },
  { line: "2026-03-01T10:00:02Z ERROR publish failed: nats: maximum payload exceeded", category: 'validation', destination: 'nats', rule: 'nats/max-payload', note: 'a message over max_payload' },
  { line: "2026-03-01T10:00:03Z ERROR nats: no servers available for connection", category: 'outage', destination: 'nats', rule: 'nats/no-servers', note: 'nothing answered' },
];
