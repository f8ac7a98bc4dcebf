import type { Classification, Signals } from '../types.js';
import { readsValueWithoutRole } from './extract.js';
import { Role } from './keys.js';
import type { Lexicon } from './lexicon.js';
import { ownCopy } from '../strings.js';

/**
 * Line shapes: the per-line shortcut for JSON lines that repeat. A sync log writes the same object
 * a hundred thousand times over ("record synced", one 401 body) with only a timestamp, a run id, a
 * record id, a request id or a duration changed. Once a shape has been seen twice, a line of that
 * shape is matched against it from its bytes (a few `startsWith` and `indexOf` calls, no
 * `JSON.parse`, no walk, no rules) and takes the signals and decision the full path gave: the
 * values that differ are only those the full path files under time, run id and record id, or ignores.
 *
 * What may differ between two lines of one shape (a hole), and why the full path would not tell
 * them apart otherwise:
 * - the value of a time, run-id or record-id key, a string: filed as is (bounded), never read by rules;
 * - a number or a string that is not JSON under a key no role, no provider shape and no entity-id
 *   spelling claims: the walker passes over it.
 * Everything else (levels, statuses, messages, codes, destinations, error keys, key order) is part
 * of the shape, byte for byte. A line with a backslash or a control character never takes the
 * shortcut (its strings are not read here), nor do Airbyte envelopes, integer-like or repeated keys
 * (the walker's order and last-wins differ from the text's) and batch lines (items are classified
 * one by one). The test in test/extract/shapes.test.ts holds the shortcut to the full path's answers
 * on every corpus line.
 */

/** Shapes kept; a log holds a handful, and a miss costs one failed `startsWith` per shape. */
const MAX_SHAPES = 24;
/** Shapes seen once, waiting for a second sighting (a line with a unique message never gets in). */
const MAX_CANDIDATES = 512;
/** Tokens of a line the learner reads before it gives up (a big body is not a repeating shape). */
const MAX_TOKENS = 256;
const MAX_DEPTH = 8;

const enum Hole {
  /** A value the full path ignores. */
  Ignored,
  Time,
  RunId,
  RecordId,
}

interface Shape {
  /** Literal text before each hole, and after the last one. */
  literals: string[];
  holes: Hole[];
  /** Whether each hole is a string (else a number). */
  strings: boolean[];
  /** The signals of the line the shape was learnt from, with time, run id and record id to fill. */
  signals: Signals;
  classification: Classification;
}

/** What a match gives: the line's signals and the decision. */
export interface ShapeMatch {
  signals: Signals;
  classification: Classification;
}

/** A JSON number, whole (RFC 8259 §6). */
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
/** What JSON strings may not hold raw (a line with any of them is left to JSON.parse). */
const UNSAFE = /[\\\u0000-\u001f]/;
/** The rest of a string with no escape and no control character, and its closing quote. */
const STRING_REST = /[^"\\\u0000-\u001f]*"/y;

export class LineShapes {
  private readonly shapes: Shape[] = [];
  private readonly candidates = new Map<string, number>();
  /** Keys whose value a provider's field shape or its `beside` test reads. */
  private readonly shapeKeys: Set<string>;

  constructor(private readonly lex: Lexicon) {
    this.shapeKeys = new Set<string>();
    for (const [key, list] of lex.providers.fieldShapes) {
      this.shapeKeys.add(key);
      for (const f of list) this.shapeKeys.add(f.beside);
    }
  }

  /** The signals and decision of a line of a known shape, or null (then take the full path, then learn()). */
  match(text: string): ShapeMatch | null {
    const shapes = this.shapes;
    if (shapes.length === 0 || text.charCodeAt(0) !== 123) return null;
    for (let i = 0; i < shapes.length; i++) {
      const m = matchShape(text, shapes[i]);
      if (m === null) continue;
      // The last shape matched is tried first next time: a log's lines come in runs of one shape.
      if (i > 0) {
        const hit = shapes[i];
        shapes.copyWithin(1, 0, i);
        shapes[0] = hit;
      }
      return m;
    }
    return null;
  }

  /** After the full path on a one-line event: remember its shape, once it has been seen twice. */
  learn(text: string, s: Signals, c: Classification): void {
    if (s.format !== 'json' || s.items.length > 0 || text.charCodeAt(0) !== 123 || UNSAFE.test(text)) return;
    const shape = this.shapeOf(text, s, c);
    if (shape === null) return;
    const signature = `${shape.literals.join('\u0000')}\u0001${shape.holes.join('')}`;
    const seen = this.candidates.get(signature) ?? 0;
    if (seen === 0) {
      if (this.candidates.size >= MAX_CANDIDATES) this.candidates.clear();
      this.candidates.set(signature, 1);
      return;
    }
    this.candidates.delete(signature);
    if (this.shapes.length >= MAX_SHAPES) this.shapes.pop();
    this.shapes.unshift(shape);
  }

  /** The shape of a JSON line the full path read as `s`, or null when its values cannot be told apart safely. */
  private shapeOf(text: string, s: Signals, c: Classification): Shape | null {
    const tokens = tokenize(text);
    if (tokens === null) return null;
    const keys = this.lex.keys;
    // Which key the walker files each role's value from: the first (run ids: the first whose key
    // says "run", if a job or sync id came before it). Only that key's value can be a role hole.
    const picked = new Map<Role, number>();
    let runIsRun = false;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.key === 'type' && t.depth === 0) return null; // an Airbyte envelope is re-shaped before the walk
      const role = keys.get(t.key);
      if (role === undefined || t.depth > 1) continue;
      if (role !== Role.Time && role !== Role.RunId && role !== Role.RecordId) continue;
      // An object, a boolean or null under such a key is read in ways of its own (a record's `id`): no shape.
      if (t.kind === Kind.Other) return null;
      if (role === Role.Time || role === Role.RecordId) {
        if (!picked.has(role) && (role === Role.Time || t.end > t.start)) picked.set(role, i);
      } else if (role === Role.RunId && t.end > t.start) {
        const isRun = t.key.indexOf('run') !== -1 || t.key.indexOf('Run') !== -1;
        if (!picked.has(role) || (!runIsRun && isRun)) {
          picked.set(role, i);
          runIsRun = isRun;
        }
      }
    }
    const literals: string[] = [];
    const holes: Hole[] = [];
    const strings: boolean[] = [];
    let from = 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const hole = this.holeFor(t, i, picked, s);
      if (hole === null) continue;
      literals.push(ownCopy(text.slice(from, t.start)));
      holes.push(hole);
      strings.push(t.kind === Kind.String);
      from = t.end;
    }
    if (holes.length === 0) return null;
    literals.push(ownCopy(text.slice(from)));
    const signals: Signals = { ...s, codes: Object.freeze([...s.codes]) as string[], fields: Object.freeze([...s.fields]) as string[] };
    return { literals, holes, strings, signals, classification: c };
  }

  private holeFor(t: Token, i: number, picked: ReadonlyMap<Role, number>, s: Signals): Hole | null {
    const role = this.lex.keys.get(t.key);
    if (role === Role.Time || role === Role.RunId || role === Role.RecordId) {
      // Only the picked key's string value, as the full path filed it; the others are ignored by it.
      if (t.kind !== Kind.String) return null;
      if (picked.get(role) !== i) return t.depth <= 1 ? null : Hole.Ignored;
      if (t.end === t.start) return null;
      return role === Role.Time ? Hole.Time : role === Role.RunId ? (s.runId === null ? null : Hole.RunId) : s.recordId === null ? null : Hole.RecordId;
    }
    if (role !== undefined || t.kind === Kind.Other || readsValueWithoutRole(t.key) || this.shapeKeys.has(t.key)) return null;
    return Hole.Ignored;
  }
}

function matchShape(text: string, shape: Shape): ShapeMatch | null {
  const { literals, holes, strings } = shape;
  let pos = 0;
  let time: string | null = null;
  let runId: string | null = null;
  let recordId: string | null = null;
  for (let i = 0; ; i++) {
    // Native calls only: indexOf at the place beats startsWith(lit, pos) and a char loop on a
    // line (a slice of the read chunk) several times over.
    const lit = literals[i];
    const last = lit.length - 1;
    // Its middle and last characters first: a miss then costs no search through the rest of the
    // line (shapes differ in a level, a destination, a message, seldom in the closing quote alone).
    const mid = last >> 1;
    if (last >= 0 && (text.charCodeAt(pos + mid) !== lit.charCodeAt(mid) || text.charCodeAt(pos + last) !== lit.charCodeAt(last))) return null;
    if (text.indexOf(lit, pos) !== pos) return null;
    pos += lit.length;
    if (i === holes.length) break;
    const hole = holes[i];
    const start = pos;
    const value = strings[i] ? STRING_REST : NUMBER;
    value.lastIndex = pos;
    if (!value.test(text)) return null;
    pos = value.lastIndex;
    if (!strings[i]) continue;
    // The closing quote is the next literal's first character.
    pos--;
    if (hole === Hole.Ignored) {
      // A string that looks like JSON is parsed by the full path: not ignored.
      const c0 = text.charCodeAt(start);
      if ((c0 === 123 || c0 === 91) && pos - start > 1) return null;
    } else {
      if (pos === start) return null;
      const v = text.slice(start, pos);
      if (hole === Hole.Time) time = v.length > 64 ? v.slice(0, 64) : v;
      else if (hole === Hole.RunId) runId = v.length > 256 ? v.slice(0, 256) : v;
      else recordId = v.length > 256 ? v.slice(0, 256) : v;
    }
  }
  if (pos !== text.length) return null;
  const s: Signals = { ...shape.signals };
  if (time !== null) s.time = time;
  if (runId !== null) s.runId = runId;
  if (recordId !== null) s.recordId = recordId;
  return { signals: s, classification: shape.classification };
}

const enum Kind {
  String,
  Number,
  /** true, false, null, or a container: always part of the shape. */
  Other,
}

/** An object member's value: its key, the walker's depth for it, and where the value's text is (inside the quotes for a string). */
interface Token {
  key: string;
  depth: number;
  kind: Kind;
  start: number;
  end: number;
}

/**
 * The members of a JSON line with no backslash (so a string ends at the next quote), in text
 * order; null for anything this reader does not take (then the line keeps no shape). Depth is the
 * walker's: the root's keys are at 0, an object's under a key one deeper, an object in an array two.
 */
function tokenize(text: string): Token[] | null {
  const tokens: Token[] = [];
  /** Per open container: true for an object; and the keys seen in each open object. */
  const isObject: boolean[] = [];
  const keysOf: Array<Set<string> | null> = [];
  let i = 0;
  const n = text.length;
  const ws = () => {
    let c = text.charCodeAt(i);
    while (c === 32 || c === 9 || c === 10 || c === 13) c = text.charCodeAt(++i);
    return c;
  };
  let c = ws();
  if (c !== 123) return null;
  let key: string | null = null;
  // Expecting a value (after ":" or "," in an array, or at the start).
  for (;;) {
    c = ws();
    if (i >= n) return null;
    const inObject = isObject.length > 0 && isObject[isObject.length - 1];
    if (inObject && key === null) {
      // A key, or the end of an empty object.
      if (c === 125) {
        i++;
        isObject.pop();
        keysOf.pop();
        if (!afterValue()) return null;
        if (isObject.length === 0) break;
        continue;
      }
      if (c !== 34) return null;
      const end = text.indexOf('"', i + 1);
      if (end === -1) return null;
      key = text.slice(i + 1, end);
      const k0 = key.charCodeAt(0);
      if (k0 >= 48 && k0 <= 57) return null; // integer-like keys are walked first, whatever their place
      const seen = keysOf[keysOf.length - 1]!;
      if (seen.has(key)) return null;
      seen.add(key);
      i = end + 1;
      if (ws() !== 58) return null;
      i++;
      continue;
    }
    // A value.
    if (c === 123 || c === 91) {
      if (key !== null) tokens.push({ key, depth: walkDepth(isObject), kind: Kind.Other, start: i, end: i });
      key = null;
      isObject.push(c === 123);
      keysOf.push(c === 123 ? new Set() : null);
      if (isObject.length > MAX_DEPTH) return null;
      i++;
      if (c === 91 && ws() === 93) {
        i++;
        isObject.pop();
        keysOf.pop();
        if (!afterValue()) return null;
      }
      continue;
    }
    let kind: Kind;
    let start = i;
    let end: number;
    if (c === 34) {
      end = text.indexOf('"', i + 1);
      if (end === -1) return null;
      kind = Kind.String;
      start = i + 1;
      i = end + 1;
    } else if (c === 45 || (c >= 48 && c <= 57)) {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) return null;
      end = i = NUMBER.lastIndex;
      kind = Kind.Number;
    } else {
      const word = text.startsWith('true', i) ? 4 : text.startsWith('null', i) ? 4 : text.startsWith('false', i) ? 5 : 0;
      if (word === 0) return null;
      end = i += word;
      kind = Kind.Other;
    }
    if (key !== null) {
      tokens.push({ key, depth: walkDepth(isObject), kind, start, end });
      if (tokens.length > MAX_TOKENS) return null;
    }
    key = null;
    if (!afterValue()) return null;
    if (isObject.length === 0) break;
  }
  ws();
  return i === n ? tokens : null;

  /** After a value: "," (another member or element), or closers, each closing a container. */
  function afterValue(): boolean {
    for (;;) {
      const c2 = ws();
      if (isObject.length === 0) return true;
      if (c2 === 44) {
        i++;
        return true;
      }
      if (c2 === (isObject[isObject.length - 1] ? 125 : 93)) {
        i++;
        isObject.pop();
        keysOf.pop();
        continue;
      }
      return false;
    }
  }
}

/**
 * The walker's depth for a member of the innermost open object: the root's members are at 0; each
 * object under a key adds one, each array adds one and the object in it one more.
 */
function walkDepth(isObject: readonly boolean[]): number {
  return isObject.length - 1;
}
