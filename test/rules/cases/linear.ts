import type { RuleCase } from '../rule-tester.js';

/**
 * Linear GraphQL errors (`extensions.code` / `type`) and the @linear/sdk error classes as logs
 * print them.
 * Sources: linear.app/developers/rate-limiting; @linear/sdk packages/sdk/src/error.ts.
 */
const j = (o: unknown): string => JSON.stringify(o);
const gql = (message: string, code: string, type: string) => ({ errors: [{ message, extensions: { code, type } }] });

export const linearCases: RuleCase[] = [
  {
    line: j({ level: 'error', destination: 'linear', status: 401, body: gql('Authentication required, not authenticated', 'AUTHENTICATION_ERROR', 'authentication error') }),
    category: 'auth',
    rule: 'linear/authentication',
    note: 'API key revoked',
  },
  {
    line: 'AuthenticationLinearError: Authentication required - not authenticated',
    category: 'auth',
    destination: 'linear',
    rule: 'linear/authentication-sdk',
    note: 'SDK class name alone names Linear',
  },
  {
    line: j({ level: 'error', destination: 'linear', status: 403, body: gql('Forbidden', 'FORBIDDEN', 'forbidden') }),
    category: 'permissions',
    rule: 'linear/forbidden',
    note: 'key’s user not in the team',
  },
  {
    line: "ForbiddenLinearError: Forbidden - You don't have access to this team",
    category: 'permissions',
    destination: 'linear',
    rule: 'linear/forbidden-sdk',
    note: 'SDK forbidden',
  },
  {
    line: j({ level: 'error', destination: 'linear', status: 400, body: gql('Rate limit exceeded', 'RATELIMITED', 'ratelimited') }),
    category: 'transient',
    cause: 'RATELIMITED',
    rule: 'linear/ratelimited',
    note: 'request / complexity budget spent: Linear answers 400 with RATELIMITED',
  },
  {
    line: 'RatelimitedLinearError: Rate limit exceeded - Rate limit exceeded',
    category: 'transient',
    destination: 'linear',
    rule: 'linear/ratelimited-sdk',
    note: 'SDK rate limited',
  },
  {
    line: j({ level: 'error', url: 'https://api.linear.app/graphql', status: 400, body: { errors: [{ message: 'Query too complex', extensions: { type: 'invalid input', userPresentableMessage: 'Query too complex' } }] } }),
    category: 'validation',
    destination: 'linear',
    rule: 'linear/query-too-complex',
    note: 'one query over the complexity cap: retrying never helps, make it smaller',
  },
  {
    line: j({ level: 'error', destination: 'linear', status: 400, body: gql('Argument Validation Error', 'INVALID_INPUT', 'invalid input') }),
    category: 'validation',
    rule: 'linear/invalid-input',
    note: 'bad argument',
  },
  {
    line: 'InvalidInputLinearError: Argument Validation Error - stateId must be a UUID',
    category: 'validation',
    destination: 'linear',
    rule: 'linear/invalid-input-sdk',
    note: 'SDK invalid input',
  },
  {
    line: j({ level: 'error', destination: 'linear', status: 400, body: gql('Usage limit exceeded', 'USAGE_LIMIT_EXCEEDED', 'usage limit exceeded') }),
    category: 'plan',
    rule: 'linear/plan-limit',
    note: 'free plan’s issue cap',
  },
];
