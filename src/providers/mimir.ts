import type { Provider } from './provider.js';

/**
 * Grafana Mimir (and Grafana Cloud Metrics, which runs it): a Prometheus remote-write receiver whose
 * refusals carry an id, `err-mimir-<name>`, from its error reference. Sample refusals are the
 * Prometheus rules' (`ruledBy`); its own are the per-tenant limits:
 * - err-mimir-max-series-per-user / -per-metric, max-global-series…: the tenant's series limit —
 *   plan (raise the limit, or the Grafana Cloud plan).
 * - err-mimir-tenant-max-ingestion-rate / -request-rate (429): ingestion rate limit — transient.
 * Source: grafana.com/docs/mimir/latest/manage/mimir-runbooks (error ids and what raises each).
 */
export const provider: Provider = {
  name: 'mimir',
  display: 'Grafana Mimir',
  ruledBy: 'prometheus',
  hints: ['err-mimir-[a-z0-9-]{3,60}', 'mimir(?:-distributor|-gateway|-nginx)?'],
  links: {
    plan: 'https://grafana.com/docs/mimir/latest/manage/mimir-runbooks/',
    transient: 'https://grafana.com/docs/mimir/latest/manage/mimir-runbooks/',
    validation: 'https://grafana.com/docs/mimir/latest/manage/mimir-runbooks/',
  },
  rules: [
    {
      id: 'mimir/series-limit',
      category: 'plan',
      cause: 'series limit',
      message: /\berr-mimir-max-(?:global-)?series-per-(?:user|metric)\b|\bper-user series limit of \d+ exceeded\b/i,
      summary: 'Mimir tenant over its active series limit',
      fix: 'Raise the tenant’s max series (or the Grafana Cloud plan), or drop high-cardinality series; new series are refused until then.',
    },
    {
      id: 'mimir/ingestion-rate',
      category: 'transient',
      cause: 'ingestion rate limit',
      message: /\berr-mimir-tenant-max-(?:ingestion|request)-rate\b|\bingestion rate limit \([\d.]+\) exceeded\b/i,
      summary: 'Mimir tenant over its ingestion rate (HTTP 429)',
      fix: 'Retried by the sender; if it persists, raise the ingestion rate limit or lower the samples sent.',
    },
  ],
};
