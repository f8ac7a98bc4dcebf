import type { Provider } from './provider.js';

/**
 * The X (formerly Twitter) API: `api.twitter.com`, `api.x.com`, `upload.twitter.com`; clients
 * Tweepy, twitter-api-v2, twit. v1.1 errors are `{"errors":[{"code":N,"message":"…"}]}`:
 * - 32 "Could not authenticate you", 89 "Invalid or expired token", 215 "Bad Authentication data": auth.
 * - 453 "You currently have access to a subset of … endpoints" (the app's access level; in 2022
 *   "You currently have Essential access …, apply for Elevated access"), 261 (the app cannot
 *   write): the plan of the developer account: plan. Python clients print the list as a repr.
 * - 88 "Rate limit exceeded" (429): transient.
 * Sources: developer.x.com/en/support/x-api/error-troubleshooting (error codes).
 */
const T = ['twitter'];

export const provider: Provider = {
  name: 'twitter',
  display: 'X (Twitter)',
  aliases: ['xapi', 'twitterapi'],
  hints: ['api\\.twitter\\.com', 'upload\\.twitter\\.com', 'api\\.x\\.com', 'tweepy', 'twitter-api-v2', 'Twitter(?:API)?(?:Error|Exception)?'],
  links: {
    auth: 'https://developer.x.com/en/portal/dashboard',
    plan: 'https://developer.x.com/en/products/x-api',
    transient: 'https://developer.x.com/en/docs/x-api/rate-limits',
  },
  rules: [
    {
      id: 'twitter/access-level',
      category: 'plan',
      cause: '453 access level',
      message: /\bYou currently have (?:access to a subset of (?:Twitter|X) API v2 endpoints|(?:Essential|Basic|Free) access\b)|["']code["']\s*:\s*453\b/,
      summary: 'X API access level of the developer account does not include this endpoint',
      fix: 'Move the developer account to an access tier that includes the endpoint (or use the v2 endpoint it allows); pause the sync until then.',
    },
    {
      id: 'twitter/bad-token',
      category: 'auth',
      cause: 'token rejected',
      message: /\bInvalid or expired token\b|\bCould not authenticate you\b|\bBad Authentication data\b/,
      destination: T,
      summary: 'X API rejected the app’s or user’s token',
      fix: 'Regenerate the keys and tokens of the app (or reconnect the user); pause the sync until then.',
    },
  ],
};
