import type { RuleCase } from '../rule-tester.js';

/**
 * OneDrive's own drive codes; the codes it shares with Microsoft Graph are Graph's cases.
 * Sources: learn.microsoft.com/onedrive/developer/rest-api/concepts/errors, …/scan-guidance.
 */
export const onedriveCases: RuleCase[] = [
  {
    line: '2026/03/25 18:19:19 ERROR : backup.tar: Failed to copy: quotaLimitReached: Quota limit reached',
    category: 'plan',
    destination: 'onedrive',
    rule: 'onedrive/quota-message',
    note: 'rclone prints the drive code before its message',
  },
  {
    line: '2026/03/25 18:19:20 DEBUG : pacer: low level retry 1/10 (error activityLimitReached: The request has been throttled)',
    category: 'transient',
    destination: 'onedrive',
    rule: 'onedrive/activity-limit-message',
    note: 'the drive API’s throttling code in rclone’s prose',
  },
  {
    line: '{"level":"error","destination":"onedrive","status":429,"body":{"error":{"code":"activityLimitReached","message":"The app or user has been throttled."}}}',
    category: 'transient',
    destination: 'onedrive',
    rule: 'onedrive/activity-limit',
    note: 'the drive API’s body',
  },
  {
    line: '{"level":"error","url":"https://contoso-my.sharepoint.com/_api/v2.0/drive/items/01AB","status":403,"body":{"error":{"code":"accessDenied","message":"Access denied"}}}',
    category: 'permissions',
    destination: 'onedrive',
    note: 'a tenant’s OneDrive for Business host; Graph’s access rule decides',
  },
];
