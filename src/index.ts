// The library: what the CLI is built on. `import { triage, classifyLine, mergeStates } from 'synctriage'`.
import { createReadStream, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { analyze, analyzeBeside, analyzeToState, combineStates, createEngine, engineFromConfig, mergeStates as mergeEngineStates, StateMerger, timeWindow, type Engine } from './pipeline.js';
import { EMPTY_CONFIG, loadConfig, parseConfig, type Config } from './config/config.js';
import { READ_CHUNK_BYTES, type InputSource } from './input/open.js';
import { FirstEventReader } from './events/first.js';
import { ACTIONABLE, RETRY, type Category, type RetryAdvice, type Summary } from './types.js';
import type { AggregatorState, StateForm } from './aggregate/state.js';
import { planShards, shardSource, type Shard } from './parallel/shards.js';
import { lineNumbering, statesInParallel } from './parallel/pool.js';

export type { Summary, Group, Totals, Limits, RunSummary, Verdict, Category, InputSummary } from './types.js';
export type { AggregatorState, StateForm } from './aggregate/state.js';
export type { Engine } from './pipeline.js';
export { CATEGORIES } from './types.js';
export { STATE_VERSION } from './aggregate/state.js';
export { SCHEMA_VERSION, VERSION } from './version.js';

/** What to read: a file path, a Readable, or an (async) iterable of chunks (Buffer) or lines (string). */
export type TriageSource = string | Readable | AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

export interface EngineChoice {
  /**
   * A config: a path to a config file, or its parsed object (the same format). Default: none, the
   * built-in rules only (the CLI's default of ./synctriage.config.json is the CLI's).
   */
  config?: string | object;
  /** A ready engine (createEngine / engineFromConfig), shared across calls; wins over `config`. */
  engine?: Engine;
}

export interface TriageOptions extends EngineChoice {
  /** The input's name in the summary (default: the path, or "-"); with several sources, the first's. */
  name?: string;
  /** Called with the bytes of each chunk read, for a progress display. */
  onProgress?: (bytes: number) => void;
  /**
   * Worker threads (default 1). With more, files are read side by side and a large file is cut
   * at event boundaries; the summary is the same as with one. Used when every source is a path
   * and the engine can be rebuilt in a worker (the built-in rules or a config file).
   */
  jobs?: number;
  samples?: number;
  maxGroups?: number;
  maxRecords?: number;
  /** Only lines at or after / at or before this time (ms since the epoch or a Date). */
  since?: number | Date;
  until?: number | Date;
}

/** An engine for the options: one per config, reusable; two engines never share settings. */
export function engineFor(options: EngineChoice = {}): Engine {
  if (options.engine !== undefined) return options.engine;
  if (options.config === undefined) return (builtinEngine ??= createEngine());
  const config: Config = typeof options.config === 'string' ? loadConfig(options.config) : parseConfig(options.config, '(config object)');
  return config === EMPTY_CONFIG ? createEngine() : engineFromConfig(config);
}

function toSource(source: TriageSource, name: string | undefined): InputSource {
  if (typeof source === 'string') return { name: name ?? source, stream: () => createReadStream(source, { highWaterMark: READ_CHUNK_BYTES }) };
  if (source instanceof Readable) return { name: name ?? '-', stream: () => source };
  // Strings are lines (a newline is added where missing); bytes are chunks, split where they fall.
  // Lines are handed on in chunks of the reader's size: a chunk per line would cost a stream
  // round trip per line (about 5 µs, several times what the line's own work costs).
  const items = source as AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;
  async function* chunks(): AsyncGenerator<Buffer> {
    let held: string[] = [];
    let size = 0;
    for await (const item of items) {
      if (typeof item === 'string') {
        held.push(item.endsWith('\n') ? item : `${item}\n`);
        size += item.length + 1;
        if (size >= READ_CHUNK_BYTES) {
          yield Buffer.from(held.join(''));
          held = [];
          size = 0;
        }
        continue;
      }
      if (held.length > 0) {
        yield Buffer.from(held.join(''));
        held = [];
        size = 0;
      }
      yield Buffer.from(item.buffer, item.byteOffset, item.byteLength);
    }
    if (held.length > 0) yield Buffer.from(held.join(''));
  }
  return { name: name ?? '-', stream: () => Readable.from(chunks()) };
}

/** The engine of the built-in rules, made on first use: it holds no config, so callers share it safely. */
let builtinEngine: Engine | undefined;

function toSources(source: TriageSource | readonly TriageSource[], name: string | undefined): InputSource[] {
  const list = Array.isArray(source) ? (source as readonly TriageSource[]) : [source as TriageSource];
  return list.map((s, i) => toSource(s, i === 0 ? name : undefined));
}

const ms = (t: number | Date | undefined) => (t === undefined ? undefined : typeof t === 'number' ? t : t.getTime());

function analyzeOptions(o: TriageOptions) {
  return { samples: o.samples, maxGroups: o.maxGroups, maxTrackedRecords: o.maxRecords, filter: timeWindow(ms(o.since), ms(o.until)), onProgress: o.onProgress };
}

/** Reads a log (or several, in order) and resolves to its summary: the groups, totals, runs and verdict the CLI prints. */
export async function triage(source: TriageSource | readonly TriageSource[], options: TriageOptions = {}): Promise<Summary> {
  const engine = engineFor(options);
  return ((await inParallel(source, options, engine, null)) as Summary | null) ?? analyze(toSources(source, options.name), engine, analyzeOptions(options));
}

/**
 * Reads a log (or a shard of one) and resolves to its mergeable state (see mergeStates): plain
 * data by default; `live` (see StateForm) to go through its records once without an array or a
 * text of them all (the CLI writes `--format state` so).
 */
export async function triageToState(source: TriageSource | readonly TriageSource[], options: TriageOptions = {}, form: StateForm = 'file'): Promise<AggregatorState> {
  const engine = engineFor(options);
  return ((await inParallel(source, options, engine, form)) as AggregatorState | null) ?? analyzeToState(toSources(source, options.name), engine, analyzeOptions(options), form);
}

/**
 * The least input (all files together) worth worker threads: 128 MiB. On the 2-core bench machine
 * two jobs were 1.25–1.44× faster on the 152 MB mixed corpus, about even on the 198 MB NDJSON one,
 * and slower on a 60 MB log of few distinct lines; each worker adds 120–170 MB of peak memory.
 * SYNCTRIAGE_PARALLEL_MIN_BYTES overrides it (the tests use it to cut small files).
 */
function parallelMinBytes(): number {
  const env = Number(process.env.SYNCTRIAGE_PARALLEL_MIN_BYTES);
  return Number.isFinite(env) && env >= 0 && process.env.SYNCTRIAGE_PARALLEL_MIN_BYTES !== '' ? env : 128 << 20;
}

/**
 * How much larger than a worker's the main thread's piece of a lone file is: a worker's piece also
 * costs its start (~0.2 s), its state (every success kept as a fingerprint), the JSON text and the merge.
 * On the 1M-line NDJSON bench corpus (2 cores) the worker finished last at 1 and the main thread
 * at 2; 1.5 lies between.
 */
const MAIN_PIECE_WEIGHT = 1.5;

/**
 * With `jobs` above 1, paths only, and an engine a worker can build again: the work cut in shards
 * (planShards). When there are no more shards than jobs, this thread reads the first itself and
 * jobs - 1 workers the rest (no state to write and clone for the first); else jobs workers read
 * them all and this thread merges. Null when it cannot or need not be done in parallel.
 */
async function inParallel(source: TriageSource | readonly TriageSource[], options: TriageOptions, engine: Engine, asState: StateForm | null): Promise<Summary | AggregatorState | null> {
  const jobs = options.jobs ?? 1;
  const paths = Array.isArray(source) ? (source as readonly TriageSource[]) : [source as TriageSource];
  if (jobs < 2 || engine.origin === undefined || options.name !== undefined || !paths.every((p): p is string => typeof p === 'string' && p !== '-')) return null;
  // A path given twice is two inputs of one name: pieces of a file are told apart by name only.
  if (new Set(paths).size !== paths.length) return null;
  // Smaller inputs stay on this thread: a worker's start, state and merge cost more than its share saves.
  if (paths.reduce((sum, p) => sum + statSync(p).size, 0) < parallelMinBytes()) return null;
  const shards = planShards(paths, jobs, engine.lexicon.keys, MAIN_PIECE_WEIGHT);
  if (shards.length < 2) return null;
  const setup = {
    configPath: engine.origin.configPath,
    options: { samples: options.samples, maxGroups: options.maxGroups, maxTrackedRecords: options.maxRecords },
    since: ms(options.since),
    until: ms(options.until),
    progress: options.onProgress !== undefined,
  };
  const mainReads = shards.length <= jobs;
  const elsewhere = mainReads ? shards.slice(1) : shards;
  if (!mainReads) {
    // More shards than jobs: this thread and jobs - 1 workers take them in turn; each state is
    // merged as it comes next in order, then dropped.
    const merger = new StateMerger(engine, asState);
    const number = lineNumbering();
    const readHere = (shard: Shard) => analyzeToState([shardSource(shard)], engine, analyzeOptions(options), 'live');
    await statesInParallel(
      elsewhere,
      jobs,
      setup,
      (st, i) => {
        number(elsewhere[i], st);
        merger.take(st);
      },
      options.onProgress,
      undefined,
      readHere,
    );
    return merger.result();
  }
  // This thread reads the first shard; the others' states (no more than jobs - 1) wait for it.
  const stop = new AbortController();
  const later: AggregatorState[] = [];
  const states = statesInParallel(elsewhere, jobs - 1, setup, (st) => later.push(st), options.onProgress, stop.signal).then(() => later);
  const first = [shardSource(shards[0])];
  // Keep a worker's failure from going unhandled while this thread reads its own shard.
  states.catch(() => undefined);
  try {
    return await analyzeBeside(first, engine, analyzeOptions(options), {
      states,
      renumber: (st, linesHere) => {
        const number = lineNumbering(linesHere);
        st.forEach((state, i) => number(elsewhere[i], state));
      },
    }, asState);
  } catch (err) {
    stop.abort(err);
    throw err;
  }
}

/**
 * States (from triageToState or `--format state`) → the summary one run over all their lines gives.
 * States are taken in the order given, or in time order when their time spans do not overlap.
 */
export function mergeStates(states: readonly AggregatorState[], options: EngineChoice = {}): Summary {
  return mergeEngineStates(states, engineFor(options));
}

/** States → one state (a step of a tree reduction). */
export function combine(states: readonly AggregatorState[], options: EngineChoice = {}): AggregatorState {
  return combineStates(states, engineFor(options));
}

export interface LineClassification {
  category: Category;
  actionable: boolean | null;
  retry: RetryAdvice;
  destination: string | null;
  cause: string | null;
  field: string | null;
  status: number | null;
  recordId: string | null;
  rule: string;
  summary: string;
  fix: string;
  link: string | null;
}

/**
 * One line (or one multi-line event: a traceback with its head, a pretty-printed body) → its
 * classification, as `explain` reads it.
 */
export function classifyLine(text: string, options: EngineChoice = {}): LineClassification {
  if (typeof text !== 'string') throw new TypeError(`classifyLine: text must be a string, not ${text === null ? 'null' : typeof text}`);
  const engine = engineFor(options);
  const reader = new FirstEventReader(engine.lexicon);
  const lines = text.split('\n');
  for (let i = 0; i < lines.length && !reader.done; i++) reader.push(lines[i]);
  const { signals: s } = reader.end(text);
  const c = engine.classifier.classify(s);
  return {
    category: c.category,
    actionable: ACTIONABLE[c.category],
    retry: RETRY[c.category],
    destination: s.destination,
    cause: c.category === 'none' ? null : c.cause,
    field: c.field,
    status: s.status,
    recordId: s.recordId,
    rule: c.rule,
    summary: c.summary,
    fix: c.fix,
    link: c.link,
  };
}

export { createEngine, engineFromConfig };
