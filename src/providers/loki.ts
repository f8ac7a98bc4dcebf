import type { Provider } from './provider.js';

/**
 * Grafana Loki (and Grafana Cloud Logs) as the destination of log shippers: Promtail, Grafana
 * Alloy / Agent, Fluent Bit's and Fluentd's loki outputs, Vector's loki sink. They push to
 * `/loki/api/v1/push` (older `/api/prom/push`). Loki answers a rejected push with a status and a
 * plain-text reason:
 * - 429 `rate_limited` ("ingestion rate limit exceeded for user …"), `per_stream_rate_limit`
 *   ("Per stream rate limit exceeded"): the shipper backs off and retries: transient.
 * - 400 `greater_than_max_sample_age` ("entry too far behind" / "timestamp too old"),
 *   `too_far_in_future`, `out_of_order` ("entry out of order"), `line_too_long`, `missing_labels`,
 *   `invalid_labels` ("error parsing labels"), `max_label_names_per_series`: the lines themselves
 *   are refused and a retry sends them to the same fate: validation.
 * Sources: grafana.com/docs/loki "Enforce rate limits and push request validation" and
 * "Troubleshoot log ingestion (WRITE)".
 */
export const provider: Provider = {
  name: 'loki',
  display: 'Loki',
  aliases: ['grafanaloki'],
  // Not its legacy `/api/prom/push`: Cortex and Grafana Cloud's Prometheus push there too.
  hints: ['loki', '/loki/api/v1/push', 'promtail', 'LokiOutput', 'fluent-plugin-grafana-loki'],
  links: {
    transient: 'https://grafana.com/docs/loki/latest/operations/request-validation-rate-limits/',
    validation: 'https://grafana.com/docs/loki/latest/operations/request-validation-rate-limits/',
    outage: 'https://grafana.com/docs/loki/latest/operations/troubleshooting/troubleshoot-ingest/',
  },
  rules: [
    {
      id: 'loki/rate-limited',
      category: 'transient',
      cause: 'ingestion rate limit',
      message: /ingestion rate limit exceeded for user|Per stream rate limit exceeded/i,
      summary: 'Loki refused the push over the tenant’s ingestion rate limit; the shipper retries',
      fix: 'Retry with backoff; if it persists, raise ingestion_rate_mb / ingestion_burst_size_mb for the tenant or ship fewer lines.',
    },
    {
      id: 'loki/lines-refused',
      category: 'validation',
      cause: 'lines refused',
      message:
        /\bentry (?:too far behind|out of order|with timestamp \S{1,60} ignored, reason: '[^']{1,80}')|\b(?:greater_than_max_sample_age|too_far_in_future|line_too_long|max_label_names_per_series)\b|\bMax entry size '?\d+'? bytes exceeded\b|error parsing labels\b/i,
      summary: 'Loki refused the lines (too old, out of order, too long or bad labels)',
      fix: 'Fix the lines or the shipper’s labels and timestamps (or raise reject_old_samples_max_age / max_line_size); retrying the same lines fails again.',
    },
  ],
};
