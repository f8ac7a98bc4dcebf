import type { Provider } from './provider.js';

/**
 * Google Analytics: the Data API (GA4, `analyticsdata.googleapis.com`), the Admin API and the
 * Universal Analytics Reporting / Core Reporting APIs (`analyticsreporting.googleapis.com`,
 * `www.googleapis.com/analytics/v3`, whose profile ids read `ga:123456789`). A Google API: its
 * reasons and statuses are every Google API's, so Google's rules decide its lines; named apart
 * because operators name it apart, with its own quota and access pages.
 * Sources: developers.google.com/analytics/devguides/reporting/data/v1/quotas (token quotas),
 * /core/v3/errors (dailyLimitExceeded, userRateLimitExceeded, insufficientPermissions).
 */
export const provider: Provider = {
  name: 'google-analytics',
  display: 'Google Analytics',
  aliases: ['googleanalytics', 'ga4'],
  hints: [
    'analytics(?:data|reporting|admin)\\.googleapis\\.com',
    '(?:www\\.)?googleapis\\.com/analytics',
    'google\\.analytics\\.(?:data|admin)\\w*',
    '@google-analytics/(?:data|admin)',
    'google-analytics-(?:data|admin)',
    'ga:\\d{5,}',
    'Google Analytics',
  ],
  // Before Google's (70), as BigQuery and GCS.
  rank: 65,
  ruledBy: 'google',
  links: {
    plan: 'https://developers.google.com/analytics/devguides/reporting/data/v1/quotas',
    permissions: 'https://support.google.com/analytics/answer/9305587',
    validation: 'https://developers.google.com/analytics/devguides/reporting/data/v1/api-schema',
    outage: 'https://status.cloud.google.com',
    transient: 'https://status.cloud.google.com',
  },
};
