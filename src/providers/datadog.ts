import type { Provider } from './provider.js';

/**
 * Datadog API and intake (`api.datadoghq.com`, `http-intake.logs.datadoghq.com`; the other sites
 * `us3.` / `us5.datadoghq.com`, `ap1.datadoghq.com`, `datadoghq.eu`, `ddog-gov.com`). Errors are
 * `{"errors":["…"]}`: 403 `{"errors":["Forbidden"]}` on the intake and API endpoints means the
 * DD-API-KEY is invalid (or an application key was sent as the API key, or the key belongs to
 * another site): auth, like "API key is invalid" / "Invalid API key"; 403 with a valid API key but an
 * application key whose user or scopes lack the permission ("Forbidden: insufficient permissions",
 * "Failed permission authorization checks"): permissions; 401 (API key missing): auth; 413 "Payload
 * too large" (logs: above 5 MB uncompressed, 1,000 entries or 1 MB per log; metrics v2: 500 KB,
 * 5 MB decompressed; the older v1 page: 3.2 MB / 62 MB): validation; 429 with `X-RateLimit-Limit`, `-Period`,
 * `-Remaining`, `-Reset`, `-Name` (per-endpoint limits; logs and metrics submission are not rate
 * limited): transient; 408, 500 and 503 ("request should be retried after some time"): transient.
 * Status-only rules hold only for lines already known to be Datadog's (a bare 403 elsewhere is
 * not an invalid API key).
 * Senders: datadog-api-client (Python `datadog_api_client.exceptions.ForbiddenException`, Java
 * `com.datadog.api.client.ApiException`, Go datadog-api-client-go, TypeScript
 * `@datadog/datadog-api-client`), Vector's `datadog_logs` / `datadog_metrics` / `datadog_events` /
 * `datadog_traces` sinks, the Agent and `DD_API_KEY` settings.
 * Sources: docs.datadoghq.com/api/latest/ (authentication: API and application keys),
 * /api/latest/rate-limits (429 and the X-RateLimit-* headers), /api/latest/logs/#send-logs (status
 * codes 400 / 401 / 403 / 408 / 413 / 429 / 500 / 503 and the payload limits),
 * /api/latest/metrics/submit-metrics (site hosts and payload limits); support.launchdarkly.com
 * "Datadog Error 403 Forbidden" (an application key sent as the API key); the `{"errors":[…]}`
 * shape and status list as the submit-metrics endpoint documents it.
 */
const D = ['datadog'];

const fixes = {
  auth: 'Use a valid API key (Organization Settings → API Keys) of the org on the same site as the host (datadoghq.com, us3/us5/ap1, datadoghq.eu, ddog-gov.com), not an application key; pause the sync until then.',
  permissions: 'Give the application key’s user (or service account) a role with the needed permission, or widen the key’s scopes; keep syncing other records.',
  validation: 'Send smaller batches (logs: at most 5 MB uncompressed, 1,000 entries and 1 MB per log; metrics: 500 KB per payload, 5 MB decompressed); retrying as is will not help.',
  transient: 'Retry after X-RateLimit-Reset seconds; lower the call rate below X-RateLimit-Limit per X-RateLimit-Period, or ask Datadog support to raise the limit.',
  outage: 'Retry with backoff; if it persists for the whole run, check status.datadoghq.com.',
};

export const provider: Provider = {
  name: 'datadog',
  display: 'Datadog',
  // Site hosts, SDK / Vector sink names and the Agent's key variable; "datadog" alone is a distinctive word.
  hints: [
    '(?:[\\w-]+\\.)*datadoghq\\.(?:com|eu)',
    '(?:[\\w-]+\\.)*ddog-gov\\.com',
    'datadog_(?:logs|metrics|events|traces|agent)',
    'datadog-api-client(?:-\\w+)?',
    'datadog_api_client(?:\\.[\\w.]+)?',
    '@datadog/[\\w-]+',
    'com\\.datadog\\.[\\w.]+',
    'DD_API_KEY',
    'DD-API-KEY',
    'datadog',
  ],
  links: {
    auth: 'https://docs.datadoghq.com/account_management/api-app-keys/',
    permissions: 'https://docs.datadoghq.com/account_management/rbac/permissions/',
    validation: 'https://docs.datadoghq.com/api/latest/logs/#send-logs',
    outage: 'https://status.datadoghq.com',
    transient: 'https://docs.datadoghq.com/api/latest/rate-limits/',
  },
  rules: [
    // ---------------------------------------------------------------- wording
    // The application key's user lacks a permission: must come before the plain "Forbidden".
    {
      id: 'datadog/insufficient-permissions',
      category: 'permissions',
      cause: 'insufficient permissions',
      message: /Forbidden:? insufficient permissions|Failed permission authorization checks|does not have (?:the )?(?:required )?permissions?|application key (?:is missing|lacks) (?:the )?(?:required )?(?:scope|permission)/i,
      destination: D,
      summary: 'Datadog application key lacks the permission for this call',
      fix: fixes.permissions,
    },
    // The Agent's forwarder checks its key at start: "api_key '***…6a111' for domain
    // https://api.datadoghq.com is invalid", then "No valid api key found, reporting the forwarder as unhealthy".
    {
      id: 'datadog/invalid-api-key',
      category: 'auth',
      cause: 'invalid API key',
      message: /API key is invalid|Invalid API key|invalid DD-API-KEY|API key (?:is )?missing|\bForbiddenException\b|\bapi_key '[^'\n]{0,80}' for domain \S+ is invalid\b|\bNo valid api key found\b/i,
      destination: D,
      summary: 'Datadog rejected the API key',
      fix: fixes.auth,
    },
    // {"errors":["Forbidden"]} on intake / API endpoints: the DD-API-KEY is not valid for this site.
    {
      id: 'datadog/forbidden',
      category: 'auth',
      cause: 'invalid API key',
      message: /^\s*(?:403\s*)?Forbidden\s*$|\[\s*"Forbidden"\s*\]/i,
      destination: D,
      summary: 'Datadog answered Forbidden: the API key is not valid (for this site)',
      fix: fixes.auth,
    },
    {
      id: 'datadog/payload-too-large',
      category: 'validation',
      cause: 'payload too large',
      message: /Payload too large|Request Entity Too Large/i,
      destination: D,
      summary: 'Datadog payload larger than the intake limit',
      fix: fixes.validation,
    },
    {
      id: 'datadog/rate-limit-headers',
      category: 'transient',
      cause: 'rate limit',
      message: /X-RateLimit-(?:Limit|Period|Remaining|Reset|Name)\b/i,
      destination: D,
      summary: 'Datadog rate limit (X-RateLimit-* headers)',
      fix: fixes.transient,
    },
    // ---------------------------------------------------------------- status only (Datadog lines only)
    {
      id: 'datadog/401',
      category: 'auth',
      cause: 'HTTP 401',
      status: [401],
      destination: D,
      summary: 'Datadog refused the request: API key missing (HTTP 401)',
      fix: fixes.auth,
    },
    {
      id: 'datadog/403',
      category: 'auth',
      cause: 'HTTP 403',
      status: [403],
      destination: D,
      summary: 'Datadog refused the request (HTTP 403): most often an invalid API key',
      fix: fixes.auth,
    },
    {
      id: 'datadog/413',
      category: 'validation',
      cause: 'HTTP 413',
      status: [413],
      destination: D,
      summary: 'Datadog payload larger than the intake limit (HTTP 413)',
      fix: fixes.validation,
    },
    {
      id: 'datadog/429',
      category: 'transient',
      cause: 'HTTP 429',
      status: [429],
      destination: D,
      summary: 'Datadog rate limit (HTTP 429)',
      fix: fixes.transient,
    },
    {
      id: 'datadog/5xx',
      category: 'transient',
      cause: 'HTTP {status}',
      status: [408, 500, 502, 503, 504],
      destination: D,
      summary: 'Datadog server error or timeout (HTTP {status})',
      fix: fixes.outage,
    },
  ],
};
