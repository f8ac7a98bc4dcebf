import type { RuleCase } from '../rule-tester.js';

/**
 * Loki's push refusals as shippers log them. Sources: grafana.com/docs/loki "Enforce rate limits
 * and push request validation", "Troubleshoot log ingestion (WRITE)".
 */
export const lokiCases: RuleCase[] = [
  {
    line: 'level=warn ts=2026-07-01T09:00:00Z caller=client.go:419 component=client host=logs.example.net msg="error sending batch, will retry" status=429 error="server returned HTTP status 429 Too Many Requests (429): Ingestion rate limit exceeded for user 1234 (limit: 4194304 bytes/sec) while attempting to ingest 812 lines totaling 1048576 bytes, reduce log volume or contact your Loki administrator to see if the limit can be increased"',
    category: 'transient',
    rule: 'loki/rate-limited',
    note: 'Promtail retries a 429 rate_limited push',
  },
  {
    line: 'level=error ts=2026-07-01T09:00:05Z caller=client.go:430 msg="final error sending batch" status=400 error="server returned HTTP status 400 Bad Request (400): entry with timestamp 2026-06-01 09:00:00 +0000 UTC ignored, reason: \'entry too far behind, oldest acceptable timestamp is: 2026-06-24T09:00:05Z\' for stream: {job=\\"sync\\"}"',
    category: 'validation',
    destination: 'loki',
    rule: 'loki/lines-refused',
    note: 'greater_than_max_sample_age: the lines are refused, not retried',
  },
  {
    line: 'level=error ts=2026-07-01T09:01:00Z caller=client.go:130 msg="error sending batch" error="Post http://loki:3100/loki/api/v1/push: dial tcp 10.0.0.5:3100: connect: connection refused"',
    category: 'outage',
    destination: 'loki',
    note: 'the push path names Loki when the host is a bare service name',
  },
];
