import type { Provider } from './provider.js';

/**
 * Telnyx (`api.telnyx.com/v2/…`). Errors are JSON:API-like lists whose codes are Telnyx's own
 * numbers as strings: `{"errors":[{"code":"10009","title":"Authentication failed","detail":"The
 * required authentication headers were either invalid or not included in the request.","source":
 * {"pointer":"/to"},"meta":{"url":"https://developers.telnyx.com/docs/overview/errors/10009"}}]}`.
 * General API codes (the error catalog):
 * - 10009 Authentication failed (API key missing or invalid): auth.
 * - 10010 Authorization failed ("You do not have permission to perform the requested action"):
 *   permissions.
 * - 10011 Too many requests: transient; 10007 Unexpected error, 10008 Request timeout: transient.
 * - 10001 inactive / 10002 invalid phone number, 10003 invalid URL, 10004 missing required parameter
 *   (`source.pointer` names it), 10005 resource not found, 10006 invalid ID, 10012 duplicate,
 *   10013 missing association, 10014 unsupported media type, 10015 bad request, 10016 number not in
 *   +E.164, 10017 associated resource does not exist, 10018–10023 (sort direction, email, type,
 *   resource in use, invalid IDs, invalid JSON): validation.
 * Messaging delivery errors (message detail records and `message.finalized` webhooks, `errors[]` of
 * the payload): 40001 not routable (landline), 40003 blocked as spam (permanent), 40007 loop,
 * 40008 undeliverable, 40009 invalid message body, 40012 invalid destination number, 40013 invalid
 * source number, 40015 internal spam filter: the message's or number's own (validation); 40002 spam
 * (temporary), 40004 rejected by destination (retry after a delay), 40005 expired, 40006 recipient
 * carrier down, 40011 upstream rate limit, 40014 expired in queue: transient.
 * The numbers are Telnyx's only on Telnyx's lines (its hosts, the error URL in `meta.url`, the SDKs,
 * `messaging_profile_id` in messaging payloads).
 * Client libraries: telnyx (Node, Stainless: AuthenticationError / PermissionDeniedError /
 * RateLimitError…, message "<status> <body>"; telnyx-node 1.x TelnyxAuthenticationError,
 * TelnyxPermissionError, TelnyxRateLimitError, TelnyxInvalidParametersError…), telnyx (Python,
 * telnyx.error.*), telnyx-ruby.
 * Sources: developers.telnyx.com/development/api-fundamentals/api-errors (code table) and
 * /docs/messaging/messages/error-codes (delivery errors); support.telnyx.com "Telnyx Messaging
 * Error Codes"; team-telnyx/telnyx-ruby test/test_data.rb (10009, 10010, 10005, 10011, 10004, 10007
 * bodies); team-telnyx/telnyx-node src/core/error.ts and lib/Error.js (1.x error classes);
 * call-control OpenAPI example (10009 with meta.url).
 */
const T = ['telnyx'];

export const provider: Provider = {
  name: 'telnyx',
  display: 'Telnyx',
  hints: ['(?:[\\w-]+\\.)*telnyx\\.com', 'Telnyx\\w*(?:Error|Exception)', 'telnyx'],
  // Messaging webhooks and detail records name the messaging profile, Telnyx's own key.
  bodyKeys: ['messaging_profile_id'],
  links: {
    auth: 'https://developers.telnyx.com/development/api-fundamentals/api-errors',
    permissions: 'https://developers.telnyx.com/development/api-fundamentals/api-errors',
    plan: 'https://developers.telnyx.com/development/api-fundamentals/api-errors',
    validation: 'https://developers.telnyx.com/development/api-fundamentals/api-errors',
    transient: 'https://developers.telnyx.com/docs/messaging/messages/error-codes/index',
    outage: 'https://status.telnyx.com',
  },
  rules: [
    {
      id: 'telnyx/authentication-failed',
      category: 'auth',
      cause: '10009 authentication failed',
      code: ['10009'],
      destination: T,
      summary: 'Telnyx rejected the API key (10009)',
      fix: 'Send a valid API v2 key as `Authorization: Bearer <key>` (Portal → API Keys; a deleted or v1 key fails); pause the sync until then.',
    },
    {
      id: 'telnyx/authorization-failed',
      category: 'permissions',
      cause: '10010 authorization failed',
      code: ['10010'],
      destination: T,
      summary: 'Telnyx API key may not act on this resource (10010)',
      fix: 'Use a key of the account that owns the resource (or grant the managed account access), and check the account level the feature needs; keep syncing other records.',
    },
    {
      id: 'telnyx/too-many-requests',
      category: 'transient',
      cause: '10011 too many requests',
      code: ['10011'],
      destination: T,
      summary: 'Telnyx rate limit (10011)',
      fix: 'Retry with backoff; spread the requests out.',
    },
    {
      id: 'telnyx/unexpected-error',
      category: 'transient',
      cause: '{code} server error',
      code: ['10007', '10008'],
      destination: T,
      summary: 'Telnyx server error or timeout ({code})',
      fix: 'Retried; check status.telnyx.com if it persists.',
    },
    {
      id: 'telnyx/invalid-request',
      category: 'validation',
      cause: '{code} invalid request',
      code: ['10001', '10002', '10003', '10004', '10005', '10006', '10012', '10013', '10014', '10015', '10016', '10017', '10018', '10019', '10020', '10021', '10022', '10023'],
      destination: T,
      summary: 'Telnyx rejected `{field}` ({code})',
      fix: 'Fix the value the error’s source names (a number in +E.164, a missing parameter, an id that does not exist or is already used); retrying as is fails again.',
    },
    // Messaging delivery errors (message detail records, message.finalized webhooks).
    {
      id: 'telnyx/message-undeliverable',
      category: 'validation',
      cause: '{code} undeliverable',
      code: ['40001', '40003', '40007', '40008', '40009', '40012', '40013', '40015'],
      destination: T,
      summary: 'Telnyx could not deliver the message to this number ({code})',
      fix: 'Fix or suppress the recipient (a landline or invalid number), or the sending number / content a carrier blocked; resending the same message fails again.',
    },
    {
      id: 'telnyx/message-retry',
      category: 'transient',
      cause: '{code} temporary delivery failure',
      code: ['40002', '40004', '40005', '40006', '40011', '40014'],
      destination: T,
      summary: 'Carrier refused the message for now ({code}: spam filter, rate or carrier unavailable)',
      fix: 'Retry later at a lower rate; if it persists for one sending number, review its registration (10DLC) and content.',
    },
  ],
};
