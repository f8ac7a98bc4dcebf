import type { Provider } from './provider.js';

/**
 * NATS messaging. The server answers a protocol line `-ERR '<reason>'` and clients raise it:
 * 'Authorization Violation' (bad user, password, token or credentials), 'Permissions Violation for
 * Publish to "subj"' (the user may not publish or subscribe there), 'Maximum Payload Violation'
 * (a message over max_payload, 1 MB by default; the Go client refuses it first: "nats: maximum
 * payload exceeded"), 'Maximum Connections Exceeded'. Clients: Go `nats: …` errors (`nats: no
 * servers available for connection`, `nats: timeout`), nats.js `NatsError`, nats.py `nats.errors.*`.
 * Sources: docs.nats.io/reference/reference-protocols/nats-protocol (-ERR), nats.go's errors.
 */
export const provider: Provider = {
  name: 'nats',
  display: 'NATS',
  hints: ['nats://', 'NatsError', 'nats\\.errors(?:\\.\\w+)?', 'nats\\.go', 'nats-server', 'nats(?=: )', 'JetStream'],
  links: {
    auth: 'https://docs.nats.io/running-a-nats-service/configuration/securing_nats/auth_intro',
    permissions: 'https://docs.nats.io/running-a-nats-service/configuration/securing_nats/authorization',
    validation: 'https://docs.nats.io/reference/reference-protocols/nats-protocol',
  },
  rules: [
    {
      id: 'nats/authorization-violation',
      category: 'auth',
      cause: 'Authorization Violation',
      message: /\bAuthorization Violation\b|\bnats: authorization violation\b|\bUser Authentication (?:Expired|Revoked)\b/i,
      summary: 'NATS refused the connection’s credentials',
      fix: 'Fix the user, password, token or credentials file of the connection; pause the sync until then.',
    },
    {
      id: 'nats/permissions-violation',
      category: 'permissions',
      cause: 'Permissions Violation',
      message: /\bPermissions Violation for (?:Publish|Subscription) to\b/i,
      summary: 'NATS user may not publish or subscribe on this subject',
      fix: 'Allow the subject in the user’s permissions (publish / subscribe); keep syncing the other subjects.',
    },
    {
      id: 'nats/max-payload',
      category: 'validation',
      cause: 'maximum payload exceeded',
      message: /\bMaximum Payload Violation\b|\bmaximum payload exceeded\b/i,
      summary: 'NATS refused a message over max_payload',
      fix: 'Send smaller messages (split or compress them, or store large ones elsewhere) or raise max_payload on the server; retrying the same message fails again.',
    },
    {
      id: 'nats/no-servers',
      category: 'outage',
      cause: 'no servers available',
      message: /\bnats: no servers available for connection\b/i,
      summary: 'NATS unreachable: no server of the cluster answered',
      fix: 'Nothing to fix in the records: check that the NATS servers are up and reachable; resume when they answer.',
    },
  ],
};
