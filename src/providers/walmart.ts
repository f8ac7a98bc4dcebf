import type { Provider } from './provider.js';

/**
 * Walmart Marketplace APIs (`marketplace.walmartapis.com/v3/…`, sandbox `sandbox.walmartapis.com`,
 * old staging `marketplace.stg.walmartapis.com`; the supplier gateway `api-gateway.walmart.com`).
 * Past the gateway every error is `{"errors":[{"code":"<CODE>.<SERVICE>","field":"…","description":
 * "…","info":"…","severity":"ERROR","category":"DATA","causes":[],"errorIdentifiers":{}}]}` (the
 * orders API nests it as `{"errors":{"error":[…]}}`, Canada answers `{"error":[…]}`), where SERVICE
 * names the API that answered: GMP_GATEWAY_API, GMP_ORDER_API, GMP_ITEM_QUERY_API,
 * GMP_ITEM_INGESTOR_API, GMP_INVENTORY_API, GMP_PRICE_API, GMP_FEED_API, GMP_RECEIVER_API. The error
 * codes table (one for all Marketplace APIs):
 * - UNAUTHORIZED (401: "Unauthorized token or incorrect authorization header"), INVALID_TOKEN (400
 *   on the gateway: the access token expired, refresh it): auth.
 * - FORBIDDEN (403: the seller or solution provider is not entitled to this API): permissions.
 * - REQUEST_THRESHOLD_VIOLATED (429, per-API token-bucket limits), RESOURCE_IS_LOCKED (423, another
 *   feed holds the item): transient.
 * - SYSTEM_ERROR, INVALID_SYSTEM_STATE (500), DOWNSTREAM_SYSTEM_TIME_OUT (504): transient; a gateway
 *   that cannot be reached answers a bare 503 (generic).
 * - INVALID_REQUEST, INVALID_REQUEST_HEADER, INVALID_REQUEST_PARAM, INVALID_REQUEST_CONTENT,
 *   MISSING_REQUEST_HEADER, MISSING_REQUEST_PARAM, MALFORMED_REQUEST_CONTENT (400, `field` names
 *   the header or parameter), CONTENT_NOT_FOUND / URI_NOT_FOUND (404), METHOD_NOT_ALLOWED,
 *   INVALID_ACCEPT_TYPE, UNSUPPORTED_MEDIA_TYPE: validation.
 * Feed item errors (item, price, inventory feeds) carry `ERR_PDI_0003`, `ERR_EXT_DATA_0101053`-style
 * codes for the seller's data: validation.
 * SDKs print the same body: highsidelabs/walmart-api-php "Exception when calling OrdersApi->…:
 * [401] {…}", the .NET partner SDK "API Error Occured [500 Internal Server Error] [ERROR] -
 * SYSTEM_ERROR.GMP_GATEWAY_API;".
 * Sources: developer.walmart.com/us-marketplace/docs/error-codes (and the CA, MX, global and
 * supplier copies of the table), …/us-marketplace/docs/throttling, …/sandbox-throttling-limits;
 * highsidelabs/walmart-api-php #5 (401 UNAUTHORIZED body) and #29 (INVALID_REQUEST_CONTENT with
 * field methodCode); walmartlabs/partnerapi_sdk_dotnet #11 (SYSTEM_ERROR) and #13 (INVALID_REQUEST_
 * CONTENT.GMP_ORDER_API); whitebox-co/walmart-marketplace-api #157 (UNSUPPORTED_MEDIA_TYPE.
 * GMP_ITEM_QUERY_API); fulfilio/python-walmart (INVALID_TOKEN.GMP_GATEWAY_API: refresh the token);
 * public clients handling REQUEST_THRESHOLD_VIOLATED.GMP_GATEWAY_API (429, retry-after) and
 * CONTENT_NOT_FOUND.GMP_INVENTORY_API / GMP_ITEM_INGESTOR_API; feed ingestion XML with ERR_PDI_0003.
 */
const W = ['walmart'];

const SERVICES = ['GMP_GATEWAY_API', 'GMP_ORDER_API', 'GMP_ITEM_QUERY_API', 'GMP_ITEM_INGESTOR_API', 'GMP_INVENTORY_API', 'GMP_PRICE_API', 'GMP_FEED_API', 'GMP_RECEIVER_API'];
/** A code as Walmart writes it (`UNAUTHORIZED.GMP_GATEWAY_API`) and bare, as the table lists it. */
const codes = (bases: string[]): string[] => bases.flatMap((b) => [b, ...SERVICES.map((s) => `${b}.${s}`)]);

const AUTH = ['UNAUTHORIZED', 'INVALID_TOKEN'];
const FORBIDDEN = ['FORBIDDEN'];
const THROTTLED = ['REQUEST_THRESHOLD_VIOLATED', 'RESOURCE_IS_LOCKED'];
const SERVER = ['SYSTEM_ERROR', 'INVALID_SYSTEM_STATE', 'DOWNSTREAM_SYSTEM_TIME_OUT'];
const INVALID = [
  'INVALID_REQUEST', 'INVALID_REQUEST_HEADER', 'INVALID_REQUEST_PARAM', 'INVALID_REQUEST_CONTENT', 'MISSING_REQUEST_HEADER',
  'MISSING_REQUEST_PARAM', 'MALFORMED_REQUEST_CONTENT', 'CONTENT_NOT_FOUND', 'URI_NOT_FOUND', 'METHOD_NOT_ALLOWED',
  'INVALID_ACCEPT_TYPE', 'UNSUPPORTED_MEDIA_TYPE',
];

export const provider: Provider = {
  name: 'walmart',
  display: 'Walmart Marketplace',
  aliases: ['walmartmarketplace', 'walmartapis'],
  // Hosts, Walmart's own header names and service suffixes, SDK names: not the word (orders name
  // Walmart as their marketplace).
  hints: [
    '(?:[\\w-]+\\.)*walmartapis\\.com',
    'api-gateway\\.walmart\\.com',
    'GMP_[A-Z_]{2,40}_API',
    'WM_(?:SVC|SEC|QOS|CONSUMER)\\.[A-Z_.]{2,40}',
    '@whitebox-co/walmart-marketplace-api',
    'Walmart\\\\(?:Apis|Models)(?:\\\\\\w+)*',
    'Walmart\\.Sdk(?:\\.\\w+)*',
    'walmart-partner-api-sdk-php',
  ],
  // The full codes are Walmart's alone: a body that carries one names it.
  bodyCodes: [...AUTH, ...FORBIDDEN, ...THROTTLED, ...SERVER, ...INVALID].flatMap((b) => SERVICES.map((s) => `${b}.${s}`.toLowerCase())),
  links: {
    auth: 'https://developer.walmart.com/us-marketplace/docs/get-an-access-token',
    permissions: 'https://developer.walmart.com/us-marketplace/docs/oauth-20-authorization',
    plan: 'https://developer.walmart.com/us-marketplace/docs/throttling',
    validation: 'https://developer.walmart.com/us-marketplace/docs/error-codes',
    transient: 'https://developer.walmart.com/us-marketplace/docs/throttling',
    outage: 'https://developer.walmart.com/api-status',
  },
  rules: [
    {
      id: 'walmart/unauthorized',
      category: 'auth',
      cause: '{code}',
      code: codes(AUTH),
      destination: W,
      summary: 'Walmart rejected the access token or client credentials ({code})',
      fix: 'Request a new access token from /v3/token with the client id and secret (tokens last 15 minutes; sandbox and production keys differ); pause the sync until it works.',
    },
    {
      id: 'walmart/forbidden',
      category: 'permissions',
      cause: '{code}',
      code: codes(FORBIDDEN),
      destination: W,
      summary: 'Walmart credentials are not entitled to this API ({code})',
      fix: 'Enable the API for the seller or solution-provider app in Walmart’s developer portal (delegated access scopes); keep syncing the APIs that work.',
    },
    {
      id: 'walmart/throttled',
      category: 'transient',
      cause: '{code}',
      code: codes(THROTTLED),
      destination: W,
      summary: 'Walmart throttled the call or the resource is locked by another feed ({code})',
      fix: 'Retry after the window (x-next-replenishment-time / retry-after); keep under the per-API limits and avoid parallel feeds for the same items.',
    },
    {
      id: 'walmart/server-error',
      category: 'transient',
      cause: '{code}',
      code: codes(SERVER),
      destination: W,
      summary: 'Walmart server error or downstream timeout ({code})',
      fix: 'Retry with backoff; check developer.walmart.com/api-status if it persists.',
    },
    {
      id: 'walmart/invalid-request',
      category: 'validation',
      cause: '{code}',
      code: codes(INVALID),
      destination: W,
      summary: 'Walmart rejected the request: `{field}` ({code})',
      fix: 'Fix the header, parameter or payload field Walmart names (a WM_QOS.CORRELATION_ID or WM_SVC.NAME header, a SKU that does not exist, a carrier method code); retrying as is fails again.',
    },
    {
      id: 'walmart/feed-item-error',
      category: 'validation',
      cause: 'feed item data error',
      message: /\bERR_(?:PDI|EXT_DATA)_\d{4,}\b/,
      fieldFrom: /\bof element \\?'([\w.]{1,80})\\?' is not valid/,
      summary: 'Walmart feed rejected the item data',
      fix: 'Fix the item attribute the feed error names (spec version, allowed values, required attributes) and resubmit the item; the rest of the feed is unaffected.',
    },
  ],
};
