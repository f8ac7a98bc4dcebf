import type { RuleCase } from '../rule-tester.js';

/**
 * Lines as loggers and engines write them, where the level, the body or the error sits in the
 * format: Monolog (Laravel, Symfony) `[date] channel.LEVEL: message {context}`; Go's pingcap/log
 * `[date] [LEVEL] [file:line] ["message"] [key=value]`; PHP exception codes `(code: N)`; HTTP
 * clients' own timeout wording (Excon/Faraday, Manticore, Java's RestClient and sockets).
 * Sources: Monolog's LineFormatter default format; github.com/pingcap/log (TiDB unified log
 * format RFC); league/oauth2-client IdentityProviderException; Excon::Error::Timeout messages;
 * Elasticsearch low-level REST client ConnectException "Timeout connecting to [host]";
 * Slack oauth.v2.access errors (invalid_code), Zoho accounts OAuth errors.
 */
export const logFormatCases: RuleCase[] = [
  {
    line: '[2025-02-03T08:14:09.120000+01:00] Integration.ERROR: Zoho CRM upsert failed {"code":"INVALID_TOKEN","details":{},"message":"invalid oauth token","status":"error"} []',
    category: 'auth',
    destination: 'zoho',
    rule: 'zoho/invalid-token',
    note: 'Monolog channel.LEVEL (upper-case channel) gives the level; Zoho INVALID_TOKEN body after the message',
  },
  {
    line: '[2025-02-03 08:14:09] production.INFO: Synced 200 contacts to the CRM',
    category: 'none',
    note: 'Monolog INFO line: not an error',
  },
  {
    line: '[2025-02-03 08:14:09] local.ERROR: invalid_code {"exception":"[object] (League\\\\OAuth2\\\\Client\\\\Provider\\\\Exception\\\\IdentityProviderException(code: 200): invalid_code at /app/vendor/league/oauth2-client/src/Provider/GenericProvider.php:222)"}',
    category: 'auth',
    rule: 'oauth/invalid-grant',
    note: 'league/oauth2-client puts the token endpoint status in (code: 200): an error body on a 200 is no success; invalid_code is a spent grant',
  },
  {
    line: '2025-01-01T00:00:00Z ERROR oauth.v2.access failed: invalid_code',
    category: 'auth',
    rule: 'oauth/invalid-grant',
    note: 'Slack oauth.v2.access invalid_code: the authorization code was used or expired',
  },
  {
    line: '[2025/03/01 10:00:00.000 +00:00] [ERROR] [sink.go:88] ["failed to write rows"] [table=events] [error="googleapi: Error 403: Quota exceeded: Your table exceeded quota for imports or query appends per table, quotaExceeded"]',
    category: 'plan',
    note: 'pingcap/log: the ["message"] field is no JSON body; the [error="…"] field is read as the message',
  },
  {
    line: '2025-01-01 10:00:00 +0000 [warn]: #0 [out_es] failed to flush the buffer. retry_times=3 error_class=Fluent::Plugin::ElasticsearchOutput::RecoverableRequestFailure error="could not push logs to Elasticsearch cluster: read timeout reached"',
    category: 'transient',
    note: 'Excon/Faraday "read timeout reached" under a Fluentd retry',
  },
  {
    line: 'Caused by: java.net.ConnectException: Timeout connecting to [search.internal.example.com/10.0.0.5:9200]',
    category: 'transient',
    rule: 'network/timeout',
    note: 'Java REST client connect timeout: a network blip to retry',
  },
  {
    line: '[2025-01-01T00:00:00,000][ERROR][logstash.outputs.elasticsearch] Attempted to send a bulk request but there are no living connections in the pool {:message=>"Manticore::SocketTimeout: Read timed out"}',
    category: 'transient',
    note: "Logstash's Manticore client timeout",
  },
  {
    line: '2025-01-01 10:00:00 +0000 [warn]: #0 [out_es] failed to write data into buffer by buffer overflow action=:block',
    category: 'transient',
    rule: 'network/output-backpressure',
    note: 'Fluentd: the output buffer is full because the destination is slow',
  },
  {
    line: '2025-01-01 10:00:00 +0000 [error]: #0 Fluent::Plugin::Buffer::BufferOverflowError error="buffer space has too many data"',
    category: 'transient',
    rule: 'network/output-backpressure',
    note: 'Fluentd BufferOverflowError',
  },
];

/** Rust tracing spans and dlt's pipe-separated fields in front of the message. */
export const spanAndPipeFormatCases: RuleCase[] = [
  {
    line: '2024-05-24T01:38:11.479Z ERROR sink{component_kind="sink" component_id=es_out component_type=elasticsearch}:request{request_id=7}:http: vector::internal_events::http_client: HTTP error. error=connection closed before message completed',
    category: 'transient',
    rule: 'network/reset',
    note: "hyper's IncompleteMessage under Vector's spans: a connection dropped mid-request",
  },
  {
    line: "2025-03-15 18:07:39,942|[ERROR]|228396|139148723750592|dlt|load.py|w_run_job:247|Terminal exception in job orders.parquet: dlt.destinations.exceptions.DatabaseTerminalException: Bigquery Load Job failed, reason reported from bigquery: 'invalid'",
    category: 'validation',
    destination: 'bigquery',
    note: "dlt's fields before the message; BigQuery's reason 'invalid' is rejected input",
  },
];

/** A logger's notices about its own throttling are not errors of the sync. */
export const logThrottleCases: RuleCase[] = [
  {
    line: '2024-05-24T01:38:11.479Z ERROR sink{component_kind="sink" component_id=otel}:request{request_id=9}: vector_common::internal_event::service: Internal log [Service call failed. No retries or retries exhausted.] is being suppressed to avoid flooding.',
    category: 'none',
    note: "Vector's notice that it suppresses a repeated message",
  },
];

/** An access log records this service answering its own clients: its status is no destination's. */
export const accessLogCases: RuleCase[] = [
  {
    line: '127.0.0.1 - - [02/Dec/2026 10:00:00] INFO "POST /card/add/ HTTP/1.1" 400 295',
    category: 'none',
    note: 'Common Log Format: a path, not a URL, so no call to a destination',
  },
  {
    line: '2026-12-02 10:00:00 INFO httpx: HTTP Request: POST https://api.hubapi.com/crm/v3/objects/contacts "HTTP/1.1 429 Too Many Requests"',
    category: 'transient',
    destination: 'hubspot',
    note: "httpx logs each call at INFO: a 429 from the destination's URL is a finding",
  },
];
