import type { Provider } from './provider.js';

/**
 * OneDrive (personal and for Business) and SharePoint document libraries, reached through Microsoft
 * Graph's drive API (`graph.microsoft.com/v1.0/me/drive/…`), the older `api.onedrive.com`, or a
 * tenant's `<tenant>-my.sharepoint.com`; rclone's `onedrive` backend, backup add-ons and sync
 * scripts. Its errors are Graph's `{"error":{"code","message"}}` with the drive API's lower-camel
 * codes; Graph's rules decide the ones it shares (accessDenied, unauthenticated, generalException).
 * Two are the drive's own:
 * - 507 `quotaLimitReached` ("Insufficient Space Available", "The user has reached their quota
 *   limit."): the drive's storage is full: plan (more storage, or free some).
 * - 429 `activityLimitReached` ("The request has been throttled"): the app or user made too many
 *   requests: transient (honour Retry-After).
 * Sources: learn.microsoft.com/onedrive/developer/rest-api/concepts/errors (error codes),
 * …/concepts/scan-guidance (throttling), learn.microsoft.com/graph/throttling; rclone's onedrive
 * backend, which prints the code before the message ("quotaLimitReached: Quota limit reached").
 */
export const provider: Provider = {
  name: 'onedrive',
  display: 'OneDrive',
  aliases: ['onedriveforbusiness', 'skydrive'],
  hints: ['api\\.onedrive\\.com', '1drv\\.ms', '[\\w-]{1,60}-my\\.sharepoint\\.com', 'OneDrive'],
  ruledBy: 'microsoft-graph',
  // Before Graph's rules, whose generic throttling and quota codes it shares.
  rank: 75,
  links: {
    auth: 'https://learn.microsoft.com/en-us/onedrive/developer/rest-api/getting-started/graph-oauth',
    permissions: 'https://learn.microsoft.com/en-us/onedrive/developer/rest-api/concepts/permissions_reference',
    plan: 'https://www.microsoft.com/en-us/microsoft-365/onedrive/compare-onedrive-plans',
    transient: 'https://learn.microsoft.com/en-us/sharepoint/dev/general-development/how-to-avoid-getting-throttled-or-blocked-in-sharepoint-online',
    outage: 'https://status.cloud.microsoft',
  },
  rules: [
    {
      id: 'onedrive/quota',
      category: 'plan',
      cause: 'quotaLimitReached',
      code: ['quotaLimitReached'],
      summary: 'OneDrive storage is full (quotaLimitReached)',
      fix: 'Free space on the drive or buy more storage; uploads fail until then (pause the sync).',
    },
    // The same code as clients print it in prose: rclone "quotaLimitReached: Insufficient Space
    // Available", the .NET SDK's "Code: quotaLimitReached".
    {
      id: 'onedrive/quota-message',
      category: 'plan',
      cause: 'quotaLimitReached',
      message: /\bquotaLimitReached\b|\bInsufficient Space Available\b/,
      summary: 'OneDrive storage is full (quotaLimitReached)',
      fix: 'Free space on the drive or buy more storage; uploads fail until then (pause the sync).',
    },
    {
      id: 'onedrive/activity-limit',
      category: 'transient',
      cause: 'activityLimitReached',
      code: ['activityLimitReached'],
      summary: 'OneDrive throttled the app (activityLimitReached)',
      fix: 'Retry honouring Retry-After; lower the number of parallel transfers.',
    },
    {
      id: 'onedrive/activity-limit-message',
      category: 'transient',
      cause: 'activityLimitReached',
      message: /\bactivityLimitReached\b/,
      summary: 'OneDrive throttled the app (activityLimitReached)',
      fix: 'Retry honouring Retry-After; lower the number of parallel transfers.',
    },
  ],
};
