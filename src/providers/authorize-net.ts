import type { Provider } from './provider.js';

/**
 * Authorize.Net (`api.authorize.net/xml/v1/request.api`, sandbox `apitest.authorize.net`; the
 * legacy AIM gateway `secure.authorize.net/gateway/transact.dll`). The API answers HTTP 200 for
 * every request and puts the outcome in the body, as JSON or XML:
 * `{"messages":{"resultCode":"Error","message":[{"code":"E00007","text":"User authentication failed
 * due to invalid authentication values."}]}}`; a payment the gateway refused adds
 * `"transactionResponse":{"responseCode":"3","errors":[{"errorCode":"13","errorText":"The merchant
 * login ID or password is invalid or the account is inactive."}]}` under E00027 "The transaction was
 * unsuccessful.". The E-codes are the API's own (the response code tool lists them):
 * - E00005 transaction key or API key invalid, E00006 API user name invalid, E00007 authentication
 *   failed (also sandbox credentials sent to production), E00123 / E00124 OAuth access token expired
 *   / invalid, E00008 account or API user inactive: auth.
 * - E00010 / E00011 no permission for this call: permissions.
 * - E00009 gateway account in Test Mode, E00044 Customer Information Manager not enabled: plan (the
 *   account's settings or services, not the record).
 * - E00002 content type, E00003 XML/JSON does not match the schema ("…has invalid child element
 *   'x'", "The '…AnetApiSchema.xsd:cardNumber' element is invalid"), E00004 method name, E00012 /
 *   E00039 duplicate, E00013–E00016 field invalid / missing / length / type, E00040 record not
 *   found, E00041–E00043 profile contents and limits: validation.
 * - E00001 "An error occurred during processing. Please try again.": transient; E00104 "Server in
 *   maintenance. Please try again later.": outage.
 * - E00027 with transactionResponse errors: the errorCode decides. 13 (merchant login ID invalid or
 *   account inactive) is auth; 19–23, 25, 26 and 57–63 ("An error occurred during processing. Please
 *   try again in 5 minutes.") are the processor's, transient; the rest (2/3/4 declined, 6 invalid
 *   card number, 8 expired, 11 duplicate transaction, 33 field required…) are the payment's own:
 *   validation.
 * The JSON keys of the messages are `code` / `text`; `text` is too common a key to read as a message
 * everywhere, so those lines are decided by their code; transaction errors say theirs in `errorText`.
 * Client libraries: AuthorizeNet/sdk-node (`authorizenet`, ApiContracts / ApiControllers), sdk-php
 * (`net\authorize\api\contract\v1`), sdk-java (`net.authorize.api`), sdk-dotnet (`AuthorizeNet.Api`),
 * Ruby `authorizenet`, Omnipay `omnipay/authorizenet`, ActiveMerchant `AuthorizeNetGateway`.
 * Sources: developer.authorize.net/api/reference/responseCodes.html (E-codes and reason codes, also
 * quoted in the SDKs' READMEs); AuthorizeNet/sdk-node test/test-customerprofiles.js (E00040);
 * docs.qpilot.cloud articles on E00007 and E00104; support.authorize.net KA-04306 ("An Error Occurred,
 * Try Again in 5 Minutes" is a passing processor connection problem); the AIM reason code table
 * (Business::OnlinePayment::AuthorizeNet::AIM::ErrorCodes).
 */
const A = ['authorize-net'];

/** The field a schema error names: `…has invalid child element 'clientId'`, `The '…AnetApiSchema.xsd:cardNumber' element is invalid`. */
const SCHEMA_FIELD = /has invalid child element '(?:[^':]*:)?(\w+)'|AnetApiSchema\.xsd:(\w+)' element is invalid/;

const AUTH = ['E00005', 'E00006', 'E00007', 'E00123', 'E00124'];
const INVALID = ['E00002', 'E00003', 'E00004', 'E00012', 'E00013', 'E00014', 'E00015', 'E00016', 'E00039', 'E00040', 'E00041', 'E00042', 'E00043'];
/** transactionResponse errorCodes: "An error occurred during processing. Please try again in 5 minutes." */
const PROCESSOR_RETRY = ['19', '20', '21', '22', '23', '25', '26', '57', '58', '59', '60', '61', '62', '63'];

export const provider: Provider = {
  name: 'authorize-net',
  display: 'Authorize.Net',
  aliases: ['authorizenet'],
  hints: ['authorize\\.net', 'authorizenet\\w*', 'net\\.authorize(?:\\.\\w+)*', 'net\\\\authorize(?:\\\\\\w+)*', 'AnetApi(?:Schema)?'],
  keys: { message: ['errorText'] },
  // The E-codes are the API's own: a body that carries one names it.
  bodyCodes: [...AUTH, 'E00001', 'E00008', 'E00009', 'E00010', 'E00011', 'E00027', 'E00044', 'E00104', ...INVALID].map((c) => c.toLowerCase()),
  links: {
    auth: 'https://developer.authorize.net/api/reference/index.html',
    permissions: 'https://developer.authorize.net/api/reference/responseCodes.html',
    plan: 'https://developer.authorize.net/api/reference/responseCodes.html',
    validation: 'https://developer.authorize.net/api/reference/responseCodes.html',
    transient: 'https://support.authorize.net/knowledgebase/article/KA-04306/en-us',
    outage: 'https://status.authorize.net',
  },
  rules: [
    // The transaction's own error first: E00027 only says it was unsuccessful.
    {
      id: 'authorize-net/processor-retry',
      category: 'transient',
      cause: 'processor error {code}',
      code: PROCESSOR_RETRY,
      destination: A,
      summary: 'Authorize.Net could not reach the payment processor ({code}: try again in 5 minutes)',
      fix: 'Retry later; check the gateway for an authorization before resubmitting, so the card is not charged twice.',
    },
    {
      id: 'authorize-net/merchant-login',
      category: 'auth',
      cause: '13 merchant login invalid',
      code: ['13'],
      destination: A,
      summary: 'Authorize.Net refused the merchant login ID or the account is inactive (13)',
      fix: 'Enter the API Login ID and Transaction Key of the live, active account (sandbox keys do not work on production); pause the sync until then.',
    },
    {
      id: 'authorize-net/invalid-credentials',
      category: 'auth',
      cause: '{code} authentication failed',
      code: AUTH,
      summary: 'Authorize.Net rejected the API Login ID, Transaction Key or access token ({code})',
      fix: 'Copy the API Login ID and a new Transaction Key from Account → Settings → API Credentials & Keys (and use the production endpoint with production keys), or reconnect the OAuth app; pause the sync until then.',
    },
    {
      id: 'authorize-net/inactive-user',
      category: 'auth',
      cause: 'E00008 account or API user inactive',
      code: ['E00008'],
      summary: 'Authorize.Net account or API user is inactive (E00008)',
      fix: 'Reactivate the API user (or the merchant account) in the Merchant Interface, or connect with credentials of an active user; pause the sync until then.',
    },
    {
      id: 'authorize-net/permission',
      category: 'permissions',
      cause: '{code} no permission',
      code: ['E00010', 'E00011'],
      summary: 'Authorize.Net user may not call this API method ({code})',
      fix: 'Give the API user the permission this call needs in the Merchant Interface (User Administration), or use a user that has it; keep syncing other records.',
    },
    {
      id: 'authorize-net/test-mode',
      category: 'plan',
      cause: 'E00009 account in Test Mode',
      code: ['E00009'],
      summary: 'Authorize.Net gateway account is in Test Mode: no live requests are processed (E00009)',
      fix: 'Turn Test Mode off in the Merchant Interface (Account → Settings → Test Mode) once the account is ready to go live; pause the sync until then.',
    },
    {
      id: 'authorize-net/service-not-enabled',
      category: 'plan',
      cause: 'E00044 CIM not enabled',
      code: ['E00044'],
      summary: 'Customer Information Manager is not enabled on the Authorize.Net account (E00044)',
      fix: 'Enable Customer Information Manager for the account (Merchant Interface or your reseller), or stop syncing customer profiles.',
    },
    {
      id: 'authorize-net/maintenance',
      category: 'outage',
      cause: 'E00104 maintenance',
      code: ['E00104'],
      summary: 'Authorize.Net servers in maintenance (E00104)',
      fix: 'Nothing to fix: retry after the maintenance (status.authorize.net); check the gateway for a processed payment before resubmitting.',
    },
    {
      id: 'authorize-net/processing-error',
      category: 'transient',
      cause: 'E00001 processing error',
      code: ['E00001'],
      summary: 'Authorize.Net had an unexpected error processing the request (E00001)',
      fix: 'Retried; contact Authorize.Net support with the refId if it persists.',
    },
    {
      id: 'authorize-net/invalid-request',
      category: 'validation',
      cause: '{code} request invalid',
      code: INVALID,
      fieldFrom: SCHEMA_FIELD,
      summary: 'Authorize.Net rejected the request for this record ({code})',
      fix: 'Fix the value or element order the error names (the JSON API is validated against its XML schema, so elements must come in the schema’s order), or the id of a profile that does not exist; retrying as is fails again.',
    },
    {
      id: 'authorize-net/transaction-unsuccessful',
      category: 'validation',
      cause: 'E00027 transaction unsuccessful',
      code: ['E00027'],
      summary: 'Authorize.Net declined or rejected this transaction (E00027)',
      fix: 'Read the transaction error in the sample (card declined, invalid or expired card, duplicate transaction, missing field); fix the payment data or ask for another card, never resubmit as is.',
    },
    // Lines that print the text only (XML bodies, SDK samples, exception messages).
    {
      id: 'authorize-net/auth-message',
      category: 'auth',
      cause: 'authentication failed',
      message: /User authentication failed due to invalid authentication values|The transaction key or API key is invalid or not present|The API user name is invalid or not present|The merchant login ID or password is invalid or the account is inactive/i,
      summary: 'Authorize.Net rejected the API Login ID or Transaction Key',
      fix: 'Copy the API Login ID and a new Transaction Key from Account → Settings → API Credentials & Keys (production keys for the production endpoint); pause the sync until then.',
    },
    {
      id: 'authorize-net/schema-message',
      category: 'validation',
      cause: 'E00003 request does not match the schema',
      message: new RegExp(SCHEMA_FIELD.source),
      fieldFrom: SCHEMA_FIELD,
      summary: 'Authorize.Net rejected the request: `{field}` does not match the API schema (E00003)',
      fix: 'Fix `{field}` (its value, or its place: the JSON API checks elements in the schema’s order); retrying as is fails again.',
    },
    {
      id: 'authorize-net/retry-message',
      category: 'transient',
      cause: 'processor error',
      message: /An error occurred during processing\. Please try again in 5 minutes/i,
      summary: 'Authorize.Net could not reach the payment processor (try again in 5 minutes)',
      fix: 'Retry later; check the gateway for an authorization before resubmitting, so the card is not charged twice.',
    },
  ],
};
