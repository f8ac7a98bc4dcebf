import type { Provider } from './provider.js';

/**
 * Zendesk: `{"error":"RecordInvalid","details":{field:[…]}}`; `Couldn't authenticate you` on a 401.
 * Sources: developer.zendesk.com API basics (errors).
 */
export const provider: Provider = {
  name: 'zendesk',
  display: 'Zendesk',
  hints: ['zendesk\\.com', 'zendesk', 'zenpy'],
  rank: 95,
  links: {
    auth: 'https://support.zendesk.com/hc/en-us/articles/4408889192858',
    permissions: 'https://support.zendesk.com/hc/en-us/articles/4408832171034',
    validation: 'https://developer.zendesk.com/api-reference/introduction/requests/',
    outage: 'https://status.zendesk.com',
    transient: 'https://status.zendesk.com',
  },
  rules: [
    {
      id: 'zendesk/record-invalid',
      category: 'validation',
      cause: 'RecordInvalid',
      code: ['RecordInvalid', 'DuplicateValue', 'InvalidValue', 'BlankValue'],
      summary: 'Zendesk record validation failed',
      fix: 'Fix the value of the named field (details key) in the mapping.',
    },
    {
      id: 'zendesk/authenticate',
      category: 'auth',
      cause: "Couldn't authenticate you",
      message: /Couldn't authenticate you/i,
      summary: 'Zendesk credentials rejected',
      fix: 'Update the Zendesk API token / OAuth connection; pause the sync until then.',
    },
  ],
};
