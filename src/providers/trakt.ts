import type { Provider } from './provider.js';

/**
 * Trakt (`api.trakt.tv`), the watch-history service that media servers and list tools sync to
 * (Plex and Jellyfin plugins, IMDb list syncers). Its errors are mostly the status alone, often
 * printed with no body ("420 (<none>)"), so the status decides:
 * - 420 Account Limit Exceeded ("list count, item count, etc."): the account's tier caps its lists
 *   and items (since January 2025 free accounts hold far fewer); retrying adds nothing until items
 *   are removed or the account upgraded: plan. 426 VIP Only: the feature needs VIP: plan.
 * - 403 "invalid API key or unapproved app": the app's client id, not the user's grant: auth.
 * - 423 Locked User Account: the user must contact Trakt support (left to the generic rules).
 * - 429 is the short-window rate limit (`X-Ratelimit` names AUTHED_API_POST_LIMIT, one POST per
 *   second), transient, as everywhere.
 * SDKs: python-pytrakt `trakt.errors.AccountLimitExceeded` (420), `trakt.errors.RateLimitException`;
 * the Jellyfin plugin's `Trakt.Api.TraktApi` logger.
 * Sources: trakt.docs.apiary.io #introduction/status-codes; glensc/python-pytrakt #63
 * (AccountLimitExceeded for 420); Taxel/PlexTraktSync #2162 and Purfview/IMDb-Scout-Mod #249 (420
 * after the 2025 limit change).
 */
const T = ['trakt'];

export const provider: Provider = {
  name: 'trakt',
  display: 'Trakt',
  // The word covers the host (`api.trakt.tv`), the .NET plugin's `Trakt.Api` and `trakt.errors.*`.
  hints: ['trakt', 'pytrakt'],
  links: {
    auth: 'https://trakt.tv/oauth/applications',
    plan: 'https://trakt.tv/vip',
    validation: 'https://trakt.docs.apiary.io/#introduction/status-codes',
    transient: 'https://trakt.docs.apiary.io/#introduction/rate-limiting',
    outage: 'https://trakt.docs.apiary.io/#introduction/status-codes',
  },
  rules: [
    {
      id: 'trakt/account-limit',
      category: 'plan',
      cause: 'Account Limit Exceeded (420)',
      status: [420],
      destination: T,
      summary: 'Trakt account limit reached (lists or items for its tier)',
      fix: 'Remove items or lists on Trakt, stop syncing the capped collection, or upgrade the account to VIP; retrying adds nothing until then.',
    },
    {
      id: 'trakt/account-limit-message',
      category: 'plan',
      cause: 'Account Limit Exceeded (420)',
      message: /\bAccountLimitExceeded\b|\baccount limit exceeded\b/i,
      destination: T,
      summary: 'Trakt account limit reached (lists or items for its tier)',
      fix: 'Remove items or lists on Trakt, stop syncing the capped collection, or upgrade the account to VIP; retrying adds nothing until then.',
    },
    {
      id: 'trakt/vip-only',
      category: 'plan',
      cause: 'VIP Only (426)',
      status: [426],
      destination: T,
      summary: 'Trakt feature needs a VIP account',
      fix: 'Upgrade the Trakt account to VIP or turn the feature off in the sync settings.',
    },
    {
      id: 'trakt/api-key',
      category: 'auth',
      cause: 'invalid API key or unapproved app (403)',
      status: [403],
      destination: T,
      summary: 'Trakt rejected the app’s API key (client id)',
      fix: 'Check the client id in the connection against the app at trakt.tv/oauth/applications; pause the sync until then.',
    },
  ],
};
