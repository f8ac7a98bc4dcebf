import type { RuleCase } from '../rule-tester.js';

/**
 * Chargebee's flat error bodies (`message`, `type`, `api_error_code`, `param`, `error_cause_id`),
 * one per api_error_code family, and the Python SDK's exception line.
 * Sources: apidocs.chargebee.com/docs/api/error-handling (the two sample bodies);
 * github.com/chargebee/openapi spec/chargebee_api_v1_spec.yaml (codes, statuses and `type` per
 * status); chargebee-node test/requestWrapper.test.ts; chargebee-python tests/test_http_request.py; brendenplugin/chargebee-wp-membership-plugin
 * #3 (the 401 wording); chargebee-python api_error.py / http_request.py (exception classes).
 */
const j = (o: unknown): string => JSON.stringify(o);

export const chargebeeCases: RuleCase[] = [
  {
    line: j({ level: 'error', status: 401, url: 'https://acme-test.chargebee.com/api/v2/customers', body: { message: 'Sorry, authentication failed. Invalid api key', api_error_code: 'api_authentication_failed', http_status_code: 401 } }),
    category: 'auth',
    destination: 'chargebee',
    cause: 'api_authentication_failed',
    rule: 'chargebee/api-key',
    note: '401 api_authentication_failed (spec 401 schema) with the wording reported in chargebee-wp-membership-plugin #3',
  },
  {
    line: 'chargebee.api_error.APIError: Sorry, authentication failed. Invalid api key',
    category: 'auth',
    destination: 'chargebee',
    rule: 'chargebee/api-key-message',
    note: 'Python SDK: a 401 is untyped, so http_request.py raises the base APIError with the message only; only the exception class names Chargebee',
  },
  {
    line: j({ level: 'error', status: 404, url: 'https://acme.chargebee.com/api/v2/subscriptions', body: { type: 'untyped', api_error_code: 'site_not_found' } }),
    category: 'auth',
    destination: 'chargebee',
    rule: 'chargebee/site-not-found',
    note: 'spec 404 site_not_found: the site name in the connection is wrong',
  },
  {
    line: j({ level: 'error', destination: 'Chargebee', status: 403, body: { type: 'untyped', api_error_code: 'api_authorization_failed' } }),
    category: 'permissions',
    destination: 'chargebee',
    cause: 'api_authorization_failed',
    rule: 'chargebee/api-key-privileges',
    note: 'spec 403 api_authorization_failed: the API key lacks the privilege',
  },
  {
    line: j({ level: 'error', status: 403, url: 'https://acme.chargebee.com/api/v2/invoices', body: { type: 'operation_failed', api_error_code: 'request_blocked' } }),
    category: 'plan',
    destination: 'chargebee',
    rule: 'chargebee/request-blocked',
    note: 'spec 403 request_blocked: the site is blocked until support lifts it',
  },
  {
    line: j({ level: 'error', status: 400, url: 'https://acme.chargebee.com/api/v2/subscriptions/sub_1042/pause', body: { type: 'invalid_request', api_error_code: 'configuration_incompatible' } }),
    category: 'plan',
    destination: 'chargebee',
    cause: 'configuration_incompatible',
    rule: 'chargebee/site-configuration',
    note: 'spec 400 configuration_incompatible: the site configuration does not allow the request',
  },
  {
    line: j({ level: 'error', status: 404, url: 'https://acme.chargebee.com/api/v2/customers/cust_77/subscription_for_items', body: { message: 'Plan is not present', type: 'invalid_request', api_error_code: 'resource_not_found', param: 'item_id' } }),
    category: 'validation',
    destination: 'chargebee',
    cause: 'resource_not_found',
    field: 'item_id',
    rule: 'chargebee/invalid-param',
    note: 'the error-handling page’s sample body: resource_not_found, `param` names the field; the type invalid_request is not the cause',
  },
  {
    line: j({ level: 'error', status: 400, url: 'https://acme.chargebee.com/api/v2/customers', body: { api_error_code: 'invalid_request', type: 'invalid_request' } }),
    category: 'validation',
    destination: 'chargebee',
    cause: 'invalid_request',
    rule: 'chargebee/invalid-request',
    note: 'api_error_code invalid_request itself (the body of chargebee-python tests/test_http_request.py)',
  },
  {
    line: j({ level: 'error', destination: 'chargebee', status: 409, body: { type: 'invalid_request', api_error_code: 'invalid_state_for_request' } }),
    category: 'validation',
    rule: 'chargebee/invalid-state',
    note: 'spec 409 invalid_state_for_request (e.g. end-of-term changes on a cancelled subscription)',
  },
  {
    line: j({ level: 'error', status: 400, body: { message: 'Subscription cannot be created as we are not able to collect EUR 10,00 from your card on file. Error message: (card_declined) Your card was declined.', type: 'payment', api_error_code: 'payment_processing_failed', error_cause_id: 'gateway.general.decline' } }),
    category: 'validation',
    destination: 'chargebee',
    cause: 'payment_processing_failed',
    rule: 'chargebee/payment',
    note: 'the error-handling page’s second sample (a gateway decline); no host: api_error_code is a key only Chargebee sends',
  },
  {
    line: j({ level: 'warn', status: 429, url: 'https://acme.chargebee.com/api/v2/customers?limit=100', body: { type: 'operation_failed', api_error_code: 'api_request_limit_exceeded' } }),
    category: 'transient',
    destination: 'chargebee',
    cause: 'api_request_limit_exceeded',
    rule: 'chargebee/rate-limit',
    note: 'spec 429 api_request_limit_exceeded (plan-based per-minute limits)',
  },
  {
    line: j({ level: 'warn', status: 429, url: 'https://acme.chargebee.com/api/v2/subscriptions/sub_1042/update_for_items', body: { type: 'operation_failed', api_error_code: 'lock_timeout' } }),
    category: 'transient',
    destination: 'chargebee',
    rule: 'chargebee/lock-timeout',
    note: 'spec 429 lock_timeout: concurrent requests to the same resource (Chargebee’s, not Stripe’s, lock_timeout)',
  },
  {
    line: j({ level: 'error', status: 503, url: 'https://acme.chargebee.com/api/v2/invoices', body: { type: 'operation_failed', api_error_code: 'internal_temporary_error' } }),
    category: 'transient',
    destination: 'chargebee',
    cause: 'internal_temporary_error',
    rule: 'chargebee/server',
    note: 'spec 503 internal_temporary_error: retry with exponential backoff',
  },
  {
    line: j({ level: 'error', status: 503, url: 'https://acme.chargebee.com/api/v2/customers', body: { type: 'operation_failed', api_error_code: 'site_not_ready' } }),
    category: 'outage',
    destination: 'chargebee',
    cause: 'site_not_ready',
    rule: 'chargebee/maintenance',
    note: 'spec 503 site_not_ready: scheduled maintenance (Airbyte’s connector gives up on it rather than retrying)',
  },
];
