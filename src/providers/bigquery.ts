import type { Provider } from './provider.js';

/** BigQuery: a Google API (its reasons and statuses are every Google API's, so Google's rules decide its lines); named apart because operators name it apart. */
export const provider: Provider = {
  name: 'bigquery',
  display: 'BigQuery',
  // Both API hosts: bigquery.googleapis.com and www.googleapis.com/bigquery/v2 (the Java and older clients).
  hints: ['bigquery\\.googleapis\\.com', '(?:www\\.)?googleapis\\.com/bigquery', 'google\\.cloud\\.bigquery', 'bigquery'],
  // Before Google's: at the same place in a line its host is the more specific hint.
  rank: 65,
  ruledBy: 'google',
  links: {
    plan: 'https://cloud.google.com/bigquery/quotas',
    permissions: 'https://cloud.google.com/bigquery/docs/access-control',
    validation: 'https://cloud.google.com/bigquery/docs/error-messages',
    outage: 'https://status.cloud.google.com',
    transient: 'https://status.cloud.google.com',
  },
};
