import type { RuleCase } from '../rule-tester.js';

/**
 * Mailchimp Transactional (Mandrill) `{"status":"error","code","name","message"}` on HTTP 500, from
 * the API reference and SDK tests.
 */
const j = (o: object) => JSON.stringify(o);
const md = (code: number, name: string, message: string) => ({ status: 'error', code, name, message });

export const mandrillCases: RuleCase[] = [
  {
    line: j({ level: 'error', destination: 'mandrill', status: 500, body: md(-1, 'Invalid_Key', 'Invalid API key') }),
    category: 'auth',
    rule: 'mandrill/invalid-key',
    note: 'Invalid_Key arrives as HTTP 500: never a server error',
  },
  {
    line: j({ level: 'error', destination: 'mailchimp_transactional', status: 500, body: md(10, 'PaymentRequired', 'Email scheduling is only available for accounts with a positive balance.') }),
    category: 'plan',
    destination: 'mandrill',
    rule: 'mandrill/payment-required',
    note: 'PaymentRequired; "mailchimp_transactional" names Mandrill, not Mailchimp Marketing',
  },
  {
    line: j({ level: 'error', destination: 'mandrill', status: 500, body: md(5, 'Unknown_Template', 'No such template "welcome-v2"') }),
    category: 'validation',
    rule: 'mandrill/unknown-template',
    note: 'Unknown_Template',
  },
  {
    line: j({ level: 'error', destination: 'mandrill', status: 500, body: md(-2, 'ValidationError', 'Validation error: {"message":{"to":[{"email":"Please enter a valid email address"}]}}') }),
    category: 'validation',
    field: 'to',
    rule: 'mandrill/validation',
    note: 'ValidationError names the parameter inside its message',
  },
  {
    line: j({ level: 'error', destination: 'mandrill', status: 500, body: md(12, 'Unknown_Subaccount', "No subaccount exists with the id 'acme-eu'") }),
    category: 'validation',
    rule: 'mandrill/unknown-subaccount',
    note: 'Unknown_Subaccount',
  },
  {
    line: j({ level: 'error', destination: 'mandrill', status: 500, body: md(-1, 'GeneralError', 'An unexpected error occurred processing the request. Mandrill developers have been notified.') }),
    category: 'transient',
    rule: 'mandrill/general-error',
    note: 'GeneralError',
  },
  {
    line: 'mandrill.InvalidKeyError: Invalid API key',
    category: 'auth',
    destination: 'mandrill',
    rule: 'mandrill/invalid-key',
    note: 'the old Python client’s exception',
  },
  {
    line: 'Mandrill::PaymentRequiredError: Email scheduling is only available for accounts with a positive balance.',
    category: 'plan',
    rule: 'mandrill/payment-required',
    note: 'the Ruby gem’s exception',
  },
  {
    line: 'ERROR Mailchimp Transactional send failed: {"status":"error","code":-1,"name":"Invalid_Key","message":"Invalid API key"}',
    category: 'auth',
    destination: 'mandrill',
    rule: 'mandrill/invalid-key',
    note: '"Mailchimp Transactional" in prose is Mandrill',
  },
  {
    line: j({ level: 'error', status: 500, body: md(-1, 'Invalid_Key', 'Invalid API key') }),
    category: 'auth',
    rule: 'http/auth-message',
    note: 'near miss: with no destination the generic wording decides (still auth, not the 500)',
  },
  {
    line: j({ type: 'https://mailchimp.com/developer/marketing/docs/errors/', title: 'API Key Invalid', status: 401, detail: "Your API key may be invalid, or you've attempted to access the wrong datacenter." }),
    category: 'auth',
    destination: 'mailchimp',
    note: 'near miss: Mailchimp Marketing’s problem document stays Mailchimp’s',
  },
];
