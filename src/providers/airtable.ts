import type { Provider } from './provider.js';

/** Airtable Web API. Sources: airtable.com/developers/web/api/errors. */
export const provider: Provider = {
  name: 'airtable',
  display: 'Airtable',
  hints: ['api\\.airtable\\.com', 'pyairtable', 'airtable'],
  links: {
    transient: 'https://airtable.com/developers/web/api/rate-limits',
    outage: 'https://status.airtable.com',
  },
};
