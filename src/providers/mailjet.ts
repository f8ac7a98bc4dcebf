import type { Provider } from './provider.js';

/**
 * Mailjet Send API v3.1 and REST API v3 (`api.mailjet.com`), clients `node-mailjet`,
 * `mailjet_rest` (Python), `mailjet/mailjet-apiv3-php`, `com.mailjet.client` (Java, which throws
 * `MailjetUnauthorizedException`, `MailjetRateLimitException`…). Errors are PascalCase: a global
 * error `{"ErrorIdentifier":"…","ErrorCode":"mj-0002","StatusCode":400,"ErrorMessage":"Malformed
 * JSON…"}`, per-message errors under `Messages[].Errors[]` with `ErrorRelatedTo` naming the
 * properties (even inside an HTTP 200 for bulk sends), and v3 REST's `{"ErrorInfo":"",
 * "ErrorMessage":"API key authentication/authorization failure. You may be unauthorized to access
 * the API or your API key may be expired.…","StatusCode":401}`.
 * - mj-0001 (API key suspended), mj-0015 (no valid credentials) and the 401 text: auth.
 * - send-0006 (key may not use a Sender header), send-0007 (SenderID not validated), send-0008
 *   ("x is not an authorized sender email address for your account"): permissions.
 * - send-0003/0004/0010/0011/0012/0015/0016 and mj-0002…0013 (malformed JSON, missing or mistyped
 *   property, bad email, template not usable by the key): validation, `ErrorRelatedTo` the field.
 * - 429 Too Many Requests: transient.
 * Sources: dev.mailjet.com/email/guides/send-api-v31/ (error table), dev.mailjet.com/email/
 * reference/overview/errors/; real bodies in mailjet-apiv3-python #90, mailjet-apiv3-php #109,
 * mailjet-apiv3-java #189, Send API v3.1 announcement gist (send-0008).
 */
const M = ['mailjet'];

export const provider: Provider = {
  name: 'mailjet',
  display: 'Mailjet',
  hints: ['mailjet', 'api\\.mailjet\\.com', 'node-mailjet', 'mailjet[_-]rest', 'mailjet-apiv3[\\w-]*', 'com\\.mailjet\\.client(?:\\.\\w+)*', 'Mailjet\\w*Exception'],
  keys: { code: ['ErrorCode'], message: ['ErrorMessage'], fieldList: ['ErrorRelatedTo'], status: ['StatusCode'] },
  bodyKeys: ['ErrorIdentifier', 'ErrorRelatedTo'],
  links: {
    auth: 'https://app.mailjet.com/account/apikeys',
    permissions: 'https://app.mailjet.com/account/sender',
    validation: 'https://dev.mailjet.com/email/guides/send-api-v31/',
    transient: 'https://dev.mailjet.com/email/reference/overview/rate-limits/',
    outage: 'https://status.mailjet.com',
  },
  rules: [
    {
      id: 'mailjet/api-key',
      category: 'auth',
      cause: '{code}',
      code: ['mj-0001', 'mj-0015'],
      summary: 'Mailjet rejected the API key ({code}: suspended or invalid)',
      fix: 'Check the API key and secret pair (Account → API keys), or reactivate the suspended key; pause the sync until then.',
    },
    {
      id: 'mailjet/api-key-text',
      category: 'auth',
      cause: 'API key authentication failure',
      message: /API key authentication\/authorization fail|incorrect Api Key \/ API Secret Key|MailjetUnauthorizedException/i,
      summary: 'Mailjet rejected the API key or secret',
      fix: 'Check the API key and secret pair (Account → API keys; the public key first, the secret second); pause the sync until then.',
    },
    {
      id: 'mailjet/sender',
      category: 'permissions',
      cause: '{code}',
      code: ['send-0006', 'send-0007', 'send-0008'],
      summary: 'Mailjet sender not authorized for this API key ({code})',
      fix: 'Validate the sender address or domain in Mailjet (Account → Sender domains & addresses), or map an authorized sender.',
    },
    {
      id: 'mailjet/invalid-message',
      category: 'validation',
      cause: '{code}',
      code: [
        'send-0003', 'send-0004', 'send-0010', 'send-0011', 'send-0012', 'send-0015', 'send-0016',
        'mj-0002', 'mj-0003', 'mj-0004', 'mj-0005', 'mj-0006', 'mj-0007', 'mj-0008', 'mj-0011', 'mj-0012', 'mj-0013',
      ],
      summary: 'Mailjet rejected the message ({code}, `{field}`)',
      fix: 'Fix the property the error names (email format, content parts, template id, recipients); retrying the same message fails again.',
    },
    {
      id: 'mailjet/rate-limit',
      category: 'transient',
      cause: 'HTTP 429',
      status: [429],
      destination: M,
      summary: 'Mailjet rate limit',
      fix: 'Retry with backoff; send in batches of up to 50 messages per call instead of one call per message.',
    },
  ],
};
