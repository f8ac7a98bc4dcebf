import type { Provider } from './provider.js';

/**
 * Shopware 6 Admin API (`https://<shop>/api/…`, `/api/_action/sync`, token at `/api/oauth/token`;
 * every shop is self-hosted or on its own domain, so the host does not name it). Errors are JSON:API
 * `{"errors":[{"status":"403","code":"FRAMEWORK__MISSING_PRIVILEGE_ERROR","title":"Forbidden","detail":
 * "{\"message\":\"Missing privilege\",\"missingPrivileges\":[\"product:create\"]}","meta":{"parameters":
 * []}}]}`; codes are `<DOMAIN>__<NAME>` (FRAMEWORK__, CONTENT__, CHECKOUT__…), validation errors of a
 * write carry Symfony constraint codes and a JSON pointer (`{"code":"c1051bb4-d103-4f74-8988-acbcafc7fdc3",
 * "status":"400","detail":"This value should not be blank.","source":{"pointer":"/0/name"}}`).
 * - 401 from the OAuth server (league/oauth2-server): `{"errors":[{"code":"9","status":"401","title":
 *   "Unauthorized","detail":"The resource owner or authorization server denied the request.","meta":
 *   {"error":"access_denied","hint":"Access token could not be verified"}}]}` — the token expired
 *   (10 minutes) or the integration was deleted or rotated: auth, though its OAuth word is
 *   access_denied. 4 invalid_client / 6 and 10 invalid_grant are the OAuth rules'.
 * - FRAMEWORK__MISSING_PRIVILEGE_ERROR (403, the missing ACL privileges in `detail`): permissions.
 * - FRAMEWORK__RATE_LIMIT_EXCEEDED (429, "Too many requests, try again in {{ seconds }} seconds."):
 *   transient.
 * - FRAMEWORK__WRITE_CONSTRAINT_VIOLATION (400, "Caught N constraint violation errors.", per
 *   violation a pointer such as /0/value/zipCodes), FRAMEWORK__INVALID_UUID, Symfony NotBlank
 *   (c1051bb4-…) and NotNull (ad32d13f-…) violations: validation.
 * Client libraries: @shopware/api-client (createAdminAPIClient), vin/shopware-sdk (PHP,
 * Vin\ShopwareSdk), lib_shopware6_api_base (Python), shopware-admin-api-client (JS).
 * Sources: shopware/shopware MissingPrivilegeException.php and its API test (403 body),
 * RateLimitExceededException.php, WriteConstraintViolationException.php and the sync tests
 * (FRAMEWORK__WRITE_CONSTRAINT_VIOLATION with source.pointer); shopware/shopware #110 (the 401 body
 * with code "9"), #1102 (FRAMEWORK__ error shape); symfony/validator NotNull.php (IS_NULL_ERROR);
 * shopware/admin-api-reference docs/concepts (request and response structure); docs.shopware.com
 * Settings > System > Integrations.
 */
const SW = ['shopware'];

export const provider: Provider = {
  name: 'shopware',
  display: 'Shopware',
  hints: ['shopware\\w*', 'lib_shopware6\\w*'],
  // The codes only Shopware answers with name it when the line names no shop.
  bodyCodes: ['framework__missing_privilege_error', 'framework__rate_limit_exceeded', 'framework__write_constraint_violation', 'framework__invalid_uuid'],
  links: {
    auth: 'https://shopware.stoplight.io/docs/admin-api/8e1d78252fa6f-authentication',
    permissions: 'https://docs.shopware.com/en/shopware-6-en/settings/system/integrationen',
    validation: 'https://shopware.stoplight.io/docs/admin-api/',
    transient: 'https://shopware.stoplight.io/docs/admin-api/',
  },
  rules: [
    {
      // The OAuth server's access_denied (code 9) on a 401 is the token, not a role.
      id: 'shopware/token-denied',
      category: 'auth',
      cause: '9 access_denied (401)',
      code: ['9', 'access_denied'],
      status: [401],
      destination: SW,
      summary: 'Shopware rejected the access token (expired, or its integration deleted or rotated)',
      fix: 'Fetch a new token from /api/oauth/token with the integration’s access key ID and secret (tokens last 10 minutes), or create a new integration if it was deleted; pause the sync until then.',
    },
    {
      id: 'shopware/missing-privilege',
      category: 'permissions',
      cause: 'FRAMEWORK__MISSING_PRIVILEGE_ERROR',
      code: ['FRAMEWORK__MISSING_PRIVILEGE_ERROR'],
      fieldFrom: /"missingPrivileges":\s*\[\s*"([\w.:-]+)"/,
      summary: 'Shopware integration lacks the privilege `{field}`',
      fix: 'Give the integration’s role the privilege (Settings → System → Integrations, or Users & permissions → Roles), or make it an administrator integration; keep syncing what it may write.',
    },
    {
      id: 'shopware/rate-limited',
      category: 'transient',
      cause: 'FRAMEWORK__RATE_LIMIT_EXCEEDED',
      code: ['FRAMEWORK__RATE_LIMIT_EXCEEDED'],
      summary: 'Shopware rate limiter refused the request for now',
      fix: 'Retry after the wait Shopware names; lower the request rate.',
    },
    {
      id: 'shopware/write-invalid',
      category: 'validation',
      cause: '{code}',
      code: ['FRAMEWORK__WRITE_CONSTRAINT_VIOLATION', 'FRAMEWORK__INVALID_UUID', 'c1051bb4-d103-4f74-8988-acbcafc7fdc3', 'ad32d13f-c3d4-423b-909a-857b961eb720'],
      destination: SW,
      summary: 'Shopware rejected `{field}` of this record',
      fix: 'Fix the value at the pointer Shopware names (ids are 32-character hex without hyphens, required fields must be set); the sync write fails again as is.',
    },
  ],
};
