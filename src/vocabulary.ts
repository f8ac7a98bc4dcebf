/**
 * The level and outcome vocabulary: which words say a line is an error, a warning, chatter, a
 * success or a failure, and which shapes of text are an exception without any level. One home,
 * imported by every stage (events, extract, rules, aggregate), so a `"level":"warning"` JSON line
 * and a `WARNING` text line mean the same thing.
 */

/** Canonical levels. Spellings from loggers and engines map onto these. */
export type Level = 'trace' | 'debug' | 'info' | 'notice' | 'warn' | 'error' | 'fatal';

/** Spelling (lower-case) → canonical level. */
const LEVEL_SPELLINGS: Record<string, Level> = Object.assign(Object.create(null) as Record<string, Level>, {
  trace: 'trace',
  verbose: 'debug',
  debug: 'debug',
  fine: 'debug',
  info: 'info',
  information: 'info',
  notice: 'notice',
  warn: 'warn',
  warning: 'warn',
  error: 'error',
  err: 'error',
  severe: 'error',
  fail: 'error',
  failed: 'error',
  failure: 'error',
  fatal: 'fatal',
  critical: 'fatal',
  crit: 'fatal',
  alert: 'fatal',
  emerg: 'fatal',
  emergency: 'fatal',
  panic: 'fatal',
});

/** The spellings as loggers write them (info, INFO, Info): a Map hit with no new string per line. */
const AS_WRITTEN = new Map<string, Level>(
  Object.entries(LEVEL_SPELLINGS).flatMap(([w, l]) => [
    [w, l],
    [w.toUpperCase(), l],
    [w.charAt(0).toUpperCase() + w.slice(1), l],
  ]),
);

/** Levels that make a line an error on their own. */
export const ERROR_LEVELS: ReadonlySet<string> = new Set<Level>(['error', 'fatal']);
/** Levels of lines that state nothing went wrong (unless a status or body says otherwise). */
export const QUIET_LEVELS: ReadonlySet<string> = new Set<Level>(['trace', 'debug', 'info', 'notice']);

/** A level as written (any case, "WARNING", "Critical", "err") → canonical, or null when it is no level word. */
export function normaliseLevel(raw: string): Level | null {
  if (raw.length === 0 || raw.length > 16) return null;
  // Most logs spell their levels in lower case: the exact spelling spares a new string per line.
  return AS_WRITTEN.get(raw) ?? LEVEL_SPELLINGS[raw.toLowerCase()] ?? null;
}

/** pino / bunyan numeric levels. */
export function levelFromNumber(n: number): Level {
  if (n >= 60) return 'fatal';
  if (n >= 50) return 'error';
  if (n >= 40) return 'warn';
  if (n >= 30) return 'info';
  if (n >= 20) return 'debug';
  return 'trace';
}

/**
 * A level word where a log writes its level: standing alone (not inside a word, not a key such as
 * `error_count`, `ERROR=0`, `errors:`), in upper case, or in lower/title case when bracketed or
 * followed by a separator (`[error]`, `error:`, `Error -`, a tab: the level column of a copied execution log). Lower-case prose ("an error occurred")
 * is not a level. Counters (`ERROR=0`, `ERROR: 3`) are not levels; `ERROR: 401` is. Monolog
 * (Laravel, Symfony) writes `channel.LEVEL: message`: `local.ERROR:`, `app.CRITICAL:`.
 */
const LEVEL_WORD =
  /(?:(?<![\w=.\-/])(?:(FATAL|CRITICAL|CRIT|ERROR|ERR|SEVERE|FAIL|PANIC|WARN(?:ING)?|NOTICE|INFO|DEBUG|TRACE|VERBOSE)|\[\s*(fatal|critical|error|err|warn(?:ing)?|info|debug|trace|notice)\s*\]|(Fatal|Critical|Error|Warn(?:ing)?|Info|Debug|fatal|critical|error|warn(?:ing)?|info|debug)(?=\s*(?:[:|]|\s-\s)|\t))|(?<=(?:^|[\]\s])[A-Za-z][\w-]{0,30}\.)(EMERGENCY|ALERT|CRITICAL|ERROR|WARNING|NOTICE|INFO|DEBUG)(?=: ))(?![\w=])(?!\s*[:=]\s*(?:\d{1,2}|\d{4,})\b)/;
/** `level=error`, `severity: "WARNING"` inside a text line. */
const KEYED_LEVEL = /\b(?:level|lvl|severity|levelname|loglevel)["']?\s*[=:]\s*["']?([A-Za-z]{3,11})\b/i;

const COLOUR = /\u001b?\[[\d;]{1,8}m/;
const COLOUR_G = /\u001b?\[[\d;]{0,8}m/g;

/** A level given by key (`level=error`, `severity: "WARNING"`) in a text line, or null. */
export function keyedLevel(text: string): Level | null {
  const k = KEYED_LEVEL.exec(text);
  return k === null ? null : normaliseLevel(k[1]);
}

/** The level stated near the head of a text line, or null. */
export function levelFromText(head: string): Level | null {
  // Colour codes around a level (`[32mINFO[m`, the ESC often lost in a paste) hide its word boundaries.
  if (head.indexOf('m') !== -1 && COLOUR.test(head)) head = head.replace(COLOUR_G, ' ');
  const keyed = keyedLevel(head);
  if (keyed !== null) return keyed;
  const m = LEVEL_WORD.exec(head);
  if (m === null) return null;
  return normaliseLevel(m[1] ?? m[2] ?? m[3] ?? m[4]);
}

/**
 * An exception stated without a level: `snowflake.connector.errors.ProgrammingError: 390114 …`,
 * `Intuit.Ipp.Exception.ValidationException: …`, `Stripe::AuthenticationError: …`, `KeyError: 'id'`,
 * `Exception in thread "main" java.io.IOException`, PHP `Fatal error: Uncaught …`, Go `panic: …`,
 * a Ruby `file.rb:12:in 'call': message (RestClient::Unauthorized)`, Rails' `Stripe::CardError - message:`,
 * Python's class repr as dlt prints it (`<class 'ValueError'>`), dbt's `Database Error in model x (…)`,
 * an exception inside an XML report element (`<ExceptionThatLeadToAbortion>System.Net.…`), an XML
 * error body (`<Error><Code>…`, `<ErrorResponse>`, a SOAP `<soap:Fault>`), an
 * Apple NSError as iOS SDKs print it (`Error Domain=com.stripe.lib Code=70 "…"`), .NET Framework's
 * `Unhandled Exception: System.…`, Snowflake's `000606 (57P03): …` (error number, SQLSTATE), a SOAP
 * `<faultstring>` printed alone, and any class of a Python package's `exceptions` module
 * (`typesense.exceptions.ServiceUnavailable: …`).
 * Warnings (`DeprecationWarning:`) are not errors.
 */
const EXCEPTION_HEAD =
  /^(?:<[\w:.-]{1,80}>)?(?:Exception in thread "[^"]{0,80}" |Unhandled exception\. |Unhandled Exception: |Uncaught |Error: Uncaught |\(Inner Exception #\d+\) |---> |Caused by: )?(?:[A-Za-z_$][\w$]*(?:(?:\.|::|\\)[A-Za-z_$][\w$]*){0,12})?(?:Error|Exception|Fault|Failure|Exit|Interrupt|Unauthorized|Forbidden)_?\b(?:\[[^\]]{0,40}\])?(?::|$|\s*\(| - )/;
/** dbt's error heads (`Runtime Error in model x (path)`); their message follows on the next lines (events/joiner). */
export const DBT_ERROR_HEAD = /^(?:Database|Compilation|Runtime|Dependency|Parsing) Error in (?:model|test|seed|snapshot|macro|source|operation)\b/;
const OTHER_ERROR_HEAD = new RegExp(String.raw`^(?:<(?:[\w-]{1,20}:)?(?:Error|Errors|ErrorResponse|Fault)(?:\s[^<>]{0,200})?>\s*(?:<|$)|<class '[\w.]{0,120}(?:Error|Exception)'>|\*\* \([A-Z][\w.]{0,80}\) |${DBT_ERROR_HEAD.source.slice(1)}|(?:PHP )?(?:Fatal|Parse) error:|panic: |FATAL: |fatal error: |<(?:[\w-]{1,20}:)?faultstring\b|(?:[a-z_]\w{0,40}\.){1,6}exceptions?\.[A-Z]\w{2,60}: |thread '[^']{0,80}' panicked at|Error: |ERROR: |Error Domain=\S{1,120} Code=-?\d{1,9} |\S{1,200}\.rb:\d+:in [\`'][^']{0,120}': .{0,400}\([A-Z][\w:]*\)\s*$)`);

const SNOWFLAKE_HEAD = /^\d{6} \([0-9A-Z]{5}\): /;

const WARNING_NAME = /^(?:<[\w:.-]{1,80}>)?[\w$.:\\]*Warning\b/;

/** Whether a (prefix-stripped) line states an exception or an error by its shape alone. */
export function isExceptionLine(text: string): boolean {
  const c = text.charCodeAt(0);
  // Snowflake's `000606 (57P03): …`: six digits, the SQLSTATE in brackets; the 8th character spares the pattern.
  if (c >= 48 && c <= 57) return text.charCodeAt(7) === 40 /* ( */ && SNOWFLAKE_HEAD.test(text);
  // Exception names start with a letter, "$", "_", "(", "-", "/" (a Ruby path), "<" (an XML element)
  // or "*" (Elixir's "** (RuntimeError) …"): one test spares the patterns on most lines.
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 || c === 40 || c === 45 || c === 47 || c === 60 || c === 42)) return false;
  // A name is short: a 1 MB line costs no more than its head.
  const body = text.length > 600 ? text.slice(0, 600) : text;
  // Every shape has a ":", "(" or " - " after the name, or ends with the name ("Uncaught KeyError"):
  // prose without them ("synced in 177ms") is spared the patterns.
  if (c !== 60 /* < */ && body.indexOf(':') === -1 && body.indexOf('(') === -1 && body.indexOf(' - ') === -1 && !endsWithErrorName(body)) return false;
  if (EXCEPTION_HEAD.test(body)) return !WARNING_NAME.test(body);
  return OTHER_ERROR_HEAD.test(body);
}

const ERROR_NAME_ENDINGS = ['Error', 'Exception', 'Fault', 'Failure', 'Exit', 'Interrupt', 'Unauthorized', 'Forbidden'];

function endsWithErrorName(text: string): boolean {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  // All the names end in a lower-case letter: one test spares the list on most prose.
  const c = text.charCodeAt(end - 1);
  if (c !== 114 /* r */ && c !== 110 /* n */ && c !== 116 /* t */ && c !== 101 /* e */ && c !== 100 /* d */) return false;
  for (const w of ERROR_NAME_ENDINGS) if (text.endsWith(w, end)) return true;
  return false;
}

/** Whether any line of a text (an event's kept lines, a condensed trace) states an exception. */
export function hasExceptionLine(text: string, maxChars = 8192): boolean {
  const end = Math.min(text.length, maxChars);
  let start = 0;
  while (start < end) {
    let nl = text.indexOf('\n', start);
    if (nl === -1 || nl > end) nl = end;
    let i = start;
    while (i < nl && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    if (i < nl && isExceptionLine(text.slice(i, nl))) return true;
    start = nl + 1;
  }
  return false;
}

/** Outcome words in a status / outcome / result value: `"status":"rejected"`, `succeeded`. */
const SUCCESS_OUTCOMES = new Set(['true', 'ok', 'success', 'succeeded', 'successful', 'synced', 'created', 'updated', 'upserted', 'inserted', 'deleted', 'complete', 'completed', 'done', 'delivered', 'accepted', 'processed', 'passed']);
const FAILURE_OUTCOMES = new Set(['false', 'error', 'errored', 'failed', 'failure', 'fail', 'rejected', 'invalid', 'aborted', 'bounced', 'dropped']);

/** An outcome value → true (went through), false (failed), or null (neither: "pending", "skipped", a code). */
export function outcomeValue(v: unknown): boolean | null {
  if (typeof v === 'boolean') return v;
  if (typeof v !== 'string' || v.length > 16) return null;
  const w = v.toLowerCase();
  if (SUCCESS_OUTCOMES.has(w)) return true;
  if (FAILURE_OUTCOMES.has(w)) return false;
  return null;
}

/** Failure wording in prose: a head line that says something failed (PowerShell's error record under it). */
export const FAILURE_PROSE = /\b(?:error|fail(?:ed|ure)?|exception|denied|cannot|could not|unable|invalid|forbidden|unauthori[sz]ed|not found)\b/i;

/** Success wording in prose: a line that says a record went through. */
export const SUCCESS_PROSE = /\b(?:success(?:ful(?:ly)?)?|succeeded|synced|created|updated|upserted|inserted|delivered|saved|completed?|ok)\b/i;

/**
 * Values that say "no error" under an error-named key: `errors=0`, `error=false`, `"errors":[]`.
 * A counter is not a finding.
 */
const ABSENT = new Set(['', '0', 'false', 'null', 'none', 'nil', '[]', '{}', 'no']);

export function isErrorValuePresent(v: unknown): boolean {
  if (v === null || v === undefined || v === false || v === 0) return false;
  if (typeof v === 'string') return !ABSENT.has(v.trim().toLowerCase());
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object') {
    for (const _ in v as object) return true;
    return false;
  }
  return true;
}

/**
 * A logger's notice about itself, not about the sync: Vector rate limiting its own messages;
 * Python asyncio's "Unclosed AIOKafkaProducer" / "Unclosed client session" (an object dropped
 * without close(), logged at ERROR when a failure above it ended the program).
 */
const LOGGER_NOTICE = /^Internal log \[[^\]]{0,300}\] (?:is being|has been) (?:rate[ -]limited|suppressed)|^(?:asyncio - ERROR - )?Unclosed (?:[A-Z]\w{2,60}|client session|connector|connection)\b/;

export function isLoggerNotice(message: string): boolean {
  return LOGGER_NOTICE.test(message);
}

/**
 * Lines an engine or a logger writes after the error that says why: they state that something
 * failed, not what (Airflow, Vector, Logstash, Airbyte, generic job runners; a runner's "Command
 * failed. Return code: 1" or Python's "returned non-zero exit status 1" after the command's own error;
 * dbt's "was unable to connect to the specified database", the driver's error after it; git's
 * "failed to fetch some objects from …" after the server's answer for them; Kafka Connect's "Task
 * is being killed and will not recover" after the task's exception; pgloader's "…, see above";
 * Meltano's "Failed to retrieve state" after the state backend's error; an analytics client's
 * "N messages dropped because they failed to be sent" after the answer that refused them; the
 * Datadog Agent's "Too many errors for endpoint …: retrying later" after the endpoint's errors).
 */
const FAILURE_WITHOUT_CAUSE =
  /^(?:Sync|Job|Task|Pipeline|Run|Step|Process|Export|Import)(?: job)? failed\.?$|\bTask failed with exception\b|\bService call failed\. No retries or retries exhausted|\bUNEXPECTED POOL ERROR\b|\bSomething went wrong in the connector\b|\bFailure in sandbox pipeline\b|\bAn unhandled error occurred while syncing\b|\bfailed to flush (?:the )?(?:chunk|buffer)\b|\bchunk \S{1,120} cannot be retried\b|\b(?:Next )?retry(?:ing)? in (?:\d+(?:\.\d+)?|<num>) ?(?:s|ms|secs?|seconds?|minutes?)\b|\b(?:Command|Process|Subprocess|Script) (?:failed|exited)\b[^\n]{0,40}?\b(?:return|exit) (?:code|status)\b|\breturned non-zero exit status\b|\bwas unable to connect to the (?:specified |configured |target )?(?:database|warehouse|data ?source)\b|\bno upstream connections available\b|\bfailed to (?:fetch|push|upload|download) some (?:objects|files)\b|\bTask is being killed and will not recover until manually restarted\b|,? see (?:the )?(?:above|previous (?:errors?|messages?|lines?))\.?$|\bFailed to retrieve state\b|\b(?:messages?|events?) dropped because they failed to be sent\b|\bToo many errors for endpoint\b/i;

export function statesFailureWithoutCause(message: string): boolean {
  return FAILURE_WITHOUT_CAUSE.test(message);
}
