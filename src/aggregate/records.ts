/**
 * Per-record failure history, for distinct-record counts and retry resolution. Only records that
 * failed at least once are tracked (successes of never-failed records cost nothing), up to a cap;
 * past it, failures are counted as untracked instead of growing memory.
 */
interface RecordState {
  /** Groups this record ever failed in (usually one). */
  groups: number[];
  /** Groups it failed in since its last success. */
  pending: number[];
  /** Group of its last failure, or -1 when its last event was a success. */
  last: number;
}

export type FailureResult = 'new-in-group' | 'seen-in-group' | 'untracked';

export class RecordTracker {
  private readonly states = new Map<string, RecordState>();
  untrackedLines = 0;

  constructor(private readonly cap: number) {}

  failure(key: string, group: number): FailureResult {
    let st = this.states.get(key);
    if (st === undefined) {
      if (this.states.size >= this.cap) {
        this.untrackedLines++;
        return 'untracked';
      }
      st = { groups: [group], pending: [group], last: group };
      this.states.set(key, st);
      return 'new-in-group';
    }
    st.last = group;
    if (!st.pending.includes(group)) st.pending.push(group);
    if (st.groups.includes(group)) return 'seen-in-group';
    st.groups.push(group);
    return 'new-in-group';
  }

  /** A success for the record: returns the groups it has now recovered from, or null. */
  success(key: string): number[] | null {
    const st = this.states.get(key);
    if (st === undefined || st.pending.length === 0) return null;
    const recovered = st.pending;
    st.pending = [];
    st.last = -1;
    return recovered;
  }

  /** The group of each tracked record whose last event is a failure. */
  *lastFailures(): Iterable<number> {
    for (const st of this.states.values()) if (st.last >= 0) yield st.last;
  }
}
