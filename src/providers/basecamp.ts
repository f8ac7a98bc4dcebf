import type { Provider } from './provider.js';

/**
 * Basecamp 3/4 API (`3.basecampapi.com/<account>/…`, OAuth at `launchpad.37signals.com`). A 404
 * whose `Reason` header says "Account Inactive" is an account whose trial expired or that was
 * suspended for billing, not a missing record: plan. 429 with Retry-After (50 requests per 10 s
 * per IP): transient. 401: the OAuth token expired (they last two weeks; refresh): auth.
 * Sources: github.com/basecamp/bc3-api README (authentication, rate limiting, "404 Not Found" with
 * `Reason: Account Inactive`).
 */
const B = ['basecamp'];

export const provider: Provider = {
  name: 'basecamp',
  display: 'Basecamp',
  aliases: ['basecampapi', '37signals'],
  hints: ['(?:\\d+\\.)?basecampapi\\.com', 'launchpad\\.37signals\\.com', 'basecamp'],
  links: {
    auth: 'https://github.com/basecamp/api/blob/master/sections/authentication.md',
    plan: 'https://basecamp.com/pricing',
    transient: 'https://github.com/basecamp/bc3-api#rate-limiting-429-too-many-requests',
  },
  rules: [
    {
      id: 'basecamp/account-inactive',
      category: 'plan',
      cause: 'account inactive',
      message: /\bAccount Inactive\b/,
      destination: B,
      summary: 'Basecamp account is inactive (trial expired or suspended)',
      fix: 'Have the account owner reactivate the Basecamp subscription; pause the sync until then (every call answers 404).',
    },
    {
      id: 'basecamp/401',
      category: 'auth',
      cause: 'HTTP 401',
      status: [401],
      destination: B,
      summary: 'Basecamp OAuth token expired or revoked (HTTP 401)',
      fix: 'Refresh the OAuth token (they expire after two weeks) or reconnect Basecamp; pause the sync until then.',
    },
    {
      id: 'basecamp/429',
      category: 'transient',
      cause: 'rate limit',
      status: [429],
      destination: B,
      summary: 'Basecamp rate limit (per IP, 10 s window)',
      fix: 'Retry after Retry-After; keep under 50 requests per 10 seconds.',
    },
  ],
};
