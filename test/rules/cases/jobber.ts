import type { RuleCase } from '../rule-tester.js';

/**
 * Jobber GraphQL (`api.getjobber.com/api/graphql`): THROTTLED on HTTP 200, 429 from the request
 * limiter, 401 tokens, refresh-token rotation, graphql-ruby schema errors. Sources:
 * developer.getjobber.com docs (api_rate_limits, api_queries_and_mutations, refresh_token_rotation).
 */
const j = (o: unknown): string => JSON.stringify(o);

export const jobberCases: RuleCase[] = [
  {
    line: j({
      level: 'warn',
      destination: 'jobber',
      status: 200,
      body: {
        errors: [{ message: 'Throttled', extensions: { code: 'THROTTLED', documentation: 'https://developer.getjobber.com/docs/using_jobbers_api/api_rate_limits' } }],
        extensions: { cost: { requestedQueryCost: 142, actualQueryCost: 0, throttleStatus: { maximumAvailable: 10000, currentlyAvailable: 96, restoreRate: 500 } } },
      },
    }),
    category: 'transient',
    rule: 'jobber/throttled',
    note: 'query cost above the points left: wait for the restore',
  },
  {
    line: 'WARN POST https://api.getjobber.com/api/graphql 429 Too Many Requests',
    category: 'transient',
    destination: 'jobber',
    rule: 'jobber/rate-limit',
    note: 'the request limiter (2,500 / 5 min); host-only line',
  },
  {
    line: j({ level: 'error', url: 'https://api.getjobber.com/api/oauth/token', status: 401, body: { error: 'invalid_request', error_description: 'The provided refresh token is not valid.' } }),
    category: 'auth',
    destination: 'jobber',
    rule: 'jobber/refresh-token',
    note: 'a rotated refresh token redeemed twice',
  },
  {
    line: j({ level: 'error', destination: 'jobber', status: 401, body: { message: 'Unauthorized' } }),
    category: 'auth',
    rule: 'jobber/unauthorized',
    note: 'expired access token (60 minutes)',
  },
  {
    line: j({
      level: 'error',
      destination: 'jobber',
      status: 200,
      body: { errors: [{ message: "Field 'emailAddress' doesn't exist on type 'Client'", locations: [{ line: 4, column: 7 }], path: ['query', 'clients', 'nodes', 'emailAddress'], extensions: { code: 'undefinedField', typeName: 'Client', fieldName: 'emailAddress' } }] },
    }),
    category: 'validation',
    field: 'emailAddress',
    rule: 'jobber/schema',
    note: 'the query asks for a field the API version does not have',
  },
];
