import { ownCopy } from '../strings.js';
import { FingerprintSet, type Pairs } from './fingerprints.js';

/**
 * Per-record failure history, for distinct-record counts and retry resolution. Only records that
 * failed at least once are tracked (successes of never-failed records cost one lookup), up to a
 * cap; past it, failures are counted as untracked instead of growing memory.
 *
 * Most records fail under one cause only, so such a record is stored as one integer (group,
 * succeeded, pending, last-is-failure), not an object: the tracker is on the per-line path and may
 * hold hundreds of thousands of records.
 *
 * For a mergeable state (`--format state`) the tracker also keeps the records that succeeded, as
 * fingerprints (up to 16 times the cap, counted apart past it): a later shard's success is what
 * resolves an earlier shard's failure. A one-run summary does not need them: a success before any
 * failure changes nothing.
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
  /** Failure lines per group of `groups` (kept for a state: a merge that cannot track the record moves them to untracked). */
  lines?: number[];
}

/**
 * A record that failed under one cause only: flags in bits 0-2, the group in bits 3-22, and (for
 * a state) its failure lines from bit 23 up, as an integer below 2⁵³ (no object per record).
 */
type State = number | MultiState;

const SUCCEEDED = 4;
const PENDING = 2;
const LAST_FAILED = 1;
const GROUP_BITS = 20;
const LINES_UNIT = 2 ** (GROUP_BITS + 3);
/** Groups a one-integer state can name (the group cap stays well below it). */
export const MAX_GROUPS_TRACKED = 2 ** GROUP_BITS;

const pack = (group: number, flags: number, lines: number): number => lines * LINES_UNIT + group * 8 + flags;
/** Bits 3-22 (>>> takes the low 32 bits of any integer below 2⁵³). */
const groupOf = (st: number): number => (st >>> 3) & (MAX_GROUPS_TRACKED - 1);
const linesOf = (st: number): number => Math.floor(st / LINES_UNIT);

export type FailureResult = 'new-in-group' | 'seen-in-group' | 'untracked';

/**
 * One record's history as a state file holds it: destination, id, groups it failed in, groups
 * failed since its last success, the group of its last failure (-1: its last event succeeded),
 * whether it ever succeeded (1/0), and its failure lines per group.
 */
export type RecordEntry = [destination: string | null, id: string, groups: number[], pending: number[], last: number, succeeded: 0 | 1, lines: number[]];

/** Bits of the filter in front of the tracker (256 KiB: stays in cache). */
const FILTER_BITS = 1 << 21;
/** Succeeded records a state keeps (as fingerprints), per tracked failing record of the cap. */
export const SUCCESSES_PER_RECORD = 16;

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
  /** Records seen only succeeding (kept with trackSuccesses), as fingerprints. */
  readonly successes: FingerprintSet | null;
  untrackedLines = 0;
  /** Success lines whose record could not be kept (trackSuccesses past the cap). */
  untrackedSuccesses = 0;

  constructor(
    private readonly cap: number,
    /** Keep records that only succeeded, and lines per record (a mergeable state needs them). */
    private readonly trackSuccesses = false,
  ) {
    this.successes = trackSuccesses ? new FingerprintSet(cap * SUCCESSES_PER_RECORD) : null;
  }

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
    const line = this.trackSuccesses ? 1 : 0;
    if (st === undefined) {
      if (this.size >= this.cap) {
        this.untrackedLines++;
        return 'untracked';
      }
      this.size++;
      this.remember(id);
      states.set(ownCopy(id), pack(group, PENDING | LAST_FAILED, line));
      return 'new-in-group';
    }
    if (typeof st === 'number') {
      const g = groupOf(st);
      if (g === group) {
        states.set(id, pack(group, (st & SUCCEEDED) | PENDING | LAST_FAILED, linesOf(st) + line));
        return 'seen-in-group';
      }
      const multi: MultiState = { groups: [g, group], pending: st & PENDING ? [g, group] : [group], last: group, succeeded: (st & SUCCEEDED) !== 0 };
      if (this.trackSuccesses) multi.lines = [linesOf(st), 1];
      states.set(id, multi);
      return 'new-in-group';
    }
    st.last = group;
    if (!st.pending.includes(group)) st.pending.push(group);
    const at = st.groups.indexOf(group);
    if (at !== -1) {
      if (st.lines !== undefined) st.lines[at]++;
      return 'seen-in-group';
    }
    st.groups.push(group);
    st.lines?.push(1);
    return 'new-in-group';
  }

  /**
   * A success for the record: it has recovered from every cause it failed with since its last
   * success. A success that names no destination is the record's whichever destination its
   * failures named, and one that names a destination also resolves the record's failures that
   * named none (a log names the destination on its error lines and not on its successes, or the
   * other way round).
   */
  success(destination: string | null, id: string): void {
    if (this.trackSuccesses) this.rememberSuccess(destination, id);
    if (this.size === 0) return;
    const h = hashId(id) & (FILTER_BITS - 1);
    if ((this.filter[h >>> 5] & (1 << (h & 31))) === 0) return;
    if (destination === null) {
      for (const states of this.byDestination.values()) resolve(states, id);
      return;
    }
    resolve(this.byDestination.get(destination), id);
    resolve(this.byDestination.get(null), id);
  }

  /** For a state: the record succeeded in this shard (whether or not it failed here), as a fingerprint. */
  private rememberSuccess(destination: string | null, id: string): void {
    const [hi, lo] = FingerprintSet.of(destination, id);
    if (!(this.successes as FingerprintSet).add(hi, lo)) this.untrackedSuccesses++;
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
        if (typeof st === 'number') {
          yield [groupOf(st), st & LAST_FAILED ? 'failing' : 'recovered'];
          continue;
        }
        for (const g of st.groups) {
          if (g === st.last) yield [g, 'failing'];
          else if (!st.pending.includes(g)) yield [g, 'recovered'];
        }
      }
    }
  }

  /** Every failing record's history, for a state file (the success-only ones are `successes`). */
  *entries(): Iterable<RecordEntry> {
    for (const [destination, states] of this.byDestination) {
      for (const [id, st] of states) {
        if (typeof st === 'number') {
          const g = groupOf(st);
          yield [destination, id, [g], st & PENDING ? [g] : [], st & LAST_FAILED ? g : -1, st & SUCCEEDED ? 1 : 0, [Math.max(1, linesOf(st))]];
        } else yield [destination, id, [...st.groups], [...st.pending], st.last, st.succeeded ? 1 : 0, st.lines === undefined ? st.groups.map(() => 1) : [...st.lines]];
      }
    }
  }

  /**
   * A later shard's success-only records (fingerprints): each resolves what is pending here,
   * and is kept as success-only here unless it is tracked. Taken before that shard's entries: its
   * success-only records succeeded before any of its failures.
   */
  absorbSuccesses(later: Pairs, destinations: ReadonlyArray<string | null>): void {
    if (later.size === 0) return;
    if (this.size > 0) {
      // The fingerprints a success of each record tracked here would have (as success() decides:
      // a success naming its destination or none; for a failure that named none, a success naming
      // any destination the later shard's successes named), then one pass over the later ones:
      // a set the size of what is tracked here, not of the later shard's successes.
      const wanted = new FingerprintSet(Number.MAX_SAFE_INTEGER, 1 << Math.max(4, Math.ceil(Math.log2(this.size * 2 + 1))));
      this.eachFingerprint(destinations, (hi, lo) => wanted.add(hi, lo));
      const found = new FingerprintSet(Number.MAX_SAFE_INTEGER);
      later.forEachPair((hi, lo) => {
        if (wanted.has(hi, lo)) found.add(hi, lo);
      });
      if (found.size > 0) {
        for (const [destination, states] of this.byDestination) {
          for (const id of states.keys()) {
            const hit = (d: string | null) => found.has(...FingerprintSet.of(d, id));
            const resolved = destination === null ? destinations.some(hit) : hit(destination) || hit(null);
            if (resolved) resolve(states, id);
          }
        }
      }
    }
    const successes = this.successes;
    successes?.reserve(later.size);
    if (successes !== null) later.forEachPair((hi, lo) => {
      if (!successes.add(hi, lo)) this.untrackedSuccesses++;
    });
  }

  /** The fingerprints a success of each tracked record may carry (see absorbSuccesses). */
  private eachFingerprint(destinations: ReadonlyArray<string | null>, fn: (hi: number, lo: number) => void): void {
    for (const [destination, states] of this.byDestination) {
      for (const id of states.keys()) {
        if (destination === null) for (const d of destinations) fn(...FingerprintSet.of(d, id));
        else {
          fn(...FingerprintSet.of(destination, id));
          fn(...FingerprintSet.of(null, id));
        }
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
    const [destination, id, groups, pending, last, succeeded, lines] = entry;
    const states = this.statesOf(destination);
    const st = states.get(id);
    if (groups.length === 0) {
      // Only succeeded in the later shard: it resolves what was pending here.
      this.success(destination, id);
      return { newIn: [] };
    }
    let mine: MultiState;
    if (st === undefined) {
      if (this.size >= this.cap) {
        for (const n of lines) this.untrackedLines += n;
        return null;
      }
      this.size++;
      this.remember(id);
      // A success before its first failure changes nothing (as in one run).
      mine = { groups: [], pending: [], last: -1, succeeded: false, lines: [] };
    } else if (typeof st === 'number') {
      const g = groupOf(st);
      mine = { groups: [g], pending: st & PENDING ? [g] : [], last: st & LAST_FAILED ? g : -1, succeeded: (st & SUCCEEDED) !== 0, lines: [Math.max(1, linesOf(st))] };
    } else mine = st;
    mine.lines ??= mine.groups.map(() => 1);
    const newIn: number[] = [];
    groups.forEach((g, i) => {
      const at = mine.groups.indexOf(g);
      if (at === -1) {
        newIn.push(g);
        mine.groups.push(g);
        mine.lines?.push(lines[i] ?? 1);
      } else if (mine.lines !== undefined) mine.lines[at] += lines[i] ?? 1;
    });
    // A success in the later shard clears what was pending before it.
    mine.pending = succeeded === 1 ? [...pending] : [...mine.pending, ...pending.filter((g) => !mine.pending.includes(g))];
    mine.last = last;
    mine.succeeded ||= succeeded === 1;
    states.set(st === undefined ? ownCopy(id) : id, compact(mine, this.trackSuccesses));
    return { newIn };
  }
}

/** Marks the record, when tracked in this destination's map, as recovered from what was pending. */
function resolve(states: Map<string, State> | undefined, id: string): void {
  const st = states?.get(id);
  if (st === undefined || states === undefined) return;
  if (typeof st === 'number') {
    states.set(id, pack(groupOf(st), SUCCEEDED, linesOf(st)));
    return;
  }
  st.pending = [];
  st.last = -1;
  st.succeeded = true;
}

/** The one-integer form when the record failed under one cause only. */
function compact(m: MultiState, keepLines: boolean): State {
  if (m.groups.length !== 1) return m;
  const g = m.groups[0];
  return pack(g, (m.succeeded ? SUCCEEDED : 0) | (m.pending.includes(g) ? PENDING : 0) | (m.last === g ? LAST_FAILED : 0), keepLines ? (m.lines?.[0] ?? 1) : 0);
}
