import type { Signals } from '../types.js';
import type { Lexicon } from './lexicon.js';
import { addTo } from './signals.js';
import { isEntityIdKey } from './keys.js';
import { ERROR_LEVELS, hasExceptionLine, keyedLevel, levelFromText } from '../vocabulary.js';
import { levelOfPrefix, splitPrefix, withoutRelaySuffix } from '../events/prefix.js';
import { rudderStackDestination } from './engines/rudderstack.js';

/** Patterns for free-text lines. Compiled once; each is anchored on a keyword, so none can backtrack badly. */
const STATUS_PATTERNS: RegExp[] = [
  // "status=401", "HTTP-error-code: 520", "non successful HTTP code [401]", Java's "statusCode=Optional.of(401)".
  // Not what a client expected ("Expected response code 250 but got code 451": SMTP).
  /(?<!\bexpected )\b(?:status(?:[ _-]?code)?|http[ _-]?(?:status|code|error)(?:[ _-]code)?|HTTP-Code|response code)["']?\s*(?:[:=]|is|was|of)?\s*["'[]?(?:Optional\.of\()?([1-5]\d\d)\b/i,
  // PHP's exception code (Guzzle, league/oauth2-client put the HTTP status there); a 2xx one is no
  // statement of success: the provider answered 200 with an error body.
  /\(code: ([45]\d\d)\)/,
  // A status and its snake_case code in parentheses, as rclone prints a B2 or Swift answer:
  // "c001_v0001 is too busy (503 service_unavailable)".
  /\(([45]\d\d) [a-z]{2,30}(?:_[a-z]{2,30}){1,5}\)/,
  // "PermissionDenied: 403 Request had…", "HTTPError 429": an exception name, then the status.
  // "ClickupClientError: (401) Team not authorized".
  // A Node util.inspect dump of an error: "{ [Error: Missing end time.] code: 400, errors: [ … ] }".
  /\] (?:code|status|statusCode): ([45]\d\d),/,
  // Google's .NET client: "Google.Apis.Requests.RequestError Message text [403] Errors [ … ]".
  /\bRequestError\b[^\n]{0,400}? \[([45]\d\d)\](?= Errors\b|\s*$)/,
  // A Python repr puts it first among the exception's arguments: "TwilioRestException(503, '/Rooms', …)".
  /\b[A-Z]\w*(?:Error|Exception|Denied|Forbidden|NotFound|Unauthorized|Unauthenticated)(?:\b:?\s+\(?|\()([45]\d\d)\b/,
  // "Request failed: bad request (400)": a reason phrase, then its status in parentheses.
  /\b(?:Unauthorized|Forbidden|Not Found|Too Many Requests|Bad Request|Payment Required|Internal Server Error|Bad Gateway|Service Unavailable|Gateway Time-?out|Conflict|Unprocessable Entity) \(([45]\d\d)\)/i,
  // "ERROR 401", "WARN: 503": a level word followed by an error status.
  /\b(?:ERROR|ERR|FATAL|CRITICAL|WARN(?:ING)?)[:\s]+([45]\d\d)\b/,
  // A 1xx status line is interim (`HTTP/1.1 100 Continue`): the final one follows it.
  /\bHTTP\/\d(?:\.\d)?"?\s+([2-5]\d\d)\b/,
  // restfly (pyTenable, Jira clients): "[400: POST] https://…"
  /\[([45]\d\d): (?:GET|POST|PUT|PATCH|DELETE)\]/,
  // .NET WebException: "The remote server returned an error: (401) Unauthorized."; SDK wrappers
  // "Zendesk Error (422): …"; "[status]: 401".
  /\breturned an error: \(([45]\d\d)\)/,
  // The Box Java SDK: "BoxAPIException: The API returned an error code: 502".
  /\breturned an error code:? ([45]\d\d)\b/,
  // B2's command-line tool and SDK: the status, then B2's snake_case code ("500 internal_error").
  // Only B2's documented codes: a count then a snake_case word ("synced 500 new_contacts") is none.
  /(?:^|[:\s])([45]\d\d) (?:bad_request|bad_auth_token|expired_auth_token|unauthorized|access_denied|not_found|method_not_allowed|request_timeout|conflict|too_many_requests|internal_error|service_unavailable|[a-z]{1,12}_cap_exceeded)\b/,
  // Go's B2 client (blazer, used by restic): the native call, then the status ("b2_list_buckets: 401: ").
  /\bb2_[a-z]{2,20}(?:_[a-z]{2,20}){1,5}: ([45]\d\d):/,
  // Apps Script's UrlFetchApp: "Exception: Request failed for https://… returned code 401".
  /\bRequest failed for \S{1,500} returned code ([45]\d\d)\b/,
  // .NET HttpClient's EnsureSuccessStatusCode: "Response status code does not indicate success: 420 (<none>)."
  /\bdoes not indicate success: ([45]\d\d)\b/,
  /\b[A-Z]\w* Error \(([45]\d\d)\)/,
  /\[status\]: ([45]\d\d)\b/,
  /\b(?:GET|POST|PUT|PATCH|DELETE|HEAD)\s+\S+\s+(?:->\s+)?([1-5]\d\d)\b/,
  // google-api-core's exceptions (`503 GET https://…: message`, `BadRequest: 400 message`).
  /(?:^|\n)([1-5]\d\d) (?:GET|POST|PUT|PATCH|DELETE|HEAD) https?:\/\//,
  /\bgoogle\.(?:api_core|cloud)\.exceptions\.\w+: ([1-5]\d\d) /,
  // n8n's NodeApiError message: the status, a dash, the body (`400 - {"Fault":…}`).
  /^([45]\d\d) - [{["]/,
  /\b([1-5]\d\d)[ :-]+(?:Unauthorized|Forbidden|Not Found|Too Many Requests|Bad Request|Payment Required|Internal Server Error|Bad Gateway|Service Unavailable|Gateway Time-?out|Conflict|Unprocessable Entity|Locked|Request Timeout|Multi-Status|Precondition Failed|Gone|Client Error|Server Error)\b/i,
  // "HTTP 401", "HTTP-503".
  /\bHTTP[ -]([1-5]\d\d)\b/i,
  // A Python requests Response printed as is: "Error creating records: <Response [422]>".
  /<Response \[([1-5]\d\d)\]>/,
  // "Err: 401", "error=429"; not a count ("error 500 rows"). "error code NNN" is left out: Meta's
  // error codes (190, 506) are no HTTP statuses.
  /\berr(?:or)?\s*[:=]?\s*([45]\d\d)\b(?!\s*(?:rows?|records?|items?|times?|ms|s\b|seconds?|bytes?|lines?)\b)/i,
  // "the API returned 403", "failed with 429 from …", "returned 403 {body}"; not "returned 500 rows".
  /\b(?:returned|responded with|failed with|got|received)\s+(?:an?\s+)?(?:HTTP\s+)?([45]\d\d)\b(?=\s*(?:$|[.,;:!)\]"'{}]|(?:error|response|status|code|from|for|when|while|on|at)\b))/i,
];
/** The request and status of a Common Log Format line: a path, not a URL, so no destination. */
const ACCESS_LOG = /"(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) \/[^\s"]* HTTP\/[\d.]{1,3}" [1-5]\d\d\b/;
const TIME_RE = /^\[?(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?)/;
const RECORD_RE = /\b(?:record[_ ]?id|recordId|external_id|externalId|object_id|objectId|contact_id|row_id)["']?\s*[:=]\s*["']?([^\s"',;)\]}]+)/i;
const ENTITY_ID_RE = /\b([A-Za-z][A-Za-z0-9]{1,30}(?:_id|Id))["']?\s*[:=]\s*["']?([^\s"',;)\]}]{1,128})/g;
const RUN_RE = /\b(?:run[_ ]?id|runId|sync_id|syncId|job_id|jobId)["']?\s*[:=]\s*["']?([^\s"',;)\]}]+)/i;
const DEST_RE = /\b(?:destination|dest|connector)["']?\s*[:=]\s*["']?([^\s"',;)\]}]+)/i;
/**
 * Vector's span names the component's type, which for most sinks and sources is the service it
 * talks to: `sink{component_id=out component_type=datadog_logs}`, older `sink{name=loki type=loki}`.
 * Types that name no service (http, file, console…) are left out.
 */
const VECTOR_COMPONENT_RE = /\b(?:sink|source)\{[^{}\n]{0,300}?\b(?:component_)?type="?([a-z][a-z0-9_]{1,40})\b/;
/**
 * Telegraf and Fluent Bit name the plugin a line is about, which for most outputs is the service:
 * `[outputs.influxdb]`, `[inputs.mysql]`, `[output:es:es.0]`, `[input:tail:tail.0]`.
 */
const PLUGIN_RE = /\[(?:outputs|inputs)\.([a-z][a-z0-9_]{1,40})\]|\[(?:output|input):([a-z][a-z0-9_]{1,40}):/;
/** Component and plugin types that name no service (http, file, console, forward…). */
const GENERIC_COMPONENTS = new Set(['http', 'http_client', 'http_server', 'http_listener', 'console', 'file', 'blackhole', 'socket', 'socket_writer', 'socket_listener', 'vector', 'stdin', 'stdout', 'exec', 'execd', 'tail', 'forward', 'null', 'counter', 'discard', 'health', 'demo_logs', 'dummy', 'internal', 'internal_logs', 'internal_metrics', 'prometheus_client', 'unit_test']);
/** Plugin names that spell a service otherwise (a version suffix, `influxdb_v2`, goes anyway). */
// Fluent Bit's `azure` output is Azure Log Analytics (its blob output is `azure_blob`).
const PLUGIN_NAMES: Record<string, string> = { es: 'elasticsearch', azure: 'azure-log-analytics', azure_blob: 'azure-blob' };

/**
 * The OpenTelemetry Collector names the exporter a line is about in its JSON fields, by type and an
 * optional `/instance` suffix: `{"kind": "exporter", "data_type": "logs", "name": "splunk_hec/prod"}`,
 * older `"component_kind": "exporter", "component_type": "jaeger"`, newer
 * `"otelcol.component.kind": "Exporter", "otelcol.component.id": "awsxray"`. The type names the service
 * for most exporters (opentelemetry-collector-contrib's exporter/ directory).
 */
const OTEL_EXPORTER_RE = /"(?:component_kind|kind|otelcol\.component\.kind)": ?"[Ee]xporter"/;
const OTEL_NAME_RE = /"(?:component_type|otelcol\.component\.id|name)": ?"([a-z][a-z0-9_]{1,40})(?:\/[^"\n]{0,80})?"/;
/** Exporter types that name no service (OTLP to any backend, local debug output, fan-out). */
const OTEL_GENERIC = new Set(['otlp', 'otlphttp', 'otlp_grpc', 'otlp_http', 'debug', 'logging', 'nop', 'loadbalancing', 'prometheus', 'file', 'syslog', 'kafka_exporter']);
/** Exporter types whose service goes by another name. */
const OTEL_NAMES: Record<string, string> = {
  splunk_hec: 'splunk',
  sapm: 'splunk',
  signalfx: 'splunk',
  awsxray: 'xray',
  awsemf: 'cloudwatch',
  awscloudwatchlogs: 'cloudwatch-logs',
  awss3: 's3',
  awskinesis: 'kinesis',
  googlecloud: 'google',
  googlemanagedprometheus: 'google',
  prometheusremotewrite: 'prometheus',
  azuremonitor: 'azure-monitor',
  honeycombmarker: 'honeycomb',
};

/** The service an OpenTelemetry Collector exporter named in the line talks to, or null (the caller saw `xporter"`). */
function otelExporter(scan: string): string | null {
  if (!OTEL_EXPORTER_RE.test(scan)) return null;
  const name = OTEL_NAME_RE.exec(scan)?.[1];
  if (name === undefined || OTEL_GENERIC.has(name)) return null;
  return OTEL_NAMES[name] ?? name;
}

/** The service a Vector component, a Telegraf / Fluent Bit plugin or a Collector exporter named in the line talks to, or null. */
function componentName(scan: string): string | null {
  let name: string | undefined;
  if (scan.indexOf('xporter"') !== -1) return otelExporter(scan);
  if (scan.indexOf('type=') !== -1) name = VECTOR_COMPONENT_RE.exec(scan)?.[1];
  if (name === undefined && (scan.indexOf('puts.') !== -1 || scan.indexOf('put:') !== -1)) {
    const m = PLUGIN_RE.exec(scan);
    name = m === null ? undefined : (m[1] ?? m[2]);
  }
  if (name === undefined || GENERIC_COMPONENTS.has(name)) return null;
  return PLUGIN_NAMES[name] ?? name.replace(/_v\d+$/, '');
}

const FAILURE_LABEL = /\bfailure_?[Tt]ype["']?\s*[=:]\s*["']?([a-z_]{3,40})/;

/** The head of a line where level and timestamp are looked for. */
const HEAD_CHARS = 160;
/** How far a keyed level (`level=…`) is looked for, past a long key=value context. */
const KEYED_HEAD_CHARS = 480;
/** How much of a free-text line the status and id patterns search. */
const SCAN_CHARS = 4096;

/**
 * A standalone three-digit number: every status pattern needs one. Not after a digit or a dot, so
 * the milliseconds of a timestamp (`.855Z`) do not send every text line through the patterns.
 */
const THREE_DIGITS = /(?<![\d.])[1-5]\d\d(?!\w)/;

/**
 * Every status pattern at once, case-insensitive: it matches wherever one of them does, so a
 * line it does not match (a duration, `synced in 200ms`; a record id) is spared the dozen scans
 * that decide which pattern comes first.
 */
const ANY_STATUS = new RegExp(STATUS_PATTERNS.map((re) => `(?:${re.source})`).join('|'), 'i');

/** An HTTP status stated in prose ("Request failed with status code 401", "HTTP/1.1 503"), or null. */

export function statusFromText(text: string): number | null {
  const scan = text.length > SCAN_CHARS ? text.slice(0, SCAN_CHARS) : text;
  if (!mayStateStatus(scan)) return null;
  // An access-log line ("POST /card/add/ HTTP/1.1" 400 295) is this service answering its own
  // client, not a destination answering the sync: its status is no finding.
  if (scan.indexOf(' HTTP/') !== -1 && ACCESS_LOG.test(scan)) return null;
  return statusByPatterns(scan);
}

/**
 * False only where no status pattern can match: every pattern needs a 3-digit status followed by
 * no letter, digit or underscore (each ends its number with \b, a bracket, a space or punctuation),
 * so a duration (`synced in 145ms`) is spared even the union of them all.
 */
export function mayStateStatus(scan: string): boolean {
  return THREE_DIGITS.test(scan) && ANY_STATUS.test(scan);
}

/** The first status pattern's status, in the patterns' order (no prefilter). */
export function statusByPatterns(scan: string): number | null {
  for (const re of STATUS_PATTERNS) {
    const m = re.exec(scan);
    if (m !== null && isHttpStatus(Number(m[1]))) return Number(m[1]);
  }
  return null;
}

/**
 * A status HTTP defines (RFC 9110, WebDAV, 429/431/451) or that CDNs and proxies send (nginx
 * 444/494–499, Cloudflare 520–530, 598/599): a three-digit number in prose that is none of them
 * (a carrier's `Error: 541, Invalid postcode`) is the API's own code, not a status.
 */
export function isHttpStatus(n: number): boolean {
  if (n >= 100 && n <= 103) return true;
  if (n >= 200 && n <= 208) return true;
  if (n === 226 || (n >= 300 && n <= 308)) return true;
  if (n >= 400 && n <= 431) return true;
  if (n === 440 || n === 444 || n === 449 || n === 451 || n === 460 || n === 463 || (n >= 494 && n <= 499)) return true;
  if (n >= 500 && n <= 511) return true;
  return (n >= 520 && n <= 530) || n === 561 || n === 598 || n === 599;
}

/**
 * Signals of a free-text event. `prefixEnd`: where the head line's engine prefix ends, as the event
 * stage found it (-1: not known, split here); `prefixLevel`: the level word in that prefix;
 * `trailer`: prose printed after the embedded body (read with the prose before it).
 */
export function textSignals(text: string, s: Signals, embeddedAt: number, lex: Lexicon, prefixEnd = -1, prefixLevel: string | null = null, trailer = ''): void {
  const scan = text.length > SCAN_CHARS ? text.slice(0, SCAN_CHARS) : text;
  if (s.status === null) s.status = statusFromText(scan);
  // The level the event stage found in the prefix, else one searched for near the head.
  if (s.level === null && prefixLevel !== null) s.level = levelOfPrefix(prefixLevel);
  if (s.level === null) s.level = levelFromText(scan.length > HEAD_CHARS ? scan.slice(0, HEAD_CHARS) : scan);
  // A logger's key=value context can run long before its `level=WARNING` (celery's source=, worker=, task_id=, task_name=, name=).
  if (s.level === null && scan.length > HEAD_CHARS) s.level = keyedLevel(scan.slice(0, KEYED_HEAD_CHARS));
  if (s.time === null) {
    const m = TIME_RE.exec(scan);
    if (m !== null) s.time = m[1];
  }
  if (s.recordId === null) {
    const m = RECORD_RE.exec(scan);
    if (m !== null) s.recordId = m[1];
    else if (scan.indexOf('_id') !== -1 || scan.indexOf('Id') !== -1) {
      // customer_id=cus_1, "dealId": 42: a record id spelt after its entity.
      for (const e of scan.matchAll(ENTITY_ID_RE)) {
        if (isEntityIdKey(e[1])) {
          s.recordId = e[2];
          break;
        }
      }
    }
  }
  if (s.runId === null) {
    const m = RUN_RE.exec(scan);
    if (m !== null) s.runId = m[1];
  }
  if (s.destination === null) {
    const m = DEST_RE.exec(scan);
    if (m !== null) s.destination = lex.providers.normalise(m[1]);
  }
  if (s.destination === null) {
    const component = componentName(scan);
    if (component !== null) s.destination = lex.providers.normalise(component);
  }
  const relayedBy = rudderStackDestination(scan);
  if (relayedBy !== null) {
    s.exception = true;
    if (s.destination === null) s.destination = lex.providers.normalise(relayedBy);
  }
  // The prose around an embedded body (exception class, URL, network errno) is part of the message;
  // the line's own prefix (time, level, key=value fields) is not, so templates group by the error.
  const head = embeddedAt === -1 ? scan : scan.slice(0, embeddedAt);
  const relayed =
    prefixEnd >= 0 && prefixEnd <= head.length
      ? prefixLevel !== null && prefixLevel.charCodeAt(0) === 91 /* [ */
        ? withoutRelaySuffix(head.slice(prefixEnd))
        : head.slice(prefixEnd)
      : splitPrefix(head, { body: '', stamped: false, levelled: false, level: null, end: 0 }).body;
  const prose = trailer.length > 0 ? `${stripPrefix(relayed)} ${trailer}` : stripPrefix(relayed);
  // Only where it can change the verdict: an error level or status already makes the line an error.
  if (!s.exception && (s.level === null || !ERROR_LEVELS.has(s.level)) && (s.status === null || s.status < 400)) s.exception = hasExceptionLine(prose);
  // An engine's failure dump in text (`failureType=config_error`, `"failure_type": "system_error"`).
  if (s.engineLabel === null && scan.indexOf('ailure') !== -1) {
    const m = FAILURE_LABEL.exec(scan);
    if (m !== null) s.engineLabel = m[1].toLowerCase();
  }
  s.message = s.message.length > 0 ? `${prose} | ${s.message}` : prose;
}

/**
 * Leading timestamp, level, [bracketed] tags and key=value fields of a text log line; dlt's
 * `|[ERROR]|pid|thread|dlt|load.py|w_run_job:247|` fields; Rust tracing spans and target
 * (`sink{component_id=x}:request{request_id=1}:http: vector::sinks::util: `).
 */
const PREFIX_TOKEN = /^(?:(?:\|(?:\[[A-Za-z]{3,9}\]|[\w.-]{1,40}(?::\d{1,6})?)){1,8}\||[a-z_]\w{0,40}\{[^{}\n]{0,400}\}:(?:[a-z_]\w{0,40}:)?|[a-z_]\w{0,40}(?:::[a-z_]\w{0,40}){1,8}:(?=\s)|\[?(?:\d{4}|\d{2})-\d{2}-\d{2}[T ][\d:.,]+(?:Z|[+-]\d{2}:?\d{2})?\]?|\[[^\]\s]{1,40}\]|\{[\w.-]{1,80}:\d{1,6}\}|-(?=\s)|(?:FATAL|CRITICAL|ERROR|ERR|WARN(?:ING)?|INFO|DEBUG|TRACE)\b:?|(?:ts|time|timestamp|level|lvl|run_?id|runId|sync_?id|syncId|job_?id|jobId|record_?id|recordId|destination|dest|connector|worker|thread|logger|pid|host|service|env|request_?id|trace_?id|span_?id)=(?:"[^"]*"|\S*))\s*/;

/** The same token read where the last one ended (sticky: no slice of the line per token). */
const PREFIX_TOKEN_AT = new RegExp(PREFIX_TOKEN.source.slice(1), 'y');

function stripPrefix(text: string): string {
  let at = 0;
  for (let i = 0; i < 16; i++) {
    PREFIX_TOKEN_AT.lastIndex = at;
    if (!PREFIX_TOKEN_AT.test(text) || PREFIX_TOKEN_AT.lastIndex === at) break;
    at = PREFIX_TOKEN_AT.lastIndex;
  }
  return at === 0 || at >= text.length ? text : text.slice(at);
}

/** SCREAMING_SNAKE tokens in prose: Salesforce "INVALID_FIELD: …", "first error: UNABLE_TO_LOCK_ROW, …", SOAP faults. */
const SNAKE_CODE_RE = /\b([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\b/g;
/** OAuth 2.0 error codes written in prose ("invalid_grant: inactive user", "(invalid_grant) AADSTS…"). */
const OAUTH_CODE_RE = /\b(invalid_grant|invalid_code|invalid_client|unauthorized_client|unsupported_grant_type|invalid_token|insufficient_scope|invalid_scope|access_denied|temporarily_unavailable)\b/g;
/**
 * A reason quoted in prose: "reason reported from bigquery: 'invalid'", "reason: 'quotaExceeded'",
 * a Go struct's `Reason: "quotaExceeded"` (the BigQuery client's printed job error), Google's .NET
 * client's `Reason[dailyLimitExceeded]`.
 */
const REASON_RE = /\b[Rr]eason(?: reported from \w{1,30})?:\s*(?:'(\w{3,40})'|"(\w{3,40})"|([a-z]\w{2,40}[A-Z]\w{0,40})\b)|\bReason\[(\w{3,40})\]/g;
/**
 * google-api-go-client's error line ends with the first item's reason after a comma:
 * "googleapi: Error 403: The user has exceeded their Drive storage quota, quotaExceeded" (rclone,
 * Terraform, every Go program on a Google API).
 */
const GOOGLEAPI_REASON_RE = /\bgoogleapi: Error [1-5]\d\d: [^\n]{0,600}?, ([a-z][A-Za-z]{2,40})(?=\s*(?:$|\n|[,;)\]"']))/;
/** google-api-ruby-client's errors start with the reason: "Google::Apis::ClientError: insufficientPermissions: User does not …". */
const GOOGLE_RUBY_REASON_RE = /\bGoogle::Apis::\w*Error: ([a-z][A-Za-z]{2,40}):/;
/** "Error code: InvalidAuthenticationToken" (SDK exception text), "Error code: 0x80040265" (Dataverse), "code=ErrorAccessDenied". */
const LABELLED_CODE_RE = /\b(?:[Ee]rror|ERROR) ?(?:[Cc]ode|CODE)[:=]\s*([A-Za-z][\w.]{2,60}|0x[0-9A-Fa-f]{8})\b|\bcode=([A-Z]?[a-z]+[A-Z][\w.]{1,60})\b/g;
/** Salesforce Bulk API exception codes (CamelCase): "InvalidBatch : Field name not found : X". */
const BULK_CODE_RE = /\b(InvalidBatch|InvalidSessionId|InvalidJob|InvalidEntity|InvalidOperation|ExceededQuota|TooManyLockFailure)\b/g;
/**
 * Code-bearing keys in a Python dict repr, a Ruby hash or a Node util.inspect dump ('errorCode': 'X',
 * "title"=>"Member Exists", `{ code: 'validation_error' }`).
 */
const REPR_CODE_RE = /(?:['"]|(?<=[{,]\s{0,40}))(?:errorCode|error_code|statusCode|code|category|subCategory|title|reason|error|errorType|exceptionCode)['"]?\s*(?:=>|:)\s*u?['"]([^'"\n]{1,80})['"]/g;
const REPR_FIELD_RE = /['"](?:field|param|propertyName)['"]\s*(?:=>|:)\s*u?['"]([^'"\n]{1,100})['"]|['"]fields['"]\s*(?:=>|:)\s*\[\s*u?['"]([^'"\n]{1,100})['"]/g;
/** XML bodies: Salesforce Bulk/SOAP <exceptionCode>, <statusCode>, <faultcode>; Microsoft Advertising's <ErrorCode>. */
const XML_CODE_RE = /<(?:sf:)?(?:exceptionCode|statusCode|faultcode|[Ee]rrorCode)>(?:sf:)?([\w.]{2,80})</g;
const MAX_PROSE_CODES = 8;

/**
 * Codes written in prose rather than under a JSON key. Run only where the structured walk found
 * none, so a well-formed body is never second-guessed by its own message text.
 */
export function codesFromProse(text: string, s: Signals): void {
  const scan = text.length > SCAN_CHARS ? text.slice(0, SCAN_CHARS) : text;
  const add = (c: string) => {
    const lc = c.toLowerCase();
    if (s.codes.length < MAX_PROSE_CODES && !s.codes.includes(lc)) addTo(s, 'codes', lc);
  };
  // Python reprs, Ruby hashes, JSON cut short (a truncated body is not JSON any more) and
  // JavaScript object literals printed with bare keys (`code: "ErrorAccessDenied"`).
  if (scan.indexOf("'") !== -1 || scan.indexOf('=>') !== -1 || scan.indexOf('":') !== -1 || scan.indexOf(': "') !== -1) {
    // JSON that a wrapper escaped again, once or more (`{\"error\":\"not_in_channel\"}`), reads as JSON.
    const reprs = scan.indexOf('\\"') === -1 ? scan : scan.replace(/\\+"/g, '"');
    for (const m of reprs.matchAll(REPR_CODE_RE)) add(m[1]);
    for (const m of scan.matchAll(REPR_FIELD_RE)) {
      const f = m[1] ?? m[2];
      if (f !== undefined && f.length > 0 && !s.fields.includes(f)) addTo(s, 'fields', f);
    }
  }
  if (scan.indexOf('<') !== -1) for (const m of scan.matchAll(XML_CODE_RE)) add(m[1]);
  const underscore = scan.indexOf('_') !== -1;
  if (underscore) for (const m of scan.matchAll(SNAKE_CODE_RE)) add(m[1]);
  // Go errors and logfmt print `(code=ErrorAccessDenied, message='…')`.
  if (scan.indexOf('ode') !== -1) for (const m of scan.matchAll(LABELLED_CODE_RE)) add(m[1] ?? m[2]);
  if (scan.indexOf('eason') !== -1) for (const m of scan.matchAll(REASON_RE)) add(m[1] ?? m[2] ?? m[3] ?? m[4]);
  if (scan.indexOf('Apis::') !== -1) {
    const m = GOOGLE_RUBY_REASON_RE.exec(scan);
    if (m !== null) add(m[1]);
  }
  if (scan.indexOf('googleapi: Error') !== -1) {
    const m = GOOGLEAPI_REASON_RE.exec(scan);
    if (m !== null) add(m[1]);
  }
  if (underscore) for (const m of scan.matchAll(OAUTH_CODE_RE)) add(m[1]);
  if (scan.indexOf('Invalid') !== -1 || scan.indexOf('Exceeded') !== -1 || scan.indexOf('TooMany') !== -1) for (const m of scan.matchAll(BULK_CODE_RE)) add(m[1]);
}
