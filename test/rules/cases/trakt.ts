import type { RuleCase } from '../rule-tester.js';

/**
 * Trakt: statuses printed by the clients that sync to it, mostly without a body.
 * Sources: trakt.docs.apiary.io #introduction/status-codes (420, 426, 403); glensc/python-pytrakt #63
 * (`AccountLimitExceeded`, 420); jellyfin/jellyfin-plugin-trakt #265 (the .NET
 * HttpRequestException with "420 (<none>)"); Taxel/PlexTraktSync #2162.
 */
export const traktCases: RuleCase[] = [
  {
    line: '[ERR] Trakt.Api.TraktApi: System.Net.Http.HttpRequestException: Response status code does not indicate success: 420 (<none>).',
    category: 'plan',
    destination: 'trakt',
    rule: 'trakt/account-limit',
    note: '.NET EnsureSuccessStatusCode on a 420 with no reason phrase, under the plugin’s logger (jellyfin-plugin-trakt #265)',
  },
  {
    line: 'ERROR trakt.errors.AccountLimitExceeded: 420 Account Limit Exceeded - list count, item count, etc',
    category: 'plan',
    destination: 'trakt',
    note: 'pytrakt’s exception for 420 (python-pytrakt #63): the status or the class decides',
  },
  {
    line: 'ERROR sync failed: POST https://api.trakt.tv/sync/collection: account limit exceeded',
    category: 'plan',
    destination: 'trakt',
    rule: 'trakt/account-limit-message',
    note: 'the wording alone, with the host (status-codes: "420 Account Limit Exceeded")',
  },
  {
    line: '{"level":"error","msg":"request failed","url":"https://api.trakt.tv/users/me/lists","status":426}',
    category: 'plan',
    destination: 'trakt',
    rule: 'trakt/vip-only',
    note: 'status-codes: 426 VIP Only, the user must upgrade',
  },
  {
    line: '{"level":"error","msg":"request failed","url":"https://api.trakt.tv/sync/history","status":403}',
    category: 'auth',
    destination: 'trakt',
    rule: 'trakt/api-key',
    note: 'status-codes: 403 Forbidden means an invalid API key or an unapproved app',
  },
];
