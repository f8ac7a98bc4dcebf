import type { Provider } from './provider.js';

/**
 * BigCommerce (`api.bigcommerce.com/stores/{store_hash}/v2|v3/…`; storefronts on
 * `*.mybigcommerce.com`). v3 error bodies: `{"status":422,"title":"JSON data is missing or
 * invalid","type":"https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes",
 * "errors":{"name":"…"}}` (`errors` keys are the fields; some add `detail`); older bodies were
 * `{"error":"…"}`. There is no code: the status decides, as the API status codes page defines it:
 * - 401 (credentials missing or invalid; the GraphQL APIs answer every token problem with 401 and
 *   "GraphQL invalid credentials. …", "GraphQL credentials were missing…", "Unknown JWT token"):
 *   auth.
 * - 403 ("You don't have a required scope to access the endpoint", "You are authorized but your
 *   scope does not include this resource": the API account or app lacks an OAuth scope):
 *   permissions.
 * - 400, 404, 405, 406, 409 (a condition such as a name that must be unique), 413, 415, 422
 *   (missing or invalid data; `errors` names the fields): validation.
 * - 423 (resource locked), 429 (the store's rate limit per 30-second window, by plan), 509 (the
 *   deprecated Basic Auth rate limit), 500, 502, 504: transient.
 * - 503 (store "Down for Maintenance", being upgraded, or suspended): outage.
 * - 507 (the store reached a limit of its BigCommerce plan, e.g. the product count): plan.
 * Client libraries: bigcommerce-api-python raises `bigcommerce.exception.ClientRequestException` /
 * `RateLimitingException` / `ServerException` with "<status> <reason> @ <path>: <body>";
 * bigcommerce-api-ruby `Bigcommerce::Unauthorized`, `::Forbidden`, `::TooManyRequests`,
 * `::ServiceUnavailable`…; node-bigcommerce "Request returned error code: <status> and body: …".
 * Sources: developer.bigcommerce.com/docs/start/about/status-codes (bigcommerce/docs
 * docs/start/about/status-codes.mdx: REST and GraphQL codes, troubleshooting); bigcommerce/docs #325
 * (rate-limit headers, 429); bigcommerce-api-python bigcommerce/exception.py and connection.py,
 * #13 (ServerException message); bigcommerce-api-ruby #112 (exception classes), #134 (Forbidden
 * scope body); NangoHQ/nango #7026 (403 required scope); bigcommerce/api #79 (Invalid field(s)),
 * #95 (403 body shape); kzhang-dsg/bigcommerce-api-client #13 (405 body with `detail`);
 * getconversio/node-bigcommerce #40; rubydoc bigcommerce-oauth-api BandwidthLimitExceeded (509).
 */
const B = ['bigcommerce'];

/** bigcommerce-api-ruby's (and bigcommerce-oauth-api's) classes. */
const rb = (names: string): string => `\\b(?:Bigcommerce|BigcommerceOAuthAPI)::(?:${names})\\b`;

export const provider: Provider = {
  name: 'bigcommerce',
  display: 'BigCommerce',
  // "bigcommerce" starts the API host and every package (`api.bigcommerce.com`,
  // `bigcommerce.exception`, `Bigcommerce::`, `Bigcommerce\Api`, `node-bigcommerce`); storefront
  // hosts run it into `mybigcommerce`.
  hints: ['bigcommerce\\w*', '[\\w-]+\\.mybigcommerce\\.com'],
  // The v3 bodies' `type` is a link to the status codes page, under the spellings it has had.
  bodyCodes: [
    'https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes',
    'https://developer.bigcommerce.com/api#api-status-codes',
    'https://developer.bigcommerce.com/docs/start/about/status-codes',
  ],
  links: {
    auth: 'https://developer.bigcommerce.com/docs/start/authentication/api-accounts',
    permissions: 'https://developer.bigcommerce.com/docs/start/authentication/api-accounts',
    plan: 'https://support.bigcommerce.com/s/article/Platform-Limits',
    validation: 'https://developer.bigcommerce.com/docs/start/about/status-codes',
    transient: 'https://developer.bigcommerce.com/docs/start/best-practices/api-rate-limits',
    outage: 'https://status.bigcommerce.com',
  },
  rules: [
    {
      id: 'bigcommerce/graphql-token',
      category: 'auth',
      cause: 'GraphQL invalid credentials',
      message: /GraphQL invalid credentials\.|GraphQL credentials were missing|\bUnknown JWT token\b/i,
      destination: B,
      summary: 'BigCommerce rejected the GraphQL token',
      fix: 'Create a new storefront or customer impersonation token for this store and channel (an expired, revoked or other-store token is refused); pause the sync until then.',
    },
    {
      id: 'bigcommerce/scope',
      category: 'permissions',
      cause: 'missing OAuth scope',
      message: /You don\W{0,2}t have a required scope to access the endpoint|You are authorized but your scope does not include this resource/i,
      destination: B,
      summary: 'BigCommerce API account lacks the OAuth scope for this endpoint',
      fix: 'Add the scope this endpoint needs (e.g. Products modify, Orders read-only) to the store API account or app in the control panel → Settings → API accounts, then use the new token; keep syncing other records.',
    },
    // The client libraries' classes, for lines that print only the exception.
    {
      id: 'bigcommerce/sdk-auth',
      category: 'auth',
      cause: 'Unauthorized',
      message: new RegExp(rb('Unauthorized')),
      summary: 'BigCommerce rejected the credentials',
      fix: 'Check the store hash, client id and access token of the API account (a deleted API account or an uninstalled app revokes its token); pause the sync until then.',
    },
    {
      id: 'bigcommerce/sdk-permissions',
      category: 'permissions',
      cause: 'Forbidden',
      message: new RegExp(rb('Forbidden')),
      summary: 'BigCommerce API account may not do this',
      fix: 'Add the OAuth scope this endpoint needs to the API account or app; keep syncing other records.',
    },
    {
      id: 'bigcommerce/sdk-rate-limit',
      category: 'transient',
      cause: 'TooManyRequests',
      message: new RegExp(`${rb('TooManyRequests|BandwidthLimitExceeded')}|\\bbigcommerce\\.exception\\.RateLimitingException\\b`),
      summary: 'BigCommerce rate limit',
      fix: 'Retry after X-Rate-Limit-Time-Reset-Ms; the quota is per store per 30-second window and depends on the store’s plan, so lower concurrency.',
    },
    {
      id: 'bigcommerce/sdk-unavailable',
      category: 'outage',
      cause: 'ServiceUnavailable',
      message: new RegExp(rb('ServiceUnavailable')),
      summary: 'BigCommerce store unavailable (maintenance, upgrade or suspension)',
      fix: 'Wait for the store to come back (status.bigcommerce.com; a suspended store must settle its account); resume then.',
    },
    {
      id: 'bigcommerce/sdk-validation',
      category: 'validation',
      cause: 'BadRequest',
      message: new RegExp(rb('BadRequest|NotFound|MethodNotAllowed|NotAccepted|ResourceConflict')),
      summary: 'BigCommerce rejected the request for this record',
      fix: 'Read the sample for what BigCommerce rejected; fix the record or mapping, never retry as is.',
    },
    // The status, on BigCommerce's lines.
    {
      id: 'bigcommerce/http-401',
      category: 'auth',
      cause: 'HTTP 401',
      status: [401],
      destination: B,
      summary: 'BigCommerce rejected the credentials (HTTP 401)',
      fix: 'Check the store hash, client id and access token (X-Auth-Token) of the API account; a deleted API account or uninstalled app revokes its token. Pause the sync until then.',
    },
    // The problem+json title says which 403 it is: "Authentication Required" is a missing or wrong
    // X-Auth-Token (or a request the API cannot tie to the store), not a missing scope.
    {
      id: 'bigcommerce/authentication-required',
      category: 'auth',
      cause: 'Authentication Required',
      message: /\bAuthentication Required\b/,
      destination: B,
      summary: 'BigCommerce did not accept the request’s credentials (Authentication Required)',
      fix: 'Check the X-Auth-Token and the store hash in the connection (a token of another store or a revoked API account); pause the sync until then.',
    },
    {
      id: 'bigcommerce/http-403',
      category: 'permissions',
      cause: 'HTTP 403',
      status: [403],
      destination: B,
      summary: 'BigCommerce refused the operation (HTTP 403)',
      fix: 'Usually a missing OAuth scope on the API account or app; also check the store hash in the URL and the store’s platform limits. Keep syncing other records.',
    },
    {
      id: 'bigcommerce/http-validation',
      category: 'validation',
      cause: 'HTTP {status}',
      status: [400, 404, 405, 406, 409, 413, 415, 422],
      destination: B,
      summary: 'BigCommerce rejected `{field}` (HTTP {status})',
      fix: 'Fix the value mapped to `{field}` (the body’s `errors` say what is missing or invalid; 409 is a condition such as a name already taken, 404 a record that does not exist); retrying as is fails again.',
    },
    {
      id: 'bigcommerce/http-rate-limit',
      category: 'transient',
      cause: 'HTTP {status}',
      status: [429, 509],
      destination: B,
      summary: 'BigCommerce rate limit (HTTP {status})',
      fix: 'Retry after X-Rate-Limit-Time-Reset-Ms; the quota is per store per 30-second window and depends on the store’s plan, so lower concurrency.',
    },
    {
      id: 'bigcommerce/http-locked',
      category: 'transient',
      cause: 'HTTP 423',
      status: [423],
      destination: B,
      summary: 'BigCommerce resource locked (HTTP 423)',
      fix: 'Retry with backoff; serialise writes to the same record.',
    },
    {
      id: 'bigcommerce/http-5xx',
      category: 'transient',
      cause: 'HTTP {status}',
      status: [500, 502, 504],
      destination: B,
      summary: 'BigCommerce server error (HTTP {status})',
      fix: 'Retry three to five times with delays of a minute or more; request fewer objects per call (lower `limit`, fewer fields) if the call is expensive; check status.bigcommerce.com.',
    },
    {
      id: 'bigcommerce/http-503',
      category: 'outage',
      cause: 'HTTP 503',
      status: [503],
      destination: B,
      summary: 'BigCommerce store unavailable (HTTP 503: maintenance, upgrade or suspension)',
      fix: 'Wait for the store to come back (status.bigcommerce.com; a store suspended for billing must settle its account); resume then.',
    },
    {
      id: 'bigcommerce/http-507',
      category: 'plan',
      cause: 'HTTP 507',
      status: [507],
      destination: B,
      summary: 'BigCommerce store reached a limit of its plan (HTTP 507)',
      fix: 'The store is at a plan limit for this resource (e.g. the number of products): upgrade the BigCommerce plan or remove unused records; retrying before that fails again.',
    },
  ],
};
