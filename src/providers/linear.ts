import type { Provider } from './provider.js';

/**
 * Linear GraphQL API (`api.linear.app/graphql`), SDK `@linear/sdk`. Errors are GraphQL errors,
 * `{"errors":[{"message":"…","extensions":{"code":"RATELIMITED","type":"ratelimited",
 * "userPresentableMessage":…}}]}`; the SDK turns `extensions.type` (or, with none, the HTTP status)
 * into classes whose names the logs print: `AuthenticationLinearError`, `ForbiddenLinearError`,
 * `RatelimitedLinearError` (with retryAfter and the requests / complexity budget headers),
 * `InvalidInputLinearError`, `FeatureNotAccessibleLinearError`, `UsageLimitExceededLinearError`…
 * - AUTHENTICATION_ERROR / AuthenticationLinearError: auth. FORBIDDEN / ForbiddenLinearError: the
 *   key's user or the OAuth app lacks access (team, scope): permissions.
 * - RATELIMITED / RatelimitedLinearError: the hourly request or complexity budget of the key is
 *   spent; Linear's buckets refill continuously (leaky bucket): transient.
 * - "Query too complex": Linear's rate-limiting page also caps the complexity of ONE query (10,000
 *   points; connections multiply their children by `first`, 50 by default). A query over that cap
 *   is rejected whatever budget is left, so waiting and retrying never helps: the query (page size,
 *   nesting) must be made smaller. We file it under validation — the request itself is wrong — not
 *   transient, although the docs describe it beside the rate limits.
 * - INVALID_INPUT / InvalidInputLinearError ("Argument Validation Error", an entity not found):
 *   validation. USAGE_LIMIT_EXCEEDED (free plan's issue cap) and FEATURE_NOT_ACCESSIBLE: plan.
 * FORBIDDEN, RATELIMITED and the others are words other GraphQL APIs use: as codes they decide only
 * lines known to be Linear's.
 * Sources: linear.app/developers/rate-limiting, linear.app/developers/graphql (errors); @linear/sdk
 * packages/sdk/src/error.ts (LinearErrorType map and error classes).
 */
const L = ['linear'];

export const provider: Provider = {
  name: 'linear',
  display: 'Linear',
  hints: [
    'api\\.linear\\.app',
    // Its GraphQL errors carry this extension key (`extensions.userPresentableMessage`).
    '"userPresentableMessage"',
    'linear\\.app/graphql',
    '@linear/sdk',
    '(?:Authentication|Forbidden|Ratelimited|InvalidInput|FeatureNotAccessible|UsageLimitExceeded|LockTimeout|Network|Internal|Unknown|User|Graphql|Bootstrap)LinearError',
    'tap-linear',
    'source-linear',
  ],
  links: {
    auth: 'https://linear.app/settings/account/security',
    permissions: 'https://linear.app/developers/oauth-2-0-authentication',
    plan: 'https://linear.app/pricing',
    validation: 'https://linear.app/developers/graphql',
    transient: 'https://linear.app/developers/rate-limiting',
    outage: 'https://linearstatus.com',
  },
  rules: [
    {
      id: 'linear/authentication',
      category: 'auth',
      cause: '{code}',
      code: ['AUTHENTICATION_ERROR'],
      destination: L,
      summary: 'Linear rejected the API key or OAuth token',
      fix: 'Create a new personal API key (Settings → Security & access) or reconnect the OAuth app; pause the sync until then.',
    },
    {
      id: 'linear/authentication-sdk',
      category: 'auth',
      cause: 'AuthenticationLinearError',
      message: /\bAuthenticationLinearError\b/,
      summary: 'Linear rejected the API key or OAuth token',
      fix: 'Create a new personal API key (Settings → Security & access) or reconnect the OAuth app; pause the sync until then.',
    },
    {
      id: 'linear/forbidden',
      category: 'permissions',
      cause: '{code}',
      code: ['FORBIDDEN'],
      destination: L,
      summary: 'Linear key or app lacks access to this team or action',
      fix: 'Give the key’s user access to the team (or the OAuth app the scope, e.g. write) and re-authorize; keep syncing other teams.',
    },
    {
      id: 'linear/forbidden-sdk',
      category: 'permissions',
      cause: 'ForbiddenLinearError',
      message: /\bForbiddenLinearError\b/,
      summary: 'Linear key or app lacks access to this team or action',
      fix: 'Give the key’s user access to the team (or the OAuth app the scope, e.g. write) and re-authorize; keep syncing other teams.',
    },
    {
      id: 'linear/ratelimited',
      category: 'transient',
      cause: 'RATELIMITED',
      code: ['RATELIMITED'],
      destination: L,
      summary: 'Linear request or complexity budget spent (rate limited)',
      fix: 'Retry after the reset the X-RateLimit headers give; fetch less per call (filters, smaller first) and use webhooks instead of polling.',
    },
    {
      id: 'linear/ratelimited-sdk',
      category: 'transient',
      cause: 'RATELIMITED',
      message: /\bRatelimitedLinearError\b/,
      summary: 'Linear request or complexity budget spent (rate limited)',
      fix: 'Retry after the reset the X-RateLimit headers give; fetch less per call (filters, smaller first) and use webhooks instead of polling.',
    },
    {
      id: 'linear/query-too-complex',
      category: 'validation',
      cause: 'query too complex',
      message: /\bQuery too complex\b|\bquery complexity (?:of \d+ )?(?:exceeds|is too high)/i,
      destination: L,
      link: 'https://linear.app/developers/rate-limiting',
      summary: 'Linear rejected a query over the single-query complexity cap',
      fix: 'Make the query smaller (lower first / page size, fewer nested connections); the same query is rejected however long the sync waits.',
    },
    {
      id: 'linear/invalid-input',
      category: 'validation',
      cause: 'INVALID_INPUT',
      code: ['INVALID_INPUT'],
      destination: L,
      summary: 'Linear rejected the input for this issue',
      fix: 'Fix the mapped value the message names (ids must be Linear UUIDs of this workspace, states and labels must exist); retrying as is will not help.',
    },
    {
      id: 'linear/invalid-input-sdk',
      category: 'validation',
      cause: 'InvalidInputLinearError',
      message: /\bInvalidInputLinearError\b/,
      summary: 'Linear rejected the input for this issue',
      fix: 'Fix the mapped value the message names (ids must be Linear UUIDs of this workspace, states and labels must exist); retrying as is will not help.',
    },
    {
      id: 'linear/plan-limit',
      category: 'plan',
      cause: '{code}',
      code: ['USAGE_LIMIT_EXCEEDED', 'FEATURE_NOT_ACCESSIBLE'],
      destination: L,
      summary: 'Linear workspace plan limit or feature not available ({code})',
      fix: 'Upgrade the Linear plan (the free plan caps issues) or archive old issues; drop the feature from the sync until then.',
    },
  ],
};
