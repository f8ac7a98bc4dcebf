import type { RuleCase } from '../rule-tester.js';

/**
 * Typeform `{"code","description","details"}` bodies and the Singer tap's / Go client's text.
 * Sources: marotpam/typeform-go error.go and fake-server tests (AUTHENTICATION_FAILED "Authentication
 * credentials not found on the Request Headers", FORM_NOT_FOUND "Non existing form with uid …");
 * Typeform/js-api-client create-client.ts (code, description, details); singer-io/tap-typeform
 * client.py (exception classes and "HTTP-error-code: N, Error: …" text) and PR #41 ("Maybe add the
 * Responses:Read scope to your token" on a 403); typeform.com/developers (rate limits, scopes).
 */
const j = (o: unknown): string => JSON.stringify(o);

export const typeformCases: RuleCase[] = [
  {
    line: j({ level: 'error', status: 401, url: 'https://api.typeform.com/forms/t6sbkCIz/responses', body: { code: 'AUTHENTICATION_FAILED', description: 'Authentication credentials not found on the Request Headers' } }),
    category: 'auth',
    destination: 'typeform',
    cause: 'AUTHENTICATION_FAILED',
    rule: 'typeform/authentication-failed',
    note: 'the AUTHENTICATION_FAILED body of typeform-go’s fake server; the API host names Typeform (Klaviyo’s code of the same name does not decide it)',
  },
  {
    line: 'ERROR url: https://api.eu.typeform.com/forms/t6sbkCIz, method: GET, statusCode: 401, code: AUTHENTICATION_FAILED, description: Authentication credentials not found on the Request Headers',
    category: 'auth',
    destination: 'typeform',
    rule: 'typeform/authentication-failed',
    note: 'typeform-go’s Error() text on the EU host',
  },
  {
    line: j({ level: 'error', status: 404, url: 'https://api.typeform.com/forms/Xb4nQk2R', body: { code: 'FORM_NOT_FOUND', description: 'Non existing form with uid Xb4nQk2R' } }),
    category: 'validation',
    destination: 'typeform',
    cause: 'FORM_NOT_FOUND',
    rule: 'typeform/not-found',
    note: 'FORM_NOT_FOUND (typeform-go constants and fake server): a deleted form or a wrong id',
  },
  {
    line: j({ level: 'error', status: 400, url: 'https://api.typeform.com/forms', body: { code: 'VALIDATION_ERROR', description: 'The payload is invalid.', details: [{ code: 'WRONG_TYPE', description: 'should be string', field: '/fields/0/title', in: 'body' }] } }),
    category: 'validation',
    destination: 'typeform',
    field: 'title',
    rule: 'typeform/validation',
    note: 'VALIDATION_ERROR with details (the api-client keeps code, description, details); the JSON pointer names the field',
  },
  {
    line: j({ level: 'error', destination: 'typeform', status: 401, endpoint: '/me' }),
    category: 'auth',
    rule: 'typeform/unauthorized',
    note: 'a 401 logged without its body: the status on a Typeform line',
  },
  {
    line: j({ level: 'error', status: 403, url: 'https://api.typeform.com/workspaces', body: { description: 'Forbidden' } }),
    category: 'permissions',
    destination: 'typeform',
    rule: 'typeform/forbidden',
    note: 'contentful/apps #3314: a 403 listing workspaces with a valid login (scope or workspace access)',
  },
  {
    line: j({ level: 'warn', status: 429, url: 'https://api.typeform.com/forms/t6sbkCIz/responses?page_size=1000' }),
    category: 'transient',
    destination: 'typeform',
    rule: 'typeform/rate-limit',
    note: 'a 429 on the Responses API (requests per second per token)',
  },
  {
    line: 'tap_typeform.client.TypeformUnauthorizedError: HTTP-error-code: 401, Error: Invalid authorization credentials.',
    category: 'auth',
    destination: 'typeform',
    rule: 'typeform/tap-unauthorized',
    note: 'tap-typeform client.py: the 401 exception and message',
  },
  {
    line: 'CRITICAL Maybe add the Responses:Read scope to your token',
    category: 'permissions',
    rule: 'typeform/tap-forbidden',
    note: 'tap-typeform PR #41: the tap’s own CRITICAL line on a 403 from the responses endpoint (no host on the line)',
  },
  {
    line: 'tap_typeform.client.TypeformForbiddenError: HTTP-error-code: 403, Error: User doesn\'t have permission to access the resource.',
    category: 'permissions',
    destination: 'typeform',
    rule: 'typeform/tap-forbidden',
    note: 'tap-typeform client.py: the 403 exception',
  },
  {
    line: 'tap_typeform.client.TypeformTooManyError: HTTP-error-code: 429, Error: The API rate limit for your organisation/application pairing has been exceeded',
    category: 'transient',
    destination: 'typeform',
    rule: 'typeform/tap-rate-limit',
    note: 'tap-typeform client.py: the 429 exception',
  },
  {
    line: 'tap_typeform.client.TypeformNotAvailableError: HTTP-error-code: 503, Error: API service is currently unavailable.',
    category: 'transient',
    destination: 'typeform',
    rule: 'typeform/tap-server',
    note: 'tap-typeform client.py: the 503 exception (retried by the tap)',
  },
];
