/**
 * Can a user's regular expression (a config file's rule, mask or provider hint) take catastrophic
 * time on some log line? JavaScript's engine backtracks: `(a+)+$` on 40 `a`s never ends, and
 * `.*a.*b` takes half a minute on one 4 KiB line. This module decides it once, when the config is
 * loaded, so a risky pattern is refused with one line naming it, and a pattern that passes runs on
 * the native engine exactly as before (no wrapper, no cost on the hot path).
 *
 * The analysis is the classic one on the pattern's position (Glushkov) automaton, where each state
 * is one character position of the pattern:
 * - exponential: a state with two different paths back to itself reading the same text (the
 *   product automaton has a cycle through a diagonal and an off-diagonal pair, or through a
 *   doubled edge as in `(a+)+`, where the inner and outer loop give the same step twice);
 * - polynomial of degree k: a chain of k+1 loop states p1…pk+1, each pi able to loop on a word w
 *   that also leads from pi to pi+1 and around pi+1. The search for a match anywhere in the line is
 *   itself such a loop (the first state), so `quota .* used` is quadratic and `.*a.*b` cubic.
 * Messages are cut to 4,096 characters before rules see them (src/extract), so quadratic is the
 * most a pattern may cost; cubic and exponential are refused. Where the rest of the pattern can
 * match nothing and every way on is like that too, the match cannot fail, so it cannot backtrack:
 * `error: .* timeout .*` and `(a+)+` with nothing after it are fine. Each approximation errs on the
 * safe side: a range of counts `x{1,3}` is read as `x+`, a backreference as any text or none, an
 * assertion other than a leading `^` as always true; lookarounds are checked as patterns of their
 * own. What is not modelled: the finite ambiguity that multiplies a quadratic pattern's cost (a
 * contrived `^(?:[^a]?(?:b?)+\s*\w?){2}!` takes seconds on a 4 KiB line of `b`s).
 *
 * The check is bounded too: a pattern too large to analyse (over MAX_POSITIONS character positions
 * after expanding exact counts, or over the step budget) is refused as too complex.
 */

/** Character positions after expanding exact counts `{n}`; far past any hand-written pattern. */
export const MAX_POSITIONS = 3000;
/** Product-automaton steps the analysis may take per pattern (a few tens of milliseconds). */
const STEP_BUDGET = 4_000_000;
/** `x{n}` is expanded into n copies up to this many positions; larger ones are read as `x+`. */
const EXPAND_LIMIT = 100;

/** Sorted, disjoint inclusive UTF-16 code-unit ranges, flat: [lo0, hi0, lo1, hi1, …]. */
type Ranges = number[];

const MAX_UNIT = 0xffff;
const DIGIT: Ranges = [48, 57];
const WORD: Ranges = [48, 57, 65, 90, 95, 95, 97, 122];
const SPACE: Ranges = [9, 13, 32, 32, 0xa0, 0xa0, 0x1680, 0x1680, 0x2000, 0x200a, 0x2028, 0x2029, 0x202f, 0x202f, 0x205f, 0x205f, 0x3000, 0x3000, 0xfeff, 0xfeff];
const LINE_END: Ranges = [10, 10, 13, 13, 0x2028, 0x2029];
const ANY: Ranges = [0, MAX_UNIT];

function normalise(r: Ranges): Ranges {
  const pairs: [number, number][] = [];
  for (let i = 0; i < r.length; i += 2) pairs.push([r[i], r[i + 1]]);
  pairs.sort((a, b) => a[0] - b[0]);
  const out: Ranges = [];
  for (const [lo, hi] of pairs) {
    if (out.length > 0 && lo <= out[out.length - 1] + 1) out[out.length - 1] = Math.max(out[out.length - 1], hi);
    else out.push(lo, hi);
  }
  return out;
}

function complement(r: Ranges): Ranges {
  const out: Ranges = [];
  let next = 0;
  for (let i = 0; i < r.length; i += 2) {
    if (r[i] > next) out.push(next, r[i] - 1);
    next = r[i + 1] + 1;
  }
  if (next <= MAX_UNIT) out.push(next, MAX_UNIT);
  return out;
}

function intersect(a: Ranges, b: Ranges): Ranges {
  const out: Ranges = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const lo = Math.max(a[i], b[j]);
    const hi = Math.min(a[i + 1], b[j + 1]);
    if (lo <= hi) out.push(lo, hi);
    if (a[i + 1] < b[j + 1]) i += 2;
    else j += 2;
  }
  return out;
}

function overlaps(a: Ranges, b: Ranges): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (Math.max(a[i], b[j]) <= Math.min(a[i + 1], b[j + 1])) return true;
    if (a[i + 1] < b[j + 1]) i += 2;
    else j += 2;
  }
  return false;
}

/** Adds the other case of every letter (`i` flag). Over-approximates large non-ASCII ranges, which is the safe side. */
function caseClose(r: Ranges): Ranges {
  const extra: Ranges = [];
  for (let i = 0; i < r.length; i += 2) {
    const lo = r[i];
    const hi = r[i + 1];
    // ASCII letters exactly.
    const up = intersect([lo, hi], [97, 122]);
    for (let k = 0; k < up.length; k += 2) extra.push(up[k] - 32, up[k + 1] - 32);
    const down = intersect([lo, hi], [65, 90]);
    for (let k = 0; k < down.length; k += 2) extra.push(down[k] + 32, down[k + 1] + 32);
    // Other letters one by one when the range is small; a large range already holds most of both cases.
    if (hi >= 128 && hi - Math.max(lo, 128) < 2000) {
      for (let c = Math.max(lo, 128); c <= hi; c++) {
        const ch = String.fromCharCode(c);
        for (const v of [ch.toUpperCase(), ch.toLowerCase()]) if (v.length === 1) extra.push(v.charCodeAt(0), v.charCodeAt(0));
      }
    }
    // The Kelvin sign and long s fold onto ASCII letters.
    if (intersect([lo, hi], [75, 75, 107, 107]).length > 0) extra.push(0x212a, 0x212a);
    if (intersect([lo, hi], [83, 83, 115, 115]).length > 0) extra.push(0x17f, 0x17f);
  }
  return extra.length === 0 ? r : normalise([...r, ...extra]);
}

type Node =
  | { t: 'char'; set: Ranges }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; items: Node[] }
  | { t: 'rep'; item: Node; min: number; max: number }
  /** `^ $ \b \B`, or a lookaround (with its body). */
  | { t: 'assert'; body?: Node; start?: boolean }
  | { t: 'backref' };

/** A parser for patterns already accepted by `new RegExp(source, flags)` without the `u` flag (Annex B syntax). */
class Parser {
  private i = 0;
  private readonly groups: number;
  private readonly named: boolean;

  constructor(
    private readonly src: string,
    private readonly fold: boolean,
  ) {
    // Capturing groups, to tell a backreference `\2` from an octal escape.
    let n = 0;
    let inClass = false;
    for (let k = 0; k < src.length; k++) {
      const c = src[k];
      if (c === '\\') k++;
      else if (inClass) inClass = c !== ']';
      else if (c === '[') inClass = true;
      else if (c === '(' && (src[k + 1] !== '?' || (src[k + 2] === '<' && src[k + 3] !== '=' && src[k + 3] !== '!'))) n++;
    }
    this.groups = n;
    this.named = /\(\?<(?![=!])/.test(src);
  }

  parse(): Node {
    const node = this.alt();
    // An unbalanced ")" cannot reach here (the pattern compiled); be lenient anyway.
    while (this.i < this.src.length) {
      this.i++;
      this.alt();
    }
    return node;
  }

  private alt(): Node {
    const items = [this.seq()];
    while (this.src[this.i] === '|') {
      this.i++;
      items.push(this.seq());
    }
    return items.length === 1 ? items[0] : { t: 'alt', items };
  }

  private seq(): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      let atom = this.atom();
      for (;;) {
        const q = this.quantifier();
        if (q === null) break;
        atom = { t: 'rep', item: atom, min: q[0], max: q[1] };
      }
      items.push(atom);
    }
    return items.length === 1 ? items[0] : { t: 'seq', items };
  }

  private quantifier(): [number, number] | null {
    const c = this.src[this.i];
    let q: [number, number] | null = null;
    if (c === '*') q = [0, Infinity];
    else if (c === '+') q = [1, Infinity];
    else if (c === '?') q = [0, 1];
    if (q !== null) this.i++;
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (m === null) return null;
      const min = Number(m[1]);
      q = [min, m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3])];
      this.i += m[0].length;
    } else return null;
    if (this.src[this.i] === '?') this.i++; // lazy: the same paths, tried in another order
    return q;
  }

  private char(set: Ranges): Node {
    return { t: 'char', set: this.fold ? caseClose(set) : set };
  }

  private atom(): Node {
    const c = this.src[this.i++];
    if (c === '(') {
      let look = false;
      if (this.src.startsWith('?:', this.i)) this.i += 2;
      else if (this.src.startsWith('?=', this.i) || this.src.startsWith('?!', this.i)) {
        this.i += 2;
        look = true;
      } else if (this.src.startsWith('?<=', this.i) || this.src.startsWith('?<!', this.i)) {
        this.i += 3;
        look = true;
      } else if (this.src.startsWith('?<', this.i)) this.i = this.src.indexOf('>', this.i) + 1;
      const body = this.alt();
      if (this.src[this.i] === ')') this.i++;
      return look ? { t: 'assert', body } : body;
    }
    if (c === '[') return this.char(this.charClass());
    if (c === '.') return this.char(complement(LINE_END));
    if (c === '^') return { t: 'assert', start: true };
    if (c === '$') return { t: 'assert' };
    if (c === '\\') return this.escape();
    return this.char([c.charCodeAt(0), c.charCodeAt(0)]);
  }

  private escape(): Node {
    const c = this.src[this.i++] ?? '\\';
    const set = classEscape(c);
    if (set !== null) return this.char(set);
    if (c === 'b' || c === 'B') return { t: 'assert' };
    if (/[1-9]/.test(c)) {
      const m = /^\d*/.exec(this.src.slice(this.i)) as RegExpExecArray;
      if (Number(c + m[0]) <= this.groups) {
        this.i += m[0].length;
        return { t: 'backref' };
      }
    }
    if (c === 'k' && this.named && this.src[this.i] === '<') {
      this.i = this.src.indexOf('>', this.i) + 1;
      return { t: 'backref' };
    }
    const code = this.escapedUnit(c);
    return this.char([code, code]);
  }

  /** The code unit of a character escape (after the backslash and `c`, already consumed). */
  private escapedUnit(c: string): number {
    const hex = (n: number): number | null => {
      const h = this.src.slice(this.i, this.i + n);
      if (h.length === n && /^[0-9a-fA-F]+$/.test(h)) {
        this.i += n;
        return Number.parseInt(h, 16);
      }
      return null;
    };
    switch (c) {
      case 't':
        return 9;
      case 'n':
        return 10;
      case 'v':
        return 11;
      case 'f':
        return 12;
      case 'r':
        return 13;
      case 'x':
        return hex(2) ?? 120;
      case 'u':
        return hex(4) ?? 117;
      case 'c': {
        const l = this.src[this.i];
        if (l !== undefined && /[A-Za-z]/.test(l)) {
          this.i++;
          return l.charCodeAt(0) % 32;
        }
        return 92; // "\c" not followed by a letter is a backslash and a "c"
      }
      default:
        if (/[0-7]/.test(c)) {
          // Octal (Annex B): up to three digits, at most \377.
          let s = c;
          while (s.length < 3 && /[0-7]/.test(this.src[this.i] ?? '') && Number.parseInt(s + this.src[this.i], 8) <= 0o377) s += this.src[this.i++];
          return Number.parseInt(s, 8);
        }
        return c.charCodeAt(0);
    }
  }

  private charClass(): Ranges {
    let negate = false;
    if (this.src[this.i] === '^') {
      negate = true;
      this.i++;
    }
    const parts: Ranges = [];
    // One class atom: a set (\d, \w…) or a single code unit.
    const classAtom = (): Ranges | number => {
      const c = this.src[this.i++];
      if (c !== '\\') return c.charCodeAt(0);
      const e = this.src[this.i++] ?? '\\';
      const set = classEscape(e);
      if (set !== null) return set;
      if (e === 'b') return 8;
      return this.escapedUnit(e);
    };
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      const a = classAtom();
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']' && this.i + 1 < this.src.length && typeof a === 'number') {
        const save = this.i;
        this.i++;
        const b = classAtom();
        if (typeof b === 'number' && b >= a) {
          parts.push(a, b);
          continue;
        }
        // `[a-\d]` (Annex B): a, "-" and \d.
        this.i = save;
      }
      if (typeof a === 'number') parts.push(a, a);
      else parts.push(...a);
    }
    this.i++; // "]"
    const set = normalise(parts);
    return negate ? complement(set) : set;
  }
}

function classEscape(c: string): Ranges | null {
  switch (c) {
    case 'd':
      return DIGIT;
    case 'D':
      return complement(DIGIT);
    case 'w':
      return WORD;
    case 'W':
      return complement(WORD);
    case 's':
      return SPACE;
    case 'S':
      return complement(SPACE);
    default:
      return null;
  }
}

function positionsOf(n: Node): number {
  switch (n.t) {
    case 'char':
      return 1;
    case 'seq':
    case 'alt':
      return n.items.reduce((s, x) => s + positionsOf(x), 0);
    case 'rep':
      return positionsOf(n.item) * (n.max === Infinity ? Math.max(n.min, 1) : n.max);
    default:
      return 0;
  }
}

/** What a subpattern contributes to the position automaton. */
interface Info {
  /** Can match the empty string (assertions and backreferences count as empty). */
  nullable: boolean;
  /** Can match the empty string without passing an assertion or backreference (then it cannot fail). */
  clean: boolean;
  first: number[];
  /** First positions reached only through a `^`: entered at the start of the input, never after the search loop. */
  firstStart: number[];
  last: number[];
  /** Positions after which the rest of this subpattern can match nothing at all, cleanly. */
  lastClean: number[];
  /** It is a `^`. */
  start?: boolean;
}

const EMPTY: Info = { nullable: true, clean: true, first: [], firstStart: [], last: [], lastClean: [] };

class TooComplex extends Error {}

/** The position automaton of one pattern: state 0 is the start, states 1… the character positions. */
class Automaton {
  readonly sets: Ranges[] = [ANY];
  /** succ[q]: next state → number of distinct edges (2 for the inner and outer loop of `(a+)+`). */
  readonly succ: Map<number, number>[] = [new Map()];
  readonly looks: Node[] = [];

  private position(set: Ranges): number {
    if (this.sets.length > MAX_POSITIONS) throw new TooComplex(`more than ${MAX_POSITIONS} character positions`);
    this.sets.push(set);
    this.succ.push(new Map());
    return this.sets.length - 1;
  }

  edge(from: number, to: number): void {
    const m = this.succ[from];
    m.set(to, (m.get(to) ?? 0) + 1);
  }

  build(n: Node): Info {
    switch (n.t) {
      case 'char': {
        const p = this.position(n.set);
        return { nullable: false, clean: false, first: [p], firstStart: [], last: [p], lastClean: [p] };
      }
      case 'assert':
        if (n.body !== undefined) this.looks.push(n.body);
        return { ...EMPTY, clean: false, start: n.start };
      case 'backref':
        return { ...EMPTY, clean: false };
      case 'alt': {
        const parts = n.items.map((x) => this.build(x));
        return {
          nullable: parts.some((p) => p.nullable),
          clean: parts.some((p) => p.clean),
          first: parts.flatMap((p) => p.first),
          firstStart: parts.flatMap((p) => p.firstStart),
          last: parts.flatMap((p) => p.last),
          lastClean: parts.flatMap((p) => p.lastClean),
        };
      }
      case 'seq':
        return this.sequence(n.items.map((x) => () => this.build(x)));
      case 'rep':
        return this.repeat(n.item, n.min, n.max);
    }
  }

  private sequence(parts: (() => Info)[]): Info {
    let acc: Info = EMPTY;
    // After a `^`, only what starts at the input's start goes on.
    let gated = false;
    for (const part of parts) {
      const r = part();
      for (const l of acc.last) for (const f of r.first) this.edge(l, f);
      const firstStart = acc.nullable ? (gated ? [...acc.firstStart, ...r.first, ...r.firstStart] : [...acc.firstStart, ...r.firstStart]) : acc.firstStart;
      acc = {
        nullable: acc.nullable && r.nullable,
        clean: acc.clean && r.clean,
        first: acc.nullable && !gated ? [...acc.first, ...r.first] : acc.first,
        firstStart,
        last: r.nullable ? [...acc.last, ...r.last] : r.last,
        lastClean: r.clean ? [...acc.lastClean, ...r.lastClean] : r.lastClean,
      };
      if (r.start === true) {
        gated = true;
        acc.last = [];
        acc.lastClean = [];
      }
    }
    return { ...acc, start: undefined };
  }

  private repeat(item: Node, min: number, max: number): Info {
    if (max === 0) return EMPTY;
    // A range of counts, `x{1,3}`, is read as `x+`: the backtracker tries every way to split a text
    // among the copies, so `( {1,3}){1,4}` costs as much as `( +)+`. A larger language can only add
    // ambiguity (the safe side). An exact count, `x{4}`, is expanded while small.
    if ((max > 1 && max !== min) || positionsOf(item) * min > EXPAND_LIMIT) {
      min = Math.min(min, 1);
      max = max > 1 ? Infinity : max;
    }
    // Now max is 1, min (an exact count) or Infinity.
    const parts: (() => Info)[] = [];
    for (let k = 0; k < (max === Infinity ? min - 1 : min); k++) parts.push(() => this.build(item));
    if (max === Infinity || min === 0) {
      parts.push(() => {
        const r = this.build(item);
        if (max === Infinity) for (const l of r.last) for (const f of r.first) this.edge(l, f);
        return min === 0 ? { ...r, nullable: true, clean: true } : r;
      });
    }
    return this.sequence(parts);
  }
}

/** Tarjan's strongly connected components over nodes numbered 0…n-1; returns the component of each (reverse topological numbering). */
function components(n: number, next: (v: number) => Iterable<number>): Int32Array {
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const comp = new Int32Array(n).fill(-1);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  let counter = 0;
  let comps = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    const work: [number, Iterator<number>][] = [[root, next(root)[Symbol.iterator]()]];
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (work.length > 0) {
      const top = work[work.length - 1];
      const v = top[0];
      const step = top[1].next();
      if (!step.done) {
        const w = step.value;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          work.push([w, next(w)[Symbol.iterator]()]);
        } else if (onStack[w] === 1) low[v] = Math.min(low[v], index[w]);
        continue;
      }
      work.pop();
      if (work.length > 0) low[work[work.length - 1][0]] = Math.min(low[work[work.length - 1][0]], low[v]);
      if (low[v] === index[v]) {
        for (;;) {
          const w = stack.pop() as number;
          onStack[w] = 0;
          comp[w] = comps;
          if (w === v) break;
        }
        comps++;
      }
    }
  }
  return comp;
}

export interface RegexRisk {
  kind: 'exponential' | 'polynomial' | 'too-complex';
  /** One sentence for the config error. */
  message: string;
}

/**
 * Null when `source` (already known to compile with `flags`) runs in at most quadratic time on any
 * input; else why not. Only the `i` flag matters here (no `u`, `s`, `m`, `y` in config patterns).
 */
export function regexRisk(source: string, flags = ''): RegexRisk | null {
  try {
    return analyse(new Parser(source, flags.includes('i')).parse());
  } catch (err) {
    if (err instanceof TooComplex) {
      return { kind: 'too-complex', message: `too complex to check for catastrophic backtracking (${err.message}); split it into several simpler patterns` };
    }
    throw err;
  }
}

function analyse(root: Node): RegexRisk | null {
  const a = new Automaton();
  const info = a.build(root);
  for (const body of a.looks) {
    // A lookaround is a pattern of its own, tried at every position.
    const risk = analyse(body);
    if (risk !== null) return risk;
  }
  const n = a.sets.length;
  // State 0: the search for a match anywhere (any character, looping). Positions behind a `^`
  // (info.firstStart) are entered only at the input's start, from no loop: no edge needed.
  a.edge(0, 0);
  for (const f of info.first) a.edge(0, f);
  // A position after which the rest can match nothing may end the match: failing to go on from
  // it is success, not backtracking. But the backtracker tries to go on first, and that attempt
  // may be costly (each outer iteration of `^(?:[ab]+\w+x|bb)+` tries the first branch on the
  // rest of the line). So only "final" positions are dropped: such a position all of whose
  // successors are final too (`.*` at the end, `(a+)+` with nothing after it).
  const dead = new Uint8Array(n);
  for (const p of info.lastClean) dead[p] = 1;
  for (let changed = true; changed; ) {
    changed = false;
    for (let q = 1; q < n; q++) {
      if (dead[q] === 1 && [...a.succ[q].keys()].some((t) => dead[t] === 0)) {
        dead[q] = 0;
        changed = true;
      }
    }
  }
  const succ: number[][] = a.succ.map((m, q) => (dead[q] === 1 ? [] : [...m.keys()].filter((t) => dead[t] === 0)));
  const mult = (from: number, to: number): number => a.succ[from].get(to) ?? 0;
  let steps = 0;
  const spend = (k: number): void => {
    steps += k;
    if (steps > STEP_BUDGET) throw new TooComplex(`over ${STEP_BUDGET.toLocaleString('en-US')} analysis steps`);
  };

  // 1. Exponential: in the product automaton, a component holding a pair (q, q) and either a pair
  //    (p, p') with p ≠ p' or a doubled edge between two diagonal pairs.
  const pairs = new Map<number, number>(); // product node key → dense id
  const keys: number[] = [];
  const id = (x: number, y: number): number => {
    const key = x * n + y;
    let v = pairs.get(key);
    if (v === undefined) {
      v = keys.length;
      pairs.set(key, v);
      keys.push(key);
    }
    return v;
  };
  const productNext = (v: number): number[] => {
    const x = Math.floor(keys[v] / n);
    const y = keys[v] % n;
    const out: number[] = [];
    spend(succ[x].length * succ[y].length);
    for (const x2 of succ[x]) for (const y2 of succ[y]) if (overlaps(a.sets[x2], a.sets[y2])) out.push(id(x2, y2));
    return out;
  };
  for (let q = 0; q < n; q++) if (dead[q] === 0) id(q, q);
  // Discover every product node reachable from a diagonal one, then find the components.
  const edges: number[][] = [];
  for (let v = 0; v < keys.length; v++) edges.push(productNext(v));
  const comp = components(keys.length, (v) => edges[v]);
  const compHasDiagonal = new Set<number>();
  for (let v = 0; v < keys.length; v++) if (Math.floor(keys[v] / n) === keys[v] % n) compHasDiagonal.add(comp[v]);
  for (let v = 0; v < keys.length; v++) {
    const x = Math.floor(keys[v] / n);
    const y = keys[v] % n;
    if (x !== y && compHasDiagonal.has(comp[v])) return exponential();
    if (x === y) for (const w of edges[v]) if (comp[w] === comp[v] && keys[w] % (n + 1) === 0 && mult(x, Math.floor(keys[w] / n)) > 1) return exponential();
  }

  // 2. Polynomial degree: the longest chain of loop states p ⇒ q (see the module comment).
  const sccOf = components(n, (q) => succ[q]);
  const loops: number[] = [];
  for (let q = 0; q < n; q++) {
    if (dead[q] === 1) continue;
    if (succ[q].includes(q) || succ[q].some((t) => t !== q && sccOf[t] === sccOf[q])) loops.push(q);
  }
  if (loops.length < 2) return null;
  const reach = (from: number, forward: boolean): Uint8Array => {
    const seen = new Uint8Array(n);
    const todo = [from];
    seen[from] = 1;
    const pred: number[][] = [];
    if (!forward) {
      for (let q = 0; q < n; q++) pred.push([]);
      for (let q = 0; q < n; q++) for (const t of succ[q]) pred[t].push(q);
    }
    while (todo.length > 0) {
      const q = todo.pop() as number;
      for (const t of forward ? succ[q] : pred[q]) {
        if (seen[t] === 0) {
          seen[t] = 1;
          todo.push(t);
        }
      }
    }
    return seen;
  };
  const forward = new Map(loops.map((p) => [p, reach(p, true)]));
  const backward = new Map(loops.map((q) => [q, reach(q, false)]));
  // p ⇒ q: from (p, p, q), reach (p, q, q) reading one word on three paths.
  const linked = (p: number, q: number): boolean => {
    const fromP = forward.get(p) as Uint8Array;
    const toQ = backward.get(q) as Uint8Array;
    const seen = new Set<number>();
    const todo: [number, number, number][] = [[p, p, q]];
    while (todo.length > 0) {
      const [x, y, z] = todo.pop() as [number, number, number];
      spend(succ[x].length * succ[y].length);
      for (const x2 of succ[x]) {
        if (sccOf[x2] !== sccOf[p]) continue;
        for (const y2 of succ[y]) {
          if (fromP[y2] === 0 || toQ[y2] === 0) continue;
          const xy = intersect(a.sets[x2], a.sets[y2]);
          if (xy.length === 0) continue;
          spend(succ[z].length);
          for (const z2 of succ[z]) {
            if (sccOf[z2] !== sccOf[q] || !overlaps(xy, a.sets[z2])) continue;
            if (x2 === p && y2 === q && z2 === q) return true;
            const key = (x2 * n + y2) * n + z2;
            if (!seen.has(key)) {
              seen.add(key);
              todo.push([x2, y2, z2]);
            }
          }
        }
      }
    }
    return false;
  };
  // Longest chain, by memoised search (links go from one component to a later one, so no cycles).
  const chain = new Map<number, number>();
  const longest = (p: number): number => {
    const known = chain.get(p);
    if (known !== undefined) return known;
    let best = 1;
    for (const q of loops) {
      if (sccOf[q] === sccOf[p] || (forward.get(p) as Uint8Array)[q] === 0) continue;
      if (linked(p, q)) best = Math.max(best, 1 + longest(q));
    }
    chain.set(p, best);
    return best;
  };
  // k links: about n^k ways to fail, each scanning up to n characters.
  let links = 0;
  for (const p of loops) links = Math.max(links, longest(p) - 1);
  return links >= 2 ? polynomial(links + 1) : null;
}

function exponential(): RegexRisk {
  return {
    kind: 'exponential',
    message:
      'can take exponential time on some lines (catastrophic backtracking: a repeated part can match the same text in more than one way, as in (a+)+ or (a|aa)+); rewrite it so that each repetition can match a text only one way',
  };
}

function polynomial(power: number): RegexRisk {
  return {
    kind: 'polynomial',
    message: `can take time growing with the ${power === 3 ? 'cube' : `power ${power}`} of a line's length (several repetitions can match the same text, as in .*a.*b); drop a leading .* (a pattern matches anywhere) or make the repetitions exclusive ([^,]* instead of .*)`,
  };
}
