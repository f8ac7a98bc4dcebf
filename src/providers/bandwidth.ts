import type { Provider } from './provider.js';

/**
 * Bandwidth (CPaaS): the Messaging API v2 (`https://messaging.bandwidth.com/api/v2/users/<account>/
 * messages`), the Voice API v2 (`voice.bandwidth.com`), MFA and Numbers, through the SDKs
 * (Python `bandwidth.exceptions.ApiException` / `UnauthorizedException` / `ForbiddenException`,
 * Ruby `Bandwidth::…`, Node `@bandwidth/messaging`, Java `com.bandwidth.sdk`). Two kinds of
 * error:
 * - HTTP answers to the request: `{"type": "request-validation", "description": "Your request
 *   could not be accepted", "fieldErrors": [{"fieldName": "to", "description": …}]}` (400),
 *   `{"type": "unauthorized", "description": "Authentication Failed"}` (401), `{"type":
 *   "forbidden", "description": "Access Denied"}` (403: the user lacks the API's role), and
 *   429 `{"type": "max-message-queue-size-exceeded", "description": "The SMS queue for your
 *   account is full …"}` (messaging) or `{"type": "error", "description": "Account call creation
 *   rate limit exceeded"}` (voice); voice 503 `{"type": "system-overloaded", "description":
 *   "Managing too many concurrent calls"}` is to be retried. The statuses alone are the generic
 *   rules'.
 * - Delivery failures, posted later to the callback as `message-failed` with a four-digit
 *   `errorCode` and a kebab `description`: 4xxx are the customer's (Bandwidth says repeating the
 *   request gives the same result), 5xxx service failures (a retry may succeed), 9xxx ambiguous.
 *   Within 4xxx: the recipient or content is refused (4301–4412, 4434–4492, 47xx carrier
 *   rejections: invalid, deactivated or landline numbers, opt-outs): validation; spam filtering
 *   (4470, 4770–4772): validation of the content; the sending number or application id is not
 *   the account's (4403, 4405, 4407, 4451, 4452): validation of the configuration; the account
 *   is not enabled for short code, toll-free, the country or the destination, or the sender's
 *   registration is missing (4421, 4431–4433, 4481, 4773, 4774, 4795; 4780 T-Mobile's daily
 *   brand cap): plan; 4001 service-not-allowed and 4493 rejected-unauthorized: permissions;
 *   4781 / 4785 carrier throttling: transient.
 * Sources: Bandwidth/api-docs site/docs/messaging/errors.mdx (HTTP bodies, the error-code
 * schema and tables), site/docs/voice/errors.mdx (voice HTTP bodies); dev.bandwidth.com/docs/
 * messaging/errors and /docs/voice/errors; Bandwidth/python-sdk tests (bandwidth.exceptions);
 * public webhook handlers' message-failed payloads (`type`, `errorCode`, `description`).
 */
const B = ['bandwidth'];

export const provider: Provider = {
  name: 'bandwidth',
  display: 'Bandwidth',
  aliases: ['bandwidthcom'],
  hints: [
    '(?:[\\w-]+\\.)+bandwidth\\.com',
    'bandwidth\\.exceptions\\.\\w+',
    'Bandwidth::\\w+',
    '@bandwidth/[\\w-]+',
    'com\\.bandwidth\\.sdk(?:\\.\\w+)*',
    'bandwidth-sdk',
  ],
  // Code values only its bodies carry: the messaging callback's type and the HTTP error types.
  bodyCodes: ['message-failed', 'max-message-queue-size-exceeded', 'request-validation'],
  keys: { field: ['fieldName'] },
  links: {
    auth: 'https://dev.bandwidth.com/docs/account/credentials',
    permissions: 'https://dev.bandwidth.com/docs/messaging/errors',
    plan: 'https://dev.bandwidth.com/docs/messaging/errors',
    validation: 'https://dev.bandwidth.com/docs/messaging/errors',
    transient: 'https://dev.bandwidth.com/docs/messaging/rateLimits',
  },
  rules: [
    {
      id: 'bandwidth/recipient-rejected',
      category: 'validation',
      cause: 'message-failed {code}',
      code: ['4301', '4302', '4303', '4350', '4360', '4401', '4404', '4406', '4408', '4409', '4410', '4411', '4412', '4434', '4435', '4482', '4492', '4700', '4711', '4712', '4720', '4721', '4740', '4750', '4751', '4752', '4775', '4790', '4791', '4792', '4793'],
      destination: B,
      summary: 'Bandwidth or the carrier refused the message for its recipient or content (error {code})',
      fix: 'Fix the record: a valid E.164 number that can receive SMS/MMS (not a landline, deactivated or opted-out number), supported media of allowed size; repeating the same message gives the same result.',
    },
    {
      id: 'bandwidth/spam-filtered',
      category: 'validation',
      cause: 'filtered as spam {code}',
      code: ['4470', '4770', '4771', '4772'],
      destination: B,
      summary: 'Bandwidth or the carrier blocked the message as spam (error {code})',
      fix: 'Change the content (no public URL shorteners, no SHAFT content) and check the sender’s volume and reputation; resending it unchanged is blocked again.',
    },
    {
      id: 'bandwidth/sender-config',
      category: 'validation',
      cause: 'sender not on the account {code}',
      code: ['4403', '4405', '4407', '4451', '4452'],
      destination: B,
      summary: 'Bandwidth refused the sending number or application id (error {code})',
      fix: 'Send from a number that belongs to the account and is enabled for messaging, with that account’s user and application id; every message from it fails until then.',
    },
    {
      id: 'bandwidth/not-provisioned',
      category: 'plan',
      cause: 'account or sender not provisioned {code}',
      code: ['4421', '4431', '4432', '4433', '4481', '4773', '4774', '4780', '4795'],
      destination: B,
      summary: 'Bandwidth account or sender not enabled or registered for this traffic (error {code})',
      fix: 'Have the account enabled for the traffic (short code, toll-free, the country), register or verify the sender (10DLC campaign, toll-free verification), or stay within the brand’s daily cap; sending fails until then.',
    },
    {
      id: 'bandwidth/not-allowed',
      category: 'permissions',
      cause: 'service not allowed {code}',
      code: ['4001', '4493'],
      destination: B,
      summary: 'Bandwidth says the sender is not allowed this service (error {code})',
      fix: 'Check the API user’s roles and the account’s messaging settings in the Bandwidth Dashboard, or ask Bandwidth support which permission the service needs.',
    },
    {
      id: 'bandwidth/carrier-throttled',
      category: 'transient',
      cause: 'carrier volumetric limit {code}',
      code: ['4781', '4785', '5600'],
      destination: B,
      summary: 'The carrier throttled the sender (error {code})',
      fix: 'Back off and resend later at the campaign’s approved throughput; if it recurs, review the 10DLC campaign’s limits.',
    },
    {
      id: 'bandwidth/service-failure',
      category: 'transient',
      cause: 'service failure {code}',
      code: ['5100', '5101', '5106', '5111', '5201', '5211', '5220', '5231', '5500', '5501', '5610', '5620', '5630', '5650'],
      destination: B,
      summary: 'Bandwidth or the carrier failed to send the message (error {code})',
      fix: 'Resend once later; Bandwidth’s own failures clear on retry, carrier ones may not (limit to a single retry).',
    },
    {
      id: 'bandwidth/queue-full',
      category: 'transient',
      cause: 'max-message-queue-size-exceeded',
      code: ['max-message-queue-size-exceeded'],
      summary: 'Bandwidth’s message queue for the account is full (sending above the allowed rate)',
      fix: 'Slow the send rate to the account’s allowed messages per minute and retry; ask Bandwidth to raise the rate if the volume is normal.',
    },
    {
      id: 'bandwidth/voice-overloaded',
      category: 'transient',
      cause: 'system-overloaded',
      code: ['system-overloaded'],
      destination: B,
      summary: 'Bandwidth Voice is managing too many concurrent calls (HTTP 503)',
      fix: 'Retry the call creation later; open a support ticket if it keeps answering 503.',
    },
  ],
};
