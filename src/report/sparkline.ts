import type { Group, Timeline } from '../types.js';

/** The log's time span in seconds [start, end): from the first timed event's bin to the last's end. */
export interface Span {
  start: number;
  end: number;
}

function bounds(t: Timeline): Span {
  const start = Date.parse(t.start) / 1000;
  return { start, end: start + t.counts.length * t.binSeconds };
}

/** The span every group's timeline falls in, or null when no event carried a time. */
export function spanOf(groups: readonly Group[]): Span | null {
  let span: Span | null = null;
  for (const g of groups) {
    if (g.timeline === null) continue;
    const b = bounds(g.timeline);
    span = span === null ? b : { start: Math.min(span.start, b.start), end: Math.max(span.end, b.end) };
  }
  return span;
}

/**
 * A timeline's counts in `cells` equal slices of the span, each bin shared among the cells it
 * overlaps in proportion (so a steady trickle is level whatever the bins and cells).
 */
export function cellsOf(t: Timeline | null, span: Span, cells: number): number[] {
  const out = new Array<number>(cells).fill(0);
  if (t === null) return out;
  const start = Date.parse(t.start) / 1000;
  const cell = Math.max(1, span.end - span.start) / cells;
  t.counts.forEach((n, i) => {
    if (n === 0) return;
    const b0 = start + i * t.binSeconds - span.start;
    const b1 = b0 + t.binSeconds;
    const first = Math.max(0, Math.floor(b0 / cell));
    const last = Math.min(cells - 1, Math.ceil(b1 / cell) - 1);
    for (let k = first; k <= last; k++) {
      const overlap = Math.min(b1, (k + 1) * cell) - Math.max(b0, k * cell);
      if (overlap > 0) out[k] += (n * overlap) / t.binSeconds;
    }
  });
  return out;
}

const BARS = '▁▂▃▄▅▆▇█';

/**
 * The group's events over the log's span, scaled to its own busiest cell: a burst is one tall bar,
 * a trickle a flat row. A cell without events is a space, so "few" and "none" look apart.
 */
export function sparkline(t: Timeline | null, span: Span, cells: number): string {
  const counts = cellsOf(t, span, cells);
  const max = Math.max(...counts);
  if (max === 0) return ' '.repeat(cells);
  return counts.map((n) => (n === 0 ? ' ' : BARS[Math.min(BARS.length - 1, Math.ceil((n / max) * BARS.length) - 1)])).join('');
}
