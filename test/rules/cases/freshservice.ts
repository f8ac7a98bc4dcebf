import type { RuleCase } from '../rule-tester.js';

/**
 * Freshservice API v2, Freshworks’ error shape (as Freshdesk’s): field errors in
 * `{"description":"Validation failed","errors":[{"field","message","code"}]}`, account errors as a
 * flat `{"code","message"}` (`invalid_credentials`, `access_denied`, `require_feature`,
 * `ssl_required`); per-minute, per-plan 429s.
 * Sources: api.freshservice.com (#error_handling, #rate_limit); Freshservice rate-limit tables.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const freshserviceCases: RuleCase[] = [
  {
    line: j({ ts: '2026-03-02T10:00:00Z', level: 'error', destination: 'freshservice', record_id: 'req_1', status: 401, body: { code: 'invalid_credentials', message: 'You have to be logged in to perform this action.' } }),
    category: 'auth',
    cause: 'invalid_credentials',
    rule: 'freshservice/invalid-credentials',
    note: '401 invalid_credentials: the API key',
  },
  {
    line: j({
      ts: '2026-03-02T10:00:10Z',
      level: 'error',
      destination: 'freshservice',
      record_id: 'ticket_4',
      status: 400,
      body: { description: 'Validation failed', errors: [{ field: 'requester_id', message: 'It should be a/an Positive Integer', code: 'invalid_value' }] },
    }),
    category: 'validation',
    field: 'requester_id',
    cause: 'invalid_value',
    rule: 'freshservice/field',
    note: 'errors[].field names the field',
  },
  {
    line: j({
      ts: '2026-03-02T10:00:20Z',
      level: 'error',
      destination: 'freshservice',
      record_id: 'requester_9',
      status: 409,
      body: { description: 'Validation failed', errors: [{ field: 'primary_email', message: 'It should be a unique value', code: 'duplicate_value' }] },
    }),
    category: 'validation',
    field: 'primary_email',
    rule: 'freshservice/duplicate-value',
    note: 'duplicate_value: the requester exists',
  },
  {
    line: '2026-03-02T10:00:30Z ERROR POST https://acme.freshservice.com/api/v2/tickets -> 403 {"code":"access_denied","message":"You are not authorized to perform this action."}',
    category: 'permissions',
    destination: 'freshservice',
    rule: 'freshservice/access-denied',
    note: 'access_denied named by the host only: the agent’s role',
  },
  {
    line: '2026-03-02T10:00:40Z ERROR POST https://acme.freshservice.com/api/v2/assets -> 403 {"code":"require_feature","message":"The Asset Management feature(s) is/are not supported in your plan. Please upgrade your account to use it."}',
    category: 'plan',
    destination: 'freshservice',
    rule: 'freshservice/require-feature',
    note: 'require_feature on 403 is the plan, not a permission',
  },
  {
    line: '2026-03-02T10:00:50Z ERROR freshservice sync: 403 The Problem Management feature(s) is/are not supported in your plan. Please upgrade your account to use it.',
    category: 'plan',
    destination: 'freshservice',
    rule: 'freshservice/feature-message',
    note: 'the plan sentence without its code',
  },
  {
    line: j({ ts: '2026-03-02T10:01:00Z', level: 'error', destination: 'freshservice', status: 400, url: 'http://acme.freshservice.com/api/v2/tickets', body: { code: 'ssl_required', message: 'SSL certificate verification is required' } }),
    category: 'validation',
    rule: 'freshservice/ssl-required',
    note: 'ssl_required: the connection must use https',
  },
  {
    line: '2026-03-02T10:01:10Z WARN GET https://acme.freshservice.com/api/v2/tickets?page=4 -> 429 {"message":"You have exceeded the limit of requests per minute"}',
    category: 'transient',
    destination: 'freshservice',
    rule: 'freshservice/429',
    note: 'per-minute, per-plan account limit',
  },
  // ---------------------------------------------------------------- near misses
  {
    line: j({ ts: '2026-03-02T11:00:00Z', level: 'error', destination: 'freshdesk', status: 400, body: { description: 'Validation failed', errors: [{ field: 'priority', message: 'It should be one of these values: 1,2,3,4', code: 'invalid_value' }] } }),
    category: 'validation',
    destination: 'freshdesk',
    rule: 'freshdesk/field',
    note: 'near miss: the same body on Freshdesk stays Freshdesk’s',
  },
];
