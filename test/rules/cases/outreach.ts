import type { RuleCase } from '../rule-tester.js';

/**
 * Outreach API v2 (JSON:API errors with an `id`, a `title`, a `detail` and `source.pointer`).
 * Sources: api.outreach.io/api/v2/docs (errors, scopes, rate limiting); amp-labs/connectors
 * outreach test data; vesselapi/integrations #245.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const outreachCases: RuleCase[] = [
  {
    line: j({ level: 'error', destination: 'outreach', status: 403, body: { errors: [{ id: 'unauthorizedOauthScope', title: 'Unauthorized OAuth Scope', detail: 'Missing scope: prospects.write' }] } }),
    category: 'permissions',
    field: 'prospects.write',
    rule: 'outreach/missing-scope',
    note: 'the token was granted without the resource’s write scope',
  },
  {
    line: '2026-03-11T08:00:00Z ERROR POST https://api.outreach.io/api/v2/sequenceStates failed: 403 unauthorizedOauthScope: Missing scope',
    category: 'permissions',
    destination: 'outreach',
    rule: 'outreach/missing-scope',
    note: 'the error id as a client prints it; the host names Outreach',
  },
  {
    line: j({ level: 'error', destination: 'outreach', status: 403, body: { errors: [{ id: 'unauthorizedRequest', title: 'Unauthorized Request', detail: 'You are not authorized to perform that request.' }] } }),
    category: 'permissions',
    rule: 'outreach/governance',
    note: 'the scope is there, the user’s governance profile forbids the action',
  },
  {
    line: j({ level: 'error', destination: 'outreach', status: 401, body: { error: 'Invalid JWT token.', description: 'The JWT token could not be decoded.' } }),
    category: 'auth',
    rule: 'outreach/invalid-token',
    note: 'the gateway’s bare body for a token that is no token',
  },
  {
    line: j({
      level: 'error',
      destination: 'outreach',
      status: 422,
      record_id: 'p-44',
      body: { errors: [{ id: 'validationError', title: 'Validation Error', detail: 'Emails has already been taken', source: { pointer: '/data/attributes/emails' } }] },
    }),
    category: 'validation',
    field: 'emails',
    rule: 'outreach/validation',
    note: 'the pointer names the attribute',
  },
  {
    line: j({ level: 'error', url: 'https://api.outreach.io/api/v2/prospects/991', status: 404, body: { errors: [{ id: 'resourceNotFound', title: 'Resource Not Found', detail: "Could not find 'prospect' with ID '991'." }] } }),
    category: 'validation',
    destination: 'outreach',
    rule: 'outreach/not-found',
    note: 'the record is gone or invisible to the user; the URL names Outreach',
  },
  {
    line: j({
      level: 'warn',
      destination: 'outreach',
      status: 429,
      body: { errors: [{ id: 'rateLimitExceeded', title: 'Too Many Requests', detail: 'You have exceeded your permitted rate limit of 10,000; please try again at 2026-03-11 09:00:00 UTC.' }] },
    }),
    category: 'transient',
    rule: 'outreach/rate-limit',
    note: 'the hourly per-user window resets: retry, not a plan',
  },
];
