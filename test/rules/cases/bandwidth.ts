import type { RuleCase } from '../rule-tester.js';

/**
 * Bandwidth messaging callbacks (`message-failed` with `errorCode` / `description`) and HTTP error
 * bodies (`type`, `description`, `fieldErrors`). Sources: Bandwidth/api-docs
 * site/docs/messaging/errors.mdx and site/docs/voice/errors.mdx (bodies and code tables);
 * public webhook handlers' message-failed payloads; Bandwidth/python-sdk (bandwidth.exceptions).
 */
const j = (o: unknown): string => JSON.stringify(o);
const failed = (errorCode: number, description: string): string =>
  j({
    level: 'error',
    msg: 'bandwidth callback',
    event: [{ time: '2024-02-15T16:34:52.255Z', type: 'message-failed', to: '+15551234567', description, errorCode, message: { id: '1589228074636lm4k2je7j7jklbn2', owner: '+15559876543', applicationId: '93de2206-9669-4e07-948d-329f4b722ee2', direction: 'out', segmentCount: 1 } }],
  });

export const bandwidthCases: RuleCase[] = [
  {
    line: failed(4720, 'invalid-destination-address'),
    category: 'validation',
    destination: 'bandwidth',
    rule: 'bandwidth/recipient-rejected',
    note: 'errors.mdx 4720: carrier rejected the destination (not in the numbering plan, landline)',
  },
  {
    line: failed(4775, 'destination-rejected-due-to-user-opt-out'),
    category: 'validation',
    destination: 'bandwidth',
    rule: 'bandwidth/recipient-rejected',
    note: 'errors.mdx 4775: the recipient opted out',
  },
  {
    line: failed(4770, 'destination-spam-detected'),
    category: 'validation',
    destination: 'bandwidth',
    rule: 'bandwidth/spam-filtered',
    note: 'errors.mdx 4770: carrier blocked the content as spam',
  },
  {
    line: failed(4405, 'rejected-unallocated-from-number'),
    category: 'validation',
    destination: 'bandwidth',
    rule: 'bandwidth/sender-config',
    note: 'errors.mdx 4405: the From number is not an active number of the account',
  },
  {
    line: failed(4795, 'tfn-not-verified'),
    category: 'plan',
    destination: 'bandwidth',
    rule: 'bandwidth/not-provisioned',
    note: 'errors.mdx 4795: an unverified toll-free sender',
  },
  {
    line: failed(4433, 'rejected-forbidden-tollfree'),
    category: 'plan',
    destination: 'bandwidth',
    rule: 'bandwidth/not-provisioned',
    note: 'errors.mdx 4433: the account is not enabled for toll-free messaging',
  },
  {
    line: failed(4493, 'rejected-unauthorized'),
    category: 'permissions',
    destination: 'bandwidth',
    rule: 'bandwidth/not-allowed',
    note: 'errors.mdx 4493: the sender is not authorized to send from the account',
  },
  {
    line: failed(4785, 'volumetric-violation'),
    category: 'transient',
    destination: 'bandwidth',
    rule: 'bandwidth/carrier-throttled',
    note: 'errors.mdx 4785: "back off sending, retry after some time"',
  },
  {
    line: failed(5620, 'destination-app-error'),
    category: 'transient',
    destination: 'bandwidth',
    rule: 'bandwidth/service-failure',
    note: 'errors.mdx 5620: carrier application error (5xxx: a retry may succeed)',
  },
  {
    line: `bandwidth.exceptions.ApiException: (429)\nReason: Too Many Requests\nHTTP response body: ${j({ type: 'max-message-queue-size-exceeded', description: 'The SMS queue for your account is full and cannot accept more messages right now. Your allowed rate is 60 messages per minute. The capacity of this queue is 900 messages (15 minutes). Reduce your message sending rate, or contact support to increase your allowed rate.' })}`,
    category: 'transient',
    destination: 'bandwidth',
    rule: 'bandwidth/queue-full',
    note: 'errors.mdx 429 body as the OpenAPI-generated python-sdk prints an ApiException',
  },
  {
    line: j({ level: 'error', status: 503, url: 'https://voice.bandwidth.com/api/v2/accounts/9900000/calls', body: { type: 'system-overloaded', description: 'Managing too many concurrent calls', id: null } }),
    category: 'transient',
    destination: 'bandwidth',
    rule: 'bandwidth/voice-overloaded',
    note: 'voice errors.mdx 503: "please try the request again"',
  },
  {
    line: j({ level: 'error', status: 400, url: 'https://messaging.bandwidth.com/api/v2/users/9900000/messages', body: { type: 'request-validation', description: 'Your request could not be accepted', fieldErrors: [{ fieldName: 'to', description: "'+1555' must be replaced with a valid E164 formatted telephone number" }] } }),
    category: 'validation',
    destination: 'bandwidth',
    field: 'to',
    rule: 'http/4xx',
    note: 'errors.mdx 400 request-validation with fieldErrors (generic 400 rule, the host names Bandwidth)',
  },
];
