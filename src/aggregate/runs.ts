import { ownCopy } from '../strings.js';

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
  /** Events (a physical line, or a joined traceback). */
  events: number;
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
  /** Groups after whose first line in some run a record succeeded in that run. */
  passedAfter: Set<number>;
  /** Group index → number of runs it appeared in. */
  groupRuns: Map<number, number>;
  overflowLines: number;
  runOverflow: boolean;
}

const OVERFLOW_RUN = '(other runs: run cap reached)';

/**
 * One run as a state file holds it; `seq` values count events from the start of the state's
 * input, and each group is [group, first seq, run errors before it, its lines in the run].
 */
export interface RunEntry {
  id: string;
  events: number;
  lines: number;
  errors: number;
  succeeded: number;
  lastSuccessSeq: number;
  groups: Array<[group: number, firstSeq: number, errorsBefore: number, lines: number]>;
}

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
    id = ownCopy(id);
    r = { id, events: 0, lines: 0, errors: 0, succeeded: 0, lastSuccessSeq: -1, groups: new Map() };
    this.runs.set(id, r);
    this.current = r;
    return r;
  }

  /** `lines`: physical lines of the event, so a run's lines add up like the totals' lines. */
  nonError(id: string, seq: number, success: boolean, lines = 1): void {
    const r = this.run(id);
    r.events++;
    r.lines += lines;
    if (success) {
      r.succeeded++;
      r.lastSuccessSeq = seq;
    }
  }

  error(id: string, seq: number, group: number, lines = 1): void {
    const r = this.run(id);
    r.events++;
    r.lines += lines;
    let g = r.groups.get(group);
    if (g === undefined) {
      g = { firstSeq: seq, errorsBefore: r.errors, lines: 0 };
      r.groups.set(group, g);
    }
    g.lines++;
    r.errors++;
  }

  /** Every run, for a state file. */
  entries(): { runs: RunEntry[]; overflowLines: number } {
    const runs: RunEntry[] = [];
    for (const r of this.runs.values()) {
      runs.push({
        id: r.id,
        events: r.events,
        lines: r.lines,
        errors: r.errors,
        succeeded: r.succeeded,
        lastSuccessSeq: r.lastSuccessSeq,
        groups: [...r.groups].map(([gi, g]) => [gi, g.firstSeq, g.errorsBefore, g.lines]),
      });
    }
    return { runs, overflowLines: this.overflowLines };
  }

  /**
   * Appends a later shard's run, as if its events came after every event seen so far: its seq
   * values move by `seqOffset`, its groups are mapped to this tracker's numbers. A run of the same
   * id continues; past the cap the run joins the overflow run as a new run would.
   */
  absorb(e: RunEntry, seqOffset: number, mapGroup: (group: number) => number): void {
    const known = this.runs.has(e.id) || this.runs.size < this.cap;
    const r = this.run(e.id);
    if (!known) this.overflowLines += e.events - 1;
    const errorsBefore = r.errors;
    const added = new Set<number>();
    for (const [gi, firstSeq, before, lines] of e.groups) {
      const mine = mapGroup(gi);
      const g = r.groups.get(mine);
      const at = firstSeq + seqOffset;
      if (g === undefined) {
        r.groups.set(mine, { firstSeq: at, errorsBefore: errorsBefore + before, lines });
        added.add(mine);
      } else {
        g.lines += lines;
        // Two of the shard's groups that are one group here: the earlier first line counts.
        if (added.has(mine) && at < g.firstSeq) {
          g.firstSeq = at;
          g.errorsBefore = errorsBefore + before;
        }
      }
    }
    r.events += e.events;
    r.lines += e.lines;
    r.errors += e.errors;
    r.succeeded += e.succeeded;
    if (e.lastSuccessSeq >= 0) r.lastSuccessSeq = e.lastSuccessSeq + seqOffset;
  }

  /** Lines a shard could not give a run of its own (its run cap). */
  countOverflow(lines: number): void {
    this.overflowLines += lines;
  }

  /**
   * `familyOf`: groups that are one cause for the operator (auth on one destination, whatever code
   * or status said so; the groups the summary folds into one row) are judged together, so a fold
   * never turns a blocked run into an unblocked one.
   */
  finish(isActionable: (group: number) => boolean, familyOf: (group: number) => string | null = () => null): RunView {
    const blocking = new Map<number, { wasted: number }>();
    const groupRuns = new Map<number, number>();
    const passedAfter = new Set<number>();
    const runs: RunView['runs'] = [];
    for (const r of this.runs.values()) {
      const counts = new Map<number, number>();
      let blockedBy: number | null = null;
      let blockedAt = Infinity;
      // A family's members as one cause: lines added, first line and errors before it taken from the earliest.
      const families = new Map<string, { members: number[]; lines: number; firstSeq: number; errorsBefore: number }>();
      for (const [gi, g] of r.groups) {
        const f = isActionable(gi) ? familyOf(gi) : null;
        if (f === null) continue;
        const fam = families.get(f);
        if (fam === undefined) families.set(f, { members: [gi], lines: g.lines, firstSeq: g.firstSeq, errorsBefore: g.errorsBefore });
        else {
          fam.members.push(gi);
          fam.lines += g.lines;
          if (g.firstSeq < fam.firstSeq) {
            fam.firstSeq = g.firstSeq;
            fam.errorsBefore = g.errorsBefore;
          }
        }
      }
      for (const fam of families.values()) {
        if (fam.members.length < 2) continue;
        const errorsAfter = r.errors - fam.errorsBefore - 1;
        if (r.lastSuccessSeq < fam.firstSeq && errorsAfter >= 2 && (fam.lines - 1) * 2 >= errorsAfter) {
          for (const gi of fam.members) {
            const g = r.groups.get(gi) as { firstSeq: number; lines: number };
            const b = blocking.get(gi) ?? { wasted: 0 };
            b.wasted += g.firstSeq === fam.firstSeq ? g.lines - 1 : g.lines;
            blocking.set(gi, b);
            if (g.firstSeq < blockedAt) {
              blockedAt = g.firstSeq;
              blockedBy = gi;
            }
          }
        }
      }
      for (const [gi, g] of r.groups) {
        counts.set(gi, g.lines);
        groupRuns.set(gi, (groupRuns.get(gi) ?? 0) + 1);
        if (r.lastSuccessSeq > g.firstSeq && r.id !== OVERFLOW_RUN) passedAfter.add(gi);
        if (!isActionable(gi)) continue;
        const f = familyOf(gi);
        if (f !== null && (families.get(f)?.members.length ?? 0) > 1) continue;
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
    return { runs, blocking, passedAfter, groupRuns, overflowLines: this.overflowLines, runOverflow: this.runs.has(OVERFLOW_RUN) };
  }
}
