import type { RuleCase } from '../rule-tester.js';

/**
 * Walmart Marketplace: `{"errors":[{"code":"<CODE>.<SERVICE>","field":…,"description":…}]}` bodies
 * as SDKs print them, the .NET SDK's one-line text, and feed ingestion errors.
 * Sources: developer.walmart.com/us-marketplace/docs/error-codes (code, status and category table);
 * highsidelabs/walmart-api-php #5 and #29; walmartlabs/partnerapi_sdk_dotnet #11 and #13;
 * whitebox-co/walmart-marketplace-api #157; fulfilio/python-walmart (INVALID_TOKEN refresh); public
 * clients handling REQUEST_THRESHOLD_VIOLATED and CONTENT_NOT_FOUND.GMP_INVENTORY_API; a feed status
 * XML with ERR_PDI_0003.
 */
const j = (o: object) => JSON.stringify(o);
const API = 'https://marketplace.walmartapis.com/v3';
const err = (code: string, description: string, extra: Record<string, unknown> = {}) => ({ code, description, severity: 'ERROR', category: 'DATA', causes: [], ...extra });

export const walmartCases: RuleCase[] = [
  {
    line: `Exception when calling OrdersApi->getAllOrders: [401] ${j({ error: [err('UNAUTHORIZED.GMP_GATEWAY_API', 'Unauthorized', { field: 'UNAUTHORIZED', info: 'Unauthorized token or incorrect authorization header.' })] })}`,
    category: 'auth',
    destination: 'walmart',
    rule: 'walmart/unauthorized',
    note: 'highsidelabs/walmart-api-php #5: no host, the code’s GMP_ service suffix names Walmart',
  },
  {
    line: j({ level: 'error', status: 400, url: `${API}/orders?createdStartDate=2024-01-01`, body: { error: [err('INVALID_TOKEN.GMP_GATEWAY_API', 'Token is invalid or expired. Please verify your token', { field: 'INVALID_TOKEN' })] } }),
    category: 'auth',
    destination: 'walmart',
    rule: 'walmart/unauthorized',
    note: 'fulfilio/python-walmart: INVALID_TOKEN on a 400 means the 15-minute token expired',
  },
  {
    line: j({ level: 'error', status: 403, url: `${API}/reports/reportRequests`, body: { errors: [err('FORBIDDEN.GMP_GATEWAY_API', 'Forbidden', { field: 'FORBIDDEN' })] } }),
    category: 'permissions',
    destination: 'walmart',
    rule: 'walmart/forbidden',
    note: 'error codes table: FORBIDDEN.GMP_GATEWAY_API, 403',
  },
  {
    line: j({ level: 'warn', msg: 'feed submit failed', status: 429, body: { errors: [{ code: 'REQUEST_THRESHOLD_VIOLATED.GMP_GATEWAY_API', description: 'Request threshold violated', severity: 'ERROR', category: 'REQUEST' }] } }),
    category: 'transient',
    destination: 'walmart',
    rule: 'walmart/throttled',
    note: 'error codes table and public clients: REQUEST_THRESHOLD_VIOLATED, 429 with retry-after',
  },
  {
    line: j({ level: 'error', status: 423, url: `${API}/price`, body: { errors: [{ code: 'RESOURCE_IS_LOCKED.GMP_RECEIVER_API', description: 'Resource is locked', severity: 'ERROR', category: 'APPLICATION' }] } }),
    category: 'transient',
    destination: 'walmart',
    rule: 'walmart/throttled',
    note: 'error codes table: RESOURCE_IS_LOCKED.GMP_RECEIVER_API, 423',
  },
  {
    line: 'API Error Occured [500 Internal Server Error] [ERROR] - SYSTEM_ERROR.GMP_GATEWAY_API;',
    category: 'transient',
    destination: 'walmart',
    rule: 'walmart/server-error',
    note: 'walmartlabs/partnerapi_sdk_dotnet #11: the .NET SDK’s text; the code split in prose still decides',
  },
  {
    line: `Exception when calling OrdersApi->shippingUpdates: [400] ${j({ errors: { error: [err('INVALID_REQUEST_CONTENT.GMP_ORDER_API', 'Method code is not supported in line number 1', { field: 'methodCode', info: 'Request content is invalid.' })] } })}`,
    category: 'validation',
    destination: 'walmart',
    field: 'methodCode',
    rule: 'walmart/invalid-request',
    note: 'highsidelabs/walmart-api-php #29: the orders API’s nested errors.error[] with field',
  },
  {
    line: j({ level: 'error', status: 404, url: `${API}/inventory?sku=BLK-MUG-12`, body: { errors: [{ code: 'CONTENT_NOT_FOUND.GMP_INVENTORY_API', field: 'sku', description: 'Requested content could not be found.', severity: 'INFO', category: 'APPLICATION' }] } }),
    category: 'validation',
    destination: 'walmart',
    field: 'sku',
    rule: 'walmart/invalid-request',
    note: 'public clients: a SKU Walmart does not know answers CONTENT_NOT_FOUND.GMP_INVENTORY_API',
  },
  {
    line: "<ns2:ingestionStatus>DATA_ERROR</ns2:ingestionStatus><ns2:ingestionErrors><ns2:ingestionError><ns2:type>DATA_ERROR</ns2:type><ns2:code>ERR_PDI_0003</ns2:code><ns2:description>Input XML validation failed. The value '6' of element 'compositeWoodCertificationCode' is not valid.</ns2:description></ns2:ingestionError></ns2:ingestionErrors>",
    category: 'validation',
    destination: 'walmart',
    field: 'compositeWoodCertificationCode',
    rule: 'walmart/feed-item-error',
    note: 'a feed item status XML: ERR_PDI_ codes are the seller’s data',
  },
];
