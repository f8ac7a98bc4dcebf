import type { Provider } from './provider.js';

/**
 * Jobber GraphQL API (`api.getjobber.com/api/graphql`, OAuth at `api.getjobber.com/api/oauth/token`,
 * `X-JOBBER-GRAPHQL-VERSION` header required). Failures are GraphQL `errors[]`, mostly inside an
 * HTTP 200:
 * - Query-cost throttling: `{"errors":[{"message":"Throttled","extensions":{"code":"THROTTLED",
 *   "documentation":…}}],"extensions":{"cost":{"requestedQueryCost":…,"throttleStatus":
 *   {"maximumAvailable":10000,"currentlyAvailable":…,"restoreRate":500}}}}` (leaky bucket,
 *   restored every second): transient. A query whose requestedQueryCost exceeds maximumAvailable
 *   will never run: paginate with `first`. The DDoS middleware's 2,500 requests / 5 minutes answers
 *   HTTP 429: transient.
 * - 401 for a missing, invalid or expired access token (60 minutes), "The provided refresh token
 *   is not valid." when a rotated refresh token is redeemed twice: auth.
 * - Schema errors of graphql-ruby ("Field 'x' doesn't exist on type 'Client'", "Argument 'y' on
 *   Field 'clientCreate' has an invalid value"): validation on the field, usually an API version
 *   change; mutation `userErrors[{message, path}]` are record-level validation (the generic
 *   wording rules read them).
 * Sources: developer.getjobber.com/docs/using_jobbers_api/api_rate_limits (throttled body),
 * /api_queries_and_mutations (401, userErrors), /building_your_app/refresh_token_rotation,
 * /api_versioning (as mirrored in aswath-veersoft/workspace-addons getjobber-developer-docs).
 */
const J = ['jobber'];

export const provider: Provider = {
  name: 'jobber',
  display: 'Jobber',
  aliases: ['jobber', 'getjobber'],
  hints: ['api\\.getjobber\\.com', 'getjobber\\.com', 'getjobber', 'X-JOBBER-GRAPHQL-VERSION'],
  links: {
    auth: 'https://developer.getjobber.com/docs/building_your_app/app_authorization',
    permissions: 'https://developer.getjobber.com/docs/building_your_app/app_authorization',
    plan: 'https://developer.getjobber.com/docs/using_jobbers_api/api_rate_limits',
    validation: 'https://developer.getjobber.com/docs/using_jobbers_api/api_versioning',
    transient: 'https://developer.getjobber.com/docs/using_jobbers_api/api_rate_limits',
    outage: 'https://status.getjobber.com',
  },
  rules: [
    {
      id: 'jobber/throttled',
      category: 'transient',
      cause: 'THROTTLED query cost',
      code: ['THROTTLED'],
      destination: J,
      summary: 'Jobber query-cost rate limit (points restore at 500 a second)',
      fix: 'Retry after the points restore; pass `first` on every connection (unbounded ones are costed at 100 nodes) so a query costs less than maximumAvailable, and paginate.',
    },
    {
      id: 'jobber/rate-limit',
      category: 'transient',
      cause: 'HTTP 429',
      status: [429],
      destination: J,
      summary: 'Jobber request rate limit (2,500 requests per 5 minutes per app and account)',
      fix: 'Retry with backoff; spread the sync’s requests over time.',
    },
    {
      id: 'jobber/refresh-token',
      category: 'auth',
      cause: 'refresh token not valid',
      message: /provided refresh token is not valid|Unexpected Refresh Token Redemption/i,
      destination: J,
      summary: 'Jobber refresh token is no longer valid (rotated or revoked)',
      fix: 'Reconnect the Jobber account; store the new refresh token returned by every refresh (rotation) and never redeem one twice from parallel jobs. Pause the sync until then.',
    },
    {
      id: 'jobber/unauthorized',
      category: 'auth',
      cause: 'HTTP 401',
      status: [401],
      destination: J,
      summary: 'Jobber rejected the access token (missing, invalid or expired)',
      fix: 'Refresh the access token with the refresh token (tokens last 60 minutes) or reconnect the account; pause the sync until then.',
    },
    {
      id: 'jobber/schema',
      category: 'validation',
      cause: 'GraphQL schema error',
      message: /Field '\w+' doesn't exist on type|Argument '\w+' on (?:Field|InputObject) '\w+' (?:has an invalid value|is required)|Variable \$\w+ of type/,
      destination: J,
      fieldFrom: /Field '(\w+)' doesn't exist|Argument '(\w+)' on|Variable \$(\w+) of type/,
      summary: 'Jobber GraphQL schema rejected the query (`{field}`)',
      fix: 'Update the query or the X-JOBBER-GRAPHQL-VERSION header to a supported API version (see the changelog); retrying the same query fails again.',
    },
  ],
};
