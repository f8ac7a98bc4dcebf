import type { Provider } from './provider.js';

/**
 * GoCardless: the Pro API (`api.gocardless.com`, sandbox `api-sandbox.gocardless.com`) and the Bank
 * Account Data API, formerly Nordigen (`bankaccountdata.gocardless.com/api/v2/…`, earlier
 * `ob.nordigen.com` and `ob.gocardless.com`).
 *
 * Pro error bodies are one envelope: `{"error":{"type","code":<HTTP status>,"message",
 * "documentation_url","request_id","errors":[{"reason","message"} | {"field","message",
 * "request_pointer"}]}}`. The `type` is one of four and picks the client library's exception class:
 * - invalid_api_usage (the request itself): its `errors[].reason` decides. unauthorized,
 *   access_token_not_found, access_token_not_active (401): auth. insufficient_permissions,
 *   forbidden (403): permissions. feature_disabled ("a feature which hasn't been enabled on your
 *   account"): plan. rate_limit_exceeded (429): transient. The rest (invalid_document_structure,
 *   invalid_type, bad_request, not_found, idempotency_key_too_long…): validation. A reason not
 *   listed here is read by the status, as the Ruby and Node libraries do (401, 403, 429 first).
 * - invalid_state (the record's state: cancellation_failed, mandate_is_inactive,
 *   mandate_not_inactive, mandate_replaced, bank_account_disabled, bank_account_exists,
 *   disable_failed, customer_bank_account_token_used, idempotent_creation_conflict): validation,
 *   "should not be allowed to retry".
 * - validation_failed: validation, `errors[].field` (and `request_pointer`) names the field.
 * - gocardless (internal_server_error, request_timed_out, query_timed_out): transient.
 * Client libraries raise one class per type: `gocardless_pro.errors.InvalidApiUsageError`
 * (Python, which has no status classes: the message says what it was), `GoCardlessPro::
 * InvalidStateError` (Ruby, plus AuthenticationError / PermissionError / RateLimitError by status),
 * `GoCardlessPro\Core\Exception\ValidationFailedException` (PHP), `com.gocardless.errors.
 * InvalidApiUsageException` (Java), `GoCardless.Exceptions.*` (.NET).
 *
 * Bank Account Data bodies are flat: `{"summary","detail","status_code","type"?}`. Its account
 * endpoints fail with a `type`: RateLimitError (429, "Daily request limit set by the Institution has
 * been exceeded": the bank's limit of four calls a day per account and scope) is plan;
 * AccessExpiredError, AccountInactiveError (401: consent expired or revoked; "EUA was valid for 90
 * days and it expired"), and a suspended account ("Account suspended", after ten failed attempts)
 * are auth: the end user must reconnect through a new requisition; ServiceError (503, "Institution
 * service unavailable") is outage; UnknownRequestError (500) is transient. GoCardless's own API
 * limit answers 429 "Rate limit exceeded" with "The rate limit for this resource is N/<period>":
 * per minute or hour transient, per day plan.
 *
 * The codes are every API's words in part (unauthorized, forbidden, not_found, bad_request), so the
 * rules are GoCardless's lines only; the types and reasons no other API sends name it when the log
 * does not.
 * Sources: developer.gocardless.com/api-reference (errors: types, reasons, request_pointer);
 * gocardless-pro-php tests/fixtures/*_error.json, unauthorized.json, permission_error.json,
 * rate_limit_exceeded.json, idempotent_creation_conflict_invalid_state_error.json;
 * gocardless-pro-python gocardless_pro/errors.py; gocardless-pro-ruby
 * middlewares/raise_gocardless_errors.rb; gocardless-nodejs src/errors.ts; gocardless-pro-java
 * errors/*; gocardless-pro-python #4 and #6 (reason bank_account_exists, access_token_not_active);
 * emfcamp/Website #587 (InvalidApiUsageError: Invalid document structure); gocardless-pro-php #41
 * (gocardless type, status page); developer.gocardless.com/bank-account-data/overview and
 * /statuses; bankaccountdata.zendesk.com articles 11529637772188 (API rate limits), 11529584398236
 * (bank rate limits), 16671586189212 (account endpoint errors), 11529566180892 (account
 * suspension); actualbudget/actual #3120 (RateLimitError body); OCA/bank-statement-import #809
 * ("The rate limit for this resource is 4/day"); tarioch/beancounttools #65 (EUA expired).
 */
const G = ['gocardless'];

/** A client library's class, in each library's spelling. */
const cls = (names: string): RegExp =>
  new RegExp(`(?:gocardless_pro\\.errors\\.|GoCardlessPro::|GoCardlessPro\\\\Core\\\\Exception\\\\|com\\.gocardless\\.errors\\.|GoCardless\\.Exceptions\\.)(?:${names})\\b`);

export const provider: Provider = {
  name: 'gocardless',
  display: 'GoCardless',
  aliases: ['nordigen'],
  // "gocardless" starts every host, package and class (`api-sandbox.gocardless.com`,
  // `gocardless_pro`, `GoCardlessPro::`, `com.gocardless`); Nordigen is the old name of Bank
  // Account Data (`ob.nordigen.com`, `nordigen-node`, `NordigenClient`).
  hints: ['gocardless\\w*', 'nordigen\\w*'],
  // validation_failed names the field twice: `field` and a JSON pointer (`/customer_bank_accounts/branch_code`).
  keys: { field: ['request_pointer'] },
  bodyCodes: ['invalid_api_usage', 'mandate_is_inactive', 'mandate_not_inactive', 'mandate_replaced', 'idempotent_creation_conflict', 'customer_bank_account_token_used', 'access_token_not_active', 'accessexpirederror', 'accountinactiveerror', 'unknownrequesterror'],
  links: {
    auth: 'https://developer.gocardless.com/api-reference',
    permissions: 'https://developer.gocardless.com/api-reference',
    plan: 'https://bankaccountdata.zendesk.com/hc/en-gb/articles/11529584398236-Bank-API-Rate-Limits-and-Rate-Limit-Headers',
    validation: 'https://developer.gocardless.com/api-reference',
    transient: 'https://developer.gocardless.com/api-reference',
    outage: 'https://www.gocardless-status.com',
  },
  rules: [
    // Pro API: the reasons first, the types after them (a 401 body is type invalid_api_usage too).
    {
      id: 'gocardless/access-token',
      category: 'auth',
      cause: '{code}',
      code: ['unauthorized', 'access_token_not_found', 'access_token_not_active'],
      destination: G,
      summary: 'GoCardless rejected the access token ({code})',
      fix: 'Create a new access token in the GoCardless dashboard (Developers → Create → Access token; sandbox and live tokens differ) and update the connection; pause the sync until then.',
    },
    {
      id: 'gocardless/permissions',
      category: 'permissions',
      cause: '{code}',
      code: ['insufficient_permissions', 'forbidden'],
      destination: G,
      summary: 'GoCardless access token may not do this ({code})',
      fix: 'Use a read-write access token (a read-only token cannot create or change resources), or ask the account owner for the access this call needs; keep syncing other records.',
    },
    {
      id: 'gocardless/feature-disabled',
      category: 'plan',
      cause: 'feature_disabled',
      code: ['feature_disabled'],
      destination: G,
      summary: 'GoCardless feature not enabled on this account',
      fix: 'Ask GoCardless support to enable the feature the message names (or upgrade the package that includes it); retrying before that fails again.',
    },
    {
      id: 'gocardless/rate-limit',
      category: 'transient',
      cause: 'rate_limit_exceeded',
      code: ['rate_limit_exceeded'],
      destination: G,
      summary: 'GoCardless API rate limit',
      fix: 'Retry after the RateLimit-Reset header; lower the request rate (the limit is counted per minute across the account).',
    },
    {
      id: 'gocardless/invalid-state',
      category: 'validation',
      cause: '{code}',
      code: ['cancellation_failed', 'mandate_is_inactive', 'mandate_not_inactive', 'mandate_replaced', 'bank_account_disabled', 'bank_account_exists', 'disable_failed', 'customer_bank_account_token_used', 'idempotent_creation_conflict', 'invalid_state'],
      destination: G,
      summary: 'GoCardless record is in a state that does not allow this ({code})',
      fix: 'The mandate, payment or bank account is already cancelled, submitted, replaced or created: re-read it (the body links the existing or new resource) and skip or update the record; do not retry as is.',
    },
    // invalid_api_usage whose reason is not listed above: the status decides, as the client libraries do.
    {
      id: 'gocardless/usage-401',
      category: 'auth',
      cause: 'invalid_api_usage',
      code: ['invalid_api_usage'],
      status: [401],
      destination: G,
      summary: 'GoCardless rejected the credentials (HTTP 401)',
      fix: 'Create a new access token in the GoCardless dashboard and update the connection; pause the sync until then.',
    },
    {
      id: 'gocardless/usage-403',
      category: 'permissions',
      cause: 'invalid_api_usage',
      code: ['invalid_api_usage'],
      status: [403],
      destination: G,
      summary: 'GoCardless access token may not do this (HTTP 403)',
      fix: 'Use a read-write access token, or ask the account owner for the access this call needs; keep syncing other records.',
    },
    {
      id: 'gocardless/usage-429',
      category: 'transient',
      cause: 'invalid_api_usage',
      code: ['invalid_api_usage'],
      status: [429],
      destination: G,
      summary: 'GoCardless API rate limit (HTTP 429)',
      fix: 'Retry after the RateLimit-Reset header; lower the request rate.',
    },
    {
      id: 'gocardless/validation-failed',
      category: 'validation',
      cause: 'validation_failed',
      code: ['validation_failed'],
      destination: G,
      summary: 'GoCardless rejected `{field}`',
      fix: 'Fix the value mapped to `{field}` (errors[].message says what GoCardless expected, e.g. a branch code that must be a number); retrying as is fails again.',
    },
    {
      id: 'gocardless/invalid-api-usage',
      category: 'validation',
      cause: 'invalid_api_usage',
      code: ['invalid_api_usage'],
      destination: G,
      fieldFrom: /"(\w+)" is not a permitted key/,
      summary: 'GoCardless rejected the request (invalid API usage)',
      fix: 'The request does not match the API (a key not permitted, a wrong type, a resource that does not exist): fix the mapping for this record; retrying as is fails again.',
    },
    {
      id: 'gocardless/internal',
      category: 'transient',
      cause: '{code}',
      code: ['internal_server_error', 'request_timed_out', 'query_timed_out', 'gocardless'],
      destination: G,
      summary: 'GoCardless internal error ({code})',
      fix: 'Retry with backoff; if it persists, check www.gocardless-status.com and report the request_id to GoCardless support.',
    },
    // Bank Account Data (Nordigen).
    {
      id: 'gocardless/institution-daily-limit',
      category: 'plan',
      cause: 'RateLimitError',
      code: ['ratelimiterror'],
      destination: G,
      summary: 'Bank Account Data: the bank’s daily request limit for this account is used up',
      fix: 'Banks allow as few as four calls a day per account and scope (details, balances, transactions): wait for the reset in the X-RateLimit-Account-Success-Reset header and fetch each scope fewer times a day; retrying sooner fails again.',
    },
    {
      id: 'gocardless/institution-daily-limit-message',
      category: 'plan',
      cause: 'RateLimitError',
      message: /Daily request limit set by the Institution has been exceeded/i,
      summary: 'Bank Account Data: the bank’s daily request limit for this account is used up',
      fix: 'Banks allow as few as four calls a day per account and scope: wait for the daily reset and fetch each scope fewer times a day; retrying sooner fails again.',
    },
    {
      id: 'gocardless/api-daily-limit',
      category: 'plan',
      cause: 'rate limit per day',
      message: /The rate limit for this resource is \d+\/day\b/i,
      summary: 'Bank Account Data: the daily limit of calls for this resource is used up',
      fix: 'Wait for the time the message gives (up to a day) and fetch details, balances and transactions at most four times a day per account; retrying sooner fails again.',
    },
    {
      id: 'gocardless/api-rate-limit',
      category: 'transient',
      cause: 'Rate limit exceeded',
      message: /The rate limit for this resource is \d+\/(?:second|minute|hour)\b/i,
      summary: 'Bank Account Data API rate limit',
      fix: 'Retry after the seconds the message gives; the limits (per minute, per hour for new tokens) count every credential of the company.',
    },
    {
      id: 'gocardless/end-user-access',
      category: 'auth',
      cause: '{code}',
      code: ['accessexpirederror', 'accountinactiveerror'],
      destination: G,
      summary: 'Bank Account Data: the end user’s access to this bank account expired or was revoked ({code})',
      fix: 'The end user must reconnect the bank account through a new end-user agreement and requisition; do not retry this account until then (failed attempts count towards suspension).',
    },
    {
      id: 'gocardless/end-user-access-message',
      category: 'auth',
      cause: 'access expired',
      message: /Access has expired or it has been revoked|EUA was valid for \d+ days and it expired|connect the account once more with new EUA|This account or its requisition was suspended due to numerous errors/i,
      summary: 'Bank Account Data: the end user’s access to this bank account expired, was revoked or suspended',
      fix: 'The end user must reconnect the bank account through a new end-user agreement and requisition; do not retry this account until then.',
    },
    {
      id: 'gocardless/institution-unavailable',
      category: 'outage',
      cause: 'ServiceError',
      code: ['serviceerror'],
      destination: G,
      summary: 'Bank Account Data: the bank’s service is unavailable',
      fix: 'Nothing to fix on this side: the bank is down or erroring; wait and retry later (check the bank’s status page). These errors do not count towards suspension.',
    },
    {
      id: 'gocardless/institution-unavailable-message',
      category: 'outage',
      cause: 'ServiceError',
      message: /\bInstitution service unavailable\b/i,
      summary: 'Bank Account Data: the bank’s service is unavailable',
      fix: 'Nothing to fix on this side: the bank is down or erroring; wait and retry later.',
    },
    {
      id: 'gocardless/institution-error',
      category: 'transient',
      cause: '{code}',
      code: ['unknownrequesterror', 'institutiontechnicalerror', 'gocardlesstechnicalerror'],
      destination: G,
      summary: 'Bank Account Data: the bank or GoCardless returned an error ({code})',
      fix: 'Retry once later; if it repeats, stop retrying this account (ten failures in a row suspend it) and report it to Bank Account Data support.',
    },
    // A status alone, on GoCardless's lines (Bank Account Data's 401 "Invalid token" bodies carry no type).
    {
      id: 'gocardless/http-401',
      category: 'auth',
      cause: 'HTTP 401',
      status: [401],
      destination: G,
      summary: 'GoCardless rejected the credentials (HTTP 401)',
      fix: 'Renew the access token (Pro) or the secret id and key and the token made from them (Bank Account Data); pause the sync until then.',
    },
    // The client libraries' classes, for lines that print only the exception.
    {
      id: 'gocardless/sdk-auth',
      category: 'auth',
      cause: 'AuthenticationError',
      message: new RegExp(`${cls('AuthenticationError|AuthenticationException').source}|${cls('InvalidApiUsage(?:Error|Exception)').source}:? (?:Unauthori[sz]ed|Access token (?:not found|not active))`),
      summary: 'GoCardless rejected the access token',
      fix: 'Create a new access token in the GoCardless dashboard and update the connection; pause the sync until then.',
    },
    {
      id: 'gocardless/sdk-permissions',
      category: 'permissions',
      cause: 'PermissionError',
      message: new RegExp(`${cls('PermissionError|PermissionsError|PermissionException|PermissionsException').source}|${cls('InvalidApiUsage(?:Error|Exception)').source}:? (?:Insufficient permissions|Forbidden)`),
      summary: 'GoCardless access token may not do this',
      fix: 'Use a read-write access token, or ask the account owner for the access this call needs; keep syncing other records.',
    },
    {
      id: 'gocardless/sdk-rate-limit',
      category: 'transient',
      cause: 'RateLimitError',
      message: new RegExp(`${cls('RateLimitError|RateLimitException').source}|${cls('InvalidApiUsage(?:Error|Exception)').source}:? Rate limit exceeded`),
      summary: 'GoCardless API rate limit',
      fix: 'Retry after the RateLimit-Reset header; lower the request rate.',
    },
    {
      id: 'gocardless/sdk-internal',
      category: 'transient',
      cause: 'GoCardlessInternalError',
      message: cls('GoCardlessInternalError|GoCardlessInternalException|GoCardlessError'),
      summary: 'GoCardless internal error',
      fix: 'Retry with backoff; if it persists, check www.gocardless-status.com and report the request id to GoCardless support.',
    },
    {
      id: 'gocardless/sdk-validation',
      category: 'validation',
      cause: 'ValidationFailedError',
      message: cls('ValidationFailedError|ValidationFailedException|ValidationError|InvalidStateError|InvalidStateException|InvalidApiUsageError|InvalidApiUsageException|IdempotentCreationConflictError'),
      fieldFrom: /"(\w+)" is not a permitted key|\((\w+) (?:must|is|are|has|should|can't|cannot|does)\b/,
      summary: 'GoCardless rejected the request for this record',
      fix: 'Read the sample for what GoCardless rejected (a field, a record state, a key it does not permit); fix the record or mapping, never retry as is.',
    },
  ],
};
