import type { RuleCase } from '../rule-tester.js';

/**
 * Mailgun `{"message":…}` bodies, the SMTP relay's texts and the SDKs' exception strings.
 * Sources: documentation.mailgun.com; help.mailgun.com "Authorized Recipients"; mailgun-js-boland
 * #119 and #199, fastlane #8568, LaravelRUS/laravel.ru #74, mailgun-php #462 and #587,
 * US-visa-appointment-notifier #5, swapmyvote #332.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const mailgunCases: RuleCase[] = [
  {
    line: "GuzzleHttp\\Exception\\ClientException: Client error: `POST https://api.mailgun.net/v3/sandbox16b1677378c94898bfcf330419ff839f.mailgun.org/messages.mime` resulted in a `400 BAD REQUEST` response: {\"message\": \"Sandbox subdomains are for test purposes only. Please add your own domain or add the address to authoriz (truncated...)",
    category: 'plan',
    destination: 'mailgun',
    rule: 'mailgun/sandbox-recipient',
    note: 'sandbox domain: only authorized recipients until a domain is verified (truncated body still says so)',
  },
  {
    line: '2026-03-13 09:00:00 ERROR Net::SMTPFatalError (554 Sandbox subdomains are for test purposes only. Please add your own domain or add the address to authorized recipients in Account Settings.) destination=mailgun',
    category: 'plan',
    destination: 'mailgun',
    rule: 'mailgun/sandbox-recipient',
    note: 'the same limit through the SMTP relay',
  },
  {
    line: "[Error: Unauthorized] { status: 401, details: 'Forbidden' } at mailgun.js/lib/Classes/common/Request.js",
    category: 'auth',
    destination: 'mailgun',
    rule: 'mailgun/invalid-key',
    note: 'mailgun.js: 401 "Forbidden" is a wrong (or public, or other-region) key, not a permission',
  },
  {
    line: j({ level: 'error', destination: 'mailgun', status: 400, body: { message: 'Invalid private key' } }),
    category: 'auth',
    rule: 'mailgun/invalid-key-text',
    note: 'the key wording without a 401',
  },
  {
    line: j({ level: 'error', url: 'https://api.mailgun.net/v3/mg.example.com/messages', status: 404, body: { message: 'Domain not found: mg.example.com' } }),
    category: 'auth',
    destination: 'mailgun',
    rule: 'mailgun/domain-not-found',
    note: 'a domain of another account or region: every send fails until the connection is fixed',
  },
  {
    line: j({ level: 'error', destination: 'mailgun', status: 403, body: { message: 'Domain mg.example.com is disabled' } }),
    category: 'plan',
    rule: 'mailgun/domain-disabled',
    note: 'a disabled domain is an account hold, not a missing permission',
  },
  {
    line: j({ level: 'error', destination: 'mailgun', status: 400, record_id: 'msg-1', body: { message: "'to' parameter is not a valid address. please check documentation" } }),
    category: 'validation',
    field: 'to',
    rule: 'mailgun/parameter',
    note: 'the message names the parameter',
  },
  {
    line: 'post https://api.mailgun.net/v3/sandbox0f23817ed73144e78bf00fbff019fc9c.mailgun.org/messages 400 {"message": "\'from\' parameter is missing"}',
    category: 'validation',
    destination: 'mailgun',
    field: 'from',
    rule: 'mailgun/parameter',
    note: 'text line with the URL and the status',
  },
  {
    line: 'PHP Fatal error:  Uncaught Mailgun\\Exception\\HttpClientException: The parameters passed to the API were invalid. Check your inputs! in /app/vendor/mailgun/mailgun-php/src/Exception/HttpClientException.php:58',
    category: 'validation',
    destination: 'mailgun',
    rule: 'mailgun/php-bad-request',
    note: 'mailgun-php hides the body of every 400; the namespace names Mailgun',
  },
  {
    line: j({ level: 'warn', destination: 'mailgun', status: 429, body: { message: 'Too many requests' } }),
    category: 'transient',
    rule: 'mailgun/rate-limit',
    note: '429: retry',
  },
];
