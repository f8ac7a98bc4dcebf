import type { Provider } from './provider.js';

/**
 * Constant Contact V3 API (`https://api.cc.email/v3/…`, OAuth on `authz.constantcontact.com`; the
 * retired V2 API on `api.constantcontact.com/v2` answered errors the same way). Every error is a
 * JSON array of `{"error_key": "…", "error_message": "…"}`:
 * - 401 `unauthorized` ("Unauthorized" / "The access token used is invalid"; expired or invalid
 *   token or API key): auth.
 * - 403 `access_denied` ("Request forbidden due to insufficient user privileges.") and V2's
 *   `user.privilege.forbidden` ("You don't have permission to perform this action; please see your
 *   account owner."); any other 403 is a missing scope or privilege (or a deactivated application,
 *   the docs' third reading): permissions.
 * - 429 `quota_exceeded` ("Limit Exceeded": the 10,000 requests per day, reset at 00:00 UTC): plan;
 *   429 `throttled` ("Too Many Requests": 4 requests per second): transient. Only `error_key` tells
 *   them apart (no rate-limit headers).
 * - 409 `contacts.api.conflict` ("Validation failed: Email already exists for contact …", also for
 *   deleted contacts, which must be PUT back): validation. 404 `contacts.api.not_found`, 400
 *   `http.status.bad_request` ("Bad request."), `query.param.invalid` ("The query parameter status
 *   is not supported."), 415 (content type): validation.
 * `unauthorized`, `access_denied`, `throttled` and `quota_exceeded` are other APIs' words too, so
 * those rules are Constant Contact's lines only; its dotted keys name it on a line with no host.
 * Sources: developer.constantcontact.com/api_guide/glossary_responses.html (the array shape and
 * each status), /rate_limits.html (both 429 bodies), /account_get_privileges.html (the 403 body),
 * /scopes.html; the V3 OpenAPI spec (ballerina-platform/openapi-connectors
 * openapi/constantcontact/openapi.yml: per-operation 401/403/409/415/429 descriptions);
 * community.constantcontact.com API Developer Support threads quoting contacts.api.conflict,
 * http.status.bad_request, user.privilege.forbidden and query.param.invalid bodies; client test
 * fixtures with `{"error_key": "unauthorized"}` / `"throttled"`.
 */
const CC = ['constant-contact'];

export const provider: Provider = {
  name: 'constant-contact',
  display: 'Constant Contact',
  aliases: ['constantcontact', 'ctct'],
  hints: ['api\\.cc\\.email', '(?:api|authz|v3\\.developer)\\.constantcontact\\.com', 'constant[ _-]?contact', 'Ctct\\w*Exception', 'Ctct\\\\Exceptions'],
  keys: { code: ['error_key'] },
  // The dotted keys are Constant Contact's own.
  bodyCodes: ['contacts.api.conflict', 'contacts.api.not_found', 'user.privilege.forbidden', 'http.status.bad_request', 'query.param.invalid'],
  links: {
    auth: 'https://developer.constantcontact.com/api_guide/auth_overview.html',
    permissions: 'https://developer.constantcontact.com/api_guide/user_privileges.html',
    plan: 'https://developer.constantcontact.com/api_guide/rate_limits.html',
    validation: 'https://developer.constantcontact.com/api_guide/glossary_responses.html',
    transient: 'https://developer.constantcontact.com/api_guide/rate_limits.html',
    outage: 'https://status.constantcontact.com',
  },
  rules: [
    {
      id: 'constant-contact/unauthorized',
      category: 'auth',
      cause: 'unauthorized',
      code: ['unauthorized'],
      destination: CC,
      summary: 'Constant Contact rejected the access token or API key (invalid or expired)',
      fix: 'Refresh the OAuth token (or re-authorize the app) and update the connection; pause the sync until then.',
    },
    {
      id: 'constant-contact/privileges',
      category: 'permissions',
      cause: '{code}',
      code: ['access_denied', 'user.privilege.forbidden'],
      destination: CC,
      summary: 'Constant Contact user lacks the privilege for this call ({code})',
      fix: 'Give the connected user a role with the privilege (GET /account/user/privileges lists what it has) or connect as the account owner; keep syncing what it may do.',
    },
    {
      id: 'constant-contact/daily-quota',
      category: 'plan',
      cause: 'quota_exceeded',
      code: ['quota_exceeded'],
      destination: CC,
      summary: 'Constant Contact daily request quota (10,000) used up',
      fix: 'Nothing to retry until 00:00 UTC: pause the sync, spread requests over the day or use bulk activity endpoints.',
    },
    {
      id: 'constant-contact/throttled',
      category: 'transient',
      cause: 'throttled',
      code: ['throttled'],
      destination: CC,
      summary: 'Constant Contact rate limit (4 requests per second)',
      fix: 'Retry with backoff (no Retry-After is sent); keep under 4 requests per second.',
    },
    {
      id: 'constant-contact/contact-exists',
      category: 'validation',
      cause: 'contacts.api.conflict',
      code: ['contacts.api.conflict'],
      destination: CC,
      summary: 'Constant Contact contact already exists (possibly deleted)',
      fix: 'Update the existing contact (PUT, or the sign_up_form create-or-update endpoint) instead of POSTing it again; deleted contacts still exist.',
    },
    {
      id: 'constant-contact/bad-request',
      category: 'validation',
      cause: '{code}',
      code: ['http.status.bad_request', 'query.param.invalid', 'contacts.api.not_found'],
      destination: CC,
      fieldFrom: /\bquery parameter (\w{1,60}) is not supported|^(\w{1,60}) is (?:in an invalid format|required)/,
      summary: 'Constant Contact rejected the request ({code})',
      fix: 'Fix the JSON or the value the message names (or re-resolve the contact id); retrying the same request fails again.',
    },
    // Any 403 on its lines: the docs' reading is a missing scope or user privilege.
    {
      id: 'constant-contact/forbidden',
      category: 'permissions',
      cause: 'HTTP 403',
      status: [403],
      destination: CC,
      summary: 'Constant Contact refused the call (missing scope or user privilege, or the application is deactivated)',
      fix: 'Re-authorize with the scope the endpoint needs (contact_data, campaign_data, account_read / account_update) and check the user’s role; keep syncing what it may do.',
    },
  ],
};
