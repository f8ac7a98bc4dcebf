import type { RuleCase } from '../rule-tester.js';

/**
 * GoCardless Pro error envelopes (`{"error":{"type","code","message","errors":[{"reason"|"field"}]}}`)
 * by type and reason, the client libraries' exception lines, and Bank Account Data (Nordigen)
 * bodies (`summary`, `detail`, `status_code`, `type`).
 * Sources: gocardless-pro-php tests/fixtures (unauthorized.json, permission_error.json,
 * rate_limit_exceeded.json, invalid_api_usage_error.json, validation_failed_error.json,
 * invalid_state_error.json, gocardless_error.json, idempotent_creation_conflict_invalid_state_error.json);
 * developer.gocardless.com/api-reference (reasons feature_disabled, request_pointer);
 * gocardless-nodejs src/errors.ts (ApiError fields, status before type); gocardless-pro-python
 * gocardless_pro/errors.py; gocardless-pro-java errors/RateLimitException.java; emfcamp/Website #587;
 * bankaccountdata.zendesk.com 11529637772188, 16671586189212, 11529566180892; actualbudget/actual
 * #3120 and #1211; OCA/bank-statement-import #809; tarioch/beancounttools #65.
 */
const j = (o: unknown): string => JSON.stringify(o);
const PRO = 'https://api.gocardless.com';
const BAD = 'https://bankaccountdata.gocardless.com/api/v2';

export const gocardlessCases: RuleCase[] = [
  {
    line: j({ level: 'error', status: 403, body: { error: { documentation_url: 'https://developer.gocardless.com/api-reference#insufficient_permissions', type: 'invalid_api_usage', code: 403, message: 'Insufficient permissions', errors: [{ reason: 'insufficient_permissions', message: 'Insufficient permissions' }] } } }),
    category: 'permissions',
    destination: 'gocardless',
    rule: 'gocardless/permissions',
    note: 'the same fixture with no URL on the line: the documentation link’s host names GoCardless (GitHub bodies carry the same key)',
  },
  {
    line: j({ level: 'error', status: 401, url: `${PRO}/customers`, body: { error: { documentation_url: 'https://developer.gocardless.com/api-reference#unauthorized', message: 'Unauthorized', type: 'invalid_api_usage', errors: [{ reason: 'unauthorized', message: 'Unauthorized' }], code: 401, request_id: 'HARDCODED_REQUEST_ID' } } }),
    category: 'auth',
    destination: 'gocardless',
    cause: 'unauthorized',
    rule: 'gocardless/access-token',
    note: 'gocardless-pro-php fixture unauthorized.json: type invalid_api_usage, reason unauthorized (401); the reason decides, not the type',
  },
  {
    line: j({ level: 'error', status: 403, url: `${PRO}/mandates/MD000123`, body: { error: { documentation_url: 'https://developer.gocardless.com/api-reference#insufficient_permissions', type: 'invalid_api_usage', request_id: 'HARDCODED_REQUEST_ID', code: 403, message: 'Insufficient permissions', errors: [{ reason: 'insufficient_permissions', message: 'Insufficient permissions' }] } } }),
    category: 'permissions',
    destination: 'gocardless',
    cause: 'insufficient_permissions',
    rule: 'gocardless/permissions',
    note: 'gocardless-pro-php fixture permission_error.json (403 insufficient_permissions)',
  },
  {
    line: j({ level: 'error', status: 403, url: `${PRO}/billing_requests`, body: { error: { type: 'invalid_api_usage', code: 403, message: 'Feature disabled', errors: [{ reason: 'feature_disabled', message: "You are trying to use a feature which hasn't been enabled on your account" }] } } }),
    category: 'plan',
    destination: 'gocardless',
    rule: 'gocardless/feature-disabled',
    note: 'API reference reason feature_disabled: a feature not enabled on the account (contact support): plan',
  },
  {
    line: j({ level: 'warn', status: 429, url: `${PRO}/payments?limit=500`, body: { error: { documentation_url: 'https://developer.gocardless.com/api-reference#rate_limit_exceeded', message: 'Rate limit exceeded', type: 'invalid_api_usage', code: 429, errors: [{ reason: 'rate_limit_exceeded', message: 'Rate limit exceeded' }] } } }),
    category: 'transient',
    destination: 'gocardless',
    cause: 'rate_limit_exceeded',
    rule: 'gocardless/rate-limit',
    note: 'gocardless-pro-php fixture rate_limit_exceeded.json (429)',
  },
  {
    line: j({ level: 'error', status: 422, url: `${PRO}/mandates/MD000123/actions/reinstate`, body: { error: { code: 422, documentation_url: 'https://developer.gocardless.com/pro#mandate_not_inactive', errors: [{ message: 'Mandate is already active or being submitted', reason: 'mandate_not_inactive' }], message: 'Mandate is already active or being submitted', request_id: '9aac0445-fd1e-4dc2-8854-a5a6afbaaeae', type: 'invalid_state' } } }),
    category: 'validation',
    destination: 'gocardless',
    cause: 'mandate_not_inactive',
    rule: 'gocardless/invalid-state',
    note: 'gocardless-pro-php fixture invalid_state_error.json: the record’s state, not the request',
  },
  {
    line: j({ level: 'error', status: 409, url: `${PRO}/payments`, body: { error: { code: 409, documentation_url: 'https://developer.gocardless.com/pro#idempotent_creation_conflict', errors: [{ message: 'A resource has already been created with this idempotency key', reason: 'idempotent_creation_conflict', links: { conflicting_resource_id: 'PM00123' } }], message: 'A resource has already been created with this idempotency key', type: 'invalid_state' } } }),
    category: 'validation',
    destination: 'gocardless',
    cause: 'idempotent_creation_conflict',
    rule: 'gocardless/invalid-state',
    note: 'gocardless-pro-php fixture idempotent_creation_conflict_invalid_state_error.json (409)',
  },
  {
    line: j({ level: 'error', url: `${PRO}/customers`, err: { message: 'Unauthorized', errors: [], documentationUrl: 'https://developer.gocardless.com/api-reference', errorType: 'invalid_api_usage', requestId: '0AA4000DECCD', code: 401 } }),
    category: 'auth',
    destination: 'gocardless',
    rule: 'gocardless/usage-401',
    note: 'gocardless-nodejs ApiError fields (errorType, code) with no reason: a 401 is AuthenticationError whatever the type (errors.ts checks the status first)',
  },
  {
    line: j({ level: 'error', url: `${PRO}/creditors/CR000123`, err: { message: 'Forbidden', errors: [], errorType: 'invalid_api_usage', requestId: '0AA4000DECCE', code: 403 } }),
    category: 'permissions',
    destination: 'gocardless',
    rule: 'gocardless/usage-403',
    note: 'gocardless-nodejs ApiError fields with no reason: a 403 is PermissionsError whatever the type',
  },
  {
    line: j({ level: 'warn', url: `${PRO}/events`, err: { message: 'Rate limit exceeded', errors: [], errorType: 'invalid_api_usage', code: 429 } }),
    category: 'transient',
    destination: 'gocardless',
    rule: 'gocardless/usage-429',
    note: 'gocardless-nodejs ApiError fields with no reason: a 429 is RateLimitError whatever the type',
  },
  {
    line: j({ level: 'error', status: 422, url: `${PRO}/customer_bank_accounts`, body: { error: { documentation_url: 'https://developer.gocardless.com/pro#validation_failed', message: 'Validation failed', type: 'validation_failed', code: 422, request_id: 'dd50eaaf-8213-48fe-90d6-5466872efbc4', errors: [{ message: 'must be a number', field: 'branch_code' }, { message: 'is invalid', field: 'country_code' }] } } }),
    category: 'validation',
    destination: 'gocardless',
    cause: 'validation_failed',
    field: 'branch_code, country_code',
    rule: 'gocardless/validation-failed',
    note: 'gocardless-pro-php fixture validation_failed_error.json: errors[].field names the fields',
  },
  {
    line: j({ level: 'error', status: 422, url: `${PRO}/customer_bank_accounts`, body: { error: { message: 'Validation failed', type: 'validation_failed', code: 422, errors: [{ message: 'is invalid', request_pointer: '/customer_bank_accounts/account_number' }] } } }),
    category: 'validation',
    destination: 'gocardless',
    field: 'account_number',
    rule: 'gocardless/validation-failed',
    note: 'API reference: request_pointer is the JSON pointer of the rejected field (its last segment is the field)',
  },
  {
    line: j({ level: 'error', status: 400, url: `${PRO}/payments`, body: { error: { message: 'Invalid document structure', documentation_url: 'https://developer.gocardless.com/pro#invalid_document_structure', type: 'invalid_api_usage', request_id: 'bd271b37-a2f5-47c8-b461-040dfe0e9cb1', code: 400, errors: [{ message: 'Root element must be an object.' }] } } }),
    category: 'validation',
    destination: 'gocardless',
    cause: 'invalid_api_usage',
    rule: 'gocardless/invalid-api-usage',
    note: 'gocardless-pro-php fixture invalid_api_usage_error.json (400): invalid API usage that is the request’s shape',
  },
  {
    line: j({ level: 'error', status: 500, url: `${PRO}/payments`, body: { error: { message: 'Uh-oh!', documentation_url: 'https://developer.gocardless.com/pro#internal_error', type: 'gocardless', request_id: '41a59cf8-ca4c-474c-9931-7f01fb547bc7', code: 500 } } }),
    category: 'transient',
    destination: 'gocardless',
    cause: 'gocardless',
    rule: 'gocardless/internal',
    note: 'gocardless-pro-php fixture gocardless_error.json: type gocardless is GoCardless’s own error (gocardless-pro-php #41)',
  },
  {
    line: j({ level: 'error', url: `${BAD}/accounts/7e944232-bda9-40bc-b784-660c7ab5fe78/transactions/`, body: { summary: "Couldn't update account transactions", detail: 'Daily request limit set by the Institution has been exceeded.', status_code: 429, type: 'RateLimitError' } }),
    category: 'plan',
    destination: 'gocardless',
    rule: 'gocardless/institution-daily-limit',
    note: 'actualbudget/actual #3120: RateLimitError is the bank’s limit of calls a day per account, not a short window',
  },
  {
    line: j({ summary: "Couldn't update account balances", detail: 'Daily request limit set by the Institution has been exceeded.', status_code: 429 }),
    category: 'plan',
    destination: 'gocardless',
    rule: 'gocardless/institution-daily-limit-message',
    note: 'zendesk 11529637772188: the bank’s limit, told by its wording alone (no host, no type)',
  },
  {
    line: j({ level: 'error', url: `${BAD}/accounts/7e944232-bda9-40bc-b784-660c7ab5fe78/details/`, body: { summary: 'Rate limit exceeded', detail: 'The rate limit for this resource is 4/day. Please try again in 85092 seconds', status_code: 429 } }),
    category: 'plan',
    destination: 'gocardless',
    rule: 'gocardless/api-daily-limit',
    note: 'OCA/bank-statement-import #809: "4/day", a wait of a day: plan, not a 429 to retry',
  },
  {
    line: j({ level: 'warn', url: `${BAD}/institutions/?country=gb`, body: { summary: 'Rate limit exceeded', detail: 'The rate limit for this resource is 300/minute. Please try again in 12 seconds', status_code: 429 } }),
    category: 'transient',
    destination: 'gocardless',
    rule: 'gocardless/api-rate-limit',
    note: 'zendesk 11529637772188: institutions allow 300 calls per minute; the error template "<times>/<time_period>"',
  },
  {
    line: j({ level: 'error', url: `${BAD}/accounts/7e944232-bda9-40bc-b784-660c7ab5fe78/transactions/`, body: { summary: "Couldn't update account transactions", detail: 'Access has expired or it has been revoked', status_code: 401, type: 'AccessExpiredError' } }),
    category: 'auth',
    destination: 'gocardless',
    cause: 'accessexpirederror',
    rule: 'gocardless/end-user-access',
    note: 'zendesk 16671586189212: AccessExpiredError (401): the end user must reconnect the account',
  },
  {
    line: j({ detail: 'EUA was valid for 90 days and it expired at 2022-02-11 18:12:34.959764. The end user must connect the account once more with new EUA and Requisition', status_code: 400 }),
    category: 'auth',
    destination: 'gocardless',
    rule: 'gocardless/end-user-access-message',
    note: 'tarioch/beancounttools #65: the end-user agreement expired (a 400): reconnect, not fix a record',
  },
  {
    line: j({ level: 'error', url: `${BAD}/accounts/0d9c2f1e-2f0b-4b8e-9a51-7a0d9c2f1e11/balances/`, body: { summary: 'Account suspended', detail: 'This account or its requisition was suspended due to numerous errors that occurred while accessing it.', status_code: 409 } }),
    category: 'auth',
    destination: 'gocardless',
    rule: 'gocardless/end-user-access-message',
    note: 'zendesk 11529566180892: a suspended account is reconnected through a new requisition',
  },
  {
    line: j({ level: 'error', url: `${BAD}/accounts/7e944232-bda9-40bc-b784-660c7ab5fe78/balances/`, body: { summary: "Couldn't update account balances", detail: 'Institution service unavailable', status_code: 503, type: 'ServiceError' } }),
    category: 'outage',
    destination: 'gocardless',
    rule: 'gocardless/institution-unavailable',
    note: 'zendesk 16671586189212: ServiceError (503): the bank is down; wait, it does not count towards suspension',
  },
  {
    line: j({ summary: "Couldn't update account details", detail: 'Institution service unavailable', status_code: 503 }),
    category: 'outage',
    destination: 'gocardless',
    rule: 'gocardless/institution-unavailable-message',
    note: 'zendesk 16671586189212: the same detail with no host or type',
  },
  {
    line: j({ level: 'error', url: `${BAD}/accounts/7e944232-bda9-40bc-b784-660c7ab5fe78/transactions/`, body: { summary: "Couldn't update account transactions", detail: 'Request to Institution returned an error', status_code: 500, type: 'UnknownRequestError' } }),
    category: 'transient',
    destination: 'gocardless',
    cause: 'unknownrequesterror',
    rule: 'gocardless/institution-error',
    note: 'zendesk 16671586189212: UnknownRequestError (500): retry once, then report',
  },
  {
    line: 'Error /nordigen/get-banks h [AxiosError]: Request failed with status code 401',
    category: 'auth',
    destination: 'gocardless',
    rule: 'gocardless/http-401',
    note: 'actualbudget/actual #1211: nordigen-node’s 401 (secret id and key), no body in the line',
  },
  {
    line: 'gocardless_pro.errors.InvalidApiUsageError: Unauthorized',
    category: 'auth',
    destination: 'gocardless',
    rule: 'gocardless/sdk-auth',
    note: 'gocardless-pro-python raises InvalidApiUsageError for a 401 (no status classes); the message is the body’s',
  },
  {
    line: 'PHP Fatal error:  Uncaught GoCardlessPro\\Core\\Exception\\PermissionsException: Insufficient permissions in /app/vendor/gocardless/gocardless-pro/lib/Core/Exception/GoCardlessProException.php:60',
    category: 'permissions',
    destination: 'gocardless',
    rule: 'gocardless/sdk-permissions',
    note: 'gocardless-pro-php PermissionsException (403), message of permission_error.json',
  },
  {
    line: 'Caused by: com.gocardless.errors.RateLimitException: Rate limit exceeded',
    category: 'transient',
    destination: 'gocardless',
    rule: 'gocardless/sdk-rate-limit',
    note: 'gocardless-pro-java RateLimitException (429)',
  },
  {
    line: 'PHP Fatal error:  Uncaught GoCardlessPro\\Core\\Exception\\GoCardlessInternalException: Uh-oh!',
    category: 'transient',
    destination: 'gocardless',
    rule: 'gocardless/sdk-internal',
    note: 'gocardless-pro-php GoCardlessInternalException for type gocardless (#41), message of gocardless_error.json',
  },
  {
    line: 'gocardless_pro.errors.InvalidApiUsageError: Invalid document structure ("scheme" is not a permitted key.)',
    category: 'validation',
    destination: 'gocardless',
    field: 'scheme',
    rule: 'gocardless/sdk-validation',
    note: 'emfcamp/Website #587: the key GoCardless refused is quoted in the message',
  },
  {
    line: 'gocardless_pro.errors.ValidationFailedError: Validation failed (branch_code must be a number, country_code is invalid)',
    category: 'validation',
    destination: 'gocardless',
    field: 'branch_code',
    rule: 'gocardless/sdk-validation',
    note: 'gocardless-pro-python ValidationFailedError.__str__ ("{field} {message}" per error) on validation_failed_error.json',
  },
];
