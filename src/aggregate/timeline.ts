/**
 * Events over time, for a group's sparkline and the HTML report's chart: counts in at most
 * TIMELINE_BINS bins of 2^k seconds, aligned to the epoch, k the smallest that holds every event.
 * The bins depend only on the events' seconds, never on their order: a bin at 2^k nests in one at
 * 2^(k+1), so coarsening is exact, and a merge of any split of the events in any order gives what
 * one pass over them gives (the state and `merge` rely on it).
 */
export interface Timeline {
  /** Start of the first bin (ISO 8601, UTC). The first and last bins hold at least one event. */
  start: string;
  /** Width of a bin in seconds: a power of two. */
  binSeconds: number;
  counts: number[];
}

/** Bins at most: enough for a chart, and a summary of 1,000 groups stays small. */
export const TIMELINE_BINS = 64;

export class TimeBins {
  /** Bin width in seconds (2^k). */
  private width = 1;
  /** Index (seconds / width) of counts[0]. */
  private lo = 0;
  private counts: number[] = [];

  /** An event at `ms` (milliseconds since the epoch). */
  add(ms: number): void {
    const idx = Math.floor(Math.floor(ms / 1000) / this.width);
    const rel = idx - this.lo;
    if (rel >= 0 && rel < this.counts.length) this.counts[rel]++;
    else this.addBin(idx, this.width, 1);
  }

  /** Adds another timeline's events (a merge: order-free, exact). */
  merge(t: Timeline | null | undefined): void {
    if (t === null || t === undefined || t.counts.length === 0) return;
    const width = t.binSeconds;
    const lo = Math.round(Date.parse(t.start) / 1000 / width);
    t.counts.forEach((n, i) => {
      if (n > 0) this.addBin(lo + i, width, n);
    });
  }

  toJSON(): Timeline | null {
    if (this.counts.length === 0) return null;
    return { start: new Date(this.lo * this.width * 1000).toISOString(), binSeconds: this.width, counts: [...this.counts] };
  }

  static from(t: Timeline | null | undefined): TimeBins {
    const bins = new TimeBins();
    bins.merge(t);
    return bins;
  }

  /** n events in the bin `idx` of width `width` (a power of two, like ours). */
  private addBin(idx: number, width: number, n: number): void {
    // A wider bin than ours: ours coarsen to it first.
    if (width > this.width) this.coarsen(width);
    else if (width < this.width) idx = Math.floor(idx / (this.width / width));
    if (this.counts.length === 0) {
      this.lo = idx;
      this.counts.push(n);
      return;
    }
    // Too wide a span for the bins: halve until it fits (the smallest width that holds every event).
    let lo = Math.min(this.lo, idx);
    let hi = Math.max(this.lo + this.counts.length - 1, idx);
    let f = 1;
    while (hi - lo >= TIMELINE_BINS) {
      lo = Math.floor(lo / 2);
      hi = Math.floor(hi / 2);
      f *= 2;
    }
    if (f > 1) {
      this.coarsen(this.width * f);
      idx = Math.floor(idx / f);
    }
    if (idx < this.lo) {
      const grow: number[] = new Array<number>(this.lo - idx).fill(0);
      this.counts = grow.concat(this.counts);
      this.lo = idx;
    } else while (idx >= this.lo + this.counts.length) this.counts.push(0);
    this.counts[idx - this.lo] += n;
  }

  /** Re-bins to a wider power-of-two width (exact: each old bin lies in one new bin). */
  private coarsen(width: number): void {
    const f = width / this.width;
    this.width = width;
    if (this.counts.length === 0) return;
    const lo = Math.floor(this.lo / f);
    const out: number[] = [];
    this.counts.forEach((n, i) => {
      const at = Math.floor((this.lo + i) / f) - lo;
      out[at] = (out[at] ?? 0) + n;
    });
    for (let i = 0; i < out.length; i++) out[i] ??= 0;
    this.lo = lo;
    this.counts = out;
  }
}
