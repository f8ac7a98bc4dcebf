/**
 * The providers' text hints (API hosts, SDK and package names), matched the way one pattern with a
 * group per provider would be (`(?:tap_)?(?:(hintsOfA)|(hintsOfB)|…)` at word edges, leftmost
 * match, earlier provider first at the same place), but without trying hundreds of patterns at
 * every character of every failing line.
 *
 * Each hint is reduced to a literal every match of it contains (`[\w-]+\.freshdesk\.com` →
 * "freshdesk.com"). A line's lower-cased text is scanned once for those literals, by their first
 * two characters; only the providers whose literal occurs (and the few whose hints have none)
 * take part in the pattern run on the line, one compiled pattern per such set, cached. A line
 * that names no provider pays for the scan alone.
 */

export interface HintMatch {
  index: number;
  length: number;
  /** Position of the provider in the list the index was built from. */
  provider: number;
}

/** Patterns kept per index, one per set of candidate providers (bounded: a hostile log cannot grow it). */
const PATTERN_CACHE_MAX = 256;
/** Shorter literals occur in too many lines to narrow anything: such a hint's provider is always tried. */
const MIN_LITERAL = 3;

const WORD_START = '(?<![A-Za-z0-9_])(?:(?:tap|target|source|destination)_)?';
const WORD_END = '(?![A-Za-z0-9_])';

export class HintIndex {
  /** Literals by their first three (lower-case) characters, hashed: most positions find no bucket. */
  private readonly byPrefix: Array<{ literals: string[]; providers: number[] } | undefined> = new Array<undefined>(1 << 18).fill(undefined);
  /**
   * Providers with a hint no literal narrows: those hints are tried on every line; the provider's
   * other hints only when one of its literals occurs (a hint whose literal is absent cannot match).
   */
  private readonly always: number[] = [];
  private readonly openHints: Array<readonly string[]>;
  private readonly patterns = new Map<string, { re: RegExp; providers: number[] }>();
  private readonly marks: Uint8Array;

  /** hints[i]: the hint patterns of provider i (case-insensitive regular-expression sources). */
  constructor(private readonly hints: readonly (readonly string[])[]) {
    this.marks = new Uint8Array(hints.length);
    this.openHints = hints.map(() => []);
    hints.forEach((list, p) => {
      const literals = new Set<string>();
      const open: string[] = [];
      for (const h of list) {
        const lit = requiredLiteral(h);
        if (lit === null || lit.length < MIN_LITERAL) open.push(h);
        else literals.add(lit);
      }
      if (open.length > 0) {
        this.always.push(p);
        this.openHints[p] = open;
      }
      for (const lit of literals) {
        const key = prefixKey(lit.charCodeAt(0), lit.charCodeAt(1), lit.charCodeAt(2));
        const bucket = this.byPrefix[key];
        if (bucket === undefined) this.byPrefix[key] = { literals: [lit], providers: [p] };
        else {
          bucket.literals.push(lit);
          bucket.providers.push(p);
        }
      }
    });
  }

  /** The leftmost provider hint in text[from…], as the one combined pattern would find it, or null. */
  exec(text: string, from = 0): HintMatch | null {
    // The rest of the text on its own, as a fresh search: its start is a word edge.
    const hay = from === 0 ? text : text.slice(from);
    const pattern = this.patternFor(hay);
    if (pattern === null) return null;
    const m = pattern.re.exec(hay);
    if (m === null) return null;
    for (let i = 1; i < m.length; i++) {
      if (m[i] !== undefined) return { index: m.index + from, length: m[0].length, provider: pattern.providers[i - 1] };
    }
    return null;
  }

  /** The pattern of the providers whose literals occur in text (and those always tried), or null when none can match. */
  private patternFor(text: string): { re: RegExp; providers: number[] } | null {
    const lower = text.toLowerCase();
    const marks = this.marks;
    const found: number[] = [];
    const byPrefix = this.byPrefix;
    const end = lower.length - MIN_LITERAL;
    let second = lower.charCodeAt(0);
    let third = lower.charCodeAt(1);
    for (let i = 0; i <= end; i++) {
      const first = second;
      second = third;
      third = lower.charCodeAt(i + 2);
      const bucket = byPrefix[prefixKey(first, second, third)];
      if (bucket === undefined) continue;
      const { literals, providers } = bucket;
      for (let j = 0; j < literals.length; j++) {
        const p = providers[j];
        if (marks[p] === 0 && lower.startsWith(literals[j], i)) {
          marks[p] = 1;
          found.push(p);
        }
      }
    }
    // A provider found by a literal takes part with all its hints; one only always tried, with the
    // hints no literal narrows (marked 2).
    for (const p of this.always) {
      if (marks[p] === 0) {
        marks[p] = 2;
        found.push(p);
      }
    }
    if (found.length === 0) return null;
    // Provider order, as in the one combined pattern: at the same place, the earlier provider wins.
    found.sort((a, b) => a - b);
    let key = '';
    for (const p of found) key += marks[p] === 2 ? `${p}*,` : `${p},`;
    let pattern = this.patterns.get(key);
    if (pattern === undefined) {
      const groups = found.map((p) => `(${(marks[p] === 2 ? this.openHints[p] : this.hints[p]).join('|')})`).join('|');
      pattern = { re: new RegExp(`${WORD_START}(?:${groups})${WORD_END}`, 'i'), providers: found };
      if (this.patterns.size >= PATTERN_CACHE_MAX) this.patterns.clear();
      this.patterns.set(key, pattern);
    }
    for (const p of found) marks[p] = 0;
    return pattern;
  }
}

/** Six bits of each of three characters: a collision (`:` and `z`, non-ASCII) only costs a failed check. */
function prefixKey(a: number, b: number, c: number): number {
  return ((a & 0x3f) << 12) | ((b & 0x3f) << 6) | (c & 0x3f);
}

/**
 * The longest run of literal characters that every match of a regular-expression source contains,
 * lower-cased, or null when the source is not simple enough to tell (an alternation at its top, a
 * back-reference, an escape this reader does not know). Groups, classes and optional characters
 * end a run; a character repeated by `+` or `{n,}` ends one run and starts the next.
 */
export function requiredLiteral(src: string): string | null {
  const runs: string[] = [];
  let cur = '';
  const flush = () => {
    if (cur.length > 0) runs.push(cur);
    cur = '';
  };
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    let literal: string | null = null;
    if (c === '|') return null;
    // A group or a class: not literal text (a group may be optional or hold alternatives).
    if (c === '(' || c === '[') {
      const end = c === '(' ? closing(src, i) : classEnd(src, i);
      if (end === -1) return null;
      flush();
      i = skipQuantifier(src, end + 1);
      if (i === -1) return null;
      continue;
    }
    if (c === '.' || c === '^' || c === '$') {
      flush();
      i = skipQuantifier(src, i + 1);
      if (i === -1) return null;
      continue;
    }
    if (c === ')' || c === '*' || c === '+' || c === '?' || c === '{' || c === '}' || c === ']') return null;
    if (c === '\\') {
      const n = src[i + 1];
      if (n === undefined) return null;
      if ('dDwWsSbB'.includes(n)) {
        flush();
        i = skipQuantifier(src, i + 2);
        if (i === -1) return null;
        continue;
      }
      // Escaped punctuation is itself; any other escape (\n, \x41, \u…, \1, \k<…>) is not read here.
      if (/[A-Za-z0-9]/.test(n)) return null;
      literal = n;
      i += 2;
    } else {
      literal = c;
      i += 1;
    }
    const q = src[i];
    if (q === '?' || q === '*' || (q === '{' && /^\{0[,}]/.test(src.slice(i)))) {
      // Optional: not part of every match.
      flush();
      i = skipQuantifier(src, i);
      if (i === -1) return null;
    } else if (q === '+' || q === '{') {
      // Repeated: the run so far ends with one of it, and what follows starts after another one.
      cur += literal;
      flush();
      cur = literal;
      i = skipQuantifier(src, i);
      if (i === -1) return null;
    } else cur += literal;
  }
  flush();
  let best: string | null = null;
  for (const r of runs) if (best === null || r.length > best.length) best = r;
  return best === null ? null : best.toLowerCase();
}

/** Index after an optional quantifier at i (and its lazy `?`), or -1 for a brace this reader cannot read. */
function skipQuantifier(src: string, i: number): number {
  const q = src[i];
  if (q === '*' || q === '+' || q === '?') i += 1;
  else if (q === '{') {
    const m = /^\{\d+(?:,\d*)?\}/.exec(src.slice(i));
    if (m === null) return -1;
    i += m[0].length;
  } else return i;
  return src[i] === '?' ? i + 1 : i;
}

/** Index of the `)` closing the group opened at i, or -1. */
function closing(src: string, i: number): number {
  let depth = 0;
  for (let j = i; j < src.length; j++) {
    const c = src[j];
    if (c === '\\') j++;
    else if (c === '[') {
      j = classEnd(src, j);
      if (j === -1) return -1;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return j;
  }
  return -1;
}

/** Index of the `]` closing the class opened at i, or -1. */
function classEnd(src: string, i: number): number {
  for (let j = i + 1; j < src.length; j++) {
    const c = src[j];
    if (c === '\\') j++;
    else if (c === ']') return j;
  }
  return -1;
}
