import type { LogEvent, Line } from '../types.js';
import { DBT_ERROR_HEAD, ERROR_LEVELS, isExceptionLine, QUIET_LEVELS } from '../vocabulary.js';
import { levelOfPrefix, splitPrefix, type Prefixed } from './prefix.js';

/**
 * lines → events. A failure is often spread over several physical lines: a Python traceback after
 * the line that logged it, Java `Caused by:` chains and `\tat` frames, .NET `--->` inner exceptions
 * and `   at` frames, PHP `Stack trace: #0 …`, Node `    at` frames and `util.inspect` dumps, Ruby
 * `\tfrom` backtraces, Go goroutine dumps, pretty-printed JSON bodies; often each line carries the
 * engine's prefix. The joiner holds one event open and decides, line by line, whether the next
 * line continues it. An event keeps its informative lines (head, exception lines, `Caused by`,
 * bodies) as its text and drops frames, so it is classified once, from what names the error.
 */

export interface EventLimits {
  /** Physical lines in one event; past it the event is closed and the next line starts another. */
  maxLines: number;
  /** Characters of kept text; past it further lines are counted but their text is not kept. */
  maxChars: number;
}

export const DEFAULT_EVENT_LIMITS: EventLimits = { maxLines: 2000, maxChars: 64 * 1024 };

/**
 * Lines that only continue an error: frames, traceback and chain headers, closing brackets, a paste's
 * `[...]`, libpq's message fields under an error (`DETAIL:`, `HINT:`, `LINE 1:`), a Node frame pasted
 * without its indentation (`at fn (/app/x.js:1:2)`), the .NET Google client's `Errors [` block,
 * MySQL Connector/J's second paragraph (`The last packet sent successfully to the server was …`).
 */
const CONTINUES =
  /^(?:Traceback \(most recent call last\)|[Cc]aused by:|Suppressed:|Stack trace:|#\d{1,4} |--- End of |---> |\(Inner Exception #|During handling of the above exception|The above exception was the direct cause|\.\.\. \d+ (?:more|common frames omitted)|goroutine \d+ \[|<class '|[}\])]{1,8}[,;]?\s*$|<\/[\w:.-]{1,80}>\s*$|(?:Class|Trigger)\.[\w.$]{1,200}: line \d+, column \d+|AnonymousBlock: line \d+|\[signal [A-Z]|The server responded with: |(?:Reason|HTTP response headers|HTTP response body): |At [^\n]{1,300}:\d+ char:\d+\s*$|\+ |[^\s:]{1,300}\.rb:\d+:in [`']|\[stacktrace\]\s*$|"\}\s*$|\s*\[?(?:\.\.\.|…)\]?\s*$|(?:DETAIL|HINT|CONTEXT|QUERY|WHERE):(?:\s|$)|Errors \[\s*$|LINE \d+: |The last packet (?:sent successfully to|successfully received from) the server was |at (?:[\w$.<>\[\] ]{1,200} \()?(?:file:\/\/|node:|\/|[A-Za-z]:\\|[\w.-]+\/)[^\s()]{0,400}:\d+:\d+\)?\s*$)/;

/**
 * Continuation lines whose text says nothing about the error: frames, headers, code excerpts. A
 * call printed with its arguments is a frame, unless its first argument is a body (Elixir's
 * `Poison.decode("<?xml …<Code>InvalidAccessKeyId</Code>…")` under the exception it raised).
 */
const FRAME =
  /^\s*(?:at |File "|At [^\n]{1,300}:\d+ char:\d+\s*$|\+\s{2,}\S|from [\w/\\.~-]|#\d{1,4} |\.\.\. \d+ |--- End of |Traceback \(most recent|Stack trace:|[\^~]+\s*$|in [\w/\\.:-]+:\d+\s*$|thrown in |goroutine \d+ \[|[\w/\\.-]+\.go:\d+|[\w.$]+\((?!"[<{])[^)]*\)\s*$|During handling of the above|The above exception was|\{main\}\s*$|<\/[\w:.-]{1,80}>\s*$|\[stacktrace\]\s*$|"\}\s*$|\[?(?:\.\.\.|…)\]?\s*$|(?:Class|Trigger)\.[\w.$]{1,200}: line \d+, column \d+|AnonymousBlock: line \d+|(?:\(\)\s+)?(?:[\w.-]{1,60} \([\w.]{1,30}\) )?[^\s:]{1,300}\.rb:\d+:in [`'][^'\n]{0,200}'\s*$)/;

/** Characters of left-out frames an event keeps, for naming its destination (extractEvent). */
const FRAMES_KEPT = 4096;

/**
 * Blank lines held while deciding whether the event goes on: an Apex exception e-mail or a
 * logger that puts a blank line before `caused by:` / `Traceback` continues across them.
 */
const MAX_HELD_BLANKS = 4;

/** A line of at least 60 characters cut after a word, one space left at its end. */
const SOFT_WRAPPED = /^.{58,}[^\s] $/;

/** An HTTP request line as a client library prints it under its exception. */
const REQUEST_LINE = /^(?:GET|POST|PUT|PATCH|DELETE|HEAD) https?:\/\/\S+\s*$/;
/**
 * A line that ends on an HTTP failure whose body the client prints next: Python requests'
 * "400 Client Error: Bad Request for url: https://…", Go oauth2's "cannot fetch token: 400 Bad Request"
 * (then "Response: {").
 */
const STATUS_BEFORE_BODY = /\b[45]\d\d (?:Client|Server) Error: .{0,200}\bfor url: \S+\s*$|\b[45]\d\d(?: [A-Z][A-Za-z-]{1,20}){1,4}\s*$/;
/** The body such a line announces: "Response: {", "Response body: [". */
const RESPONSE_BODY = /^Response(?: body)?: [{[]/;

/**
 * An XML document's opening on a line of its own (`<Error>`, `<?xml version="1.0"?>`,
 * `<ErrorResponse xmlns="…">`): S3, GCS and Azure print their error bodies one element a line.
 */
const XML_OPEN = /^(?:<\?xml [^<>]{0,200}\?>\s*)?(?:<([A-Za-z][\w:.-]{0,80})(?:\s[^<>]{0,400})?>)?\s*$/;

/** The line that closes a Python traceback: the exception's dotted class name, then its message or nothing. */
const PY_EXCEPTION = /^(?!File ")[A-Za-z_][\w.]{0,200}(?::(?:\s|$)|\s*$)/;

/** A Python source line echoed under a `File "…", line N` frame. */
const PY_FILE_FRAME = /^\s*File "/;

const enum State {
  Plain,
  /** A Python traceback is open: its closing exception line is part of the event. */
  Traceback,
  /** A Go goroutine dump: everything to the next blank line. */
  Goroutines,
  /** After a Python exception line or a Go panic: blank lines and a chained traceback or dump may follow. */
  AfterException,
}

export class EventJoiner {
  /** Physical lines whose text was not kept because their event passed maxChars. */
  eventOverflowLines = 0;
  /** Events closed at maxLines (the rest of their lines began new events). */
  splitEvents = 0;

  private readonly event: LogEvent = { input: '', lineNo: 0, text: '', truncated: false, lines: 0, prefixEnd: 0, prefixLevel: null };
  private open = false;
  private state = State.Plain;
  /** The last kept line ends with ":": a body follows (`… resulted in a 401 response:`). */
  private expectsBody = false;
  /** The head is a line Meltano relayed (its own fields after the plugin's text). */
  private headRelayed = false;
  /**
   * The head's whole prefix when its level is CRITICAL / FATAL: singer-python logs each line of a
   * fatal exception's message as a CRITICAL line of its own (handle_top_exception), so lines with
   * the very same prefix go on with it. Null otherwise: ERROR lines under one stamp may be many failures.
   */
  private fatalPrefix: string | null = null;
  /** The previous line was a `File "…"` frame: a deeper-indented source line follows. */
  private afterFileFrame = false;
  /** A code excerpt (`    ^`) was shown: Node prints the exception after it and a blank line. */
  private sawCaret = false;
  /** A Python traceback's exception line was taken: its message may go on over unstamped lines. */
  private pyMessage = false;
  /** dbt's error message ends at the first blank line (its run summary follows). */
  private blankEnds = false;
  /** The head line carries a timestamp: unstamped exception lines after it are its own. */
  private headStamped = false;
  /**
   * A stamped, levelled head that ends on a colon (`E0311 … Error running command '…' output:`):
   * the unstamped, unlevelled lines below it are what it announced, up to the next stamped line.
   */
  private headAnnounces = false;
  private readonly parts: Prefixed = { body: '', stamped: false, levelled: false, level: null, end: 0 };
  /** The head line's prefix carries a level: a relayed line under it without one is its continuation. */
  private headLevelled = false;
  /** The head's level is a quiet one (info, debug): a logger prints no exception under it. */
  private headQuiet = false;
  /** Leading spaces and tabs of the head line. */
  private headIndent = 0;
  /** The last line taken (its body): if it states an exception, the request it failed on may follow. */
  private lastBody = '';
  /** The previous physical line, whole (prefix too), for SOFT_WRAPPED; '' after a frame. */
  private lastLine = '';
  /** Brackets a JSON body in a text line left open (`… 403 Forbidden: {"error":{"root_cause":[{…`). */
  private json: JsonState = CLOSED;
  /** The line `parts` was split from: a line that does not continue the event is split once, not twice. */
  private partsOf: string | null = null;
  /** The root element of an XML body whose elements follow line by line, or null. */
  private xmlRoot: string | null = null;
  /**
   * Brackets left open by a JSON body printed under a relay's prefix (`[error] {` … `[error] }`):
   * the prefix takes the body's indentation, so its lines continue the event until they close.
   */
  private bodyDepth = 0;
  /** Blank lines after the open event, not yet known to belong to it. */
  private readonly held: Line[] = [];

  constructor(
    private readonly onEvent: (e: LogEvent) => void,
    private readonly limits: EventLimits = DEFAULT_EVENT_LIMITS,
  ) {}

  push(line: Line): void {
    if (this.held.length > 0) {
      this.afterHeldBlanks(line);
      return;
    }
    if (this.open && this.event.input === line.input && this.event.lines < this.limits.maxLines) {
      if (this.continues(line.text)) {
        this.append(line);
        return;
      }
      // A blank line may separate the event from its chain: hold it until the next line decides.
      // (Not an error level with nothing after it: that heads an event whose message is below it.)
      if (this.state === State.Plain && this.partsOf === line.text && isBlank(this.parts.body) && !opensBelow(line.text, this.parts)) {
        this.held.push({ ...line }); // a copy: the reader reuses its Line object
        return;
      }
    }
    if (this.open && this.event.lines >= this.limits.maxLines && this.continues(line.text)) this.splitEvents++;
    this.flush();
    this.start(line);
  }

  /** Emits the open event, then any held blank lines (end of input; `header`: the header row of a CSV export). */
  flush(header = false): void {
    if (!this.open) return;
    this.open = false;
    if (header) this.event.header = true;
    this.onEvent(this.event);
    if (header) delete this.event.header;
    if (this.held.length > 0) {
      // Blank lines that continued nothing are quiet events of their own, each counted.
      const e = this.event;
      for (const b of this.held) {
        e.input = b.input;
        e.lineNo = b.lineNo;
        e.text = b.text;
        e.truncated = b.truncated;
        e.lines = 1;
        e.prefixEnd = 0;
        e.prefixLevel = null;
        e.frames = '';
        e.raised = false;
        this.onEvent(e);
      }
      this.held.length = 0;
    }
  }

  /** The line after held blank lines: a chain line (`caused by:`, a traceback) continues the event across them. */
  private afterHeldBlanks(line: Line): void {
    const e = this.event;
    const sameInput = line.input === e.input;
    // Bodies, not whole lines: an engine may stamp every line it relays (Airbyte's LineGobbler).
    const body = line.text.charCodeAt(0) === 123 ? line.text : this.split(line.text).body;
    if (sameInput && this.held.length < MAX_HELD_BLANKS && isBlank(body)) {
      this.held.push({ ...line }); // a copy: the reader reuses its Line object
      return;
    }
    // After blank lines the event goes on with a chain line, or with a line indented deeper than
    // its head: the blocks of a multi-part error (facebook_business's Message / Status / Response
    // sections). A line indented like the head (a whole log pasted indented) starts a new event.
    const c0 = line.text.charCodeAt(0);
    if (sameInput && e.lines + this.held.length < this.limits.maxLines && c0 !== 123 && (indentOf(body) > this.headIndent || CONTINUES.test(body))) {
      e.lines += this.held.length;
      this.held.length = 0;
      this.append(line);
      return;
    }
    this.flush();
    this.start(line);
  }

  private start(line: Line): void {
    const e = this.event;
    e.input = line.input;
    e.lineNo = line.lineNo;
    e.text = line.text;
    e.truncated = line.truncated;
    e.lines = 1;
    e.raised = false;
    this.open = true;
    this.headIndent = 0;
    this.afterFileFrame = false;
    this.sawCaret = false;
    this.pyMessage = false;
    this.blankEnds = false;
    this.bodyDepth = 0;
    const c = line.text.charCodeAt(0);
    // The common case, a JSON line, opens nothing: only a body-announcing or traceback head does.
    if (c === 123 /* { */) {
      this.state = State.Plain;
      this.expectsBody = false;
      this.headAnnounces = false;
      this.headRelayed = false;
      this.fatalPrefix = null;
      this.headStamped = false;
      this.headLevelled = false;
      this.headQuiet = false;
      this.lastBody = '';
      this.lastLine = '';
      this.json = CLOSED;
      this.xmlRoot = null;
      // A lone "{" opens a pretty-printed body (a client's dump of the error object, or of a
      // record): its lines, up to the bracket that closes it, are one event, not one each.
      if (isBlank(line.text.slice(1))) this.bodyDepth = 1;
      e.prefixEnd = 0;
      e.prefixLevel = null;
      e.frames = '';
      return;
    }
    e.frames = '';
    const p = this.partsOf === line.text ? this.parts : this.split(line.text);
    const body = p.body;
    this.headIndent = indentOf(body);
    this.lastBody = body;
    this.lastLine = line.text;
    this.json = line.truncated ? CLOSED : jsonOpened(body, CLOSED);
    e.prefixEnd = p.end;
    this.headStamped = p.stamped;
    this.headLevelled = p.levelled;
    const level = p.level === null ? null : levelOfPrefix(p.level);
    this.headQuiet = level !== null && QUIET_LEVELS.has(level);
    this.fatalPrefix = level === 'fatal' && p.end > 0 ? line.text.slice(0, p.end) : null;
    e.prefixLevel = p.level;
    this.state = body.startsWith('Traceback (most recent call last)') ? State.Traceback : body.startsWith('panic: ') ? State.AfterException : State.Plain;
    // dbt prints an error's message on the lines under `Runtime Error in model x (path)`.
    this.blankEnds = DBT_ERROR_HEAD.test(body);
    if (this.blankEnds) {
      this.state = State.AfterException;
      this.pyMessage = true;
    }
    // An error level with nothing after it (Python's logger given an empty first line) says its
    // message on the unstamped lines below, as a head that announces a body does.
    this.expectsBody = announcesBody(body) || opensBelow(line.text, p);
    this.headAnnounces = p.stamped && p.levelled && this.expectsBody;
    this.headRelayed = line.text.indexOf(' cmd_type=') !== -1 && body !== line.text.slice(p.end);
    this.xmlRoot = body.charCodeAt(0) === 60 /* < */ ? xmlRootOf(body) : null;
  }

  private split(text: string): Prefixed {
    this.partsOf = text;
    return splitPrefix(text, this.parts);
  }

  /** Whether a physical line continues the open event. */
  private continues(text: string): boolean {
    const c = text.charCodeAt(0);
    // A JSON line is an event of its own, unless the head announced a body; a lone "{" right under
    // an exception or the request it failed on starts that error's pretty-printed body (Java's
    // GoogleJsonResponseException prints "403 Forbidden", the request, then its JSON).
    if (c === 123 /* { */) return this.expectsBody || (isBlank(text.slice(1)) && (REQUEST_LINE.test(this.lastBody) || STATUS_BEFORE_BODY.test(this.lastBody) || isExceptionLine(this.lastBody)));
    const p = this.split(text);
    const body = p.body;
    // A logger that writes a failure's every line under its CRITICAL prefix: they continue it, until
    // a Python traceback has closed on its exception line; after that, a line of the same prefix
    // that opens no chained traceback is a statement of its own ("CRITICAL Backoff gave up…").
    if (this.fatalPrefix !== null && p.end === this.fatalPrefix.length && text.startsWith(this.fatalPrefix)) {
      if (!(this.event.raised === true && this.state === State.AfterException) || PY_CHAIN.test(body)) return true;
    }
    if (body.length === 0 || isBlank(body)) {
      if (this.blankEnds) {
        this.state = State.Plain;
        return false;
      }
      // A blank line inside a traceback or a dump belongs to it; elsewhere it is its own quiet line.
      // So does one right after a line that announced a body ("The following error was returned:").
      return this.state !== State.Plain || this.sawCaret || this.afterFileFrame || this.expectsBody;
    }
    const b = body.charCodeAt(0);
    if (this.bodyDepth > 0) {
      this.bodyDepth += bracketBalance(body);
      return true;
    }
    // The same under a relay's prefix on every line (sbt's `[error] {`): the body of the failed request.
    if (b === 123 && !p.stamped && p.end > 0 && isBlank(body.slice(1)) && (REQUEST_LINE.test(this.lastBody) || STATUS_BEFORE_BODY.test(this.lastBody) || isExceptionLine(this.lastBody))) {
      this.bodyDepth = 1;
      return true;
    }
    // An XML error body printed under the exception or status line it explains (boto's
    // "BotoServerError: 403 Forbidden" then `<ErrorResponse xmlns="…">` one element a line).
    if (b === 60 && this.xmlRoot === null && !p.stamped && (STATUS_BEFORE_BODY.test(this.lastBody) || isExceptionLine(this.lastBody)) && XML_OPEN.test(body)) {
      this.xmlRoot = xmlRootOf(body) ?? '';
      return true;
    }
    // A line with its own time and level is the log going on: it ends a dump or a traceback that
    // lost its closing line (lines an engine relays carry a time but no level of their own).
    if (p.stamped && p.levelled && (this.state === State.Goroutines || this.state === State.Traceback)) return false;
    if (this.state === State.Goroutines) return true;
    if (b === 32 || b === 9) return true;
    // The elements of an XML body opened above, up to its closing tag.
    if (this.xmlRoot !== null && b === 60 /* < */) return true;
    if (this.state === State.AfterException) {
      // An SDK's multi-line exception text (twilio's "HTTP Error Your request was: … Twilio returned
      // the following information: …"): lines with no time or level of their own go on with it.
      if (this.pyMessage && !p.stamped && !p.levelled) return true;
      this.state = State.Plain;
    }
    if (CONTINUES.test(body)) return true;
    if (!p.stamped && RESPONSE_BODY.test(body) && STATUS_BEFORE_BODY.test(this.lastBody)) return true;
    if (this.state === State.Traceback) return true;
    // "…Exception: 403 Forbidden" (or a line ending on the status) then "GET https://…" then the
    // body: the request is the exception's.
    if (!p.stamped && REQUEST_LINE.test(body) && (isExceptionLine(this.lastBody) || STATUS_BEFORE_BODY.test(this.lastBody))) return true;
    // Unstamped lines in a stamped log: a body the head announced, or the exception a logger
    // (logback, log4j, Python logging) prints under its message line.
    // Not under a quiet head: a panic after an INFO line is a failure of its own.
    if (!p.stamped && (this.expectsBody || (((this.headStamped && !this.headQuiet) || this.sawCaret) && isExceptionLine(body)))) return true;
    if (this.headAnnounces && !p.stamped && !p.levelled) return true;
    // Meltano stamps and levels every line it relays from a plugin's stderr: a relayed line that
    // ends on a colon (`ProgrammingError: 002003 (02000): …: SQL compilation error:`) goes on in the
    // next relayed line of the same stream.
    if (this.expectsBody && this.headRelayed && text.indexOf(' cmd_type=') !== -1) return true;
    // An engine stamps every relayed line: the exception a connector's logger prints under its
    // levelled message line comes with a timestamp but no level of its own.
    if (p.stamped && this.headLevelled && !p.levelled && isExceptionLine(body)) return true;
    // A long line a terminal wrapped mid-sentence when it was pasted: it ends on one space and the
    // next line goes on in lower case ("…error message: Error " / "detected while parsing row…").
    // Its length counts the prefix too: the terminal wrapped the whole line.
    if (!p.stamped && !p.levelled && b >= 97 && b <= 122 && SOFT_WRAPPED.test(this.lastLine)) return true;
    // A JSON body that a line opened and did not close goes on, wrapped, on the unstamped lines
    // after it (a terminal's hard wrap of `{"error":{"root_cause":[…`), up to its closing bracket.
    if (!p.stamped && !p.levelled && b !== 123 && this.json.depth > 0) return true;
    return false;
  }

  private append(line: Line): void {
    const e = this.event;
    e.lines++;
    if (line.truncated) e.truncated = true;
    const body = line.text.charCodeAt(0) === 123 ? line.text : this.parts.body;
    if (body.length === 0 || isBlank(body)) {
      // Another goroutine, or a chained traceback, may follow the blank line.
      if (this.state === State.Goroutines) this.state = State.AfterException;
      return;
    }
    const keep = this.informative(body);
    this.track(body);
    if (!keep) {
      if (e.frames === undefined || e.frames.length < FRAMES_KEPT) e.frames = e.frames === undefined || e.frames.length === 0 ? body.slice(0, FRAMES_KEPT) : `${e.frames}\n${body.slice(0, FRAMES_KEPT)}`;
      return;
    }
    if (e.text.length + body.length + 1 > this.limits.maxChars) {
      this.eventOverflowLines++;
      return;
    }
    e.text = `${e.text}\n${body}`;
  }

  /** Updates the traceback / dump state after a continuation line. */
  private track(body: string): void {
    const b = body.charCodeAt(0);
    const indented = b === 32 || b === 9;
    if (body.startsWith('Traceback (most recent call last)')) this.state = State.Traceback;
    else if (body.startsWith('goroutine ')) this.state = State.Goroutines;
    else if (body.startsWith('During handling') || body.startsWith('The above exception')) this.state = State.AfterException;
    // A stamp on every relayed line (`docker logs -t`) takes the frames' indentation with it: a
    // `File "…"` frame and the source line under it do not close the traceback.
    else if (this.state === State.Traceback && !indented && !PY_FILE_FRAME.test(body)) {
      const raised = PY_EXCEPTION.test(body);
      if (raised || !this.afterFileFrame) {
        // The exception line closes a Python traceback; a chained one may follow.
        this.state = State.AfterException;
        this.pyMessage = true;
        if (raised) this.event.raised = true;
      }
    }
    this.afterFileFrame = PY_FILE_FRAME.test(body);
    if (this.xmlRoot !== null) {
      // `<?xml …?>` alone names no root: the next element does. The root's closing tag ends the body.
      if (this.xmlRoot === '') this.xmlRoot = xmlRootOf(body.trimStart());
      else if (body.trimEnd() === `</${this.xmlRoot}>`) this.xmlRoot = null;
    }
    // An indented frame is no line a request or a body follows; an indented message line is.
    this.lastBody = indented ? (FRAME.test(body) ? '' : body.trimStart()) : body;
    this.lastLine = indented ? '' : body;
    this.json = jsonOpened(body, this.json);
    if (/^\s*\^+\s*$/.test(body)) this.sawCaret = true;
    this.expectsBody = !indented && announcesBody(body) && !body.startsWith('Stack trace');
  }

  /** Whether a continuation line names the error (kept) or is a frame (counted, not kept). */
  private informative(body: string): boolean {
    // The source line Python echoes under a frame.
    if (this.afterFileFrame && (body.charCodeAt(0) === 32 || body.charCodeAt(0) === 9)) return false;
    return !FRAME.test(body);
  }
}

/** The root element a line opens an XML body with ('' for a lone declaration), or null when it opens none. */
function xmlRootOf(body: string): string | null {
  if (body.length > 700 || body.charCodeAt(1) === 47 /* / */) return null;
  const m = XML_OPEN.exec(body);
  if (m === null) return null;
  if (m[1] === undefined) return body.startsWith('<?xml') ? '' : null;
  return m[1];
}

/** Opening minus closing brackets of a line of a JSON body (bounded: a line is short or cut). */
function bracketBalance(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length && i < 4096; i++) {
    const c = s.charCodeAt(i);
    if (c === 123 || c === 91) n++;
    else if (c === 125 || c === 93) n--;
  }
  return n;
}

/**
 * The bracket depth of JSON in a text line, from the state after the line before: `{` and `[` open,
 * `}` and `]` close, strings skipped (a wrapped string goes on into the next line). A line that is
 * JSON itself (NDJSON, starting with `{`) opens nothing: it is read whole. Counting starts only at
 * `{"`, so prose with a stray bracket opens nothing either.
 */
function jsonOpened(body: string, before: JsonState): JsonState {
  let { depth, inString } = before;
  let from = 0;
  if (depth <= 0) {
    if (body.charCodeAt(0) === 123) return CLOSED;
    from = body.indexOf('{"');
    if (from === -1) return CLOSED;
    depth = 0;
    inString = false;
  }
  for (let i = from; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \\ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) {
      depth--;
      if (depth <= 0) return CLOSED;
    }
  }
  return { depth, inString };
}

interface JsonState {
  depth: number;
  inString: boolean;
}

const CLOSED: JsonState = { depth: 0, inString: false };

/** The lines that open a chained Python traceback after the first one closed. */
const PY_CHAIN = /^(?:Traceback \(most recent call last\)|During handling of the above exception|The above exception was the direct cause)/;

function indentOf(s: string): number {
  let i = 0;
  while (i < s.length && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9)) i++;
  return i;
}

function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/**
 * A line whose text goes on below it: it ends with ":", or it is the .NET Google client's
 * `GoogleApiException: Google.Apis.Requests.RequestError`, whose message, status and `Errors [ … ]`
 * follow on lines of their own.
 */
/**
 * An error level with nothing after it: the message is on the unstamped lines below. Only where
 * the level ends the prefix: an engine that relays every line under its own level and logger
 * (Airbyte's `ERROR … LineGobbler(voidCall):69 - `) relays the blank lines of a body so too.
 */
function opensBelow(text: string, p: Prefixed): boolean {
  if (!p.levelled || p.level === null || !isBlank(p.body) || !text.slice(0, p.end).endsWith(p.level)) return false;
  const level = levelOfPrefix(p.level);
  return level !== null && ERROR_LEVELS.has(level);
}

function announcesBody(s: string): boolean {
  return endsWithColon(s) || s.endsWith('Google.Apis.Requests.RequestError');
}

function endsWithColon(s: string): boolean {
  let i = s.length - 1;
  while (i >= 0 && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9)) i--;
  return i >= 0 && s.charCodeAt(i) === 58;
}

/**
 * The informative lines of a multi-line text held in one value (an Airbyte `stack_trace`, a
 * `LOG` message with a traceback): what the event stage would keep of it, frames left out.
 */
export function condenseTrace(text: string, maxChars = 8192): string {
  const kept: string[] = [];
  let size = 0;
  const joiner = new EventJoiner((e) => {
    for (const l of e.text.split('\n')) {
      if (size >= maxChars || FRAME.test(l)) continue;
      kept.push(l);
      size += l.length + 1;
    }
  });
  const line = { input: '', lineNo: 0, text: '', truncated: false };
  let start = 0;
  const end = Math.min(text.length, maxChars * 8);
  while (start < end) {
    let nl = text.indexOf('\n', start);
    if (nl === -1 || nl > end) nl = end;
    line.lineNo++;
    line.text = text.charCodeAt(nl - 1) === 13 ? text.slice(start, nl - 1) : text.slice(start, nl);
    joiner.push(line);
    start = nl + 1;
  }
  joiner.flush();
  const out = kept.join('\n');
  return out.length > maxChars ? out.slice(0, maxChars) : out;
}

/**
 * Whether a line after `previous` surely starts a new event, whatever came before: where a large
 * file may be cut into shards. Conservative: a JSON object line after a line that announces no
 * body, or a line with its own time and level whose body is no continuation (EventJoiner never
 * joins either to what precedes it).
 */
export function startsEvent(previous: string, line: string): boolean {
  if (isBlank(previous) || endsWithColon(previous)) return false;
  if (line.charCodeAt(0) === 123 /* { */) return line.charCodeAt(1) === 34 /* " */;
  const p = splitPrefix(line, { body: '', stamped: false, levelled: false, level: null, end: 0 });
  if (!p.stamped || !p.levelled || p.body.length === 0) return false;
  const b = p.body.charCodeAt(0);
  return b !== 32 && b !== 9 && !CONTINUES.test(p.body);
}
