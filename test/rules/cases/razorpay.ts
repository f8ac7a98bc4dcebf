import type { RuleCase } from '../rule-tester.js';

/**
 * Razorpay error bodies (`{"error":{"code","description","field","source","step","reason",
 * "metadata"}}`, the Node client's `{statusCode, error}`) and the client libraries' exception lines.
 * Sources: razorpay.com/docs/errors (the sample body: a customer's incorrect OTP); razorpay/markdown-docs
 * errors/common.md (Access Denied, URL not found) and api/orders/create.md (amount error, `field`);
 * razorpay.com/docs/api/pagination (429 and backoff); razorpay-flutter #410; razorpay-php-testapp
 * #13; razorpay-node #104, #243, #401; razorpay-python razorpay/errors.py, client.py, #55, #306.
 */
const j = (o: unknown): string => JSON.stringify(o);
const API = 'https://api.razorpay.com/v1';

export const razorpayCases: RuleCase[] = [
  {
    line: j({ level: 'error', status: 401, url: `${API}/orders`, body: { error: { code: 'BAD_REQUEST_ERROR', description: 'Authentication failed' } } }),
    category: 'auth',
    destination: 'razorpay',
    cause: 'Authentication failed',
    rule: 'razorpay/bad-key',
    note: 'razorpay-flutter #410: the body for a wrong key pair',
  },
  {
    line: j({ error: { code: 'BAD_REQUEST_ERROR', description: 'The api secret provided is invalid' } }),
    category: 'auth',
    destination: 'razorpay',
    rule: 'razorpay/bad-key',
    note: 'razorpay-php-testapp #13: a live secret that does not match; no host, the code names Razorpay',
  },
  {
    line: 'com.razorpay.RazorpayException: BAD_REQUEST_ERROR:Authentication failed',
    category: 'auth',
    destination: 'razorpay',
    rule: 'razorpay/bad-key',
    note: 'razorpay-java prefixes the description with the code',
  },
  {
    line: j({ level: 'error', status: 400, url: `${API}/payments/pay_EDNBKIP31Y4jl8/capture`, body: { error: { code: 'BAD_REQUEST_ERROR', description: 'Access Denied', source: 'NA', step: 'NA', reason: 'NA', metadata: {} } } }),
    category: 'permissions',
    destination: 'razorpay',
    rule: 'razorpay/access-denied',
    note: 'markdown-docs errors/common.md: "Access Denied" is the account’s IP whitelist',
  },
  {
    line: j({ level: 'error', url: `${API}/payments/create/json`, result: { statusCode: 400, error: { code: 'BAD_REQUEST_ERROR', description: 'The requested URL was not found on the server.', source: 'NA', step: 'NA', reason: 'NA', metadata: {} } } }),
    category: 'plan',
    destination: 'razorpay',
    rule: 'razorpay/feature-not-enabled',
    note: 'razorpay-node #243 and #315: the maintainers answer that the account does not have the feature enabled',
  },
  {
    line: j({ level: 'error', status: 400, url: `${API}/payments`, body: { error: { code: 'BAD_REQUEST_ERROR', description: 'Authentication failed due to incorrect otp', field: null, source: 'customer', step: 'payment_authentication', reason: 'invalid_otp', metadata: { payment_id: 'pay_EDNBKIP31Y4jl8', order_id: 'order_DBJKIP31Y4jl8' } } } }),
    category: 'validation',
    destination: 'razorpay',
    cause: 'BAD_REQUEST_ERROR',
    rule: 'razorpay/bad-request',
    note: 'razorpay.com/docs/errors sample: "Authentication failed due to incorrect otp" is the customer’s payment, not the API key',
  },
  {
    line: j({ level: 'error', status: 400, url: `${API}/orders`, body: { error: { code: 'BAD_REQUEST_ERROR', description: 'The amount must be at least INR 1.00', source: 'business', step: 'payment_initiation', reason: 'input_validation_failed', metadata: {}, field: 'amount' } } }),
    category: 'validation',
    destination: 'razorpay',
    field: 'amount',
    rule: 'razorpay/bad-request',
    note: 'markdown-docs api/orders/create.md failure body: `field` names the field',
  },
  {
    line: j({ error: { code: 'BAD_REQUEST_ERROR', description: 'The id provided does not exist', source: 'business', step: 'payment_initiation', reason: 'input_validation_failed', metadata: {} } }),
    category: 'validation',
    destination: 'razorpay',
    rule: 'razorpay/bad-request',
    note: 'razorpay-node #401: a record id that does not exist',
  },
  {
    line: j({ level: 'error', status: 502, url: `${API}/payments/pay_KMgbpPvEzF92xq/capture`, body: { error: { code: 'GATEWAY_ERROR', description: 'Payment processing failed due to error at bank or wallet gateway', source: 'bank', step: 'payment_authorization', reason: 'payment_failed', metadata: {} } } }),
    category: 'transient',
    destination: 'razorpay',
    rule: 'razorpay/gateway',
    note: 'razorpay-python client.py maps GATEWAY_ERROR to GatewayError: the bank or wallet gateway failed',
  },
  {
    line: j({ level: 'error', status: 500, url: `${API}/fund_accounts/validations`, body: { error: { code: 'SERVER_ERROR', description: 'The server encountered an error. The incident has been reported to admins.' } } }),
    category: 'transient',
    destination: 'razorpay',
    rule: 'razorpay/server',
    note: 'razorpay-node #104: SERVER_ERROR body',
  },
  {
    line: j({ level: 'error', status: 401, url: `${API}/orders`, msg: 'Unauthorized' }),
    category: 'auth',
    destination: 'razorpay',
    rule: 'razorpay/http-401',
    note: 'a 401 logged without its body: the status decides on Razorpay’s line',
  },
  {
    line: j({ level: 'warn', status: 429, url: `${API}/payments?count=100&skip=200`, msg: 'Too Many Requests' }),
    category: 'transient',
    destination: 'razorpay',
    rule: 'razorpay/http-429',
    note: 'razorpay.com/docs/api/pagination: the Rate Limiter answers 429; back off exponentially',
  },
  {
    line: j({ level: 'error', status: 504, url: `${API}/payments/pay_EDNBKIP31Y4jl8`, msg: 'Gateway Timeout' }),
    category: 'transient',
    destination: 'razorpay',
    rule: 'razorpay/http-5xx',
    note: 'razorpay-python #306: 500, 502 and 504 come and go on subscriptions and payments',
  },
  {
    line: 'razorpay.errors.BadRequestError: Authentication failed',
    category: 'auth',
    destination: 'razorpay',
    rule: 'razorpay/sdk-bad-key',
    note: 'razorpay-python raises BadRequestError with the description only (client.py)',
  },
  {
    line: 'razorpay.errors.BadRequestError: Customer already exists for the merchant',
    category: 'validation',
    destination: 'razorpay',
    rule: 'razorpay/sdk-bad-request',
    note: 'razorpay-python #55: most failures are BadRequestError (a customer that already exists)',
  },
  {
    line: 'razorpay.errors.ServerError: The server encountered an error. The incident has been reported to admins.',
    category: 'transient',
    destination: 'razorpay',
    rule: 'razorpay/sdk-server',
    note: 'razorpay-python ServerError with the SERVER_ERROR description of razorpay-node #104',
  },
];
