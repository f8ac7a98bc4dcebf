import { logTimeMs } from './timestamps.js';
import type { Classification, InputSummary, Line, LogEvent, Signals, Summary } from './types.js';
import { EventJoiner } from './events/joiner.js';
import { readLines, type CsvOptions, type InputStats } from './input/lines.js';
import type { InputSource } from './input/open.js';
import { extract, extractEvent, extractRecord } from './extract/extract.js';
import { buildKeyMap } from './extract/keys.js';
import { LineShapes } from './extract/shapes.js';
import { BUILTIN_KEYS, type Lexicon } from './extract/lexicon.js';
import { MASKS, type Mask } from './rules/masks.js';
import { EMPTY_CONFIG, configPack, configProviders, fillLink, type Config } from './config/config.js';
import { Classifier } from './rules/matcher.js';
import { packsFor } from './rules/index.js';
import type { RulePack } from './rules/rule.js';
import { BUILTIN_INDEX, BUILTIN_PROVIDERS } from './providers/index.js';
import { ProviderIndex } from './providers/knowledge.js';
import { Aggregator, DEFAULT_AGGREGATOR_OPTIONS, type Aggregation, type AggregatorOptions, type EventOverflow } from './aggregate/aggregator.js';
import type { AggregatorState, StateForm, StateOptions } from './aggregate/state.js';
import { UserError } from './errors.js';
import { verdictFor } from './aggregate/verdict.js';
import { VERSION, SCHEMA_VERSION } from './version.js';
import { plural } from './thousands.js';

/**
 * What classifying needs, all of it held here (no process-wide settings): the lexicon extraction
 * reads lines with (key names, provider names, hosts and links) and the compiled rules. Two engines
 * with different configs live side by side in one process.
 */
export interface Engine {
  lexicon: Lexicon;
  classifier: Classifier;
  /**
   * Where it came from, when a worker thread can build the same engine again: the built-in rules
   * (configPath null) or a config file. Absent for engines made from objects in memory.
   */
  origin?: { configPath: string | null };
}

export interface EngineOptions {
  /** Rule packs tried before the built-in ones (the config file's rules). */
  packs?: RulePack[];
  keys?: Lexicon['keys'];
  providers?: ProviderIndex;
  masks?: readonly Mask[];
}

export function createEngine(opts: EngineOptions = {}): Engine {
  // The built-in index is built once per process (its hint index is a good part of start-up).
  const providers = opts.providers ?? BUILTIN_INDEX;
  const builtinOnly = opts.packs === undefined && opts.keys === undefined && opts.providers === undefined && opts.masks === undefined;
  return {
    ...(builtinOnly ? { origin: { configPath: null } } : {}),
    lexicon: { keys: opts.keys ?? (opts.providers === undefined ? BUILTIN_KEYS : buildKeyMap({}, providers.providers.map((p) => p.keys ?? {}))), providers },
    classifier: new Classifier(packsFor(providers, opts.packs ?? []), { masks: opts.masks ?? MASKS, providers }),
  };
}

/**
 * An engine configured by a config file: its rules first, its key names, its in-house providers,
 * its destination aliases, link templates and masks.
 */
export function engineFromConfig(config: Config): Engine {
  const own = configProviders(config);
  const addsNothing = own.length === 0 && Object.keys(config.destinations).length === 0 && Object.keys(config.links).length === 0;
  const providers = addsNothing
    ? BUILTIN_INDEX
    : new ProviderIndex([...own, ...BUILTIN_PROVIDERS], config.destinations, (destination, category, field, cause) => {
        const template = (destination !== null ? config.links[destination]?.[category] : undefined) ?? config.links['*']?.[category];
        return template === undefined ? null : fillLink(template, { destination, category, field, cause });
      });
  const engine = createEngine({
    packs: configPack(config),
    keys: buildKeyMap(
      config.fields,
      providers.providers.map((p) => p.keys ?? {}),
    ),
    providers,
    masks: config.masks.length > 0 ? [...config.masks, ...MASKS] : MASKS,
  });
  if (config.path !== null) engine.origin = { configPath: config.path };
  else if (config === EMPTY_CONFIG) engine.origin = { configPath: null };
  return engine;
}

/** Keeps or drops a line before aggregation (time window); dropped lines are still counted. */
export type LineFilter = (s: Signals) => boolean;

/**
 * The --since / --until window. A line with no readable timestamp is kept: it cannot be shown to
 * lie outside the window, and no line is dropped on a guess.
 */
export function timeWindow(since: number | undefined, until: number | undefined): LineFilter | undefined {
  if (since === undefined && until === undefined) return undefined;
  return (s) => {
    if (s.time === null) return true;
    const ms = logTimeMs(s.time);
    if (Number.isNaN(ms)) return true;
    return (since === undefined || ms >= since) && (until === undefined || ms <= until);
  };
}

export interface AnalyzeOptions extends Partial<AggregatorOptions> {
  onProgress?: (bytes: number) => void;
  filter?: LineFilter;
}

/** input → extract → rules → aggregate: the main job, one pass over every input. */
export async function analyze(inputs: InputSource[], engine: Engine, opts: AnalyzeOptions = {}): Promise<Summary> {
  const run = await aggregateInputs(inputs, engine, opts, false);
  return summarize(run.agg.finish(run.events), run.inputs, run.filtered, engine);
}

/**
 * The same pass, stopped before the finishing steps: the mergeable state (`--format state`) that
 * `merge` (mergeStates) turns into the summary one run over every shard's lines would give.
 */
export async function analyzeToState(inputs: InputSource[], engine: Engine, opts: AnalyzeOptions = {}, form: StateForm = 'file'): Promise<AggregatorState> {
  const run = await aggregateInputs(inputs, engine, opts, true);
  return run.agg.toState(run.inputs, run.filtered, run.events, form);
}

/**
 * States → the summary of all their lines, as one run over them in the order given would make it
 * (retry outcomes and runs follow that order). When every state holds a timestamp, they are taken
 * in time order instead, so shards of a log merge the same whichever order they come in.
 */
export function mergeStates(states: readonly AggregatorState[], engine: Engine): Summary {
  const run = absorbStates(states, engine);
  return summarize(run.agg.finish(run.events), run.inputs, run.filtered, engine);
}

/** States → one state holding all of them (a step of a tree reduction: merge --format state). */
export function combineStates(states: readonly AggregatorState[], engine: Engine): AggregatorState {
  const run = absorbStates(states, engine);
  return run.agg.toState(run.inputs, run.filtered, run.events);
}

function absorbStates(states: readonly AggregatorState[], engine: Engine): AggregatedRun {
  if (states.length === 0) throw new UserError('merge: no state to merge');
  const ordered = inTimeOrder(states);
  return absorbInto(emptyRun(ordered[0].options, engine, true), ordered, ordered[0].options);
}

/** A run with no lines yet, with the caps of the states it will take in. */
function emptyRun(o: StateOptions, engine: Engine, trackSuccesses: boolean): AggregatedRun {
  const agg = new Aggregator({
    samples: o.samples,
    maxGroups: o.maxGroups,
    maxTrackedRecords: o.maxTrackedRecords,
    maxRuns: o.maxRuns,
    events: { maxLines: o.maxEventLines, maxChars: o.maxEventChars },
    providers: engine.lexicon.providers,
    trackSuccesses,
  });
  return { agg, inputs: [], filtered: 0, events: { splitEvents: 0, eventOverflowLines: 0 } };
}

/**
 * Takes states one at a time, in the order one run would read their lines (a worker pool's shards
 * as each comes next), so a merge holds one state at a time rather than all of them. A summary
 * keeps no success-only records (nothing after the last state is left to resolve); a state does.
 */
export class StateMerger {
  private run: AggregatedRun | null = null;

  constructor(
    private readonly engine: Engine,
    /** The form of the state to make, or null for a summary. */
    private readonly asState: StateForm | null,
  ) {}

  take(st: AggregatorState): void {
    const run = this.run ?? emptyRun(st.options, this.engine, this.asState !== null);
    this.run = absorbInto(run, [st], run.agg.stateOptions());
  }

  result(): Summary | AggregatorState {
    const run = this.run;
    if (run === null) throw new UserError('merge: no state to merge');
    if (this.asState !== null) return run.agg.toState(run.inputs, run.filtered, run.events, this.asState);
    return summarize(run.agg.finish(run.events), run.inputs, run.filtered, this.engine);
  }
}

/** Takes the states, in the order given, into a run as if their lines came after its own. */
function absorbInto(run: AggregatedRun, ordered: readonly AggregatorState[], o: StateOptions): AggregatedRun {
  for (const st of ordered) {
    for (const k of Object.keys(o) as Array<keyof StateOptions>) {
      if (st.options[k] !== o[k]) throw new UserError(`merge: the states were written with different ${k} (${o[k]} and ${st.options[k]}); write them with the same options`);
    }
  }
  const inputs = new Map<string, InputSummary>(run.inputs.map((i) => [i.name, { ...i }]));
  let filtered = run.filtered;
  const events: EventOverflow = { ...run.events };
  for (const st of ordered) {
    run.agg.absorb(st);
    filtered += st.totals.filtered;
    events.splitEvents += st.eventOverflow.splitEvents;
    events.eventOverflowLines += st.eventOverflow.eventOverflowLines;
    // A file split over several shards is one input.
    for (const i of st.inputs) {
      const known = inputs.get(i.name);
      if (known === undefined) inputs.set(i.name, { ...i });
      else {
        known.bytes += i.bytes;
        known.lines += i.lines;
        known.gzip ||= i.gzip;
        known.binary ||= i.binary;
        known.csv ||= i.csv;
      }
    }
  }
  return { agg: run.agg, inputs: [...inputs.values()], filtered, events };
}

/**
 * The first shard of the work read here while the later shards' states are made elsewhere
 * (worker threads, already started): the summary (or state) of all their lines, as one run over
 * them in order gives. `renumber` gets the lines of each input read here, to number the later
 * pieces of a file after them. The later states come after this shard's lines: those done first
 * wait for it.
 */
export async function analyzeBeside(
  first: InputSource[],
  engine: Engine,
  opts: AnalyzeOptions,
  later: { states: Promise<AggregatorState[]>; renumber: (states: AggregatorState[], linesHere: ReadonlyMap<string, number>) => void },
  asState: StateForm | null,
): Promise<Summary | AggregatorState> {
  // A summary needs no success-only records here: nothing before the first shard can be resolved.
  const here = await aggregateInputs(first, engine, opts, asState !== null);
  const states = await later.states;
  later.renumber(states, new Map(here.inputs.map((i) => [i.name, i.lines])));
  const run = absorbInto(here, states, here.agg.stateOptions());
  if (asState !== null) return run.agg.toState(run.inputs, run.filtered, run.events, asState);
  return summarize(run.agg.finish(run.events), run.inputs, run.filtered, engine);
}

/**
 * The states in time order when their events carry timestamps and their spans do not overlap
 * (hourly files, a file split by time): then the order they are given in does not matter. Else
 * as given, the order one run over the inputs would read them in.
 */
function inTimeOrder(states: readonly AggregatorState[]): readonly AggregatorState[] {
  return mergeOrder(states).map((i) => states[i]);
}

/** The order (indices) in which states are taken in: see inTimeOrder. Only their spans are read. */
export function mergeOrder(states: ReadonlyArray<Pick<AggregatorState, 'span'>>): number[] {
  const given = states.map((_, i) => i);
  const spans = states.map((st, i) => ({ i, first: logTimeMs(st.span.first ?? ''), last: logTimeMs(st.span.last ?? '') }));
  if (spans.some((x) => Number.isNaN(x.first) || Number.isNaN(x.last))) return given;
  spans.sort((a, b) => a.first - b.first);
  for (let i = 1; i < spans.length; i++) if (spans[i].first < spans[i - 1].last) return given;
  return spans.map((x) => x.i);
}

interface AggregatedRun {
  agg: Aggregator;
  inputs: InputSummary[];
  filtered: number;
  events: EventOverflow;
}

async function aggregateInputs(inputs: InputSource[], engine: Engine, opts: AnalyzeOptions, trackSuccesses: boolean): Promise<AggregatedRun> {
  const agg = new Aggregator({ ...DEFAULT_AGGREGATOR_OPTIONS, ...definedOnly(opts), providers: engine.lexicon.providers, trackSuccesses });
  const { lexicon, classifier } = engine;
  const filter = opts.filter;
  const stats: InputStats[] = [];
  let filtered = 0;
  // Repeating JSON lines skip extract and rules once their shape is known (extract/shapes.ts).
  const shapes = new LineShapes(lexicon);
  const joiner = new EventJoiner((event: LogEvent) => {
    const oneLine = event.lines === 1 && (event.frames === undefined || event.frames.length === 0) && event.raised !== true && !event.truncated;
    const known = oneLine ? shapes.match(event.text) : null;
    const s = known !== null ? known.signals : extractEvent(event, lexicon);
    if (filter !== undefined && !filter(s)) {
      filtered += event.lines;
      return;
    }
    if (known !== null) {
      agg.add(event, s, known.classification);
      return;
    }
    const c = classifier.classify(s);
    if (oneLine) shapes.learn(event.text, s, c);
    agg.add(event, s, c);
  });
  const push = (line: Line) => joiner.push(line);
  const csv = csvRows(joiner, lexicon, (event, s) => {
    if (filter !== undefined && !filter(s)) {
      filtered += event.lines;
      return;
    }
    agg.add(event, s, classifier.classify(s));
  });
  for (const input of inputs) {
    stats.push(await readLines(input, push, opts.onProgress, undefined, csv));
    joiner.flush();
  }
  return {
    agg,
    inputs: stats.map((s) => ({ name: s.name, bytes: s.bytes, lines: s.lines, gzip: s.gzip, binary: s.binary, csv: s.csv })),
    filtered,
    events: { splitEvents: joiner.splitEvents, eventOverflowLines: joiner.eventOverflowLines },
  };
}

function summarize(a: Aggregation, inputs: InputSummary[], filtered: number, engine: Engine): Summary {
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'synctriage', version: VERSION },
    inputs,
    totals: { ...a.totals, filtered },
    groups: a.groups,
    runs: a.runs,
    // A window that left nothing is no clean run: say so rather than "No errors found".
    verdict:
      a.totals.lines === 0 && filtered > 0
        ? { action: 'none', text: `No line falls in the --since/--until window (${plural(filtered, 'line')} outside it).` }
        : verdictFor(a.groups, (d) => engine.lexicon.providers.display(d)),
    limits: a.limits,
  };
}

/** `classify`: every event's decision, in order, to a sink (one call per event). */
export async function classifyLines(
  inputs: InputSource[],
  engine: Engine,
  sink: (event: LogEvent, s: Signals, c: Classification) => void,
  afterChunk?: () => Promise<void> | undefined,
): Promise<InputStats[]> {
  const stats: InputStats[] = [];
  const joiner = new EventJoiner((event) => {
    const s = extractEvent(event, engine.lexicon);
    sink(event, s, engine.classifier.classify(s));
  });
  const push = (line: Line) => joiner.push(line);
  const csv = csvRows(joiner, engine.lexicon, (event, s) => sink(event, s, engine.classifier.classify(s)));
  for (const input of inputs) {
    stats.push(await readLines(input, push, undefined, afterChunk, csv));
    joiner.flush();
  }
  return stats;
}

/** CSV export rows as events: each row is one record, its values read by the same key map. */
function csvRows(joiner: EventJoiner, lex: Lexicon, onEvent: (event: LogEvent, s: Signals) => void): CsvOptions {
  const event: LogEvent = { input: '', lineNo: 0, text: '', truncated: false, lines: 0 };
  return {
    keys: lex.keys,
    // The header row is a line of its own (not an error, part of no run); no row joins it.
    onHeader: () => joiner.flush(true),
    onRow: (row, input) => {
      event.input = input;
      event.lineNo = row.lineNo;
      event.text = row.raw;
      event.truncated = row.truncated;
      event.lines = row.physicalLines;
      onEvent(event, extractRecord(row.values, lex));
    },
  };
}

function definedOnly(o: AnalyzeOptions): Partial<AggregatorOptions> {
  const out: Partial<AggregatorOptions> = {};
  if (o.samples !== undefined) out.samples = o.samples;
  if (o.maxGroups !== undefined) out.maxGroups = o.maxGroups;
  if (o.maxTrackedRecords !== undefined) out.maxTrackedRecords = o.maxTrackedRecords;
  if (o.maxRuns !== undefined) out.maxRuns = o.maxRuns;
  return out;
}
