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
    // timestamp: 2022-05-11 09:42:43 · 2022-05-11T09:42:43.123Z · [2023-05-01, 10:00:00 UTC] · 2021-02-03 04:05:06,789Z
    '(\\[?\\d{4}-\\d{2}-\\d{2}(?:[T ]|, )\\d{2}:\\d{2}:\\d{2}(?:[.,]\\d{1,9})?(?: ?(?:Z|UTC|[+-]\\d{2}:?\\d{2}))?\\]?[ \\t]{1,40})?',
    // colour codes whose ESC byte was lost in a paste, then a level: INFO · [info     ] · ERROR
    '(?:(?:\\u001b)?\\[[\\d;]{1,8}m)?',
    '(?:\\[[ \\t]{0,8}[A-Za-z]{3,9}[ \\t]{0,8}\\][ \\t]{1,8}|(?:TRACE|DEBUG|INFO|WARN|WARNING|ERROR|CRITICAL|FATAL)(?:(?:\\u001b)?\\[[\\d;]{0,8}m)?[ \\t]{1,8})?',
    '(?:',
    // Airbyte relays connector output: "source > ", "destination > "
    '(?:source|destination|replication-orchestrator|orchestrator|normalization|dbt)[ \\t]>[ ]?',
    // Singer under Stitch ("tap - ", "target - "), Meltano ("tap-hubspot | ")
    '|(?:tap|target)(?:-[\\w.-]{1,60})?[ \\t]{1,8}[-|][ ]?',
    // Airflow task log: {taskinstance.py:1851} ERROR - 
    '|\\{[\\w.-]{1,80}:\\d{1,6}\\}[ \\t](?:[A-Z]{3,8}[ \\t]-[ \\t])?',
    // Java logger with its call site: i.a.w.g.DefaultReplicationWorker(run):123 - · () LineGobbler(voidCall):82 - 
    '|(?:\\(\\)[ \\t])?(?:[a-z][\\w$]{0,40}\\.){0,12}[A-Za-z][\\w$]{0,80}(?:\\([\\w$]{0,60}\\))?:\\d{1,6}[ \\t]-[ ]',
    // logback / log4j logger name: c.e.sync.Worker - 
    '|(?:[a-z][\\w$]{0,40}\\.){1,12}[A-Z][\\w$]{0,80}[ \\t]-[ ]',
    ')?',
  ].join(''),
);

/** Meltano appends its own fields to each relayed line: ` cmd_type=elb consumer=False name=tap-x …`. */
const MELTANO_SUFFIX = / {1,8}cmd_type=[a-z]{1,20} .*$/;

export interface Prefixed {
  /** What follows the prefix: where a frame or a traceback shows. */
  body: string;
  /** The prefix carried a timestamp. */
  stamped: boolean;
}

/** Splits a physical line into its engine prefix and its body. */
export function splitPrefix(line: string, out: Prefixed): Prefixed {
  const c = line.charCodeAt(0);
  // JSON lines, logfmt lines (`ts=…`) and most indented continuations carry no prefix: spare them the pattern.
  if (c === 123 /* { */ || c === 32 || c === 9 || line.length === 0 || startsWithKey(line)) {
    out.body = line;
    out.stamped = false;
    return out;
  }
  const m = PREFIX.exec(line);
  const body = m === null || m[0].length === 0 ? line : line.slice(m[0].length);
  out.body = withoutRelaySuffix(body);
  out.stamped = m !== null && m[1] !== undefined;
  return out;
}

/** A relayed line's body without the fields an engine appends to it. */
export function withoutRelaySuffix(body: string): string {
  return body.indexOf(' cmd_type=') !== -1 ? body.replace(MELTANO_SUFFIX, '') : body;
}

/** `key=`: a logfmt line. No piece of PREFIX can match a word followed by "=". */
function startsWithKey(line: string): boolean {
  const end = Math.min(line.length, 48);
  for (let i = 0; i < end; i++) {
    const c = line.charCodeAt(i);
    if (c === 61 /* = */) return i > 0;
    // letters, digits, "_", "." and "-" may spell a key; anything else ends the look
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45)) return false;
  }
  return false;
}
