import type { Classification, Line, LogEvent, Signals, Summary } from './types.js';
import { EventJoiner } from './events/joiner.js';
import { readLines, type CsvOptions, type InputStats } from './input/lines.js';
import type { InputSource } from './input/open.js';
import { extract, extractEvent, extractRecord } from './extract/extract.js';
import { buildKeyMap } from './extract/keys.js';
import { BUILTIN_KEYS, type Lexicon } from './extract/lexicon.js';
import { MASKS, type Mask } from './rules/masks.js';
import { configPack, configProviders, fillLink, type Config } from './config/config.js';
import { Classifier } from './rules/matcher.js';
import { packsFor } from './rules/index.js';
import type { RulePack } from './rules/rule.js';
import { BUILTIN_PROVIDERS } from './providers/index.js';
import { ProviderIndex } from './providers/knowledge.js';
import { Aggregator, DEFAULT_AGGREGATOR_OPTIONS, type AggregatorOptions } from './aggregate/aggregator.js';
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
}

export interface EngineOptions {
  /** Rule packs tried before the built-in ones (the config file's rules). */
  packs?: RulePack[];
  keys?: Lexicon['keys'];
  providers?: ProviderIndex;
  masks?: readonly Mask[];
}

export function createEngine(opts: EngineOptions = {}): Engine {
  const providers = opts.providers ?? new ProviderIndex(BUILTIN_PROVIDERS);
  return {
    lexicon: { keys: opts.keys ?? (opts.providers === undefined ? BUILTIN_KEYS : buildKeyMap({}, providers.providers.map((p) => p.keys ?? {}))), providers },
    classifier: new Classifier(packsFor(providers, opts.packs ?? []), { masks: opts.masks ?? MASKS, providers }),
  };
}

/**
 * An engine configured by a config file: its rules first, its key names, its in-house providers,
 * its destination aliases, link templates and masks.
 */
export function engineFromConfig(config: Config): Engine {
  const providers = new ProviderIndex([...configProviders(config), ...BUILTIN_PROVIDERS], config.destinations, (destination, category, field, cause) => {
    const template = (destination !== null ? config.links[destination]?.[category] : undefined) ?? config.links['*']?.[category];
    return template === undefined ? null : fillLink(template, { destination, category, field, cause });
  });
  return createEngine({
    packs: configPack(config),
    keys: buildKeyMap(
      config.fields,
      providers.providers.map((p) => p.keys ?? {}),
    ),
    providers,
    masks: config.masks.length > 0 ? [...config.masks, ...MASKS] : MASKS,
  });
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
    const ms = Date.parse(s.time);
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
  const agg = new Aggregator({ ...DEFAULT_AGGREGATOR_OPTIONS, ...definedOnly(opts), providers: engine.lexicon.providers });
  const { lexicon, classifier } = engine;
  const filter = opts.filter;
  const stats: InputStats[] = [];
  let filtered = 0;
  const joiner = new EventJoiner((event: LogEvent) => {
    const s = extractEvent(event, lexicon);
    if (filter !== undefined && !filter(s)) {
      filtered += event.lines;
      return;
    }
    agg.add(event, s, classifier.classify(s));
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
  const a = agg.finish(joiner);
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'synctriage', version: VERSION },
    inputs: stats.map((s) => ({ name: s.name, bytes: s.bytes, lines: s.lines, gzip: s.gzip, binary: s.binary, csv: s.csv })),
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
