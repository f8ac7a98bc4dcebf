import type { Provider } from './provider.js';

/**
 * Asana API: `{"errors":[{"message":"…","help":"…","phrase":"…"}]}` — no codes, so the status and
 * the message decide. 400 messages start with the parameter ("workspace: Missing input",
 * "assignee: Not a recognized ID"); 401 "Not Authorized" (also when the workspace disabled the
 * app); 402 Payment Required: the object or feature is above the workspace's premium tier (plan;
 * writes used to answer 403 "not available for free"); 403 the user has no access to the object;
 * 404 "Unknown object"; 429 "You have made too many requests recently" (per-minute and cost limits,
 * Retry-After: transient); 500 carries a `phrase` ("6 sad squid snuggle softly") for support.
 * Sources: developers.asana.com/docs/errors, /docs/rate-limits; Asana forum "Premium-only API error
 * changes" (402 vs 403 "not available for free").
 */
const A = ['asana'];

export const provider: Provider = {
  name: 'asana',
  display: 'Asana',
  // Not the bare word (a yoga posture): the API host and SDK names.
  hints: ['app\\.asana\\.com', 'asana\\.com/api', 'python-asana', 'node-asana', 'asana\\.error', 'AsanaError'],
  rank: 95,
  links: {
    auth: 'https://developers.asana.com/docs/authentication',
    permissions: 'https://developers.asana.com/docs/errors',
    plan: 'https://asana.com/pricing',
    validation: 'https://developers.asana.com/docs/errors',
    outage: 'https://status.asana.com',
    transient: 'https://developers.asana.com/docs/rate-limits',
  },
  rules: [
    // The SDKs' error classes name the status when the line shows none: python-asana / java-asana
    // (asana.error.*, com.asana.errors.*) and node-asana (errors.InvalidRequest, NoAuthorization…).
    {
      id: 'asana/sdk-no-authorization',
      category: 'auth',
      cause: 'NoAuthorizationError',
      message: /\bNoAuthorization(?:Error)?\b|\bInvalidTokenError\b/,
      summary: 'Asana token missing, invalid or revoked',
      fix: 'Reconnect Asana (a new personal access token or OAuth grant); pause the sync until then.',
    },
    {
      id: 'asana/sdk-forbidden',
      category: 'permissions',
      cause: 'ForbiddenError',
      message: /\b(?:asana\.error\.|com\.asana\.errors\.|AsanaError.{0,40})ForbiddenError\b|\bForbiddenError\b.{0,80}\basana\b/i,
      summary: 'Asana user behind the token cannot reach this workspace, project or task',
      fix: 'Add the connected user to the workspace / project (or use a user who is in it); keep syncing other records.',
    },
    {
      id: 'asana/sdk-rate-limit',
      category: 'transient',
      cause: 'RateLimitEnforcedError',
      message: /\bRateLimitEnforced(?:Error)?\b/,
      summary: 'Asana rate limit',
      fix: 'Retry after Retry-After; lower concurrency if it persists.',
    },
    {
      id: 'asana/sdk-invalid-request',
      category: 'validation',
      cause: 'InvalidRequestError',
      message: /\b(?:asana\.error\.|com\.asana\.errors\.)InvalidRequestError\b|\bInvalid Request at InvalidRequest\b|\bAsanaError\b.{0,60}\bInvalid Request\b/,
      summary: 'Asana rejected the request (a parameter or value)',
      fix: 'Read the error text in the sample (the parameter it names) and fix the mapping; retrying as is will not help.',
    },
    {
      id: 'asana/premium-required',
      category: 'plan',
      cause: 'premium feature (402)',
      message: /above your current premium level|not available for free|(?:feature|field|object) (?:is )?only available (?:to|for|on) (?:premium|paid|business|enterprise)/i,
      destination: A,
      summary: 'Asana feature needs a higher plan for this workspace',
      fix: 'Upgrade the Asana workspace (custom fields, portfolios, goals… are premium) or drop that part of the sync.',
    },
    {
      id: 'asana/payment-required',
      category: 'plan',
      cause: 'premium feature (402)',
      status: [402],
      destination: A,
      summary: 'Asana feature needs a higher plan for this workspace',
      fix: 'Upgrade the Asana workspace (custom fields, portfolios, goals… are premium) or drop that part of the sync.',
    },
    {
      id: 'asana/rate-limit',
      category: 'transient',
      cause: 'rate limit',
      message: /You have made too many requests recently|Please,? be chill/i,
      summary: 'Asana rate limit',
      fix: 'Retry after Retry-After; lower concurrency (Asana limits requests per minute and concurrent cost).',
    },
    {
      id: 'asana/parameter',
      category: 'validation',
      cause: 'invalid parameter',
      message: /(?:^|\| )[a-z_][\w.]*: (?:Missing input|Not a recognized ID|Not a valid|Invalid|Unknown|Value cannot|must be|is not)/i,
      fieldFrom: /(?:^|\| )([a-z_][\w.]*): (?:Missing input|Not a recognized ID|Not a valid|Invalid|Unknown|Value cannot|must be|is not)/i,
      destination: A,
      summary: 'Asana rejected `{field}`',
      fix: 'Fix the value mapped to `{field}` (ids must exist in the same workspace; see the sample).',
    },
    {
      id: 'asana/unknown-object',
      category: 'validation',
      cause: 'unknown object',
      message: /Unknown object: \d+|No matching route for request/i,
      destination: A,
      summary: 'Asana object does not exist (or the route is wrong)',
      fix: 'Re-resolve the Asana gid (deleted task / project) or fix the endpoint in the connection.',
    },
    {
      id: 'asana/forbidden',
      category: 'permissions',
      cause: 'HTTP 403',
      status: [403],
      destination: A,
      summary: 'Asana user behind the token has no access to this object',
      fix: 'Add the integration’s user to the project / team (or use a token of a member who has access).',
    },
  ],
};
