import { normaliseLevel, type Level } from '../vocabulary.js';

/**
 * The per-line prefixes engines put before every physical line they relay: a timestamp, a level,
 * and an engine tag (Airbyte `source > `, Singer/Stitch `tap - `, Meltano `tap-hubspot | `, an
 * Airflow `{taskinstance.py:1851} ERROR - `, a Java logger `i.a.w.g.DefaultReplicationWorker(run):123 - `,
 * a compose service `worker_1  | `). The event stage looks past them to see a traceback or a
 * frame; the continuation lines of an event keep only what follows them.
 */

/**
 * Anchored and built from bounded, disjoint pieces, so a hostile line cannot make it backtrack.
 * Group 1 is set when the prefix carries a timestamp: a stamped line starts a new event unless
 * its body continues one (a frame, a traceback), while an unstamped line may continue a body.
 */
const PREFIX = new RegExp(
  [
    '^',
    // compose / kubectl service column
    '(?:[\\w.-]{1,40}[ \\t]{1,40}\\|[ \\t])?',
    // older Airbyte relays put the side first: "destination - 2021-11-12 06:25:23 ERROR () …"
    '(?:(?:source|destination|normalization)[ \\t]-[ ](?=\\d{4}-))?',
    // timestamp: 2022-05-11 09:42:43 · 2022-05-11T09:42:43.123Z · [2023-05-01, 10:00:00 UTC] · 2021-02-03 04:05:06,789Z,
    // Go's log package 2009/11/10 23:00:00, Python's datefmt "%m-%d %H:%M:%S" (03-04 00:50:01), a time alone (10:42:43.120),
    // or syslog's "Dec 19 10:48:07 host program[pid]: "; a Node app's own US-style stamp may follow
    // the container's ("… 9/4/2023, 8:56:41 AM ")
    '((?:\\[?(?:(?:\\d{4}-\\d{2}-\\d{2}|\\d{4}\\/\\d{2}\\/\\d{2})(?:[T ]|, )|\\d{2}-\\d{2} )?\\d{2}:\\d{2}:\\d{2}(?:[.,]\\d{1,9})?(?: ?(?:Z|UTC|[+-]\\d{2}:?\\d{2}))?\\]?[ \\t]{1,40}(?:-[ \\t]{1,4}(?=[A-Za-z_]))?|[A-Z][a-z]{2}[ ]{1,2}\\d{1,2} \\d{2}:\\d{2}:\\d{2} [\\w.-]{1,80} [\\w./-]{1,60}(?:\\[\\d{1,10}\\])?:[ \\t]{1,8})(?:\\d{1,2}\\/\\d{1,2}\\/\\d{4},? \\d{1,2}:\\d{2}:\\d{2}(?: ?[AP]M)?[ \\t]{1,8})?)?',
    // colour codes whose ESC byte was lost in a paste, then a level: INFO · [info     ] · ERROR
    '(?:(?:\\u001b)?\\[[\\d;]{1,8}m)?',
    // … or Monolog's channel and level (Laravel, Symfony): "[2021-07-22 10:32:01] local.ERROR: ";
    // fluentd writes "[warn]: " after its stamp, then its worker ("#0 ")
    '(\\[[ \\t]{0,8}[A-Za-z]{3,9}[ \\t]{0,8}\\]:?[ \\t]{1,8}(?:#\\d{1,4}[ \\t])?|(?:TRACE|DEBUG|INFO|WARN|WARNING|ERROR|CRITICAL|FATAL)(?:(?:\\u001b)?\\[[\\d;]{0,8}m)?[ \\t]{1,8}|[A-Za-z][\\w-]{0,30}\\.(?:EMERGENCY|ALERT|CRITICAL|ERROR|WARNING|NOTICE|INFO|DEBUG):[ \\t]|(?:ERR!|WARN!?)[ \\t]{1,8}(?:[\\w.-]{1,40}[ \\t])?)?',
    // Python logging's " - " after its level: "%(asctime)s - %(levelname)s - %(message)s"
    '(?:(?<=[A-Z][ \\t])-[ ])?',
    '(?:',
    // Airbyte relays connector output: "source > ", "destination > "
    '(?:source|destination|replication-orchestrator|orchestrator|normalization|dbt)[ \\t]>[ ]?',
    // Singer under Stitch ("tap - ", "target - "), Meltano ("tap-hubspot | ")
    '|(?:tap|target)(?:-[\\w.-]{1,60})?[ \\t]{1,8}[-|][ ]?',
    // Airflow task log: {taskinstance.py:1851} ERROR - 
    '|\\{[\\w.-]{1,80}:\\d{1,6}\\}[ \\t](?:[A-Z]{3,8}[ \\t]-[ \\t])?',
    // Java logger with its call site: i.a.w.g.DefaultReplicationWorker(run):123 - · () LineGobbler(voidCall):82 - 
    '|(?:\\([\\w/.:-]{0,120}\\)[ \\t])?(?:[a-z][\\w$]{0,40}\\.){0,12}[A-Za-z][\\w$]{0,80}(?:\\([\\w$]{0,60}\\))?:\\d{1,6}[ \\t]-[ ]',
    // logback / log4j logger name: c.e.sync.Worker - 
    '|(?:[a-z][\\w$]{0,40}\\.){1,12}[A-Z][\\w$]{0,80}[ \\t]-[ ]',
    // Spring Boot, after its level: "20594 --- [ad | producer-1] o.a.k.clients.producer.internals.Sender  : "
    // (3.2+ adds the application's name in brackets: "--- [app] [main] c.e.Worker : ")
    '|\\d{1,10}[ \\t]---[ \\t]\\[[^\\]\\n]{0,80}\\][ \\t]{1,4}(?:\\[[^\\]\\n]{0,80}\\][ \\t]{1,4})?[\\w.$]{1,160}[ \\t]{1,40}:[ ]',
    // Python logging's "[%(name)s] - ": "[acd_cli] - "
    '|\\[[\\w.-]{1,60}\\][ \\t]-[ ]',
    // Python logging's "%(name)s - %(levelname)s - " (with or after "%(asctime)s - "): "app.sync - ERROR - "
    '|[A-Za-z_][\\w]{0,40}(?:\\.[A-Za-z_][\\w]{0,40}){0,12}[ \\t]-[ ](?=(?:DEBUG|INFO|WARNING|ERROR|CRITICAL)[ \\t]-[ ])',
    ')?',
    // A level after the engine tag, then the connector's Java logger with its call site:
    // "source > ERROR i.a.i.b.IntegrationRunner(runInternal):187 Something went wrong…"
    '(?:(TRACE|DEBUG|INFO|WARN|WARNING|ERROR|CRITICAL|FATAL)[ \\t]{1,8}(?:-[ ])?(?:(?:[a-z][\\w$]{0,40}\\.){1,12}[A-Za-z][\\w$]{0,80}\\([\\w$]{0,60}\\):\\d{1,6}[ \\t]{1,4}(?:-[ ])?)?)?',
  ].join(''),
);

/**
 * klog / glog (Kubernetes components and operators, many Go programs): the level's initial, the
 * date without a year, the time, the thread id, the call site: `E0311 22:17:39.640287       1 restic.go:204] `.
 */
const KLOG = /^([IWEF])\d{4} \d{2}:\d{2}:\d{2}\.\d{6}[ \t]{1,12}\d{1,10} [\w.-]{1,120}:\d{1,6}\] /;
const KLOG_LEVELS: Readonly<Record<string, string>> = { I: 'INFO', W: 'WARNING', E: 'ERROR', F: 'FATAL' };

/** Meltano appends its own fields to each relayed line: ` cmd_type=elb consumer=False name=tap-x …`. */
const MELTANO_SUFFIX = / {1,8}cmd_type=[a-z]{1,20} .*$/;

export interface Prefixed {
  /** What follows the prefix: where a frame or a traceback shows. */
  body: string;
  /** The prefix carried a timestamp. */
  stamped: boolean;
  /** The prefix carried a level. */
  levelled: boolean;
  /** The level word as the prefix wrote it (`ERROR`, `[info     ]`), or null. */
  level: string | null;
  /** Characters of the prefix: the body starts here (it may also have lost a relay suffix at its end). */
  end: number;
}

/** Splits a physical line into its engine prefix and its body. */
export function splitPrefix(line: string, out: Prefixed): Prefixed {
  const c = line.charCodeAt(0);
  // JSON lines, logfmt lines (`ts=…`) and most indented continuations carry no prefix: spare them the pattern.
  if (c === 123 /* { */ || c === 32 || c === 9 || line.length === 0 || startsWithKey(line)) {
    out.body = line;
    out.stamped = false;
    out.levelled = false;
    out.level = null;
    out.end = 0;
    return out;
  }
  if (c >= 48 && c <= 57 && stampedKeyValues(line, out)) return out;
  if ((c === 69 || c === 73 || c === 87 || c === 70) && klog(line, out)) return out;
  const m = PREFIX.exec(line);
  out.end = m === null ? 0 : m[0].length;
  const body = out.end === 0 ? line : line.slice(out.end);
  // Meltano's structlog lines (`[info     ] … cmd_type=elb …`) are the ones with a relay suffix.
  out.body = m !== null && m[2] !== undefined && m[2].charCodeAt(0) === 91 /* [ */ ? withoutRelaySuffix(body) : body;
  out.stamped = m !== null && m[1] !== undefined;
  out.level = m === null ? null : (m[2] ?? m[3] ?? null);
  out.levelled = out.level !== null;
  return out;
}

/** A klog line: its level word stands for the initial it wrote. */
function klog(line: string, out: Prefixed): boolean {
  const m = KLOG.exec(line);
  if (m === null) return false;
  out.end = m[0].length;
  out.body = line.slice(out.end);
  out.stamped = true;
  out.level = KLOG_LEVELS[m[1]];
  out.levelled = true;
  return true;
}

/** A relayed line's body without the fields an engine appends to it. */
export function withoutRelaySuffix(body: string): string {
  return body.indexOf(' cmd_type=') !== -1 ? body.replace(MELTANO_SUFFIX, '') : body;
}

/** `key=`: a logfmt line. No piece of PREFIX can match a word followed by "=". */
function startsWithKey(line: string, from = 0): boolean {
  const end = Math.min(line.length, from + 48);
  for (let i = from; i < end; i++) {
    const c = line.charCodeAt(i);
    if (c === 61 /* = */) return i > from;
    // letters, digits, "_", "." and "-" may spell a key; anything else ends the look
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45)) return false;
  }
  return false;
}

const LEVEL_WORDS: ReadonlySet<string> = new Set(['TRACE', 'DEBUG', 'INFO', 'WARN', 'WARNING', 'ERROR', 'CRITICAL', 'FATAL']);

/**
 * The common text line, read without the pattern: `2026-11-22T09:00:01.123Z ERROR key=value …` (an
 * ISO timestamp, a level, then a key=value field, which no engine tag is). Anything else → false,
 * and PREFIX decides.
 */
function stampedKeyValues(line: string, out: Prefixed): boolean {
  let i = isoStampEnd(line);
  if (i === -1 || (line.charCodeAt(i) !== 32 && line.charCodeAt(i) !== 9)) return false;
  while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i++;
  let level: string | null = null;
  let j = i;
  while (j < line.length && line.charCodeAt(j) >= 65 && line.charCodeAt(j) <= 90) j++;
  if (j > i && (line.charCodeAt(j) === 32 || line.charCodeAt(j) === 9) && LEVEL_WORDS.has(line.slice(i, j))) {
    level = line.slice(i, j + 1);
    i = j;
    while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i++;
  }
  if (!startsWithKey(line, i)) return false;
  out.body = line.slice(i);
  out.end = i;
  out.stamped = true;
  out.level = level;
  out.levelled = level !== null;
  return true;
}

/** End of `YYYY-MM-DD[T ]HH:MM:SS[.fff][Z|±HH:MM]` at the start of a line, or -1. */
function isoStampEnd(s: string): number {
  const digit = (k: number) => {
    const c = s.charCodeAt(k);
    return c >= 48 && c <= 57;
  };
  if (s.length < 19) return -1;
  for (const k of [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18]) if (!digit(k)) return -1;
  const t = s.charCodeAt(10);
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || (t !== 84 && t !== 32) || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return -1;
  let i = 19;
  if (s.charCodeAt(i) === 46 || s.charCodeAt(i) === 44) {
    i++;
    while (digit(i)) i++;
  }
  const z = s.charCodeAt(i);
  if (z === 90) i++;
  else if ((z === 43 || z === 45) && digit(i + 1) && digit(i + 2)) {
    i += 3;
    if (s.charCodeAt(i) === 58) i++;
    if (digit(i) && digit(i + 1)) i += 2;
  }
  return i;
}

/** The level word a prefix carried (`ERROR `, `[info     ] `, `local.ERROR: `) → the canonical level. */
export function levelOfPrefix(word: string): Level | null {
  if (word.charCodeAt(0) === 91 /* [ */) return normaliseLevel(word.replace(/[[\]\s]/g, ''));
  // npmlog: "ERR! Runner " (the level, then the logger's prefix word).
  const bang = word.indexOf('!');
  if (bang !== -1) return normaliseLevel(word.slice(0, bang));
  const dot = word.indexOf('.');
  return normaliseLevel(dot === -1 ? word.trimEnd() : word.slice(dot + 1).replace(/:\s*$/, ''));
}
