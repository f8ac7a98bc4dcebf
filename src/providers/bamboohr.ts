import type { Provider } from './provider.js';

/**
 * BambooHR (`api.bamboohr.com/api/gateway.php/{companyDomain}/v1/…`, `{companyDomain}.bamboohr.com/
 * api/…`). Most errors have no body of their own: the status decides and the reason, when there is
 * one, is in the response header `X-BambooHR-Error-Message` (the help article spells it
 * "X-BambooHR-Error-Messsage"); newer endpoints answer `{"code":…,"message":…}`. The statuses (the
 * technical overview and the API error code definitions):
 * - 400 invalid request, 404 unknown id or URL, 406 references to non-existent fields, 409 a
 *   duplicate (employee email, list value): validation (the generic 4xx rules).
 * - 401 API key missing or invalid: auth; 403 the key's user lacks the privilege (or is disabled):
 *   permissions (the generic rules).
 * - 503: until 16 September 2026 BambooHR throttled with 503 and Retry-After, from then with 429;
 *   either way transient, as the generic rules have it. 429 used to mean the account's employee limit;
 *   with the change it is a rate limit, so the status alone does not say plan.
 * - 500 / 502: transient.
 * So BambooHR's own rules are its client's exception classes and its header: the official Python SDK
 * (`bamboohr_sdk.exceptions`) maps each status to a class (BadRequestException,
 * AuthenticationFailedException, PermissionDeniedException, ResourceNotFoundException, ConflictException,
 * RateLimitExceededException, ServiceUnavailableException…) and prints "(401)\nReason: Unauthorized
 * …"; the class names are common words, BambooHR's only under `bamboohr_sdk.exceptions`.
 * Sources: documentation.bamboohr.com/docs/api-details (statuses, throttling with 503) and
 * /docs/planned-changes-to-the-api (503 → 429); bamboohr.screenstepslive.com "API Error Code
 * Definitions" (X-BambooHR-Error-Messsage, 406, 409, 429 employee limit); BambooHR/bhr-api-python
 * bamboohr_sdk/exceptions.py (classes, status map, retried statuses 408/429/504/598) and
 * models/invalid_request_error.py (`code` + `message`); smeggingsmegger/PyBambooHR.
 */
/** The Python SDK's classes. */
const sdk = (names: string): RegExp => new RegExp(`\\bbamboohr_sdk\\.exceptions\\.(?:${names})\\b`);

export const provider: Provider = {
  name: 'bamboohr',
  display: 'BambooHR',
  hints: ['(?:[\\w-]+\\.)*bamboohr\\.com', 'bamboohr\\w*', 'PyBambooHR'],
  // The error header, when a client logs the response headers (both spellings of the help article).
  keys: { message: ['X-BambooHR-Error-Message', 'x-bamboohr-error-message', 'X-BambooHR-Error-Messsage'] },
  links: {
    auth: 'https://documentation.bamboohr.com/docs/api-details',
    permissions: 'https://documentation.bamboohr.com/docs/api-details',
    plan: 'https://bamboohr.screenstepslive.com/m/53907/l/587843-api-error-code-definitions',
    validation: 'https://bamboohr.screenstepslive.com/m/53907/l/587843-api-error-code-definitions',
    transient: 'https://documentation.bamboohr.com/docs/planned-changes-to-the-api',
    outage: 'https://status.bamboohr.com',
  },
  rules: [
    {
      id: 'bamboohr/sdk-auth',
      category: 'auth',
      cause: 'AuthenticationFailedException',
      message: sdk('AuthenticationFailedException'),
      summary: 'BambooHR rejected the API key or OAuth token (HTTP 401)',
      fix: 'Check the API key and company subdomain (the key is the Basic-auth user name), or create a new key for an enabled user; pause the sync until then.',
    },
    {
      id: 'bamboohr/sdk-permission',
      category: 'permissions',
      cause: 'PermissionDeniedException',
      message: sdk('PermissionDeniedException'),
      summary: 'BambooHR user of the API key lacks the privilege for this call (HTTP 403)',
      fix: 'Give the key’s user access to the fields or employees the call needs (or use a key of a user who has it); keep syncing what is allowed.',
    },
    {
      id: 'bamboohr/sdk-rate-limit',
      category: 'transient',
      cause: 'RateLimitExceededException',
      message: sdk('RateLimitExceededException|ServiceUnavailableException'),
      summary: 'BambooHR throttled the requests',
      fix: 'Retry after the Retry-After wait; lower the request rate (BambooHR throttles with 503, and with 429 from 16 September 2026).',
    },
    {
      id: 'bamboohr/sdk-invalid',
      category: 'validation',
      cause: 'request rejected',
      message: sdk('BadRequestException|ResourceNotFoundException|MethodNotAllowedException|ConflictException|PayloadTooLargeException|UnsupportedMediaTypeException|UnprocessableEntityException'),
      summary: 'BambooHR rejected the request for this record',
      fix: 'Read the reason (X-BambooHR-Error-Message or the body): an unknown employee id or field, a duplicate email, a value the field does not take; fix the record or mapping, never retry as is.',
    },
    {
      id: 'bamboohr/sdk-server',
      category: 'transient',
      cause: 'server error',
      message: sdk('InternalServerErrorException|BadGatewayException|GatewayTimeoutException|NetworkReadTimeoutException|RequestTimeoutException'),
      summary: 'BambooHR server error or timeout',
      fix: 'Retried; check status.bamboohr.com if it persists.',
    },
  ],
};
