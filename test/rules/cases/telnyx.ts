import type { RuleCase } from '../rule-tester.js';

/**
 * Telnyx `errors[]` bodies (string codes, `title`, `detail`, `source.pointer`, `meta.url`), SDK lines
 * and messaging webhooks.
 * Sources: team-telnyx/telnyx-ruby test/test_data.rb (10009, 10010, 10011, 10004, 10007 bodies);
 * the call-control OpenAPI 401 example (meta.url); developers.telnyx.com api-errors and messaging
 * error-codes pages; team-telnyx/telnyx-node src/core/error.ts (`<status> <body>` message).
 */
const j = (o: unknown): string => JSON.stringify(o);
const err = (code: string, title: string, detail: string, extra: Record<string, unknown> = {}) => ({ errors: [{ code, title, detail, ...extra }] });

export const telnyxCases: RuleCase[] = [
  {
    line: j({
      level: 'error',
      status: 401,
      url: 'https://api.telnyx.com/v2/messages',
      body: err('10009', 'Authentication failed', 'The required authentication headers were either invalid or not included in the request.', { meta: { url: 'https://developers.telnyx.com/docs/overview/errors/10009' } }),
    }),
    category: 'auth',
    destination: 'telnyx',
    rule: 'telnyx/authentication-failed',
    note: 'call-control OpenAPI 401 example / telnyx-ruby make_authentication_failed_error',
  },
  {
    line: j({ level: 'error', status: 403, url: 'https://api.telnyx.com/v2/phone_numbers/1293384261075731499', body: err('10010', 'Authorization failed', 'You do not have permission to perform the requested action on the specified resource or resources.') }),
    category: 'permissions',
    destination: 'telnyx',
    rule: 'telnyx/authorization-failed',
    note: 'telnyx-ruby make_authorization_failed_error',
  },
  {
    line: "TelnyxRateLimitError: Too many requests {\"errors\":[{\"title\":\"Too many requests\",\"detail\":\"You have exceeded the maximum number of allowed requests.\",\"code\":\"10011\"}]}",
    category: 'transient',
    destination: 'telnyx',
    rule: 'telnyx/too-many-requests',
    note: 'telnyx-node 1.x TelnyxRateLimitError with the telnyx-ruby make_rate_limit_error body',
  },
  {
    line: j({ level: 'error', status: 500, url: 'https://api.telnyx.com/v2/calls', body: err('10007', 'Unexpected error', 'An unexpected error occured.') }),
    category: 'transient',
    destination: 'telnyx',
    rule: 'telnyx/unexpected-error',
    note: 'telnyx-ruby make_api_error (10007)',
  },
  {
    line: 'Error: 422 {"errors":[{"code":"10004","title":"Missing required parameter","detail":"A required parameter was missing.","source":{"pointer":"/to"},"meta":{"url":"https://developers.telnyx.com/docs/overview/errors/10004"}}]}',
    category: 'validation',
    destination: 'telnyx',
    field: 'to',
    rule: 'telnyx/invalid-request',
    note: 'telnyx (Node, Stainless) APIError message "<status> <body>"; 10004 with source.pointer (api-errors page: "Consult the source field")',
  },
  {
    line: j({ data: { event_type: 'message.finalized', payload: { id: '40385f64-5717-4562-b3fc-2c963f66afa6', record_type: 'message', direction: 'outbound', messaging_profile_id: '4000017a-6d3e-4a52-b85f-5a1c0b1a3c1d', type: 'SMS', to: [{ phone_number: '+18665550001', status: 'delivery_failed' }], errors: [{ code: '40008', title: 'Undeliverable', detail: 'The recipient carrier did not accept the message.' }] } }, meta: { delivered_to: 'https://example.com/webhooks/telnyx' } }),
    category: 'validation',
    destination: 'telnyx',
    rule: 'telnyx/message-undeliverable',
    note: 'messaging error-codes page: 40008 Undeliverable in a message.finalized webhook',
  },
  {
    line: j({ level: 'warn', msg: 'telnyx delivery failed', errors: [{ code: '40006', title: 'Recipient server unavailable', detail: 'The recipient server is unavailable or not responding. This may be a temporary issue.' }] }),
    category: 'transient',
    destination: 'telnyx',
    rule: 'telnyx/message-retry',
    note: 'messaging error-codes page: 40006 recipient carrier down, retry with backoff',
  },
];
