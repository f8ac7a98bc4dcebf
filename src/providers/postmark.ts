import type { Provider } from './provider.js';

/**
 * Postmark (`api.postmarkapp.com`), clients `postmark` (Node), `postmark-php`
 * (`Postmark\Models\PostmarkException`), `postmarker` / `postmark` (Python), `postmark-gem`.
 * Errors are `{"ErrorCode": 10, "Message": "…"}` beside an HTTP 401 or 422; the number decides:
 * - 10 (bad or missing API token; also a Server token sent where an Account token is needed and
 *   back): auth.
 * - 405 (not allowed to send: the account ran out of credits), 412 (account pending), 413 (account
 *   may not send): plan.
 * - 400/401 (sender signature not found / not confirmed): permissions: the sender is not one the
 *   account may use.
 * - 300 (invalid email request), 406 (inactive recipient), 402/403/409 (JSON), 410 (too many batch
 *   messages), 411 (forbidden attachment type): validation.
 * - 100 (maintenance): outage; 429: transient.
 * Sources: postmarkapp.com/developer/api/overview#error-codes; the PHP client's PostmarkException
 * text ("Unauthorized: Missing or incorrect API token in header"); the Ruby gem's error classes
 * (`Postmark::InactiveRecipientError`, `Postmark::InvalidApiKeyError`).
 */
const P = ['postmark'];

export const provider: Provider = {
  name: 'postmark',
  display: 'Postmark',
  hints: ['api\\.postmarkapp\\.com', 'postmarkapp\\.com', 'PostmarkException', 'Postmark::\\w+', 'Postmark\\\\Models', 'postmark-php', 'postmarker', 'PostmarkClient\\w*', 'Sender signature not (?:defined|found|confirmed) for (?:the )?From address'],
  keys: { code: ['ErrorCode'], message: ['Message'] },
  links: {
    auth: 'https://postmarkapp.com/developer/api/overview#authentication',
    permissions: 'https://postmarkapp.com/support/article/1046-how-do-i-verify-a-domain',
    plan: 'https://account.postmarkapp.com/billing',
    validation: 'https://postmarkapp.com/developer/api/overview#error-codes',
    outage: 'https://status.postmarkapp.com',
    transient: 'https://status.postmarkapp.com',
  },
  rules: [
    {
      id: 'postmark/api-token',
      category: 'auth',
      cause: 'ErrorCode 10',
      code: ['10'],
      destination: P,
      summary: 'Postmark rejected the API token (missing, wrong, or the other kind of token)',
      fix: 'Send the Server token for sending calls and the Account token for account calls (API Tokens tab); pause the sync until then.',
    },
    {
      id: 'postmark/api-token-message',
      category: 'auth',
      cause: 'ErrorCode 10',
      message: /Missing or incorrect API token in header|\bPostmark::InvalidApiKeyError\b|does not contain a valid (?:Server|Account) token|do not include (?:Account|Server) API Token for (?:Server|Account) API Token calls/i,
      summary: 'Postmark rejected the API token (missing, wrong, or the other kind of token)',
      fix: 'Send the Server token for sending calls and the Account token for account calls (API Tokens tab); pause the sync until then.',
    },
    {
      id: 'postmark/may-not-send',
      category: 'plan',
      cause: 'ErrorCode {code}',
      code: ['405', '412', '413'],
      destination: P,
      summary: 'Postmark account may not send (out of credits, pending approval or suspended)',
      fix: 'Buy credits or upgrade the plan, or finish the account approval; pause sending until then.',
    },
    {
      id: 'postmark/sender-signature',
      category: 'permissions',
      cause: 'ErrorCode {code}',
      code: ['400', '401'],
      destination: P,
      summary: 'Postmark sender signature not found or not confirmed',
      fix: 'Add and confirm the From address or its domain as a Sender Signature, or map a confirmed sender.',
    },
    // Its wording of 400 / 401 when a client relays the message without the number.
    {
      id: 'postmark/sender-signature-message',
      category: 'permissions',
      cause: 'sender signature',
      message: /Sender signature not (?:defined|found|confirmed) for (?:the )?From address/i,
      summary: 'Postmark sender signature not found or not confirmed',
      fix: 'Add and confirm the From address or its domain as a Sender Signature, or map a confirmed sender.',
    },
    {
      id: 'postmark/invalid-request',
      category: 'validation',
      cause: 'ErrorCode {code}',
      code: ['300', '402', '403', '406', '409', '410', '411'],
      destination: P,
      summary: 'Postmark rejected the message (ErrorCode {code}: invalid request, inactive recipient or attachment)',
      fix: 'Fix the message the sample shows (address, JSON, batch size, attachment type); an inactive recipient has bounced or complained: drop it.',
    },
    {
      id: 'postmark/inactive-recipient',
      category: 'validation',
      cause: 'ErrorCode 406',
      // The gem raises its own class without the number.
      message: /\bInactiveRecipientError\b|recipient\(?s?\)? that have been marked as inactive/,
      destination: P,
      summary: 'Postmark refused an inactive recipient (hard bounce, spam complaint or manual suppression)',
      fix: 'Drop or suppress the address in the source (it bounced or complained); reactivate it in Postmark only if the cause is fixed.',
    },
    {
      id: 'postmark/maintenance',
      category: 'outage',
      cause: 'ErrorCode 100',
      code: ['100'],
      destination: P,
      summary: 'Postmark is down for maintenance',
      fix: 'Nothing to fix: wait for Postmark to come back (status page), then resume.',
    },
  ],
};
