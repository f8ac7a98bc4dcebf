import type { Provider } from './provider.js';

/**
 * Plivo (`api.plivo.com/v1/Account/<auth_id>/…`). REST errors are `{"api_id":"…","error":"…"}`,
 * the status deciding as Plivo's response page defines it: 400 a missing or invalid parameter,
 * 401 authentication failed (auth id / auth token), 403 forbidden (for calls and messages to a
 * country not enabled in Geo Permissions), 404 not found, 405, 409, 422, 429 rate limited, 500
 * Plivo's side. When the balance runs out, queued messages fail with error code 900 and for two
 * minutes every send answers "Insufficient Credit".
 * Message delivery failures carry an `error_code` in the Message Detail Record and the status
 * callback (`"message_state":"failed","error_code":"900"`): 10 invalid message and 30 spam
 * detected (rejected by the carrier for its content or sender), 40 invalid source number (not
 * SMS-enabled or not this account's): validation; 20 network error ("a temporary error"):
 * transient; 900 insufficient credit: plan. The codes are bare numbers, so
 * they decide Plivo's lines only.
 * SDKs: plivo-python raises `plivo.exceptions.ValidationError` (400), `AuthenticationError` (401,
 * "Failed to authenticate while accessing resource at: …", or "Invalid auth_id supplied"),
 * `ForbiddenError` / `GeoPermissionError` (403), `ResourceNotFoundError` (404),
 * `InvalidRequestError` (405, 409, 422), `PlivoServerError` (500), else `PlivoRestError`
 * ("Received status code 403 for the HTTP method \"POST\""); plivo-php
 * `Plivo\Exceptions\PlivoAuthenticationException`, `PlivoValidationException`,
 * `PlivoNotFoundException`, `PlivoTooManyRequestsException`, `PlivoServerException`.
 * Sources: plivo.com/docs/messaging/api/response and /voice/api/response (statuses);
 * plivo.com/docs/messaging/troubleshooting/error-codes (10, 20, 30, 40, …); support.plivo.com
 * article 17000088423 (900 and "Insufficient Credit"); plivo/plivo-python plivo/exceptions.py and
 * plivo/rest/client.py (status → class and messages); plivo/plivo-php src/Plivo/Exceptions;
 * plivo/plivo-python #169, #201; plivo/plivo-php #367.
 */
const P = ['plivo'];

export const provider: Provider = {
  name: 'plivo',
  display: 'Plivo',
  // "plivo" starts the host and every client name (`api.plivo.com`, `plivo.exceptions`,
  // `Plivo\Exceptions`, `PlivoRestException`).
  hints: ['(?:[\\w-]+\\.)?plivo\\.com', 'plivo\\w*'],
  links: {
    auth: 'https://console.plivo.com/dashboard/',
    permissions: 'https://support.plivo.com',
    plan: 'https://support.plivo.com/support/solutions/articles/17000088423',
    validation: 'https://www.plivo.com/docs/messaging/troubleshooting/error-codes',
    transient: 'https://www.plivo.com/docs/messaging/troubleshooting/error-codes',
    outage: 'https://status.plivo.com',
  },
  rules: [
    {
      id: 'plivo/insufficient-credit',
      category: 'plan',
      cause: 'Insufficient Credit',
      message: /\bInsufficient Credit\b/i,
      destination: P,
      summary: 'Plivo balance too low to send',
      fix: 'Recharge the Plivo account (or turn on auto-recharge); sends fail until the credit is back.',
    },
    {
      id: 'plivo/account-credit-code',
      category: 'plan',
      cause: '{code} account cannot send',
      code: ['900'],
      destination: P,
      summary: 'Plivo refused the message: insufficient credit ({code})',
      fix: 'Recharge the Plivo balance; every queued message fails until then.',
    },
    {
      id: 'plivo/network-error',
      category: 'transient',
      cause: '20 network error',
      code: ['20'],
      destination: P,
      summary: 'The carrier delivering the message had network issues (20)',
      fix: 'Retry the message later; the carrier network error is temporary.',
    },
    {
      id: 'plivo/message-rejected',
      category: 'validation',
      cause: '{code} message rejected',
      code: ['10', '30', '40'],
      destination: P,
      summary: 'Plivo or the carrier rejected the message ({code}: invalid message, spam detected or invalid source number)',
      fix: 'Fix the message content or the sender: send from an SMS-enabled number of this account (a short code or registered number for bulk US traffic); resending as is fails again.',
    },
    {
      id: 'plivo/sdk-auth',
      category: 'auth',
      cause: 'authentication failed',
      message: /\bplivo\.exceptions\.AuthenticationError\b|\bPlivoAuthenticationException\b|\bFailed to authenticate while accessing resource\b|\bInvalid auth_id supplied\b/,
      summary: 'Plivo rejected the auth id or auth token',
      fix: 'Copy the Auth ID and Auth Token from the Plivo console again (a subaccount has its own); pause the sync until then.',
    },
    {
      id: 'plivo/geo-permission',
      category: 'permissions',
      cause: 'destination country not enabled',
      message: /\bGeoPermissionError\b/,
      summary: 'Plivo account may not call or message this country (Geo Permissions)',
      fix: 'Enable the destination country in the Plivo console’s Geo Permissions (voice or messaging); keep sending to other countries.',
    },
    {
      id: 'plivo/sdk-validation',
      category: 'validation',
      cause: 'request rejected',
      message: /\bplivo\.exceptions\.(?:ValidationError|InvalidRequestError|ResourceNotFoundError)\b|\bPlivo(?:Validation|NotFound)Exception\b|\bA parameter is missing or is invalid while accessing resource\b/,
      summary: 'Plivo rejected the request for this record',
      fix: 'Fix the parameter Plivo names (a src or dst number in E.164, a UUID that does not exist); retrying as is fails again.',
    },
  ],
};
