import type { Provider } from './provider.js';

/** Slack Web API: `{"ok":false,"error":"…"}` on HTTP 200. */
export const provider: Provider = {
  name: 'slack',
  display: 'Slack',
  hints: ['slack\\.com', 'slack_sdk', '@slack/web-api', 'slack'],
  links: {
    permissions: 'https://api.slack.com/scopes',
    transient: 'https://api.slack.com/apis/rate-limits',
    outage: 'https://status.slack.com',
  },
};
