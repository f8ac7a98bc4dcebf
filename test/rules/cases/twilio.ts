import type { RuleCase } from '../rule-tester.js';

/**
 * Twilio REST errors `{"code","message","more_info","status"}` and Message-resource `error_code`s
 * (twilio.com/docs/api/errors/<code>), and the SDKs' exception text.
 */
const j = (o: object) => JSON.stringify(o);
const tw = (code: number, message: string, status = 400) => ({ code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status });

export const twilioCases: RuleCase[] = [
  {
    line: 'TwilioRestException: HTTP Error Your request was: POST https://api.twilio.com/2010-04-01/Accounts/AC00/Messages.json Twilio returned the following information: The number +15005550001 is unverified. Trial accounts cannot send messages to unverified numbers; verify +15005550001 at twilio.com/user/account/phone',
    category: 'plan',
    rule: 'twilio/trial-account-message',
    note: 'the 21608 wording an older SDK prints without the error URL',
  },
  {
    line: j({ level: 'error', destination: 'twilio', status: 401, body: tw(20003, 'Authenticate', 401) }),
    category: 'auth',
    cause: '20003 authenticate',
    rule: 'twilio/authenticate',
    note: '20003: bad Account SID / Auth Token',
  },
  {
    line: j(tw(21211, "The 'To' number +1555123 is not a valid phone number.")),
    category: 'validation',
    field: 'To',
    destination: 'twilio',
    rule: 'twilio/invalid-to',
    note: '21211 names the To parameter; more_info names Twilio',
  },
  {
    line: j({ level: 'error', destination: 'twilio', record_id: 'lead_9', status: 400, body: tw(21608, "The 'To' phone number provided is not yet verified for this account.") }),
    category: 'plan',
    rule: 'twilio/trial-account',
    note: '21608: trial account, unverified recipient — upgrade',
  },
  {
    line: j({ level: 'error', destination: 'twilio', status: 400, body: tw(21610, 'Attempt to send to unsubscribed recipient') }),
    category: 'validation',
    rule: 'twilio/unsubscribed',
    note: '21610: the recipient replied STOP',
  },
  {
    line: j({ level: 'error', destination: 'twilio', status: 429, body: tw(20429, 'Too Many Requests', 429) }),
    category: 'transient',
    rule: 'twilio/too-many-requests',
    note: '20429 concurrency limit',
  },
  {
    line: j({ level: 'error', destination: 'twilio', status: 400, body: tw(21408, "Permission to send an SMS has not been enabled for the region indicated by the 'To' number: +4420.") }),
    category: 'permissions',
    rule: 'twilio/geo-permission',
    note: '21408: geographic permissions',
  },
  {
    line: j({ level: 'error', destination: 'twilio', status: 400, body: tw(21606, "The 'From' phone number provided (+15550001111) is not a valid message-capable Twilio phone number for this destination.") }),
    category: 'validation',
    field: 'From',
    rule: 'twilio/invalid-from',
    note: '21606: the From number',
  },
  {
    line: j({ level: 'error', destination: 'twilio', status: 401, body: tw(20005, 'Account not active', 401) }),
    category: 'plan',
    rule: 'twilio/account-suspended',
    note: '20005 on a 401 is the account’s standing, not the credentials',
  },
  {
    line: j({ level: 'error', destination: 'twilio', sid: 'SM1f0e9d8c7b6a', status: 'undelivered', error_code: 30003, error_message: 'Unreachable destination handset', to: '+15551234567' }),
    category: 'validation',
    cause: '30003 undeliverable',
    rule: 'twilio/undeliverable',
    note: 'delivery callback: the handset is unreachable',
  },
  {
    line: j({ level: 'error', destination: 'twilio', sid: 'SM2a', status: 'undelivered', error_code: 30034, error_message: 'Message from an Unregistered Number' }),
    category: 'permissions',
    rule: 'twilio/unregistered-sender',
    note: '30034: US A2P 10DLC registration missing',
  },
  {
    line: j({ level: 'error', destination: 'twilio', sid: 'SM3b', status: 'failed', error_code: 30023, error_message: 'US A2P 10DLC - Daily Message Cap Reached' }),
    category: 'plan',
    rule: 'twilio/daily-cap',
    note: '30023: daily cap, not a short window',
  },
  {
    line: j({ level: 'error', destination: 'twilio', sid: 'SM4c', status: 'failed', error_code: 30001, error_message: 'Queue overflow' }),
    category: 'transient',
    rule: 'twilio/delivery-transient',
    note: '30001: queue overflow',
  },
  {
    line: 'twilio.base.exceptions.TwilioRestException: \nHTTP Error Your request was:\n\nPOST /Accounts/AC0123456789abcdef/Messages.json\n\nTwilio returned the following information:\n\nUnable to create record: Authenticate\n\nMore information may be available here:\n\nhttps://www.twilio.com/docs/errors/20003\n',
    category: 'auth',
    destination: 'twilio',
    rule: 'twilio/authenticate-message',
    note: 'twilio-python exception text: the more_info URL names the code',
  },
  {
    line: "RestException [Error]: The 'To' number 5551234 is not a valid phone number.\n    at success (/app/node_modules/twilio/lib/base/Version.js:135:15) {\n  status: 400,\n  code: 21211,\n  moreInfo: 'https://www.twilio.com/docs/errors/21211',\n  details: undefined\n}",
    category: 'validation',
    field: 'To',
    destination: 'twilio',
    rule: 'twilio/invalid-number-message',
    note: 'twilio-node RestException as util.inspect prints it',
  },
  {
    line: 'ERROR sms send failed: Unable to create record: Too Many Requests (https://www.twilio.com/docs/errors/20429)',
    category: 'transient',
    rule: 'twilio/too-many-requests-message',
    note: '20429 in prose',
  },
  {
    line: "ERROR sms send failed: The 'To' phone number provided is not yet verified for this account. https://www.twilio.com/docs/errors/21608",
    category: 'plan',
    rule: 'twilio/trial-account-message',
    note: '21608 in prose',
  },
  {
    line: 'ERROR sms send failed: Attempt to send to unsubscribed recipient',
    category: 'validation',
    destination: 'twilio',
    rule: 'twilio/unsubscribed-message',
    note: '21610 wording alone',
  },
  {
    line: j({ level: 'error', destination: 'acme', status: 400, error: { code: 21211, message: 'Request rejected' } }),
    category: 'validation',
    rule: 'http/4xx',
    note: 'near miss: 21211 from another API is not Twilio’s invalid To',
  },
  {
    line: "ERROR destination=twilio TwilioRestException: HTTP 400 error: Unable to create record: The 'To' number 5551234 is not a valid phone number.",
    category: 'validation',
    field: 'To',
    rule: 'twilio/invalid-number-message',
    note: 'the SDK text without the error-page URL still names the parameter',
  },
];

/** Error 20003 as the SDKs raise it, with no code or link in the line. */
export const twilioSdkCases: RuleCase[] = [
  {
    line: "/app/vendor/bundle/ruby/3.2.0/gems/twilio-ruby-5.77.0/lib/twilio-ruby/framework/rest/domain.rb:30:in `request': Authenticate (Twilio::REST::RestError)",
    category: 'auth',
    destination: 'twilio',
    rule: 'twilio/authenticate-message',
    note: 'twilio-ruby raises the 20003 message "Authenticate" with its error class in parentheses',
  },
  {
    line: 'twilio.base.exceptions.TwilioRestException: HTTP 401 error: Unable to create record: Authenticate',
    category: 'auth',
    destination: 'twilio',
    note: 'twilio-python: 20003 on a create call',
  },
];

/** twilio-node and the legacy twilio-php class. */
export const twilioNodePhpCases: RuleCase[] = [
  {
    line: "Error sending SMS: RestException [Error]: Authenticate",
    category: "auth",
    rule: "twilio/authenticate-message",
    note: "twilio-node RestException with the 20003 message",
  },
  {
    line: "[Services_Twilio_RestException] The 'To' number +1555000 is not a valid phone number.",
    category: "validation",
    destination: "twilio",
    note: "legacy twilio-php names Twilio by its class",
  },
];
