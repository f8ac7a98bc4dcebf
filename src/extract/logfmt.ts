/**
 * logfmt (`ts=… level=error status=401 msg="token expired"`): twenty lines of scanning, no
 * dependency needed. Values stay strings; the walker reads numbers out of them.
 */
const LOGFMT_START = /^[A-Za-z_@][\w.@-]{0,63}=/;

export function looksLikeLogfmt(text: string): boolean {
  return LOGFMT_START.test(text);
}

export function parseLogfmt(text: string, maxPairs: number): Record<string, string> {
  const out: Record<string, string> = {};
  let i = 0;
  let pairs = 0;
  const n = text.length;
  while (i < n && pairs < maxPairs) {
    while (i < n && text.charCodeAt(i) === 32) i++;
    const keyStart = i;
    while (i < n && text.charCodeAt(i) !== 61 /* = */ && text.charCodeAt(i) !== 32) i++;
    const key = text.slice(keyStart, i);
    if (i >= n || text.charCodeAt(i) !== 61) {
      // A bare word: keep it as message text so nothing is lost.
      if (key.length > 0) out.msg = out.msg === undefined ? key : `${out.msg} ${key}`;
      continue;
    }
    i++;
    let value: string;
    if (text.charCodeAt(i) === 34 /* " */) {
      let j = i + 1;
      let buf = '';
      while (j < n && text.charCodeAt(j) !== 34) {
        if (text.charCodeAt(j) === 92 /* \ */ && j + 1 < n) {
          j++;
          const e = text[j];
          buf += e === 'n' ? '\n' : e === 't' ? '\t' : e;
        } else buf += text[j];
        j++;
      }
      value = buf;
      i = j + 1;
    } else {
      const start = i;
      while (i < n && text.charCodeAt(i) !== 32) i++;
      value = text.slice(start, i);
    }
    if (key.length > 0) out[key] = value;
    pairs++;
  }
  return out;
}
