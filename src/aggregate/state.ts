import type { Classification, InputSummary } from '../types.js';
import type { RecordEntry } from './records.js';
import type { FingerprintSet } from './fingerprints.js';
import type { RunEntry } from './runs.js';
import type { Timeline } from './timeline.js';

/**
 * The mergeable state (`--format state`, `synctriage merge`): everything the summary is made
 * from, before the finishing steps (template settling, retry outcomes, folds, verdict) that need
 * every line. Keyed by group key and record id, never by a shard's line order, so states of any
 * split of a log merge into what one run over it gives. Bounded by the same caps as a run.
 * Versioned apart from the summary's schemaVersion: a state is read back by `merge`, so any change
 * to it bumps STATE_VERSION.
 */
export const STATE_KIND = 'synctriage-state';
export const STATE_VERSION = 1;

/**
 * The form a state is made in. `file`: plain data (record entries as an array, success-only
 * records as base64), what a library caller keeps or turns into JSON. `live`: the records as an
 * iterator and the success-only records as the set itself, for a worker thread to transfer and
 * for writeState to write piece by piece, never as one array or text.
 */
export type StateForm = 'file' | 'live';

export interface StateOptions {
  samples: number;
  maxGroups: number;
  maxTrackedRecords: number;
  maxRuns: number;
  maxEventLines: number;
  maxEventChars: number;
}

/** A group as a state file holds it: its decision (as classify gave it) and what one run counted. */
export interface StateGroup extends Pick<Classification, 'category' | 'cause' | 'field' | 'rule' | 'summary' | 'fix' | 'link'> {
  /** Group key; for an unknown cluster, provisional (its template decides at the end). */
  key: string;
  destination: string | null;
  count: number;
  linesWithRecord: number;
  untrackedLines: number;
  trackedLines: number;
  /** Distinct ids of failures past the record cap (HyperLogLog registers, base64), or null. */
  distinct: string | null;
  statuses: Array<[status: number, lines: number]>;
  firstSeen: string | null;
  lastSeen: string | null;
  /** Its events over time; absent in states written before timelines (their groups have none). */
  timeline?: Timeline | null;
  first: { input: string; line: number };
  /** The one input its events came from; null: several. */
  input: string | null;
  samples: string[];
  /** The samples in short (the table shows them); absent in states written before them. */
  condensed?: string[];
  /** Unknown errors: the template of the cluster the group collects, and its message count. */
  template: string[] | null;
  templateSize: number;
  /** The per-category group that took causes past the group cap. */
  overflow: boolean;
}

export interface AggregatorState {
  kind: typeof STATE_KIND;
  stateVersion: number;
  tool: { name: string; version: string };
  options: StateOptions;
  /** Earliest and latest timestamp of its events (shards that do not overlap in time merge in time order), or null. */
  span: { first: string | null; last: string | null };
  totals: { lines: number; events: number; errors: number; nonErrors: number; unparsed: number; truncated: number; filtered: number };
  eventOverflow: { splitEvents: number; eventOverflowLines: number };
  inputs: InputSummary[];
  groups: StateGroup[];
  /**
   * successes: the 64-bit fingerprints of the records that only succeeded; in a state file, base64
   * of them (little-endian hi, lo); from a worker thread, the set itself (its buffers transferred).
   * entries: an array in a state file; between threads, read batch by batch (once).
   */
  records: { entries: Iterable<RecordEntry>; successes: string | FingerprintSet; untrackedLines: number; untrackedSuccesses: number };
  /** Destination → success events that named a record. */
  recordSuccesses: Array<[destination: string | null, events: number]>;
  runs: { entries: RunEntry[]; overflowLines: number };
  /** Input → run id last named in it (unnamed lines that follow belong to it). */
  lastRun: Array<[input: string, run: string]>;
  /** Input → the one destination its events name; null: several. */
  namedDestinations: Array<[input: string, destination: string | null]>;
}
