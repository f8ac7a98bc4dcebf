import { logTimeMs } from '../timestamps.js';
import { TimeBins } from './timeline.js';
import { UserError } from '../errors.js';
import {
  ACTIONABLE,
  RETRY,
  URGENCY,
  type Classification,
  type Group,
  type Limits,
  type LogEvent,
  type RunSummary,
  type Signals,
  type Totals,
} from '../types.js';
import { RecordTracker } from './records.js';
import { RunTracker } from './runs.js';
import { isSuccessEvent } from './success.js';
import { TemplateMiner, type Cluster } from './templates.js';
import { unknownSummary } from '../rules/matcher.js';
import { foldGroups } from './fold.js';
import { BUILTIN_INDEX } from '../providers/index.js';
import type { ProviderIndex } from '../providers/knowledge.js';
import { DEFAULT_EVENT_LIMITS, type EventLimits } from '../events/joiner.js';
import { ownCopy } from '../strings.js';
import { HyperLogLog } from './hll.js';
import { pairsOfBase64 } from './fingerprints.js';
import { STATE_KIND, STATE_VERSION, type AggregatorState, type StateForm, type StateGroup, type StateOptions } from './state.js';
import { VERSION } from '../version.js';
import type { InputSummary } from '../types.js';

export interface AggregatorOptions {
  /** Sample lines kept per group. */
  samples: number;
  maxGroups: number;
  maxTrackedRecords: number;
  maxRuns: number;
  /** Bounds of the event stage, reported in limits. */
  events: EventLimits;
  /** The engine's providers: fix links of groups that take a lent destination (default: the built-ins). */
  providers?: ProviderIndex;
  /** Keep records that only succeeded, as a mergeable state needs (`--format state`). */
  trackSuccesses?: boolean;
}

export const DEFAULT_AGGREGATOR_OPTIONS: AggregatorOptions = {
  samples: 1,
  maxGroups: 1000,
  maxTrackedRecords: 100_000,
  maxRuns: 1000,
  events: DEFAULT_EVENT_LIMITS,
};

/** What the event stage overflowed, reported in limits. */
export interface EventOverflow {
  splitEvents: number;
  eventOverflowLines: number;
}

const BY_CLASSIFICATION_MAX = 8192;
/** An input that names several destinations lends none to its unnamed failures. */
const MANY = '\u0000many';

/** Longest sample line kept (characters); renderers escape and may shorten further. */
export const SAMPLE_CHARS = 500;

/** Mutable state behind a Group while lines stream in. */
export interface GroupState {
  index: number;
  key: string;
  classification: Classification;
  destination: string | null;
  count: number;
  records: number;
  linesWithRecord: number;
  untrackedLines: number;
  statuses: Map<number, number>;
  firstMs: number;
  lastMs: number;
  firstSeen: string | null;
  lastSeen: string | null;
  /** Its events over time (allocated on the first timed one). */
  timeline: TimeBins | null;
  first: { input: string; line: number };
  /** The one input its events came from, or MANY: a destination is lent only within one input. */
  input: string;
  samples: string[];
  /** The samples in short (condense()), one per sample. */
  condensed: string[];
  recovered: number;
  stillFailing: number;
  /** Lines that carried a record id the tracker followed (retry outcomes are known only for those). */
  trackedLines: number;
  /** Unknown errors: the template cluster this group collects (its final template is the cause). */
  cluster: Cluster | null;
  /** Distinct ids of failures past the record cap, estimated (allocated on the first one). */
  distinct: HyperLogLog | null;
  /** The per-category group that takes causes past the group cap. */
  overflow: boolean;
}

export interface Aggregation {
  totals: Totals;
  groups: Group[];
  runs: RunSummary[];
  limits: Limits;
}

/**
 * Signals + classification → groups. One pass, memory bounded by the caps: groups (maxGroups,
 * then per-category overflow groups), tracked records (maxTrackedRecords) and runs (maxRuns),
 * each counting what overflowed.
 */
export class Aggregator {
  private readonly groups: GroupState[] = [];
  private readonly byKey = new Map<string, GroupState>();
  private readonly byClassification = new Map<Classification, GroupState>();
  /** Unknown errors are mined into templates, one miner per destination (a group is one cluster). */
  private readonly miners = new Map<string | null, TemplateMiner>();
  private readonly byCluster = new Map<Cluster, GroupState>();
  private readonly records: RecordTracker;
  private readonly runs: RunTracker;
  private seq = 0;
  private readonly lastRun = new Map<string, string>();
  /** Input → the one destination its events name, or MANY; inputs naming none are absent. */
  private readonly namedDestinations = new Map<string, string>();
  /** Success events that named a record, by destination: without any, retry outcomes are unknown. */
  private readonly recordSuccesses = new Map<string | null, number>();
  private groupOverflowLines = 0;
  /** Earliest and latest timestamp of any event (kept for a state: shards are ordered by it). */
  private readonly span: Pick<GroupState, 'firstSeen' | 'lastSeen' | 'firstMs' | 'lastMs'> = { firstSeen: null, lastSeen: null, firstMs: Infinity, lastMs: -Infinity };
  readonly totals: Totals = {
    lines: 0,
    events: 0,
    errors: 0,
    nonErrors: 0,
    unparsed: 0,
    truncated: 0,
    groups: 0,
    actionableGroups: 0,
    actionable: 0,
    filtered: 0,
  };

  constructor(private readonly opts: AggregatorOptions = DEFAULT_AGGREGATOR_OPTIONS) {
    this.records = new RecordTracker(opts.maxTrackedRecords, opts.trackSuccesses === true);
    this.runs = new RunTracker(opts.maxRuns);
  }

  add(line: LogEvent, s: Signals, c: Classification): void {
    const seq = this.seq++;
    const t = this.totals;
    t.lines += line.lines;
    t.events++;
    if (s.format === 'text') t.unparsed++;
    if (line.truncated) t.truncated++;
    if (line.header === true) {
      t.nonErrors++;
      return;
    }
    if (this.opts.trackSuccesses === true && s.time !== null) this.seen(this.span, s.time);
    const runId = this.runOf(s, line);
    if (s.destination !== null) this.nameDestination(line.input, s.destination);

    if (c.category === 'none') {
      t.nonErrors++;
      const success = isSuccessEvent(s);
      this.runs.nonError(runId, seq, success, line.lines);
      if (success && s.recordId !== null) {
        this.records.success(s.destination, s.recordId);
        this.recordSuccesses.set(s.destination, (this.recordSuccesses.get(s.destination) ?? 0) + 1);
      }
      return;
    }

    t.errors++;
    const g = this.groupFor(s, c, line);
    g.count++;
    if (g.overflow) this.groupOverflowLines++;
    if (g.input !== line.input && g.input !== MANY) g.input = MANY;
    if (s.status !== null) g.statuses.set(s.status, (g.statuses.get(s.status) ?? 0) + 1);
    if (s.time !== null) {
      this.seen(g, s.time);
      const ms = this.secondOf(s.time);
      if (!Number.isNaN(ms)) (g.timeline ??= new TimeBins()).add(ms);
    }
    if (g.samples.length < this.opts.samples) {
      g.samples.push(sample(line.text));
      g.condensed.push(condense(s));
    }
    if (s.recordId !== null) {
      g.linesWithRecord++;
      const r = this.records.failure(s.destination, s.recordId, g.index);
      if (r === 'new-in-group') g.records++;
      if (r === 'untracked') {
        g.untrackedLines++;
        (g.distinct ??= new HyperLogLog()).add(s.recordId);
      } else g.trackedLines++;
    }
    this.runs.error(runId, seq, g.index, line.lines);
  }

  /**
   * A line without a run id belongs to the run last named in the same input (a text line in the
   * middle of an NDJSON run); an input that names none is one run.
   */
  private runOf(s: Signals, line: LogEvent): string {
    if (s.runId !== null) {
      if (this.lastRun.get(line.input) !== s.runId) this.lastRun.set(line.input, s.runId);
      return s.runId;
    }
    return this.lastRun.get(line.input) ?? line.input;
  }

  private groupFor(s: Signals, c: Classification, line: LogEvent): GroupState {
    if (c.rule === 'builtin/unknown') return this.unknownGroup(s, c, line);
    // The matcher hands out one Classification object per rule, destination and field: looking the
    // group up by identity saves building the key string on every error line.
    let g = this.byClassification.get(c);
    if (g !== undefined && g.destination === s.destination) return g;
    g = this.groupByKey(s, c, line, groupKey(c, s.destination));
    if (this.byClassification.size >= BY_CLASSIFICATION_MAX) this.byClassification.clear();
    this.byClassification.set(c, g);
    return g;
  }

  /**
   * Unknown errors that differ only in a word, an id or a path share a group: the masked message
   * joins a template cluster (Drain-style mining, templates.ts), and the cluster is the group. Its
   * key and cause are the cluster's final template, set when the summary is built.
   */
  private unknownGroup(s: Signals, c: Classification, line: LogEvent): GroupState {
    let miner = this.miners.get(s.destination);
    if (miner === undefined) {
      miner = new TemplateMiner({ maxClusters: this.opts.maxGroups });
      this.miners.set(s.destination, miner);
    }
    const cluster = miner.add(c.cause);
    if (cluster === null) return this.groupByKey(s, c, line, groupKey(c, s.destination), true);
    let g = this.byCluster.get(cluster);
    if (g === undefined) {
      g = this.groupByKey(s, c, line, `unknown|${s.destination ?? '-'}|#${cluster.id}`);
      if (g.cluster === null && g.count === 0) g.cluster = cluster;
      this.byCluster.set(cluster, g);
    }
    return g;
  }

  private groupByKey(s: Signals, c: Classification, line: LogEvent, key: string, overflow = false): GroupState {
    const destination = s.destination;
    let g = this.byKey.get(key);
    if (g !== undefined) return g;
    let classification = c;
    const past = overflow || this.byKey.size >= this.opts.maxGroups;
    if (past) {
      // Past the cap, new causes of a category share one group per category, counted as overflow.
      key = `${c.category}|*|(other causes: group cap reached)`;
      g = this.byKey.get(key);
      if (g !== undefined) return g;
      classification = {
        ...c,
        cause: '(other causes: group cap reached)',
        field: null,
        summary: `More ${c.category} causes than the group cap (${this.opts.maxGroups}) allows`,
        fix: 'Read the samples; narrow the input (one destination or run at a time) to see them apart.',
      };
    }
    g = {
      index: this.groups.length,
      key,
      classification,
      destination,
      count: 0,
      records: 0,
      linesWithRecord: 0,
      untrackedLines: 0,
      statuses: new Map(),
      firstMs: Infinity,
      lastMs: -Infinity,
      firstSeen: null,
      lastSeen: null,
      timeline: null,
      first: { input: line.input, line: line.lineNo },
      input: line.input,
      samples: [],
      condensed: [],
      recovered: 0,
      stillFailing: 0,
      trackedLines: 0,
      cluster: null,
      distinct: null,
      overflow: past,
    };
    this.groups.push(g);
    this.byKey.set(key, g);
    return g;
  }

  /** The last UTC stamp's date and time to the second, and that second (in ms). */
  private lastStamp = '';
  private lastSecondMs = NaN;

  /**
   * A timestamp to the second (in ms), for the timelines. ISO 8601 UTC stamps of the same second
   * as the one before (a storm logs thousands a second) are not parsed again.
   */
  private secondOf(time: string): number {
    const utc = time.length >= 20 && time.charCodeAt(time.length - 1) === 90 /* Z */ && time.charCodeAt(10) === 84; /* T */
    if (utc && this.lastStamp.length === 19 && time.startsWith(this.lastStamp)) return this.lastSecondMs;
    const ms = logTimeMs(time);
    if (Number.isNaN(ms)) return ms;
    const second = ms - (((ms % 1000) + 1000) % 1000);
    if (utc) {
      this.lastStamp = time.slice(0, 19);
      this.lastSecondMs = second;
    }
    return second;
  }

  private seen(g: Pick<GroupState, 'firstSeen' | 'lastSeen' | 'firstMs' | 'lastMs'>, time: string): void {
    // ISO 8601 UTC stamps of one shape order as strings: compare without parsing (the common
    // case). When a bound moves this way its parsed value is dropped, to be re-read if a stamp of
    // another shape comes along.
    if (g.firstSeen !== null && g.lastSeen !== null && sameIsoShape(time, g.firstSeen) && sameIsoShape(time, g.lastSeen)) {
      if (time < g.firstSeen) {
        g.firstSeen = time;
        g.firstMs = NaN;
      }
      if (time > g.lastSeen) {
        g.lastSeen = time;
        g.lastMs = NaN;
      }
      return;
    }
    const ms = logTimeMs(time);
    if (Number.isNaN(ms)) {
      g.firstSeen ??= time;
      g.lastSeen ??= time;
      return;
    }
    const firstMs = Number.isNaN(g.firstMs) && g.firstSeen !== null ? logTimeMs(g.firstSeen) : g.firstMs;
    const lastMs = Number.isNaN(g.lastMs) && g.lastSeen !== null ? logTimeMs(g.lastSeen) : g.lastMs;
    g.firstMs = Number.isNaN(firstMs) ? Infinity : firstMs;
    g.lastMs = Number.isNaN(lastMs) ? -Infinity : lastMs;
    if (ms < g.firstMs) {
      g.firstMs = ms;
      g.firstSeen = time;
    }
    if (ms > g.lastMs) {
      g.lastMs = ms;
      g.lastSeen = time;
    }
  }

  private nameDestination(input: string, destination: string): void {
    const known = this.namedDestinations.get(input);
    if (known === undefined) this.namedDestinations.set(input, destination);
    else if (known !== destination && known !== MANY) this.namedDestinations.set(input, MANY);
  }

  /** Unknown groups take their cluster's final template as cause and key (unique per destination). */
  private settleTemplates(): void {
    const used = new Set<string>();
    for (const g of this.groups) {
      if (g.cluster === null) continue;
      const template = TemplateMiner.text(g.cluster);
      let key = `unknown|${g.destination ?? '-'}|${template}`;
      for (let i = 2; used.has(key); i++) key = `unknown|${g.destination ?? '-'}|${template} #${i}`;
      used.add(key);
      g.key = key;
      g.classification = { ...g.classification, cause: template, summary: unknownSummary(template) };
    }
  }

  /** The caps a state of this aggregator is written with (states merge only with equal ones). */
  stateOptions(): StateOptions {
    const o = this.opts;
    return { samples: o.samples, maxGroups: o.maxGroups, maxTrackedRecords: o.maxTrackedRecords, maxRuns: o.maxRuns, maxEventLines: o.events.maxLines, maxEventChars: o.events.maxChars };
  }

  /**
   * The state so far, for `--format state`: groups by key, records, runs, totals and caps. What
   * finish() derives from every line (templates, retry outcomes, folds) is left to the merge.
   * `form`: see StateForm.
   */
  toState(inputs: InputSummary[], filtered: number, events: EventOverflow, form: StateForm = 'file'): AggregatorState {
    const records = form === 'live' ? this.records.entries() : [...this.records.entries()];
    const runs = this.runs.entries();
    const t = this.totals;
    return {
      kind: STATE_KIND,
      stateVersion: STATE_VERSION,
      tool: { name: 'synctriage', version: VERSION },
      options: this.stateOptions(),
      span: { first: this.span.firstSeen, last: this.span.lastSeen },
      totals: { lines: t.lines, events: t.events, errors: t.errors, nonErrors: t.nonErrors, unparsed: t.unparsed, truncated: t.truncated, filtered },
      eventOverflow: { splitEvents: events.splitEvents, eventOverflowLines: events.eventOverflowLines },
      inputs,
      groups: this.groups.map((g): StateGroup => {
        const c = g.classification;
        return {
          key: g.key,
          category: c.category,
          cause: c.cause,
          field: c.field,
          rule: c.rule,
          summary: c.summary,
          fix: c.fix,
          link: c.link,
          destination: g.destination,
          count: g.count,
          linesWithRecord: g.linesWithRecord,
          untrackedLines: g.untrackedLines,
          trackedLines: g.trackedLines,
          distinct: g.distinct?.toBase64() ?? null,
          statuses: [...g.statuses],
          firstSeen: g.firstSeen,
          lastSeen: g.lastSeen,
          timeline: g.timeline?.toJSON() ?? null,
          first: g.first,
          input: g.input === MANY ? null : g.input,
          samples: g.samples,
          condensed: g.condensed,
          template: g.cluster === null ? null : [...g.cluster.tokens],
          templateSize: g.cluster?.size ?? 0,
          overflow: g.overflow,
        };
      }),
      records: { entries: records, successes: this.records.successes === null ? '' : form === 'live' ? this.records.successes : this.records.successes.toBase64(), untrackedLines: this.records.untrackedLines, untrackedSuccesses: this.records.untrackedSuccesses },
      recordSuccesses: [...this.recordSuccesses],
      runs: { entries: runs.runs, overflowLines: runs.overflowLines },
      lastRun: [...this.lastRun],
      namedDestinations: [...this.namedDestinations].map(([input, d]) => [input, d === MANY ? null : d]),
    };
  }

  /**
   * Takes in a state (a later shard, or a whole earlier state) as if its events came after every
   * event seen so far: counts add, records and runs continue, groups meet by key, unknown clusters
   * by template. The caller checks that the caps agree.
   */
  absorb(st: AggregatorState): void {
    const offset = this.seq;
    const t = this.totals;
    t.lines += st.totals.lines;
    t.events += st.totals.events;
    t.errors += st.totals.errors;
    t.nonErrors += st.totals.nonErrors;
    t.unparsed += st.totals.unparsed;
    t.truncated += st.totals.truncated;
    this.seq += st.totals.events;
    if (st.span.first !== null) this.seen(this.span, st.span.first);
    if (st.span.last !== null) this.seen(this.span, st.span.last);

    const map: number[] = st.groups.map((sg) => this.absorbGroup(sg).index);
    const s = st.records.successes;
    const successes = typeof s === 'string' ? pairsOfBase64(s) : s;
    if (successes === null) throw new UserError('state: records.successes is not whole fingerprints');
    this.records.absorbSuccesses(successes, st.recordSuccesses.map(([d]) => d));
    for (const entry of st.records.entries) {
      const mapped = [entry[0], entry[1], entry[2].map((g) => map[g]), entry[3].map((g) => map[g]), entry[4] < 0 ? -1 : map[entry[4]], entry[5], entry[6]] as typeof entry;
      const r = this.records.absorb(mapped);
      if (r === null) {
        // Past the cap here (the shard had room): its lines count as untracked, as one run would count them.
        mapped[2].forEach((gi, i) => {
          const g = this.groups[gi];
          g.untrackedLines += entry[6][i];
          g.trackedLines -= entry[6][i];
          (g.distinct ??= new HyperLogLog()).add(entry[1]);
        });
        continue;
      }
      for (const g of r.newIn) this.groups[g].records++;
    }
    this.records.untrackedLines += st.records.untrackedLines;
    this.records.untrackedSuccesses += st.records.untrackedSuccesses;
    for (const [d, n] of st.recordSuccesses) this.recordSuccesses.set(d, (this.recordSuccesses.get(d) ?? 0) + n);

    // Lines before the shard's first run id belong to the run this input last named (runOf()).
    for (const e of st.runs.entries) {
      const continued = this.lastRun.get(e.id);
      this.runs.absorb(continued !== undefined && st.inputs.some((i) => i.name === e.id) ? { ...e, id: continued } : e, offset, (g) => map[g]);
    }
    this.runs.countOverflow(st.runs.overflowLines);
    for (const [input, run] of st.lastRun) this.lastRun.set(input, run);
    for (const [input, d] of st.namedDestinations) {
      if (d === null) this.namedDestinations.set(input, MANY);
      else this.nameDestination(input, d);
    }
  }

  /** The group a state's group joins here (by key, or by template for unknown clusters), updated. */
  private absorbGroup(sg: StateGroup): GroupState {
    const c: Classification = { category: sg.category, cause: sg.cause, field: sg.field, rule: sg.rule, summary: sg.summary, fix: sg.fix, link: sg.link };
    const s = { destination: sg.destination } as Signals;
    const at = { input: sg.first.input, lineNo: sg.first.line } as LogEvent;
    let g: GroupState;
    if (sg.template !== null) {
      let miner = this.miners.get(sg.destination);
      if (miner === undefined) {
        miner = new TemplateMiner({ maxClusters: this.opts.maxGroups });
        this.miners.set(sg.destination, miner);
      }
      const cluster = miner.addTemplate(sg.template, sg.templateSize);
      if (cluster === null) g = this.groupByKey(s, c, at, groupKey(c, sg.destination), true);
      else {
        let found = this.byCluster.get(cluster);
        if (found === undefined) {
          found = this.groupByKey(s, c, at, `unknown|${sg.destination ?? '-'}|#${cluster.id}`);
          if (found.cluster === null && found.count === 0) found.cluster = cluster;
          this.byCluster.set(cluster, found);
        }
        g = found;
      }
    } else if (sg.overflow) {
      g = this.groupByKey(s, c, at, sg.key, true);
    } else g = this.groupByKey(s, c, at, sg.key);
    g.count += sg.count;
    if (g.overflow) this.groupOverflowLines += sg.count;
    const input = sg.input ?? MANY;
    if (g.count === sg.count) g.input = input;
    else if (g.input !== input && g.input !== MANY) g.input = MANY;
    g.linesWithRecord += sg.linesWithRecord;
    g.untrackedLines += sg.untrackedLines;
    g.trackedLines += sg.trackedLines;
    if (sg.distinct !== null) (g.distinct ??= new HyperLogLog()).merge(HyperLogLog.fromBase64(sg.distinct));
    for (const [status, n] of sg.statuses) g.statuses.set(status, (g.statuses.get(status) ?? 0) + n);
    if (sg.firstSeen !== null) this.seen(g, sg.firstSeen);
    if (sg.lastSeen !== null) this.seen(g, sg.lastSeen);
    if (sg.timeline !== undefined && sg.timeline !== null) (g.timeline ??= new TimeBins()).merge(sg.timeline);
    sg.samples.forEach((sample, i) => {
      if (g.samples.length >= this.opts.samples) return;
      g.samples.push(sample);
      // A state written before condensed samples existed has none: the raw sample stands in.
      g.condensed.push(sg.condensed?.[i] ?? sample);
    });
    return g;
  }

  finish(events: EventOverflow = { splitEvents: 0, eventOverflowLines: 0 }): Aggregation {
    this.settleTemplates();
    for (const [g, outcome] of this.records.outcomes()) {
      if (outcome === 'failing') this.groups[g].stillFailing++;
      else this.groups[g].recovered++;
    }
    const runView = this.runs.finish(
      (gi) => ACTIONABLE[this.groups[gi].classification.category] === true,
      // The folds (fold.ts) join auth, permissions and plan groups of one destination.
      (gi) => {
        const g = this.groups[gi];
        const cat = g.classification.category;
        return g.destination !== null && (cat === 'auth' || cat === 'permissions' || cat === 'plan') ? `${cat}|${g.destination}` : null;
      },
    );
    const runCount = runView.runs.length;

    let successesAnywhere = 0;
    for (const n of this.recordSuccesses.values()) successesAnywhere += n;
    const groups: Group[] = this.groups.map((g) => {
      const c = g.classification;
      const blocking = runView.blocking.get(g.index);
      const runsSeen = runView.groupRuns.get(g.index) ?? 0;
      // The log shows a retry outcome only for records it names, and only if it logs successes too:
      // successes naming this destination or none (RecordTracker.success), or any for a group
      // that names none.
      const outcomeKnown = g.trackedLines > 0 && (g.destination === null ? successesAnywhere > 0 : (this.recordSuccesses.get(g.destination) ?? 0) + (this.recordSuccesses.get(null) ?? 0) > 0);
      const persistent =
        c.category === 'transient' &&
        ((outcomeKnown && g.stillFailing > 0) || (runCount > 1 && runsSeen === runCount && !runView.runOverflow));
      return {
        key: g.key,
        category: c.category,
        actionable: ACTIONABLE[c.category],
        destination: g.destination,
        cause: c.cause,
        field: c.field,
        summary: c.summary,
        fix: c.fix,
        link: c.link,
        retry: RETRY[c.category],
        rule: c.rule,
        count: g.count,
        records: g.linesWithRecord === 0 ? null : g.records + (g.distinct?.estimate() ?? 0),
        recordsCapped: g.untrackedLines > 0,
        statuses: Object.fromEntries([...g.statuses].sort((a, b) => b[1] - a[1]).map(([k, v]) => [String(k), v])),
        firstSeen: g.firstSeen,
        lastSeen: g.lastSeen,
        timeline: g.timeline?.toJSON() ?? null,
        first: g.first,
        samples: g.samples,
        condensed: g.condensed,
        recovered: outcomeKnown ? g.recovered : null,
        stillFailing: outcomeKnown ? g.stillFailing : null,
        persistent,
        blocksRun: blocking !== undefined,
        wastedCalls: blocking?.wasted ?? 0,
        callsAfter: runView.passedAfter.has(g.index),
        runs: runsSeen,
      };
    });
    const keyOf = (gi: number) => this.groups[gi].key;
    const runs: RunSummary[] = runView.runs.map((r) => ({
      id: r.id,
      lines: r.lines,
      errors: r.errors,
      succeeded: r.succeeded,
      blockedBy: r.blockedBy === null ? null : keyOf(r.blockedBy),
      groups: Object.fromEntries([...r.groups].sort((a, b) => b[1] - a[1]).map(([gi, n]) => [keyOf(gi), n])),
    }));
    const soleInput = new Map<Group, string>(groups.map((g, i) => [g, this.groups[i].input]));
    const folded = foldGroups(groups, runs, (g) => {
      const input = soleInput.get(g);
      const d = input === undefined || input === MANY ? undefined : this.namedDestinations.get(input);
      return d === undefined || d === MANY ? null : d;
    }, this.opts.providers ?? BUILTIN_INDEX, (g) => {
      const input = soleInput.get(g);
      return input === undefined || input === MANY ? null : input;
    });
    groups.length = 0;
    groups.push(...folded);

    const t = this.totals;
    t.groups = groups.length;
    t.actionableGroups = groups.filter((g) => g.actionable === true).length;
    t.actionable = groups.reduce((n, g) => (g.actionable === true ? n + g.count : n), 0);

    return {
      totals: t,
      groups,
      runs,
      limits: {
        maxGroups: this.opts.maxGroups,
        groupOverflowLines: this.groupOverflowLines,
        maxTrackedRecords: this.opts.maxTrackedRecords,
        untrackedRecordLines: this.records.untrackedLines,
        maxRuns: this.opts.maxRuns,
        runOverflowLines: runView.overflowLines,
        maxEventLines: this.opts.events.maxLines,
        splitEvents: events.splitEvents,
        maxEventChars: this.opts.events.maxChars,
        eventOverflowLines: events.eventOverflowLines,
      },
    };
  }
}

/** Actionable first (auth, permissions, plan, validation), then outage, transient, unknown; persistent transients before the rest; by count within. */
export function compareGroups(a: Group, b: Group): number {
  const ua = URGENCY[a.category];
  const ub = URGENCY[b.category];
  if (ua !== ub) return ua - ub;
  if (a.persistent !== b.persistent) return a.persistent ? -1 : 1;
  if (a.blocksRun !== b.blocksRun) return a.blocksRun ? -1 : 1;
  return b.count - a.count || a.key.localeCompare(b.key);
}

function groupKey(c: Classification, destination: string | null): string {
  const base = `${c.category}|${destination ?? '-'}|${c.cause}`;
  return c.category === 'validation' && c.field !== null ? `${base}|${c.field}` : base;
}

/** Both "YYYY-MM-DDTHH:MM:SS…Z" of the same length: string order is time order. */
function sameIsoShape(a: string, b: string): boolean {
  return (
    a.length === b.length &&
    a.charCodeAt(10) === 84 /* T */ &&
    b.charCodeAt(10) === 84 &&
    a.charCodeAt(a.length - 1) === 90 /* Z */ &&
    b.charCodeAt(b.length - 1) === 90 &&
    a.charCodeAt(4) === 45 &&
    b.charCodeAt(4) === 45
  );
}

/** Characters of a condensed sample. */
export const CONDENSED_CHARS = 200;

/**
 * A sample in short, for the table: the status, the record and what the error says, without the
 * line's envelope (timestamps, levels, ids, JSON punctuation): "401 · record c-1003 · The OAuth
 * token used to make this call expired 0 second(s) ago." The raw line stays in `samples`.
 */
function condense(s: Signals): string {
  const parts: string[] = [];
  if (s.status !== null) parts.push(String(s.status));
  if (s.recordId !== null) parts.push(`record ${s.recordId.length > 60 ? `${s.recordId.slice(0, 59)}…` : s.recordId}`);
  const message = s.message.replace(/\s+/g, ' ').trim();
  if (message.length > 0) parts.push(message);
  const text = parts.join(' · ');
  return ownCopy(text.length > CONDENSED_CHARS ? `${text.slice(0, CONDENSED_CHARS)}…` : text);
}

function sample(text: string): string {
  return ownCopy(text.length > SAMPLE_CHARS ? `${text.slice(0, SAMPLE_CHARS)}…` : text);
}
