import type { RuleCase } from '../rule-tester.js';

/**
 * Stripe. `type: invalid_request_error` is used for 401, 403, 429 and 400 alike; code, param,
 * message and status decide. SDK strings (Ruby, PHP, Python) drop `param`.
 * Sources: docs.stripe.com/api/errors, /error-codes, the SDKs' status → exception mapping, real
 * bodies in stripe-node / stripe-php / stripe-cli issues. Expectations from DESIGN.md §2/§7.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const stripeCases: RuleCase[] = [
  {
    line: 'error: Stripe Payment Error: An error occurred with our connection to Stripe.',
    category: 'transient',
    rule: 'stripe/connection',
    destination: 'stripe',
    note: "stripe-node's message for a failed connection (StripeConnectionError)",
  },
  // ---------------------------------------------------------------- auth
  {
    line: j({ ts: '2024-05-02T10:14:03Z', level: 'error', destination: 'stripe', record_id: 'cus-88121', status: 401, body: { error: { message: 'Invalid API Key provided: sk_live_********************8Kq2', type: 'invalid_request_error' } } }),
    category: 'auth',
    destination: 'stripe',
    note: '401 invalid_request_error with no code, "Invalid API Key provided": auth',
  },
  {
    line: j({
      ts: '2024-05-02T10:14:04Z',
      level: 'error',
      record_id: 'cus-88122',
      status: 401,
      body: {
        error: {
          message:
            "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.",
          type: 'invalid_request_error',
        },
      },
    }),
    category: 'auth',
    note: '401 missing key, no destination field: auth',
  },
  {
    line: j({
      ts: '2024-05-02T10:15:00Z',
      level: 'error',
      destination: 'stripe',
      record_id: 'inv-4410',
      status: 401,
      body: { error: { code: 'api_key_expired', doc_url: 'https://stripe.com/docs/error-codes/api-key-expired', message: 'Expired API Key provided: rk_live_*****************************a1b2c3', type: 'invalid_request_error' } },
    }),
    category: 'auth',
    cause: 'api_key_expired',
    note: '401 code api_key_expired',
  },
  {
    line: 'E, [2024-05-02T10:15:30.118 #4411] ERROR -- : record=cus_77 Stripe::AuthenticationError: (Status 401) (Request req_8Yq1bXwLm2Rz) Invalid API Key provided: sk_live_****************************Aso0',
    category: 'auth',
    note: 'stripe-ruby AuthenticationError to_s format',
  },
  {
    line: '2024-05-02 10:15:31 ERROR sync.stripe record=inv-4412 stripe.error.AuthenticationError: Request req_Qk2LmN3oP4: Expired API Key provided: rk_live_*****************************x9y8z7',
    category: 'auth',
    note: 'stripe-python AuthenticationError: expired restricted key',
  },
  {
    line: j({ ts: '2024-05-02T10:24:00Z', level: 'error', destination: 'stripe', record_id: 'tok-1', status: 400, url: 'https://connect.stripe.com/oauth/token', body: { error: 'invalid_grant', error_description: 'Authorization code provided does not belong to you' } }),
    category: 'auth',
    cause: 'invalid_grant',
    note: 'Connect OAuth flat {error: invalid_grant}: auth despite HTTP 400',
  },

  // ---------------------------------------------------------------- permissions
  {
    line: j({
      ts: '2024-05-02T10:16:11Z',
      level: 'error',
      destination: 'stripe',
      record_id: 'acct-sync-1',
      status: 403,
      body: {
        error: {
          message:
            "The provided key 'rk_live_*********************************qs8Kgd' does not have the required permissions for this endpoint on account 'acct_1PJBLEBBLEfV'. Having the 'rak_customer_write' permission would allow this request to continue.",
          type: 'invalid_request_error',
        },
      },
    }),
    category: 'permissions',
    note: '403 restricted key lacks a rak_* permission (type invalid_request_error decides nothing)',
  },
  {
    line: j({
      ts: '2024-05-02T10:16:12Z',
      level: 'error',
      destination: 'stripe',
      record_id: 'sess-19',
      status: 403,
      body: {
        error: {
          message:
            "The provided key 'rk_test_***OrqQzX' does not have the required permissions for this endpoint on account 'acct_1Cr5cpGaWq1l1Ho5'. This is a restricted API key, but the required permissions are not available for use by restricted keys.",
          type: 'invalid_request_error',
        },
      },
    }),
    category: 'permissions',
    note: '403 endpoint not available to restricted keys',
  },
  {
    line: '[2024-05-02 10:23:00] request.CRITICAL: Uncaught PHP Exception Stripe\\Exception\\PermissionException: "The provided key \'rk_live_***L\' does not have the required permissions for this endpoint on account \'acct_1***3\'. Having the \'rak_plan_write\' permission would allow this request to continue." at /var/www/vendor/stripe/stripe-php/lib/Exception/ApiErrorException.php line 38',
    category: 'permissions',
    note: 'PHP PermissionException naming rak_plan_write: "plan" in a permission name must not make it plan',
  },
  {
    line: "StripePermissionError: The provided key 'rk_live_***9f2a' does not have the required permissions for this endpoint on account 'acct_1NvX2bLkd8'. Having the 'rak_invoice_write' permission would allow this request to continue. { type: 'StripePermissionError', rawType: 'invalid_request_error', statusCode: 403, requestId: 'req_3mXvYz1aBcDe' }",
    category: 'permissions',
    note: 'stripe-node StripePermissionError dump (rawType invalid_request_error, statusCode 403)',
  },

  // ---------------------------------------------------------------- plan
  {
    line: j({
      ts: '2024-05-02T10:25:00Z',
      level: 'error',
      destination: 'stripe',
      record_id: 'ch-2001',
      status: 400,
      body: { error: { code: 'testmode_charges_only', doc_url: 'https://stripe.com/docs/error-codes/testmode-charges-only', message: 'Your account cannot currently make live charges.', type: 'invalid_request_error' } },
    }),
    category: 'plan',
    cause: 'testmode_charges_only',
    note: 'testmode_charges_only: the account is not activated for live mode (account-level, not the record)',
  },

  // ---------------------------------------------------------------- validation
  {
    line: j({
      ts: '2024-05-02T10:18:02Z',
      level: 'error',
      destination: 'stripe',
      record_id: 'pi-771',
      status: 400,
      body: { error: { code: 'parameter_invalid_integer', doc_url: 'https://stripe.com/docs/error-codes/parameter-invalid-integer', message: 'Invalid integer: 9175.2', param: 'amount', type: 'invalid_request_error' } },
    }),
    category: 'validation',
    field: 'amount',
    note: '400 parameter_invalid_integer with param amount',
  },
  {
    line: j({
      ts: '2024-05-02T10:18:09Z',
      level: 'error',
      record_id: 'cus-5512',
      status: 400,
      body: {
        error: {
          code: 'email_invalid',
          doc_url: 'https://stripe.com/docs/error-codes/email-invalid',
          message: 'Invalid email address: jane.doe@gmail',
          param: 'email',
          request_log_url: 'https://dashboard.stripe.com/logs/req_Xk2j9?t=1714644489',
          type: 'invalid_request_error',
        },
      },
    }),
    category: 'validation',
    cause: 'email_invalid',
    field: 'email',
    destination: 'stripe',
    note: 'email_invalid, param email; no destination field (request_log_url / doc_url identify Stripe)',
  },
  {
    line: j({
      ts: '2024-05-02T10:18:30Z',
      level: 'error',
      destination: 'stripe',
      record_id: 'cs-0093',
      status: 400,
      body: { error: { code: 'resource_missing', doc_url: 'https://stripe.com/docs/error-codes/resource-missing', message: "No such price: 'price_1HFw3QAQHy2zYPZft7bbrtWZ'", param: 'line_items[0][price]', type: 'invalid_request_error' } },
    }),
    category: 'validation',
    cause: 'resource_missing',
    field: 'line_items[0][price]',
    note: 'resource_missing with a bracketed param path',
  },
  {
    line: j({
      ts: '2024-05-02T10:19:00Z',
      level: 'error',
      destination: 'stripe',
      record_id: 'prod-3',
      status: 400,
      body: { error: { code: 'parameter_unknown', doc_url: 'https://stripe.com/docs/error-codes/parameter-unknown', message: 'Received unknown parameter: captured', param: 'captured', type: 'invalid_request_error' } },
    }),
    category: 'validation',
    field: 'captured',
    note: 'parameter_unknown',
  },
  {
    line: j({
      ts: '2024-05-02T10:19:20Z',
      level: 'error',
      destination: 'stripe',
      record_id: 'ch-900',
      status: 400,
      body: {
        error: {
          message:
            "Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than 'da52b99a-712a-436a-8fc5-e2e4b4e290a8' if you meant to execute a different request.",
          type: 'idempotency_error',
        },
      },
    }),
    category: 'validation',
    note: 'idempotency_error: same key, different payload (not retryable as-is)',
  },
  {
    line: j({
      ts: '2024-05-02T10:19:44Z',
      level: 'error',
      destination: 'stripe',
      record_id: 'ch-901',
      status: 402,
      body: {
        error: {
          code: 'card_declined',
          decline_code: 'insufficient_funds',
          doc_url: 'https://stripe.com/docs/error-codes/card-declined',
          message: 'Your card has insufficient funds.',
          param: '',
          type: 'card_error',
          charge: 'ch_3P1xQ2LkdIwHu7ix0abc1234',
        },
      },
    }),
    category: 'validation',
    field: null,
    note: '402 card_declined is a record-level payment failure (validation), not plan; param "" names no field',
  },
  {
    line: '2024-05-02 10:21:13 ERROR sync.stripe record=cus-1201 stripe.error.InvalidRequestError: Request req_XTlAWwP4B1qSLk: No such customer: \'cus_NffrFeUfNV2Hib\'',
    category: 'validation',
    note: 'python InvalidRequestError "No such customer" (param not printed)',
  },
  {
    line: 'E, [2024-05-02T10:21:40.002 #4411] ERROR -- : record=cus_91 Stripe::InvalidRequestError: Invalid email address: otameshi@com',
    category: 'validation',
    note: 'stripe-ruby InvalidRequestError "Invalid email address"',
  },
  {
    line: 'PHP Fatal error:  Uncaught (Status 400) (Request req_qp5ygScTPZF6Jk) This value must be greater than or equal to 1. thrown in /app/vendor/stripe/stripe-php/lib/Exception/ApiErrorException.php on line 38',
    category: 'validation',
    note: 'stripe-php uncaught 400: param dropped by the SDK string',
  },
  {
    line: j({
      ts: '2024-05-02T10:26:00Z',
      level: 'error',
      destination: 'stripe',
      record_id: 'cus-3',
      status: 404,
      body: { error: { message: "No such customer: cus_4R8fx1qQqk2Aeb; a similar object exists in test mode, but a live mode key was used to make this request.", param: 'customer', type: 'invalid_request_error' } },
    }),
    category: 'validation',
    field: 'customer',
    note: 'test vs live mode mismatch on a referenced object: validation with param',
  },

  // ---------------------------------------------------------------- transient
  {
    line: j({
      ts: '2024-05-02T10:17:40Z',
      level: 'warn',
      destination: 'stripe',
      record_id: 'cus-90001',
      status: 429,
      body: { error: { code: 'rate_limit', doc_url: 'https://stripe.com/docs/error-codes/rate-limit', message: 'Request rate limit exceeded. Learn more about rate limits here https://stripe.com/docs/rate-limits.', type: 'invalid_request_error' } },
    }),
    category: 'transient',
    cause: 'rate_limit',
    note: '429 code rate_limit with type invalid_request_error: transient',
  },
  {
    line: '{"error":{"type":"invalid_request_error","message":"Request rate limit exceeded","code":"rate_limit"}}',
    category: 'transient',
    note: 'legacy rate limit sent as HTTP 400 (no status in the line) with code rate_limit',
  },
  {
    line: j({
      ts: '2024-05-02T10:17:41Z',
      level: 'warn',
      destination: 'stripe',
      record_id: 'sub-3121',
      status: 429,
      body: {
        error: {
          code: 'lock_timeout',
          doc_url: 'https://stripe.com/docs/error-codes/lock-timeout',
          message:
            'This object cannot be accessed right now because another API request or Stripe process is currently accessing it. If you see this error intermittently, retry the request. If you see this error frequently and are making multiple concurrent requests to a single object, make your requests serially or at a lower rate.',
          request_log_url: 'https://dashboard.stripe.com/logs/req_o73536',
          type: 'invalid_request_error',
        },
      },
    }),
    category: 'transient',
    cause: 'lock_timeout',
    note: '429 lock_timeout: an object lock, transient',
  },
  {
    line: 'E, [2024-05-02T10:22:01.551 #4411] ERROR -- : record=sub_44 Stripe::RateLimitError: (Status 429) (Request req_red55E8FlXf3Nz) This object cannot be accessed right now because another API request or Stripe process is currently accessing it. If you see this error intermittently, retry the request.',
    category: 'transient',
    note: 'stripe-ruby RateLimitError raised for lock_timeout',
  },
  {
    line: j({ ts: '2024-05-02T10:20:00Z', level: 'error', destination: 'stripe', record_id: 'iss-4', status: 500, body: { error: { message: 'An unknown error occurred', type: 'api_error' } } }),
    category: 'transient',
    note: '500 api_error: transient',
  },
  {
    line: j({ ts: '2024-05-02T10:24:30Z', level: 'error', destination: 'stripe', record_id: 'cus-777', status: 502, body: '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>' }),
    category: 'transient',
    note: '502 non-JSON gateway page',
  },
  {
    line: "2024-05-02 10:21:20 ERROR sync.stripe record=cus-1210 stripe.error.APIConnectionError: Unexpected error communicating with Stripe.  If this problem persists, let us know at support@stripe.com. (Network error: ReadTimeout: HTTPSConnectionPool(host='api.stripe.com', port=443): Read timed out. (read timeout=80))",
    category: 'transient',
    destination: 'stripe',
    note: 'APIConnectionError caused by a read timeout: transient',
  },

  // ---------------------------------------------------------------- outage
  // Both Stripe outage cases (APIConnectionError caused by ECONNREFUSED / ENOTFOUND) are in regressions below.
];

/**
 * Cases the first rule tables got wrong, fixed since and kept as regressions: each "was:" says
 * what the tool returned then and why that was wrong.
 */
export const regressions: RuleCase[] = [
  // was: field "amount." (rule stripe/param-message).
  // why: the field pattern [\w.[\]]+ keeps the sentence-ending period of "Missing required param: amount."
  {
    line: "[2016-03-01 12:00:00] production.ERROR: exception 'Stripe\\Error\\InvalidRequest' with message 'Missing required param: amount.' in /srv/app/vendor/stripe/stripe-php/lib/ApiRequestor.php:103",
    category: 'validation',
    field: 'amount',
    note: 'legacy stripe-php InvalidRequest: the param is only in the message "Missing required param: amount."',
  },
  // was: validation (rule stripe/card-error, cause card_error).
  // why: processing_error is not listed, so type card_error matches the decline rule; Stripe docs: processing_error means attempt the payment again (transient).
  {
    line: j({
      ts: '2024-05-02T10:20:30Z',
      level: 'error',
      destination: 'stripe',
      record_id: 'ch-77',
      status: 402,
      body: { error: { code: 'processing_error', doc_url: 'https://stripe.com/docs/error-codes/processing-error', message: 'An error occurred while processing your card. Try again in a little bit.', type: 'card_error' } },
    }),
    category: 'transient',
    note: 'card_error code processing_error: Stripe says attempt again (transient), unlike card_declined',
  },
  // was: transient (rule stripe/connection).
  // why: stripe/connection catches every APIConnectionError before the network pack reads the Caused-by ([Errno 111] Connection refused = ECONNREFUSED = outage per DESIGN).
  {
    line: "2024-05-02 10:21:15 ERROR sync.stripe record=cus-1203 stripe.error.APIConnectionError: Unexpected error communicating with Stripe.  If this problem persists, let us know at support@stripe.com. (Network error: ConnectionError: HTTPSConnectionPool(host='api.stripe.com', port=443): Max retries exceeded with url: /v1/customers (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f2a1c0d3e50>: Failed to establish a new connection: [Errno 111] Connection refused')))",
    category: 'outage',
    destination: 'stripe',
    note: 'APIConnectionError caused by ECONNREFUSED on the API host: DESIGN says outage (the "Caused by" decides)',
  },
  // was: transient (rule stripe/connection).
  // why: same as above with [Errno -2] Name or service not known (ENOTFOUND = outage per DESIGN).
  {
    line: "2024-05-02 10:21:16 ERROR sync.stripe record=cus-1204 stripe.error.APIConnectionError: Unexpected error communicating with Stripe.  If this problem persists, let us know at support@stripe.com. (Network error: ConnectionError: HTTPSConnectionPool(host='api.stripe.com', port=443): Max retries exceeded with url: /v1/charges (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f2a1c0d3f10>: Failed to establish a new connection: [Errno -2] Name or service not known')))",
    category: 'outage',
    note: 'APIConnectionError caused by ENOTFOUND ([Errno -2]): outage',
  },
  // SDK exception classes where no status or code is printed.
  {
    line: 'Stripe::InvalidRequestError - This customer has no attached card:',
    category: 'validation',
    destination: 'stripe',
    rule: 'stripe/sdk-invalid-request',
    note: 'Ruby class of a 400/404 (stripe-ruby maps the status onto the class)',
  },
  {
    line: "stripe._error.PermissionError: Request req_1: The provided key 'rk_live_***' does not have access to account 'acct_1' (or that account does not exist).",
    category: 'permissions',
    destination: 'stripe',
    rule: 'stripe/sdk-permission',
    note: 'Python class of a 403',
  },
  {
    line: 'StripeAuthenticationError: Invalid token',
    category: 'auth',
    rule: 'stripe/sdk-authentication',
    note: 'Node class of a 401',
  },
  {
    line: 'PHP Fatal error:  Uncaught Stripe\\Exception\\CardException: Your card has insufficient funds.',
    category: 'validation',
    rule: 'stripe/sdk-card',
    note: 'PHP class of a 402',
  },
  {
    line: 'ERROR MyInvalidRequestErrorHandler: retrying',
    category: 'unknown',
    note: 'a class name merely containing the words is no Stripe class',
  },
];

/**
 * One case per rule that no other case decided (the rule-coverage test): each pins the rule that
 * must decide it. Codes from docs.stripe.com/error-codes; bodies that carry only code, type and
 * doc_url are logged as such (no message is made up for them).
 */
export const ruleCoverage: RuleCase[] = [
  {
    line: j({
      ts: '2026-03-14T10:00:00Z',
      level: 'error',
      destination: 'stripe',
      record_id: 'inv-2231',
      status: 409,
      error: {
        code: 'idempotency_key_in_use',
        message:
          'There is currently another in-progress request using this Idempotent Key (that probably means you submitted twice, and the other request is still going through): sync-inv-2231. Please try again later.',
        type: 'idempotency_error',
      },
    }),
    category: 'transient',
    cause: 'idempotency_key_in_use',
    rule: 'stripe/idempotency-in-use',
    note: '409 idempotency_key_in_use (a concurrent request holds the key): retry, not the idempotency_error of a changed body',
  },
  {
    line: j({
      ts: '2026-03-14T10:01:00Z',
      level: 'error',
      destination: 'stripe',
      record_id: 'cus-778',
      status: 401,
      error: { code: 'secret_key_required', doc_url: 'https://stripe.com/docs/error-codes/secret-key-required', type: 'invalid_request_error' },
    }),
    category: 'permissions',
    cause: 'secret_key_required',
    rule: 'stripe/secret-key-required',
    note: 'secret_key_required: a publishable key where a secret key is needed',
  },
  {
    line: j({
      ts: '2026-03-14T10:02:00Z',
      level: 'error',
      destination: 'stripe',
      record_id: 'sub-9031',
      status: 400,
      error: { code: 'customer_max_subscriptions', doc_url: 'https://stripe.com/docs/error-codes/customer-max-subscriptions', type: 'invalid_request_error' },
    }),
    category: 'plan',
    cause: 'account_limit',
    rule: 'stripe/account-limit',
    note: 'customer_max_subscriptions: an account-level cap, plan',
  },
  {
    line: j({
      ts: '2026-03-14T10:03:00Z',
      level: 'error',
      destination: 'stripe',
      record_id: 'pi-4410',
      status: 400,
      error: { code: 'livemode_mismatch', doc_url: 'https://stripe.com/docs/error-codes/livemode-mismatch', type: 'invalid_request_error' },
    }),
    category: 'validation',
    cause: 'livemode_mismatch',
    rule: 'stripe/livemode-mismatch',
    note: 'livemode_mismatch: test-mode object with a live key (or the reverse)',
  },
  {
    line: "StripeIdempotencyError: Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than 'sync-cus-1182' if you meant to execute a different request.",
    category: 'validation',
    cause: 'idempotency_error',
    destination: 'stripe',
    rule: 'stripe/idempotency-message',
    note: 'stripe-node error string (class and message, no body): the message names the idempotency error',
  },
  {
    line: '2026-03-14 10:05:00 ERROR sync customers: StripeConnectionError: An error occurred with our connection to Stripe. Request was retried 2 times.',
    category: 'transient',
    cause: 'api_connection_error',
    destination: 'stripe',
    rule: 'stripe/connection',
    note: 'stripe-node connection error with no network cause in the text: decided by the late Stripe rule',
  },
];

/** Stripe messages without their code. */
export const stripeWordingCases: RuleCase[] = [
  {
    line: "Stripe::InvalidRequestError: Received unknown parameter: metadata[plan]",
    category: "validation",
    destination: "stripe",
    rule: "stripe/unknown-parameter-message",
    note: "parameter_unknown stated in the message only",
  },
];

/** stripe-php before 7.0 named its exceptions Stripe\Error\*. */
export const stripeLegacyPhpCases: RuleCase[] = [
  {
    line: "PHP Fatal error:  Uncaught exception 'Stripe\\Error\\Authentication' with message 'Invalid API Key provided: sk_live_****'",
    category: "auth",
    destination: "stripe",
    note: "legacy stripe-php authentication error",
  },
  {
    line: "No such price: price_1Abc",
    category: "validation",
    destination: "stripe",
    note: "Stripe resource_missing wording with no level in the line",
  },
];
