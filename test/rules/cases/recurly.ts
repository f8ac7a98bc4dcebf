import type { RuleCase } from '../rule-tester.js';

/**
 * Recurly V3 error bodies (`{"error":{"type","message","params":[{"param","message"}]}}`) by type,
 * and the client libraries' exception lines.
 * Sources: recurly-client-python openapi/api.yaml (Error schema, ErrorTypeEnum, the 406 body),
 * recurly/errors.py; recurly-client-ruby spec/recurly/client_spec.rb (the 500 body); recurly-client-java
 * PR #56 (ValidationException with params) and #298 (RateLimitedException); recurly-client-php #58;
 * killbilling/recurly-java-library #359 (simultaneous_request); docs.recurly.com/api/basics/status-codes (402).
 */
const j = (o: unknown): string => JSON.stringify(o);

export const recurlyCases: RuleCase[] = [
  {
    line: j({ level: 'error', status: 403, url: 'https://v3.recurly.com/accounts?limit=200', body: { error: { type: 'invalid_api_key' } } }),
    category: 'auth',
    destination: 'recurly',
    cause: 'invalid_api_key',
    rule: 'recurly/api-key',
    note: 'type invalid_api_key (a ForbiddenError subclass in every client); only the host names Recurly',
  },
  {
    line: j({ level: 'error', destination: 'recurly', status: 403, body: { error: { type: 'invalid_permissions' } } }),
    category: 'permissions',
    rule: 'recurly/permissions',
    note: 'type invalid_permissions (403)',
  },
  {
    line: j({ level: 'error', status: 422, body: { error: { type: 'missing_feature' } } }),
    category: 'plan',
    destination: 'recurly',
    rule: 'recurly/missing-feature',
    note: 'type missing_feature (422); no host: the type is one only Recurly sends',
  },
  {
    line: j({ level: 'error', status: 402, url: 'https://v3.recurly.com/subscriptions', msg: 'Payment Required' }),
    category: 'plan',
    destination: 'recurly',
    rule: 'recurly/payment-required',
    note: '402: the Recurly account is in production mode but not in good standing (status-codes page)',
  },
  {
    line: j({ level: 'error', status: 422, url: 'https://v3.recurly.com/purchases', body: { error: { type: 'validation', message: 'Purchase could not be completed.', params: [{ param: 'account.billing_info.first_name', message: "can't be blank" }, { param: 'account.code', message: 'is invalid' }] } } }),
    category: 'validation',
    destination: 'recurly',
    cause: 'validation',
    field: 'account.billing_info.first_name, account.code',
    rule: 'recurly/validation',
    note: 'the purchase validation error of recurly-client-java #56 as a V3 body: params[].param are the fields',
  },
  {
    line: j({ level: 'error', status: 422, url: 'https://v3.recurly.com/purchases', body: { error: { type: 'transaction', transaction_error: { object: 'transaction_error', category: 'soft', code: 'insufficient_funds', decline_code: 'insufficient_funds' } } } }),
    category: 'validation',
    destination: 'recurly',
    cause: 'transaction',
    rule: 'recurly/transaction',
    note: 'type transaction with transaction_error (ErrorCategoryEnum soft, ErrorCodeEnum insufficient_funds)',
  },
  {
    line: j({ level: 'error', status: 406, body: { error: { type: 'invalid_api_version', message: "That accept header isn't in the format we use to specify an API version. Try one of these instead:", acceptable_accept_headers: ['application/vnd.recurly.v2019-10-10', 'application/vnd.recurly.v2021-02-25'] } } }),
    category: 'validation',
    destination: 'recurly',
    rule: 'recurly/api-version',
    note: 'the unsupported-version body of the V3 API reference (406)',
  },
  {
    line: j({ level: 'warn', status: 429, url: 'https://v3.eu.recurly.com/accounts', body: { error: { type: 'rate_limited' } } }),
    category: 'transient',
    destination: 'recurly',
    rule: 'recurly/rate-limit',
    note: 'type rate_limited (429) on the EU host',
  },
  {
    line: j({ level: 'warn', status: 422, destination: 'recurly', body: { error: { type: 'simultaneous_request', message: 'A billing info change for account acct-1042 is already in progress' } } }),
    category: 'transient',
    rule: 'recurly/simultaneous-request',
    note: 'simultaneous_request with the wording of recurly-java-library #359',
  },
  {
    line: j({ level: 'error', status: 500, url: 'https://v3.recurly.com/accounts/code-benjamin-du-monde', body: { error: { object: 'error', type: 'internal_server_error', message: 'Something happened' } } }),
    category: 'transient',
    destination: 'recurly',
    cause: 'internal_server_error',
    rule: 'recurly/server',
    note: 'the 500 body of recurly-client-ruby client_spec.rb',
  },
  {
    line: "PHP Fatal error:  Uncaught exception 'Recurly_UnauthorizedError' with message 'Your API Key is not authorized to connect to Recurly.' in /app/vendor/recurly/recurly-client/lib/recurly/response.php:50",
    category: 'auth',
    destination: 'recurly',
    rule: 'recurly/sdk-auth',
    note: 'V2 PHP client class (recurly-client-php #58)',
  },
  {
    line: 'recurly.errors.ForbiddenError: Unexpected 403 Error. Recurly Request Id: 5d1c8c3e-2f0b-4b8e-9a51-7a0d9c2f1e11',
    category: 'permissions',
    destination: 'recurly',
    rule: 'recurly/sdk-permissions',
    note: 'Python client, a 403 without a JSON body: the class comes from the status (Resource.cast_error); only the class names Recurly',
  },
  {
    line: 'E, [2026-03-18T13:27:11 #7] ERROR -- : Recurly::Errors::MissingFeatureError (Recurly::Errors::MissingFeatureError)',
    category: 'plan',
    destination: 'recurly',
    rule: 'recurly/sdk-plan',
    note: 'Ruby client class for type missing_feature',
  },
  {
    line: 'Caused by: com.recurly.v3.exception.ValidationException: Purchase could not be completed. [{param=account.billing_info.first_name, message=can\'t be blank}, {param=account.billing_info.number, message=is required}]',
    category: 'validation',
    destination: 'recurly',
    field: 'account.billing_info.first_name',
    rule: 'recurly/sdk-validation',
    note: 'Java client message with the params appended (recurly-client-java #56)',
  },
  {
    line: 'WARN sync retrying: com.recurly.v3.exception.RateLimitedException',
    category: 'transient',
    destination: 'recurly',
    rule: 'recurly/sdk-transient',
    note: 'Java client class for a 429 (recurly-client-java #298)',
  },
];
