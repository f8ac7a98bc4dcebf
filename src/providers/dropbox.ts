import type { Provider } from './provider.js';

/** Dropbox API. */
export const provider: Provider = {
  name: 'dropbox',
  display: 'Dropbox',
  hints: ['api\\.dropboxapi\\.com', 'content\\.dropboxapi\\.com', 'dropbox'],
  links: {
    outage: 'https://status.dropbox.com',
  },
};
