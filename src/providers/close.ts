import type { Provider } from './provider.js';

/**
 * Close CRM REST API (`https://api.close.com/api/v1/…`; the old `app.close.io` / `api.close.io`
 * hosts answer the same paths). API keys go as HTTP Basic username, OAuth tokens as Bearer.
 * Bodies carry no error codes, so the status decides, as the docs define it: 400 a bad request,
 * 401 needs authentication, 402 "a limit of your current plan was reached", 403 "an operation was
 * not allowed", 404, 405, 415, 429. What the bodies do carry:
 * - 400: `{"errors": [], "field-errors": {"lead": "This field is required."}}`, nested per item
 *   for nested objects (`{"field-errors": {"contacts": {"errors": {"0": {"field-errors":
 *   {"custom.LinkedIn": "The Custom Field \"LinkedIn\" does not exist."}, …}}}}}`): the keys of
 *   `field-errors` are the fields. Other 400s say `{"error": "…"}`.
 * - 401: `{"error": "Unauthorized"}`.
 * - 429: `{"error": {"message": "API call count exceeded for this period", "rate_endpoint_group":
 *   …, "rate_limit": 240, "rate_limit_type": "…", "rate_reset": 0.13, "rate_window": 8}}` — per
 *   endpoint group, per API key and per organization (3×), reset within seconds: transient.
 * "Close" is an everyday word, so the name alone never names it in text and a destination value
 * names it only as `close` itself or one of the aliases; every rule is Close's lines only.
 * SDKs: closeio_api (Python: `APIError`, `ValidationError` for 400 with `errors` / `field_errors`;
 * retries 429, 502–504 itself), the `closeio` gem (`Closeio::NotAuthorized` 401,
 * `Closeio::NotFound`, `Closeio::TooManyRequests` 429, `Closeio::GatewayTimeout` 504,
 * `Closeio::Error` "<status>: <body>"), loopline-systems/closeio-api-wrapper (PHP:
 * `CloseIoAuthenticationException`, `CloseIoThrottleException`, `CloseIoBadRequestException`,
 * `CloseIoResourceNotFoundException`), singer-io/tap-closeio.
 * Sources: developer.close.com/api/overview/http-response-codes, /rate-limits and
 * /api-key-authentication; closeio/closeio-api closeio_api/__init__.py and tests/test_api.py (the
 * field-errors body, 429 headers); loopline-systems/closeio-api-wrapper
 * tests/Exception/CloseIoResponseExceptionTest.php (the 429 body); taylorbrooks/closeio
 * lib/closeio/error.rb and issue #64 (the nested field-errors body); public adapter tests that mock
 * Close's 401 `{"error":"Unauthorized"}`.
 */
const C = ['close'];

const fixes = {
  auth: 'Generate a new API key (Close → Settings → Developer → API Keys) or reconnect OAuth, and update the connection; pause the sync until then.',
  validation: 'Fix the value mapped to `{field}` (a required field, or a custom field that does not exist under that name); retrying the same record fails again.',
  rate: 'Retry after `rate_reset` seconds (the RateLimit header); lower concurrency on that endpoint group.',
};

export const provider: Provider = {
  name: 'close',
  display: 'Close',
  // "close" is an English word: only these spellings name Close in a destination value.
  familyName: true,
  aliases: ['closeio', 'closecrm', 'closecom'],
  hints: ['api\\.close\\.com', '(?:app|api)\\.close\\.io', 'closeio(?:_api)?', 'CloseIo\\w*Exception'],
  bodyKeys: ['field-errors', 'rate_endpoint_group'],
  // {"errors": [], "field-errors": {"lead": "This field is required."}}
  fieldShapes: [{ key: 'field-errors', beside: 'errors', keysAreFields: true }],
  links: {
    auth: 'https://developer.close.com/api/overview/api-key-authentication',
    permissions: 'https://developer.close.com/api/overview/http-response-codes',
    plan: 'https://www.close.com/pricing',
    validation: 'https://developer.close.com/api/overview/http-response-codes',
    transient: 'https://developer.close.com/api/overview/rate-limits',
    outage: 'https://status.close.com',
  },
  rules: [
    {
      id: 'close/unauthorized',
      category: 'auth',
      cause: 'unauthorized',
      code: ['unauthorized'],
      destination: C,
      summary: 'Close rejected the API key or OAuth token',
      fix: fixes.auth,
    },
    // SDK exception lines (the class carries the status).
    {
      id: 'close/sdk-authentication',
      category: 'auth',
      cause: 'unauthorized',
      message: /\b(?:Closeio::NotAuthorized|CloseIoAuthenticationException)\b/,
      summary: 'Close rejected the API key or OAuth token',
      fix: fixes.auth,
    },
    {
      id: 'close/sdk-throttle',
      category: 'transient',
      cause: 'rate limit',
      message: /\b(?:Closeio::TooManyRequests|CloseIoThrottleException)\b/,
      summary: 'Close rate limit on this endpoint group',
      fix: fixes.rate,
    },
    {
      id: 'close/sdk-validation',
      category: 'validation',
      cause: 'bad request',
      message: /\b(?:closeio_api\.ValidationError|CloseIoBadRequestException)\b/,
      summary: 'Close rejected the record’s values',
      fix: fixes.validation,
    },
    // Close's own words for its 429 (after the SDK classes, which say the same more precisely).
    {
      id: 'close/rate-limit',
      category: 'transient',
      cause: 'rate limit',
      message: /\bAPI call count exceeded\b/i,
      destination: C,
      summary: 'Close rate limit on this endpoint group',
      fix: fixes.rate,
    },
    // The documented statuses, on Close's own lines.
    {
      id: 'close/unauthenticated',
      category: 'auth',
      cause: 'HTTP 401',
      status: [401],
      destination: C,
      summary: 'Close rejected the API key or OAuth token',
      fix: fixes.auth,
    },
    {
      id: 'close/plan-limit',
      category: 'plan',
      cause: 'HTTP 402',
      status: [402],
      destination: C,
      summary: 'Close plan limit reached',
      fix: 'A limit of the organization’s Close plan was reached: upgrade the plan (or free up the limited resource); retrying will not help.',
    },
    {
      id: 'close/not-allowed',
      category: 'permissions',
      cause: 'HTTP 403',
      status: [403],
      destination: C,
      summary: 'Close did not allow this operation for the key’s user',
      fix: 'Give the API key’s user the role or access this object needs (or use a key of a user who has it); keep syncing other records.',
    },
    {
      id: 'close/bad-request',
      category: 'validation',
      cause: 'HTTP 400',
      status: [400],
      destination: C,
      summary: 'Close rejected the record’s values',
      fix: fixes.validation,
    },
    {
      id: 'close/throttled',
      category: 'transient',
      cause: 'rate limit',
      status: [429],
      destination: C,
      summary: 'Close rate limit on this endpoint group',
      fix: fixes.rate,
    },
  ],
};
