import type { Provider } from './provider.js';

/** QuickBooks Online (Intuit): the .NET SDK's `Intuit.Ipp.*` exceptions, the Python `quickbooks` package. */
export const provider: Provider = {
  name: 'quickbooks',
  display: 'QuickBooks',
  aliases: ['intuit'],
  hints: ['quickbooks\\.api\\.intuit\\.com', 'Intuit\\.Ipp', 'quickbooks', 'intuit'],
  links: {
    auth: 'https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0',
    outage: 'https://status.developer.intuit.com',
    transient: 'https://status.developer.intuit.com',
  },
};
