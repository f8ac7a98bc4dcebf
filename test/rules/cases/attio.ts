import type { RuleCase } from '../rule-tester.js';

/**
 * Attio REST API v2: flat `{status_code, type, code, message}` bodies (plus `validation_errors[]`
 * on schema failures), the Ruby gem's exception lines, and Stripe-shaped near misses.
 * Sources: the OpenAPI spec (d-stoll/attio-js openapi.json, hbmartin/attio-ts-sdk
 * types.gen.ts: status / type / code per endpoint and the spec's sample messages);
 * docs.attio.com rate-limiting and authentication guides; itsjustanks/n8n-nodes-attio #3 and #4
 * (validation_type bodies); public client code quoting 401 / 403 bodies captured from
 * api.attio.com and a 400 uniqueness_conflict; rbeene/attio_ruby errors.rb / client.rb.
 */
const j = (o: unknown): string => JSON.stringify(o);
const attio = (status: number, type: string, code: string, message: string, extra: object = {}) => ({ status_code: status, type, code, message, ...extra });

export const attioCases: RuleCase[] = [
  {
    line: j({ level: 'error', status: 401, url: 'https://api.attio.com/v2/objects/people/records', body: attio(401, 'auth_error', 'unauthorized', 'The Authorization header was not provided. Please provide a valid access token.') }),
    category: 'auth',
    destination: 'attio',
    cause: 'unauthorized',
    rule: 'attio/unauthorized',
    note: '401 auth_error/unauthorized as captured from api.attio.com/v2/objects with no Authorization header',
  },
  {
    line: j({ level: 'error', status: 403, url: 'https://api.attio.com/v2/objects/people/records', body: attio(403, 'auth_error', 'unauthorized', 'The API Key provided is not authorized to perform the requested action. This request requires scopes: Read-Write access to the Records scope.') }),
    category: 'permissions',
    destination: 'attio',
    cause: 'missing scope',
    rule: 'attio/missing-scope',
    note: 'the same code on a 403 is a token without the scope (body logged by a public client); the status decides',
  },
  {
    line: 'ERROR attio sync: {"status_code":403,"type":"auth_error","code":"unauthorized","message":"The API Key provided is not authorized to perform the requested action. This request requires scopes: Read-Write access to the Records scope."}',
    category: 'permissions',
    destination: 'attio',
    rule: 'attio/missing-scope',
    note: 'free text with the embedded body: the word attio names the destination, status_code gives the 403',
  },
  {
    line: j({ level: 'error', status: 403, url: 'https://api.attio.com/v2/lists', body: attio(403, 'auth_error', 'billing_error', 'You attempted to create a List using permissions features that are not currently supported on your plan. Please upgrade, contact sales, or try a different access configuration for your list.') }),
    category: 'plan',
    destination: 'attio',
    cause: 'billing_error',
    rule: 'attio/plan-limit',
    note: 'spec 403 auth_error/billing_error with its sample message: a plan feature, not a permission',
  },
  {
    line: j({ level: 'error', destination: 'Attio', status: 400, body: { status_code: 400, type: 'invalid_request_error', code: 'quota_exceeded' } }),
    category: 'plan',
    cause: 'quota_exceeded',
    rule: 'attio/plan-limit',
    note: 'spec POST /v2/objects 400 invalid_request_error/quota_exceeded: the type says invalid request, the code says plan',
  },
  {
    line: j({ level: 'warn', status: 404, url: 'https://api.attio.com/v2/objects/companies/records/2f9c3e4d-8a61-4b70-9e55-0c1d2e3f4a5b', body: { status_code: 404, type: 'invalid_request_error', code: 'merge_in_progress' } }),
    category: 'transient',
    destination: 'attio',
    rule: 'attio/merge-in-progress',
    note: 'spec merge_in_progress on record reads: the record becomes readable once the merge finishes',
  },
  {
    line: j({ level: 'warn', status: 429, url: 'https://api.attio.com/v2/objects/people/records/query', body: { status_code: 429, type: 'rate_limit_error' } }),
    category: 'transient',
    destination: 'attio',
    cause: 'rate_limit_error',
    rule: 'attio/rate-limit',
    note: 'rate-limiting guide: 429 of type rate_limit_error with a Retry-After date (a per-second window)',
  },
  {
    line: j({ level: 'error', status: 400, url: 'https://api.attio.com/v2/objects/companies/records', record_id: 'acct_1187', body: attio(400, 'invalid_request_error', 'uniqueness_conflict', 'A value provided for attribute with slug "domains" conflicts with one already in the system. This attribute has a uniqueness constraint. Please ensure all values for this attribute do not exist on another record. Conflicting record IDs: 00000000-0000-4000-8000-00000000c0f1') }),
    category: 'validation',
    destination: 'attio',
    cause: 'uniqueness_conflict',
    field: 'domains',
    rule: 'attio/conflict',
    note: 'a 400 uniqueness_conflict logged by a public client: the slug in the message is the field',
  },
  {
    line: j({ level: 'error', status: 400, body: attio(400, 'invalid_request_error', 'multiple_match_results', 'Multiple entries were founds for the given parent record. Please remove duplicates or use the update or create entry endpoints instead.') }),
    category: 'validation',
    destination: 'attio',
    cause: 'multiple_match_results',
    rule: 'attio/conflict',
    note: 'spec sample for list-entry assert; no host: multiple_match_results is a code only Attio sends',
  },
  {
    line: j({ level: 'error', status: 400, url: 'https://api.attio.com/v2/objects/people/attributes/created_at', body: attio(400, 'invalid_request_error', 'system_edit_unauthorized', 'Cannot update a System attribute.') }),
    category: 'validation',
    destination: 'attio',
    cause: 'system_edit_unauthorized',
    rule: 'attio/read-only-attribute',
    note: 'spec sample: writing a system attribute is a mapping problem, not a role the token lacks',
  },
  {
    line: j({ level: 'error', status: 400, record_id: 'deal_5521', body: attio(400, 'invalid_request_error', 'value_not_found', 'Cannot find select attribute with select option title "Medium".') }),
    category: 'validation',
    destination: 'attio',
    cause: 'value_not_found',
    rule: 'attio/unknown-option',
    note: 'spec sample for PUT records: an unknown select option title',
  },
  {
    line: j({ level: 'error', status: 400, body: attio(400, 'invalid_request_error', 'missing_value', 'Required value for attribute with ID "41252299-f8c7-4b5e-99c9-4ff8321d2f96" was not provided.') }),
    category: 'validation',
    destination: 'attio',
    cause: 'missing_value',
    rule: 'attio/missing-value',
    note: 'spec sample for PATCH records: a required attribute left empty',
  },
  {
    line: j({ level: 'error', status: 400, url: 'https://api.attio.com/v2/lists/sales/entries/query', body: attio(400, 'invalid_request_error', 'unknown_filter_attribute_slug', 'Unknown attribute slug: parent_record_id.', { path: ['parent_record_id'] }) }),
    category: 'validation',
    destination: 'attio',
    field: 'parent_record_id',
    rule: 'attio/unknown-attribute',
    note: 'a 400 logged by a public client: the slug named in the message is the field',
  },
  {
    line: j({ level: 'error', status: 400, url: 'https://api.attio.com/v2/objects/people/records', body: attio(400, 'invalid_request_error', 'validation_type', 'Body payload validation error.', { validation_errors: [{ code: 'invalid_type', path: ['data'], message: 'Required', expected: 'object', received: 'undefined' }] }) }),
    category: 'validation',
    destination: 'attio',
    cause: 'validation_type',
    rule: 'attio/payload-invalid',
    note: 'itsjustanks/n8n-nodes-attio #3: validation_type with validation_errors[].path (an array the extractor cannot read yet)',
  },
  {
    line: '400 - {"status_code":400,"type":"invalid_request_error","code":"validation_type","message":"Query params validation error.","validation_errors":[{"code":"invalid_type","path":["matching_attribute"],"message":"Required","expected":"string","received":"undefined"}]}',
    category: 'validation',
    destination: 'attio',
    rule: 'attio/payload-invalid',
    note: 'itsjustanks/n8n-nodes-attio #4 as n8n prints it: no host, validation_type alone names Attio',
  },
  {
    line: j({ level: 'error', status: 404, url: 'https://api.attio.com/v2/objects/companies/records/00000000-0000-4000-8000-000000000404', body: attio(404, 'invalid_request_error', 'not_found', 'Record with ID "00000000-0000-4000-8000-000000000404" not found.') }),
    category: 'validation',
    destination: 'attio',
    cause: 'not_found',
    rule: 'attio/not-found',
    note: 'a 404 not_found logged by a public client (deleted or merged record)',
  },
  {
    line: j({ level: 'error', destination: 'attio', status: 400, body: { status_code: 400, type: 'invalid_request_error', message: 'Invalid value supplied for attribute with ID "5c1e0a73-2a4f-4d1e-9b1b-8d5c6f7a8b9c".' } }),
    category: 'validation',
    cause: 'invalid_request_error',
    rule: 'attio/invalid-request',
    note: 'the family alone when no code is kept (a wrapper that dropped `code`)',
  },
  {
    line: 'WARN upstream refused: The API Key provided is not authorized to perform the requested action. This request requires scopes: Read access to the Lists scope.',
    category: 'permissions',
    destination: 'attio',
    rule: 'attio/missing-scope-message',
    note: 'Attio’s own 403 sentence with the body stripped by a wrapper',
  },
  {
    line: 'Attio::AuthenticationError: Authentication failed: The Authorization header was not provided.',
    category: 'auth',
    destination: 'attio',
    rule: 'attio/sdk-authentication',
    note: 'attio_ruby client.rb raises AuthenticationError("Authentication failed") on 401 and errors.rb appends the API message',
  },
  {
    line: 'Attio::ForbiddenError: Access forbidden',
    category: 'permissions',
    destination: 'attio',
    rule: 'attio/sdk-forbidden',
    note: 'attio_ruby: 403 → ForbiddenError("Access forbidden")',
  },
  {
    line: 'Attio::RateLimitError: Rate limit exceeded',
    category: 'transient',
    destination: 'attio',
    rule: 'attio/sdk-rate-limit',
    note: 'attio_ruby: 429 → RateLimitError (retry_after read from the header)',
  },
  {
    line: 'Attio::BadRequestError: Bad request: Body payload validation error.',
    category: 'validation',
    destination: 'attio',
    rule: 'attio/sdk-bad-request',
    note: 'attio_ruby: 400 → BadRequestError("Bad request: <message>")',
  },
  // Stripe shares the envelope's `type`: neither provider takes the other's lines.
  {
    line: j({ level: 'error', status: 400, url: 'https://api.stripe.com/v1/customers', body: { error: { type: 'invalid_request_error', code: 'resource_missing', param: 'customer', message: "No such customer: 'cus_Q1w2e3'" } } }),
    category: 'validation',
    destination: 'stripe',
    rule: 'stripe/resource-missing',
    note: 'near miss: a Stripe invalid_request_error stays Stripe’s',
  },
  {
    line: j({ level: 'error', status: 401, url: 'https://api.stripe.com/v1/charges', body: { error: { type: 'invalid_request_error', message: 'Invalid API Key provided: sk_live_****1234' } } }),
    category: 'auth',
    destination: 'stripe',
    rule: 'stripe/invalid-api-key',
    note: 'near miss: Stripe’s 401 invalid_request_error is not Attio’s invalid-request fallback',
  },
];
