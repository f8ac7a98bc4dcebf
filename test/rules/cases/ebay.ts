import type { RuleCase } from '../rule-tester.js';

/**
 * eBay REST `{"errors":[{"errorId","domain","category","message","longMessage","parameters"}]}`
 * and the classic XML APIs' `<Errors><ErrorCode>` bodies, raw or as ebaysdk prints them.
 * Sources: developer.ebay.com handling-error-messages and error_codes (1001, 1100, 2001, 2003,
 * 2004); Trading "Errors by Number" (37, 518, 931, 932, 10007, 21919144, 21917053); KB 630;
 * real bodies in davidtsadler/ebay-sdk-examples #42 / #81, timotheus/ebaysdk-python issues
 * (518, 21916984, 17476), gzigzigzeo/ebay_request tests (21917053), public code quoting 37,
 * 25002 and 21919144 answers.
 */
const j = (o: object) => JSON.stringify(o);
const rest = (errorId: number, domain: string, category: string, message: string, longMessage?: string, parameters?: object[]) => ({
  errors: [{ errorId, domain, category, message, ...(longMessage === undefined ? {} : { longMessage }), ...(parameters === undefined ? {} : { parameters }) }],
});
const trading = (call: string, code: string, short: string, long: string, cls = 'RequestError') =>
  `<?xml version="1.0" encoding="UTF-8"?><${call}Response xmlns="urn:ebay:apis:eBLBaseComponents"><Timestamp>2026-03-02T10:14:07.118Z</Timestamp><Ack>Failure</Ack><Errors><ShortMessage>${short}</ShortMessage><LongMessage>${long}</LongMessage><ErrorCode>${code}</ErrorCode><SeverityCode>Error</SeverityCode><ErrorClassification>${cls}</ErrorClassification></Errors><Version>1271</Version></${call}Response>`;

export const ebayCases: RuleCase[] = [
  {
    line: j({ level: 'error', status: 401, url: 'https://api.ebay.com/sell/inventory/v1/inventory_item/SKU-1042', body: rest(1001, 'OAuth', 'REQUEST', 'Invalid access token', 'Invalid access token. Check the value of the Authorization HTTP request header.') }),
    category: 'auth',
    destination: 'ebay',
    cause: '1001 invalid or expired token',
    rule: 'ebay/invalid-token',
    note: 'REST common error 1001; the API host names eBay (ebay-sdk-examples #81)',
  },
  {
    line: 'GuzzleHttp\\Exception\\ClientException: Client error: `PUT https://api.sandbox.ebay.com/sell/inventory/v1/inventory_item/123` resulted in a `401 Unauthorized` response: { "errors" : [ { "errorId" : 1001, "domain" : "OAuth", "category" : "REQUEST", "message" : "Invalid ac (truncated...)',
    category: 'auth',
    destination: 'ebay',
    note: 'ebay-sdk-examples #42: Guzzle cut the body short, only the sandbox host names eBay',
  },
  {
    line: j({ level: 'error', destination: 'ebay', status: 403, endpoint: '/sell/marketing/v1/ad_campaign', body: rest(1100, 'ACCESS', 'REQUEST', 'Access denied', 'Insufficient permissions to fulfill the request.') }),
    category: 'permissions',
    rule: 'ebay/access-denied',
    note: '1100: the user token was granted without the sell.marketing scope',
  },
  {
    line: j({ level: 'warn', status: 429, url: 'https://api.ebay.com/buy/browse/v1/item_summary/search?q=drill', body: rest(2001, 'ACCESS', 'REQUEST', 'Too many requests.', 'The request limit has been reached for the resource.') }),
    category: 'plan',
    destination: 'ebay',
    rule: 'ebay/call-limit',
    note: '2001 on a 429: the Browse API’s calls-per-day limit is used up, not a short window',
  },
  {
    line: `ERROR trading call failed: ${trading('GetSellerTransactions', '518', 'Call usage limit has been reached.', 'Your application has exceeded usage limit on this call, please make call to GetAPIAccessRules to check your call usage.')}`,
    category: 'plan',
    destination: 'ebay',
    cause: '518 call limit reached',
    rule: 'ebay/call-limit',
    note: 'Trading XML: <ErrorCode>518</ErrorCode>; the eBLBaseComponents namespace names eBay',
  },
  {
    line: "ERROR ebaysdk.exception.ConnectionError: 'GetItem: Class: RequestError, Severity: Error, Code: 518, Call usage limit has been reached. Your application has exceeded usage limit on this call, please make call to GetAPIAccessRules to check your call usage.'",
    category: 'plan',
    destination: 'ebay',
    rule: 'ebay/call-limit-message',
    note: 'ebaysdk prints the Trading error as text; its exception class names eBay',
  },
  {
    line: j({ level: 'error', destination: 'ebay', status: 200, call: 'ReviseInventoryStatus', Ack: 'Failure', Errors: { ShortMessage: 'Maximum Call Limit Exceeded.', LongMessage: 'You have exceeded your maximum call limit of 6000 for 15 seconds. Try back after 15 seconds.', ErrorCode: '21919144', SeverityCode: 'Error', ErrorClassification: 'RequestError' } }),
    category: 'transient',
    rule: 'ebay/max-call-limit',
    note: '21919144 with a 15-second window: the short-duration seller limit',
  },
  {
    line: j({ level: 'error', url: 'https://api.ebay.com/sell/inventory/v1/offer/8123450011', status: 400, body: { errors: [{ errorId: 21919144, domain: 'API_INVENTORY', category: 'REQUEST', message: 'You have exceeded your maximum call limit of 250 for item per day. Try back after 1 day.' }] } }),
    category: 'plan',
    destination: 'ebay',
    rule: 'ebay/max-call-limit-daily',
    note: '21919144 whose window is a day: the per-item daily revise limit',
  },
  {
    line: `WARN eBay AddFixedPriceItem failed ${trading('AddFixedPriceItem', '10007', 'Internal error to the application.', 'Internal error to the application.', 'SystemError')}`,
    category: 'transient',
    destination: 'ebay',
    rule: 'ebay/internal-error',
    note: '10007: an error on the eBay server side',
  },
  {
    line: j({ level: 'error', status: 500, url: 'https://api.ebay.com/sell/inventory/v1/location', body: { errors: [{ errorId: 2003, domain: 'ACCESS', category: 'APPLICATION', message: 'Internal error', longMessage: 'There was a problem with an eBay internal system or process. Contact eBay developer support for assistance.' }] } }),
    category: 'transient',
    destination: 'ebay',
    rule: 'ebay/internal-error',
    note: 'REST common error 2003 on a 500',
  },
  {
    line: `ERROR GetSellerList rejected: ${trading('GetSellerList', '37', 'Input data is invalid.', 'Input data for tag &lt;StartTimeFrom&gt; is invalid or missing. Please check API documentation.')}`,
    category: 'validation',
    destination: 'ebay',
    field: 'StartTimeFrom',
    rule: 'ebay/invalid-input',
    note: 'Trading 37 names the tag (escaped) in its LongMessage',
  },
  {
    line: j({ level: 'error', destination: 'ebay', status: 400, sku: 'VT-2231', body: rest(25002, 'API_INVENTORY', 'REQUEST', 'A user error has occurred. Input data for tag <BrandMPN> is invalid or missing. Please check API documentation.') }),
    category: 'validation',
    field: 'BrandMPN',
    rule: 'ebay/invalid-input',
    note: 'Sell Inventory 25002 on publishOffer: the missing brand / MPN',
  },
  {
    line: j({ level: 'error', destination: 'ebay', status: 400, body: rest(2004, 'ACCESS', 'REQUEST', 'Invalid request', 'The request has errors. For help, see the documentation for this API.', [{ name: 'reason', value: 'Could not serialize field [condition]' }]) }),
    category: 'validation',
    rule: 'ebay/invalid-input',
    note: 'REST common error 2004',
  },
  {
    line: "ebaysdk.exception.ConnectionError: 'GetUser: Class: RequestError, Severity: Error, Code: 21916984, Invalid IAF token. IAF token supplied is invalid. '",
    category: 'auth',
    destination: 'ebay',
    rule: 'ebay/invalid-token-message',
    note: 'ebaysdk text of 21916984 (an issue on ebaysdk-python)',
  },
  {
    line: 'Error [EbayApiError]: IAF token supplied is expired.',
    category: 'auth',
    destination: 'ebay',
    rule: 'ebay/invalid-token-message',
    note: 'hendt/ebay-api names eBay by its error class; 21917053’s LongMessage',
  },
  {
    line: j({ level: 'error', Ack: 'Failure', Errors: { ShortMessage: 'Expired IAF token.', LongMessage: 'IAF token supplied is expired. ', ErrorCode: '21917053', SeverityCode: 'Error', ErrorClassification: 'RequestError' } }),
    category: 'auth',
    destination: 'ebay',
    rule: 'ebay/invalid-token',
    note: 'the Trading body as JSON: ErrorClassification is eBay’s key alone',
  },
  {
    line: "ERROR ebaysdk.exception.ConnectionError: 'ReviseFixedPriceItem: Class: RequestError, Severity: Error, Code: 21916603, Variation specifics cannot be changed Variation specifics cannot be changed in restricted revise'",
    category: 'validation',
    destination: 'ebay',
    rule: 'ebay/request-error',
    note: 'any other RequestError: eBay says do not retry until the data changes',
  },
  {
    line: "ERROR ebaysdk.exception.ConnectionError: 'AddItem: Class: SystemError, Severity: Error, Code: 10007, Internal error to the application.'",
    category: 'transient',
    destination: 'ebay',
    rule: 'ebay/system-error',
    note: 'a SystemError: eBay recommends retrying as-is',
  },
  {
    line: j({ level: 'error', destination: 'acme-api', status: 401, body: { errors: [{ errorId: 1001, message: 'Session not valid' }] } }),
    category: 'auth',
    rule: 'http/401',
    note: 'near miss: errorId 1001 from another API is not eBay’s invalid token',
  },
];
