import type { Provider } from './provider.js';

/**
 * Mollie (`api.mollie.com/v2/…`; the deprecated v1 API answered on the same host). Error bodies
 * are problem-style JSON with no code of their own: `{"status":422,"title":"Unprocessable Entity",
 * "detail":"The amount is higher than the maximum","field":"amount","_links":{"documentation":
 * {"href":"https://docs.mollie.com/…"}}}`; v1 answered `{"error":{"type":"request","message":
 * "Unauthorized request"}}`. So the status decides, read as the handling-errors guide defines it:
 * - 401 ("Missing authentication, or failed to authenticate": the API key or token): auth.
 * - 403 ("You do not have access to the requested resource": an organization token or app without
 *   the permission): permissions; but "You are not allowed to use the Terminals API" is an API the
 *   account has not been enabled for, and "Your account is currently suspended" (422) is the
 *   account's standing: plan.
 * - 400, 404, 405, 409 (a duplicate call), 410 (deleted), 415, 422 (`field` names the field):
 *   validation.
 * - 429 ("Your request has hit a rate limit"), 500, 502, 504: transient. 503 ("temporarily
 *   unavailable, either due to calamity or (planned) maintenance"): outage.
 * Client libraries: mollie-api-php throws `Mollie\Api\Exceptions\ApiException` with "Error
 * executing API call (<status>: <title>): <detail>. Field: <field>. Documentation: …" (v3 adds
 * UnauthorizedException, ForbiddenException, TooManyRequestsException, ValidationException,
 * ServiceUnavailableException…; v1 threw `Mollie_API_Exception: Error executing API call (request):
 * Unauthorized request.`), mollie-api-python `mollie.api.error.UnauthorizedError` /
 * `UnprocessableEntityError` / `NotFoundError` (message = detail), mollie-api-ruby
 * `Mollie::RequestError` ("<status> <title>: <detail>"), .NET `MollieApiException`.
 * Sources: docs.mollie.com/reference/handling-errors and mollie/api-documentation
 * source/guides/handling-errors.rst (status list, 401/404/422 sample bodies); mollie-api-php
 * src/Exceptions/ApiException.php, TooManyRequestsException.php; mollie-api-python
 * mollie/api/error.py; mollie-api-ruby lib/mollie/exception.rb; mollie-api-php #9, #580, #758;
 * mollie/OpenCart #139, #143; thephpleague/omnipay-mollie #57; mollie/mollie-api-php #185 (422
 * body, `field`); mollie/laravel-mollie #190 (account suspended); mollie/magento2 #689 (403
 * Terminals API); mollie-api-php #330 (v1 body); mollie/api-documentation #845 (429).
 */
const M = ['mollie'];

/** mollie-api-php v3's classes. */
const php = (names: string): RegExp => new RegExp(`Mollie\\\\Api\\\\Exceptions\\\\(?:${names})\\b`);

export const provider: Provider = {
  name: 'mollie',
  display: 'Mollie',
  // Hosts and client names only: Mollie is also a first name.
  hints: ['(?:[\\w-]+\\.)?mollie\\.com', 'Mollie\\\\Api(?:\\\\\\w+)*', 'Mollie_API_\\w+', 'mollie\\.api(?:\\.\\w+)*', 'Mollie::\\w+', '@mollie/api-client', 'mollie-api-\\w+', 'MollieApiException', 'Mollie\\.Api(?:\\.\\w+)*'],
  links: {
    auth: 'https://docs.mollie.com/reference/authentication',
    permissions: 'https://docs.mollie.com/docs/connect-permissions',
    plan: 'https://my.mollie.com/dashboard',
    validation: 'https://docs.mollie.com/reference/handling-errors',
    transient: 'https://docs.mollie.com/reference/handling-errors',
    outage: 'https://status.mollie.com',
  },
  rules: [
    {
      id: 'mollie/api-not-enabled',
      category: 'plan',
      cause: 'API not enabled',
      message: /You are not allowed to use the [\w ]{1,40} API/i,
      destination: M,
      summary: 'Mollie has not enabled this API for the account',
      fix: 'Ask Mollie to activate the product the message names (e.g. point-of-sale for the Terminals API), or stop calling it; retrying before that fails again.',
    },
    {
      id: 'mollie/account-suspended',
      category: 'plan',
      cause: 'account suspended',
      message: /Your account is currently suspended/i,
      destination: M,
      summary: 'Mollie account suspended',
      fix: 'Resolve the suspension in the Mollie dashboard or with Mollie support (verification, outstanding balance); pause the sync until the account is active.',
    },
    // The client libraries' classes, for lines that print only the exception.
    {
      id: 'mollie/sdk-auth',
      category: 'auth',
      cause: 'UnauthorizedException',
      message: new RegExp(`${php('UnauthorizedException|MissingAuthenticationException|InvalidAuthenticationException').source}|\\bmollie\\.api\\.error\\.UnauthorizedError\\b`),
      summary: 'Mollie rejected the API key or access token',
      fix: 'Copy the API key of the right website profile again, or reconnect the OAuth app; pause the sync until then.',
    },
    {
      id: 'mollie/sdk-forbidden',
      category: 'permissions',
      cause: 'ForbiddenException',
      message: php('ForbiddenException'),
      summary: 'Mollie credentials may not access this resource',
      fix: 'Grant the OAuth app or organization access token the permission this call needs (e.g. payments.write), or use the API key of the profile that owns the resource; keep syncing other records.',
    },
    {
      id: 'mollie/sdk-rate-limit',
      category: 'transient',
      cause: 'TooManyRequestsException',
      message: php('TooManyRequestsException'),
      summary: 'Mollie rate limit',
      fix: 'Retry with backoff; spread the requests out.',
    },
    {
      id: 'mollie/sdk-unavailable',
      category: 'outage',
      cause: 'ServiceUnavailableException',
      message: php('ServiceUnavailableException'),
      summary: 'Mollie temporarily unavailable (calamity or maintenance)',
      fix: 'Nothing to fix: wait and retry later (status.mollie.com).',
    },
    {
      id: 'mollie/sdk-validation',
      category: 'validation',
      cause: 'UnprocessableEntity',
      message: new RegExp(`${php('ValidationException|NotFoundException|MethodNotAllowedException').source}|\\bmollie\\.api\\.error\\.(?:UnprocessableEntityError|NotFoundError)\\b`),
      fieldFrom: /\bField: ([\w.]+)/,
      summary: 'Mollie rejected the request for this record',
      fix: 'Read the sample for what Mollie rejected (an amount, a currency, an id that does not exist); fix the record or mapping, never retry as is.',
    },
    {
      id: 'mollie/unauthorized-message',
      category: 'auth',
      cause: 'Unauthorized Request',
      message: /Missing authentication, or failed to authenticate|Error executing API call \(request\): Unauthorized request/i,
      summary: 'Mollie rejected the API key or access token',
      fix: 'Copy the live or test API key of the right website profile again (Developers → API keys), or reconnect the OAuth app; pause the sync until then.',
    },
    // The status, on Mollie's lines (its bodies carry no code).
    {
      id: 'mollie/http-401',
      category: 'auth',
      cause: 'HTTP 401',
      status: [401],
      destination: M,
      summary: 'Mollie rejected the API key or access token (HTTP 401)',
      fix: 'Copy the API key of the right website profile again (test and live keys differ), or reconnect the OAuth app; pause the sync until then.',
    },
    {
      // Its title "Forbidden" is read as a code, which OAuth's rules know too: decided here first.
      id: 'mollie/http-403',
      category: 'permissions',
      cause: 'HTTP 403',
      code: ['forbidden'],
      status: [403],
      destination: M,
      summary: 'Mollie credentials may not access this resource (HTTP 403)',
      fix: 'Grant the OAuth app or organization access token the permission this call needs, or use the API key of the profile that owns the resource; keep syncing other records.',
    },
    {
      id: 'mollie/http-validation',
      category: 'validation',
      cause: 'HTTP {status}',
      status: [400, 404, 405, 409, 410, 415, 422],
      destination: M,
      fieldFrom: /\bField: ([\w.]+)/,
      summary: 'Mollie rejected `{field}` (HTTP {status})',
      fix: 'Fix the value mapped to `{field}` (the detail says what Mollie expected), or the id of a record that does not exist or was deleted; retrying as is fails again.',
    },
    {
      id: 'mollie/http-429',
      category: 'transient',
      cause: 'HTTP 429',
      status: [429],
      destination: M,
      summary: 'Mollie rate limit (HTTP 429)',
      fix: 'Retry with backoff; spread the requests out.',
    },
    {
      id: 'mollie/http-5xx',
      category: 'transient',
      cause: 'HTTP {status}',
      status: [500, 502, 504],
      destination: M,
      summary: 'Mollie server error (HTTP {status})',
      fix: 'Retry with backoff; check status.mollie.com if it persists.',
    },
    {
      id: 'mollie/http-503',
      category: 'outage',
      cause: 'HTTP 503',
      status: [503],
      destination: M,
      summary: 'Mollie temporarily unavailable (HTTP 503: calamity or maintenance)',
      fix: 'Nothing to fix: wait and retry later (status.mollie.com).',
    },
  ],
};
