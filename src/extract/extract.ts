import type { LineFormat, LogEvent, Signals } from '../types.js';
import type { FieldShape } from '../providers/provider.js';
import { addTo, emptySignals, mayBeError } from './signals.js';
import { isEntityIdKey, Role } from './keys.js';
import { DEFAULT_LEXICON, type Lexicon } from './lexicon.js';
import { parseLogfmt, looksLikeLogfmt } from './logfmt.js';
import { parseRubyHash } from './ruby-hash.js';
import { codesFromProse, statusFromText, textSignals } from './text.js';
import { airbyteView } from './engines/airbyte.js';
import { hostDestination, mayNameHost } from './host.js';
import { awsServiceOfText } from './aws.js';
import { condenseTrace } from '../events/joiner.js';
import { FAILURE_PROSE, hasExceptionLine, isErrorValuePresent, levelFromNumber, normaliseLevel, outcomeValue } from '../vocabulary.js';

/** Bounds that keep one hostile line (deep nesting, a million keys, a 100 MB body) cheap. */
export const LIMITS = {
  /** Longest message haystack kept for rule matching. */
  messageChars: 4096,
  /** Longest single string value read from a body. */
  valueChars: 2048,
  /** Object/array nodes visited per line. */
  nodes: 2000,
  /** Nesting depth followed. */
  depth: 24,
  /** Largest JSON string re-parsed when a body is JSON encoded inside a string. */
  embeddedJsonChars: 256 * 1024,
  /** Items of a batch line classified one by one. */
  items: 50,
  codes: 32,
  fields: 16,
};

/**
 * A Java / .NET / Node / PHP (`#0 /app/x.php(55): call()`) / Ruby stack frame at the start of a line:
 * those runtimes print the exception's message above its frames. (Python prints it below the
 * traceback, so a line above a traceback is another message.)
 */
const STACK_FRAME = /^\s*(?:at [\w$.<>\[\]]+\([^()\n]*(?::\d+|Native Method|Unknown Source)\)|at .+ in .+:line \d+|at .+:\d+:\d+\)?$|#\d{1,4} (?:[^\n(]{1,400}\(\d+\): |\[internal function\]: )|(?:from )?[^\s:]{1,300}\.rb:\d+:in [`'])/m;

/** PowerShell's error record under its message: `At C:\…\sync.ps1:159 char:9`. */
const PS_POSITION = /^At [^\n]{1,300}:\d+ char:\d+\s*$/m;

/** A head that only labels what follows (`Stack:`) or notes a cut (`[… truncated …]`): no message of its own. */
const LABEL_HEAD = /^[^\n]*:[ \t]*(?:\n|$)|^\s*\[[^\n]*\][ \t]*(?:\n|$)/;

/**
 * An event → signals: its text read by extract; when that names no destination, the frames the
 * event stage left out may (the SDK in the stack: `site-packages/tap_pipedrive/cli.py`,
 * `io.confluent.connect.elasticsearch.…`, `vendor/stripe/stripe-php/…`).
 */
export function extractEvent(e: LogEvent, lex: Lexicon = DEFAULT_LEXICON): Signals {
  const s = extract(e.text, lex, e.prefixEnd, e.prefixLevel);
  if (!s.exception && raisedByShape(e, s)) {
    const wasError = mayBeError(s);
    s.exception = true;
    // Found an error only now (its head was logged at INFO): its text names the destination as on any error.
    if (!wasError && s.destination === null) s.destination = lex.providers.fromText(e.text.length > LIMITS.messageChars ? e.text.slice(0, LIMITS.messageChars) : e.text);
  }
  if (s.destination === null && e.frames !== undefined && e.frames.length > 0 && mayBeError(s)) s.destination = lex.providers.fromText(e.frames);
  return s;
}

/** An event that states an exception by the lines the event stage joined to it, though its head states none. */
function raisedByShape(e: LogEvent, s: Signals): boolean {
  if (s.success === true || (s.status !== null && s.status < 400)) return false;
  // A Python traceback's closing line is the exception raised, whatever its class is called
  // (`telegram.error.RetryAfter: Flood control exceeded`).
  if (e.raised === true) return true;
  if (s.level !== null || e.frames === undefined || e.frames.length === 0) return false;
  // A message with a stack trace under it and no level of its own is what an exception printed
  // (a wrapper cut its class off: "The driver has not received any packets…" then `at` frames).
  if (STACK_FRAME.test(e.frames)) return !LABEL_HEAD.test(e.text);
  // PowerShell's error record follows a cmdlet's header dump as well as a message: only a head
  // that says it failed is an exception.
  if (!PS_POSITION.test(e.frames)) return false;
  const nl = e.text.indexOf('\n');
  return FAILURE_PROSE.test(nl === -1 ? e.text : e.text.slice(0, nl));
}

/**
 * line → signals. JSON is parsed only when the line starts with "{" or "["; logfmt only when it
 * starts with key=; everything else is free text, searched for an embedded JSON body.
 * Stateless; the pipeline uses an Extractor (extractor.ts), which adds the shape shortcut.
 */
export function extract(text: string, lex: Lexicon = DEFAULT_LEXICON, prefixEnd = -1, prefixLevel: string | null = null): Signals {
  const c = firstNonSpace(text);
  if (c === 123 /* { */ || c === 91 /* [ */) {
    const parsed = tryParse(text);
    if (parsed !== undefined && parsed !== null && typeof parsed === 'object') return fromParsed(parsed, lex);
    // Logstash's own log lines before 6.0: a Ruby hash (`{:message=>"…", :level=>:error}`).
    const hash = c === 123 ? parseRubyHash(text, LIMITS.nodes) : null;
    if (hash !== null) return fromPairs(hash, text, lex, 'ruby-hash');
  }
  return extractNonJson(text, lex, prefixEnd, prefixLevel);
}

/** A record already split into named values (a CSV export row): signals as from a JSON line. */
export function extractRecord(values: Record<string, string>, lex: Lexicon = DEFAULT_LEXICON): Signals {
  return fromParsed(values, lex, 'csv');
}

function fromParsed(parsed: object, lex: Lexicon, format: LineFormat = 'json'): Signals {
  const s = emptySignals(format);
  const view = Array.isArray(parsed) ? null : airbyteView(parsed as Record<string, unknown>);
  rootWalker.reset(s, lex).root(view ?? parsed);
  finish(s, null, lex);
  return s;
}

/** A line read as key/value pairs (logfmt, a Ruby hash); its raw text is searched as a text line's is. */
function fromPairs(pairs: Record<string, unknown>, text: string, lex: Lexicon, format: LineFormat): Signals {
  const s = emptySignals(format);
  new Walker(s, lex).root(pairs);
  finish(s, text, lex);
  return s;
}

function extractNonJson(text: string, lex: Lexicon, prefixEnd: number, prefixLevel: string | null): Signals {
  if (text.indexOf('\u0000') !== -1) return binarySignals();
  if (looksLikeLogfmt(text)) return fromPairs(parseLogfmt(text, LIMITS.nodes, lex.keys), text, lex, 'logfmt');
  const s = emptySignals('text');
  let embeddedAt = embeddedJsonStart(text);
  let trailer = '';
  if (embeddedAt !== -1) {
    const parsed = parseEmbedded(text, embeddedAt);
    // Not JSON after all (a Python repr, a bracketed list), or a list of plain values (the
    // `["message"]` field of Go's pingcap/log format): no body, the whole text stays the message.
    if (parsed !== undefined && !isPlainList(parsed.value)) {
      embeddedAt = parsed.at;
      trailer = parsed.trailer ?? '';
      new Walker(s, lex).root(parsed.value, 1);
    } else embeddedAt = -1;
  }
  if (embeddedAt === -1) {
    // A body printed as a JSON string (`body: "{\"error_summary\": …}"`, a console's or an SDK's dump).
    const quoted = quotedJsonBody(text);
    // Only an error's body: a record's payload dumped as a string (Fluentd's `record={"log"=>"{\"…`) is no answer.
    if (quoted !== null && saysItFailed(quoted.value, lex)) {
      embeddedAt = quoted.at;
      new Walker(s, lex).root(quoted.value, 1);
    }
  }
  // A body cut short (a paste that ends mid-dump) does not parse, but an error key with a value
  // still says what it is; so do the fields of a Java exception's toString (Salesforce's
  // AsyncApiException `exceptionCode='InvalidSessionId' exceptionMessage='…'`).
  if (embeddedAt === -1 && (text.indexOf('"') !== -1 || text.indexOf('xception') !== -1 || text.indexOf('fault') !== -1) && ERROR_FIELD_IN_TEXT.test(text.length > 4096 ? text.slice(0, 4096) : text)) s.errorKey = true;
  textSignals(text, s, embeddedAt, lex, prefixEnd, prefixLevel, trailer);
  finish(s, text, lex);
  return s;
}

const ERROR_FIELD_IN_TEXT = /"(?:error|errors|errorMessage|error_message|exception|fault)"\s*:\s*(?:"[^"\s]|\{\s*"|\[\s*[{"])|\b(?:exceptionCode|exceptionMessage|faultCode|faultString)\s*[=:]\s*['"]?[A-Za-z]/;

/**
 * An object whose every key is no key the lexicon knows and every value a list of sentences: a
 * validation body keyed by field (`{"email": ["Enter a valid email address."], "zip": ["…"]}`).
 */
function isFieldMessageMap(value: unknown, lex: Lexicon): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  let n = 0;
  let sentence = false;
  for (const key in value as Record<string, unknown>) {
    const v = (value as Record<string, unknown>)[key];
    if (++n > LIMITS.fields || lex.keys.has(key) || !Array.isArray(v) || v.length === 0 || v.length > 8) return false;
    for (const m of v) {
      if (typeof m !== 'string') return false;
      if (m.indexOf(' ') !== -1) sentence = true;
    }
  }
  return n > 0 && sentence;
}

/** An array with no object or array in it: words, not a response body. */
function isPlainList(v: unknown): boolean {
  return Array.isArray(v) && v.every((x) => x === null || typeof x !== 'object');
}

/**
 * A line with NUL bytes is binary data, not a log line: whatever digits or words it happens to
 * contain must not become a finding. It is kept, counted and shown as one unrecognised cause.
 */
export const BINARY_MESSAGE = 'binary data (NUL bytes), not a log line';

function binarySignals(): Signals {
  const s = emptySignals('text');
  s.message = BINARY_MESSAGE;
  s.level = 'error';
  return s;
}

export function finish(s: Signals, rawText: string | null, lex: Lexicon = DEFAULT_LEXICON): void {
  if (s.message.length > LIMITS.messageChars) s.message = s.message.slice(0, LIMITS.messageChars);
  // A status stated only in prose ("Request failed with status code 401") still counts.
  // Prose is searched only on lines that may be errors: most lines are successes and must stay cheap.
  if (s.message.length > 0 && (s.format === 'text' || mayBeError(s))) {
    if (s.status === null && s.format !== 'text') s.status = statusFromText(s.message);
    if (s.codes.length === 0) codesFromProse(s.message, s);
  }
  // The destination matters for a record's key and for an error's group: not for a debug line.
  // A batch answer's items may have failed under a 2xx or a "COMPLETE" status: it names its API too.
  if (s.destination === null) {
    const failing = mayBeError(s) || reportsAnErrorCode(s);
    // A text line that calls a URL names the API its neighbours' failures came from (`hub checkout
    // https://github.com/…` above "Unauthorized (HTTP 401)"): the input lends it to them.
    const callsUrl = rawText !== null && rawText.indexOf('://') !== -1;
    const hay = failing || callsUrl || s.recordId !== null || s.items.length > 0 ? (rawText !== null ? rawText.slice(0, LIMITS.messageChars) : s.message) : '';
    if (hay.length > 0) {
      s.destination = lex.providers.fromText(hay);
      if (s.destination === null && failing) s.destination = calledService(hay, lex);
    }
  } else if (rawText !== null && mayBeError(s)) s.destination = lex.providers.refine(s.destination, rawText.slice(0, LIMITS.messageChars));
  for (const item of s.items) {
    if (item.status === null) item.status = s.status;
    if (item.destination === null) item.destination = s.destination;
    item.recordId ??= s.recordId;
    item.runId ??= s.runId;
    item.time ??= s.time;
    item.level ??= s.level;
    item.policy ??= s.policy;
    if (item.message.length > LIMITS.messageChars) item.message = item.message.slice(0, LIMITS.messageChars);
  }
}

/**
 * A provider's error code on a line whose level or status does not say it failed: an engine relays
 * a connector's backoff at INFO (Slack's `ratelimited`), and S3 answers some calls 200 with an
 * error ("Status Code: 200; Error Code: InternalError"), whose code says so by its name.
 */
function reportsAnErrorCode(s: Signals): boolean {
  if (s.codes.length === 0 || s.success === true) return false;
  return s.status === null || s.status >= 400 || s.codes.some((c) => c.indexOf('error') !== -1 || c.indexOf('exception') !== -1 || c.indexOf('fail') !== -1);
}

/**
 * A failing line's destination that no provider module names, by what it called: an API host
 * (developer.squareup.com is Square's: the name goes through the aliases), or an AWS service by its
 * endpoint, the IAM action it was denied or the Java SDK's error suffix.
 */
function calledService(hay: string, lex: Lexicon): string | null {
  const name = (mayNameHost(hay) ? hostDestination(hay) : null) ?? awsServiceOfText(hay);
  return name === null ? null : lex.providers.normalise(name);
}

function firstNonSpace(text: string): number {
  for (let i = 0; i < text.length && i < 64; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return c;
  }
  return -1;
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Where a JSON body embedded in free text starts: the first `{"` or `[{` (whitespace allowed between), else -1. */
const EMBEDDED_START = /[{[]\s*["{]/;

function embeddedJsonStart(text: string): number {
  const m = EMBEDDED_START.exec(text.length > LIMITS.embeddedJsonChars ? text.slice(0, LIMITS.embeddedJsonChars) : text);
  return m === null ? -1 : m.index;
}

/** Where a JSON string literal holding an object starts: `"{\"`. */
const QUOTED_BODY_START = '"{\\"';

/** The object inside a JSON string literal in free text, and where the literal starts; else null. */
function quotedJsonBody(text: string): Embedded | null {
  const at = text.indexOf(QUOTED_BODY_START);
  if (at === -1) return null;
  const end = stringLiteralEnd(text, at, Math.min(text.length, at + LIMITS.embeddedJsonChars));
  if (end === -1) return null;
  const inner = tryParse(text.slice(at, end + 1));
  if (typeof inner !== 'string') return null;
  const parsed = parseEmbedded(inner, 0);
  return parsed === undefined || parsed.value === null || typeof parsed.value !== 'object' || isPlainList(parsed.value) ? null : { value: parsed.value, at };
}

/** A parsed body that carries an error key or a failing status. */
function saysItFailed(value: unknown, lex: Lexicon): boolean {
  const scratch = emptySignals('text');
  new Walker(scratch, lex).root(value, 1);
  return (scratch.errorKey && scratch.success !== true) || (scratch.status !== null && scratch.status >= 400);
}

/** The closing quote of the JSON string literal opening at `at`, or -1 before `limit`. */
function stringLiteralEnd(text: string, at: number, limit: number): number {
  for (let i = at + 1; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */) i++;
    else if (c === 34 /* " */) return i;
  }
  return -1;
}

/** A trailer worth reading: words, not closing punctuation or a bare id. */
const TRAILER_WORDS = /[A-Za-z]{3,}[^\n]{0,200}[A-Za-z]{3,}/;

/** Between a request's payload and the answer: an arrow, a status, "response"/"returned". */
const BEFORE_ANSWER = /->|=>|\b[45]\d\d\b|\bresponse\b|\breturned\b/i;

/** A JSON body found in free text, and where it starts. */
interface Embedded {
  value: unknown;
  at: number;
  /**
   * Text after the first balanced object when the whole did not parse and no answer body followed
   * it: what a client printed after the request's payload (`POST /teams {…} [ { message: 'Access
   * denied' } ]`, a `util.inspect` dump), read as prose.
   */
  trailer?: string;
}

/**
 * Parses the JSON that starts at `at`, allowing trailing text after the last closing bracket.
 * When that is not JSON, the first balanced object is; unless it is the request's own payload and
 * the answer follows after a status or an arrow (`POST /x {"path":…} -> [401] {"error_summary":…}`).
 */
function parseEmbedded(text: string, at: number): Embedded | undefined {
  const open = text.charCodeAt(at);
  const close = open === 123 ? '}' : ']';
  const end = text.lastIndexOf(close);
  if (end <= at || end - at > LIMITS.embeddedJsonChars) return undefined;
  const whole = tryParse(text.slice(at, end + 1));
  if (whole !== undefined) return { value: whole, at };
  // "… Body: {...} (request id …)" with braces in the trailer: fall back to the first balanced object.
  const balanced = balancedEnd(text, at, end);
  if (balanced === -1) return undefined;
  const rest = text.slice(balanced + 1, balanced + 201);
  const next = EMBEDDED_START.exec(rest);
  if (next !== null && BEFORE_ANSWER.test(rest.slice(0, next.index))) {
    const answer = parseEmbedded(text, balanced + 1 + next.index);
    if (answer !== undefined) return answer;
  }
  const first = tryParse(text.slice(at, balanced + 1));
  if (first === undefined) return undefined;
  const trailer = rest.trim();
  return TRAILER_WORDS.test(trailer) ? { value: first, at, trailer } : { value: first, at };
}

function balancedEnd(text: string, at: number, limit: number): number {
  let depth = 0;
  let inString = false;
  for (let i = at; i <= limit; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/**
 * Keys whose URL value may name the API: a type URL (Google's error details, JSON-LD) and an error
 * body's documentation link (GitHub's `documentation_url`, which GoCardless and Paddle bodies carry
 * too: the link's host tells them apart).
 */
const URL_NAMING_KEYS: ReadonlySet<string> = new Set(['@type', 'documentation_url']);

/**
 * Keys that no role claims but whose value the walker reads all the same: error keys, the type
 * URL, `<entity>_id` spellings (a record id when no record-id key is found). Line shapes never
 * take such a value for one that may differ.
 */
export function readsValueWithoutRole(key: string): boolean {
  return ERROR_KEYS.has(key) || URL_NAMING_KEYS.has(key) || isEntityIdKey(key);
}

/** Keys whose non-empty value says the line reports an error, whatever its level or status. */
// QuickBooks, Xero and JSON-ified SOAP spell them capitalised: `{"Fault":{"Error":[…]}}`.
export const ERROR_KEYS = new Set(['error', 'errors', 'fault', 'exception', 'odata.error', 'error_message', 'errorMessage', 'failures', 'failure', 'Error', 'Errors', 'Fault', 'Exception']);




/** Arrays whose elements may be independent per-record results (batch / 207 / collections). */
/** Keys whose list of strings is messages (Cosmos DB and the Azure storage SDKs spell it `Errors`; Klarna and Jira `error_messages` / `errorMessages`). */
const MESSAGE_LIST_KEYS: ReadonlySet<string> = new Set(['errors', 'Errors', 'messages', 'error_messages', 'errorMessages']);
const ERROR_LIST_KEYS = new Set(['errors', 'results', 'failures', 'validationResults', 'failed', 'body', 'response', 'data', 'compositeResponse', 'items', 'records', '']);

/**
 * Walks a parsed body once, depth- and node-bounded, filing each value under the role its key
 * names. Top-level metadata (destination, record id, run id, time, level) is read only near the
 * top, so a record payload nested in the body cannot pose as the log's own metadata.
 */
class Walker {
  private nodes = 0;
  private statusDepth = Infinity;
  /** Messages found, joined with " | " as they come (no array per line). */
  private messages = '';
  private hint: string | null = null;
  private embeddedMessage: string | null = null;
  private embeddedDepth = 0;
  private runIdIsRun = false;
  /** A `<entity>_id` value near the top: the record id when no explicit record id key is found. */
  private entityId: string | null = null;

  constructor(
    private s: Signals,
    private lex: Lexicon,
  ) {}

  /** Readies this walker for another line (the per-line path reuses one walker). */
  reset(s: Signals, lex: Lexicon): this {
    this.s = s;
    this.lex = lex;
    this.nodes = 0;
    this.statusDepth = Infinity;
    this.messages = '';
    this.hint = null;
    this.embeddedMessage = null;
    this.runIdIsRun = false;
    this.entityId = null;
    return this;
  }

  root(value: unknown, depth = 0): void {
    // Django REST Framework's (and Rails' bare) validation body: field → its messages, nothing else
    // (`{"parcel": ["This field is required."]}`).
    if (isFieldMessageMap(value, this.lex)) this.fieldErrors(value as Record<string, unknown>);
    this.walk(value, depth, '');
    if (this.s.recordId === null && this.entityId !== null) this.s.recordId = this.entityId;
    this.readEmbeddedMessage();
    this.flushMessages();
    this.applyHints();
  }

  private readEmbeddedMessage(): void {
    const v = this.embeddedMessage;
    if (v === null || this.s.fields.length > 0) return;
    const at = v.indexOf('[{');
    const inner = parseEmbedded(v, at === -1 ? v.indexOf('{"') : at);
    if (inner !== undefined) this.walk(inner.value, this.embeddedDepth, 'validationResults');
  }

  private applyHints(): void {
    if (this.s.destination === null && this.hint === null) {
      for (const c of this.s.codes) {
        const h = this.lex.providers.codeHint(c);
        if (h !== undefined) {
          this.hint = h;
          break;
        }
      }
    }
    // A body key names the provider that rules others (Meta's fbtrace_id); its message may name which.
    if (this.s.destination === null) this.s.destination = this.hint === null || this.s.message.length === 0 ? this.hint : this.lex.providers.refine(this.hint, this.s.message);
  }

  walk(value: unknown, depth: number, parentKey: string): void {
    if (++this.nodes > LIMITS.nodes || depth > LIMITS.depth) return;
    if (Array.isArray(value)) {
      const batch = ERROR_LIST_KEYS.has(parentKey) && value.length > 1 && depth <= 3;
      const n = Math.min(value.length, LIMITS.nodes);
      for (let i = 0; i < n && this.nodes <= LIMITS.nodes; i++) {
        const v = value[i];
        if (typeof v === 'string') {
          if (parentKey === 'fields' || parentKey === 'propertyName' || parentKey === 'propertyNames') this.addField(v);
          else if (MESSAGE_LIST_KEYS.has(parentKey)) this.addMessage(v);
        } else if (v !== null && typeof v === 'object') {
          if (batch && this.s.items.length < LIMITS.items) this.item(v, depth + 1);
          this.walk(v, depth + 1, parentKey);
        }
      }
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const obj = value as Record<string, unknown>;
    for (const key in obj) this.visit(key, obj[key], depth, obj);
  }

  /** One key of an object: files its value under the key's role. */
  private visit(key: string, v: unknown, depth: number, obj: Record<string, unknown>): void {
    // Error keys all start with e, f, o, E or F: one char test keeps the set lookup off most keys.
    const c0 = key.charCodeAt(0);
    if ((c0 === 101 || c0 === 102 || c0 === 111 || c0 === 69 || c0 === 70) && depth <= 1 && !this.s.errorKey && ERROR_KEYS.has(key) && isErrorValuePresent(v)) this.s.errorKey = true;
    const role = this.lex.keys.get(key);
    const shapes = this.lex.providers.fieldShapes.get(key);
    if (shapes !== undefined) this.shapedField(shapes, v, obj);
    if (this.hint === null && (role === undefined || role === Role.Policy || role === Role.Code || role === Role.Message) && this.s.destination === null) {
      this.hint = this.lex.providers.bodyKey(key) ?? null;
    }
    if (role === undefined) {
      // Google's error details name their API by type URL (`type.googleapis.com/google.ads.googleads.v17.errors.GoogleAdsFailure`).
      if (URL_NAMING_KEYS.has(key) && typeof v === 'string' && this.hint === null && this.s.destination === null) this.hint = this.lex.providers.fromText(v.slice(0, 256));
      if (v !== null && typeof v === 'object') this.walk(v, depth + 1, key);
      else if (depth <= 1 && this.entityId === null && (typeof v === 'string' || typeof v === 'number') && isEntityIdKey(key)) {
        const id = String(v);
        if (id.length > 0 && id.length <= 256) this.entityId = id;
      }
      else if (typeof v === 'string' && looksLikeJson(v)) this.embedded(v, depth);
      return;
    }
    this.file(role, key, v, depth, obj);
  }


  /** A field named in a provider's own shape (Provider.fieldShapes), told by the key beside it. */
  private shapedField(shapes: FieldShape[], v: unknown, obj: Record<string, unknown>): void {
    for (const shape of shapes) {
      if (!(shape.beside in obj) || (shape.equals !== undefined && obj[shape.beside] !== shape.equals)) continue;
      if (shape.keysAreFields !== true) {
        if (typeof v === 'string') this.addField(v);
      } else if (v !== null && typeof v === 'object' && !Array.isArray(v)) for (const f in v) this.addField(f);
    }
  }

  private file(role: Role, key: string, v: unknown, depth: number, obj: Record<string, unknown>): void {
    const s = this.s;
    if (v !== null && typeof v === 'object') {
      // OData: "message": {"lang": "en", "value": "Insufficient privileges…"}.
      if (role === Role.Message && typeof (v as { value?: unknown }).value === 'string') {
        this.addMessage((v as { value: string }).value);
        return;
      }
      if (role === Role.RecordId && depth <= 1 && !Array.isArray(v)) {
        const id = (v as Record<string, unknown>).id ?? (v as Record<string, unknown>).Id;
        if ((typeof id === 'string' || typeof id === 'number') && s.recordId === null) s.recordId = String(id).slice(0, 256);
      }
      if (role === Role.FieldList || role === Role.Field) {
        if (Array.isArray(v)) for (const f of v) if (typeof f === 'string') this.addField(f);
        return;
      }
      // Shopify / Rails: "errors": {"title": ["can't be blank"]}: field → messages.
      if (key === 'errors' && !Array.isArray(v)) this.fieldErrors(v as Record<string, unknown>);
      this.walk(v, depth + 1, key);
      return;
    }
    switch (role) {
      case Role.Status:
        if (typeof v === 'number') this.setStatus(v, depth);
        else if (typeof v === 'string') {
          const n = v.length === 3 ? Number(v) : NaN;
          if (n >= 100 && n <= 599) this.setStatus(n, depth);
          else {
            // "status": "rejected" / "succeeded" (export rows, job results) is an outcome, not a code.
            const outcome = depth <= 1 ? outcomeValue(v) : null;
            if (outcome !== null) {
              if (s.success === null) s.success = outcome;
            } else this.addCode(v);
          }
        }
        return;
      case Role.Code:
        if (typeof v === 'string') {
          if (key === 'title' && v.indexOf(' ') !== -1) {
            // Mailchimp and JSON:API titles ("Member Exists") are codes and messages at once.
            this.addCode(v);
            this.addMessage(v);
          } else if (key === '__type') {
            // AWS's JSON protocols (DynamoDB, Kinesis, CloudWatch Logs): "com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException".
            this.addCode(v.slice(v.lastIndexOf('#') + 1));
          } else this.addCode(v);
        } else if (typeof v === 'number' && key !== 'type') {
          // A numeric `code` is read as the HTTP status only when it is a failing one: below 400 it is
          // far more often the provider's own code (Meta 190 token expired, 200 permission) than a status.
          // Deeper, only in Google's envelope (`{"error":{"code":400,"message":…,"errors":[{"domain",
          // "reason"}]}}` or with a gRPC `status`), where `code` is documented as the HTTP status.
          if (v >= 400 && v <= 599 && key === 'code' && (depth <= 1 || (depth <= 3 && isGoogleEnvelope(obj)))) this.setStatus(v, depth + 1);
          this.addCode(String(v));
        }
        return;
      case Role.CodeOrMessage:
        if (typeof v === 'string') {
          if (v.length <= 64 && v.indexOf(' ') === -1) this.addCode(v);
          else if (looksLikeJson(v)) this.embedded(v, depth);
          else this.addMessage(v);
        }
        return;
      case Role.Message:
        if (typeof v === 'string') {
          this.addMessage(v);
          // HubSpot puts a JSON array of validation results inside its message text. It is read
          // after the walk, and only if the body's own keys (errors[].context) named no field.
          if (this.embeddedMessage === null && v.length < LIMITS.embeddedJsonChars && (v.indexOf('[{') !== -1 || v.indexOf('{"') !== -1)) {
            this.embeddedMessage = v;
            this.embeddedDepth = depth + 1;
          }
        }
        return;
      case Role.Field:
        // A JSON Pointer under any field key (JSON:API `pointer`, PayPal `details[].field`, RFC 9457 `#/email`).
        if (typeof v === 'string') this.addField(key === 'pointer' || v.charCodeAt(0) === 47 || v.startsWith('#/') ? fieldFromPointer(v) : v);
        return;
      case Role.FieldList:
        // Hightouch exports put the row's data, as JSON text, in a "fields" column: not a field name.
        if (typeof v === 'string' && !looksLikeJson(v)) this.addField(v);
        return;
      case Role.Body:
        if (typeof v === 'string') {
          if (looksLikeJson(v)) this.embedded(v, depth);
          else if (key !== 'source' && key !== 'data') this.addMessage(v);
        }
        return;
      case Role.Policy:
        if (typeof v === 'string' && s.policy === null) s.policy = v.toLowerCase();
        return;
      case Role.Trace:
        // A stack trace held in one value: its exception lines name the error, its frames do not.
        if (typeof v === 'string' && v.length > 0) {
          const condensed = condenseTrace(v);
          if (condensed.length > 0) this.addMessage(condensed);
          if (!s.exception && hasExceptionLine(condensed)) s.exception = true;
        }
        return;
      case Role.EngineLabel:
        if (typeof v === 'string' && s.engineLabel === null && v.length > 0) s.engineLabel = v.toLowerCase().slice(0, 64);
        return;
      default:
        if (depth <= 1) this.meta(role, v, key);
    }
  }

  private meta(role: Role, v: unknown, key: string): void {
    const s = this.s;
    const str = typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : null;
    if (str === null) return;
    switch (role) {
      case Role.Destination:
        if (s.destination === null) s.destination = this.lex.providers.normalise(str);
        return;
      case Role.RecordId:
        if (s.recordId === null && str.length > 0) s.recordId = str.slice(0, 256);
        return;
      case Role.RunId:
        // A run's own id (sync_run_id, run_id) names the run better than its sync's or job's.
        if (str.length > 0 && (s.runId === null || (!this.runIdIsRun && isRunKey(key)))) {
          s.runId = str.slice(0, 256);
          this.runIdIsRun = isRunKey(key);
        }
        return;
      case Role.Time:
        if (s.time === null) s.time = typeof v === 'number' ? epochToIso(v) : str.slice(0, 64);
        return;
      case Role.Level:
        if (s.level === null) s.level = typeof v === 'number' ? levelFromNumber(v) : (normaliseLevel(str) ?? str.toLowerCase().slice(0, 16));
        return;
      case Role.Success:
        if (s.success === null) s.success = outcomeValue(v);
        return;
      case Role.Url:
        if (s.destination === null && this.hint === null) this.hint = this.lex.providers.fromText(str);
        return;
    }
  }

  private setStatus(n: number, depth: number): void {
    if (n >= 100 && n <= 599 && Number.isInteger(n) && depth < this.statusDepth) {
      this.s.status = n;
      this.statusDepth = depth;
    }
  }

  private addCode(v: string): void {
    const codes = this.s.codes;
    if (v.length === 0 || v.length > 128 || codes.length >= LIMITS.codes) return;
    const c = v.toLowerCase();
    if (!codes.includes(c)) addTo(this.s, 'codes', c);
  }

  private addMessage(v: string): void {
    if (v.length === 0 || this.messages.length >= LIMITS.messageChars) return;
    const m = v.length > LIMITS.valueChars ? v.slice(0, LIMITS.valueChars) : v;
    this.messages = this.messages.length === 0 ? m : `${this.messages} | ${m}`;
  }

  private addField(v: string): void {
    const f = v.trim();
    if (f.length === 0 || f.length > 128 || this.s.fields.length >= LIMITS.fields) return;
    if (!this.s.fields.includes(f)) addTo(this.s, 'fields', f);
  }

  private fieldErrors(errors: Record<string, unknown>): void {
    let n = 0;
    for (const f in errors) {
      const msgs = errors[f];
      if (++n > LIMITS.fields) return;
      const first = Array.isArray(msgs) ? msgs[0] : msgs;
      if (typeof first !== 'string') continue;
      if (f !== 'base') this.addField(f);
      this.addMessage(f === 'base' ? first : `${f} ${first}`);
    }
  }

  private embedded(v: string, depth: number): void {
    if (v.length > LIMITS.embeddedJsonChars) {
      this.addMessage(v);
      return;
    }
    const parsed = tryParse(v);
    if (parsed !== undefined && parsed !== null && typeof parsed === 'object') this.walk(parsed, depth + 1, 'body');
    else this.addMessage(v);
  }

  /** One element of a batch result list, extracted on its own so it can be classified on its own. */
  private item(v: object, depth: number): void {
    const itemSignals = emptySignals(this.s.format);
    const w = new Walker(itemSignals, this.lex);
    w.nodes = this.nodes;
    w.walk(v, depth, '');
    w.readEmbeddedMessage();
    w.flushMessages();
    // An element is a result of its own only when it carries its own code or status: the
    // {field, message} entries of one validation error are parts of one result, not items.
    if (itemSignals.codes.length > 0 || itemSignals.status !== null) addTo(this.s, 'items', itemSignals);
  }

  private flushMessages(): void {
    if (this.messages.length > 0) {
      this.s.message = this.s.message.length > 0 ? `${this.s.message} | ${this.messages}` : this.messages;
    }
  }
}

function isRunKey(key: string): boolean {
  return key.indexOf('run') !== -1 || key.indexOf('Run') !== -1;
}

/** Google's JSON error envelope (cloud.google.com/apis/design/errors): a message beside the code, and the v1 `errors[]` list or the gRPC status name. */
function isGoogleEnvelope(obj: Record<string, unknown>): boolean {
  if (typeof obj.message !== 'string') return false;
  const errors = obj.errors;
  if (Array.isArray(errors)) {
    const first: unknown = errors[0];
    return first !== null && typeof first === 'object' && 'reason' in first && 'domain' in first;
  }
  return typeof obj.status === 'string' && /^[A-Z]+(?:_[A-Z]+)*$/.test(obj.status);
}

function looksLikeJson(v: string): boolean {
  const c = v.charCodeAt(0);
  return (c === 123 || c === 91) && v.length > 1;
}

/**
 * JSON:API "/data/attributes/email" → "email", "#/email" → "email"; a pointer at the document itself
 * ("/data/") names no field, and neither does a value that is not a JSON Pointer (RFC 6901: it starts
 * with "/").
 */
function fieldFromPointer(pointer: string): string {
  // A URI fragment pointer (`#/email`, RFC 9457 examples) is the same pointer.
  const p = pointer.startsWith('#/') ? pointer.slice(1) : pointer;
  if (p.charCodeAt(0) !== 47 /* / */) return '';
  const i = p.lastIndexOf('/');
  const f = i === -1 ? p : p.slice(i + 1);
  return f === 'data' || f === 'attributes' ? '' : f;
}

function epochToIso(n: number): string | null {
  const ms = n > 1e12 ? n : n * 1000;
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** The walker of top-level lines, reused: extraction is synchronous and never re-entrant at the root. */
const rootWalker = new Walker(emptySignals('json'), DEFAULT_LEXICON);
