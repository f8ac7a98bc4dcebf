import type { RuleCase } from '../rule-tester.js';

/**
 * BigCommerce v3 problem bodies (`status`, `title`, `type`, `errors`), the GraphQL APIs' 401
 * wording, and the Python and Ruby clients' exception lines.
 * Sources: bigcommerce/docs docs/start/about/status-codes.mdx (REST and GraphQL codes) and #325
 * (429 and rate-limit headers); bigcommerce-api-python bigcommerce/exception.py, connection.py and
 * #13; bigcommerce-api-ruby #112 (exception classes) and #134; NangoHQ/nango #7026;
 * kzhang-dsg/bigcommerce-api-client #13; rubydoc bigcommerce-oauth-api BandwidthLimitExceeded.
 */
const j = (o: unknown): string => JSON.stringify(o);
const API = 'https://api.bigcommerce.com/stores/x7d4k2';
const TYPE = 'https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes';

export const bigcommerceCases: RuleCase[] = [
  {
    line: 'ERROR PUT https://api.bigcommerce.com/stores/abc123/v3/customers -> 403 {"status":403,"title":"Authentication Required","type":"https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes"}',
    category: 'auth',
    destination: 'bigcommerce',
    rule: 'bigcommerce/authentication-required',
    note: 'problem+json 403 titled Authentication Required when the token does not authenticate the store (bigcommerce/api #95; api-status-codes page)',
  },
  {
    line: 'POST https://store-x7d4k2.mybigcommerce.com/graphql 401: GraphQL invalid credentials. JWT is expired',
    category: 'auth',
    destination: 'bigcommerce',
    rule: 'bigcommerce/graphql-token',
    note: 'status-codes page: every GraphQL token problem is a 401 ("JWT is expired")',
  },
  {
    line: j({ status: 403, title: "You don't have a required scope to access the endpoint", type: TYPE, errors: {} }),
    category: 'permissions',
    destination: 'bigcommerce',
    rule: 'bigcommerce/scope',
    note: 'NangoHQ/nango #7026: the 403 body of a token without the scope; no host, the type link names BigCommerce',
  },
  {
    line: 'Bigcommerce::Forbidden: {"error":"You are authorized but your scope does not include this resource."}',
    category: 'permissions',
    destination: 'bigcommerce',
    rule: 'bigcommerce/scope',
    note: 'bigcommerce-api-ruby #134: the older body of the same refusal',
  },
  {
    line: '#<Bigcommerce::Unauthorized: Bigcommerce::Unauthorized>',
    category: 'auth',
    destination: 'bigcommerce',
    rule: 'bigcommerce/sdk-auth',
    note: 'bigcommerce-api-ruby #112: the client’s class for 401',
  },
  {
    line: '#<Bigcommerce::Forbidden: Bigcommerce::Forbidden>',
    category: 'permissions',
    destination: 'bigcommerce',
    rule: 'bigcommerce/sdk-permissions',
    note: 'bigcommerce-api-ruby #112: the client’s class for 403',
  },
  {
    line: "bigcommerce.exception.RateLimitingException: 429 Too Many Requests @ orders: b''",
    category: 'transient',
    destination: 'bigcommerce',
    rule: 'bigcommerce/sdk-rate-limit',
    note: 'bigcommerce-api-python connection.py raises RateLimitingException on 429 ("<status> <reason> @ <path>: <body>")',
  },
  {
    line: '#<Bigcommerce::ServiceUnavailable: Bigcommerce::ServiceUnavailable>',
    category: 'outage',
    destination: 'bigcommerce',
    rule: 'bigcommerce/sdk-unavailable',
    note: 'bigcommerce-api-ruby #112; status-codes page: 503 is a store down for maintenance, upgrading or suspended',
  },
  {
    line: 'E, [2026-03-18T13:27:11.402118 #7] ERROR -- : Bigcommerce::ResourceConflict (Bigcommerce::ResourceConflict)',
    category: 'validation',
    destination: 'bigcommerce',
    rule: 'bigcommerce/sdk-validation',
    note: 'bigcommerce-api-ruby #112 class, logged by a Rails logger; status-codes page: 409 is a condition the change did not meet',
  },
  {
    line: "bigcommerce.exception.ClientRequestException: 401 Unauthorized @ catalog/products: b''",
    category: 'auth',
    destination: 'bigcommerce',
    rule: 'bigcommerce/http-401',
    note: 'bigcommerce-api-python ClientRequestException for any 4xx: the status in its message decides',
  },
  {
    line: "bigcommerce.exception.ClientRequestException: 403 Forbidden @ customers: b''",
    category: 'permissions',
    destination: 'bigcommerce',
    rule: 'bigcommerce/http-403',
    note: 'status-codes page: 403 when permissions do not allow the operation (usually an OAuth scope)',
  },
  {
    line: j({ level: 'error', status: 422, url: `${API}/v3/catalog/products`, body: { status: 422, title: 'JSON data is missing or invalid', type: TYPE, errors: { name: "The field 'name' cannot be empty." } } }),
    category: 'validation',
    destination: 'bigcommerce',
    field: 'name',
    rule: 'bigcommerce/http-validation',
    note: 'status-codes page: 422 missing or invalid data; the keys of `errors` are the fields',
  },
  {
    line: 'Error: Failed to call BigCommerce API https:://api.bigcommerce.com/stores/x7d4k2/v3/catalog/products/channel-assignments. Response Status: 405, Response: {"status":405,"title":"Method Not Allowed","type":"https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes","detail":"The requested HTTP method is invalid for this endpoint."}. Retries: 0. Error: Request failed with status code 405.',
    category: 'validation',
    destination: 'bigcommerce',
    rule: 'bigcommerce/http-validation',
    note: 'kzhang-dsg/bigcommerce-api-client #13: a 405 body with `detail`',
  },
  {
    line: j({ level: 'warn', status: 429, url: `${API}/v3/catalog/products?limit=250`, msg: 'Too Many Requests' }),
    category: 'transient',
    destination: 'bigcommerce',
    rule: 'bigcommerce/http-rate-limit',
    note: 'bigcommerce/docs #325: 429 with X-Rate-Limit-Time-Reset-Ms, a 30-second window',
  },
  {
    line: j({ level: 'warn', status: 509, url: 'https://store-x7d4k2.mybigcommerce.com/api/v2/orders', msg: 'Bandwidth Limit Exceeded' }),
    category: 'transient',
    destination: 'bigcommerce',
    rule: 'bigcommerce/http-rate-limit',
    note: 'bigcommerce-oauth-api BandwidthLimitExceeded: the deprecated 509 of Basic Auth apps over their rate limit (not a storage quota)',
  },
  {
    line: j({ level: 'warn', status: 423, url: `${API}/v3/catalog/products/114`, msg: 'Locked' }),
    category: 'transient',
    destination: 'bigcommerce',
    rule: 'bigcommerce/http-locked',
    note: 'status-codes page: 423 the resource is currently locked',
  },
  {
    line: 'bigcommerce.exception.ServerException: 500 Internal Server Error @ store: An error has occurred.',
    category: 'transient',
    destination: 'bigcommerce',
    rule: 'bigcommerce/http-5xx',
    note: 'bigcommerce-api-python #13: a 500 from the store endpoint',
  },
  {
    line: j({ level: 'error', status: 503, url: `${API}/v2/orders`, msg: 'Service Unavailable' }),
    category: 'outage',
    destination: 'bigcommerce',
    rule: 'bigcommerce/http-503',
    note: 'status-codes page: 503 when the store is down for maintenance, being upgraded or suspended',
  },
  {
    line: j({ level: 'error', status: 507, url: `${API}/v3/catalog/products`, msg: 'Insufficient Storage' }),
    category: 'plan',
    destination: 'bigcommerce',
    rule: 'bigcommerce/http-507',
    note: 'status-codes page: 507 when the store reached a limit of its plan (e.g. 500 products)',
  },
];
