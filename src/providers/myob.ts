import type { Provider } from './provider.js';

/**
 * MYOB Business API, formerly AccountRight Live (`api.myob.com/accountright/{businessId}/…`, cloud
 * files also on `arl2.api.myob.com`; OAuth at `secure.myob.com`; headers `x-myobapi-key`,
 * `x-myobapi-cftoken` for the company file sign-in). Errors are `{"Errors":[{"Name":"CustomerNotFound",
 * "Message":"The Customer with UID of '…' cannot be found.","AdditionalDetails":"Customer.UID",
 * "ErrorCode":11003,"Severity":"Error","LearnMore":null}],"Information":"Warning, error messages have
 * not been finalised in this release and may change"}`: `Name` is the error, `ErrorCode` its number
 * (null for the gateway's own errors), `AdditionalDetails` the field or header concerned. The
 * generic ones (the error-messages guide):
 * - GatewayTimeout "Connection to the API has timed out" (504, calls over 120 s): transient.
 * - RateLimitError "API key has exceeded the daily rate limit" (403): plan, the key's daily quota;
 *   "… the per-second rate limit" (403): transient.
 * - DeveloperInactive "API key is missing or inactive" (403): auth, the developer key.
 * - OAuthTokenIsInvalid (ErrorCode 31001, 401) / OAuthTokenIsMissing: auth, the OAuth token (also
 *   what a token without the `sme-*` scope of the endpoint, or a wrong path, gets).
 * - "Access denied" (`[{"Message":"Access denied"}]`, 401/403): the company file sign-in in
 *   `x-myobapi-cftoken` missing or wrong (or SSO now linked): auth.
 * - SerializationError 50, Required 100 ("[Field] is required"), NotFound 150, ValidationError 1000,
 *   CustomerNotFound 11003, TransactionsCannotBeDeleted 25003, DatePriorToBeginningOfFinancialYear
 *   25008, InvalidTaxCode 32002 (400): validation; 409 a stale RowVersion: validation.
 * `Name` is no key to read as a code everywhere (records carry it), so JSON lines are decided by
 * `ErrorCode` and `Message`, text lines by the Name in the printed body too.
 * Client libraries: pymyob (`myob.exceptions.MyobUnauthorized`, MyobForbidden, MyobRateLimitExceeded
 * (a 403 with RateLimitError), MyobNotFound, MyobGatewayTimeout, MyobBadRequest; message "<Name>:
 * <Message> <AdditionalDetails>"), MYOB.AccountRight.SDK (.NET, ApiCommunicationException,
 * ApiValidationException "Encountered a validation error (<uri>)"), myob-api (Ruby).
 * Sources: developer.myob.com/api/myob-business-api/api-overview/error-messages (generic errors) and
 * /error-codes (statuses); apisupport.myob.com "Solving Access Denied errors";
 * myob-oss/AccountRight_Live_API_.Net_SDK MYOB.API.SDK/SDK/Error.cs and issue #279 (CustomerNotFound
 * body); uptick/pymyob myob/exceptions.py; davidlumley/myob-api #28 (OAuthTokenIsMissing body);
 * public MYOB clients that refresh on ErrorCode 31001 (OAuthTokenIsInvalid); woocommerce.com "MYOB
 * Error Codes" (1000, 32002); guide.pestregister.com MYOB AccountRight Live error messages (codes).
 */
const M = ['myob'];

export const provider: Provider = {
  name: 'myob',
  display: 'MYOB',
  aliases: ['accountright'],
  // Hosts, headers and client names; not `myob` as a prefix (myObject).
  hints: [
    '(?:[\\w-]+\\.)*myob\\.com',
    'x-myobapi-\\w+',
    'pymyob',
    'Myob(?:Unauthorized|Forbidden|BadRequest|NotFound|GatewayTimeout|RateLimitExceeded|Exception\\w*)',
    'MYOB\\.AccountRight(?:\\.\\w+)*',
    'AccountRight(?:[ _]?Live)?',
    'myob',
  ],
  // "AdditionalDetails": "Customer.UID" names the field (or the header: "Header: x-myobapi-key").
  keys: { field: ['AdditionalDetails'] },
  links: {
    auth: 'https://developer.myob.com/api/myob-business-api/api-overview/authentication/',
    permissions: 'https://apisupport.myob.com/hc/en-us/articles/5451932252175-Solving-Access-Denied-errors',
    plan: 'https://developer.myob.com/api/myob-business-api/api-overview/error-messages',
    validation: 'https://developer.myob.com/api/myob-business-api/api-overview/error-messages',
    transient: 'https://developer.myob.com/api/myob-business-api/api-overview/error-codes/',
    outage: 'https://status.myob.com/',
  },
  rules: [
    {
      id: 'myob/oauth-token',
      category: 'auth',
      cause: '31001 OAuthTokenIsInvalid',
      code: ['31001'],
      destination: M,
      summary: 'MYOB rejected the OAuth access token (OAuthTokenIsInvalid)',
      fix: 'Refresh the access token (it lasts 20 minutes) or reconnect the MYOB account with the sme-* scopes the endpoints need; pause the sync until then.',
    },
    {
      id: 'myob/validation',
      category: 'validation',
      cause: '{code} validation',
      code: ['50', '100', '150', '1000', '11003', '25003', '25008', '32002'],
      destination: M,
      summary: 'MYOB rejected `{field}` for this record ({code})',
      fix: 'Fix the value MYOB names (a required field, a UID of a customer, account or tax code that does not exist, a date before the financial year); retrying as is fails again.',
    },
    // The gateway's own errors carry no ErrorCode: their wording decides.
    {
      id: 'myob/daily-limit',
      category: 'plan',
      cause: 'RateLimitError (daily)',
      message: /API key has exceeded the daily rate limit/i,
      summary: 'MYOB API key has used up its daily call limit',
      fix: 'Pause the sync until the daily limit resets, or ask MYOB for a higher limit for the key; cut calls per run (filter on LastModified).',
    },
    {
      id: 'myob/rate-limit',
      category: 'transient',
      cause: 'RateLimitError',
      message: /API key has exceeded the per-second rate limit|\bMyobRateLimitExceeded\b/i,
      summary: 'MYOB per-second rate limit',
      fix: 'Retry with backoff; keep under the key’s calls per second.',
    },
    {
      id: 'myob/api-key-inactive',
      category: 'auth',
      cause: 'DeveloperInactive',
      message: /API key is missing or inactive|\bDeveloperInactive\b/i,
      summary: 'MYOB API key is missing or inactive',
      fix: 'Send the app’s active API key in x-myobapi-key (my.MYOB → Developer); pause the sync until then.',
    },
    {
      id: 'myob/oauth-token-message',
      category: 'auth',
      cause: 'OAuthTokenIsInvalid',
      message: /\bOAuthTokenIs(?:Invalid|Missing)\b/,
      summary: 'MYOB rejected the OAuth access token (missing, expired or without the scope)',
      fix: 'Refresh the access token or reconnect the MYOB account with the sme-* scopes the endpoints need; pause the sync until then.',
    },
    {
      id: 'myob/company-file-access',
      category: 'auth',
      cause: 'Access denied (company file sign-in)',
      message: /\bAccess denied\b/i,
      destination: M,
      summary: 'MYOB company file refused the sign-in (x-myobapi-cftoken)',
      fix: 'Send the company file user ID and password (not the my.MYOB email) base64-encoded in x-myobapi-cftoken, or drop the header if the file’s login is linked to my.MYOB (SSO); pause the sync until then.',
    },
    {
      id: 'myob/gateway-timeout',
      category: 'transient',
      cause: 'GatewayTimeout',
      message: /Connection to the API has timed out/i,
      summary: 'MYOB call timed out (over 120 seconds)',
      fix: 'Retried; page smaller ($top) or retry outside busy hours if it persists.',
    },
  ],
};
