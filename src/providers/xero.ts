import type { Provider } from './provider.js';

/** Xero accounting API. Sources: developer.xero.com/documentation/api/http-response-codes. */
export const provider: Provider = {
  name: 'xero',
  display: 'Xero',
  hints: ['api\\.xero\\.com', 'xeroizer', 'xero-python', 'xero-node', 'xero'],
  links: {
    auth: 'https://developer.xero.com/documentation/guides/oauth2/auth-flow',
    transient: 'https://developer.xero.com/documentation/guides/oauth2/limits',
    outage: 'https://status.xero.com',
  },
};
