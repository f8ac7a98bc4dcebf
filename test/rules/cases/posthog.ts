import type { RuleCase } from '../rule-tester.js';

/**
 * PostHog drf-exceptions-hog bodies `{"type","code","detail","attr"}` and the SDKs' text.
 * Sources: PostHog/posthog exceptions.py, auth.py, permissions.py and its flags / surveys tests
 * (invalid_api_key); posthog-python request.py (`[PostHog] detail (status)`); DRF's throttled
 * detail; public code quoting the missing-scope 403.
 */
const j = (o: object) => JSON.stringify(o);
const hog = (type: string, code: string, detail: string, attr: string | null = null) => ({ type, code, detail, attr });

export const posthogCases: RuleCase[] = [
  {
    line: j({ level: 'error', status: 401, url: 'https://us.i.posthog.com/flags/?v=2', body: hog('authentication_error', 'invalid_api_key', 'Project API key invalid. You can find your project API key in PostHog project settings.') }),
    category: 'auth',
    destination: 'posthog',
    cause: 'invalid_api_key',
    rule: 'posthog/invalid-api-key',
    note: 'flags endpoint with a wrong project key; the ingestion host names PostHog',
  },
  {
    line: j({ level: 'error', status: 401, url: 'https://eu.posthog.com/api/projects/@current/insights/', body: hog('authentication_error', 'authentication_failed', 'Personal API key found in request Authorization header is invalid.') }),
    category: 'auth',
    destination: 'posthog',
    rule: 'posthog/invalid-api-key',
    note: 'a project key (phc_) sent to the private API',
  },
  {
    line: j({ level: 'error', status: 403, destination: 'posthog', body: hog('authentication_error', 'permission_denied', "API key missing required scope 'experiment:write'") }),
    category: 'permissions',
    rule: 'posthog/permission-denied',
    note: 'a read-only personal key asked to write',
  },
  {
    line: j({ level: 'error', status: 402, destination: 'posthog', body: hog('authentication_error', 'quota_limit_exceeded', 'Your organization reached its billing limit for this resource. Increase the limits in Billing settings, or ask an org admin to do so.') }),
    category: 'plan',
    rule: 'posthog/quota-limited',
    note: 'QuotaLimitExceeded: the billing limit, not a window',
  },
  {
    line: j({ level: 'warn', status: 429, url: 'https://eu.posthog.com/api/projects/8123/events/', body: hog('throttled_error', 'throttled', 'Request was throttled. Expected available in 53 seconds.') }),
    category: 'transient',
    destination: 'posthog',
    rule: 'posthog/throttled',
    note: 'per-key rate limit of the private API',
  },
  {
    line: j({ level: 'error', status: 400, destination: 'posthog', body: hog('validation_error', 'required', 'This field is required.', 'name') }),
    category: 'validation',
    field: 'name',
    rule: 'posthog/validation',
    note: 'attr names the field',
  },
  {
    line: j({ level: 'error', status: 500, destination: 'posthog', body: hog('server_error', 'error', 'A server error occurred.') }),
    category: 'transient',
    rule: 'posthog/server-error',
    note: 'server_error type',
  },
  {
    line: 'ERROR error uploading: [PostHog] Project API key invalid. You can find your project API key in PostHog project settings. (401)',
    category: 'auth',
    destination: 'posthog',
    rule: 'posthog/invalid-api-key-message',
    note: 'posthog-python APIError text: `[PostHog] detail (status)`',
  },
  {
    line: 'PostHog query failed: 403 {"detail":"API key missing required scope \'query:read\'"}',
    category: 'permissions',
    destination: 'posthog',
    rule: 'posthog/missing-scope-message',
    note: 'the scope message with only the detail key',
  },
  {
    line: 'WARNING posthog: posthog.request.QuotaLimitError: [PostHog] Feature flags quota limited (200)',
    category: 'plan',
    destination: 'posthog',
    rule: 'posthog/quota-limited-message',
    note: 'posthog-python raises QuotaLimitError when flags are quota limited',
  },
  {
    line: "ERROR insight refresh failed: [PostHog] Queries are a little too busy right now. We're working to free up resources. Please try again later. (503)",
    category: 'transient',
    destination: 'posthog',
    rule: 'posthog/busy-message',
    note: 'ClickHouseAtCapacity detail',
  },
  {
    line: j({ level: 'error', destination: 'acme', status: 402, body: { code: 'quota_limit_exceeded', detail: 'Payment required.' } }),
    category: 'plan',
    rule: 'http/plan-message',
    note: 'near miss: another DRF API’s quota_limit_exceeded is not PostHog’s billing limit',
  },
];
