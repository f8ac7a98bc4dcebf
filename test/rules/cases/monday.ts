import type { RuleCase } from '../rule-tester.js';

/**
 * monday.com GraphQL API: HTTP 200 with `error_code` / `error_message` / `status_code` (and, since
 * API 2024-10, `errors[].extensions.code`). Codes per developer.monday.com/api-reference/docs/errors,
 * /docs/rate-limits and the API changelog (FIELD_LIMIT_EXCEEDED, UserUnauthorizedException before /
 * after sample); support.monday.com "API Rate Limits" (DAILY_LIMIT_EXCEEDED per plan, reset at
 * midnight UTC; COMPLEXITY_BUDGET_EXHAUSTED; maxConcurrencyExceeded).
 */
const j = (o: unknown): string => JSON.stringify(o);

export const mondayCases: RuleCase[] = [
  {
    line: j({
      ts: '2026-03-06T11:00:00Z',
      level: 'error',
      destination: 'monday',
      record_id: 'item_1',
      status: 200,
      body: { errors: [{ message: 'Daily limit exceeded', extensions: { code: 'DAILY_LIMIT_EXCEEDED', status_code: 429 } }], account_id: 123456 },
    }),
    category: 'plan',
    rule: 'monday/daily-limit',
    note: 'the plan’s daily call cap: plan',
  },
  {
    line: j({
      ts: '2026-03-06T11:00:10Z',
      level: 'error',
      destination: 'monday.com',
      record_id: 'item_2',
      status: 200,
      body: { error_code: 'ComplexityException', status_code: 429, error_message: 'Complexity budget exhausted, query cost 30001 budget remaining 8729 out of 1000000 reset in 55 seconds', error_data: {}, account_id: 123456 },
    }),
    category: 'transient',
    destination: 'monday',
    rule: 'monday/complexity',
    note: 'near miss for plan: the complexity budget resets every minute, transient',
  },
  {
    line: j({
      ts: '2026-03-06T11:00:20Z',
      level: 'error',
      destination: 'monday',
      record_id: 'item_3',
      status: 200,
      body: { error_message: 'Concurrency limit exceeded for the field', error_code: 'FIELD_LIMIT_EXCEEDED', error_data: { retry_in_seconds: 15, entity: 'boards' }, status_code: 429, account_id: 123456 },
    }),
    category: 'transient',
    rule: 'monday/rate-limit',
    note: 'FIELD_LIMIT_EXCEEDED: concurrency, transient',
  },
  {
    line: j({ ts: '2026-03-06T11:00:30Z', level: 'error', destination: 'monday', status: 200, body: { errors: [{ message: 'API temporarily blocked', extensions: { code: 'API_TEMPORARILY_BLOCKED', status_code: 200 } }] } }),
    category: 'transient',
    rule: 'monday/temporarily-blocked',
    note: 'API temporarily blocked: retry later',
  },
  {
    line: j({ ts: '2026-03-06T11:00:40Z', level: 'error', destination: 'monday', status: 401, body: { errors: [{ message: 'Not Authenticated' }] } }),
    category: 'auth',
    rule: 'monday/not-authenticated',
    note: 'token missing or invalid',
  },
  {
    line: j({
      ts: '2026-03-06T11:00:50Z',
      level: 'error',
      destination: 'monday',
      record_id: 'item_4',
      status: 200,
      body: {
        errors: [{ message: 'User unauthorized to perform action', locations: [{ line: 2, column: 3 }], path: ['change_column_value'], extensions: { code: 'UserUnauthorizedException', error_data: {}, status_code: 403 } }],
        error_message: 'User unauthorized to perform action',
        error_code: 'UserUnauthorizedException',
        error_data: {},
        status_code: 403,
        account_id: 123456,
      },
    }),
    category: 'permissions',
    rule: 'monday/user-unauthorized',
    note: 'UserUnauthorizedException (2024-10 shape, both forms): permissions',
  },
  {
    line: j({ ts: '2026-03-06T11:01:00Z', level: 'error', destination: 'monday', record_id: 'item_5', status: 200, body: { error_code: 'ItemsLimitationException', error_message: 'The board has reached the maximum number of items', status_code: 400, account_id: 123456 } }),
    category: 'plan',
    rule: 'monday/items-limit',
    note: 'board item cap: plan',
  },
  {
    line: j({
      ts: '2026-03-06T11:01:10Z',
      level: 'error',
      destination: 'monday',
      record_id: 'item_6',
      status: 200,
      body: { error_code: 'ColumnValueException', error_message: 'invalid value, please check our API documentation for the correct data structure for this column. https://developer.monday.com/api-reference/docs/change-column-values', error_data: { column_value: '{"label":"Doen"}', column_type: 'StatusColumn' }, status_code: 200, account_id: 123456 },
    }),
    category: 'validation',
    cause: 'ColumnValueException',
    rule: 'monday/record',
    note: 'bad column value: validation',
  },
  // ---------------------------------------------------------------- near misses
  {
    line: j({ ts: '2026-03-06T11:01:20Z', level: 'error', destination: 'dynamodb', status: 400, body: { __type: 'com.amazonaws.dynamodb.v20120810#ResourceNotFoundException', code: 'ResourceNotFoundException', message: 'Requested resource not found' } }),
    category: 'validation',
    destination: 'dynamodb',
    note: 'near miss: an AWS ResourceNotFoundException is not monday’s',
  },
  {
    line: 'INFO weekly report scheduled for Monday, 12 boards exported',
    category: 'none',
    destination: null,
    note: 'near miss: the weekday names no destination',
  },
];
