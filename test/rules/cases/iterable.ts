import type { RuleCase } from '../rule-tester.js';

/**
 * Iterable: `{"msg","code","params"}`. Response codes per api.iterable.com/api/docs (BadApiKey,
 * Forbidden, ForbiddenParamsError, RateLimitExceeded, RequestFieldsTypesMismatched,
 * UniqueFieldsLimitExceeded, DatabaseError…); the RequestFieldsTypesMismatched body is the one
 * recorded in node-iterable-api's test fixtures.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const iterableCases: RuleCase[] = [
  {
    line: j({ ts: '2026-03-05T18:00:00Z', level: 'error', destination: 'iterable', record_id: 'user_a', status: 401, body: { msg: 'Invalid API key', code: 'BadApiKey', params: null } }),
    category: 'auth',
    rule: 'iterable/bad-api-key',
    note: 'BadApiKey: auth',
  },
  {
    line: j({ ts: '2026-03-05T18:00:10Z', level: 'error', record_id: 'user_b', status: 401, url: 'https://api.eu.iterable.com/api/users/update', body: { msg: 'Invalid API key', code: 'Unauthorized', params: null } }),
    category: 'auth',
    destination: 'iterable',
    rule: 'iterable/unauthorized',
    note: 'Unauthorized on an Iterable host (EU): auth',
  },
  {
    line: j({ ts: '2026-03-05T18:00:20Z', level: 'error', destination: 'iterable', record_id: 'user_c', status: 401, body: { msg: 'The API key provided can not be used with the requested parameters', code: 'ForbiddenParamsError', params: null } }),
    category: 'permissions',
    rule: 'iterable/forbidden-params',
    note: 'a client-side key used for server-side parameters',
  },
  {
    line: j({ ts: '2026-03-05T18:00:30Z', level: 'error', destination: 'iterable', status: 403, body: { msg: 'API key not authorized to access this endpoint', code: 'Forbidden', params: null } }),
    category: 'permissions',
    rule: 'iterable/forbidden',
    note: 'Forbidden on an Iterable line',
  },
  {
    line: j({ ts: '2026-03-05T18:00:40Z', level: 'warn', destination: 'iterable', record_id: 'evt_d', status: 429, body: { msg: 'Rate limit exceeded', code: 'RateLimitExceeded', params: null } }),
    category: 'transient',
    rule: 'iterable/rate-limit',
    note: 'RateLimitExceeded: transient',
  },
  {
    line: j({
      ts: '2026-03-05T18:00:50Z',
      level: 'error',
      destination: 'iterable',
      record_id: 'jake.jill@mailinator.com',
      status: 400,
      body: {
        msg: "Project 10216: The request does not have the same data types as the data previously submitted. Field 'signupDate' already exists for type 'user' and has a data type of 'date' but possible types 'string, keyword' in the request.",
        code: 'RequestFieldsTypesMismatched',
        params: { validationErrors: { signupDate: { incomingTypes: ['string', 'keyword'], expectedType: 'date', _type: 'UnexpectedType', offendingValue: 'GGG', category: 'user' } } },
      },
    }),
    category: 'validation',
    field: 'signupDate',
    rule: 'iterable/field-type',
    note: 'field stored with another type: validation on the field',
  },
  {
    line: j({ ts: '2026-03-05T18:01:00Z', level: 'error', destination: 'iterable', record_id: 'user_e', status: 400, body: { msg: 'Project has exceeded the maximum number of unique fields', code: 'UniqueFieldsLimitExceeded', params: null } }),
    category: 'plan',
    rule: 'iterable/unique-fields-limit',
    note: 'project field-name cap: plan',
  },
  {
    line: j({ ts: '2026-03-05T18:01:10Z', level: 'error', destination: 'iterable', record_id: 'user_f', status: 400, body: { msg: 'Invalid email: not-an-email', code: 'InvalidEmailAddressError', params: null } }),
    category: 'validation',
    rule: 'iterable/record',
    note: 'invalid email: record-level',
  },
  {
    line: j({ ts: '2026-03-05T18:01:20Z', level: 'error', destination: 'iterable', status: 400, body: { msg: 'List 123456 not found', code: 'NotFound', params: null } }),
    category: 'validation',
    rule: 'iterable/not-found',
    note: 'NotFound: the list id in the connection',
  },
  {
    line: j({ ts: '2026-03-05T18:01:30Z', level: 'error', destination: 'iterable', record_id: 'user_g', status: 500, body: { msg: 'Database error', code: 'DatabaseError', params: null } }),
    category: 'transient',
    rule: 'iterable/server',
    note: 'DatabaseError: retry',
  },
  // ---------------------------------------------------------------- near misses
  {
    line: j({ ts: '2026-03-05T18:01:40Z', level: 'error', destination: 'acme_api', status: 403, body: { code: 'Forbidden', message: 'nope' } }),
    category: 'permissions',
    destination: 'acme_api',
    rule: 'oauth/access-denied',
    note: 'near miss: Forbidden from another API is the generic rule',
  },
  {
    line: 'for item in iterable: TypeError: unsupported operand, record=rec_9 ERROR in transform',
    category: 'unknown',
    destination: null,
    note: 'near miss: the word "iterable" in a Python error names no destination',
  },
];
