import type { RuleCase } from '../rule-tester.js';

/**
 * Vonage (Nexmo): SMS API per-message statuses with `error-text`, RFC 7807 problems with
 * developer.nexmo.com / developer.vonage.com type URLs, and the SDKs' text.
 * Sources: developer.vonage.com/api-errors and /api-errors/sms; Vonage/vonage-php-sdk-core Verify2
 * fixtures; Vonage Java / Kotlin / Python SDK tests; nyaruka/courier Nexmo tests; public issues
 * quoting "Non White-listed Destination - rejected" and "Quota Exceeded - rejected".
 */
const j = (o: object) => JSON.stringify(o);
const sms = (status: string, errorText: string, to = '447700900123') => ({ 'message-count': '1', messages: [{ to, status, 'error-text': errorText }] });

export const vonageCases: RuleCase[] = [
  {
    line: j({ level: 'error', url: 'https://rest.nexmo.com/sms/json', status: 200, body: sms('4', 'Bad Credentials') }),
    category: 'auth',
    destination: 'vonage',
    rule: 'vonage/unauthorized',
    note: 'SMS status 4 inside an HTTP 200; only the rest.nexmo.com host names Vonage',
  },
  {
    line: j({ level: 'error', status: 401, body: { type: 'https://developer.nexmo.com/api-errors#unauthorized', title: 'Invalid credentials supplied', detail: 'You did not provide correct credentials', instance: '798b8f199c45014ab7b08bfe9cc1c12c' } }),
    category: 'auth',
    destination: 'vonage',
    rule: 'vonage/unauthorized',
    note: 'RFC 7807 body (Java SDK test): the problem type URL alone names Vonage',
  },
  {
    line: j({ level: 'error', status: 403, url: 'https://api.nexmo.com/accounts/acc6111f/subaccounts', body: { type: 'https://developer.nexmo.com/api-errors#unprovisioned', title: 'Authorisation error', detail: 'Account acc6111f is not provisioned to access Subaccount Provisioning API', instance: '158b8f199c45014ab7b08bfe9cc1c12c' } }),
    category: 'permissions',
    rule: 'vonage/forbidden',
    note: 'unprovisioned: the account lacks the product',
  },
  {
    line: j({ level: 'error', destination: 'vonage', record_id: 'lead_311', body: sms('29', 'Non White-listed Destination - rejected', '919810153260') }),
    category: 'plan',
    cause: '29 non-whitelisted destination',
    rule: 'vonage/demo-account',
    note: 'status 29: a demo account may only send to whitelisted numbers (top up to lift it)',
  },
  {
    line: j({ level: 'error', destination: 'nexmo', body: { 'message-count': '1', messages: [{ to: '6283867139945', 'error-text': 'Quota Exceeded - rejected', 'message-price': '0.00700000', status: '9', 'remaining-balance': '0.00100000', network: '51008' }] } }),
    category: 'plan',
    destination: 'vonage',
    rule: 'vonage/out-of-credit',
    note: 'status 9 Partner Quota Violation: no credit left; "nexmo" is Vonage’s old name',
  },
  {
    line: j({ level: 'warn', destination: 'nexmo', body: { messages: [{ status: '1', 'error-text': 'Throughput Rate Exceeded - please wait [ 250 ] and retry' }] } }),
    category: 'transient',
    rule: 'vonage/throttled',
    note: 'status 1 Throttled (courier’s Nexmo test body)',
  },
  {
    line: j({ level: 'error', destination: 'vonage', body: sms('5', 'Internal Error') }),
    category: 'transient',
    rule: 'vonage/internal-error',
    note: 'status 5: an error in the platform',
  },
  {
    line: j({ level: 'error', destination: 'vonage', body: sms('6', 'Invalid Message', '99912345') }),
    category: 'validation',
    rule: 'vonage/invalid-recipient',
    note: 'status 6 Invalid Message: an unrecognised number prefix',
  },
  {
    line: j({ level: 'error', destination: 'vonage', body: sms('15', 'Illegal Sender Address - rejected', '14155550123') }),
    category: 'validation',
    cause: '15 invalid sender address',
    rule: 'vonage/invalid-sender',
    note: 'status 15: an alphanumeric sender ID to a North American number',
  },
  {
    line: j({ level: 'error', destination: 'vonage', body: { 'message-count': '1', messages: [{ status: '2', 'error-text': 'Missing to param' }] } }),
    category: 'validation',
    field: 'to',
    rule: 'vonage/invalid-params',
    note: 'status 2: the error-text names the missing parameter',
  },
  {
    line: j({ level: 'error', status: 422, url: 'https://api.nexmo.com/v2/verify', body: { title: 'Invalid params', type: 'https://www.developer.vonage.com/api-errors#invalid-params', detail: 'The value of one or more parameters is invalid', instance: '06032957-99ce-41ee-978b-9a390cd5a89b', invalid_parameters: [{ name: 'brand', reason: 'Brand is required' }] } }),
    category: 'validation',
    field: 'brand',
    rule: 'vonage/invalid-params',
    note: 'invalid_parameters names the field (Verify v2 fixture of the PHP SDK)',
  },
  {
    line: "vonage.errors.ClientError: Invalid API Key: API key 'ABC123' does not exist, or you do not have access (https://developer.nexmo.com/api-errors#invalid-api-key)",
    category: 'auth',
    destination: 'vonage',
    rule: 'vonage/unauthorized-message',
    note: 'the Python SDK prints the problem type URL',
  },
  {
    line: 'ERROR sms to 919024253341 not sent: Non White-listed Destination - rejected',
    category: 'plan',
    destination: 'vonage',
    rule: 'vonage/demo-account-message',
    note: 'Vonage’s own error-text for status 29 in prose',
  },
  {
    line: 'vonage_sms.errors.SmsError: Sms.send_message method failed with error code 9: Quota Exceeded - rejected',
    category: 'plan',
    destination: 'vonage',
    rule: 'vonage/out-of-credit-message',
    note: 'vonage_sms SmsError text; the package names Vonage',
  },
  {
    line: 'WARN courier: nexmo send throttled: Throughput Rate Exceeded - please wait [ 957 ] and retry',
    category: 'transient',
    destination: 'vonage',
    rule: 'vonage/throttled-message',
    note: 'status 1 wording without the status',
  },
  {
    line: 'Vonage\\Client\\Exception\\Request: Invalid params: The value of one or more parameters is invalid. See https://www.developer.vonage.com/api-errors#invalid-params for more information',
    category: 'validation',
    destination: 'vonage',
    rule: 'vonage/invalid-params-message',
    note: 'PHP SDK exception class and message (Verify2 client test)',
  },
  {
    line: j({ level: 'error', destination: 'acme-sms', status: 400, body: { status: '4', message: 'Unknown template' } }),
    category: 'validation',
    rule: 'http/4xx',
    note: 'near miss: status "4" from another SMS API is not Vonage’s invalid credentials',
  },
];
