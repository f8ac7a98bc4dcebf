import type { Provider } from './provider.js';

/**
 * Criteo Marketing Solutions / Retail Media API (`api.criteo.com/<version>/…`, OAuth client
 * credentials at `api.criteo.com/oauth2/token`; SDKs criteo-api-marketingsolutions-sdk for Python,
 * Java, PHP, Node). Errors are `{"errors":[{"traceIdentifier"|"traceId","type","code","instance",
 * "title","detail","source"}],"warnings":[…]}` where `type` is the category (authentication,
 * authorization, access-control, validation, quota, availability, deprecation) and `code` a
 * kebab-case code unique across Criteo:
 * - 401 `authorization-token-expired` ("The authorization token has expired"; tokens last 15 minutes)
 *   and `authorization-token-invalid` ("The authorization header is invalid"): auth.
 * - `permission-denied` / type access-control (the app has no consent for the advertiser): permissions.
 * - `audience-invalid` (the audience id does not exist or is not the advertiser's, sent with type
 *   authorization and 404/400): validation, not a credential problem.
 * - type validation (`required-field`, `invalid`, `invalid-date-format`, `invalid-ranged`,
 *   `invalid-timespan`), deprecation (`endpoint-deprecated`: the connector calls a retired version): validation.
 * - type quota / 429 (calls per minute per app): transient; `internal-error` / availability / 5xx: transient.
 * The categories are common words: they decide only lines known to be Criteo's.
 * Sources: developers.criteo.com/marketing-solutions/docs/api-error-types, …/authorization-requests
 * (token lifetime), …/rate-limits; criteo/criteo-api-python-sdk and criteo-api-java-sdk CriteoApiError
 * / CriteoApiWarningV2 models (type and code enums); rudderlabs/rudder-transformer criteo_audience
 * networkHandler and fixtures (authorization-token-invalid, token expired, audience-invalid).
 */
const C = ['criteo'];

export const provider: Provider = {
  name: 'criteo',
  display: 'Criteo',
  hints: [
    'api\\.criteo\\.com',
    'criteo[_-]api[\\w-]*',
    'criteo_api_[\\w.]+',
    'com\\.criteo\\.api(?:\\.\\w+)*',
    'criteo[ _-](?:audience|marketing[ _-]?solutions|retail[ _-]?media)',
    'tap-criteo',
    'source-criteo',
  ],
  bodyKeys: ['traceIdentifier'],
  links: {
    auth: 'https://developers.criteo.com/marketing-solutions/docs/authorization-requests',
    permissions: 'https://developers.criteo.com/marketing-solutions/docs/authorization-code-setup',
    validation: 'https://developers.criteo.com/marketing-solutions/docs/api-error-types',
    transient: 'https://developers.criteo.com/marketing-solutions/docs/rate-limits',
    outage: 'https://status.criteo.com',
  },
  rules: [
    {
      id: 'criteo/token',
      category: 'auth',
      cause: '{code}',
      code: ['authorization-token-expired', 'authorization-token-invalid'],
      summary: 'Criteo rejected the access token ({code})',
      fix: 'Request a new token with the client credentials (tokens last 15 minutes) or replace the client id / secret; pause the sync until then.',
    },
    {
      id: 'criteo/audience-invalid',
      category: 'validation',
      cause: 'audience-invalid',
      code: ['audience-invalid'],
      summary: 'Criteo audience id not found for this advertiser',
      fix: 'Fix the audience id of the mapping (it must exist under the advertiser the app has consent for).',
    },
    {
      id: 'criteo/permission-denied',
      category: 'permissions',
      cause: '{code}',
      code: ['permission-denied', 'access-control'],
      destination: C,
      summary: 'Criteo app has no access to this advertiser or resource',
      fix: 'Have the advertiser grant (or renew) consent to the app in the Criteo Partners portal, with the needed permission level.',
    },
    {
      id: 'criteo/validation',
      category: 'validation',
      cause: '{code}',
      code: ['required-field', 'invalid-date-format', 'invalid-ranged', 'invalid-timespan', 'endpoint-deprecated', 'deprecated-field', 'validation', 'invalid'],
      destination: C,
      summary: 'Criteo rejected the request ({code})',
      fix: 'Fix the value the error detail / source names; on endpoint-deprecated move the connector to a supported API version.',
    },
    {
      id: 'criteo/quota',
      category: 'transient',
      cause: '{code}',
      code: ['quota'],
      destination: C,
      summary: 'Criteo rate limit of the app',
      fix: 'Retry after the window resets; lower concurrency per application.',
    },
    {
      id: 'criteo/internal',
      category: 'transient',
      cause: '{code}',
      code: ['internal-error', 'availability'],
      destination: C,
      summary: 'Criteo internal error',
      fix: 'Retry with backoff; check status.criteo.com if it lasts.',
    },
    // The titles, when a connector logs only them.
    {
      id: 'criteo/token-text',
      category: 'auth',
      cause: 'authorization-token-expired',
      message: /\bThe authorization token has expired\b|\bThe authorization header is invalid\b/i,
      destination: C,
      summary: 'Criteo rejected the access token (expired or invalid)',
      fix: 'Request a new token with the client credentials (tokens last 15 minutes) or replace the client id / secret; pause the sync until then.',
    },
    {
      id: 'criteo/rate-limit',
      category: 'transient',
      cause: 'HTTP 429',
      status: [429],
      destination: C,
      summary: 'Criteo rate limit of the app',
      fix: 'Retry after the window resets; lower concurrency per application.',
    },
  ],
};
