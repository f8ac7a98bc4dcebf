/**
 * A Ruby hash as `Hash#inspect` prints it, the line format of Logstash 1.x–5.x and of Ruby tools
 * that log a hash: `{:timestamp=>"2015-05-28T11:31:57.064000+0800", :message=>"Got error to send
 * bulk…", :level=>:error}`. Top-level pairs only: keys are symbols (`:level`) or quoted strings;
 * a value is a quoted string (escapes undone), a symbol (`:error` → `error`), a number, or, left
 * as its text, anything else up to the next `, :key=>` (an exception's `to_s`, a nested hash or
 * array). A short scanner: no parser in npm reads this format, and a line that is not one gives null.
 */
const START = /^\{\s*(?::[A-Za-z_]\w{0,63}|"[^"\\]{1,64}")\s*=>/;

export function looksLikeRubyHash(text: string): boolean {
  return text.charCodeAt(0) === 123 && START.test(text);
}

/** The pairs of a Ruby hash line, or null when the line is not one. `maxPairs` bounds a hostile line. */
export function parseRubyHash(text: string, maxPairs: number): Record<string, unknown> | null {
  if (!looksLikeRubyHash(text)) return null;
  const out: Record<string, unknown> = {};
  const n = text.length;
  let i = 1;
  for (let pairs = 0; pairs < maxPairs; pairs++) {
    // Pairs are separated by a comma and spaces, or line breaks in a pretty-printed hash.
    while (i < n && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 44 || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13 || text.charCodeAt(i) === 9)) i++;
    if (i >= n || text.charCodeAt(i) === 125 /* } */) break;
    // The key: `:name` or `"name"`.
    let key: string;
    if (text.charCodeAt(i) === 58 /* : */) {
      const m = /^:([A-Za-z_]\w{0,63}[?!]?)\s*=>\s*/.exec(text.slice(i, i + 80));
      if (m === null) break;
      key = m[1];
      i += m[0].length;
    } else if (text.charCodeAt(i) === 34) {
      const end = closingQuote(text, i);
      const m = /^\s*=>\s*/.exec(text.slice(end + 1, end + 8));
      if (m === null) break;
      key = unescape(text.slice(i + 1, end));
      i = end + 1 + m[0].length;
    } else break;
    // The value.
    let value: unknown;
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      const end = closingQuote(text, i);
      value = unescape(text.slice(i + 1, end));
      i = end + 1;
    } else if (c === 58 /* : */ && /^:[A-Za-z_]\w*/.test(text.slice(i, i + 65))) {
      const m = /^:([A-Za-z_]\w*)/.exec(text.slice(i, i + 65))!;
      value = m[1];
      i += m[0].length;
    } else {
      // Up to the next `, :key=>` or `, "key"=>` at this level, or the hash's closing brace.
      const end = valueEnd(text, i);
      const raw = text.slice(i, end).trim();
      value = raw === 'nil' ? null : raw === 'true' ? true : raw === 'false' ? false : /^-?\d{1,15}(?:\.\d{1,15})?$/.test(raw) ? Number(raw) : raw;
      i = end;
    }
    if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    else out[key] = value;
  }
  return Object.keys(out).length > 0 ? out : null;
}

const NEXT_KEY = /,\s*(?::[A-Za-z_]\w{0,63}[?!]?|"[^"\\]{1,64}")\s*=>/y;

/** Where an unquoted value that starts at `start` ends: nested brackets and quoted strings are skipped. */
function valueEnd(text: string, start: number): number {
  let depth = 0;
  for (let j = start; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 34 /* " */) j = closingQuote(text, j);
    else if (c === 123 || c === 91 || c === 40) depth++;
    else if (c === 125 || c === 93 || c === 41) {
      if (depth === 0) return j;
      depth--;
    } else if (c === 44 /* , */ && depth === 0) {
      NEXT_KEY.lastIndex = j;
      if (NEXT_KEY.test(text)) return j;
    }
  }
  return text.length;
}

/** The index of the quote closing the string that opens at `start` (or the text's end). */
function closingQuote(text: string, start: number): number {
  for (let j = start + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 92 /* \ */) j++;
    else if (c === 34) return j;
  }
  return text.length;
}

function unescape(raw: string): string {
  return raw.indexOf('\\') === -1 ? raw : raw.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
}
