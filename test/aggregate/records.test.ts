import { describe, expect, it } from 'vitest';
import { RecordTracker } from '../../src/aggregate/records.js';

describe('RecordTracker', () => {
  it('counts a record once per group and resolves retries', () => {
    const t = new RecordTracker(100);
    expect(t.failure('hubspot', 'c1', 0)).toBe('new-in-group');
    expect(t.failure('hubspot', 'c1', 0)).toBe('seen-in-group');
    expect(t.success('hubspot', 'c1')).toEqual([0]);
    expect(t.success('hubspot', 'c1')).toBeNull();
    expect([...t.lastFailures()]).toEqual([]);
  });

  it('keeps records of different destinations apart', () => {
    const t = new RecordTracker(100);
    t.failure('hubspot', 'r1', 0);
    expect(t.success('salesforce', 'r1')).toBeNull();
    expect([...t.lastFailures()]).toEqual([0]);
  });

  it('tracks a record failing under two causes, then recovering from both', () => {
    const t = new RecordTracker(100);
    expect(t.failure(null, 'r', 0)).toBe('new-in-group');
    expect(t.failure(null, 'r', 1)).toBe('new-in-group');
    expect([...t.lastFailures()]).toEqual([1]);
    expect(t.success(null, 'r')?.sort()).toEqual([0, 1]);
    expect(t.failure(null, 'r', 1)).toBe('seen-in-group');
    expect([...t.lastFailures()]).toEqual([1]);
  });

  it('stops tracking at the cap and counts what it could not track', () => {
    const t = new RecordTracker(2);
    t.failure(null, 'a', 0);
    t.failure(null, 'b', 0);
    expect(t.failure(null, 'c', 0)).toBe('untracked');
    expect(t.untrackedLines).toBe(1);
    expect(t.success(null, 'c')).toBeNull();
  });

  it('never reports a success for an id it does not track (filter false positives still miss the map)', () => {
    const t = new RecordTracker(10_000);
    for (let i = 0; i < 5000; i++) t.failure(null, `f${i}`, 0);
    let recovered = 0;
    for (let i = 0; i < 5000; i++) if (t.success(null, `s${i}`) !== null) recovered++;
    expect(recovered).toBe(0);
  });
});
