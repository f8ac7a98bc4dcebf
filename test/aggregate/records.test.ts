import { describe, expect, it } from 'vitest';
import { RecordTracker } from '../../src/aggregate/records.js';

const outcomes = (t: RecordTracker) => [...t.outcomes()].sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]));

describe('RecordTracker', () => {
  it('counts a record once per group and resolves retries', () => {
    const t = new RecordTracker(100);
    expect(t.failure('hubspot', 'c1', 0)).toBe('new-in-group');
    expect(t.failure('hubspot', 'c1', 0)).toBe('seen-in-group');
    t.success('hubspot', 'c1');
    t.success('hubspot', 'c1');
    expect(outcomes(t)).toEqual([[0, 'recovered']]);
  });

  it('counts a record that failed, recovered and failed again once, as still failing', () => {
    const t = new RecordTracker(100);
    t.failure(null, 'c1', 0);
    t.success(null, 'c1');
    t.failure(null, 'c1', 0);
    t.success(null, 'c1');
    t.failure(null, 'c1', 0);
    expect(outcomes(t)).toEqual([[0, 'failing']]);
  });

  it('keeps records of different destinations apart', () => {
    const t = new RecordTracker(100);
    t.failure('hubspot', 'r1', 0);
    t.success('salesforce', 'r1');
    expect(outcomes(t)).toEqual([[0, 'failing']]);
  });

  it('tracks a record failing under two causes, then recovering from both', () => {
    const t = new RecordTracker(100);
    expect(t.failure(null, 'r', 0)).toBe('new-in-group');
    expect(t.failure(null, 'r', 1)).toBe('new-in-group');
    // Failed with 0, then with 1: still failing with 1, and not recovered from 0.
    expect(outcomes(t)).toEqual([[1, 'failing']]);
    t.success(null, 'r');
    expect(outcomes(t)).toEqual([
      [0, 'recovered'],
      [1, 'recovered'],
    ]);
    expect(t.failure(null, 'r', 1)).toBe('seen-in-group');
    expect(outcomes(t)).toEqual([
      [0, 'recovered'],
      [1, 'failing'],
    ]);
  });

  it('stops tracking at the cap and counts what it could not track', () => {
    const t = new RecordTracker(2);
    t.failure(null, 'a', 0);
    t.failure(null, 'b', 0);
    expect(t.failure(null, 'c', 0)).toBe('untracked');
    expect(t.untrackedLines).toBe(1);
    t.success(null, 'c');
    expect(outcomes(t)).toEqual([
      [0, 'failing'],
      [0, 'failing'],
    ]);
  });

  it('never resolves an id it does not track (filter false positives still miss the map)', () => {
    const t = new RecordTracker(10_000);
    for (let i = 0; i < 5000; i++) t.failure(null, `f${i}`, 0);
    for (let i = 0; i < 5000; i++) t.success(null, `s${i}`);
    expect(outcomes(t).filter(([, o]) => o === 'recovered')).toHaveLength(0);
  });
});
