import type { RuleCase } from '../rule-tester.js';

/**
 * Mailjet Send API v3.1 global and per-message errors (`ErrorCode`, `ErrorMessage`,
 * `ErrorRelatedTo`), the v3 REST 401 text and a 429.
 * Sources: dev.mailjet.com/email/guides/send-api-v31/ (error table); mailjet-apiv3-python #90,
 * mailjet-apiv3-php #109; Send API v3.1 announcement gist (send-0008).
 */
const j = (o: unknown): string => JSON.stringify(o);

export const mailjetCases: RuleCase[] = [
  {
    line: j({ level: 'error', status: 401, url: 'https://api.mailjet.com/v3.1/send', body: { ErrorIdentifier: '06df1144-c6f3-4ca7-8885-7ec5d4344113', ErrorCode: 'mj-0015', ErrorMessage: 'API key authentication/authorization failed.', StatusCode: 401 } }),
    category: 'auth',
    destination: 'mailjet',
    cause: 'mj-0015',
    rule: 'mailjet/api-key',
    note: 'global error mj-0015; the host names Mailjet',
  },
  {
    line: 'mailjet_rest client: Unsuccessful: Status Code: "401" Message: "API key authentication/authorization failure. You may be unauthorized to access the API or your API key may be expired. Visit API keys management section to check your keys."',
    category: 'auth',
    destination: 'mailjet',
    rule: 'mailjet/api-key-text',
    note: 'v3 REST 401 wording through the Python client',
  },
  {
    line: j({ level: 'error', destination: 'mailjet', status: 200, body: { Messages: [{ Status: 'error', Errors: [{ ErrorIdentifier: 'c04ac4d7-1ebd-4c26-a663-ef304578aef7', ErrorCode: 'send-0008', StatusCode: 403, ErrorMessage: '"news@acme.io" is not an authorized sender email address for your account.', ErrorRelatedTo: ['From'] }] }] } }),
    category: 'permissions',
    field: 'From',
    rule: 'mailjet/sender',
    note: 'unvalidated sender: per-message error inside a 200',
  },
  {
    line: j({ level: 'error', destination: 'mailjet', status: 400, body: { Messages: [{ Status: 'error', Errors: [{ ErrorIdentifier: '88b5ca9f-5f1f-42e7-a45e-9ecbad0c285e', ErrorCode: 'send-0003', StatusCode: 400, ErrorMessage: 'At least "HTMLPart", "TextPart" or "TemplateID" must be provided.', ErrorRelatedTo: ['HTMLPart', 'TextPart'] }] }] } }),
    category: 'validation',
    cause: 'send-0003',
    field: 'HTMLPart, TextPart',
    rule: 'mailjet/invalid-message',
    note: 'no content part: ErrorRelatedTo names the fields',
  },
  {
    line: j({ level: 'error', destination: 'mailjet', status: 400, body: { Messages: [{ Status: 'error', Errors: [{ ErrorIdentifier: 'f987008f-251a-4dff-8ffc-40f1583ad7bc', ErrorCode: 'mj-0013', StatusCode: 400, ErrorMessage: '"ada@@example" is an invalid email address.', ErrorRelatedTo: ['To[0].Email'] }] }] } }),
    category: 'validation',
    field: 'To[0].Email',
    rule: 'mailjet/invalid-message',
    note: 'mj-0013 invalid recipient email',
  },
  {
    line: j({ level: 'warn', destination: 'mailjet', status: 429, msg: 'Too Many Requests' }),
    category: 'transient',
    rule: 'mailjet/rate-limit',
    note: '429 on a Mailjet line',
  },
];
