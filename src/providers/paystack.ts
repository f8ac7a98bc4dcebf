import type { Provider } from './provider.js';

/**
 * Paystack (`api.paystack.co`). Error bodies carry no code: `{"status":false,"message":"Invalid
 * key"}`, with the HTTP status beside them (400 validation or client error, 401 the secret key,
 * 404 not found, 5xx Paystack's side). The message decides, as Paystack's own list of API errors
 * explains them:
 * - "Invalid key", "No Authorization header was found", "Format is Authorization Bearer [secret
 *   key]", "Authentication token expired": auth.
 * - "You do not have privileges for this action. Kindly contact Admin.": permissions.
 * - The integration's standing or settings: "Merchant is not enabled for Partial Debit", "You
 *   cannot initiate third party payouts as a starter business", "Invalid Merchant Selected" (a
 *   disabled business), "Integration has been deactivated", "Currency not supported by merchant",
 *   "You need to disable the OTP requirement to use this feature", "Access Denied" (a feature such
 *   as dedicated virtual accounts not activated), and the Paystack balance ("Your balance is not
 *   enough to fulfil this request", "Insufficient balance to fulfill this refund. Please top up."):
 *   plan.
 * - "Please wait a few minutes and try again." (rate limited), "System Malfunction", "There was an
 *   error checking this authorization. Try again.", 429 and 5xx: transient.
 * - The record: a missing or invalid parameter ("bank_code is required", "Invalid Email Address
 *   Passed", "Duplicate Transaction Reference", "Transaction reference not found"), a customer's
 *   card or account ("Insufficient Funds", "Declined", "Expired card", "Denied by fraud system"):
 *   validation.
 * Client libraries relay the message: yabacon/paystack-php `Yabacon\Paystack\Exception\
 * ApiException: Paystack Request failed with response: '<message>'.`, laravel-paystack through
 * Guzzle ("resulted in a `401 Unauthorized` response: {…}"), the paystack Ruby gem
 * `PaystackBadKeyError` / `PaystackServerError`, paystack_sdk `PaystackSdk::AuthenticationError`.
 * The messages are plain words any API may use, so the rules are Paystack's lines only, except
 * wording no other API writes.
 * Sources: PaystackOSS/openapi errors/api-errors.json (every message above, with its meaning and
 * fix); paystack.com/docs/api (status codes); unicodeveloper/laravel-paystack #55, #86, #108
 * (`{"status": false, "message": "Invalid key"}` on 401); andela-sjames/paystack-python #26 (No
 * Authorization header was found); yabacon/paystack-php src/Paystack/Http/Response.php; the
 * paystack gem lib/paystack/error.rb; rubydoc paystack_sdk AuthenticationError.
 */
const P = ['paystack'];

export const provider: Provider = {
  name: 'paystack',
  display: 'Paystack',
  // "paystack" starts the host and every client name (`api.paystack.co`, `Yabacon\Paystack`,
  // `paystackapi`, `PaystackBadKeyError`, `PaystackSdk::`).
  hints: ['paystack\\w*'],
  links: {
    auth: 'https://paystack.com/docs/api/authentication/',
    permissions: 'https://support.paystack.com',
    plan: 'https://dashboard.paystack.com/#/settings',
    validation: 'https://paystack.com/docs/api/',
    transient: 'https://paystack.com/docs/api/',
    outage: 'https://status.paystack.com',
  },
  rules: [
    {
      id: 'paystack/bad-key',
      category: 'auth',
      cause: 'Invalid key',
      message: /\bInvalid key\b|No Authorization header was found|Format is Authorization Bearer \[?secret key\]?|Authentication token expired|\bPaystackBadKeyError\b|\bPaystackSdk::AuthenticationError\b/i,
      destination: P,
      summary: 'Paystack rejected the secret key',
      fix: 'Set the secret key (sk_live_… or sk_test_…, not the public pk_ key) from Settings → API Keys & Webhooks, sent as "Authorization: Bearer <key>"; pause the sync until then.',
    },
    {
      id: 'paystack/privileges',
      category: 'permissions',
      cause: 'no privileges',
      message: /You do not have privileges for this action/i,
      destination: P,
      summary: 'Paystack user may not perform this action',
      fix: 'Ask the integration’s admin to give this user the role the action needs; keep syncing other records.',
    },
    {
      id: 'paystack/integration-not-enabled',
      category: 'plan',
      cause: 'not enabled for the integration',
      message: /Merchant is not enabled for|You cannot initiate third party payouts as a starter business|Invalid Merchant Selected|Integration has been deactivated|Currency not supported by merchant|You need to disable the OTP requirement to use this feature|^Access Denied\.?$/im,
      destination: P,
      summary: 'Paystack integration not enabled or not allowed to do this',
      fix: 'The business must be activated for the feature (ask support@paystack.com), upgraded from a starter business, reactivated, or have the currency or setting enabled in the dashboard; retrying before that fails again.',
    },
    {
      id: 'paystack/balance',
      category: 'plan',
      cause: 'insufficient Paystack balance',
      message: /Your balance is not enough to fulfill? this request|Insufficient balance to fulfill this refund/i,
      destination: P,
      summary: 'Paystack balance too low for this transfer or refund',
      fix: 'Top up the Paystack balance (Dashboard → Balance → Top up), then retry; until then every transfer and refund fails.',
    },
    {
      id: 'paystack/rate-limit',
      category: 'transient',
      cause: 'rate limited',
      message: /Please wait a few minutes and try again/i,
      destination: P,
      summary: 'Paystack rate limit',
      fix: 'Retry after a few minutes with backoff; spread the requests out.',
    },
    {
      id: 'paystack/try-again',
      category: 'transient',
      cause: 'try again',
      message: /\bSystem Malfunction\b|There was an error checking this authorization\. Try again/i,
      destination: P,
      summary: 'Paystack or the bank failed to process the request',
      fix: 'Retry with backoff: the bank or Paystack had an unspecified error.',
    },
    {
      id: 'paystack/customer-payment',
      category: 'validation',
      cause: 'payment declined',
      message: /\bInsufficient Funds\b|^Declined\.?$|\bExpired card\b|\bPickup card\b|\bDenied by fraud system\b|\bRefer to card issuer\b|\bAccount closed\b/im,
      destination: P,
      summary: 'Paystack: the customer’s card or bank account was declined',
      fix: 'A record-level failure: the customer must use another card or account or contact their bank; do not retry as is.',
    },
    {
      id: 'paystack/invalid-request',
      category: 'validation',
      cause: 'invalid request',
      message: /\b(?:is|are) required\b|\bis invalid\b|\bnot found\b|\bDuplicate\b|\bInvalid\b|\bmust be\b|\bshould be\b|\bis not allowed\b|\balready (?:in use|exists|in place)\b/i,
      destination: P,
      fieldFrom: /\b([a-z]+_[a-z_]+(?:, [a-z]+_[a-z_]+)*) (?:is|are) required\b/,
      summary: 'Paystack rejected the request for this record',
      fix: 'Fix the value the message names (a missing or malformed parameter, a reference already used, a code or id that does not exist on this integration, or test and live keys mixed up); retrying as is fails again.',
    },
    {
      id: 'paystack/http-401',
      category: 'auth',
      cause: 'HTTP 401',
      status: [401],
      destination: P,
      summary: 'Paystack rejected the secret key (HTTP 401)',
      fix: 'Set the secret key (sk_live_… or sk_test_…) sent as "Authorization: Bearer <key>"; pause the sync until then.',
    },
  ],
};
