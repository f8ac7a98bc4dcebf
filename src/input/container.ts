/**
 * Container runtimes' log files wrap each line an application wrote:
 * - Docker's json-file driver (`/var/lib/docker/containers/<id>/<id>-json.log`, and what people
 *   paste from it): `{"log":"<the line>\n","stream":"stderr","time":"2019-01-26T04:07:08.19Z"}`;
 * - the CRI format Kubernetes nodes write (`/var/log/containers/*.log`):
 *   `2023-10-06T00:17:09.669794202Z stderr F <the line>` (`P` for a partial line).
 * The line the application wrote is what is read: its level, its format (logfmt, JSON, a
 * traceback line) and its place in a multi-line event. Docker's `time` is not put in front of it:
 * the application's own line usually starts with its own stamp, and two stamps would hide its level.
 * Sources: Docker docs (JSON File logging driver), Kubernetes CRI logging design (cri-api).
 */

const DOCKER_HEAD = '{"log":"';
/** Where the CRI stream word may start: after a stamp of 20 (seconds, Z) to 35 characters (nanoseconds, offset). */
const CRI_STREAM_FROM = 20;
const CRI_STREAM_TO = 36;

/** The line an application wrote, out of its runtime's wrapper; other lines as they are. */
export function unwrapContainerLine(text: string): string {
  const c = text.charCodeAt(0);
  if (c === 123 /* { */) return text.startsWith(DOCKER_HEAD) ? dockerLine(text) : text;
  if (c >= 48 && c <= 57 && text.length > CRI_STREAM_FROM && text.charCodeAt(4) === 45 && text.charCodeAt(10) === 84 /* T */) return criLine(text);
  return text;
}

function dockerLine(text: string): string {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return text; // cut short or not Docker's: read as the JSON (or text) it is
  }
  if (typeof v !== 'object' || v === null) return text;
  const { log, stream } = v as { log?: unknown; stream?: unknown };
  if (typeof log !== 'string' || (stream !== 'stdout' && stream !== 'stderr')) return text;
  let end = log.length;
  while (end > 0 && (log.charCodeAt(end - 1) === 10 || log.charCodeAt(end - 1) === 13)) end--;
  const inner = end === log.length ? log : log.slice(0, end);
  // One physical line stays one line (a line break inside would read as two).
  return inner.indexOf('\n') === -1 && inner.indexOf('\r') === -1 ? inner : inner.replace(/\r?\n|\r/g, ' ');
}

function criLine(text: string): string {
  // The stamp ends at the first space; the stream word and the F/P tag follow it.
  let i = CRI_STREAM_FROM - 1;
  const stop = Math.min(text.length, CRI_STREAM_TO);
  while (i < stop && text.charCodeAt(i) !== 32) i++;
  if (i === stop) return text;
  if (!(text.startsWith(' stdout ', i) || text.startsWith(' stderr ', i))) return text;
  const tag = text.charCodeAt(i + 8);
  if ((tag !== 70 /* F */ && tag !== 80) /* P */ || text.charCodeAt(i + 9) !== 32) return text;
  return `${text.slice(0, i)} ${text.slice(i + 10)}`;
}
