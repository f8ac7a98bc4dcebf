import type { RuleCase } from '../rule-tester.js';

/**
 * Paystack's code-less error bodies (`{"status":false,"message":"…"}`) by message, as relayed by
 * Guzzle (laravel-paystack) and yabacon/paystack-php.
 * Sources: PaystackOSS/openapi errors/api-errors.json (every message, its meaning and fix);
 * unicodeveloper/laravel-paystack #55, #182; andela-sjames/paystack-python #26;
 * yabacon/paystack-php src/Paystack/Http/Response.php.
 */
const j = (o: unknown): string => JSON.stringify(o);
const API = 'https://api.paystack.co';

export const paystackCases: RuleCase[] = [
  {
    line: 'Client error: `POST https://api.paystack.co/transaction/initialize` resulted in a `401 Unauthorized` response: { "status": false, "message": "Invalid key" }',
    category: 'auth',
    destination: 'paystack',
    rule: 'paystack/bad-key',
    note: 'laravel-paystack #55: Guzzle’s line for a wrong secret key',
  },
  {
    line: j({ level: 'error', status: 401, url: `${API}/transaction/initialize`, body: { status: false, message: 'No Authorization header was found' } }),
    category: 'auth',
    destination: 'paystack',
    rule: 'paystack/bad-key',
    note: 'paystack-python #26 and api-errors.json: the secret key was not sent',
  },
  {
    line: j({ level: 'error', status: 401, url: `${API}/transfer`, body: { status: false, message: 'Error: You do not have privileges for this action. Kindly contact Admin.' } }),
    category: 'permissions',
    destination: 'paystack',
    rule: 'paystack/privileges',
    note: 'api-errors.json: the user lacks the role for the action (even on a 401)',
  },
  {
    line: j({ level: 'error', status: 400, url: `${API}/transfer`, body: { status: false, message: 'You cannot initiate third party payouts as a starter business' } }),
    category: 'plan',
    destination: 'paystack',
    rule: 'paystack/integration-not-enabled',
    note: 'api-errors.json: Transfers need a registered business (upgrade)',
  },
  {
    line: "Yabacon\\Paystack\\Exception\\ApiException: Paystack Request failed with response: 'Merchant is not enabled for Partial Debit'.",
    category: 'plan',
    destination: 'paystack',
    rule: 'paystack/integration-not-enabled',
    note: 'yabacon/paystack-php ApiException wording; api-errors.json: Partial Debit not enabled for the integration',
  },
  {
    line: j({ level: 'error', status: 400, url: `${API}/transfer`, body: { status: false, message: 'Your balance is not enough to fulfil this request' } }),
    category: 'plan',
    destination: 'paystack',
    rule: 'paystack/balance',
    note: 'api-errors.json: the Paystack balance must be topped up',
  },
  {
    line: j({ level: 'warn', status: 429, url: `${API}/charge`, body: { status: false, message: 'Please wait a few minutes and try again.' } }),
    category: 'transient',
    destination: 'paystack',
    rule: 'paystack/rate-limit',
    note: 'api-errors.json: "You\'ve been rate-limited" (too many requests in a short timeframe)',
  },
  {
    line: j({ level: 'error', status: 400, url: `${API}/transfer`, body: { status: false, message: 'System Malfunction' } }),
    category: 'transient',
    destination: 'paystack',
    rule: 'paystack/try-again',
    note: 'api-errors.json: an unspecified error at the customer’s bank; retry the transfer',
  },
  {
    line: j({ level: 'error', status: 400, url: `${API}/transaction/charge_authorization`, body: { status: false, message: 'Insufficient Funds' } }),
    category: 'validation',
    destination: 'paystack',
    rule: 'paystack/customer-payment',
    note: 'api-errors.json: the customer’s card is not funded: the record, not the connection',
  },
  {
    line: j({ level: 'error', status: 400, url: `${API}/transferrecipient`, body: { status: false, message: 'bank_code is required' } }),
    category: 'validation',
    destination: 'paystack',
    field: 'bank_code',
    rule: 'paystack/invalid-request',
    note: 'api-errors.json: a missing parameter, named in the message',
  },
  {
    line: j({ level: 'error', status: 400, url: `${API}/transaction/initialize`, body: { status: false, message: 'Duplicate Transaction Reference' } }),
    category: 'validation',
    destination: 'paystack',
    rule: 'paystack/invalid-request',
    note: 'api-errors.json: a reference already used on this integration',
  },
  {
    line: 'GuzzleHttp \\ Exception \\ ClientException (401) Client error response [url] https://api.paystack.co/transaction/initialize [status code] 401 [reason phrase] Unauthorized',
    category: 'auth',
    destination: 'paystack',
    rule: 'paystack/http-401',
    note: 'laravel-paystack #182: Laravel’s page for Guzzle 5’s 401, without the body',
  },
];
