import type { RuleCase } from '../rule-tester.js';

/**
 * Asana API: `{"errors":[{"message","help","phrase"}]}`, no codes. Statuses and messages per
 * developers.asana.com/docs/errors ("workspace: Missing input", 401 "Not Authorized", 402 premium
 * tier, 403 no access, 429 "You have made too many requests recently. Please, be chill.") and the
 * Asana forum note on premium-only errors (403 "not available for free" on writes, later 402).
 */
const j = (o: unknown): string => JSON.stringify(o);
const HELP = 'For more information on API status codes and how to handle them, read the docs on errors: https://developers.asana.com/docs/errors';

export const asanaCases: RuleCase[] = [
  {
    line: j({ ts: '2026-03-06T10:00:00Z', level: 'error', destination: 'asana', record_id: 'task_1', status: 402, body: { errors: [{ message: 'The request was valid, but the queried object or object mutation specified in the request is above your current premium level.', help: HELP }] } }),
    category: 'plan',
    rule: 'asana/premium-required',
    note: '402 premium level: plan',
  },
  {
    line: j({ ts: '2026-03-06T10:00:10Z', level: 'error', destination: 'asana', record_id: 'task_2', status: 402, body: { errors: [{ message: 'Payment Required', help: HELP }] } }),
    category: 'plan',
    rule: 'asana/payment-required',
    note: 'a bare 402 on an Asana line: plan',
  },
  {
    line: j({ ts: '2026-03-06T10:00:20Z', level: 'error', destination: 'asana', record_id: 'task_3', status: 400, body: { errors: [{ message: 'assignee: Not a recognized ID: 1199999999999999', help: HELP }] } }),
    category: 'validation',
    field: 'assignee',
    rule: 'asana/parameter',
    note: 'the parameter leads the message: validation on it',
  },
  {
    line: j({ ts: '2026-03-06T10:00:30Z', level: 'error', destination: 'asana', status: 400, url: 'https://app.asana.com/api/1.0/tasks', body: { errors: [{ message: 'workspace: Missing input', help: HELP }] } }),
    category: 'validation',
    field: 'workspace',
    rule: 'asana/parameter',
    note: 'docs example: workspace: Missing input',
  },
  {
    line: j({ ts: '2026-03-06T10:00:40Z', level: 'error', destination: 'asana', record_id: 'task_4', status: 404, body: { errors: [{ message: 'Unknown object: 1204567890123456', help: HELP }] } }),
    category: 'validation',
    rule: 'asana/unknown-object',
    note: 'deleted task: validation',
  },
  {
    line: j({ ts: '2026-03-06T10:00:50Z', level: 'warn', destination: 'asana', record_id: 'task_5', status: 429, body: { errors: [{ message: 'You have made too many requests recently. Please, be chill.', help: HELP }] } }),
    category: 'transient',
    rule: 'asana/rate-limit',
    note: '429 be chill: transient',
  },
  {
    line: j({ ts: '2026-03-06T10:01:00Z', level: 'error', destination: 'asana', record_id: 'task_6', status: 403, body: { errors: [{ message: 'Forbidden', help: HELP }] } }),
    category: 'permissions',
    rule: 'asana/forbidden',
    note: '403: the token’s user has no access to the object',
  },
  {
    line: j({ ts: '2026-03-06T10:01:10Z', level: 'error', destination: 'asana', status: 401, body: { errors: [{ message: 'Not Authorized' }] } }),
    category: 'auth',
    destination: 'asana',
    note: '401 Not Authorized: auth (generic status rule, Asana link)',
  },
  // ---------------------------------------------------------------- near misses
  {
    line: j({ ts: '2026-03-06T10:01:20Z', level: 'error', destination: 'pipedrive', status: 402, body: { success: false, error: 'Payment required', error_info: 'Please check developers.pipedrive.com' } }),
    category: 'plan',
    destination: 'pipedrive',
    note: 'near miss: another provider’s 402 is not Asana’s',
  },
  {
    line: 'INFO yoga-app: today’s asana is the downward dog; 12 users synced',
    category: 'none',
    destination: null,
    note: 'near miss: the word "asana" in prose names no destination',
  },
];

/** The SDKs' error classes (python-asana asana.error.*, java-asana com.asana.errors.*, node-asana errors.*), with no status in the line. */
export const asanaSdkCases: RuleCase[] = [
  {
    line: "asana.error.NoAuthorizationError: Not Authorized",
    category: "auth",
    destination: "asana",
    rule: "asana/sdk-no-authorization",
    note: "python-asana raises NoAuthorizationError on 401",
  },
  {
    line: "com.asana.errors.ForbiddenError: Forbidden",
    category: "permissions",
    destination: "asana",
    rule: "asana/sdk-forbidden",
    note: "java-asana ForbiddenError on 403",
  },
  {
    line: "2026-03-02T10:00:00Z ERROR task sync failed: asana.error.RateLimitEnforcedError: Rate Limit Enforced",
    category: "transient",
    destination: "asana",
    rule: "asana/sdk-rate-limit",
    note: "python-asana RateLimitEnforcedError on 429",
  },
  {
    line: "Unhandled rejection Error: Invalid Request at InvalidRequest.AsanaError (/srv/app/node_modules/asana/lib/errors/error.js:5:13)",
    category: "validation",
    destination: "asana",
    rule: "asana/sdk-invalid-request",
    note: "node-asana InvalidRequest on 400",
  },
];
