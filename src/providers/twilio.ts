import type { Provider } from './provider.js';

/**
 * Twilio REST API (Programmable Messaging and Voice): `{"code": 21211, "message", "more_info":
 * "https://www.twilio.com/docs/errors/21211", "status": 400}`; delivery failures come back on the
 * Message resource as `error_code` 30xxx. The SDKs print the message and the more_info URL (Python
 * TwilioRestException, Node RestException), so the URL names the code in text.
 * The codes are bare numbers: code rules apply to Twilio lines only (`more_info` names them).
 * Sources: twilio.com/docs/api/errors/<code> — 20003 authenticate, 20005 account not active, 20429
 * too many requests, 21211 invalid 'To', 21606/21659 'From' not a valid message-capable number,
 * 21608 and 21219 unverified 'To' on a trial account, 21408 region not enabled (geo permissions),
 * 21610 unsubscribed recipient, 21612/21614 'To' unreachable or not mobile, 30001 queue overflow,
 * 30002 account suspended, 30003/30005/30006 unreachable/unknown handset or landline, 30004
 * blocked, 30007 filtered, 30008 unknown error, 30022 A2P 10DLC rate limit, 30023 / 30027 daily
 * message caps, 30032/30034 unverified toll-free / unregistered 10DLC sender.
 */
const T = ['twilio'];

const url = (codes: string[]) => new RegExp(`twilio\\.com/docs/(?:api/)?errors/(?:${codes.join('|')})\\b`);
/** Which request parameter a message blames: "The 'To' number …", "'From' phone number …". */
const PARAM = /'(To|From|Body|MediaUrl|MessagingServiceSid|StatusCallback|Url)'/;

const AUTH = ['20003', '20008'];
const RATE = ['20429'];
const INVALID_TO = ['21211', '21612', '21614', '21217', '21401', '21407'];
const INVALID_FROM = ['21606', '21659', '21660', '21212', '21603'];
const TRIAL = ['21608', '21219'];
const UNSUBSCRIBED = ['21610'];

export const provider: Provider = {
  name: 'twilio',
  display: 'Twilio',
  // Not "twilio" when it is Twilio SendGrid: SendGrid has its own module.
  hints: ['api\\.twilio\\.com', 'twilio\\.com/docs/(?:api/)?errors', 'TwilioRestException', 'Services_Twilio\\w*', 'twilio\\.base\\.exceptions', 'twilio(?![ ._-]?sendgrid)(?!\\.com/docs/sendgrid)'],
  bodyKeys: ['more_info'],
  links: {
    auth: 'https://www.twilio.com/docs/api/errors/20003',
    permissions: 'https://www.twilio.com/docs/api/errors/21408',
    plan: 'https://www.twilio.com/docs/usage/trials',
    validation: 'https://www.twilio.com/docs/api/errors',
    transient: 'https://www.twilio.com/docs/api/errors/20429',
    outage: 'https://status.twilio.com',
  },
  rules: [
    {
      id: 'twilio/authenticate',
      category: 'auth',
      cause: '{code} authenticate',
      code: AUTH,
      destination: T,
      summary: 'Twilio rejected the Account SID / Auth Token or API key',
      fix: 'Update the connection with a valid Account SID and Auth Token (or API key and secret; test credentials cannot reach live resources); pause the sync until then.',
    },
    {
      id: 'twilio/too-many-requests',
      category: 'transient',
      cause: '20429 too many requests',
      code: RATE,
      destination: T,
      summary: 'Twilio concurrency / rate limit',
      fix: 'Retry with backoff; lower the number of concurrent requests for the account if it persists.',
    },
    {
      id: 'twilio/invalid-to',
      category: 'validation',
      cause: '{code} invalid recipient number',
      code: INVALID_TO,
      fieldFrom: PARAM,
      destination: T,
      summary: '`{field}`: not a valid or reachable phone number ({code})',
      fix: 'Fix the phone number at the source (E.164 with country code; a landline cannot receive SMS); never retry the same number.',
    },
    {
      id: 'twilio/invalid-from',
      category: 'validation',
      cause: '{code} invalid sender',
      code: INVALID_FROM,
      fieldFrom: PARAM,
      destination: T,
      summary: '`{field}`: not a Twilio number (or Messaging Service) able to send this ({code})',
      fix: 'Use a number owned by the account with the capability (SMS/MMS/voice), or the Messaging Service SID, in the mapping.',
    },
    {
      id: 'twilio/trial-account',
      category: 'plan',
      cause: '{code} trial account: unverified recipient',
      code: TRIAL,
      destination: T,
      summary: 'Twilio trial account can only reach verified numbers',
      fix: 'Upgrade the Twilio account (and complete its compliance profile), or verify the recipient numbers; pause the sync if every record is affected.',
    },
    {
      id: 'twilio/unsubscribed',
      category: 'validation',
      cause: '21610 unsubscribed recipient',
      code: UNSUBSCRIBED,
      destination: T,
      summary: 'Recipient opted out (replied STOP) of messages from this sender',
      fix: 'Suppress the recipient at the source; Twilio will not deliver until they reply START.',
    },
    {
      id: 'twilio/geo-permission',
      category: 'permissions',
      cause: '21408 region not enabled',
      code: ['21408'],
      destination: T,
      summary: 'Twilio account may not send to the recipient’s country (geo permissions)',
      fix: 'Enable the country in the Messaging (or Voice) geographic permissions of the Twilio Console, or drop those recipients.',
    },
    {
      id: 'twilio/account-suspended',
      category: 'plan',
      cause: '{code} account not active',
      code: ['20005', '30002'],
      destination: T,
      summary: 'Twilio account suspended or not active',
      fix: 'Settle the Twilio account’s balance or compliance hold; pause the sync until then.',
    },
    {
      id: 'twilio/unregistered-sender',
      category: 'permissions',
      cause: '{code} sender not registered',
      code: ['30034', '30032'],
      destination: T,
      summary: 'Sender not registered for US messaging (A2P 10DLC campaign or toll-free verification)',
      fix: 'Register the brand and campaign (10DLC) or verify the toll-free number, and attach the number to it.',
    },
    {
      id: 'twilio/daily-cap',
      category: 'plan',
      cause: '{code} daily message cap',
      code: ['30023', '30027'],
      destination: T,
      summary: 'US A2P 10DLC daily message cap reached',
      fix: 'Sends resume after the daily reset; raise the brand’s trust score / campaign tier for a higher cap.',
    },
    {
      id: 'twilio/undeliverable',
      category: 'validation',
      cause: '{code} undeliverable',
      code: ['30003', '30004', '30005', '30006', '30007'],
      destination: T,
      summary: 'Message undeliverable to this recipient ({code}: unreachable, unknown, landline, blocked or carrier-filtered)',
      fix: 'Nothing to retry for this record: fix or suppress the number (30007: review the content against carrier rules).',
    },
    {
      id: 'twilio/delivery-transient',
      category: 'transient',
      cause: '{code} temporary delivery failure',
      code: ['30001', '30008', '30009', '30022'],
      destination: T,
      summary: 'Temporary delivery failure ({code}: queue overflow, unknown error, missing segment or throughput limit)',
      fix: 'Retry later; lower the send rate per number if queue overflows (30001) or throughput limits (30022) recur.',
    },
    // The SDKs' text: the more_info URL names the code.
    {
      id: 'twilio/authenticate-message',
      category: 'auth',
      cause: '20003 authenticate',
      // The docs' link, or error 20003's own message as the SDKs raise it: twilio-ruby
      // `Authenticate (Twilio::REST::RequestError)`, twilio-python `Unable to create record: Authenticate`,
      // twilio-node `RestException [Error]: Authenticate`.
      message: new RegExp(`${url(AUTH).source}|\\bAuthenticate \\(Twilio::REST::(?:Request|Rest)Error\\)|Twilio::REST::(?:Request|Rest)Error: Authenticate\\b|Unable to (?:create|fetch|update) record: Authenticate\\b|RestException(?: \\[Error\\])?: Authenticate\\b`),
      summary: 'Twilio rejected the Account SID / Auth Token or API key',
      fix: 'Update the connection with a valid Account SID and Auth Token (or API key and secret); pause the sync until then.',
    },
    {
      id: 'twilio/too-many-requests-message',
      category: 'transient',
      cause: '20429 too many requests',
      message: url(RATE),
      summary: 'Twilio concurrency / rate limit',
      fix: 'Retry with backoff; lower the number of concurrent requests for the account if it persists.',
    },
    {
      id: 'twilio/invalid-number-message',
      category: 'validation',
      cause: 'invalid phone number',
      // The SDKs' text (TwilioRestException: … Unable to create record: The 'To' number … is not a
      // valid phone number.) names the parameter in quotes, with or without the error-page URL.
      message: new RegExp(`${url([...INVALID_TO, ...INVALID_FROM]).source}|The '(?:To|From)' (?:phone )?number .{0,40}?is not a valid phone number`, 'i'),
      fieldFrom: PARAM,
      summary: '`{field}`: not a valid phone number for this request',
      fix: 'Fix the phone number at the source (E.164 with country code); never retry the same number.',
    },
    {
      id: 'twilio/trial-account-message',
      category: 'plan',
      cause: 'trial account: unverified recipient',
      // The error page's URL, or the 21608 / 21219 wording older SDKs print without it.
      message: new RegExp(`${url(TRIAL).source}|Trial accounts cannot send messages to unverified numbers|is unverified\\. Trial accounts`, 'i'),
      summary: 'Twilio trial account can only reach verified numbers',
      fix: 'Upgrade the Twilio account (and complete its compliance profile), or verify the recipient numbers.',
    },
    {
      id: 'twilio/unsubscribed-message',
      category: 'validation',
      cause: '21610 unsubscribed recipient',
      message: new RegExp(`${url(UNSUBSCRIBED).source}|Attempt to send to unsubscribed recipient`),
      summary: 'Recipient opted out (replied STOP) of messages from this sender',
      fix: 'Suppress the recipient at the source; Twilio will not deliver until they reply START.',
    },
  ],
};
