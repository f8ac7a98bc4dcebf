import type { Provider } from './provider.js';

/** Meta (Facebook) Graph and Marketing APIs. */
export const provider: Provider = {
  name: 'facebook',
  display: 'Facebook',
  aliases: ['meta'],
  hints: ['graph\\.facebook\\.com', 'facebook_business', 'facebook'],
  links: {
    auth: 'https://developers.facebook.com/docs/graph-api/guides/error-handling',
    transient: 'https://developers.facebook.com/docs/graph-api/overview/rate-limiting',
    outage: 'https://metastatus.com',
  },
};
