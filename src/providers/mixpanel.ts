import type { Provider } from './provider.js';

/**
 * Mixpanel Ingestion API (`api.mixpanel.com/import`, `/track`, `/engage`, `/groups`; EU / India
 * residency hosts `api-eu` / `api-in`) and the Query / Export APIs (`mixpanel.com/api/2.0`,
 * `data.mixpanel.com`). Ingestion errors are `{"code":<status>,"error":"…","status":"<reason>"}`:
 * 401 `"Invalid credentials"` (service account without Owner/Admin role, missing project_id, wrong
 * residency host, malformed Basic auth); 400 with `strict=1` is a PARTIAL success: the body carries
 * `num_records_imported` and `failed_records[]` of `{index, insert_id, field, message}`
 * (`"'properties.time' is invalid: must be specified as seconds since epoch"`), so the bad events are
 * validation and the rest landed; 413 `"request exceeds max limit of N bytes"` (2,000 events / 10 MB
 * per request, 1 MB per event); 429 `"Project exceeded rate limits. Please retry the request with
 * exponential backoff."` (2 GB/min per project on ingestion; 60 queries/hour and 5 concurrent on the
 * Query API; no Retry-After). /track, /engage and /groups answer 403 `{"error":"…","status":"error"}`
 * when the project token is not accepted. The Engage (profiles) API answers 402 when the plan has no
 * API access (tap-mixpanel skips the stream on it).
 * Sources: docs.mixpanel.com/troubleshooting/errors (400-bad-request, 401-unauthorized, 403-forbidden,
 * 413-payload-too-large, 429-rate-limit-exceeded), docs.mixpanel.com/reference/rate-limits and
 * /reference/import-events; singer-io/tap-mixpanel client.py (its Mixpanel*Error classes and
 * messages); mixpanel-python / mixpanel-ruby issues on /import authentication.
 */
const M = ['mixpanel'];

export const provider: Provider = {
  name: 'mixpanel',
  display: 'Mixpanel',
  // Hosts (api / api-eu / api-in / data / eu .mixpanel.com), the SDKs' and taps' exception classes.
  hints: [
    '(?:api|api-eu|api-in|data|data-eu|data-in|eu|in)\\.mixpanel\\.com',
    'mixpanel',
    'Mixpanel(?:BadRequest|Unauthorized|Forbidden|NotFound|PaymentRequired|InternalService|RateLimits|RequestFailed)?Error',
    'MixpanelException',
    // The /import API's 400 for a batch with rejected events, readable even where the body is cut.
    'some data points in the request failed validation',
    'tap-mixpanel',
    'source-mixpanel',
  ],
  bodyKeys: ['num_records_imported', 'failed_records'],
  links: {
    auth: 'https://docs.mixpanel.com/troubleshooting/errors/401-unauthorized',
    permissions: 'https://docs.mixpanel.com/troubleshooting/errors/403-forbidden',
    plan: 'https://mixpanel.com/pricing/',
    validation: 'https://docs.mixpanel.com/troubleshooting/errors/400-bad-request',
    outage: 'https://status.mixpanel.com',
    transient: 'https://docs.mixpanel.com/troubleshooting/errors/429-rate-limit-exceeded',
  },
  rules: [
    // {"code":401,"error":"Invalid credentials","status":"Unauthorized"}: the reason phrase is read
    // as a code, so this must be a code rule to come before the generic OAuth `unauthorized`.
    {
      id: 'mixpanel/unauthorized',
      category: 'auth',
      cause: 'Invalid credentials',
      code: ['unauthorized'],
      destination: M,
      summary: 'Mixpanel rejected the credentials (service account, project secret or token)',
      fix: 'Use an Owner/Admin service account with project_id (or the project token as Basic user), on the host of the project’s data residency (api-eu / api-in); pause the sync until then.',
    },
    {
      id: 'mixpanel/invalid-credentials',
      category: 'auth',
      cause: 'Invalid credentials',
      message: /\bMixpanelUnauthorizedError\b|\bInvalid (?:credentials|API secret|project token)\b/i,
      destination: M,
      summary: 'Mixpanel rejected the credentials (service account, project secret or token)',
      fix: 'Use an Owner/Admin service account with project_id (or the project token as Basic user), on the host of the project’s data residency (api-eu / api-in); pause the sync until then.',
    },
    // 400 with strict=1: some events failed, the others were imported (num_records_imported).
    {
      id: 'mixpanel/failed-records',
      category: 'validation',
      cause: 'failed_records',
      message: /some data points in the request failed validation|'[\w.$]+' is (?:invalid|required)\b/i,
      fieldFrom: /'([\w.$]+)' is (?:invalid|required)\b/,
      // "'x' is invalid" is any API's wording: Mixpanel's lines only (failed_records names them).
      destination: M,
      summary: 'Mixpanel rejected events of the batch (`{field}`); the others were imported',
      fix: 'Fix `{field}` on the events listed in failed_records (time in seconds or ms since epoch, no placeholder distinct_id, a $insert_id on every event); do not retry the batch as is.',
    },
    {
      id: 'mixpanel/payload-too-large',
      category: 'validation',
      cause: 'request too large',
      message: /request exceeds max limit of \d+ bytes/i,
      summary: 'Mixpanel request larger than the ingestion limit',
      fix: 'Batch by size as well as count (at most 2,000 events and 10 MB uncompressed per request, 1 MB per event); gzip does not raise the cap.',
    },
    {
      id: 'mixpanel/rate-limit',
      category: 'transient',
      cause: 'rate limit (per project)',
      message: /Project exceeded rate limits|\bMixpanelRateLimitsError\b/i,
      summary: 'Mixpanel project rate limit',
      fix: 'Retry with exponential backoff and jitter (Mixpanel sends no Retry-After); ingestion allows ~2 GB/min per project, the Query API 60 queries/hour and 5 at a time.',
    },
    // tap-mixpanel's text for the Engage API's 402.
    {
      id: 'mixpanel/plan',
      category: 'plan',
      cause: 'HTTP 402',
      message: /Your current plan does not allow API calls|\bMixpanelPaymentRequiredError\b/i,
      summary: 'Mixpanel plan does not include this API',
      fix: 'Upgrade the Mixpanel plan (or drop the profiles / Engage stream from the sync).',
    },
    // /track, /engage, /groups: 403 {"error":"…","status":"error"} (no code): the token is not
    // accepted for this project or residency host.
    {
      id: 'mixpanel/403',
      category: 'permissions',
      cause: 'HTTP 403',
      status: [403],
      destination: M,
      summary: 'Mixpanel refused the request (HTTP 403)',
      fix: 'Check that the project token belongs to the project written to and that the host matches its data residency (api-eu / api-in).',
    },
  ],
};
