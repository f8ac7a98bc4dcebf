import type { Provider } from './provider.js';

/**
 * eBay APIs: the RESTful APIs (`api.ebay.com`, `api.sandbox.ebay.com`: Sell Inventory, Fulfillment,
 * Browse…) and the classic XML APIs (Trading `api.ebay.com/ws/api.dll`, Shopping, Finding on
 * `svcs.ebay.com`). REST answers `{"errors":[{"errorId":1001,"domain":"OAuth","category":"REQUEST",
 * "message":"Invalid access token","longMessage":"…","parameters":[{"name":…,"value":…}]}]}`; the
 * classic APIs answer `<Ack>Failure</Ack><Errors><ShortMessage>…</ShortMessage><LongMessage>…
 * </LongMessage><ErrorCode>518</ErrorCode><SeverityCode>Error</SeverityCode><ErrorClassification>
 * RequestError</ErrorClassification></Errors>` in the `urn:ebay:apis:eBLBaseComponents` namespace,
 * which Python's `ebaysdk` prints as `GetItem: Class: RequestError, Severity: Error, Code: 518,
 * Call usage limit has been reached. …`. The error ids are bare numbers: code rules apply to eBay
 * lines only.
 * - 1001 "Invalid access token" (REST, 401); 931 "Auth token is invalid", 932 "Auth token is hard
 *   expired", 21916984 "Invalid IAF token", 21917053 "Expired IAF token", 17476 "The token does not
 *   match your header credentials" (Trading): auth.
 * - 1100 "Access denied / Insufficient permissions to fulfill the request" (REST 403, domain
 *   ACCESS: the token lacks the OAuth scope): permissions.
 * - 518 "Call usage limit has been reached … please make call to GetAPIAccessRules" (Trading) and
 *   2001 "Too many requests / The request limit has been reached for the resource" (REST 429): the
 *   application's call limit, which eBay sets per day ("API calls per day"; more only after an
 *   Application Growth Check): plan.
 * - 21919144 "Maximum Call Limit Exceeded. You have exceeded your maximum call limit of N for
 *   <window>. Try back after <window>": the seller-level short-duration limit (transient), a plan
 *   limit when the window is a day.
 * - 10007 "Internal error to the application" ("an error on the eBay server side"), 2003 "Internal
 *   error" (REST 500), 219255 "API call timed out because it has exceeded the predefined SLA"
 *   (retry): transient.
 * - 37 "Input data for tag <X> is invalid or missing", 2004 "Invalid request", 25002 "A user error
 *   has occurred" (Sell Inventory), and any other RequestError ("do not retry … the problem must be
 *   corrected"): validation; a SystemError ("retry the request as-is … eBay recommends twice"):
 *   transient.
 * Sources: developer.ebay.com/api-docs/static/handling-error-messages.html and /develop/api/sell/
 * error_codes (ErrorData, common errors 1001, 1100, 2001, 2003, 2004); Trading "Errors by Number"
 * (devzone/XML/docs/Reference/eBay/Errors/errormessages.htm) and errorsbycall.html (10007);
 * ErrorClassificationCodeType; developer.ebay.com/develop/get-started/api-call-limits; KB 630
 * (931), KB 534 (219255); hendt/ebay-api src/errors (EBayIAFTokenExpired 21917053,
 * EBayInvalidAccessToken, domain ACCESS); real bodies in davidtsadler/ebay-sdk-examples #42 / #81
 * (1001), timotheus/ebaysdk-python issues (518, 21916984, 17476 in `Class: RequestError` text),
 * gzigzigzeo/ebay_request tests (21917053 XML).
 */
const E = ['ebay'];

export const provider: Provider = {
  name: 'ebay',
  display: 'eBay',
  // Not the bare word "ebay": order and listing records name the marketplace they came from.
  hints: [
    '(?:api|apiz|open\\.api|svcs|auth|signin)(?:\\.sandbox)?\\.ebay\\.com',
    'api\\.sandbox\\.ebay\\.com',
    'urn:ebay:apis:eBLBaseComponents',
    'X-EBAY-(?:API|C|SOA)-[A-Z-]+',
    'ebaysdk(?:\\.\\w+)*',
    'ebay_rest',
    'ebay-oauth-(?:python|nodejs)-client',
    'DTS\\\\eBaySDK(?:\\\\\\w+)*',
    'com\\.ebay\\.(?:sdk|soap|api)(?:\\.\\w+)*',
    'eBay\\.Service(?:\\.\\w+)*',
    'E[Bb]ay(?:ApiError|InvalidAccessToken|IAFTokenExpired|TokenRequired|AccessDenied|InvalidGrant|InvalidScope|NotFound)',
  ],
  keys: { code: ['errorId', 'ErrorCode'], message: ['longMessage', 'LongMessage', 'ShortMessage'] },
  // Keys only eBay's answers carry: the classic APIs' error class, REST's request references.
  bodyKeys: ['ErrorClassification', 'inputRefIds', 'outputRefIds'],
  links: {
    auth: 'https://developer.ebay.com/api-docs/static/oauth-tokens.html',
    permissions: 'https://developer.ebay.com/api-docs/static/oauth-scopes.html',
    plan: 'https://developer.ebay.com/develop/get-started/api-call-limits',
    validation: 'https://developer.ebay.com/api-docs/static/handling-error-messages.html',
    transient: 'https://developer.ebay.com/api-docs/static/handling-error-messages.html',
    outage: 'https://developer.ebay.com/support/api-status',
  },
  rules: [
    {
      id: 'ebay/invalid-token',
      category: 'auth',
      cause: '{code} invalid or expired token',
      code: ['1001', '931', '932', '21916984', '21917053', '17476'],
      destination: E,
      summary: 'eBay rejected the access or Auth’n’Auth token ({code}: invalid, expired or for another app or environment)',
      fix: 'Refresh the OAuth token (or have the seller sign in again if the refresh token or the 18-month Auth’n’Auth token expired; sandbox tokens only work on api.sandbox.ebay.com); pause the sync until then.',
    },
    {
      id: 'ebay/access-denied',
      category: 'permissions',
      cause: '1100 insufficient permissions',
      code: ['1100'],
      destination: E,
      summary: 'eBay token lacks the OAuth scope (or API access) for this call',
      fix: 'Request the scope the call needs (sell.inventory, sell.fulfillment, sell.marketing…) when the seller consents, or get the restricted API enabled for the app; keep syncing other objects.',
    },
    {
      id: 'ebay/call-limit',
      category: 'plan',
      cause: '{code} call limit reached',
      code: ['518', '2001'],
      destination: E,
      summary: 'eBay application call limit for this API used up ({code}; the limits are per day)',
      fix: 'Pause until the limit resets (getRateLimits / GetApiAccessRules show when); cut calls per run or apply for higher limits through eBay’s Application Growth Check.',
    },
    // 21919144: "You have exceeded your maximum call limit of 250 for item per day. Try back after 1 day."
    {
      id: 'ebay/max-call-limit-daily',
      category: 'plan',
      cause: '21919144 daily call limit',
      code: ['21919144'],
      message: /\bper day\b|Try back after \d+ days?\b/i,
      destination: E,
      summary: 'eBay seller call limit for the day reached (21919144)',
      fix: 'Pause revisions of this seller or item until the next day; batch revisions instead of one call per change.',
    },
    {
      id: 'ebay/max-call-limit',
      category: 'transient',
      cause: '21919144 call rate limit',
      code: ['21919144'],
      destination: E,
      summary: 'eBay seller call rate limit reached (21919144: too many calls in a short window)',
      fix: 'Retry after the window the message names; spread revise calls for this seller over time.',
    },
    {
      id: 'ebay/internal-error',
      category: 'transient',
      cause: '{code} eBay internal error',
      code: ['10007', '2003', '219255'],
      destination: E,
      summary: 'eBay server-side error or timeout ({code})',
      fix: 'Retry (eBay recommends twice); for list calls that time out, lower the page size or date range.',
    },
    {
      id: 'ebay/invalid-input',
      category: 'validation',
      cause: '{code} invalid input',
      code: ['37', '2004', '25002'],
      destination: E,
      fieldFrom: /Input data for tag (?:<|&lt;)([\w.[\]]{1,100})(?:>|&gt;)|The item specific ([\w .'-]{1,60}?) is missing/,
      summary: 'eBay rejected the request data ({code}, `{field}`)',
      fix: 'Fix the value the message names (item specifics, condition, price, policies) at the source; retrying the same request fails again.',
    },
    // The classic SDKs' text: ebaysdk's "Call: Class: RequestError, Severity: Error, Code: N, message".
    {
      id: 'ebay/call-limit-message',
      category: 'plan',
      cause: '518 call limit reached',
      message: /\bCall usage limit has been reached\b|exceeded usage limit on this call/i,
      summary: 'eBay application call limit for this API used up (518; the limits are per day)',
      fix: 'Pause until the limit resets (GetApiAccessRules shows when); cut calls per run or apply for higher limits through eBay’s Application Growth Check.',
    },
    {
      id: 'ebay/invalid-token-message',
      category: 'auth',
      cause: 'invalid or expired token',
      message: /\bCode: (?:931|932|21916984|21917053|17476)\b|\bAuth token is (?:invalid|hard expired)\b|\b(?:Invalid|Expired) IAF token\b|IAF token supplied is (?:invalid|expired)|\bEBay(?:InvalidAccessToken|IAFTokenExpired)\b/,
      summary: 'eBay rejected the access or Auth’n’Auth token (invalid or expired)',
      fix: 'Refresh the OAuth token, or have the seller sign in again if the token hard-expired; pause the sync until then.',
    },
    {
      id: 'ebay/request-error',
      category: 'validation',
      cause: 'RequestError',
      // ebaysdk's text, or the classic XML body: the class eBay itself gives the error.
      message: /\bClass: RequestError, Severity: Error\b|<ErrorClassification>RequestError<\/ErrorClassification>/,
      fieldFrom: /Input data for tag (?:<|&lt;)([\w.[\]]{1,100})(?:>|&gt;)|The item specific ([\w .'-]{1,60}?) is missing/,
      summary: 'eBay rejected the request data (RequestError, `{field}`)',
      fix: 'Fix the request data the message names; eBay’s RequestErrors fail again until the data changes.',
    },
    {
      id: 'ebay/system-error',
      category: 'transient',
      cause: 'SystemError',
      message: /\bClass: SystemError, Severity: Error\b|<ErrorClassification>SystemError<\/ErrorClassification>/,
      summary: 'eBay system-side error (SystemError)',
      fix: 'Retry as-is (eBay recommends twice); if it persists, check eBay’s API status page.',
    },
  ],
};
