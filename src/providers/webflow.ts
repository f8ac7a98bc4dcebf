import type { Provider } from './provider.js';

/**
 * Webflow Data API v2 (`api.webflow.com/v2/…`: sites, CMS collections and items, pages, forms,
 * users, ecommerce). Every error body is `{"code":"validation_error","message":"Validation Error",
 * "externalReference":null,"details":[{"param":"fieldData.slug","description":"…"}]}`: `code` is
 * one of the ErrorCode enum of the API definition, `details[].param` names the field. Most codes
 * are every API's words (bad_request, conflict, forbidden, internal_error, too_many_requests), so
 * the code rules are Webflow's lines only; `externalReference` is a key only Webflow's bodies carry.
 * - 401 not_authorized, invalid_credentials, invalid_auth_version (a v1 token or key on v2): auth.
 * - 403 missing_scopes ("OAuthForbidden: You are missing the following scopes - 'cms:read'": the
 *   token is valid, its scopes are not), forbidden: permissions.
 * - 403 not_enterprise_plan_site / not_enterprise_plan_workspace (Enterprise-only endpoints),
 *   ecommerce_not_enabled, users_not_enabled (the site's plan or settings lack the feature),
 *   user_limit_reached (the site's Memberships user cap): plan.
 * - 400 validation_error, bad_request, invalid_user_email, invalid_domain, no_domains,
 *   forms_require_republish, incompatible_webhook_filter, unsupported_webhook_trigger_type; 409
 *   conflict, duplicate_collection, duplicate_user_email; 404 resource_not_found, item_not_found,
 *   collection_not_found, order_not_found, user_not_found; unsupported_version: validation.
 * - 429 too_many_requests (per-minute limits by site plan; honour Retry-After), 500 internal_error:
 *   transient.
 * SDKs: webflow-api (JavaScript, generated: `BadRequestError`, `UnauthorizedError`,
 * `ForbiddenError`, `NotFoundError`, `ConflictError`, `TooManyRequestsError`,
 * `InternalServerError`, all `WebflowError`, whose text is "<Name>\nStatus code: 400\nBody: {…}");
 * webflow-python (`webflow.core.api_error.ApiError: status_code: 429, body: {…}`).
 * Sources: developers.webflow.com/data/v2.0.0/reference/error-handling (body shape, 429 handling)
 * and rate limits; webflow/js-webflow-api src/api/types/ErrorCode.ts, Error_.ts,
 * ForbiddenErrorBody.ts (InvalidScopes, NotEnterprisePlanSite), src/errors/WebflowError.ts and
 * src/api/errors/*; webflow/js-webflow-api #165 (a validation_error body with details[].param);
 * public code quoting the missing_scopes body.
 */
const W = ['webflow'];

export const provider: Provider = {
  name: 'webflow',
  display: 'Webflow',
  // Not "webflow" alone, nor webflow.io: sites built with Webflow are named in records and URLs.
  hints: [
    'api\\.webflow\\.com',
    'webflow-api',
    'webflow\\.(?:core|errors)(?:\\.\\w+)*',
    'WebflowError',
    '(?:tap|source)[-_]webflow',
  ],
  bodyKeys: ['externalReference'],
  bodyCodes: ['not_enterprise_plan_site', 'not_enterprise_plan_workspace', 'ecommerce_not_enabled', 'forms_require_republish', 'invalid_auth_version', 'duplicate_collection'],
  links: {
    auth: 'https://developers.webflow.com/data/reference/authentication',
    permissions: 'https://developers.webflow.com/data/reference/scopes',
    plan: 'https://webflow.com/pricing',
    validation: 'https://developers.webflow.com/data/v2.0.0/reference/error-handling',
    transient: 'https://developers.webflow.com/data/reference/rate-limits',
    outage: 'https://status.webflow.com',
  },
  rules: [
    {
      id: 'webflow/unauthorized',
      category: 'auth',
      cause: '{code}',
      code: ['not_authorized', 'invalid_credentials', 'invalid_auth_version'],
      destination: W,
      summary: 'Webflow rejected the token ({code})',
      fix: 'Create a new site API token or re-authorize the app (v1 keys do not work on v2), and update the connection; pause the sync until then.',
    },
    {
      id: 'webflow/missing-scopes',
      category: 'permissions',
      cause: 'missing_scopes',
      code: ['missing_scopes'],
      destination: W,
      fieldFrom: /missing the following scopes - '([\w:, ']{1,200})'/,
      summary: 'Webflow token lacks a scope (missing_scopes)',
      fix: 'Generate the token (or re-authorize the app) with the scope the message names, e.g. cms:read / cms:write; keep syncing other objects.',
    },
    {
      id: 'webflow/forbidden',
      category: 'permissions',
      cause: 'forbidden',
      code: ['forbidden'],
      destination: W,
      summary: 'Webflow refused access to this site or resource (forbidden)',
      fix: 'Check the token belongs to this site or workspace and the app is installed there; keep syncing other objects.',
    },
    {
      id: 'webflow/plan',
      category: 'plan',
      cause: '{code}',
      code: ['not_enterprise_plan_site', 'not_enterprise_plan_workspace', 'ecommerce_not_enabled', 'users_not_enabled', 'user_limit_reached'],
      destination: W,
      summary: 'Webflow site plan or settings do not include this ({code})',
      fix: 'Upgrade the site or workspace plan, or enable Ecommerce / Memberships on the site; retrying before that fails again.',
    },
    {
      id: 'webflow/validation',
      category: 'validation',
      cause: '{code}',
      code: ['validation_error', 'bad_request', 'invalid_user_email', 'invalid_domain', 'no_domains', 'forms_require_republish', 'incompatible_webhook_filter', 'unsupported_webhook_trigger_type'],
      destination: W,
      summary: 'Webflow rejected `{field}` ({code})',
      fix: 'Fix the item’s fieldData to match the collection schema (field slugs, types, required name and slug); retrying as is fails again.',
    },
    {
      id: 'webflow/duplicate',
      category: 'validation',
      cause: '{code}',
      code: ['conflict', 'duplicate_collection', 'duplicate_user_email'],
      destination: W,
      summary: 'Webflow object already exists or conflicts ({code})',
      fix: 'Update the existing item or user instead of creating it again (a slug or email already taken); dedupe the source.',
    },
    {
      id: 'webflow/not-found',
      category: 'validation',
      cause: '{code}',
      code: ['resource_not_found', 'item_not_found', 'collection_not_found', 'order_not_found', 'user_not_found'],
      destination: W,
      summary: 'Webflow object not found ({code})',
      fix: 'Re-resolve the site, collection or item ids of the mapping (a deleted item or a collection of another site); skip or fix the record.',
    },
    {
      id: 'webflow/unsupported-version',
      category: 'validation',
      cause: 'unsupported_version',
      code: ['unsupported_version'],
      destination: W,
      summary: 'Webflow does not support the API version the request used',
      fix: 'Update the connector to the v2 Data API (v1 is retired).',
    },
    {
      id: 'webflow/rate-limit',
      category: 'transient',
      cause: 'too_many_requests',
      code: ['too_many_requests'],
      destination: W,
      summary: 'Webflow rate limit (too_many_requests)',
      fix: 'Retry after Retry-After seconds; the limit is per minute and set by the site plan: lower concurrency or use bulk item endpoints.',
    },
    {
      id: 'webflow/internal',
      category: 'transient',
      cause: 'internal_error',
      code: ['internal_error'],
      destination: W,
      summary: 'Webflow server error (internal_error)',
      fix: 'Retry with backoff; check status.webflow.com if it persists.',
    },
    // Webflow's own wording for a scope-deficient token in text no host names. (A bare body with
    // code missing_scopes and no host is decided by HubSpot's destination-free MISSING_SCOPES rule,
    // which runs first: see the report.)
    {
      id: 'webflow/missing-scopes-message',
      category: 'permissions',
      cause: 'missing_scopes',
      message: /\bOAuthForbidden: You are missing the following scopes\b/,
      fieldFrom: /missing the following scopes - '([\w:, ']{1,200})'/,
      summary: 'Webflow token lacks a scope (missing_scopes)',
      fix: 'Generate the token (or re-authorize the app) with the scope the message names; keep syncing other objects.',
    },
  ],
};
