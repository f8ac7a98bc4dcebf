import type { RuleCase } from '../rule-tester.js';

/**
 * Datadog API and intake: `{"errors":["…"]}`. 403 `{"errors":["Forbidden"]}` = invalid API key
 * (auth); "Forbidden: insufficient permissions" = application key lacking a permission; 413
 * validation; 429 with X-RateLimit-* and 5xx transient. Status-only rules hold for Datadog lines only.
 * Sources: docs.datadoghq.com/api/latest/rate-limits, /api/latest/logs/#send-logs,
 * /account_management/api-app-keys.
 */
const j = (o: unknown): string => JSON.stringify(o);
const dd = (status: number, errors: string[], extra: Record<string, unknown> = { destination: 'datadog' }): string =>
  j({ ts: '2026-03-08T10:00:00Z', level: 'error', ...extra, status, body: { errors } });

export const datadogCases: RuleCase[] = [
  {
    line: dd(403, ['Forbidden']),
    category: 'auth',
    destination: 'datadog',
    rule: 'datadog/forbidden',
    note: '403 {"errors":["Forbidden"]}: invalid API key',
  },
  {
    line: dd(403, ['Forbidden: insufficient permissions']),
    category: 'permissions',
    rule: 'datadog/insufficient-permissions',
    note: 'application key lacking a permission',
  },
  {
    line: dd(403, ['API key is invalid'], { url: 'https://api.datadoghq.eu/api/v1/series' }),
    category: 'auth',
    destination: 'datadog',
    rule: 'datadog/invalid-api-key',
    note: 'EU site host in the url key names Datadog',
  },
  {
    line: dd(413, ['Payload too large'], { sink: 'datadog_logs' }),
    category: 'validation',
    destination: 'datadog',
    field: null,
    rule: 'datadog/payload-too-large',
    note: 'Vector datadog_logs sink, 413 (no field to name)',
  },
  {
    line: dd(429, [], { destination: 'Datadog' }),
    category: 'transient',
    rule: 'datadog/429',
    note: 'bare 429 on a Datadog line',
  },
  {
    line: dd(503, [], { destination: 'datadog' }),
    category: 'transient',
    rule: 'datadog/5xx',
    note: '503 intake unavailable',
  },
  {
    line: dd(401, [], { destination: 'datadog' }),
    category: 'auth',
    rule: 'datadog/401',
    note: '401: API key missing',
  },
  {
    line: j({ level: 'error', destination: 'datadog', status: 403 }),
    category: 'auth',
    rule: 'datadog/403',
    note: 'bare 403 on a Datadog line: invalid API key',
  },
  {
    line: j({ level: 'error', destination: 'datadog', status: 413 }),
    category: 'validation',
    rule: 'datadog/413',
    note: 'bare 413 on a Datadog line',
  },
  {
    line: '2026-03-08T10:00:10Z ERROR GET https://api.us3.datadoghq.com/api/v1/monitor -> 429 Too Many Requests X-RateLimit-Limit: 1000 X-RateLimit-Period: 60 X-RateLimit-Remaining: 0 X-RateLimit-Reset: 17',
    category: 'transient',
    destination: 'datadog',
    note: 'us3 site host, rate-limit headers',
  },
  {
    line: 'datadog_api_client.exceptions.ForbiddenException: (403)\nReason: Forbidden\nHTTP response headers: HTTPHeaderDict({\'Content-Type\': \'application/json\'})\nHTTP response body: {"errors":["Forbidden"]}',
    category: 'auth',
    destination: 'datadog',
    note: 'datadog-api-client (Python) ForbiddenException',
  },
  {
    line: 'POST https://http-intake.logs.ddog-gov.com/api/v2/logs failed: 403 {"errors":["Failed permission authorization checks"]}',
    category: 'permissions',
    destination: 'datadog',
    note: 'gov site host; permission wording',
  },
  {
    line: '2026-03-08T10:00:12Z WARN sink{component_id=dd_out component_type=datadog_metrics}: X-RateLimit-Name: metrics_submit X-RateLimit-Reset: 5',
    category: 'transient',
    destination: 'datadog',
    rule: 'datadog/rate-limit-headers',
    note: 'Vector datadog_metrics sink with rate-limit headers',
  },
  {
    line: 'ERROR failed to send to Datadog: DD_API_KEY is set but the API key is invalid',
    category: 'auth',
    destination: 'datadog',
    rule: 'datadog/invalid-api-key',
    note: '"Datadog" as a bare word and DD_API_KEY',
  },
  {
    line: j({ level: 'error', destination: 'datadog', status: 400, body: { errors: ['Invalid field: series[0].points must be a list'] }, field: 'series' }),
    category: 'validation',
    field: 'series',
    destination: 'datadog',
    note: 'validation naming the field (generic 400 on a Datadog line)',
  },
  // ---------------------------------------------------------------- near misses
  {
    line: j({ level: 'error', destination: 'mixpanel', status: 413, body: { error: 'Payload too large' } }),
    category: 'validation',
    destination: 'mixpanel',
    note: 'near miss: 413 of another API is not decided by a Datadog rule',
  },
  {
    line: j({ level: 'error', destination: 'acme-api', status: 403, body: { errors: ['Forbidden'] } }),
    category: 'permissions',
    destination: 'acme-api',
    note: 'near miss: {"errors":["Forbidden"]} elsewhere is no invalid Datadog API key',
  },
  {
    line: "2026-03-24 20:12:05 UTC | CORE | WARN | (pkg/forwarder/forwarder_health.go:219 in hasValidAPIKey) | api_key '***************************6a111' for domain https://api.datadoghq.com is invalid",
    category: 'auth',
    destination: 'datadog',
    rule: 'datadog/invalid-api-key',
    note: "the Agent's forwarder health check: the key is refused",
  },
];
