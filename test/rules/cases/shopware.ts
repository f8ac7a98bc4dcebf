import type { RuleCase } from '../rule-tester.js';

/**
 * Shopware 6 Admin API `errors[]` bodies (JSON:API: `status`, `code`, `title`, `detail`, `meta`,
 * `source.pointer`).
 * Sources: shopware/shopware #110 (the 401 body with code "9" and meta.error access_denied);
 * shopware/shopware MissingPrivilegeException.php and its API test (403 body with missingPrivileges);
 * RateLimitExceededException.php ("Too many requests, try again in {{ seconds }} seconds.");
 * WriteConstraintViolationException.php and the rule condition tests (source.pointer /0/value/zipCodes).
 */
const j = (o: unknown): string => JSON.stringify(o);

export const shopwareCases: RuleCase[] = [
  {
    line: j({
      level: 'error',
      destination: 'shopware',
      url: 'https://shop.example.com/api/search/product',
      response: { errors: [{ code: '9', status: '401', title: 'Unauthorized', detail: 'The resource owner or authorization server denied the request.', meta: { error: 'access_denied', hint: 'Access token could not be verified' } }] },
    }),
    category: 'auth',
    destination: 'shopware',
    rule: 'shopware/token-denied',
    note: 'shopware/shopware #110: the OAuth server’s 401 (code 9, access_denied) for a token it cannot verify',
  },
  {
    line: j({
      level: 'error',
      msg: 'sync failed',
      body: { errors: [{ status: '403', code: 'FRAMEWORK__MISSING_PRIVILEGE_ERROR', title: 'Forbidden', detail: j({ message: 'Missing privilege', missingPrivileges: ['product:create'] }), meta: { parameters: [] } }] },
    }),
    category: 'permissions',
    destination: 'shopware',
    field: 'product:create',
    rule: 'shopware/missing-privilege',
    note: 'shopware/shopware MissingPrivilegeException and its API test: 403 with the missing ACL privilege in detail',
  },
  {
    line: j({ level: 'warn', status: 429, body: { errors: [{ status: '429', code: 'FRAMEWORK__RATE_LIMIT_EXCEEDED', title: 'Too Many Requests', detail: 'Too many requests, try again in 30 seconds.', meta: { parameters: { seconds: 30 } } }] } }),
    category: 'transient',
    destination: 'shopware',
    rule: 'shopware/rate-limited',
    note: 'shopware/shopware RateLimitExceededException: 429 FRAMEWORK__RATE_LIMIT_EXCEEDED',
  },
  {
    line: j({
      level: 'error',
      status: 400,
      body: { errors: [{ code: 'FRAMEWORK__WRITE_CONSTRAINT_VIOLATION', status: '400', detail: 'This value should be of type string.', template: 'This value should be of type {{ type }}.', meta: { parameters: { '{{ type }}': 'string' } }, source: { pointer: '/0/value/zipCodes' } }] },
    }),
    category: 'validation',
    destination: 'shopware',
    field: 'zipCodes',
    rule: 'shopware/write-invalid',
    note: 'shopware/shopware rule condition tests: FRAMEWORK__WRITE_CONSTRAINT_VIOLATION with source.pointer /0/value/zipCodes',
  },
];
