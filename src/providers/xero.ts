import type { Provider } from './provider.js';

/**
 * Xero accounting API. Its bodies use capitalised keys extract does not read (`{"Type":null,
 * "Title":"Unauthorized","Status":401,"Detail":"TokenExpired: token expired at …"}`,
 * `{"ErrorNumber":10,"Type":"ValidationException","Message":…,"Elements":[{"ValidationErrors":…}]}`),
 * so Xero lines are often decided by their wording in SDK text or by the status alone; the SDKs
 * print the body and headers (xero-python "HTTP response body:", Xeroizer exception names).
 * 429s say which limit in the X-Rate-Limit-Problem header: "day" (5,000 calls a day per
 * organisation) is a plan limit until midnight; "minute", "appminute" and "concurrent" are windows.
 * Sources: developer.xero.com/documentation/guides/oauth2/limits and /faq/limits (concurrent 5,
 * 60 a minute, 5,000 a day, 10,000 a minute per app; X-Rate-Limit-Problem);
 * developer.xero.com/documentation/api/http-response-codes; xero-python
 * exceptions/http_status_exceptions.py ("You've exceeded the per {limit} rate limit"); real bodies
 * in pyxero#337, xeroizer#509, xero-node#741 (TokenExpired), pyxero#323 (XeroRateLimitExceeded).
 */
const X = ['xero'];

export const provider: Provider = {
  name: 'xero',
  display: 'Xero',
  keys: { code: ['ErrorNumber'], message: ['Message', 'Detail'], body: ['Elements', 'ValidationErrors'] },
  // Xero's identity server words an expired token as `TokenExpired: token expired at <date>`.
  // Its XML answers (the Accounting API before JSON, and clients that still ask for XML) put the
  // error's number in an <ErrorNumber> element under <ApiException>, as its JSON does under ErrorNumber.
  hints: ['TokenExpired: token expired at', '<ErrorNumber>\\d{1,4}</ErrorNumber>', 'api\\.xero\\.com', 'identity\\.xero\\.com', 'xeroizer', 'xero-python', 'xero_python', 'xero-node', 'pyxero', 'xero'],
  // Keys only Xero's validation bodies carry.
  bodyKeys: ['ErrorNumber', 'ValidationErrors'],
  links: {
    auth: 'https://developer.xero.com/documentation/guides/oauth2/auth-flow',
    permissions: 'https://developer.xero.com/documentation/guides/oauth2/scopes',
    plan: 'https://developer.xero.com/documentation/guides/oauth2/limits',
    validation: 'https://developer.xero.com/documentation/api/accounting/requests-and-responses',
    transient: 'https://developer.xero.com/documentation/guides/oauth2/limits',
    outage: 'https://status.xero.com',
  },
  rules: [
    // Xero's OAuth 1.0a-era SDKs report the minute / day limits as oauth_problem=rate limit exceeded.
    {
      id: 'xero/sdk-rate-exceeded',
      category: 'transient',
      cause: 'rate limit exceeded',
      message: /\bRateExceededException\b|oauth_problem=rate(?:%20| )limit(?:%20| )exceeded/i,
      summary: 'Xero rate limit (60 calls a minute per tenant)',
      fix: 'Retry after Retry-After; spread calls if it persists (the daily limit shows as the same error all day).',
    },
    // The header the SDKs print, and xero-python's own sentence.
    {
      id: 'xero/daily-limit',
      category: 'plan',
      cause: '429 day limit',
      message: /X-Rate-Limit-Problem["']?\s*[:=]\s*["']?day\b|exceeded the per day rate limit/i,
      summary: 'Xero daily call limit for the organisation used up (5,000 a day)',
      fix: 'Pause until the daily limit resets; cut calls per run (fetch with If-Modified-Since, page sizes, batch writes).',
    },
    {
      id: 'xero/minute-limit',
      category: 'transient',
      cause: '429 minute limit',
      message:
        /X-Rate-Limit-Problem["']?\s*[:=]\s*["']?(?:minute|appminute|concurrent)\b|exceeded the per (?:minute|appminute|concurrent) rate limit|\bXeroRateLimitExceeded\b|Xeroizer::OAuth::RateLimitExceeded/i,
      summary: 'Xero rate limit (per minute or concurrent calls)',
      fix: 'Retry after Retry-After; keep under 60 calls a minute and 5 concurrent calls per organisation.',
    },
    {
      id: 'xero/token-expired',
      category: 'auth',
      cause: 'TokenExpired',
      message: /\bTokenExpired\b|\btoken expired at\b|Xeroizer::OAuth::TokenExpired/i,
      destination: X,
      summary: 'Xero access token expired',
      fix: 'Refresh the token (access tokens last 30 minutes; a refresh token unused for 60 days needs the organisation reconnected); pause the sync until then.',
    },
    {
      id: 'xero/unauthorized',
      category: 'auth',
      cause: 'AuthenticationUnsuccessful',
      message: /\bAuthenticationUnsuccessful\b|Xeroizer::OAuth::TokenInvalid|\bXeroUnauthorized\b/,
      destination: X,
      summary: 'Xero rejected the access token',
      fix: 'Reconnect the Xero organisation (or fix the client id/secret); pause the sync until then.',
    },
    {
      id: 'xero/forbidden',
      category: 'permissions',
      cause: 'AuthorizationUnsuccessful',
      message: /\bAuthorizationUnsuccessful\b|\bXeroForbidden\b/,
      destination: X,
      summary: 'Xero denied access to the organisation or API (scope, tenant or user role)',
      fix: 'Check the xero-tenant-id is an organisation connected to the app, that the app has the scope, and that the user keeps their role (and the organisation the product, e.g. Projects).',
    },
    {
      id: 'xero/validation',
      category: 'validation',
      cause: 'ValidationException',
      message: /\bValidationException\b|A validation exception occurred/,
      destination: X,
      summary: 'Xero rejected the record (ValidationException)',
      fix: 'Read the ValidationErrors in the sample and fix the mapped values; never retry the same payload.',
    },
    // A body that names no reason (no Detail, no Message): the status decides.
    {
      id: 'xero/401',
      category: 'auth',
      cause: 'HTTP 401',
      status: [401],
      destination: X,
      summary: 'Xero rejected the access token (HTTP 401)',
      fix: 'Refresh the token or reconnect the organisation; pause the sync until then.',
    },
    {
      id: 'xero/403',
      category: 'permissions',
      cause: 'HTTP 403',
      status: [403],
      destination: X,
      summary: 'Xero denied access (HTTP 403)',
      fix: 'Check the xero-tenant-id, the app’s scopes and the user’s role in the organisation.',
    },
    {
      id: 'xero/429',
      category: 'transient',
      cause: 'HTTP 429',
      status: [429],
      destination: X,
      summary: 'Xero rate limit (HTTP 429; the log does not say which limit)',
      fix: 'Retry after Retry-After; if every call fails until midnight, the daily limit (5,000 a day) is the cause.',
    },
  ],
};
