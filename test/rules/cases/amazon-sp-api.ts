import type { RuleCase } from '../rule-tester.js';

/**
 * Amazon Selling Partner API: `{"errors":[{"code","message","details"}]}` bodies, python-amazon-sp-api
 * and amazon-sp-api (Node) exception text, and LWA token errors.
 * Sources: developer-docs.amazon.com/sp-api/docs/troubleshoot-sp-api-errors and …/response-format;
 * saleweaver/python-amazon-sp-api sp_api/base/exceptions.py and #163; amzn/selling-partner-api-models
 * #713, #882, #1864, #230, #2497; amzn/selling-partner-api-docs #2147; public SP-API clients and connector
 * tests with the QuotaExceeded 429 body and "The access token you provided has expired.".
 */
const j = (o: object) => JSON.stringify(o);
const NA = 'https://sellingpartnerapi-na.amazon.com';
const errors = (code: string, message: string, details = '') => ({ errors: [{ code, message, details }] });

export const amazonSpApiCases: RuleCase[] = [
  {
    line: j({ level: 'error', status: 403, url: `${NA}/orders/v0/orders?MarketplaceIds=ATVPDKIKX0DER`, body: errors('Unauthorized', 'Access to requested resource is denied.', 'The access token you provided has expired.') }),
    category: 'auth',
    destination: 'amazon-sp-api',
    rule: 'amazon-sp-api/token-expired',
    note: 'public SP-API clients refresh on these details: the LWA token expired, not a missing role',
  },
  {
    line: j({ level: 'error', status: 403, body: errors('Unauthorized', 'Access to requested resource is denied.') }),
    category: 'permissions',
    destination: 'amazon-sp-api',
    rule: 'amazon-sp-api/access-denied',
    note: 'amzn/selling-partner-api-models #713 / #2497: empty details is the app’s authorization or role; no host, the wording names SP-API',
  },
  {
    line: "sp_api.base.exceptions.SellingApiForbiddenException: [{'message': 'Access to requested resource is denied.', 'code': 'Unauthorized', 'details': ''}]",
    category: 'permissions',
    destination: 'amazon-sp-api',
    rule: 'amazon-sp-api/access-denied',
    note: 'saleweaver/python-amazon-sp-api #163: the exception prints the error list',
  },
  {
    line: "CustomError: Access to requested resource is denied. at SellingPartner.callAPI (node_modules/amazon-sp-api/lib/SellingPartner.js:573:13) { code: 'Unauthorized', details: '', type: 'error' }",
    category: 'permissions',
    destination: 'amazon-sp-api',
    rule: 'amazon-sp-api/access-denied',
    note: 'amzn/selling-partner-api-models #1864: the Node amazon-sp-api package’s CustomError',
  },
  {
    line: 'Error while trying to fetch marketplace participations: 403 Access to requested resource is denied.',
    category: 'permissions',
    destination: 'amazon-sp-api',
    rule: 'amazon-sp-api/access-denied-message',
    note: 'amzn/selling-partner-api-models #882: the sample app’s message with the 403 text, no code',
  },
  {
    line: 'Error calling GetCatalogItem: 403 The access token you provided is revoked, malformed or invalid.',
    category: 'auth',
    destination: 'amazon-sp-api',
    rule: 'amazon-sp-api/token-expired-message',
    note: 'amzn/selling-partner-api-docs #2147 / models #230: only the details sentence survives in the log',
  },
  {
    line: j({ level: 'warn', status: 429, url: 'https://sellingpartnerapi-eu.amazon.com/reports/2021-06-30/reports', body: errors('QuotaExceeded', 'You exceeded your quota for the requested resource.') }),
    category: 'transient',
    destination: 'amazon-sp-api',
    rule: 'amazon-sp-api/quota-exceeded',
    note: 'troubleshooting docs and connector tests: QuotaExceeded is the usage plan’s per-second rate',
  },
  {
    line: j(errors('QuotaExceeded', 'You exceeded your quota for the requested resource.')),
    category: 'transient',
    destination: 'amazon-sp-api',
    rule: 'amazon-sp-api/quota-exceeded',
    note: 'the bare body: SP-API’s wording decides before Google’s quotaExceeded (the code index is case-blind)',
  },
  {
    line: 'WARNING tap_amazon_sp: sp_api.base.exceptions.SellingApiRequestThrottledException while fetching orders, backing off',
    category: 'transient',
    destination: 'amazon-sp-api',
    rule: 'amazon-sp-api/quota-exceeded-message',
    note: 'python-amazon-sp-api: the 429 exception class alone (tap-amazon-sp tests raise it)',
  },
  {
    line: j({ level: 'error', status: 400, url: `${NA}/orders/v0/orders?CreatedAfter=2024-13-01`, body: errors('InvalidInput', 'Invalid Input') }),
    category: 'validation',
    destination: 'amazon-sp-api',
    rule: 'amazon-sp-api/invalid-input',
    note: 'troubleshooting docs: 400 InvalidInput',
  },
  {
    line: j({ level: 'error', status: 500, url: 'https://sellingpartnerapi-fe.amazon.com/fba/inventory/v1/summaries', body: errors('InternalFailure', 'We encountered an internal error. Please try again.') }),
    category: 'transient',
    destination: 'amazon-sp-api',
    rule: 'amazon-sp-api/internal-failure',
    note: 'troubleshooting docs: 500 InternalFailure',
  },
  {
    line: j({ level: 'error', status: 400, url: 'https://api.amazon.com/auth/o2/token', body: { error_description: 'The request has an invalid grant parameter : refresh_token', error: 'invalid_grant' } }),
    category: 'auth',
    destination: 'amazon-sp-api',
    rule: 'oauth/invalid-grant',
    note: 'LWA’s refresh answer is plain OAuth (generic rule); the token endpoint names SP-API',
  },
];
