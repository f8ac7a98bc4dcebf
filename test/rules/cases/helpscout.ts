import type { RuleCase } from '../rule-tester.js';

/**
 * Help Scout Mailbox API 2.0: vnd.error bodies with `_embedded.errors[].path`, status-defined
 * 401 / 402 / 403 / 409 / 413 / 429, the 429 message, and the PHP SDK's exception lines.
 * Sources: developer.helpscout.com/mailbox-api/overview/errors/ (the two-error sample body),
 * /overview/authentication; help-desk-api/status-codes (statuses); helpscout/helpscout-api-php
 * tests/Payloads/ErrorPayloads.php (validation and rate-limit bodies) and src/Http/Handlers.
 */
const j = (o: unknown): string => JSON.stringify(o);
const about = (code: string) => ({ about: { href: `http://developer.helpscout.net/mailbox-api/overview/errors#${code}` } });

export const helpscoutCases: RuleCase[] = [
  {
    line: j({
      level: 'error',
      status: 400,
      url: 'https://api.helpscout.net/v2/conversations',
      body: {
        logRef: '64bb72b4-0a92-11e8-ba89-0ed5f89f718b',
        message: 'Bad request',
        _embedded: { errors: [{ path: 'subject', message: 'may not be empty', source: 'JSON', _links: about('NotEmpty') }] },
        _links: { about: { href: 'http://developer.helpscout.net/mailbox-api/overview/errors' } },
      },
    }),
    category: 'validation',
    destination: 'helpscout',
    field: 'subject',
    rule: 'helpscout/validation',
    note: 'the errors page’s sample: _embedded.errors[].path names the field',
  },
  {
    line: j({
      level: 'error',
      status: 400,
      body: {
        logRef: '64bb72b4-0a92-11e8-ba89-0ed5f89f718b',
        message: 'Bad request',
        _embedded: {
          errors: [
            { path: 'subject', message: 'may not be empty', source: 'JSON', _links: about('NotEmpty') },
            { path: 'status', message: "Expected one of these: 'active', 'spam', 'open', 'closed', 'pending'", rejectedValue: 'Wrong', source: 'JSON', _links: about('EnumValue') },
          ],
        },
      },
    }),
    category: 'validation',
    destination: 'helpscout',
    field: 'subject, status',
    rule: 'helpscout/validation',
    note: 'both errors of the docs sample; no host: logRef is Help Scout’s key',
  },
  {
    line: j({
      level: 'error',
      status: 400,
      destination: 'Help Scout',
      body: {
        logRef: 'cb73aad3-9a81-44fd-bf70-48250ea256ff#12',
        message: 'Validation error',
        _embedded: { errors: [{ path: 'country', message: 'may not be empty', links: [{ rel: 'about', href: 'http://developer.helpscout.net/help-desk-api-v2/errors#1' }] }] },
      },
    }),
    category: 'validation',
    field: 'country',
    rule: 'helpscout/validation',
    note: 'helpscout-api-php ErrorPayloads::validationErrors (links spelt without the underscore)',
  },
  {
    line: j({ level: 'error', status: 401, url: 'https://api.helpscout.net/v2/mailboxes' }),
    category: 'auth',
    destination: 'helpscout',
    rule: 'helpscout/unauthorized',
    note: 'authentication page: 401 for a bad token or a user who is not an active invited user',
  },
  {
    line: j({ level: 'error', destination: 'helpscout', status: 402 }),
    category: 'plan',
    rule: 'helpscout/suspended',
    note: 'status codes table: 402 API key suspended',
  },
  {
    line: j({ level: 'error', status: 403, url: 'https://api.helpscout.net/v2/mailboxes/85/fields' }),
    category: 'permissions',
    destination: 'helpscout',
    rule: 'helpscout/access-denied',
    note: 'status codes table: 403 access denied',
  },
  {
    line: j({ level: 'error', status: 409, url: 'https://api.helpscout.net/v2/customers', record_id: 'cust_9912' }),
    category: 'validation',
    destination: 'helpscout',
    rule: 'helpscout/already-exists',
    note: 'status codes table: 409 a customer with the same email already exists',
  },
  {
    line: j({ level: 'error', status: 413, url: 'https://api.helpscout.net/v2/conversations' }),
    category: 'validation',
    destination: 'helpscout',
    rule: 'helpscout/too-large',
    note: 'request size limit: 100 kB, 256 kB for Create conversation',
  },
  {
    line: j({ level: 'warn', status: 429, url: 'https://api.helpscout.net/v2/conversations?page=12', body: { message: 'API rate limit exceeded' } }),
    category: 'transient',
    destination: 'helpscout',
    rule: 'helpscout/rate-limit',
    note: 'ErrorPayloads::rateLimitExceededError: the 429 body',
  },
  {
    line: j({ level: 'warn', status: 429, destination: 'helpscout' }),
    category: 'transient',
    rule: 'helpscout/throttled',
    note: 'a bare 429: the per-minute account limit',
  },
  {
    line: 'PHP Fatal error:  Uncaught HelpScout\\Api\\Exception\\AuthenticationException: Invalid Credentials in /app/vendor/helpscout/api/src/Http/Handlers/AuthenticationHandler.php:19',
    category: 'auth',
    destination: 'helpscout',
    rule: 'helpscout/sdk-authentication',
    note: 'helpscout-api-php AuthenticationHandler: 401 → AuthenticationException("Invalid Credentials")',
  },
  {
    line: 'HelpScout\\Api\\Exception\\RateLimitExceededException: Rate limit exceeded',
    category: 'transient',
    destination: 'helpscout',
    rule: 'helpscout/sdk-rate-limit',
    note: 'helpscout-api-php RateLimitHandler: 429 → RateLimitExceededException',
  },
  {
    line: 'HelpScout\\Api\\Exception\\ValidationErrorException: Validation error - use getError() to see the underlying validation issues',
    category: 'validation',
    destination: 'helpscout',
    rule: 'helpscout/sdk-validation',
    note: 'helpscout-api-php ValidationHandler: a vnd.error 400 → ValidationErrorException',
  },
];
