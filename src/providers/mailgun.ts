import type { Provider } from './provider.js';

/**
 * Mailgun (`api.mailgun.net/v3`, EU accounts on `api.eu.mailgun.net`), SDKs mailgun.js /
 * mailgun-js, mailgun-php (`Mailgun\Exception\HttpClientException`: "The parameters passed to the
 * API were invalid. Check your inputs!" for any 400), SMTP relay (`smtp.mailgun.org`). Errors are
 * `{"message":"…"}`; the SMTP relay answers the same texts after a 4xx/5xx reply code.
 * - 401 "Forbidden" (wrong or public key, or a key of the other region) and "Invalid private key":
 *   auth. "Domain not found: x" (404) for a domain the key's account (or region) does not hold:
 *   auth too, every send fails until the connection names the right domain and region.
 * - "Sandbox subdomains are for test purposes only. Please add your own domain or add the address to
 *   authorized recipients in Account Settings." (400 / 403, SMTP 421 / 554) and the same for free
 *   accounts: plan, the account may only mail authorized recipients until a domain is verified or
 *   the plan allows it. A disabled domain or account ("Domain … is disabled"): plan (billing or
 *   compliance hold, support lifts it).
 * - 400 parameter errors name the parameter: "'to' parameter is not a valid address. please check
 *   documentation", "'from' parameter is missing", "Need at least one of 'text', 'html' or
 *   'template' parameters specified": validation on it.
 * - 429: transient.
 * Sources: documentation.mailgun.com (API overview, errors, sandbox domains), help.mailgun.com
 * "Authorized Recipients"; real bodies in mailgun-js-boland #119 and #199, fastlane #8568,
 * LaravelRUS/laravel.ru #74, googleapis/google-api-php-client #1539, mailgun-php #462 and #587,
 * theoomoregbee/US-visa-appointment-notifier #5 (403 sandbox, 401 Forbidden), swapmyvote #332/#891.
 */
const MG = ['mailgun'];

export const provider: Provider = {
  name: 'mailgun',
  display: 'Mailgun',
  aliases: ['mailgun', 'sinchmailgun'],
  hints: ['mailgun', 'api(?:\\.eu)?\\.mailgun\\.net', 'mailgun\\.(?:js|org)', 'mailgun-(?:js|php)', 'Mailgun\\\\\\w+(?:\\\\\\w+)*'],
  links: {
    auth: 'https://app.mailgun.com/settings/api_security',
    permissions: 'https://app.mailgun.com/settings/api_security',
    plan: 'https://help.mailgun.com/hc/en-us/articles/217531258-Authorized-Recipients',
    validation: 'https://documentation.mailgun.com/docs/mailgun/api-reference/',
    transient: 'https://documentation.mailgun.com/docs/mailgun/api-reference/',
    outage: 'https://status.mailgun.com',
  },
  rules: [
    {
      id: 'mailgun/sandbox-recipient',
      category: 'plan',
      cause: 'sandbox / free account recipients',
      message: /(?:Sandbox subdomains|Free accounts) are for test purposes only|add the address to authorized recipients/i,
      summary: 'Mailgun sandbox domain or free account may only mail authorized recipients',
      fix: 'Verify your own sending domain (and send from it), add the recipients as authorized recipients, or upgrade the Mailgun plan.',
    },
    {
      id: 'mailgun/invalid-key',
      category: 'auth',
      cause: 'API key rejected',
      message: /^(?:Forbidden|Unauthorized)$|\bInvalid private key\b|\bForbidden\b/,
      status: [401],
      destination: MG,
      summary: 'Mailgun rejected the API key (wrong key, public key, or the other region’s key)',
      fix: 'Use a private or domain sending key from the account’s API Security page, and the API host of its region (api.eu.mailgun.net for EU accounts); pause the sync until then.',
    },
    {
      id: 'mailgun/invalid-key-text',
      category: 'auth',
      cause: 'API key rejected',
      message: /\bInvalid private key\b/i,
      destination: MG,
      summary: 'Mailgun rejected the API key (wrong key, public key, or the other region’s key)',
      fix: 'Use a private or domain sending key from the account’s API Security page, and the API host of its region (api.eu.mailgun.net for EU accounts); pause the sync until then.',
    },
    {
      id: 'mailgun/domain-not-found',
      category: 'auth',
      cause: 'domain not found',
      message: /\bDomain not found\b/i,
      destination: MG,
      summary: 'Mailgun does not know the sending domain (wrong domain, or the other region)',
      fix: 'Set the connection’s domain to one of the account’s domains (Sending → Domains) and use the API host of its region; every send fails until then.',
    },
    {
      id: 'mailgun/domain-disabled',
      category: 'plan',
      cause: 'domain or account disabled',
      message: /\b(?:domain|account)\b.{0,100}?\b(?:is|has been) (?:disabled|suspended|deactivated)\b/i,
      destination: MG,
      summary: 'Mailgun disabled the sending domain or account',
      fix: 'Contact Mailgun support / billing to lift the hold on the domain or account; pause the sync until then.',
    },
    {
      id: 'mailgun/parameter',
      category: 'validation',
      cause: 'invalid parameter',
      message: /'?[\w:-]+'? parameter is (?:missing|not a valid|invalid)|Need at least one of '|is not a valid address|parameters? (?:are|is) (?:missing|invalid)/i,
      destination: MG,
      fieldFrom: /'?([\w:-]+)'? parameter is (?:missing|not a valid|invalid)|Need at least one of '([\w:-]+)'/i,
      summary: 'Mailgun rejected the message: parameter `{field}`',
      fix: 'Fix the mapped value of the parameter (a valid address in to/from, one of text / html / template present); retrying the same message fails again.',
    },
    // mailgun-php turns every 400 into this sentence and drops the body.
    {
      id: 'mailgun/php-bad-request',
      category: 'validation',
      cause: 'HTTP 400',
      message: /The parameters passed to the API were invalid\. Check your inputs/i,
      summary: 'Mailgun rejected the request parameters (the PHP SDK hides which)',
      fix: 'Log the response body (HttpClientException::getResponseBody) to see the parameter; check the recipient and sender addresses first.',
    },
    {
      id: 'mailgun/rate-limit',
      category: 'transient',
      cause: 'HTTP 429',
      status: [429],
      destination: MG,
      summary: 'Mailgun rate limit',
      fix: 'Retry with backoff; send batches (up to 1,000 recipients with recipient-variables) instead of one call per message.',
    },
  ],
};
