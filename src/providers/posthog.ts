import type { Provider } from './provider.js';

/**
 * PostHog: the private API (`us.posthog.com` / `eu.posthog.com`, formerly `app.posthog.com`,
 * personal API keys `phx_…`) and the ingestion / flags endpoints (`us.i.posthog.com`, project
 * keys `phc_…`). Errors are drf-exceptions-hog bodies `{"type":"authentication_error",
 * "code":"authentication_failed","detail":"…","attr":null}`; `attr` names the field of a
 * validation_error. SDKs: posthog-python (`posthog.request.APIError`, printed `[PostHog] detail
 * (status)`, QuotaLimitError), posthog-node / posthog-js (PostHogFetchHttpError).
 * - invalid_api_key ("Project API key invalid. You can find your project API key in PostHog
 *   project settings."), authentication_failed ("Personal API key found in request Authorization
 *   header is invalid."), not_authenticated: auth.
 * - permission_denied ("API key missing required scope 'insight:read'", a scoped personal key):
 *   permissions.
 * - quota_limit_exceeded (402 "Your organization reached its billing limit for this resource"),
 *   payment_required (402, a feature of a paid plan), feature flags quota limited: plan.
 * - validation_error (`attr` the field): validation.
 * - throttled / throttled_error (429 "Request was throttled. Expected available in N seconds.",
 *   the per-key rate limits), server_error, ClickHouseAtCapacity (503 "Queries are a little too
 *   busy right now"): transient.
 * Sources: PostHog/posthog posthog/exceptions.py (QuotaLimitExceeded, EnterpriseFeatureException,
 * ClickHouseAtCapacity, generate_exception_response), posthog/auth.py (personal API key),
 * posthog/permissions.py (missing scope), capture / flags tests (invalid_api_key);
 * posthog.com/docs/api (rate limits); PostHog/posthog-python posthog/request.py.
 */
const P = ['posthog'];

export const provider: Provider = {
  name: 'posthog',
  display: 'PostHog',
  hints: [
    '(?:(?:app|us|eu|us\\.i|eu\\.i)\\.)?posthog\\.com',
    'posthog-(?:js|node|python|ruby|go|php|android|ios|java|rs)',
    'posthog\\.request\\.(?:APIError|QuotaLimitError)',
    'PostHog(?:Fetch(?:Http|Network)Error|ApiError)',
    '\\[PostHog\\]',
    'posthog',
  ],
  keys: { field: ['attr'] },
  links: {
    auth: 'https://posthog.com/docs/api#authentication',
    permissions: 'https://posthog.com/docs/api#personal-api-keys',
    plan: 'https://posthog.com/docs/billing/limits-alerts',
    validation: 'https://posthog.com/docs/api',
    transient: 'https://posthog.com/docs/api#rate-limiting',
    outage: 'https://status.posthog.com',
  },
  rules: [
    {
      id: 'posthog/invalid-api-key',
      category: 'auth',
      cause: '{code}',
      code: ['invalid_api_key', 'authentication_failed', 'not_authenticated'],
      destination: P,
      summary: 'PostHog rejected the API key ({code})',
      fix: 'Use the project API key (phc_…) for capture and flags, a personal API key (phx_…) for the private API, on the right region host (us / eu); pause the sync until then.',
    },
    {
      id: 'posthog/permission-denied',
      category: 'permissions',
      cause: 'permission_denied',
      code: ['permission_denied'],
      destination: P,
      summary: 'PostHog personal API key lacks the scope or project access for this call',
      fix: 'Create a personal API key with the scope the message names (e.g. insight:read, feature_flag:write) and access to the project; keep syncing what works.',
    },
    {
      id: 'posthog/quota-limited',
      category: 'plan',
      cause: '{code}',
      code: ['quota_limit_exceeded', 'payment_required'],
      destination: P,
      summary: 'PostHog billing limit reached or feature not on the plan ({code})',
      fix: 'Raise the billing limit (or subscribe to the add-on) in PostHog’s billing settings; pause the sync until then.',
    },
    {
      id: 'posthog/throttled',
      category: 'transient',
      cause: 'throttled',
      code: ['throttled', 'throttled_error'],
      destination: P,
      summary: 'PostHog API rate limit',
      fix: 'Retry after the wait PostHog names; keep under the per-key limits (analytics endpoints 240 a minute, 1,200 an hour).',
    },
    {
      id: 'posthog/validation',
      category: 'validation',
      cause: 'validation_error',
      code: ['validation_error'],
      destination: P,
      summary: 'PostHog rejected the request (`{field}`)',
      fix: 'Fix the value of the field PostHog names (attr); retrying the same request fails again.',
    },
    {
      id: 'posthog/server-error',
      category: 'transient',
      cause: 'server_error',
      code: ['server_error'],
      destination: P,
      summary: 'PostHog server error',
      fix: 'Retry with backoff; check status.posthog.com if it persists.',
    },
    {
      id: 'posthog/invalid-api-key-message',
      category: 'auth',
      cause: 'invalid API key',
      message: /\bProject API key invalid\. You can find your project API key in (?:your )?PostHog project settings|\bPersonal API key found in request [\w ]{1,40} is invalid/,
      summary: 'PostHog rejected the API key',
      fix: 'Use the project API key (phc_…) for capture and flags, a personal API key (phx_…) for the private API; pause the sync until then.',
    },
    {
      id: 'posthog/missing-scope-message',
      category: 'permissions',
      cause: 'missing scope',
      message: /\bAPI key missing required scope '[\w:]{1,60}'/,
      destination: P,
      summary: 'PostHog personal API key lacks the scope for this call',
      fix: 'Create a personal API key with the scope the message names and access to the project; keep syncing what works.',
    },
    {
      id: 'posthog/quota-limited-message',
      category: 'plan',
      cause: 'quota limited',
      message: /\bFeature flags quota limited\b|\breached its billing limit for this resource\b|\bposthog\.request\.QuotaLimitError\b/,
      summary: 'PostHog billing limit reached',
      fix: 'Raise the billing limit in PostHog’s billing settings; pause the sync until then.',
    },
    {
      id: 'posthog/busy-message',
      category: 'transient',
      cause: 'ClickHouse at capacity',
      message: /\bQueries are a little too busy right now\b/,
      summary: 'PostHog query capacity busy',
      fix: 'Retry later; spread heavy queries over time.',
    },
  ],
};
