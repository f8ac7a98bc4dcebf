import type { RuleCase } from '../rule-tester.js';

/**
 * FreshBooks: the identity endpoint's `unauthenticated` error, the accounting API's
 * `{"response":{"errors":[{"errno","field","message","object","value"}]}}`.
 * Sources: freshbooks.com/api/errors; freshbooks-nodejs-sdk #506; freshbooks-php-sdk README.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const freshbooksCases: RuleCase[] = [
  {
    line: j({ level: 'error', status: 401, url: 'https://api.freshbooks.com/auth/api/v1/users/me', body: { error_type: 'unauthenticated', message: 'This action requires authentication to continue' } }),
    category: 'auth',
    destination: 'freshbooks',
    rule: 'freshbooks/unauthenticated',
    note: 'expired token on the identity endpoint; the host names FreshBooks',
  },
  {
    line: 'FreshBooksError: Get Identity: This action requires authentication to continue',
    category: 'auth',
    destination: 'freshbooks',
    rule: 'freshbooks/unauthenticated-text',
    note: 'SDK error text without the code',
  },
  {
    line: j({ level: 'error', status: 404, destination: 'freshbooks', body: { response: { errors: [{ errno: 1012, field: 'userid', message: 'Client not found.', object: 'client', value: '134' }] } } }),
    category: 'validation',
    field: 'userid',
    rule: 'freshbooks/not-found',
    note: 'errno 1012: the client id does not exist',
  },
  {
    line: j({ level: 'error', status: 422, destination: 'freshbooks', body: { response: { errors: [{ errno: 2001, field: 'email', message: 'Invalid email address.', object: 'client', value: 'ada@' } ] } } }),
    category: 'validation',
    field: 'email',
    rule: 'freshbooks/field-error',
    note: 'field error: the body names the field',
  },
];
