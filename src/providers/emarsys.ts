import type { Provider } from './provider.js';

/**
 * SAP Emarsys Core API (`api.emarsys.net/api/v2/…`, older accounts on `suite<N>.emarsys.net`),
 * authenticated with a per-request WSSE header (`X-WSSE: UsernameToken Username=…,
 * PasswordDigest=…, Nonce=…, Created=…`) or OAuth 2.0. Every answer is
 * `{"replyCode":N,"replyText":"…","data":…}`, replyCode 0 meaning OK, sometimes inside an HTTP 200
 * (per-contact errors of batch calls sit under `data.errors`).
 * - replyCode 1 "Unauthorized" (401: wrong API user or secret, or a WSSE header whose Created time
 *   drifted / nonce was reused): auth.
 * - 2004 "Invalid key field id", 2005 "No value provided for key field" / "Invalid key field
 *   value", 2006 "Empty field id for value" / contact already exists, 2007 "Invalid field id",
 *   invalid date format or choice for a field, 2009 / 2010 more than one contact with the external
 *   id, 2013 invalid source id: validation, on the field id the text names. 2008 "No contact found
 *   with the external id": validation (the contact must be created first).
 * - 2011 "Database connection error" (500): transient. 429 (per-minute API limits): transient.
 * The reply codes are plain integers: they decide only lines known to be Emarsys's (its keys
 * `replyCode` / `replyText` name it).
 * Sources: dev.emarsys.com Core API reference (HTTP 200 / 400 / 401 / 500 errors, authentication);
 * its earlier reStructuredText sources (kartonfarkas/api_docs: contacts/contact_create.rst and
 * contact_update.rst error tables, get_started/api_demo.rst "1, Unauthorized");
 * Absolventa/emarsys-rb #53 (2010 on duplicates); segmentio/action-destinations emarsys (WSSE).
 */
const E = ['emarsys'];

export const provider: Provider = {
  name: 'emarsys',
  display: 'SAP Emarsys',
  aliases: ['emarsys', 'sapemarsys'],
  hints: ['emarsys', 'api\\.emarsys\\.net', 'suite\\d+\\.emarsys\\.net', 'emarsys-rb'],
  keys: { code: ['replyCode'], message: ['replyText'] },
  bodyKeys: ['replyCode', 'replyText'],
  links: {
    auth: 'https://dev.emarsys.com/docs/core-api-reference/nbbfe7hec1tzh-http-401-errors',
    permissions: 'https://dev.emarsys.com/docs/core-api-reference/nbbfe7hec1tzh-http-401-errors',
    plan: 'https://dev.emarsys.com/docs/core-api-reference/nbbfe7hec1tzh-http-401-errors',
    validation: 'https://dev.emarsys.com/docs/core-api-reference/jir98la21pufy-http-400-errors',
    transient: 'https://dev.emarsys.com/docs/core-api-reference/nbbfe7hec1tzh-http-401-errors',
  },
  rules: [
    {
      id: 'emarsys/unauthorized',
      category: 'auth',
      cause: 'replyCode 1 Unauthorized',
      code: ['1'],
      destination: E,
      summary: 'Emarsys rejected the API credentials (API user, secret or WSSE header)',
      fix: 'Check the API user and secret (Management → Security Settings → API), and that the WSSE Created time is current UTC and each nonce is new; pause the sync until then.',
    },
    {
      id: 'emarsys/contact-not-found',
      category: 'validation',
      cause: '2008 no contact found',
      code: ['2008'],
      destination: E,
      fieldFrom: /external id:? \[?(\d+)\]?/i,
      summary: 'Emarsys contact not found by the external id',
      fix: 'Create the contact first (or use create_if_not_exists=1 on update) and check the key field id the sync matches on.',
    },
    {
      id: 'emarsys/field',
      category: 'validation',
      cause: 'replyCode {code}',
      code: ['2004', '2005', '2006', '2007', '2009', '2010', '2013'],
      destination: E,
      fieldFrom: /field id:? ?\[?(\d+)\]?|key field:? ?\[?(\d+)\]?/i,
      summary: 'Emarsys rejected the contact data ({code}, field `{field}`)',
      fix: 'Fix the key field id / value or the field the error names (Emarsys fields are numeric ids; dates as YYYY-MM-DD, choice ids must exist); duplicates on the key field need a unique key.',
    },
    {
      id: 'emarsys/database',
      category: 'transient',
      cause: '2011 database error',
      code: ['2011'],
      destination: E,
      summary: 'Emarsys database error while saving',
      fix: 'Retry with backoff; if it persists, contact Emarsys support with the request.',
    },
    {
      id: 'emarsys/rate-limit',
      category: 'transient',
      cause: 'HTTP 429',
      status: [429],
      destination: E,
      summary: 'Emarsys API rate limit',
      fix: 'Retry with backoff; batch contacts (up to 1,000 per call) instead of one call per contact.',
    },
  ],
};
