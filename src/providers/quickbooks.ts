import type { Provider } from './provider.js';

/**
 * QuickBooks Online (Intuit): `{"Fault":{"Error":[{"Message","Detail","code","element"}],"type":
 * "ValidationFault"}}` (capitalised keys: extract reads only `code` and `type` of them), a 401/403
 * in lower case (`{"fault":{"error":[{"message":"message=AuthenticationFailed; errorCode=003200;
 * statusCode=401","detail":"Token expired: …","code":"3200"}]}}`), and XML for throttling
 * (`<Error code="3001"><Message>message=ThrottleExceeded; errorCode=003001; statusCode=429`).
 * The `message=X; errorCode=00NNNN` text is Intuit's own and decides in prose. python-quickbooks
 * names its exception by code range, not by meaning (3200 and 3001 raise ValidationException), so
 * the class decides nothing.
 * Sources: developer.intuit.com/app/developer/qbo/docs/develop/troubleshooting/error-codes and
 * /handling-common-errors (120 Authorization Failure, 500 Unsupported Operation, 610 Object Not
 * Found); developer.intuit.com/hub/blog/2017/06/08/top-quickbooks-online-api-errors-and-how-to-handle-them
 * (6240 Duplicate Name Exists, 6210 Duplicate Document Number, 6190 Invalid Company Status);
 * /docs/learn/rest-api-features#limits-and-throttles (500 requests a minute per realm); real
 * bodies in python-quickbooks#127 (5010 Stale Object Error), python-quickbooks#83 and
 * quickbooks-ruby#348 (ThrottleExceeded), SDK tests (3200, 3100 ApplicationAuthorizationFailed).
 */
const Q = ['quickbooks'];

export const provider: Provider = {
  name: 'quickbooks',
  display: 'QuickBooks',
  keys: { body: ['Fault', 'Error'], message: ['Message', 'Detail'], field: ['element'] },
  aliases: ['intuit', 'qbo'],
  // Its Fault envelope's types (`"Fault":{"Error":[…],"type":"ValidationFault"}`) are Intuit's own names.
  hints: ['(?:sandbox-)?quickbooks\\.api\\.intuit\\.com', '"type": ?"(?:Validation|Authentication|Authorization|Service|System)Fault"', '<Fault type="(?:Validation|Authentication|Authorization|Service|System)Fault"', 'schema\\.intuit\\.com/finance', 'Validation Exception was thrown', 'Intuit\\.Ipp', 'python-quickbooks', 'node-quickbooks', 'quickbooks', 'intuit'],
  // Keys only Intuit's responses carry (its 401 body lists every response member, null).
  bodyKeys: ['intuitObject', 'batchItemResponse', 'BatchItemResponse', 'IntuitResponse', 'syncErrorResponse'],
  links: {
    auth: 'https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0',
    plan: 'https://developer.intuit.com/app/developer/qbo/docs/develop/troubleshooting/handling-common-errors',
    validation: 'https://developer.intuit.com/app/developer/qbo/docs/develop/troubleshooting/error-codes',
    outage: 'https://status.developer.intuit.com',
    transient: 'https://developer.intuit.com/app/developer/qbo/docs/learn/rest-api-features#limits-and-throttles',
  },
  rules: [
    {
      id: 'quickbooks/authentication-failed',
      category: 'auth',
      cause: '3200 AuthenticationFailed',
      code: ['3200', '003200'],
      destination: Q,
      summary: 'QuickBooks access token expired, revoked or malformed',
      fix: 'Refresh the OAuth token (access tokens last an hour; a refresh token that failed needs the company reconnected); pause the sync until then.',
    },
    // 3100 on a 403: the app is not authorized for this company — development keys against a
    // production company, a sandbox token on the production host, or access removed.
    {
      id: 'quickbooks/application-authorization-failed',
      category: 'auth',
      cause: '3100 ApplicationAuthorizationFailed',
      code: ['3100', '003100'],
      destination: Q,
      summary: 'QuickBooks app not authorized for this company (keys, environment or access)',
      fix: 'Use production keys for a production company (sandbox keys only reach sandbox-quickbooks.api.intuit.com) and reconnect the company; pause the sync until then.',
    },
    {
      id: 'quickbooks/authorization-failure',
      category: 'auth',
      cause: '120 AuthorizationFailure',
      code: ['120'],
      destination: Q,
      summary: 'The QuickBooks user who connected the company no longer has access',
      fix: 'Reconnect the company with a current admin user, or disconnect the stale connection.',
    },
    {
      id: 'quickbooks/throttle',
      category: 'transient',
      cause: '3001 ThrottleExceeded',
      code: ['3001', '003001'],
      destination: Q,
      summary: 'QuickBooks rate limit (500 requests a minute per company)',
      fix: 'Retry with backoff; keep under 500 requests a minute and 10 concurrent requests per company.',
    },
    {
      id: 'quickbooks/subscription-ended',
      category: 'plan',
      cause: '6190 Invalid Company Status',
      code: ['6190'],
      destination: Q,
      summary: 'QuickBooks company subscription ended, cancelled or has a billing problem',
      fix: 'The company must renew its QuickBooks Online subscription; pause the sync for this company until then.',
    },
    {
      id: 'quickbooks/object-not-found',
      category: 'validation',
      cause: '610 Object Not Found',
      code: ['610'],
      destination: Q,
      summary: 'QuickBooks record references an inactive or deleted object',
      fix: 'Reactivate the referenced customer, vendor, item or account, or map the record to an active one.',
    },
    // 5010: the SyncToken sent is older than the object's: re-read it, then update.
    {
      id: 'quickbooks/stale-object',
      category: 'validation',
      cause: '5010 Stale Object Error',
      code: ['5010'],
      destination: Q,
      summary: 'QuickBooks object changed since it was read (stale SyncToken)',
      fix: 'Read the object again for its current SyncToken and resend the update; the same payload will keep failing.',
    },
    {
      id: 'quickbooks/duplicate',
      category: 'validation',
      cause: '{code} duplicate',
      code: ['6240', '6210', '6140'],
      destination: Q,
      summary: 'QuickBooks record duplicates an existing name or document number ({code})',
      fix: 'Match the existing record (names are unique across customers, vendors and employees) or use another document number.',
    },
    {
      id: 'quickbooks/business-validation',
      category: 'validation',
      cause: '{code} validation',
      code: ['6000', '2020', '2050', '2500', '2010', '500'],
      destination: Q,
      summary: 'QuickBooks rejected the record ({code})',
      fix: 'Read the Detail in the sample (a required field, a value too long, an invalid reference, non-UTF-8 text) and fix the mapping; never retry as is.',
    },
    // Intuit's own prose, with or without a body: "message=ThrottleExceeded; errorCode=003001; …".
    {
      id: 'quickbooks/authentication-failed-message',
      category: 'auth',
      cause: '3200 AuthenticationFailed',
      message: /message=(?:Application)?AuthenticationFailed\b|errorCode=0*3200\b|quickbooks\.exceptions\.AuthorizationException\b/,
      summary: 'QuickBooks access token expired, revoked or malformed',
      fix: 'Refresh the OAuth token (access tokens last an hour; a refresh token that failed needs the company reconnected); pause the sync until then.',
    },
    // 3100 with "does not have sufficient scope": the token is good, the app lacks the scope.
    {
      id: 'quickbooks/insufficient-scope-message',
      category: 'permissions',
      cause: '3100 insufficient scope',
      message: /(?:\bApplicationAuthorizationFailed\b|errorCode=0*3100\b|AuthorizationFailed)[\s\S]{0,400}\bsufficient scope\b/,
      summary: 'QuickBooks token lacks the scope for this call',
      fix: 'Reconnect with the accounting scope (com.intuit.quickbooks.accounting) the call needs; keep syncing the rest.',
    },
    {
      id: 'quickbooks/application-authorization-failed-message',
      category: 'auth',
      cause: '3100 ApplicationAuthorizationFailed',
      message: /\bApplicationAuthorizationFailed\b|errorCode=0*3100\b/,
      summary: 'QuickBooks app not authorized for this company (keys, environment or access)',
      fix: 'Use production keys for a production company (sandbox keys only reach sandbox-quickbooks.api.intuit.com) and reconnect the company; pause the sync until then.',
    },
    {
      id: 'quickbooks/throttle-message',
      category: 'transient',
      cause: '3001 ThrottleExceeded',
      message: /message=ThrottleExceeded\b|errorCode=0*3001\b/,
      summary: 'QuickBooks rate limit (500 requests a minute per company)',
      fix: 'Retry with backoff; keep under 500 requests a minute and 10 concurrent requests per company.',
    },
    {
      id: 'quickbooks/subscription-ended-message',
      category: 'plan',
      cause: '6190 Invalid Company Status',
      message: /Invalid Company Status|Subscription period has ended or (?:been )?cancel+ed/i,
      summary: 'QuickBooks company subscription ended, cancelled or has a billing problem',
      fix: 'The company must renew its QuickBooks Online subscription; pause the sync for this company until then.',
    },
    {
      id: 'quickbooks/stale-object-message',
      category: 'validation',
      cause: '5010 Stale Object Error',
      message: /Stale Object Error/i,
      summary: 'QuickBooks object changed since it was read (stale SyncToken)',
      fix: 'Read the object again for its current SyncToken and resend the update; the same payload will keep failing.',
    },
    {
      id: 'quickbooks/object-not-found-message',
      category: 'validation',
      cause: '610 Object Not Found',
      message: /Object Not Found\s*:\s*Something you.re trying to use has been made inactive/i,
      summary: 'QuickBooks record references an inactive or deleted object',
      fix: 'Reactivate the referenced customer, vendor, item or account, or map the record to an active one.',
    },
    // A ValidationFault envelope in XML (`<Fault type="ValidationFault"><Error code="6070"
    // element="Line.Amount">`), or the fault's text alone ("Validation Exception was thrown.Details:
    // Required parameter Line.DetailType is missing in the request.").
    {
      id: 'quickbooks/validation-fault',
      category: 'validation',
      cause: 'ValidationFault',
      message: /<Fault type="ValidationFault"|\bValidation Exception was thrown\b/,
      destination: Q,
      fieldFrom: /\belement="([\w.]{1,80})"|\bRequired param(?:eter)? ([\w.]{1,80}) is missing\b/,
      summary: 'QuickBooks rejected the record (ValidationFault)',
      fix: 'Read the Detail in the sample (a required field, an amount that does not add up, an invalid reference) and fix the mapping; never retry as is.',
    },
    {
      id: 'quickbooks/duplicate-message',
      category: 'validation',
      cause: 'duplicate',
      message: /Duplicate Name Exists Error|Duplicate Document Number Error/i,
      summary: 'QuickBooks record duplicates an existing name or document number',
      fix: 'Match the existing record (names are unique across customers, vendors and employees) or use another document number.',
    },
  ],
};
