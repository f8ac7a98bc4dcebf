import type { Provider } from './provider.js';

/**
 * Outreach REST API v2 (`api.outreach.io/api/v2`, OAuth at `api.outreach.io/oauth/token`), a
 * JSON:API: errors are `{"errors":[{"id":"<camelCase id>","title":"…","detail":"…",
 * "source":{"pointer":"/data/attributes/<attr>"}}]}`. The `id` is Outreach's error id; logs and
 * clients print it as `<id>: <detail>`.
 * - `unauthorizedOauthScope` (403): the token was granted without this resource's scope (scopes
 *   are per resource and not additive: `prospects.write` gives no read): permissions, reconnect
 *   with the scope. `unauthorizedRequest` (403): the scope is there but the user's governance
 *   profile forbids the action: permissions.
 * - 401 with an invalid, expired or revoked token (the gateway answers invalid JWTs with a bare
 *   `{"error":"Invalid JWT token."}`): auth.
 * - `validationError` (422, "Validation Error", `source.pointer` naming the attribute, e.g. emails
 *   "has already been taken"): validation on that field; `resourceNotFound` (404): validation (the
 *   record is gone or invisible to the user).
 * - 429: the 10,000 requests per hour per user window (`X-RateLimit-Reset`): transient.
 * Sources: api.outreach.io/api/v2/docs (errors, rate limiting, OAuth scopes); real bodies and
 * client handling in amp-labs/connectors (providers/outreach test data, routeNotFound),
 * vesselapi/integrations PR #245 (custom field validation error), SDK wrappers that print
 * "unauthorizedOauthScope: Missing scope".
 */
const O = ['outreach'];

export const provider: Provider = {
  name: 'outreach',
  display: 'Outreach',
  aliases: ['outreach', 'outreachio'],
  // Not the bare word (every CRM log says "outreach"): the API host and connector names.
  hints: ['api\\.outreach\\.io', 'outreach\\.io', 'tap-outreach', 'source-outreach'],
  links: {
    auth: 'https://developers.outreach.io/api/oauth/',
    permissions: 'https://developers.outreach.io/api/oauth/',
    plan: 'https://developers.outreach.io/api/',
    validation: 'https://developers.outreach.io/api/',
    transient: 'https://developers.outreach.io/api/',
    outage: 'https://status.outreach.io',
  },
  rules: [
    {
      id: 'outreach/missing-scope',
      category: 'permissions',
      cause: 'unauthorizedOauthScope',
      message: /\bunauthorized ?OAuth ?Scope\b/i,
      fieldFrom: /\b((?:[a-z][A-Za-z]+)\.(?:read|write|delete|all))\b/,
      summary: 'Outreach token lacks the OAuth scope for this resource',
      fix: 'Reconnect Outreach granting the resource’s scope (e.g. prospects.read and prospects.write: scopes are not additive); keep syncing other resources.',
    },
    {
      id: 'outreach/governance',
      category: 'permissions',
      cause: 'unauthorizedRequest',
      message: /\bunauthorized ?Request\b/i,
      destination: O,
      summary: 'Outreach user’s governance profile forbids this action',
      fix: 'Ask an Outreach admin to allow the action in the connected user’s governance profile (or connect a user who has it); retrying does not help.',
    },
    {
      id: 'outreach/invalid-token',
      category: 'auth',
      cause: 'invalid token',
      status: [401],
      destination: O,
      summary: 'Outreach rejected the access token (invalid, expired or revoked)',
      fix: 'Refresh the OAuth token (access tokens last two hours) or reconnect Outreach; pause the sync until then.',
    },
    {
      id: 'outreach/validation',
      category: 'validation',
      cause: 'validationError',
      message: /\bvalidation ?Error\b/i,
      destination: O,
      summary: 'Outreach rejected the record (`{field}`)',
      fix: 'Fix the attribute the error points at (emails must be unique per prospect, custom fields exist, values have the right type); retrying the same payload fails again.',
    },
    {
      id: 'outreach/not-found',
      category: 'validation',
      cause: 'resourceNotFound',
      message: /\bresource ?Not ?Found\b/i,
      destination: O,
      summary: 'Outreach record not found (deleted, merged or not visible to the user)',
      fix: 'Re-resolve the Outreach ids (the record may be deleted or owned outside the user’s visibility).',
    },
    {
      id: 'outreach/rate-limit',
      category: 'transient',
      cause: 'HTTP 429',
      status: [429],
      destination: O,
      summary: 'Outreach rate limit (10,000 requests per hour per user)',
      fix: 'Retry after X-RateLimit-Reset; spread the sync over several users’ tokens only if the volume is legitimate, or lower its frequency.',
    },
  ],
};
