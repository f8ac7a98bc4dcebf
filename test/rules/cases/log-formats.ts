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

/**
 * Shapes and wordings found in real bodies (bodies-14): n8n's NodeApiError `401 - {…}`; a Go
 * struct's `Reason:"quotaExceeded"` (cloud.google.com/go/bigquery's printed job error); SQS's
 * legacy `queue.amazonaws.com` endpoint; plan wordings from providers' docs (a subscription that
 * must be upgraded, a monthly limit with "please upgrade", usage limits exceeded); Fluent Bit's
 * upstream client (`broken connection to`, `connection initialization error`); Joi-style
 * sentences with the name in single quotes; Amplitude's "invalid field X"; clients' and SMTP
 * wordings that name their provider (Pinterest wrappers, Dropbox's plain-text 400, Gmail's 535
 * 5.7.8, Linear's `userPresentableMessage` extension).
 */
export const realBodyShapeCases: RuleCase[] = [
  {
    line: '401 - {"message":"Invalid API key","code":"unauthorized"}',
    category: 'auth',
    note: "n8n's NodeApiError: the status before the dash is the answer's",
  },
  {
    line: 'ERROR bigquery load job failed: &{Location: Message:Quota exceeded: Your table exceeded quota for imports or query appends per table Reason:"quotaExceeded"}',
    category: 'plan',
    destination: 'bigquery',
    rule: 'google/quota-exceeded',
    note: 'a Go struct prints the reason in double quotes',
  },
  {
    line: 'ERROR send batch failed: AWS.SimpleQueueService.NonExistentQueue: The specified queue does not exist for this wsdl version. (https://queue.amazonaws.com/123456789012/orders)',
    category: 'validation',
    destination: 'sqs',
    note: 'queue.amazonaws.com is SQS',
  },
  {
    line: 'ERROR export failed: Your subscription must be upgraded to use the Export API.',
    category: 'plan',
    rule: 'http/plan-message',
    note: 'a subscription that must be upgraded',
  },
  {
    line: 'ERROR sms not sent: provider response: No quota left for account',
    category: 'plan',
    rule: 'http/plan-message',
    note: 'a spend quota used up',
  },
  {
    line: 'ERROR sync failed: You have reached your monthly request limit. Please upgrade to continue.',
    category: 'plan',
    rule: 'http/plan-message',
    note: 'a monthly limit that only an upgrade lifts',
  },
  {
    line: 'ERROR enrich failed: Usage limits for the provided API key have been exceeded. Contact support to increase your limits.',
    category: 'plan',
    rule: 'http/plan-message',
    note: 'usage limits of a key exceeded',
  },
  {
    line: 'ERROR upload failed (exceeded_storage_quota): the account is out of space',
    category: 'plan',
    rule: 'http/plan-message',
    note: 'a storage quota code in prose',
  },
  {
    line: '[2026/03/02 10:00:00] [error] [http_client] broken connection to logs.example.com:443 ?',
    category: 'transient',
    rule: 'network/reset',
    note: "Fluent Bit's upstream lost the connection",
  },
  {
    line: '[2026/03/02 10:00:00] [error] [tls] connection initialization error',
    category: 'transient',
    rule: 'network/reset',
    note: 'Fluent Bit: the TLS handshake did not complete',
  },
  {
    line: "ERROR 400 Bad Request: 'phone_number' must not be empty when no email is given",
    category: 'validation',
    field: 'phone_number',
    note: 'a Joi-style sentence with the name in single quotes',
  },
  {
    line: 'ERROR track failed: 400 invalid field event_properties, requires type dict',
    category: 'validation',
    field: 'event_properties',
    note: "Amplitude's HTTP API names the field after 'invalid field'",
  },
  {
    line: 'ERROR ingest failed: Pinterest error (code: 401) with message: Authentication failed.',
    category: 'auth',
    destination: 'pinterest',
    note: "a client wrapper's wording names Pinterest",
  },
  {
    line: '400 Bad Request: Error in call to API function "files/upload": HTTP header "Dropbox-API-Arg": could not decode input as JSON',
    category: 'validation',
    destination: 'dropbox',
    note: "Dropbox's plain-text 400 body names its API",
  },
  {
    line: 'ERROR mail failed: 535-5.7.8 Username and Password not accepted. For more information, go to https://support.google.com/mail/?p=BadCredentials',
    category: 'auth',
    destination: 'google',
    note: "Gmail's SMTP answer to bad credentials",
  },
  {
    line: 'ERROR issue create failed: {"errors":[{"message":"Argument Validation Error","extensions":{"code":"INVALID_INPUT","userPresentableMessage":"Title is required."}}]}',
    category: 'validation',
    destination: 'linear',
    rule: 'linear/invalid-input',
    note: "Linear's GraphQL extension key names Linear",
  },
];

/**
 * More wordings from real bodies (bodies-15): Go's Spanner client and Python's google-api-core
 * print gRPC's ABORTED their own way (grpc.io status codes: retry the transaction); CockroachDB's
 * 40001 "restart transaction" (cockroachlabs.com transaction-retry-error-reference); "unavailable
 * due to scheduled maintenance"; a quota limit exceeded; Asana's "Missing required `x` field";
 * single-quoted names before "is not a valid"; gRPC's PERMISSION_DENIED from a non-Google API
 * names no provider.
 */
export const realBodyShapeCases2: RuleCase[] = [
  {
    line: 'ERROR sync failed: spanner: code = "Aborted", desc = "Transaction was aborted. It was wounded by a higher priority transaction."',
    category: 'transient',
    rule: 'grpc/retryable',
    note: 'ABORTED from the Go Spanner client',
  },
  {
    line: 'google.api_core.exceptions.Aborted: 409 too much contention on these datastore entities. please try again.',
    category: 'transient',
    rule: 'grpc/retryable',
    note: 'ABORTED from google-api-core',
  },
  {
    line: 'ERROR #40001 restart transaction: TransactionRetryWithProtoRefreshError: TransactionRetryError: retry txn (RETRY_SERIALIZABLE)',
    category: 'transient',
    rule: 'sqlstate/transaction-rollback-message',
    note: "CockroachDB's serialization retry",
  },
  {
    line: 'ERROR payment failed: 503 {"error_code":"service_unavailable","message":"The API is temporarily unavailable due to scheduled maintenance"}',
    category: 'outage',
    rule: 'edge/maintenance',
    note: 'maintenance: wait, not backoff',
  },
  {
    line: "FIREBASE WARNING: The Firebase database 'acme-prod' has exceeded its quota limit and has been temporarily disabled.",
    category: 'plan',
    rule: 'http/plan-message',
    note: 'a database disabled for its quota',
  },
  {
    line: 'ERROR create failed: 400 {"errors":[{"message":"Missing required `workspace` field"}]}',
    category: 'validation',
    field: 'workspace',
    rule: 'http/validation-message',
    note: "Asana's wording names the field in backticks",
  },
  {
    line: "ERROR import failed: 400 'birth_date' is not a valid date",
    category: 'validation',
    field: 'birth_date',
    note: 'a single-quoted name before "is not a valid"',
  },
  {
    line: 'trino.exceptions.TrinoUserError: TrinoUserError(type=USER_ERROR, name=PERMISSION_DENIED, message="Access Denied: Cannot select from table orders")',
    category: 'permissions',
    destination: null,
    note: "gRPC's PERMISSION_DENIED name from Trino: not Google's",
  },
  {
    line: 'ERROR grant check failed: 403 {"error_code":"PERMISSION_DENIED","message":"User does not have USE SCHEMA on Schema main.sales","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"PERMISSION_DENIED","domain":"unity-catalog"}]}',
    category: 'permissions',
    destination: null,
    note: 'the google.rpc type URL is no sign of a Google API',
  },
];

/**
 * Shapes from orchestrator logs (held-out-19): google-api-core prints `503 GET <url>: message` and
 * `BadRequest: 400 message` (googleapis/python-api-core exceptions.py); a BigQuery load job's
 * "Error while reading data, error message:" (cloud.google.com/bigquery/docs/error-messages);
 * QuickBooks Online's Fault envelope with its typed faults (developer.intuit.com, error handling).
 */
export const orchestratorShapeCases: RuleCase[] = [
  {
    line: '503 GET https://bigquery.googleapis.com/bigquery/v2/projects/p/jobs/j?location=US: Visibility check was unavailable. Please retry the request',
    category: 'transient',
    destination: 'bigquery',
    note: "google-api-core's status before the method",
  },
  {
    line: 'google.api_core.exceptions.BadRequest: 400 Error while reading data, error message: CSV table encountered too many errors, giving up. Rows: 1; errors: 1.',
    category: 'validation',
    destination: 'bigquery',
    note: 'the status after the class; the load wording names BigQuery',
  },
  {
    line: '400 - {"Fault":{"Error":[{"Message":"Invalid Reference Id","Detail":"Invalid Reference Id : Something you are trying to use has been made inactive.","code":"2500","element":""}],"type":"ValidationFault"},"time":"2026-01-30T10:22:16.013-08:00"}',
    category: 'validation',
    destination: 'quickbooks',
    note: 'a ValidationFault envelope is QuickBooks Online’s',
  },
];

/**
 * The OpenTelemetry Collector names the exporter in the JSON fields after its message; the
 * exporter's type is the service. Source: opentelemetry-collector's exporterhelper log fields
 * (`kind`, `data_type`, `name`; older `component_kind` / `component_type`; newer `otelcol.component.*`).
 */
export const otelCollectorCases: RuleCase[] = [
  {
    line: '2026-03-28T14:39:44.484Z\tinfo\tinternal/retry_sender.go:126\tExporting failed. Will retry the request after interval.\t{"kind": "exporter", "data_type": "logs", "name": "splunk_hec/prod", "error": "HTTP 403 \\"Forbidden\\"", "interval": "35.4s"}',
    category: 'auth',
    destination: 'splunk',
    rule: 'splunk/hec-403',
    note: 'a HEC 403 is the token; the exporter `splunk_hec/prod` names Splunk',
  },
  {
    line: '2026-02-02T13:40:49.424+0100\tINFO\texporterhelper/queued_retry.go:276\tExporting failed. Will retry the request after interval.\t{"component_kind": "exporter", "component_type": "jaeger", "component_name": "jaeger", "error": "rpc error: code = Unavailable desc = connection error: desc = \\"transport: Error while dialing dial tcp [::1]:14250: connect: connection refused\\""}',
    category: 'outage',
    destination: 'jaeger',
    note: 'older field names: component_type',
  },
  {
    line: '2026-02-08T01:39:47.601Z\terror\texporterhelper/common.go:174\tExporting failed. Rejecting data.\t{"otelcol.component.id": "datadog", "otelcol.component.kind": "Exporter", "otelcol.signal": "traces", "error": "Permanent error: 403 Forbidden"}',
    category: 'auth',
    destination: 'datadog',
    note: 'newer field names: otelcol.component.id; a Datadog 403 is a key not valid for the site',
  },
  {
    line: '2026-02-08T01:39:47.601Z\terror\texporterhelper/common.go:174\tExporting failed. Dropping data.\t{"kind": "exporter", "data_type": "traces", "name": "otlphttp", "error": "Permanent error: request to http://collector:4318/v1/traces responded with HTTP Status Code 401"}',
    category: 'auth',
    note: 'OTLP goes to any backend: the exporter names no service',
  },
];
