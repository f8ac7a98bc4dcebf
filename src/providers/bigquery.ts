import type { Provider } from './provider.js';

/** BigQuery: a Google API (its rules are Google's, `answersFor` in google.ts); named apart because operators name it apart. */
export const provider: Provider = {
  name: 'bigquery',
  display: 'BigQuery',
  hints: ['bigquery\\.googleapis\\.com', 'google\\.cloud\\.bigquery', 'bigquery'],
  links: {
    plan: 'https://cloud.google.com/bigquery/quotas',
    permissions: 'https://cloud.google.com/bigquery/docs/access-control',
    validation: 'https://cloud.google.com/bigquery/docs/error-messages',
    outage: 'https://status.cloud.google.com',
    transient: 'https://status.cloud.google.com',
  },
};
