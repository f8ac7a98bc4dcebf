import type { Provider } from './provider.js';

/**
 * Stripe: `error.type` is invalid_request_error for 401, 403, 429 and 400 alike, so it decides
 * nothing; `error.code`, the status and the message do. SDK strings (Ruby, PHP, Python) drop
 * `param`, so the field also comes from the message.
 * Sources: docs.stripe.com/api/errors and /error-codes; the SDKs' status → exception mapping.
 */
const S = ['stripe'];

export const provider: Provider = {
  name: 'stripe',
  display: 'Stripe',
  keys: { code: ['decline_code'] },
  hints: ['api\\.stripe\\.com', 'stripe'],
  bodyKeys: ['request_log_url', 'decline_code'],
  rank: 30,
  links: {
    auth: 'https://dashboard.stripe.com/apikeys',
    permissions: 'https://docs.stripe.com/keys#limit-access',
    plan: 'https://dashboard.stripe.com/settings/billing',
    validation: 'https://docs.stripe.com/error-codes',
    outage: 'https://status.stripe.com',
    transient: 'https://status.stripe.com',
  },
  rules: [
    // parameter_unknown as the message states it, with no code in the line.
    {
      id: 'stripe/unknown-parameter-message',
      category: 'validation',
      cause: 'parameter_unknown',
      message: /Received unknown parameter: [\w\[\].]+/,
      fieldFrom: /Received unknown parameter: ([\w\[\].]+)/,
      summary: 'Stripe does not know parameter `{field}`',
      fix: 'Stop sending `{field}` (or send it where this API version expects it); retrying as is will not help.',
    },
    {
      id: 'stripe/api-key-expired',
      category: 'auth',
      cause: 'api_key_expired',
      code: ['api_key_expired', 'platform_api_key_expired'],
      summary: 'Stripe API key expired',
      fix: 'Roll a new key in the Stripe dashboard and update the connection; pause the sync until then.',
    },
    {
      id: 'stripe/rate-limit',
      link: 'https://docs.stripe.com/rate-limits',
      category: 'transient',
      cause: 'rate_limit',
      code: ['rate_limit', 'rate_limit_error', 'StripeRateLimitError', 'Stripe::RateLimitError'],
      destination: S,
      summary: 'Stripe rate limit',
      fix: 'Retry with backoff; lower concurrency if it persists (100 read / 100 write ops per second in live mode).',
    },
    {
      id: 'stripe/lock-timeout',
      category: 'transient',
      cause: 'lock_timeout',
      code: ['lock_timeout'],
      summary: 'Stripe object locked by a concurrent request',
      fix: 'Retry with backoff; serialise writes to the same object.',
    },
    {
      id: 'stripe/idempotency-in-use',
      category: 'transient',
      cause: 'idempotency_key_in_use',
      code: ['idempotency_key_in_use'],
      summary: 'Stripe idempotency key in use by a concurrent request',
      fix: 'Retry with backoff.',
    },
    {
      id: 'stripe/idempotency',
      category: 'validation',
      cause: 'idempotency_error',
      code: ['idempotency_error', 'Stripe::IdempotencyError', 'StripeIdempotencyError'],
      summary: 'Stripe idempotency key reused with different parameters',
      fix: 'Derive idempotency keys from the record and its payload version; never retry with a changed body under the same key.',
    },
    {
      id: 'stripe/secret-key-required',
      category: 'permissions',
      cause: 'secret_key_required',
      code: ['secret_key_required'],
      summary: 'Stripe publishable key used where a secret key is needed',
      fix: 'Connect with a secret or restricted key that has write access.',
    },
    {
      id: 'stripe/testmode-only',
      category: 'plan',
      cause: 'testmode_charges_only',
      code: ['testmode_charges_only', 'account_country_invalid_address'],
      summary: 'Stripe account not activated for live mode',
      fix: 'Activate the Stripe account (business details, bank account) before syncing live data.',
    },
    {
      id: 'stripe/account-limit',
      category: 'plan',
      cause: 'account_limit',
      code: ['customer_max_subscriptions', 'customer_max_payment_methods', 'payouts_limit_exceeded', 'instant_payouts_limit_exceeded', 'progressive_onboarding_limit_exceeded'],
      summary: 'Stripe account or object limit reached',
      fix: 'An account-level cap is reached; raise it with Stripe or clean up objects.',
    },
    {
      id: 'stripe/email-invalid',
      category: 'validation',
      cause: 'email_invalid',
      code: ['email_invalid'],
      summary: '`{field}`: invalid email address',
      fix: 'Trim and validate email values at the source.',
    },
    {
      id: 'stripe/resource-missing',
      category: 'validation',
      cause: 'resource_missing',
      code: ['resource_missing'],
      summary: 'Referenced Stripe object does not exist',
      fix: 'The record points at a missing Stripe object (deleted, or test vs live mode); re-resolve the ids.',
    },
    {
      id: 'stripe/livemode-mismatch',
      category: 'validation',
      cause: 'livemode_mismatch',
      code: ['livemode_mismatch'],
      summary: 'Stripe test-mode object used with a live key (or the reverse)',
      fix: 'Sync ids from the same mode as the key.',
    },
    // processing_error: Stripe says to try the charge again.
    {
      id: 'stripe/processing-error',
      category: 'transient',
      cause: 'processing_error',
      code: ['processing_error'],
      summary: 'Stripe could not process the card (temporary)',
      fix: 'Retry with backoff; Stripe asks to try again.',
    },
    {
      id: 'stripe/card-error',
      category: 'validation',
      cause: '{code}',
      code: ['card_declined', 'expired_card', 'incorrect_cvc', 'incorrect_number', 'invalid_cvc', 'invalid_expiry_month', 'invalid_expiry_year', 'card_error'],
      summary: 'Card declined or invalid (record-level payment failure)',
      fix: 'Nothing to retry: the customer must update the payment method.',
    },
    {
      id: 'stripe/parameter',
      category: 'validation',
      cause: 'invalid_parameter',
      code: [
        'parameter_missing',
        'parameter_invalid_integer',
        'parameter_invalid_empty',
        'parameter_invalid_string_blank',
        'parameter_invalid_string_empty',
        'parameter_unknown',
        'parameters_exclusive',
        'url_invalid',
        'tax_id_invalid',
        'postal_code_invalid',
        'country_code_invalid',
        'routing_number_invalid',
        'account_number_invalid',
        'shipping_address_invalid',
        'resource_already_exists',
        'amount_too_small',
        'amount_too_large',
        'invalid_characters',
        'string_length_exceeds_maximum',
      ],
      summary: 'Stripe rejected parameter `{field}`',
      fix: 'Fix the value mapped to `{field}` (see the sample for what Stripe expected).',
    },
    {
      id: 'stripe/api-error',
      category: 'transient',
      cause: 'api_error',
      code: ['api_error', 'StripeAPIError', 'Stripe::APIError'],
      destination: S,
      summary: 'Stripe server error',
      fix: 'Retry with backoff; check status.stripe.com if it persists.',
    },
    // Messages: the SDK strings and bodies without a code.
    {
      id: 'stripe/invalid-api-key',
      category: 'auth',
      cause: 'invalid_api_key',
      message: /Invalid API Key provided|You did not provide an API key|No API key provided|Expired API Key provided/i,
      summary: 'Stripe API key invalid or missing',
      fix: 'Update the connection with a valid secret or restricted key; pause the sync until then.',
    },
    {
      id: 'stripe/restricted-key',
      category: 'permissions',
      cause: 'restricted_key_permissions',
      message: /does not have the required permissions for this endpoint|required permissions are not available for use by restricted keys/i,
      summary: 'Stripe restricted key lacks a permission',
      fix: 'Add the named permission to the restricted key in the Stripe dashboard (or use a key that has it).',
    },
    {
      id: 'stripe/lock-message',
      category: 'transient',
      cause: 'lock_timeout',
      message: /This object cannot be accessed right now because another API request or Stripe process/i,
      summary: 'Stripe object locked by a concurrent request',
      fix: 'Retry with backoff; serialise writes to the same object.',
    },
    {
      id: 'stripe/idempotency-message',
      category: 'validation',
      cause: 'idempotency_error',
      message: /Keys for idempotent requests can only be used/i,
      summary: 'Stripe idempotency key reused with different parameters',
      fix: 'Derive idempotency keys from the record and its payload version; never retry with a changed body under the same key.',
    },
    {
      id: 'stripe/no-such-object',
      category: 'validation',
      cause: 'resource_missing',
      message: /\bNo such (?:customer|price|product|subscription|invoice|payment_?method|payment_?intent|charge|coupon|plan|source|account|token|card|setup_?intent|tax_?rate|promotion_?code)\b/i,
      summary: 'Referenced Stripe object does not exist',
      fix: 'The record points at a missing Stripe object (deleted, or test vs live mode); re-resolve the ids.',
    },
    {
      id: 'stripe/param-message',
      category: 'validation',
      cause: 'invalid_parameter',
      message: /Missing required param|Received unknown parameter|Invalid (?:integer|array|hash|boolean|timestamp|string|decimal|currency)\b|Invalid email address:/i,
      fieldFrom: /(?:Missing required param|Received unknown parameter): ([\w.[\]]+)/i,
      destination: S,
      summary: 'Stripe rejected a parameter',
      fix: 'Fix the value mapped to the named parameter (see the sample).',
    },
  ],
  /**
   * "Unexpected error communicating with Stripe" wraps a network cause; the network pack reads the
   * cause (refused, unresolvable) first, so this one sits after it.
   */
  lateRules: [
    {
      id: 'stripe/connection',
      category: 'transient',
      cause: 'api_connection_error',
      // The SDKs' own words for a failed connection: Node's "An error occurred with our connection to
      // Stripe", PHP's ApiConnection "Could not connect to Stripe (…)".
      message: /Unexpected error communicating (?:with|when trying to connect to) Stripe|StripeConnectionError|APIConnectionError|ApiConnection(?:Exception)?\b|An error occurred with our connection to Stripe|Could not connect to Stripe\b/i,
      summary: 'Network error talking to Stripe',
      fix: 'Retry with backoff; check egress / status.stripe.com if it persists.',
    },
    // The SDKs' exception classes, last: a code or a message above says more. Each SDK maps the
    // status onto the class (401 → Authentication, 403 → Permission, 402 → Card, 400/404 →
    // InvalidRequest), so the class names the category where no status is printed.
    // Spellings: Ruby Stripe::X, Python stripe.error.X, Node StripeX, PHP Stripe\Exception\X, Java com.stripe.exception.X.
    {
      id: 'stripe/sdk-authentication',
      category: 'auth',
      cause: 'AuthenticationError',
      message: /\b(?:Stripe::AuthenticationError|stripe\.(?:_?error\.)?AuthenticationError|StripeAuthenticationError|Stripe\\Exception\\AuthenticationException|Stripe\\Error\\Authentication|com\.stripe\.exception\.AuthenticationException)\b/,
      summary: 'Stripe rejected the API key',
      fix: 'Update the connection with a valid secret or restricted key; pause the sync until then.',
    },
    {
      id: 'stripe/sdk-permission',
      category: 'permissions',
      cause: 'PermissionError',
      message: /\b(?:Stripe::PermissionError|stripe\.(?:_?error\.)?PermissionError|StripePermissionError|Stripe\\Exception\\PermissionException|Stripe\\Error\\Permission|com\.stripe\.exception\.PermissionException)\b/,
      summary: 'Stripe key lacks permission for this call',
      fix: 'Grant the restricted key the permission (Stripe dashboard → API keys); keep syncing other records.',
    },
    // Connect: the platform acts on an account it has no connection to (in this mode).
    {
      id: 'stripe/connect-no-access',
      category: 'permissions',
      cause: 'no Connect access',
      message: /There is no OAuth Connection between your platform and|The provided key '[^']{0,60}' does not have access to account|does not have access to account '?acct_/i,
      summary: 'Stripe platform is not connected to this account (Connect)',
      fix: 'Connect the account to the platform (OAuth / Account Links) in the same mode (test or live) as the key; keep syncing the other accounts.',
    },
    {
      id: 'stripe/sdk-card',
      category: 'validation',
      cause: 'CardError',
      message: /\b(?:Stripe::CardError|stripe\.(?:_?error\.)?CardError|StripeCardError|Stripe\\Exception\\CardException|Stripe\\Error\\Card|com\.stripe\.exception\.CardException)\b/,
      summary: 'Stripe declined the card',
      fix: 'Nothing to retry: the customer must update the payment method.',
    },
    {
      id: 'stripe/sdk-invalid-request',
      category: 'validation',
      cause: 'InvalidRequestError',
      message: /\b(?:Stripe::InvalidRequestError|stripe\.(?:_?error\.)?InvalidRequestError|StripeInvalidRequestError|Stripe\\Exception\\InvalidRequestException|Stripe\\Error\\InvalidRequest|com\.stripe\.exception\.InvalidRequestException)\b/,
      summary: 'Stripe rejected the request for this record',
      fix: 'Read the sample for what Stripe expected of the record (a missing card, a parameter); fix the record or mapping, never retry as is.',
    },
  ],
};
