import type { RuleCase } from '../rule-tester.js';

/**
 * Postmark: `{"ErrorCode": N, "Message": "…"}`; the number decides.
 * Sources: postmarkapp.com/developer/api/overview#error-codes (10, 100, 300, 400, 401, 405, 406,
 * 412, 413); the PHP client's PostmarkException message; the Node client's error text.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const postmarkCases: RuleCase[] = [
  {
    line: 'ERROR POST https://api.postmarkapp.com/email -> 401 {"ErrorCode":10,"Message":"No Account or Server API tokens were supplied in the HTTP headers. Please add a header for either X-Postmark-Server-Token or X-Postmark-Account-Token."}',
    category: 'auth',
    destination: 'postmark',
    cause: 'ErrorCode 10',
    rule: 'postmark/api-token',
    note: 'ErrorCode 10: bad or missing API token',
  },
  {
    line: "PHP Fatal error: Uncaught Postmark\\Models\\PostmarkException: Unauthorized: Missing or incorrect API token in header. Please verify that you used the correct token when you constructed your client.",
    category: 'auth',
    destination: 'postmark',
    rule: 'postmark/api-token-message',
    note: 'postmark-php wording of the 401',
  },
  {
    line: j({ level: 'error', destination: 'postmark', status: 422, body: { ErrorCode: 405, Message: 'Not allowed to send: you have run out of credits.' } }),
    category: 'plan',
    rule: 'postmark/may-not-send',
    note: 'ErrorCode 405: out of credits',
  },
  {
    line: j({ level: 'error', destination: 'postmark', status: 422, body: { ErrorCode: 400, Message: "The 'From' address you supplied (news@acme.io) is not a Sender Signature on your account." } }),
    category: 'permissions',
    rule: 'postmark/sender-signature',
    note: 'ErrorCode 400: sender signature not found',
  },
  {
    line: j({ level: 'error', destination: 'postmark', status: 422, body: { ErrorCode: 406, Message: 'You tried to send to recipient(s) that have been marked as inactive.' } }),
    category: 'validation',
    cause: 'ErrorCode 406',
    rule: 'postmark/invalid-request',
    note: 'ErrorCode 406: inactive recipient (bounced or complained)',
  },
  {
    line: j({ level: 'error', destination: 'postmark', status: 503, body: { ErrorCode: 100, Message: 'Maintenance' } }),
    category: 'outage',
    rule: 'postmark/maintenance',
    note: 'ErrorCode 100: maintenance',
  },
];

/** The Ruby gem raises its own classes (postmark-gem lib/postmark/error.rb), without the ErrorCode. */
export const postmarkGemCases: RuleCase[] = [
  {
    line: 'E, [2026-05-11T09:02:11.514 #4121] ERROR -- : Postmark::InactiveRecipientError: You tried to send to recipient(s) that have been marked as inactive. Found inactive addresses: jo@example.org.',
    category: 'validation',
    destination: 'postmark',
    rule: 'postmark/inactive-recipient',
    note: 'InactiveRecipientError: drop or suppress the address',
  },
  {
    line: 'ERROR sending digest failed: Postmark::InvalidApiKeyError (The Server Token you provided in the X-Postmark-Server-Token request header was invalid.)',
    category: 'auth',
    destination: 'postmark',
    rule: 'postmark/api-token-message',
    note: 'InvalidApiKeyError: the token is wrong',
  },
  {
    line: 'mailer.send failed for order 5521: Sender signature not confirmed for the From address (billing@shop.example)',
    category: 'permissions',
    destination: 'postmark',
    rule: 'postmark/sender-signature-message',
    note: 'the wording without ErrorCode 401',
  },
];
