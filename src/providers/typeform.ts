import type { Provider } from './provider.js';

/**
 * Typeform: the Create, Responses, Webhooks and Workspaces APIs on `api.typeform.com` (EU data
 * centre `api.eu.typeform.com` / `api.typeform.eu`), personal tokens or OAuth with scopes
 * (`accounts:read`, `forms:read`, `responses:read`, `workspaces:read`…). Error bodies are
 * `{"code":"FORM_NOT_FOUND","description":"Non existing form with uid …"}`, a validation error adds
 * `details[]` of `{code, description, field, in}` where `field` is a JSON pointer into the payload
 * (`/fields/0/title`). The codes are upper snake case words other APIs use too
 * (AUTHENTICATION_FAILED is Klaviyo's as well), so code rules are Typeform's lines only.
 * - 401 AUTHENTICATION_FAILED ("Authentication credentials not found on the Request Headers", or
 *   an invalid / expired token): auth.
 * - 403: the token lacks the scope for the endpoint (Responses need `responses:read`) or the form
 *   belongs to another account or workspace: permissions.
 * - 404 FORM_NOT_FOUND, WORKSPACE_NOT_FOUND, THEME_NOT_FOUND, IMAGE_NOT_FOUND: validation (a
 *   deleted form or a wrong id in the connection).
 * - 400 VALIDATION_ERROR (payload or query rejected; `details[].field` names the field): validation.
 * - 429 (a few requests per second per token, leaky bucket): transient; 500 / 503: transient.
 * Clients: @typeform/api-client (`Typeform.ApiError(code, description, details)`); Singer
 * tap-typeform (`TypeformUnauthorizedError` 401, `TypeformForbiddenError` 403,
 * `TypeformNotFoundError` 404, `TypeformTooManyError` 429, `TypeformInternalError` 500,
 * `TypeformNotAvailableError` 503, text "HTTP-error-code: 401, Error: …"; it logs "Maybe add the
 * Responses:Read scope to your token" on a 403); Airbyte source-typeform; typeform-go
 * ("url: …, statusCode: 401, code: AUTHENTICATION_FAILED, description: …").
 * Sources: Typeform/js-api-client src/create-client.ts and typeform-types.ts (ApiError);
 * singer-io/tap-typeform tap_typeform/client.py (ERROR_CODE_EXCEPTION_MAPPING) and PR #41 (the
 * scope hint on a 403); marotpam/typeform-go error.go (codes, Error() text) and its fake-server
 * tests (the AUTHENTICATION_FAILED and FORM_NOT_FOUND bodies); typeform.com/developers (rate
 * limits, scopes, EU base URLs); contentful/apps #3314 (a Typeform 403 on workspaces).
 */
const T = ['typeform'];

export const provider: Provider = {
  name: 'typeform',
  display: 'Typeform',
  // Not "typeform" alone: lead records name the form tool they came from.
  hints: [
    'api(?:\\.eu)?\\.typeform\\.(?:com|eu)',
    '@typeform/api-client',
    'tap_typeform(?:\\.\\w+)*',
    '(?:tap|source)-typeform',
    'Typeform(?:BadRequest|Unauthorized|Forbidden|NotFound|TooMany|Internal|NotAvailable)Error',
    'typeform-go',
  ],
  links: {
    auth: 'https://www.typeform.com/developers/get-started/personal-access-token/',
    permissions: 'https://www.typeform.com/developers/get-started/scopes/',
    plan: 'https://www.typeform.com/pricing/',
    validation: 'https://www.typeform.com/developers/create/',
    transient: 'https://www.typeform.com/developers/get-started/#rate-limits',
    outage: 'https://status.typeform.com',
  },
  rules: [
    {
      id: 'typeform/authentication-failed',
      category: 'auth',
      cause: 'AUTHENTICATION_FAILED',
      code: ['AUTHENTICATION_FAILED'],
      destination: T,
      summary: 'Typeform rejected the token (AUTHENTICATION_FAILED)',
      fix: 'Generate a new personal access token (or re-authorize the OAuth app) and update the connection; pause the sync until then.',
    },
    {
      id: 'typeform/not-found',
      category: 'validation',
      cause: '{code}',
      code: ['FORM_NOT_FOUND', 'WORKSPACE_NOT_FOUND', 'THEME_NOT_FOUND', 'IMAGE_NOT_FOUND'],
      destination: T,
      summary: 'Typeform object not found ({code})',
      fix: 'The form, workspace or theme id no longer exists in this account (deleted, or another account’s id): fix the id in the connection or drop it from the sync.',
    },
    {
      id: 'typeform/validation',
      category: 'validation',
      cause: 'VALIDATION_ERROR',
      code: ['VALIDATION_ERROR'],
      destination: T,
      summary: 'Typeform rejected `{field}` (VALIDATION_ERROR)',
      fix: 'Fix the payload or query value the details name; retrying as is fails again.',
    },
    {
      id: 'typeform/unauthorized',
      category: 'auth',
      cause: 'HTTP 401',
      status: [401],
      destination: T,
      summary: 'Typeform rejected the token (HTTP 401)',
      fix: 'Generate a new personal access token (or re-authorize the OAuth app) and update the connection; pause the sync until then.',
    },
    {
      id: 'typeform/forbidden',
      category: 'permissions',
      cause: 'HTTP 403',
      status: [403],
      destination: T,
      summary: 'Typeform token lacks the scope or access for this form (HTTP 403)',
      fix: 'Grant the token the scope the endpoint needs (responses:read for responses, workspaces:read, accounts:read) and access to the form’s workspace; keep syncing other forms.',
    },
    {
      id: 'typeform/rate-limit',
      category: 'transient',
      cause: 'HTTP 429',
      status: [429],
      destination: T,
      summary: 'Typeform rate limit (HTTP 429)',
      fix: 'Retry after Retry-After; keep to a couple of requests per second per token (prefer webhooks to polling responses).',
    },
    // Singer tap-typeform's exceptions: "HTTP-error-code: 401, Error: Invalid authorization credentials."
    {
      id: 'typeform/tap-unauthorized',
      category: 'auth',
      cause: 'HTTP 401',
      message: /\bTypeformUnauthorizedError\b|\bHTTP-error-code: 401, Error: Invalid authorization credentials\b/,
      destination: T,
      summary: 'Typeform rejected the token (HTTP 401)',
      fix: 'Generate a new personal access token (or refresh the OAuth token) and update the tap’s config; pause the sync until then.',
    },
    {
      id: 'typeform/tap-forbidden',
      category: 'permissions',
      cause: 'HTTP 403',
      // The tap's own hint names Typeform without a host: no destination needed.
      message: /\bTypeformForbiddenError\b|\bMaybe add the Responses:Read scope to your token\b/,
      summary: 'Typeform token lacks the scope or access for this form (HTTP 403)',
      fix: 'Grant the token the scope the stream needs (responses:read, forms:read, accounts:read); keep syncing other forms.',
    },
    {
      id: 'typeform/tap-rate-limit',
      category: 'transient',
      cause: 'HTTP 429',
      message: /\bTypeformTooManyError\b/,
      destination: T,
      summary: 'Typeform rate limit (HTTP 429)',
      fix: 'Retry after Retry-After; lower the tap’s request rate.',
    },
    {
      id: 'typeform/tap-server',
      category: 'transient',
      cause: 'HTTP {status}',
      message: /\bTypeform(?:Internal|NotAvailable)Error\b/,
      destination: T,
      summary: 'Typeform server error or unavailable',
      fix: 'Retry with backoff; check status.typeform.com if it persists.',
    },
  ],
};
