import type { RuleCase } from '../rule-tester.js';

/**
 * Freshdesk API v2. Field errors: `{"description":"Validation failed","errors":[{"field","message",
 * "code"}]}`; account errors: flat `{"code","message"}`. `require_feature` ("The X feature(s)
 * is/are not supported in your plan. Please upgrade your account to use it.") is plan;
 * `access_denied` is the agent's role; `invalid_credentials` is the key. Per-minute 429s.
 * Sources: developers.freshdesk.com/api/#error and #ratelimit; Freshdesk support article 225440;
 * python-freshdesk's error texts ("429 Rate Limit Exceeded: API rate-limit has been reached…").
 */
const j = (o: unknown): string => JSON.stringify(o);

export const freshdeskCases: RuleCase[] = [
  {
    line: j({ ts: '2026-03-05T10:00:00Z', level: 'error', destination: 'freshdesk', record_id: 'contact_51', status: 401, body: { code: 'invalid_credentials', message: 'You have to be logged in to perform this action.' } }),
    category: 'auth',
    cause: 'invalid_credentials',
    rule: 'freshdesk/invalid-credentials',
    note: '401 invalid_credentials: auth',
  },
  {
    line: j({
      ts: '2026-03-05T10:00:10Z',
      level: 'error',
      destination: 'freshdesk',
      record_id: 'ticket_88',
      status: 403,
      body: { code: 'require_feature', message: 'The Custom Objects feature(s) is/are not supported in your plan. Please upgrade your account to use it.' },
    }),
    category: 'plan',
    cause: 'require_feature',
    rule: 'freshdesk/require-feature',
    note: '403 require_feature: the plan, not a permission',
  },
  {
    line: 'freshdesk.v2.errors.FreshdeskAccessDenied: The Timesheets feature(s) is/are not supported in your plan. Please upgrade your account to use it.',
    category: 'plan',
    destination: 'freshdesk',
    rule: 'freshdesk/feature-message',
    note: 'python-freshdesk prints only the message: still plan',
  },
  {
    line: j({ ts: '2026-03-05T10:00:20Z', level: 'error', destination: 'freshdesk', status: 403, body: { code: 'account_suspended', message: 'Your account has been suspended.' } }),
    category: 'plan',
    rule: 'freshdesk/account-suspended',
    note: 'account_suspended: the subscription, pause',
  },
  {
    line: j({ ts: '2026-03-05T10:00:30Z', level: 'error', destination: 'freshdesk', record_id: 'agent_3', status: 403, body: { code: 'access_denied', message: 'You are not authorized to perform this action.' } }),
    category: 'permissions',
    cause: 'access_denied',
    rule: 'freshdesk/access-denied',
    note: 'access_denied: the agent behind the key needs a role',
  },
  {
    line: j({
      ts: '2026-03-05T10:00:40Z',
      level: 'error',
      destination: 'freshdesk',
      record_id: 'contact_52',
      status: 409,
      body: { description: 'Validation failed', errors: [{ field: 'email', message: "It should be a unique value", code: 'duplicate_value' }] },
    }),
    category: 'validation',
    field: 'email',
    rule: 'freshdesk/duplicate-value',
    note: 'duplicate_value on email: the contact exists',
  },
  {
    line: j({
      ts: '2026-03-05T10:00:50Z',
      level: 'error',
      destination: 'freshdesk',
      record_id: 'ticket_89',
      status: 400,
      body: { description: 'Validation failed', errors: [{ field: 'requester_id', message: 'It should be a/an Positive Integer', code: 'missing_field' }] },
    }),
    category: 'validation',
    field: 'requester_id',
    cause: 'missing_field',
    rule: 'freshdesk/field',
    note: 'missing_field names the field',
  },
  {
    line: j({
      ts: '2026-03-05T10:01:00Z',
      level: 'error',
      destination: 'freshdesk',
      record_id: 'ticket_90',
      status: 400,
      body: {
        description: 'Validation failed',
        errors: [
          { field: 'priority', message: 'It should be one of these values: 1,2,3,4', code: 'invalid_value' },
          { field: 'cf_region', message: 'Unexpected/invalid field in request', code: 'invalid_field' },
        ],
      },
    }),
    category: 'validation',
    note: 'two field errors: each item is validation',
  },
  {
    line: j({ ts: '2026-03-05T10:01:10Z', level: 'error', destination: 'freshdesk', status: 400, url: 'http://acme.freshdesk.com/api/v2/tickets', body: { code: 'ssl_required', message: 'SSL certificate verification is required' } }),
    category: 'validation',
    rule: 'freshdesk/ssl-required',
    note: 'ssl_required: the connection must use https',
  },
  {
    line: '2026-03-05 10:01:20 ERROR tap-freshdesk freshdesk.v2.errors.FreshdeskRateLimited: 429 Rate Limit Exceeded: API rate-limit has been reached until 38 seconds. See http://freshdesk.com/api#ratelimit',
    category: 'transient',
    rule: 'freshdesk/rate-limited',
    note: 'per-minute limit: transient',
  },
  // ---------------------------------------------------------------- near misses
  {
    line: j({ ts: '2026-03-05T10:01:30Z', level: 'error', destination: 'acme_api', status: 400, body: { code: 'invalid_value', message: 'status is invalid' } }),
    category: 'validation',
    destination: 'acme_api',
    rule: 'http/validation-code',
    note: 'near miss: invalid_value on another API stays generic, not Freshdesk’s',
  },
  {
    line: j({
      ts: '2026-03-05T10:01:40Z',
      level: 'error',
      destination: 'freshdesk',
      status: 400,
      body: { description: 'Validation failed', errors: [{ field: 'freddy_suggestion[:condition]', message: 'The detect_thank_you_note feature(s) is/are not supported in your plan. Please upgrade your account to use it.', code: 'access_denied' }] },
    }),
    category: 'plan',
    rule: 'freshdesk/feature-denied',
    note: 'near miss for access_denied: the item’s message is the plan sentence, so plan, not permissions',
  },
];
