import type { Provider } from './provider.js';

/** Twilio SendGrid v3 API. Sources: docs.sendgrid.com/api-reference (errors). */
export const provider: Provider = {
  name: 'sendgrid',
  display: 'SendGrid',
  hints: ['api\\.sendgrid\\.com', '@sendgrid/\\w+', 'sendgrid'],
  links: {
    permissions: 'https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys',
    outage: 'https://status.sendgrid.com',
  },
};
