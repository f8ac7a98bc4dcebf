import type { RuleCase } from '../rule-tester.js';

/**
 * Braze REST API: `{"message": <fatal error>, "errors": [<minor errors>]}`. Fatal errors per
 * braze.com/docs/api/errors: 401 unknown or missing REST API key, 403 "Rate plan doesn't support or
 * account is otherwise inactivated" / "Access Denied" (key permissions), 404 unknown REST API key,
 * 429 over rate limit, 400 payload problems ("No Recipients", "Max Input Length Exceeded").
 */
const j = (o: unknown): string => JSON.stringify(o);

export const brazeCases: RuleCase[] = [
  {
    line: j({ ts: '2026-03-05T17:00:00Z', level: 'error', destination: 'braze', record_id: 'user_1', status: 401, body: { message: 'Invalid API key: 3f2a****************************9c1d' } }),
    category: 'auth',
    rule: 'braze/invalid-api-key',
    note: '401 invalid REST API key',
  },
  {
    line: j({ ts: '2026-03-05T17:00:10Z', level: 'error', destination: 'braze', record_id: 'user_2', status: 404, url: 'https://rest.fra-01.braze.eu/users/track', body: { message: 'Unknown REST API Key' } }),
    category: 'auth',
    rule: 'braze/invalid-api-key',
    note: 'Braze 404 "Unknown REST API Key": auth despite the 404 (wrong cluster or revoked key)',
  },
  {
    line: j({ ts: '2026-03-05T17:00:20Z', level: 'error', destination: 'braze', record_id: 'user_3', status: 403, body: { message: 'Access Denied' } }),
    category: 'permissions',
    rule: 'braze/access-denied',
    note: '403 Access Denied: the key lacks this endpoint’s permission',
  },
  {
    line: j({ ts: '2026-03-05T17:00:30Z', level: 'error', destination: 'braze', status: 403, body: { message: "Rate plan doesn't support or account is otherwise inactivated" } }),
    category: 'plan',
    rule: 'braze/account-inactive',
    note: '403 rate plan / inactive account: plan',
  },
  {
    line: j({ ts: '2026-03-05T17:00:40Z', level: 'error', destination: 'braze', status: 400, body: { message: 'Max Input Length Exceeded', errors: [] } }),
    category: 'validation',
    rule: 'braze/payload',
    note: 'more than 75 objects in one /users/track call',
  },
  {
    line: "2026-03-05 17:00:50 ERROR braze-destination user_4 minor error on attributes[0]: 'external_id' or 'braze_id' or 'user_alias' is required (https://rest.iad-01.braze.com/users/track)",
    category: 'validation',
    destination: 'braze',
    rule: 'braze/identifier-required',
    note: 'minor error text logged by the sync: the object had no identifier',
  },
  {
    line: j({ ts: '2026-03-05T17:01:00Z', level: 'warn', destination: 'braze', record_id: 'user_5', status: 429, body: { message: 'Over rate limit' } }),
    category: 'transient',
    destination: 'braze',
    note: '429 over rate limit: transient (generic rule, Braze link)',
  },
  // ---------------------------------------------------------------- near misses
  {
    line: j({ ts: '2026-03-05T17:01:10Z', level: 'error', destination: 'braze', record_id: 'user_6', status: 404, body: { message: 'Campaign not found' } }),
    category: 'validation',
    note: 'near miss: a Braze 404 that does not mention the API key is a missing object',
  },
  {
    line: j({ ts: '2026-03-05T17:01:20Z', level: 'error', destination: 'sendgrid', status: 403, body: { errors: [{ field: null, message: 'access forbidden' }] } }),
    category: 'permissions',
    destination: 'sendgrid',
    note: 'near miss: another provider’s 403 is not Braze’s',
  },
];
