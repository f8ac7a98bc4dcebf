import { describe, expect, it } from 'vitest';
import { TIMELINE_BINS, TimeBins, type Timeline } from '../../src/aggregate/timeline.js';
import { mulberry32 } from '../../bench/generate.js';

const T0 = Date.parse('2026-11-20T09:00:00Z');

function of(times: number[]): Timeline | null {
  const bins = new TimeBins();
  for (const t of times) bins.add(t);
  return bins.toJSON();
}

describe('TimeBins', () => {
  it('keeps one-second bins while the span fits, and counts every event', () => {
    const t = of([T0, T0 + 500, T0 + 1000, T0 + 10_000]);
    expect(t).toEqual({ start: '2026-11-20T09:00:00.000Z', binSeconds: 1, counts: [2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1] });
  });

  it('widens to the smallest power of two that holds the span', () => {
    // 100 s apart: 64 one-second bins cannot hold it, 64 two-second bins can.
    const t = of([T0, T0 + 100_000]) as Timeline;
    expect(t.binSeconds).toBe(2);
    expect(t.counts.length).toBeLessThanOrEqual(TIMELINE_BINS);
    expect(t.counts[0]).toBe(1);
    expect(t.counts[t.counts.length - 1]).toBe(1);
    // A day and a half: 2^11 s bins (64 × 2048 s ≈ 36 h).
    expect((of([T0, T0 + 36 * 3600_000 - 10_000]) as Timeline).binSeconds).toBe(2048);
  });

  it('is null without events', () => {
    expect(new TimeBins().toJSON()).toBeNull();
  });

  it('gives the same bins for any split of the events merged in any order', () => {
    const rand = mulberry32(11);
    for (let round = 0; round < 200; round++) {
      const spread = [5_000, 600_000, 86_400_000, 400 * 86_400_000][round % 4];
      const times = Array.from({ length: 1 + Math.floor(rand() * 300) }, () => T0 + Math.floor(rand() * spread));
      const whole = of(times) as Timeline;
      expect(whole.counts.reduce((a, b) => a + b, 0)).toBe(times.length);
      expect(whole.counts.length).toBeLessThanOrEqual(TIMELINE_BINS);
      // Minimal: half the width would not hold the span (unless already one second).
      if (whole.binSeconds > 1) {
        const secs = times.map((t) => Math.floor(t / 1000));
        const half = whole.binSeconds / 2;
        expect(Math.floor(Math.max(...secs) / half) - Math.floor(Math.min(...secs) / half)).toBeGreaterThanOrEqual(TIMELINE_BINS);
      }
      // Cut into random pieces, each binned alone, merged in a random order.
      const pieces: number[][] = [[]];
      for (const t of [...times].sort(() => rand() - 0.5)) {
        if (rand() < 0.1) pieces.push([]);
        pieces[pieces.length - 1].push(t);
      }
      const merged = new TimeBins();
      for (const p of pieces.sort(() => rand() - 0.5)) merged.merge(of(p));
      expect(merged.toJSON()).toEqual(whole);
      // And through a merge of merges (associativity).
      const left = TimeBins.from(of(pieces[0]));
      const right = new TimeBins();
      for (const p of pieces.slice(1)) right.merge(of(p));
      left.merge(right.toJSON());
      expect(left.toJSON()).toEqual(whole);
    }
  });
});
