/**
 * logfmt (`ts=… level=error status=401 msg="token expired"`): a short scanner, no
 * dependency needed. Values stay strings; the walker reads numbers out of them.
 */
import { Role, type KeyMap } from './keys.js';

const LOGFMT_START = /^[A-Za-z_@][\w.@-]{0,63}=/;

export function looksLikeLogfmt(text: string): boolean {
  return LOGFMT_START.test(text);
}

/**
 * `keys`: a key whose role is a message holds free text that a producer may write unquoted
 * (`log_level=ERROR message=Command failed. Return code: 1`, Python logging's `key=%(message)s`):
 * bare words after it belong to it. Bare words after other keys are kept as message text, and an
 * unquoted date takes the time after it (`time=2021-08-31 13:00:24`).
 */
export function parseLogfmt(text: string, maxPairs: number, keys?: KeyMap): Record<string, string> {
  // A plain object (fast properties on the per-line path); `__proto__` is defined as an own key
  // below, so it is an ordinary key like `constructor` (which assignment already makes own).
  const out: Record<string, string> = {};
  const n = text.length;
  let i = 0;
  let pairs = 0;
  // The key of the value just read when it was unquoted (bare words may continue it), else null.
  let open: string | null = null;
  while (i < n && pairs < maxPairs) {
    while (i < n && text.charCodeAt(i) === 32) i++;
    if (i >= n) break;
    const keyStart = i;
    while (i < n && text.charCodeAt(i) !== 61 /* = */ && text.charCodeAt(i) !== 32) i++;
    const key = text.slice(keyStart, i);
    if (i >= n || text.charCodeAt(i) !== 61) {
      if (open !== null && (keys?.get(open) === Role.Message || (DATE.test(out[open]) && TIME.test(key)))) {
        // An unquoted value with spaces: the word is its own.
        out[open] = `${out[open]} ${key}`;
        continue;
      }
      // A bare word: keep it as message text so nothing is lost.
      open = null;
      out.msg = out.msg === undefined ? key : `${out.msg} ${key}`;
      continue;
    }
    i++;
    let value: string;
    if (text.charCodeAt(i) === 34 /* " */) {
      // Find the closing quote, skipping escaped ones; unescape only when there was a backslash.
      let j = i + 1;
      let escaped = false;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q === -1) {
          j = n;
          break;
        }
        let backslashes = 0;
        for (let b = q - 1; b > i && text.charCodeAt(b) === 92; b--) backslashes++;
        if (backslashes % 2 === 0) {
          j = q;
          break;
        }
        escaped = true;
        j = q + 1;
      }
      const raw = text.slice(i + 1, j);
      value = escaped || raw.indexOf('\\') !== -1 ? unescape(raw) : raw;
      i = j + 1;
      open = null;
    } else {
      const end = text.indexOf(' ', i);
      const stop = end === -1 ? n : end;
      value = text.slice(i, stop);
      i = stop;
      open = key.length > 0 && key !== '__proto__' ? key : null;
    }
    if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    else if (key.length > 0) out[key] = value;
    pairs++;
  }
  return out;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

function unescape(raw: string): string {
  return raw.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
}
