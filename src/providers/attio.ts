import type { Provider } from './provider.js';

/**
 * Attio REST API v2 (`https://api.attio.com/v2/…`; OAuth on `app.attio.com`). Every documented
 * failure is one flat object: `{"status_code":400,"type":"invalid_request_error","code":
 * "value_not_found","message":"…"}`; body validation adds `validation_errors: [{"code":
 * "invalid_type","path":["data","values","email"],"message":"Required","expected":…,
 * "received":…}]`. `type` is only the family (invalid_request_error, auth_error,
 * rate_limit_error), so `code` and the status decide:
 * - 401 auth_error `unauthorized` ("The Authorization header was not provided…", an unknown or
 *   revoked token): auth. 403 auth_error `unauthorized` ("The API Key provided is not authorized to
 *   perform the requested action. This request requires scopes: …"): permissions — the same code,
 *   told apart by the status (tokens carry no scope by default).
 * - 403 auth_error `billing_error` / `quota_exceeded` (a feature or count the workspace's plan does
 *   not include), 400 `quota_exceeded` on object creation: plan.
 * - 400 `validation_type` (payload schema), `missing_value` (required attribute), `value_not_found`
 *   (unknown select / status option or referenced record), `uniqueness_conflict` ("…attribute with
 *   slug "domains" conflicts…"), `multiple_match_results`, `slug_conflict` (409),
 *   `immutable_value` / `system_edit_unauthorized` (a read-only or system attribute written),
 *   `filter_error` / `unknown_filter_attribute_slug`, `self_merge`; 404 `not_found`: validation.
 * - `merge_in_progress` (the record is mid-merge and becomes readable shortly): transient.
 * - 429 `rate_limit_error` (100 reads / 25 writes per second, a 10-second score window on list
 *   queries; Retry-After is a date, usually the next second): transient.
 * The `type` is Stripe's and OpenAI's word too (invalid_request_error) and `unauthorized`,
 * `not_found` are everybody's, so every rule is Attio's lines only; the codes below that only Attio
 * sends name Attio on a line with no host.
 * Unofficial SDKs: attio-js (Speakeasy, generated from the spec), attio-ts-sdk (`AttioApiError`),
 * the Ruby `attio` gem (`Attio::AuthenticationError` 401, `Attio::ForbiddenError` 403,
 * `Attio::RateLimitError` 429, `Attio::BadRequestError` 400, `Attio::UnprocessableEntityError`).
 * Sources: docs.attio.com/rest-api/how-to/authentication (scopes, "insufficiently scoped token …
 * authorization error") and /rest-api/guides/rate-limiting; the OpenAPI spec at
 * api.attio.com/openapi/api as generated into d-stoll/attio-js openapi.json and
 * hbmartin/attio-ts-sdk src/generated/types.gen.ts (every status / type / code pair);
 * rbeene/attio_ruby lib/attio/errors.rb and client.rb; real bodies in itsjustanks/n8n-nodes-attio
 * #3 and #4 (validation_errors with paths), kesslerio/attio-mcp-server #632, and public client
 * code quoting 401/403 bodies captured from api.attio.com and a 400 uniqueness_conflict.
 */
const A = ['attio'];

/** The attribute an Attio message names: `attribute with slug "domains"`, `Unknown attribute slug: parent_record_id.` */
const SLUG = /attribute with slug \\?"([\w-]{1,80})\\?"|Unknown attribute slug: ([\w-]{1,80})/;

const fixes = {
  auth: 'Create a new access token (Attio → Workspace settings → Developers) or re-run the OAuth install, and update the connection; pause the sync until then.',
  scope: 'Add the scope the message names to the token (e.g. Read-Write access to Records); keep syncing what the token may do.',
  plan: 'The workspace’s Attio plan does not include this feature or count: upgrade the plan or stop syncing into it; retrying will not help.',
  rate: 'Retry after the Retry-After date (usually the next second); keep under 100 reads / 25 writes per second and simplify heavy list queries.',
};

export const provider: Provider = {
  name: 'attio',
  display: 'Attio',
  // The hosts, the word (attio-js, `Attio::`) and the TypeScript SDK's error classes.
  hints: ['api\\.attio\\.com', 'app\\.attio\\.com', 'attio', 'Attio\\w*Error'],
  // Codes no other API's bodies carry.
  bodyCodes: ['validation_type', 'value_not_found', 'missing_value', 'merge_in_progress', 'system_edit_unauthorized', 'multiple_match_results', 'immutable_value', 'uniqueness_conflict', 'unknown_filter_attribute_slug', 'slug_conflict', 'self_merge'],
  links: {
    auth: 'https://docs.attio.com/rest-api/how-to/authentication',
    permissions: 'https://docs.attio.com/rest-api/how-to/authentication',
    plan: 'https://attio.com/pricing',
    validation: 'https://docs.attio.com/rest-api/overview',
    transient: 'https://docs.attio.com/rest-api/guides/rate-limiting',
    outage: 'https://status.attio.com',
  },
  rules: [
    // `unauthorized` answers both a bad token (401) and a missing scope (403): the status decides.
    {
      id: 'attio/unauthorized',
      category: 'auth',
      cause: 'unauthorized',
      code: ['unauthorized'],
      status: [401],
      destination: A,
      summary: 'Attio rejected the access token (missing, unknown or revoked)',
      fix: fixes.auth,
    },
    {
      id: 'attio/missing-scope',
      category: 'permissions',
      cause: 'missing scope',
      code: ['unauthorized'],
      status: [403],
      destination: A,
      summary: 'Attio token lacks the scope this call needs',
      fix: fixes.scope,
    },
    {
      id: 'attio/plan-limit',
      category: 'plan',
      cause: '{code}',
      code: ['billing_error', 'quota_exceeded'],
      destination: A,
      summary: 'Attio plan does not allow this ({code})',
      fix: fixes.plan,
    },
    {
      id: 'attio/merge-in-progress',
      category: 'transient',
      cause: 'merge_in_progress',
      code: ['merge_in_progress'],
      destination: A,
      summary: 'Attio record is being merged',
      fix: 'Retry with backoff: the record becomes readable (under its merged id) once the merge finishes.',
    },
    {
      id: 'attio/rate-limit',
      category: 'transient',
      cause: 'rate_limit_error',
      code: ['rate_limit_error', 'rate_limit_exceeded'],
      destination: A,
      summary: 'Attio rate limit',
      fix: fixes.rate,
    },
    {
      id: 'attio/conflict',
      category: 'validation',
      cause: '{code}',
      code: ['uniqueness_conflict', 'multiple_match_results', 'slug_conflict'],
      destination: A,
      fieldFrom: SLUG,
      summary: 'Attio record clashes with an existing one ({code})',
      fix: 'A unique attribute already holds this value on another record: assert (upsert) on that attribute instead of creating, or dedupe the source.',
    },
    {
      id: 'attio/read-only-attribute',
      category: 'validation',
      cause: '{code}',
      code: ['system_edit_unauthorized', 'immutable_value'],
      destination: A,
      summary: 'Attio attribute cannot be written through the API ({code})',
      fix: 'Stop mapping a value to this system-managed or immutable attribute; retrying the same payload fails again.',
    },
    {
      id: 'attio/unknown-option',
      category: 'validation',
      cause: 'value_not_found',
      code: ['value_not_found'],
      destination: A,
      fieldFrom: SLUG,
      summary: 'Attio has no such select / status option or referenced record',
      fix: 'Create the option in the attribute’s settings or map the source value to an existing option title; re-resolve referenced record ids.',
    },
    {
      id: 'attio/missing-value',
      category: 'validation',
      cause: 'missing_value',
      code: ['missing_value'],
      destination: A,
      summary: 'Attio required attribute has no value',
      fix: 'Map a value for the required attribute the message names (by attribute id) or make it optional in Attio.',
    },
    {
      id: 'attio/unknown-attribute',
      category: 'validation',
      cause: '{code}',
      code: ['unknown_filter_attribute_slug', 'filter_error'],
      destination: A,
      fieldFrom: SLUG,
      summary: 'Attio filter names an unknown attribute or is malformed ({code})',
      fix: 'Use an attribute slug that exists on the object or list (custom slugs differ per workspace).',
    },
    {
      id: 'attio/payload-invalid',
      category: 'validation',
      cause: 'validation_type',
      code: ['validation_type', 'self_merge'],
      destination: A,
      summary: 'Attio rejected the request body (validation_type)',
      fix: 'Read `validation_errors[].path` in the sample for the offending attribute and fix its shape or type; retrying as is fails again.',
    },
    {
      id: 'attio/not-found',
      category: 'validation',
      cause: 'not_found',
      code: ['not_found'],
      destination: A,
      summary: 'Attio object, list or record not found',
      fix: 'Re-resolve the record id (deleted or merged) or fix the object / list slug in the mapping.',
    },
    // Last: the family alone, when no code above decided.
    {
      id: 'attio/invalid-request',
      category: 'validation',
      cause: 'invalid_request_error',
      code: ['invalid_request_error'],
      destination: A,
      fieldFrom: SLUG,
      summary: 'Attio rejected the request for this record',
      fix: 'Fix the value or mapping the message names; retrying the same payload fails again.',
    },
    // Attio's own wording where a wrapper kept only the message.
    {
      id: 'attio/missing-scope-message',
      category: 'permissions',
      cause: 'missing scope',
      message: /\bThe API Key provided is not authorized to perform the requested action\. This request requires scopes\b/,
      summary: 'Attio token lacks the scope this call needs',
      fix: fixes.scope,
    },
    // The Ruby gem's classes (the status is mapped onto the class).
    {
      id: 'attio/sdk-authentication',
      category: 'auth',
      cause: 'unauthorized',
      message: /\bAttio::AuthenticationError\b/,
      summary: 'Attio rejected the access token',
      fix: fixes.auth,
    },
    {
      id: 'attio/sdk-forbidden',
      category: 'permissions',
      cause: 'forbidden',
      message: /\bAttio::ForbiddenError\b/,
      summary: 'Attio refused the call (token scope or workspace permission)',
      fix: fixes.scope,
    },
    {
      id: 'attio/sdk-rate-limit',
      category: 'transient',
      cause: 'rate_limit_error',
      message: /\bAttio::RateLimitError\b/,
      summary: 'Attio rate limit',
      fix: fixes.rate,
    },
    {
      id: 'attio/sdk-bad-request',
      category: 'validation',
      cause: 'bad request',
      message: /\bAttio::(?:BadRequestError|UnprocessableEntityError|ConflictError)\b/,
      fieldFrom: SLUG,
      summary: 'Attio rejected the request for this record',
      fix: 'Fix the value or mapping the message names; retrying the same payload fails again.',
    },
  ],
};
