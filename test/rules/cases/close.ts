import type { RuleCase } from '../rule-tester.js';

/**
 * Close CRM: status-defined errors (400/401/402/403/429), `field-errors` bodies, the 429
 * `rate_reset` body, and the Python, Ruby and PHP clients' exception lines; near misses for the
 * everyday word "close".
 * Sources: developer.close.com http-response-codes and rate-limits pages;
 * closeio/closeio-api tests/test_api.py (field-errors body); loopline-systems/closeio-api-wrapper
 * CloseIoResponseExceptionTest.php (429 body); taylorbrooks/closeio issue #64 (nested
 * field-errors) and lib/closeio/error.rb; public adapter tests mocking the 401 body.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const closeCases: RuleCase[] = [
  {
    line: j({ level: 'error', status: 401, url: 'https://api.close.com/api/v1/me/', body: { error: 'Unauthorized' } }),
    category: 'auth',
    destination: 'close',
    cause: 'unauthorized',
    rule: 'close/unauthorized',
    note: '401 {"error":"Unauthorized"} on /me/ (the key check integrations make)',
  },
  {
    line: j({ level: 'error', destination: 'Close.io', status: 401, message: 'HTTP 401 Unauthorized' }),
    category: 'auth',
    destination: 'close',
    rule: 'close/unauthenticated',
    note: 'docs: 401 when the request needs to be authenticated; an empty body leaves the status to decide',
  },
  {
    line: j({ level: 'error', destination: 'close', status: 402, url: 'https://api.close.com/api/v1/sequence_subscription/' }),
    category: 'plan',
    cause: 'HTTP 402',
    rule: 'close/plan-limit',
    note: 'docs: 402 when a limit of the current plan was reached',
  },
  {
    line: j({ level: 'error', status: 403, url: 'https://api.close.com/api/v1/lead/', body: 'Forbidden' }),
    category: 'permissions',
    destination: 'close',
    rule: 'close/not-allowed',
    note: 'docs: 403 when an operation was not allowed (closeio-api tests answer a POST /lead/ with a bare "Forbidden")',
  },
  {
    line: j({ level: 'error', status: 400, url: 'https://api.close.com/api/v1/contact/', record_id: 'row_88', body: { errors: [], 'field-errors': { lead: 'This field is required.' } } }),
    category: 'validation',
    destination: 'close',
    field: 'lead',
    rule: 'close/bad-request',
    note: 'closeio-api tests: 400 with field-errors; its keys are the fields',
  },
  {
    line: j({ level: 'error', status: 400, destination: 'closecrm', body: { 'field-errors': { contacts: { errors: { '0': { 'field-errors': { 'custom.LinkedIn': 'The Custom Field "LinkedIn" does not exist.' }, errors: [] } } } }, errors: [] } }),
    category: 'validation',
    destination: 'close',
    field: 'contacts, custom.LinkedIn',
    rule: 'close/bad-request',
    note: 'taylorbrooks/closeio #64: nested field-errors name the item and the custom field',
  },
  {
    line: j({ level: 'warn', status: 429, url: 'https://api.close.com/api/v1/activity/email/', body: { error: { message: 'API call count exceeded for this period', rate_endpoint_group: '85775312284352155935458847415769', rate_limit: 240, rate_limit_type: 'Callable key [mixed arg]', rate_reset: 0.130213, rate_window: 8 } } }),
    category: 'transient',
    destination: 'close',
    cause: 'rate limit',
    rule: 'close/rate-limit',
    note: 'the 429 body of closeio-api-wrapper’s exception test: rate_reset is a fraction of a second',
  },
  {
    line: j({ level: 'warn', status: 429, body: { error: { message: 'API call count exceeded for this period', rate_reset: 3.4, rate_endpoint_group: '4c0b2f1a' } } }),
    category: 'transient',
    destination: 'close',
    rule: 'close/rate-limit',
    note: 'no host: rate_endpoint_group is a key only Close’s bodies carry',
  },
  {
    line: j({ level: 'warn', destination: 'Close CRM', status: 429 }),
    category: 'transient',
    rule: 'close/throttled',
    note: 'a bare 429 on a Close line: per-endpoint-group limits reset within seconds',
  },
  {
    line: 'closeio_api.ValidationError: {"errors": [], "field-errors": {"lead": "This field is required."}}',
    category: 'validation',
    destination: 'close',
    field: 'lead',
    rule: 'close/sdk-validation',
    note: 'closeio_api raises ValidationError(response) on a 400; its text is the body',
  },
  {
    line: 'Closeio::NotAuthorized: {"error"=>"Unauthorized"}',
    category: 'auth',
    destination: 'close',
    cause: 'unauthorized',
    note: 'closeio gem error handler: 401 → NotAuthorized with the body (the body’s own word decides first)',
  },
  {
    line: 'LooplineSystems\\CloseIoApiWrapper\\Exception\\CloseIoAuthenticationException: Unknown error from Close.io REST API.',
    category: 'auth',
    destination: 'close',
    rule: 'close/sdk-authentication',
    note: 'closeio-api-wrapper: a 401 whose body has no `error` gets the wrapper’s own message; the class says 401',
  },
  {
    line: 'LooplineSystems\\CloseIoApiWrapper\\Exception\\CloseIoThrottleException: API call count exceeded for this period',
    category: 'transient',
    destination: 'close',
    rule: 'close/sdk-throttle',
    note: 'closeio-api-wrapper: 429 → CloseIoThrottleException with error.message',
  },
  // "close" is a word: it names nothing by itself.
  {
    line: 'ERROR failed to close connection: socket hang up',
    category: 'transient',
    destination: null,
    note: 'near miss: the verb "close" is no destination',
  },
  {
    line: j({ level: 'error', destination: 'enclosed-api', status: 403 }),
    category: 'permissions',
    rule: 'http/403',
    note: 'near miss: a destination that merely contains "close" is not Close',
  },
];
