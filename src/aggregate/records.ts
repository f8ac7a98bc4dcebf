import { ownCopy } from '../strings.js';

/**
 * Per-record failure history, for distinct-record counts and retry resolution. Only records that
 * failed at least once are tracked (successes of never-failed records cost one lookup), up to a
 * cap; past it, failures are counted as untracked instead of growing memory.
 *
 * Most records fail under one cause only, so such a record is stored as one small integer
 * (group << 2 | pending << 1 | lastIsFailure), not an object: the tracker is on the per-line path
 * and may hold hundreds of thousands of records.
 */
interface MultiState {
  /** Groups this record ever failed in. */
  groups: number[];
  /** Groups it failed in since its last success. */
  pending: number[];
  /** Group of its last failure, or -1 when its last event was a success. */
  last: number;
}

type State = number | MultiState;

const PENDING = 2;
const LAST_FAILED = 1;

export type FailureResult = 'new-in-group' | 'seen-in-group' | 'untracked';

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
  untrackedLines = 0;

  constructor(private readonly cap: number) {}

  failure(destination: string | null, id: string, group: number): FailureResult {
    let states = this.byDestination.get(destination);
    if (states === undefined) {
      states = new Map();
      this.byDestination.set(destination, states);
    }
    const st = states.get(id);
    if (st === undefined) {
      if (this.size >= this.cap) {
        this.untrackedLines++;
        return 'untracked';
      }
      this.size++;
      const h = hashId(id) & (FILTER_BITS - 1);
      this.filter[h >>> 5] |= 1 << (h & 31);
      states.set(ownCopy(id), (group << 2) | PENDING | LAST_FAILED);
      return 'new-in-group';
    }
    if (typeof st === 'number') {
      const g = st >> 2;
      if (g === group) {
        states.set(id, (group << 2) | PENDING | LAST_FAILED);
        return 'seen-in-group';
      }
      const multi: MultiState = { groups: [g, group], pending: st & PENDING ? [g, group] : [group], last: group };
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
    if (this.size === 0) return;
    const h = hashId(id) & (FILTER_BITS - 1);
    if ((this.filter[h >>> 5] & (1 << (h & 31))) === 0) return;
    const states = this.byDestination.get(destination);
    if (states === undefined) return;
    const st = states.get(id);
    if (st === undefined) return;
    if (typeof st === 'number') {
      if ((st & PENDING) !== 0) states.set(id, (st >> 2) << 2);
      return;
    }
    st.pending = [];
    st.last = -1;
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
          yield [st >> 2, st & LAST_FAILED ? 'failing' : 'recovered'];
          continue;
        }
        for (const g of st.groups) {
          if (g === st.last) yield [g, 'failing'];
          else if (!st.pending.includes(g)) yield [g, 'recovered'];
        }
      }
    }
  }
}
