import type { Provider } from './provider.js';

/** Amazon Redshift as a warehouse destination (libpq / redshift_connector wording). */
export const provider: Provider = {
  name: 'redshift',
  display: 'Amazon Redshift',
  hints: ['[\\w.-]+\\.redshift(?:-serverless)?\\.amazonaws\\.com', 'redshift_connector', 'redshift'],
};
