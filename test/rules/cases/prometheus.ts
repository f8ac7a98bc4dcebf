import type { RuleCase } from '../rule-tester.js';

/**
 * Remote-write refusals. Sources: prometheus/tsdb storage errors ("out of order sample", "out of
 * bounds"); prometheus.io/docs/specs/remote_write_spec; Grafana Mimir's runbooks (err-mimir-* ids).
 */
export const prometheusCases: RuleCase[] = [
  {
    line: 'ts=2026-03-04T13:19:58.522Z caller=dedupe.go:112 component=remote level=error remote_name=df99af url=https://metrics.example.net/api/v1/write msg="non-recoverable error" count=1500 err="server returned HTTP status 400 Bad Request: out of order sample"',
    category: 'validation',
    destination: 'prometheus',
    rule: 'prometheus/sample-rejected',
    note: "Prometheus's remote-write client relays the receiver's TSDB refusal",
  },
  {
    line: 'level=error msg="non-recoverable error" url=http://receiver:19291/api/v1/receive err="server returned HTTP status 400 Bad Request: label name \\"0bad\\" is not valid"',
    category: 'validation',
    rule: 'prometheus/label-rejected',
    note: 'an invalid label name from the sender',
  },
  {
    line: 'ts=2026-03-07T13:42:26Z level=error msg="non-recoverable error" component_id=prometheus.remote_write.default url=http://mimir-distributor:8080/api/v1/push err="server returned HTTP status 400 Bad Request: send data to ingesters: user=anonymous: the sample has been rejected because another sample with a more recent timestamp has already been ingested and out-of-order samples are not allowed (err-mimir-sample-out-of-order)"',
    category: 'validation',
    destination: 'mimir',
    rule: 'prometheus/sample-rejected',
    note: "Mimir's id names it; the sample refusal is the Prometheus rules'",
  },
  {
    line: 'level=error msg="non-recoverable error" url=https://prometheus-prod-10.grafana.net/api/prom/push err="server returned HTTP status 400 Bad Request: per-user series limit of 10000 exceeded (err-mimir-max-series-per-user)"',
    category: 'plan',
    destination: 'mimir',
    rule: 'mimir/series-limit',
    note: "the tenant's active series limit (Grafana Cloud's plan)",
  },
  {
    line: 'level=warn msg="Failed to send batch, retrying" url=http://mimir-gateway/api/v1/push err="server returned HTTP status 429 Too Many Requests: the request has been rejected because the tenant exceeded the ingestion rate limit (err-mimir-tenant-max-ingestion-rate)"',
    category: 'transient',
    destination: 'mimir',
    rule: 'mimir/ingestion-rate',
    note: 'the ingestion rate limit: the sender retries',
  },
];
