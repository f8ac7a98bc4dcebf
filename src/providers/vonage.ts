import type { Provider } from './provider.js';

/**
 * Vonage APIs, formerly Nexmo (`rest.nexmo.com` SMS API, `api.nexmo.com`, `api.vonage.com`,
 * `api-eu.vonage.com`…), SDKs `@vonage/server-sdk` / `@vonage/sms` (MessageSendAllFailure),
 * `vonage` and `vonage_*` (Python, `vonage_http_client.errors.AuthenticationError`,
 * `vonage_sms.errors.SmsError`), `com.vonage.client` (VonageApiResponseException), PHP
 * `Vonage\Client\Exception`, Ruby `Vonage::ClientError`; legacy `nexmo` packages. Two shapes:
 * - the SMS API (and Verify v1) answer HTTP 200 with a status per message: `{"message-count":"1",
 *   "messages":[{"status":"4","error-text":"Bad Credentials"}]}` (Verify: `"error_text"`). The
 *   statuses are bare numbers, so they decide Vonage lines only: 4 Invalid Credentials, 14 Invalid
 *   Signature, 32 Signature And API Secret Disallowed (auth); 11 Account Not Enabled For HTTP
 *   (permissions); 8 Partner Account Barred, 9 Partner Quota Violation ("You do not have
 *   sufficient credit", error-text "Quota Exceeded - rejected"), 29 Non-Whitelisted Destination
 *   (demo account: "Top-up your account to remove this limitation") (plan); 2 Missing Parameters,
 *   3 Invalid Parameters, 12 Message Too Long, 22 Invalid Network Code, 23 Invalid Callback Url,
 *   6 Invalid Message (unrecognised number prefix), 7 Number Barred, 33 Number De-activated,
 *   15 Invalid Sender Address ("Illegal Sender Address - rejected") (validation); 1 Throttled
 *   ("Throughput Rate Exceeded - please wait [ 250 ] and retry"), 10 Too Many Existing Binds,
 *   5 Internal Error (transient).
 * - the newer APIs answer RFC 7807 problems: `{"type":"https://developer.nexmo.com/api-errors#
 *   unauthorized","title":"Invalid credentials supplied","detail":"You did not provide correct
 *   credentials.","instance":"…"}` (also `www.developer.vonage.com/api-errors#…`), validation
 *   problems with `"invalid_parameters":[{"name":"brand","reason":"Brand is required"}]`. Generic
 *   types: unauthorized, invalid-api-key, jwt-expired, jwt-revoked, invalid-signature (auth);
 *   forbidden, unprovisioned, invalid-ip, application-suspended (permissions); low-balance,
 *   quota-exceeded, account-suspended (plan); invalid-params, invalid-json, invalid-id (validation);
 *   throttled (transient).
 * Sources: developer.vonage.com/api-errors (generic types) and /api-errors/sms, developer.vonage.com/
 * messaging/sms/guides/troubleshooting-sms; Vonage/vonage-dotnet-sdk SmsStatusCode;
 * Vonage/vonage-python-sdk vonage_sms (SmsError text) and vonage_http_client/errors.py;
 * Vonage/vonage-php-sdk-core Verify2 fixtures (invalid_parameters, throttled); Vonage Java and
 * Kotlin SDK tests (401 bodies); real SMS bodies in nyaruka/courier tests (status 1 wording) and
 * public issues ("Non White-listed Destination - rejected", "Quota Exceeded - rejected").
 */
const V = ['vonage'];

/** Where the problem types live: Nexmo's old docs host and Vonage's. */
const TYPE_BASES = ['https://developer.nexmo.com/api-errors', 'https://developer.vonage.com/api-errors', 'https://www.developer.vonage.com/api-errors', 'https://developer.vonage.com/en/api-errors'];
const typeUrls = (slugs: string[]): string[] => slugs.flatMap((s) => TYPE_BASES.map((b) => `${b}#${s}`));
/** The type URL in text (the PHP and Python SDKs print it: "See https://…/api-errors#invalid-params"). */
const typeText = (slugs: string[]): RegExp => new RegExp(`developer\\.(?:nexmo|vonage)\\.com/(?:en/)?api-errors#(?:${slugs.join('|')})\\b`);

const AUTH = ['unauthorized', 'invalid-api-key', 'jwt-expired', 'jwt-revoked', 'invalid-signature'];
const FORBIDDEN = ['forbidden', 'unprovisioned', 'invalid-ip', 'application-suspended'];
const CREDIT = ['low-balance', 'quota-exceeded', 'account-suspended'];
const INVALID = ['invalid-params', 'invalid-json', 'invalid-id'];
const THROTTLED = ['throttled'];

/** The parameter an SMS error-text names: "Missing to param", "Invalid from param". */
const PARAM = /\b(?:Missing|Invalid) ([a-z][\w-]{0,30}) param\b/;

export const provider: Provider = {
  name: 'vonage',
  display: 'Vonage',
  aliases: ['nexmo'],
  hints: [
    '(?:rest|api|api-\\w+)\\.nexmo\\.com',
    'api(?:-\\w+)?\\.vonage\\.com',
    'developer\\.(?:nexmo|vonage)\\.com/(?:en/)?api-errors',
    '@vonage/[\\w-]+',
    'vonage_(?:sms|http_client|messages|verify2?|voice|utils|account)(?:\\.\\w+)*',
    'com\\.(?:vonage|nexmo)\\.client(?:\\.\\w+)*',
    '(?:Vonage|Nexmo)(?:\\\\|::)\\w+',
    '(?:Vonage|Nexmo)\\w*(?:Exception|Error)',
    'MessageSend(?:All|Partial)Failure',
    'vonage',
    'nexmo',
  ],
  keys: { message: ['error-text', 'error_text'] },
  // The problem types are Vonage's own URLs.
  bodyCodes: typeUrls([...AUTH, ...FORBIDDEN, ...CREDIT, ...INVALID, ...THROTTLED]),
  // invalid_parameters: [{"name": "brand", "reason": "Brand is required"}]
  fieldShapes: [{ key: 'name', beside: 'reason' }],
  links: {
    auth: 'https://dashboard.nexmo.com/settings',
    permissions: 'https://developer.vonage.com/en/api-errors#forbidden',
    plan: 'https://dashboard.nexmo.com/billing-and-payments',
    validation: 'https://developer.vonage.com/en/api-errors/sms',
    transient: 'https://developer.vonage.com/en/messaging/sms/guides/troubleshooting-sms',
    outage: 'https://vonageapi.statuspage.io',
  },
  rules: [
    {
      id: 'vonage/unauthorized',
      category: 'auth',
      cause: 'invalid credentials',
      code: ['4', '14', '32', ...typeUrls(AUTH)],
      destination: V,
      summary: 'Vonage rejected the API key / secret, signature or JWT',
      fix: 'Update the connection with a valid API key and secret (or signature secret, or a JWT from the application’s private key); pause the sync until then.',
    },
    {
      id: 'vonage/forbidden',
      category: 'permissions',
      cause: 'not permitted',
      code: ['11', ...typeUrls(FORBIDDEN)],
      destination: V,
      summary: 'Vonage account or application may not use this API (not provisioned, IP not allowed or suspended application)',
      fix: 'Enable the product for the account or application in the Vonage Dashboard (or add the sync’s IP to the allow list); keep syncing what works.',
    },
    // 29 first: a demo account, not an empty balance.
    {
      id: 'vonage/demo-account',
      category: 'plan',
      cause: '29 non-whitelisted destination',
      code: ['29'],
      destination: V,
      summary: 'Vonage account in demo mode: it can only send to whitelisted test numbers (29)',
      fix: 'Top up the Vonage account to leave demo mode (or add the recipients as test numbers); pause the sync if every recipient is affected.',
    },
    {
      id: 'vonage/out-of-credit',
      category: 'plan',
      cause: 'out of credit or barred',
      code: ['8', '9', ...typeUrls(CREDIT)],
      destination: V,
      summary: 'Vonage account out of credit or suspended',
      fix: 'Top up the Vonage balance (or settle the suspension with Vonage support); pause the sync until then.',
    },
    {
      id: 'vonage/throttled',
      category: 'transient',
      cause: 'throttled',
      code: ['1', '10', ...typeUrls(THROTTLED)],
      destination: V,
      summary: 'Vonage throughput limit',
      fix: 'Retry after the wait Vonage names; keep under the account’s messages-per-second limit.',
    },
    {
      id: 'vonage/internal-error',
      category: 'transient',
      cause: '5 internal error',
      code: ['5'],
      destination: V,
      summary: 'Vonage platform error while processing the message (5)',
      fix: 'Retried; contact Vonage support if it persists.',
    },
    {
      id: 'vonage/invalid-recipient',
      category: 'validation',
      cause: '{code} undeliverable recipient',
      code: ['6', '7', '33'],
      destination: V,
      summary: 'Recipient number Vonage cannot send to ({code}: unrecognised prefix, barred or de-activated)',
      fix: 'Fix or suppress the number at the source (E.164 with country code); never retry the same number.',
    },
    {
      id: 'vonage/invalid-sender',
      category: 'validation',
      cause: '15 invalid sender address',
      code: ['15'],
      destination: V,
      summary: 'Sender ID (from) not allowed for this destination (15)',
      fix: 'Send from a Vonage virtual number or short code (required in North America) or a sender ID registered for the country.',
    },
    {
      id: 'vonage/invalid-params',
      category: 'validation',
      cause: 'invalid parameters',
      code: ['2', '3', '12', '22', '23', ...typeUrls(INVALID)],
      destination: V,
      fieldFrom: PARAM,
      summary: 'Vonage rejected the request parameters (`{field}`)',
      fix: 'Fix the parameter the error names (missing to/from/text, message length, callback URL); retrying the same request fails again.',
    },
    // The SDKs' text and Vonage's own error-text wording.
    {
      id: 'vonage/unauthorized-message',
      category: 'auth',
      cause: 'invalid credentials',
      message: new RegExp(`${typeText(AUTH).source}|Sms\\.send_message method failed with error code (?:4|14|32)\\b|\\bvonage_http_client\\.errors\\.AuthenticationError\\b`),
      summary: 'Vonage rejected the API key / secret, signature or JWT',
      fix: 'Update the connection with a valid API key and secret (or a JWT from the application’s private key); pause the sync until then.',
    },
    {
      id: 'vonage/demo-account-message',
      category: 'plan',
      cause: '29 non-whitelisted destination',
      message: /\bNon[ -]White-?listed Destination\b|Sms\.send_message method failed with error code 29\b/i,
      summary: 'Vonage account in demo mode: it can only send to whitelisted test numbers (29)',
      fix: 'Top up the Vonage account to leave demo mode (or add the recipients as test numbers).',
    },
    {
      id: 'vonage/out-of-credit-message',
      category: 'plan',
      cause: 'out of credit',
      message: new RegExp(`${typeText(CREDIT).source}|\\bQuota Exceeded - rejected\\b|Sms\\.send_message method failed with error code (?:8|9)\\b`),
      summary: 'Vonage account out of credit or suspended',
      fix: 'Top up the Vonage balance (or settle the suspension with Vonage support); pause the sync until then.',
    },
    {
      id: 'vonage/throttled-message',
      category: 'transient',
      cause: 'throttled',
      message: new RegExp(`${typeText(THROTTLED).source}|\\bThroughput Rate Exceeded - please wait\\b|Sms\\.send_message method failed with error code (?:1|10)\\b|\\bvonage_http_client\\.errors\\.RateLimitedError\\b`),
      summary: 'Vonage throughput limit',
      fix: 'Retry after the wait Vonage names; keep under the account’s messages-per-second limit.',
    },
    {
      id: 'vonage/invalid-params-message',
      category: 'validation',
      cause: 'invalid parameters',
      message: new RegExp(`${typeText(INVALID).source}|\\bIllegal Sender Address - rejected\\b|Sms\\.send_message method failed with error code (?:2|3|6|7|12|15|22|23|33)\\b`),
      fieldFrom: PARAM,
      summary: 'Vonage rejected the request parameters (`{field}`)',
      fix: 'Fix the parameter the error names (to, from, text, callback URL); retrying the same request fails again.',
    },
  ],
};
