import type { Provider } from './provider.js';

/** Jira / Atlassian Cloud: sites on `*.atlassian.net`. */
export const provider: Provider = {
  name: 'jira',
  display: 'Jira',
  aliases: ['atlassian'],
  hints: ['[\\w-]+\\.atlassian\\.net', 'jira'],
  links: {
    auth: 'https://id.atlassian.com/manage-profile/security/api-tokens',
    outage: 'https://status.atlassian.com',
    transient: 'https://status.atlassian.com',
  },
};
