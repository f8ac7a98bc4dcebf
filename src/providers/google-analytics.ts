import type { Provider } from './provider.js';

/**
 * Google Analytics: the Data API (GA4, `analyticsdata.googleapis.com`), the Admin API and the
 * Universal Analytics Reporting / Core Reporting APIs (`analyticsreporting.googleapis.com`,
 * `www.googleapis.com/analytics/v3`, whose profile ids read `ga:123456789`). A Google API: its
 * reasons and statuses are every Google API's, so Google's rules decide its lines; named apart
 * because operators name it apart, with its own quota and access pages.
 * The Measurement Protocol (GA4, `www.google-analytics.com/mp/collect`) answers its validation
 * server with `validationMessages[{fieldPath, description, validationCode}]`.
 * Sources: developers.google.com/analytics/devguides/reporting/data/v1/quotas (token quotas),
 * /core/v3/errors (dailyLimitExceeded, userRateLimitExceeded, insufficientPermissions),
 * /collection/protocol/ga4/validating-events (validation codes).
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
    // The Measurement Protocol's hosts (and its validation server, /debug/mp/collect).
    '(?:www|region1)\\.google-analytics\\.com',
  ],
  // The Measurement Protocol validation server answers 200 with validationMessages[].
  keys: { code: ['validationCode'], field: ['fieldPath'], message: ['description'] },
  bodyKeys: ['validationMessages'],
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
  rules: [
    {
      id: 'google-analytics/mp-validation',
      category: 'validation',
      cause: '{code}',
      code: ['VALUE_INVALID', 'VALUE_REQUIRED', 'NAME_INVALID', 'NAME_RESERVED', 'VALUE_OUT_OF_BOUNDS', 'EXCEEDED_MAX_ENTITIES', 'NAME_DUPLICATED'],
      destination: ['google-analytics'],
      summary: 'Google Analytics rejected the event (`{field}`: {code})',
      fix: 'Fix the event or parameter the message names (names: letters, digits and underscores, not reserved; values within limits); the hit was not recorded.',
    },
  ],
};
