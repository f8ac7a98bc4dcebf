import { closeSync, openSync, readSync } from 'node:fs';
import { readSideFile } from './side-file.js';
import { UserError } from '../errors.js';
import { CATEGORIES } from '../types.js';
import { STATE_KIND, STATE_VERSION, type AggregatorState } from '../aggregate/state.js';
import { HyperLogLog } from '../aggregate/hll.js';
import { FingerprintSet } from '../aggregate/fingerprints.js';
import { SUCCESSES_PER_RECORD, type RecordEntry } from '../aggregate/records.js';
import { TIMELINE_BINS } from '../aggregate/timeline.js';

/**
 * A state file holds at most the caps' worth of groups, records and runs: with the defaults
 * (1,000 groups, 100,000 records, 1,000 runs) a few MiB; the largest caps stay well under this.
 */
export const MAX_STATE_BYTES = 128 << 20;

/** Reads a `--format state` file for `merge`, checking every field (it may come from anywhere). */
export function readState(path: string, given?: string): AggregatorState {
  let text: string;
  try {
    text = given ?? readSideFile(path, 'state file', MAX_STATE_BYTES);
  } catch (err) {
    if (err instanceof UserError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`${path}: no such state file`);
    if (code === 'EISDIR') throw new UserError(`${path}: is a directory`);
    throw err;
  }
  const split = splitRecords(text);
  let raw: unknown;
  try {
    raw = JSON.parse(split === null ? text : split.rest);
  } catch (err) {
    throw new UserError(`${path}: not a synctriage state (${(err as Error).message}); make it with --format state`);
  }
  if (split === null) return checkState(raw, path);
  // The records were cut out: the rest is checked now, the records as they are taken in.
  const st = checkState(raw, path);
  const maxRecords = st.options.maxTrackedRecords;
  const groups = st.groups.length;
  try {
    checkSuccesses(split.successes, maxRecords);
  } catch (err) {
    if (err instanceof Bad) throw new UserError(`${path}: not a valid synctriage state: ${err.message}`);
    throw err;
  }
  st.records.successes = split.successes;
  st.records.entries = lazyEntries(text, split.entries, path, groups, maxRecords);
  return st;
}

/** Record entries parsed per piece of text: a few hundred KB of them at a time, never the whole list. */
const ENTRIES_PER_PIECE = 5_000;
const ENTRIES_KEY = '"records":{"entries":[';
const SUCCESSES_KEY = '],"successes":"';

/**
 * A state as writeState lays it out holds its records as `"records":{"entries":[…],"successes":"…"`:
 * the bulk of it (100,000 entries and a few MB of base64 by default). They are cut out of the text
 * (where each entry starts, and the base64 as a slice of the text), so the parsed tree holds
 * everything else and the entries are parsed piece by piece as the merge takes them in: one
 * state's records are never all objects at once. Null when the text is laid out otherwise (then
 * it is parsed whole). The keys can be searched for: inside a JSON string their quotes would be
 * escaped.
 */
function splitRecords(text: string): { rest: string; entries: { from: number; to: number; cuts: number[] }; successes: string } | null {
  const at = text.indexOf(ENTRIES_KEY);
  if (at === -1) return null;
  const from = at + ENTRIES_KEY.length;
  const cuts = [from];
  let depth = 0;
  let inString = false;
  let count = 0;
  let i = from;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 /* [ */ || c === 123 /* { */) depth++;
    else if (c === 93 /* ] */ || c === 125 /* } */) {
      if (depth === 0) break;
      depth--;
    } else if (c === 44 /* , */ && depth === 0 && ++count % ENTRIES_PER_PIECE === 0) cuts.push(i + 1);
  }
  if (i >= text.length || !text.startsWith(SUCCESSES_KEY, i)) return null;
  const b64 = i + SUCCESSES_KEY.length;
  const end = text.indexOf('"', b64);
  if (end === -1) return null;
  return {
    rest: `${text.slice(0, from)}],"successes":""${text.slice(end + 1)}`,
    entries: { from, to: i, cuts },
    successes: text.slice(b64, end),
  };
}

/** The record entries of a state text, parsed and checked a piece at a time as they are read (once). */
function* lazyEntries(text: string, span: { from: number; to: number; cuts: number[] }, path: string, groups: number, maxRecords: number): Iterable<RecordEntry> {
  let n = 0;
  for (let k = 0; k < span.cuts.length; k++) {
    const a = span.cuts[k];
    // A cut is just past a comma: the piece before it ends with that comma.
    const b = k + 1 < span.cuts.length ? span.cuts[k + 1] - 1 : span.to;
    if (b <= a) continue;
    let piece: unknown[];
    try {
      piece = JSON.parse(`[${text.slice(a, b)}]`) as unknown[];
    } catch (err) {
      throw new UserError(`${path}: not a synctriage state (${(err as Error).message}); make it with --format state`);
    }
    try {
      if (n + piece.length > maxRecords) fail('records.entries', `more records than the cap (${maxRecords}) allows`);
      piece.forEach((v, j) => checkEntry(v, `records.entries[${n + j}]`, groups));
    } catch (err) {
      if (err instanceof Bad) throw new UserError(`${path}: not a valid synctriage state: ${err.message}`);
      throw err;
    }
    n += piece.length;
    yield* piece as RecordEntry[];
  }
}

class Bad extends Error {}

function fail(at: string, what: string): never {
  throw new Bad(`${at}: ${what}`);
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
function obj(v: unknown, at: string): Record<string, unknown> {
  if (!isObj(v)) fail(at, 'expected an object');
  return v;
}
function arr(v: unknown, at: string): unknown[] {
  if (!Array.isArray(v)) fail(at, 'expected an array');
  return v;
}
function num(v: unknown, at: string, min = 0): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min) fail(at, `expected a whole number${min >= 0 ? ' ≥ 0' : ''}`);
  return v;
}
function str(v: unknown, at: string): string {
  if (typeof v !== 'string') fail(at, 'expected a string');
  return v;
}
function strOrNull(v: unknown, at: string): string | null {
  return v === null ? null : str(v, at);
}
function bool(v: unknown, at: string): boolean {
  if (typeof v !== 'boolean') fail(at, 'expected true or false');
  return v;
}
function group(v: unknown, at: string, groups: number, allowNone = false): number {
  const g = num(v, at, allowNone ? -1 : 0);
  if (g >= groups) fail(at, `no group ${g} in this state`);
  return g;
}

function timeline(v: unknown, at: string): void {
  const t = obj(v, at);
  const start = Date.parse(str(t.start, `${at}.start`));
  const width = num(t.binSeconds, `${at}.binSeconds`, 1);
  if (!Number.isSafeInteger(width) || (width & (width - 1)) !== 0 && Math.log2(width) % 1 !== 0) fail(`${at}.binSeconds`, 'expected a power of two');
  if (Number.isNaN(start) || (start / 1000) % width !== 0) fail(`${at}.start`, 'expected a time at a whole bin');
  const counts = arr(t.counts, `${at}.counts`);
  if (counts.length === 0 || counts.length > TIMELINE_BINS) fail(`${at}.counts`, `expected 1 to ${TIMELINE_BINS} bins`);
  counts.forEach((n, i) => num(n, `${at}.counts[${i}]`));
}

/** What `merge` reads of every state before taking any in: the same-state check and the time order need no more. */
export type StateHead = Pick<AggregatorState, 'options' | 'span' | 'totals' | 'inputs'>;

/** Bytes of a state file searched for the end of its head. */
const HEAD_BYTES = 1 << 20;

/**
 * The head of a state file (options, span, totals, inputs), read without its groups and records:
 * writeState puts it first. A state written otherwise (its head past the first MiB, or keys in
 * another order) is read whole.
 */
export function readStateHead(path: string): StateHead {
  let text: string | null = null;
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buf = Buffer.allocUnsafe(HEAD_BYTES);
    const n = readSync(fd, buf, 0, HEAD_BYTES, 0);
    // Names in the head are JSON strings: an unescaped `,"groups":[` is the key itself.
    const head = buf.toString('utf8', 0, n).replace(/^\uFEFF/, '');
    const at = head.indexOf(',"groups":[');
    if (at !== -1) text = `${head.slice(0, at)}}`;
  } catch {
    text = null; // the whole read below says what is wrong
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (text === null) return readState(path);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return readState(path);
  }
  return checkHead(raw, path);
}

function checkHead(raw: unknown, path: string): AggregatorState {
  if (!isObj(raw) || raw.kind !== STATE_KIND) throw new UserError(`${path}: not a synctriage state (no "kind": "${STATE_KIND}"); make it with --format state`);
  if (raw.stateVersion !== STATE_VERSION) {
    throw new UserError(`${path}: stateVersion ${JSON.stringify(raw.stateVersion)} is not one this version reads (${STATE_VERSION}); write the state again with this version`);
  }
  try {
    const o = obj(raw.options, 'options');
    for (const k of ['samples', 'maxGroups', 'maxTrackedRecords', 'maxRuns', 'maxEventLines', 'maxEventChars']) num(o[k], `options.${k}`);
    const span = obj(raw.span, 'span');
    strOrNull(span.first, 'span.first');
    strOrNull(span.last, 'span.last');
    const t = obj(raw.totals, 'totals');
    for (const k of ['lines', 'events', 'errors', 'nonErrors', 'unparsed', 'truncated', 'filtered']) num(t[k], `totals.${k}`);
    arr(raw.inputs, 'inputs').forEach((v, i) => {
      const x = obj(v, `inputs[${i}]`);
      str(x.name, `inputs[${i}].name`);
      num(x.bytes, `inputs[${i}].bytes`);
      num(x.lines, `inputs[${i}].lines`);
      for (const k of ['gzip', 'binary', 'csv']) bool(x[k], `inputs[${i}].${k}`);
    });
  } catch (err) {
    if (err instanceof Bad) throw new UserError(`${path}: not a valid synctriage state: ${err.message}`);
    throw err;
  }
  return raw as unknown as AggregatorState;
}

function checkSuccesses(successes: string, maxRecords: number): void {
  const pairs = FingerprintSet.countInBase64(successes);
  if (pairs === null) fail('records.successes', 'expected base64 of 8-byte fingerprints');
  if (pairs > SUCCESSES_PER_RECORD * maxRecords) fail('records.successes', `more success-only records than the cap (${maxRecords}) allows`);
}

function checkEntry(v: unknown, at: string, groups: number): void {
  const r = arr(v, at);
  strOrNull(r[0], `${at}[0]`);
  str(r[1], `${at}[1]`);
  arr(r[2], `${at}[2]`).forEach((x, j) => group(x, `${at}[2][${j}]`, groups));
  arr(r[3], `${at}[3]`).forEach((x, j) => group(x, `${at}[3][${j}]`, groups));
  group(r[4], `${at}[4]`, groups, true);
  if (r[5] !== 0 && r[5] !== 1) fail(`${at}[5]`, 'expected 0 or 1');
  const lines = arr(r[6], `${at}[6]`);
  if (lines.length !== (r[2] as unknown[]).length) fail(`${at}[6]`, 'one line count per group');
  lines.forEach((x, j) => num(x, `${at}[6][${j}]`, 1));
}

function checkState(input: unknown, path: string): AggregatorState {
  checkHead(input, path);
  const raw = input as Record<string, unknown>;
  try {
    const o = obj(raw.options, 'options');
    const e = obj(raw.eventOverflow, 'eventOverflow');
    for (const k of ['splitEvents', 'eventOverflowLines']) num(e[k], `eventOverflow.${k}`);
    const groups = arr(raw.groups, 'groups');
    if (groups.length > (o.maxGroups as number) + CATEGORIES.length) fail('groups', `more groups than the cap (${o.maxGroups}) allows`);
    groups.forEach((v, i) => {
      const at = `groups[${i}]`;
      const g = obj(v, at);
      for (const k of ['key', 'cause', 'rule', 'summary', 'fix']) str(g[k], `${at}.${k}`);
      if (!(CATEGORIES as readonly unknown[]).includes(g.category) || g.category === 'none') fail(`${at}.category`, 'not a category');
      for (const k of ['field', 'link', 'destination', 'firstSeen', 'lastSeen', 'input', 'distinct']) strOrNull(g[k], `${at}.${k}`);
      for (const k of ['count', 'linesWithRecord', 'untrackedLines', 'trackedLines', 'templateSize']) num(g[k], `${at}.${k}`);
      if (g.distinct !== null) {
        try {
          HyperLogLog.fromBase64(g.distinct as string);
        } catch (err) {
          fail(`${at}.distinct`, (err as Error).message);
        }
      }
      arr(g.statuses, `${at}.statuses`).forEach((s, j) => {
        const pair = arr(s, `${at}.statuses[${j}]`);
        num(pair[0], `${at}.statuses[${j}][0]`);
        num(pair[1], `${at}.statuses[${j}][1]`);
      });
      const first = obj(g.first, `${at}.first`);
      str(first.input, `${at}.first.input`);
      num(first.line, `${at}.first.line`);
      const samples = arr(g.samples, `${at}.samples`);
      if (samples.length > (o.samples as number)) fail(`${at}.samples`, `more samples than options.samples`);
      samples.forEach((s, j) => str(s, `${at}.samples[${j}]`));
      if (g.condensed !== undefined) {
        const condensed = arr(g.condensed, `${at}.condensed`);
        if (condensed.length !== samples.length) fail(`${at}.condensed`, 'expected one per sample');
        condensed.forEach((s, j) => str(s, `${at}.condensed[${j}]`));
      }
      if (g.timeline !== undefined && g.timeline !== null) timeline(g.timeline, `${at}.timeline`);
      if (g.template !== null) arr(g.template, `${at}.template`).forEach((s, j) => str(s, `${at}.template[${j}]`));
      bool(g.overflow, `${at}.overflow`);
    });
    const records = obj(raw.records, 'records');
    num(records.untrackedLines, 'records.untrackedLines');
    num(records.untrackedSuccesses, 'records.untrackedSuccesses');
    str(records.successes, 'records.successes');
    checkSuccesses(records.successes as string, o.maxTrackedRecords as number);
    const entries = arr(records.entries, 'records.entries');
    if (entries.length > (o.maxTrackedRecords as number)) fail('records.entries', `more records than the cap (${o.maxTrackedRecords}) allows`);
    entries.forEach((v, i) => checkEntry(v, `records.entries[${i}]`, groups.length));
    arr(raw.recordSuccesses, 'recordSuccesses').forEach((v, i) => {
      const pair = arr(v, `recordSuccesses[${i}]`);
      strOrNull(pair[0], `recordSuccesses[${i}][0]`);
      num(pair[1], `recordSuccesses[${i}][1]`);
    });
    const runs = obj(raw.runs, 'runs');
    num(runs.overflowLines, 'runs.overflowLines');
    const runEntries = arr(runs.entries, 'runs.entries');
    if (runEntries.length > (o.maxRuns as number) + 1) fail('runs.entries', `more runs than the cap (${o.maxRuns}) allows`);
    runEntries.forEach((v, i) => {
      const at = `runs.entries[${i}]`;
      const r = obj(v, at);
      str(r.id, `${at}.id`);
      for (const k of ['events', 'lines', 'errors', 'succeeded']) num(r[k], `${at}.${k}`);
      num(r.lastSuccessSeq, `${at}.lastSuccessSeq`, -1);
      arr(r.groups, `${at}.groups`).forEach((x, j) => {
        const q = arr(x, `${at}.groups[${j}]`);
        group(q[0], `${at}.groups[${j}][0]`, groups.length);
        for (let k = 1; k < 4; k++) num(q[k], `${at}.groups[${j}][${k}]`);
      });
    });
    arr(raw.lastRun, 'lastRun').forEach((v, i) => {
      const pair = arr(v, `lastRun[${i}]`);
      str(pair[0], `lastRun[${i}][0]`);
      str(pair[1], `lastRun[${i}][1]`);
    });
    arr(raw.namedDestinations, 'namedDestinations').forEach((v, i) => {
      const pair = arr(v, `namedDestinations[${i}]`);
      str(pair[0], `namedDestinations[${i}][0]`);
      strOrNull(pair[1], `namedDestinations[${i}][1]`);
    });
  } catch (err) {
    if (err instanceof Bad) throw new UserError(`${path}: not a valid synctriage state: ${err.message}`);
    throw err;
  }
  return raw as unknown as AggregatorState;
}
