import type { Provider } from './provider.js';

/**
 * Prometheus remote write: the receiver (Prometheus itself, Thanos Receive, Cortex, Mimir,
 * VictoriaMetrics) answers a push at `/api/v1/write` or `/api/v1/push` with the TSDB's refusal of
 * single samples, and a sender (Prometheus, Grafana Agent / Alloy, the Collector) logs it as a
 * "non-recoverable error" with the 400 body:
 * - "out of order sample", "out of bounds", "duplicate sample for timestamp", "too old sample":
 *   the sample's timestamp cannot go into the series (two senders writing one series, a replayed
 *   WAL, a clock): validation, the sample is dropped.
 * - "label name … is not valid", "label value too long", "missing metric name": validation.
 * Sources: prometheus/tsdb (storage.ErrOutOfOrderSample "out of order sample", ErrOutOfBounds "out
 * of bounds", ErrDuplicateSampleForTimestamp), the remote-write spec (prometheus.io/docs/specs/
 * remote_write_spec: 4xx are not retried), Grafana Mimir's error reference for its `err-mimir-*` ids.
 */
export const provider: Provider = {
  name: 'prometheus',
  display: 'Prometheus',
  // Not the bare word: exporters, Beats and scrape targets are named after it too.
  hints: ['prometheusremotewrite', 'prometheus\\.remote_write', 'remote_write', '/api/v1/(?:write|push)', 'thanos-receive'],
  links: {
    validation: 'https://prometheus.io/docs/specs/remote_write_spec/',
  },
  rules: [
    {
      id: 'prometheus/sample-rejected',
      category: 'validation',
      cause: 'sample rejected',
      message: /\bout of order sample\b|\bsample (?:timestamp )?(?:is )?out of order\b|(?:^|[:"=\s])out of bounds\b|\bduplicate sample for timestamp\b|\btoo old sample\b|\bsample-out-of-order\b|\bsample-timestamp-too-old\b|\bsample-duplicate-timestamp\b/i,
      summary: 'Remote-write receiver refused samples (out of order, too old or duplicate timestamp)',
      fix: 'Make sure one sender writes each series (distinct external labels per replica, no replayed WAL) and clocks agree; the refused samples are dropped, not retried.',
    },
    {
      id: 'prometheus/label-rejected',
      category: 'validation',
      cause: 'series labels rejected',
      message: /\blabel (?:name|value) [^\n]{0,120}?(?:is not valid|too long)\b|\bmissing metric name\b|\bmax-label-names-per-series\b|\blabel-value-too-long\b|\binvalid metric name\b/i,
      summary: 'Remote-write receiver refused a series for its labels (invalid name, too long, too many)',
      fix: 'Fix the metric or label names the sender produces (relabel_configs), or drop the series; retrying the same samples fails again.',
    },
  ],
};
