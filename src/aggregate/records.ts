import { ownCopy } from '../strings.js';

/**
 * Per-record failure history, for distinct-record counts and retry resolution. Only records that
 * failed at least once are tracked (successes of never-failed records cost one lookup), up to a
 * cap; past it, failures are counted as untracked instead of growing memory.
 *
 * Most records fail under one cause only, so such a record is stored as one small integer
 * (group << 3 | succeeded << 2 | pending << 1 | lastIsFailure), not an object: the tracker is on
 * the per-line path and may hold hundreds of thousands of records.
 *
 * For a mergeable state (`--format state`) the tracker also keeps records that only succeeded
 * (up to the same cap, counted apart): a later shard's success is what resolves an earlier
 * shard's failure. A one-run summary does not need them: a success before any failure changes
 * nothing.
 */
interface MultiState {
  /** Groups this record ever failed in. */
  groups: number[];
  /** Groups it failed in since its last success. */
  pending: number[];
  /** Group of its last failure, or -1 when its last event was a success. */
  last: number;
  /** It succeeded at least once. */
  succeeded: boolean;
}

type State = number | MultiState;

const SUCCEEDED = 4;
const PENDING = 2;
const LAST_FAILED = 1;
/** A record seen only succeeding (kept with trackSuccesses). */
const SUCCESS_ONLY = -1;

export type FailureResult = 'new-in-group' | 'seen-in-group' | 'untracked';

/**
 * One record's history as a state file holds it: destination, id, groups it failed in, groups
 * failed since its last success, the group of its last failure (-1: its last event succeeded),
 * and whether it ever succeeded (1/0).
 */
export type RecordEntry = [destination: string | null, id: string, groups: number[], pending: number[], last: number, succeeded: 0 | 1];

/** Bits of the filter in front of the tracker (256 KiB: stays in cache). */
const FILTER_BITS = 1 << 21;

/** FNV-1a over the id's UTF-16 units. */
function hashId(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export class RecordTracker {
  /** Destination → record id → state (two levels, so no key string is built per line). */
  private readonly byDestination = new Map<string | null, Map<string, State>>();
  /**
   * A one-hash Bloom filter of tracked ids: most success lines are for records that never failed,
   * and a bit test answers "not tracked" without probing a map of hundreds of thousands.
   */
  private readonly filter = new Uint32Array(FILTER_BITS >>> 5);
  private size = 0;
  private successOnly = 0;
  untrackedLines = 0;
  /** Success lines whose record could not be kept (trackSuccesses past the cap). */
  untrackedSuccesses = 0;

  constructor(
    private readonly cap: number,
    /** Keep records that only succeeded (a mergeable state needs them). */
    private readonly trackSuccesses = false,
  ) {}

  private statesOf(destination: string | null): Map<string, State> {
    let states = this.byDestination.get(destination);
    if (states === undefined) {
      states = new Map();
      this.byDestination.set(destination, states);
    }
    return states;
  }

  private remember(id: string): void {
    const h = hashId(id) & (FILTER_BITS - 1);
    this.filter[h >>> 5] |= 1 << (h & 31);
  }

  failure(destination: string | null, id: string, group: number): FailureResult {
    const states = this.statesOf(destination);
    const st = states.get(id);
    if (st === undefined || st === SUCCESS_ONLY) {
      if (this.size >= this.cap) {
        this.untrackedLines++;
        return 'untracked';
      }
      this.size++;
      if (st === SUCCESS_ONLY) {
        this.successOnly--;
        states.set(id, (group << 3) | SUCCEEDED | PENDING | LAST_FAILED);
        return 'new-in-group';
      }
      this.remember(id);
      states.set(ownCopy(id), (group << 3) | PENDING | LAST_FAILED);
      return 'new-in-group';
    }
    if (typeof st === 'number') {
      const g = st >> 3;
      if (g === group) {
        states.set(id, (group << 3) | (st & SUCCEEDED) | PENDING | LAST_FAILED);
        return 'seen-in-group';
      }
      const multi: MultiState = { groups: [g, group], pending: st & PENDING ? [g, group] : [group], last: group, succeeded: (st & SUCCEEDED) !== 0 };
      states.set(id, multi);
      return 'new-in-group';
    }
    st.last = group;
    if (!st.pending.includes(group)) st.pending.push(group);
    if (st.groups.includes(group)) return 'seen-in-group';
    st.groups.push(group);
    return 'new-in-group';
  }

  /** A success for the record: it has recovered from every cause it failed with since its last success. */
  success(destination: string | null, id: string): void {
    if (this.size === 0 && !this.trackSuccesses) return;
    const h = hashId(id) & (FILTER_BITS - 1);
    if ((this.filter[h >>> 5] & (1 << (h & 31))) === 0) {
      if (this.trackSuccesses) this.successOnlyRecord(destination, id);
      return;
    }
    const states = this.byDestination.get(destination);
    const st = states?.get(id);
    if (st === undefined || states === undefined) {
      if (this.trackSuccesses) this.successOnlyRecord(destination, id);
      return;
    }
    if (st === SUCCESS_ONLY) return;
    if (typeof st === 'number') {
      states.set(id, ((st >> 3) << 3) | SUCCEEDED);
      return;
    }
    st.pending = [];
    st.last = -1;
    st.succeeded = true;
  }

  private successOnlyRecord(destination: string | null, id: string): void {
    if (this.successOnly >= this.cap) {
      this.untrackedSuccesses++;
      return;
    }
    this.successOnly++;
    this.remember(id);
    this.statesOf(destination).set(ownCopy(id), SUCCESS_ONLY);
  }

  /**
   * Each tracked record's outcome per cause it failed with, from its final state: `failing` for
   * the cause of its last event when that is a failure, `recovered` for a cause a later success
   * followed. A record counts at most once per cause, so neither count exceeds the group's records;
   * a record that failed with a cause and then only with another is neither for the first.
   */
  *outcomes(): Iterable<[group: number, outcome: 'recovered' | 'failing']> {
    for (const states of this.byDestination.values()) {
      for (const st of states.values()) {
        if (st === SUCCESS_ONLY) continue;
        if (typeof st === 'number') {
          yield [st >> 3, st & LAST_FAILED ? 'failing' : 'recovered'];
          continue;
        }
        for (const g of st.groups) {
          if (g === st.last) yield [g, 'failing'];
          else if (!st.pending.includes(g)) yield [g, 'recovered'];
        }
      }
    }
  }

  /** Every record's history, for a state file. */
  *entries(): Iterable<RecordEntry> {
    for (const [destination, states] of this.byDestination) {
      for (const [id, st] of states) {
        if (st === SUCCESS_ONLY) yield [destination, id, [], [], -1, 1];
        else if (typeof st === 'number') {
          const g = st >> 3;
          yield [destination, id, [g], st & PENDING ? [g] : [], st & LAST_FAILED ? g : -1, st & SUCCEEDED ? 1 : 0];
        } else yield [destination, id, [...st.groups], [...st.pending], st.last, st.succeeded ? 1 : 0];
      }
    }
  }

  /**
   * Appends a later shard's history of one record (its group numbers already mapped to this
   * tracker's), as if its events had come after every event seen so far. Returns the groups the
   * record is new in, or null when the cap left it untracked (the caller counts it in its groups'
   * distinct-count estimates).
   */
  absorb(entry: RecordEntry): { newIn: number[] } | null {
    const [destination, id, groups, pending, last, succeeded] = entry;
    const states = this.statesOf(destination);
    const st = states.get(id);
    if (groups.length === 0) {
      // Only succeeded in the later shard: it resolves what was pending here.
      if (st === undefined) {
        if (this.trackSuccesses) this.successOnlyRecord(destination, id);
      } else this.success(destination, id);
      return { newIn: [] };
    }
    let mine: MultiState;
    if (st === undefined || st === SUCCESS_ONLY) {
      if (this.size >= this.cap) {
        this.untrackedLines++;
        return null;
      }
      this.size++;
      if (st === SUCCESS_ONLY) this.successOnly--;
      else this.remember(id);
      mine = { groups: [], pending: [], last: -1, succeeded: st === SUCCESS_ONLY };
    } else if (typeof st === 'number') {
      const g = st >> 3;
      mine = { groups: [g], pending: st & PENDING ? [g] : [], last: st & LAST_FAILED ? g : -1, succeeded: (st & SUCCEEDED) !== 0 };
    } else mine = st;
    const newIn = groups.filter((g) => !mine.groups.includes(g));
    mine.groups.push(...newIn);
    // A success in the later shard clears what was pending before it.
    mine.pending = succeeded === 1 ? [...pending] : [...mine.pending, ...pending.filter((g) => !mine.pending.includes(g))];
    mine.last = last;
    mine.succeeded ||= succeeded === 1;
    states.set(st === undefined ? ownCopy(id) : id, compact(mine));
    return { newIn };
  }
}

/** The one-integer form when the record failed under one cause only. */
function compact(m: MultiState): State {
  if (m.groups.length !== 1) return m;
  const g = m.groups[0];
  return (g << 3) | (m.succeeded ? SUCCEEDED : 0) | (m.pending.includes(g) ? PENDING : 0) | (m.last === g ? LAST_FAILED : 0);
}
