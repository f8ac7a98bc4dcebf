/**
 * Per-run bookkeeping for blocked runs: a run comes from a run-id field, or is the input file.
 * An actionable group blocks a run when no record succeeded in that run after the group's first
 * line there, the run kept failing after it (at least two more errors), and at least half of
 * those failures are this group's own. Bounded: at most maxRuns runs, and per run only
 * the groups that appear in it.
 */
interface GroupInRun {
  firstSeq: number;
  /** Run errors seen before this group's first line. */
  errorsBefore: number;
  lines: number;
}

interface RunState {
  id: string;
  lines: number;
  errors: number;
  succeeded: number;
  lastSuccessSeq: number;
  groups: Map<number, GroupInRun>;
}

export interface RunView {
  runs: Array<{ id: string; lines: number; errors: number; succeeded: number; blockedBy: number | null; groups: Map<number, number> }>;
  /** Group index → wasted calls, for groups that blocked at least one run. */
  blocking: Map<number, { wasted: number }>;
  /** Group index → number of runs it appeared in. */
  groupRuns: Map<number, number>;
  overflowLines: number;
  runOverflow: boolean;
}

const OVERFLOW_RUN = '(other runs: run cap reached)';

export class RunTracker {
  private readonly runs = new Map<string, RunState>();
  private overflowLines = 0;

  constructor(private readonly cap: number) {}

  /** The run of the previous line: consecutive lines of one run skip the map lookup. */
  private current: RunState | null = null;

  private run(id: string): RunState {
    const cur = this.current;
    if (cur !== null && cur.id === id) return cur;
    let r = this.runs.get(id);
    if (r !== undefined) {
      this.current = r;
      return r;
    }
    if (this.runs.size >= this.cap) {
      this.overflowLines++;
      id = OVERFLOW_RUN;
      r = this.runs.get(id);
      if (r !== undefined) return r;
    }
    r = { id, lines: 0, errors: 0, succeeded: 0, lastSuccessSeq: -1, groups: new Map() };
    this.runs.set(id, r);
    this.current = r;
    return r;
  }

  /** `lines`: physical lines of the event, so a run's lines add up like the totals' lines. */
  nonError(id: string, seq: number, success: boolean, lines = 1): void {
    const r = this.run(id);
    r.lines += lines;
    if (success) {
      r.succeeded++;
      r.lastSuccessSeq = seq;
    }
  }

  error(id: string, seq: number, group: number, lines = 1): void {
    const r = this.run(id);
    r.lines += lines;
    let g = r.groups.get(group);
    if (g === undefined) {
      g = { firstSeq: seq, errorsBefore: r.errors, lines: 0 };
      r.groups.set(group, g);
    }
    g.lines++;
    r.errors++;
  }

  finish(isActionable: (group: number) => boolean): RunView {
    const blocking = new Map<number, { wasted: number }>();
    const groupRuns = new Map<number, number>();
    const runs: RunView['runs'] = [];
    for (const r of this.runs.values()) {
      const counts = new Map<number, number>();
      let blockedBy: number | null = null;
      let blockedAt = Infinity;
      for (const [gi, g] of r.groups) {
        counts.set(gi, g.lines);
        groupRuns.set(gi, (groupRuns.get(gi) ?? 0) + 1);
        if (!isActionable(gi)) continue;
        // Blocking: nothing succeeded after it, the run kept trying, and this cause is most of
        // what failed from then on (a stray validation error at the end of a run blocks nothing).
        const errorsAfter = r.errors - g.errorsBefore - 1;
        const ownAfter = g.lines - 1;
        if (r.lastSuccessSeq < g.firstSeq && errorsAfter >= 2 && ownAfter * 2 >= errorsAfter) {
          const b = blocking.get(gi) ?? { wasted: 0 };
          b.wasted += g.lines - 1;
          blocking.set(gi, b);
          if (g.firstSeq < blockedAt) {
            blockedAt = g.firstSeq;
            blockedBy = gi;
          }
        }
      }
      runs.push({ id: r.id, lines: r.lines, errors: r.errors, succeeded: r.succeeded, blockedBy, groups: counts });
    }
    return { runs, blocking, groupRuns, overflowLines: this.overflowLines, runOverflow: this.runs.has(OVERFLOW_RUN) };
  }
}
