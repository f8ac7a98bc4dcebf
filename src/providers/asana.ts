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
      fix: 'Retried after Retry-After; lower concurrency (Asana limits requests per minute and concurrent cost).',
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
