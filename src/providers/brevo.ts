import type { Provider } from './provider.js';

/** Brevo (formerly Sendinblue). */
export const provider: Provider = {
  name: 'brevo',
  display: 'Brevo',
  aliases: ['sendinblue'],
  hints: ['api\\.brevo\\.com', 'sendinblue', 'brevo'],
  links: {
    outage: 'https://status.brevo.com',
    transient: 'https://developers.brevo.com/docs/api-limits',
  },
};
