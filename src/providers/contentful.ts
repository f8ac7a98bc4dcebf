import type { Provider } from './provider.js';

/**
 * Contentful: the Content Management API (`api.contentful.com`, EU `api.eu.contentful.com`,
 * uploads on `upload.contentful.com`), the Content Delivery and Preview APIs (`cdn.contentful.com`,
 * `preview.contentful.com`) and GraphQL (`graphql.contentful.com`). Every error body is
 * `{"sys":{"type":"Error","id":"<error id>"},"message":"…","details":{…},"requestId":"…"}`; the
 * ids (BadRequest, InvalidQuery, AccessTokenInvalid, AccessDenied, NotFound, VersionMismatch,
 * ValidationFailed, UnknownField, InvalidEntry, UnresolvedLinks, RateLimitExceeded, ServerError,
 * Hibernated) sit under `sys.id`, which the shared key map cannot read (an `id` key is a record's
 * id everywhere else): the rules decide on the status with the line’s destination, on Contentful's
 * own wording, and on the SDKs' exception names. `sys.type` "Error" is read as a code.
 * - 401 AccessTokenInvalid "The access token you sent could not be found or is invalid." — also
 *   on a 403 when a delivery token is used on the management API: auth, by its wording.
 * - 403 AccessDenied (a missing role; the message may be "Forbidden" or "You are not authorized to
 *   do this action or exceeded your plan limits"): permissions.
 * - 404 NotFound with `details.type` Space or Environment: the connection names a space or
 *   environment the token cannot see: auth (every record fails); any other NotFound: validation.
 * - 409 VersionMismatch ("The given version value is not the current one": the entry changed since
 *   it was read): validation (fetch the current version and send again).
 * - 422 ValidationFailed / InvalidEntry / UnknownField / UnresolvedLinks ("Validation error", with
 *   `details.errors[]` of `{name, path, details, value}`): validation; the field from the message
 *   ("The property \"title\" is required here") where the details name it.
 * - 429 RateLimitExceeded ("You have exceeded the rate limit of the Organization this Space belongs
 *   to…": per-second and per-hour limits, `X-Contentful-RateLimit-Reset`): transient.
 * - 502 Hibernated (the space has not been accessed for a long time; a request wakes it): transient.
 * SDKs: contentful-management.js / contentful.js (contentful-sdk-core's errorHandler throws an Error
 * named after `sys.id` whose message is the JSON `{status, statusText, message, details, request,
 * requestId}` — `statusText` "Unauthorized" / "Forbidden" / "Conflict" reads as a code); the
 * import/export tools (contentful-batch-libs: `AccessDenied: Status: 403 - Forbidden - Message: …`);
 * contentful_management.py / contentful.py (`contentful_management.errors.UnauthorizedError`,
 * `AccessDeniedError`, `VersionMismatchError`, `UnprocessableEntityError`,
 * `RateLimitExceededError`, `BadGatewayError`: "HTTP status code: 422\nMessage: …\nDetails: …");
 * contentful-management.rb / contentful.rb (`Contentful::Management::Unauthorized`,
 * `Contentful::RateLimitExceeded`…); contentful.php (`Contentful\Core\Exception\…Exception`).
 * Sources: contentful.com/developers/docs/references/errors (the error table, ids and statuses),
 * the CMA overview (hosts, EU base URL) and API rate limits; contentful/contentful-sdk-core
 * src/error-handler.ts; contentful/contentful-management.py contentful_management/errors.py;
 * contentful.rb lib/contentful/error.rb (#51, RateLimitExceeded); contentful.php and
 * contentful-management.rb specs (the RateLimitExceeded body); real bodies in lotas/contentful-graph
 * #43 (AccessTokenInvalid on a 403), contentful/contentful-export #98, contentful/contentful-cli #158
 * (AccessDenied line), contentful/contentful-import #57 (403 plan-limit wording),
 * contentful/contentful-space-sync #77 (UnresolvedLinks details), contentful/contentful.js #13
 * (AccessTokenInvalid body), public test fixtures quoting VersionMismatch and ValidationFailed
 * bodies.
 */
const C = ['contentful'];

/** The property a ValidationFailed detail names: `The property "title" is required here`, the Python SDK's `Path: '['fields', 'title', …]'`. */
const FIELD_IN_DETAILS = /\bThe property \\?"([\w.-]{1,100})\\?" (?:is required here|is not expected|or )|\bThe type of \\?"([\w.-]{1,100})\\?" is incorrect|\bPath: '\['fields', '([\w.-]{1,100})'/;

export const provider: Provider = {
  name: 'contentful',
  display: 'Contentful',
  hints: [
    '(?:api|cdn|preview|graphql|upload)(?:\\.eu)?\\.contentful\\.com',
    'X-Contentful-[\\w-]+',
    'contentful-(?:management|sdk-core|batch-libs|import|export|migration|cli)(?:\\.js)?',
    'contentful\\.js',
    'contentful_management(?:\\.\\w+)*',
    'contentful\\.errors(?:\\.\\w+)?',
    'Contentful::(?:Management::)?\\w+',
    'Contentful\\\\(?:Core|Management|Delivery)\\\\Exception(?:\\\\\\w+)?',
  ],
  links: {
    auth: 'https://www.contentful.com/developers/docs/references/authentication/',
    permissions: 'https://www.contentful.com/help/roles/space-roles-and-permissions/',
    plan: 'https://www.contentful.com/developers/docs/technical-limits/',
    validation: 'https://www.contentful.com/developers/docs/references/errors/',
    transient: 'https://www.contentful.com/developers/docs/references/content-management-api/#/introduction/api-rate-limits',
    outage: 'https://www.contentfulstatus.com',
  },
  rules: [
    // Contentful's own wording for AccessTokenInvalid, on a body (`sys.type` Error) or the SDK's
    // error JSON (`statusText` Unauthorized / Forbidden); on a 403 too (a delivery token on the
    // management API).
    {
      id: 'contentful/access-token-invalid',
      category: 'auth',
      cause: 'AccessTokenInvalid',
      code: ['error', 'unauthorized', 'forbidden'],
      message: /\bThe access token you sent could not be found or is (?:invalid|expired)\b/,
      summary: 'Contentful rejected the access token (AccessTokenInvalid)',
      fix: 'Create a new token and update the connection (a management API call needs a CMA personal access token, not a delivery or preview key); pause the sync until then.',
    },
    // A space or environment the token cannot see: the connection is wrong, every record fails.
    {
      id: 'contentful/space-not-found',
      category: 'auth',
      cause: 'NotFound (space or environment)',
      code: ['space', 'environment'],
      status: [404],
      destination: C,
      summary: 'Contentful space or environment not found for this token',
      fix: 'Check the space id and environment of the connection and that the token belongs to a user or organization with access to that space; pause the sync until then.',
    },
    // The JavaScript SDK's error JSON has no `sys`: its `statusText` is the code.
    {
      id: 'contentful/forbidden-code',
      category: 'permissions',
      cause: 'AccessDenied',
      code: ['forbidden'],
      destination: C,
      summary: 'Contentful denied access (AccessDenied: the role lacks the permission, or a plan limit)',
      fix: 'Give the token’s user a space role that allows this action on this content type and locale (or, if the message says so, raise the plan limit); keep syncing other records.',
    },
    {
      id: 'contentful/conflict-code',
      category: 'validation',
      cause: 'VersionMismatch',
      code: ['conflict'],
      destination: C,
      summary: 'Contentful entry changed since it was read (VersionMismatch)',
      fix: 'Fetch the entry’s current version and send the update with it (X-Contentful-Version); another editor or process updated it meanwhile.',
    },
    {
      id: 'contentful/unauthorized',
      category: 'auth',
      cause: 'AccessTokenInvalid',
      status: [401],
      destination: C,
      summary: 'Contentful rejected the access token (HTTP 401)',
      fix: 'Create a new token and update the connection; pause the sync until then.',
    },
    {
      id: 'contentful/access-denied',
      category: 'permissions',
      cause: 'AccessDenied',
      status: [403],
      destination: C,
      summary: 'Contentful denied access (AccessDenied: the role lacks the permission, or a plan limit)',
      fix: 'Give the token’s user a space role that allows this action on this content type and locale (or, if the message says so, raise the plan limit); keep syncing other records.',
    },
    {
      id: 'contentful/not-found',
      category: 'validation',
      cause: 'NotFound',
      status: [404],
      destination: C,
      summary: 'Contentful resource not found (a deleted entry or asset, or a wrong id)',
      fix: 'Re-resolve the entry, asset or content type id the record points at; skip or fix the record.',
    },
    {
      id: 'contentful/version-mismatch',
      category: 'validation',
      cause: 'VersionMismatch',
      status: [409],
      destination: C,
      summary: 'Contentful entry changed since it was read (VersionMismatch)',
      fix: 'Fetch the entry’s current version and send the update with it (X-Contentful-Version); another editor or process updated it meanwhile.',
    },
    {
      id: 'contentful/validation-failed',
      category: 'validation',
      cause: 'ValidationFailed',
      status: [422],
      destination: C,
      fieldFrom: FIELD_IN_DETAILS,
      summary: 'Contentful rejected the entry (`{field}`)',
      fix: 'Fix the value of `{field}` to fit the content type’s validations (required, size, unique, in, regexp, links to published entries); retrying as is fails again.',
    },
    {
      id: 'contentful/rate-limit',
      category: 'transient',
      cause: 'RateLimitExceeded',
      status: [429],
      destination: C,
      summary: 'Contentful rate limit (RateLimitExceeded)',
      fix: 'Retry after X-Contentful-RateLimit-Reset seconds; lower the request rate (the management API allows a few requests per second per organization).',
    },
    {
      id: 'contentful/hibernated',
      category: 'transient',
      cause: 'Hibernated',
      status: [502],
      destination: C,
      summary: 'Contentful space hibernated or gateway error (HTTP 502)',
      fix: 'Retry with backoff: a space that has not been used for a long time is woken by the first request; check contentfulstatus.com if it persists.',
    },
    // Contentful's wording and the tools' and SDKs' exception names, on text lines.
    {
      id: 'contentful/access-token-message',
      category: 'auth',
      cause: 'AccessTokenInvalid',
      message: /\bThe access token you sent could not be found or is (?:invalid|expired)\b|\bAccessTokenInvalid(?:Exception)?\b/,
      summary: 'Contentful rejected the access token (AccessTokenInvalid)',
      fix: 'Create a new token and update the connection (a management API call needs a CMA personal access token, not a delivery or preview key); pause the sync until then.',
    },
    {
      id: 'contentful/rate-limit-message',
      category: 'transient',
      cause: 'RateLimitExceeded',
      message: /\bexceeded the rate limit of the Organization this Space belongs to\b/,
      summary: 'Contentful rate limit (RateLimitExceeded)',
      fix: 'Retry after X-Contentful-RateLimit-Reset seconds; lower the request rate.',
    },
    // contentful-batch-libs' error line (import / export / CLI): "<id>: Status: 403 - Forbidden - Message: …".
    {
      id: 'contentful/access-denied-message',
      category: 'permissions',
      cause: 'AccessDenied',
      message: /\bAccessDenied: Status: 403 - Forbidden - Message: /,
      summary: 'Contentful denied access (AccessDenied)',
      fix: 'Give the token’s user a space role that allows this action (import needs an admin or a role that may create content types and locales); keep syncing other records.',
    },
    {
      id: 'contentful/sdk-unauthorized',
      category: 'auth',
      cause: 'AccessTokenInvalid',
      message: /\bContentful::(?:Management::)?Unauthorized\b|\bcontentful(?:_management)?\.errors\.UnauthorizedError\b/,
      destination: C,
      summary: 'Contentful rejected the access token',
      fix: 'Create a new token and update the connection; pause the sync until then.',
    },
    {
      id: 'contentful/sdk-access-denied',
      category: 'permissions',
      cause: 'AccessDenied',
      message: /\bContentful::(?:Management::)?AccessDenied\b|\bcontentful(?:_management)?\.errors\.AccessDeniedError\b|\bAccessDeniedException\b/,
      destination: C,
      summary: 'Contentful denied access (AccessDenied)',
      fix: 'Give the token’s user a space role that allows this action; keep syncing other records.',
    },
    {
      id: 'contentful/sdk-rate-limit',
      category: 'transient',
      cause: 'RateLimitExceeded',
      message: /\bRateLimitExceeded(?:Error|Exception)?\b/,
      destination: C,
      summary: 'Contentful rate limit (RateLimitExceeded)',
      fix: 'Retry after X-Contentful-RateLimit-Reset seconds; lower the request rate.',
    },
    {
      id: 'contentful/sdk-version-mismatch',
      category: 'validation',
      cause: 'VersionMismatch',
      message: /\bVersionMismatch(?:Error|Exception)?\b/,
      destination: C,
      summary: 'Contentful entry changed since it was read (VersionMismatch)',
      fix: 'Fetch the entry’s current version and send the update with it; another editor or process updated it meanwhile.',
    },
    {
      id: 'contentful/sdk-validation',
      category: 'validation',
      cause: 'ValidationFailed',
      message: /\b(?:ValidationFailed|InvalidEntry|UnknownField|UnresolvedLinks)(?:Exception)?\b|\bUnprocessableEntity(?:Error)?\b/,
      destination: C,
      fieldFrom: FIELD_IN_DETAILS,
      summary: 'Contentful rejected the entry (`{field}`)',
      fix: 'Fix the value of `{field}` to fit the content type’s validations (required, size, unique, links to published entries); retrying as is fails again.',
    },
  ],
};
