import type { RuleCase } from '../rule-tester.js';

/**
 * Mollie problem-style bodies (`status`, `title`, `detail`, `field`, `_links`), which carry no code,
 * and mollie-api-php / mollie-api-python exception lines.
 * Sources: mollie/api-documentation source/guides/handling-errors.rst (401, 404, 422 bodies; the
 * status list); mollie-api-php src/Exceptions/ApiException.php, UnauthorizedException.php,
 * ForbiddenException.php, TooManyRequestsException.php, ServiceUnavailableException.php;
 * mollie-api-python mollie/api/error.py; mollie/magento2 #689; mollie/laravel-mollie #190;
 * mollie/mollie-api-php #185, #330, #580, #758; mollie/OpenCart #143; thephpleague/omnipay-mollie #57.
 */
const j = (o: unknown): string => JSON.stringify(o);
const API = 'https://api.mollie.com/v2';

export const mollieCases: RuleCase[] = [
  {
    line: '[2023-09-08T08:01:18.412873+00:00] Mollie.ERROR: terminals: [2023-09-08T08:01:18+0000] Error executing API call (403: Forbidden): You are not allowed to use the Terminals API.. Documentation: https://docs.mollie.com/overview/handling-errors [] []',
    category: 'plan',
    destination: 'mollie',
    rule: 'mollie/api-not-enabled',
    note: 'mollie/magento2 #689: a 403 for an API the account has not been enabled for (point of sale), not a missing permission',
  },
  {
    line: '[2022-04-19T12:31:50+0000] Error executing API call (422: Unprocessable Entity): Your account is currently suspended. Documentation: https://docs.mollie.com/overview/handling-errors',
    category: 'plan',
    destination: 'mollie',
    rule: 'mollie/account-suspended',
    note: 'mollie/laravel-mollie #190: a 422 that is the account’s standing, not the record',
  },
  {
    line: "Mollie\\Api\\Exceptions\\UnauthorizedException: Your request wasn't executed due to failed authentication. Check your API key. Error executing API call (401: Unauthorized Request): Missing authentication, or failed to authenticate",
    category: 'auth',
    destination: 'mollie',
    rule: 'mollie/sdk-auth',
    note: 'mollie-api-php v3 UnauthorizedException with the 401 body of the handling-errors guide',
  },
  {
    line: 'Mollie\\Api\\Exceptions\\ForbiddenException: Your request was understood but not allowed. Error executing API call (403: Forbidden): You do not have access to the requested resource',
    category: 'permissions',
    destination: 'mollie',
    rule: 'mollie/sdk-forbidden',
    note: 'mollie-api-php v3 ForbiddenException (403: no access to the requested resource)',
  },
  {
    line: 'Mollie\\Api\\Exceptions\\TooManyRequestsException: Your request exceeded the rate limit. Error executing API call (429: Too Many Requests): Your request has hit a rate limit',
    category: 'transient',
    destination: 'mollie',
    rule: 'mollie/sdk-rate-limit',
    note: 'mollie-api-php v3 TooManyRequestsException (429)',
  },
  {
    line: 'Mollie\\Api\\Exceptions\\ServiceUnavailableException: The service is temporarily unavailable. Error executing API call (503: Service Unavailable): The service is temporarily unavailable',
    category: 'outage',
    destination: 'mollie',
    rule: 'mollie/sdk-unavailable',
    note: 'mollie-api-php v3 ServiceUnavailableException: 503 is calamity or maintenance (handling-errors guide)',
  },
  {
    line: 'mollie.api.error.UnprocessableEntityError: The amount does not contain a currency',
    category: 'validation',
    destination: 'mollie',
    rule: 'mollie/sdk-validation',
    note: 'mollie-api-python UnprocessableEntityError (message = detail), with the detail of mollie-api-php #185',
  },
  {
    line: j({ status: 401, title: 'Unauthorized Request', detail: 'Missing authentication, or failed to authenticate', _links: { documentation: { href: 'https://docs.mollie.com/guides/authentication', type: 'text/html' } } }),
    category: 'auth',
    destination: 'mollie',
    rule: 'mollie/unauthorized-message',
    note: 'handling-errors guide: the 401 body for a wrong API key; no host, its wording names Mollie',
  },
  {
    line: 'Mollie_API_Exception: Error executing API call (request): Unauthorized request. in /app/vendor/mollie/mollie-api-php/src/Mollie/API/Resource/Base.php:353',
    category: 'auth',
    destination: 'mollie',
    rule: 'mollie/unauthorized-message',
    note: 'mollie-api-php #580: the v1 client’s exception carries no status',
  },
  {
    line: j({ level: 'error', status: 401, url: 'https://api.mollie.com/v1/settlements', body: { error: { type: 'request', message: 'Unauthorized request', links: { documentation: 'https://docs.mollie.com/' } } } }),
    category: 'auth',
    destination: 'mollie',
    rule: 'mollie/http-401',
    note: 'mollie-api-php #330: the v1 body for an organization token (type request)',
  },
  {
    line: j({ level: 'error', status: 403, url: `${API}/settlements/open`, body: { status: 403, title: 'Forbidden', _links: { documentation: { href: 'https://docs.mollie.com/overview/handling-errors', type: 'text/html' } } } }),
    category: 'permissions',
    destination: 'mollie',
    rule: 'mollie/http-403',
    note: 'handling-errors guide: 403 "You do not have access to the requested resource"',
  },
  {
    line: j({ level: 'error', status: 422, url: `${API}/payments`, body: { status: 422, title: 'Unprocessable Entity', detail: 'The amount is required for payments', field: 'amount', _links: { documentation: { href: 'https://docs.mollie.com/guides/handling-errors', type: 'text/html' } } } }),
    category: 'validation',
    destination: 'mollie',
    field: 'amount',
    rule: 'mollie/http-validation',
    note: 'thephpleague/omnipay-mollie #57: 422 with `field`',
  },
  {
    line: 'Error executing API call (422: Unprocessable Entity): Order line 1 is invalid. VAT amount is off. Expected VAT amount to be €5.41 (€31.20 × (21.00% / 121.00%)), got €5.42. Field: lines.1.vatAmount. Documentation: https://docs.mollie.com/guides/handling-errors',
    category: 'validation',
    destination: 'mollie',
    field: 'lines.1.vatAmount',
    rule: 'mollie/http-validation',
    note: 'mollie/OpenCart #143: mollie-api-php v2 ApiException text, the field after "Field:"',
  },
  {
    line: j({ level: 'error', status: 404, url: `${API}/payments/tr_I_dont_exist`, body: { status: 404, title: 'Not Found', detail: 'No payment exists with token tr_I_dont_exist.', _links: { documentation: { href: 'https://docs.mollie.com/errors', type: 'text/html' } } } }),
    category: 'validation',
    destination: 'mollie',
    rule: 'mollie/http-validation',
    note: 'handling-errors guide: the 404 body',
  },
  {
    line: j({ level: 'warn', status: 429, url: `${API}/payments?limit=250`, body: { status: 429, title: 'Too Many Requests' } }),
    category: 'transient',
    destination: 'mollie',
    rule: 'mollie/http-429',
    note: 'handling-errors guide: 429 "Your request has hit a rate limit. Please wait for a bit and retry" (api-documentation #845)',
  },
  {
    line: j({ level: 'error', status: 500, url: `${API}/orders`, body: { status: 500, title: 'Internal Server Error' } }),
    category: 'transient',
    destination: 'mollie',
    rule: 'mollie/http-5xx',
    note: 'handling-errors guide: 500, developers are notified',
  },
  {
    line: j({ level: 'error', status: 503, url: `${API}/payments`, msg: 'Service Unavailable' }),
    category: 'outage',
    destination: 'mollie',
    rule: 'mollie/http-503',
    note: 'handling-errors guide: 503 "temporarily unavailable, either due to calamity or (planned) maintenance"',
  },
];
