import { describe, expect, it } from 'vitest';
import { HLL_STANDARD_ERROR, HyperLogLog } from '../../src/aggregate/hll.js';

const within = (estimate: number, truth: number, errors = 4) => Math.abs(estimate - truth) <= Math.max(2, truth * HLL_STANDARD_ERROR * errors);

describe('HyperLogLog', () => {
  it('counts small sets exactly enough and ignores repeats', () => {
    const h = new HyperLogLog();
    expect(h.estimate()).toBe(0);
    for (let r = 0; r < 5; r++) for (let i = 0; i < 100; i++) h.add(`rec-${i}`);
    expect(within(h.estimate(), 100)).toBe(true);
  });

  it.each([1_000, 20_000, 300_000])('estimates %i distinct ids within four standard errors', (n) => {
    const h = new HyperLogLog();
    for (let i = 0; i < n; i++) h.add(`contact-${i.toString(36)}`);
    expect(within(h.estimate(), n)).toBe(true);
  });

  it('merges to the union, whatever overlaps', () => {
    const a = new HyperLogLog();
    const b = new HyperLogLog();
    for (let i = 0; i < 30_000; i++) a.add(`id${i}`);
    for (let i = 20_000; i < 50_000; i++) b.add(`id${i}`);
    a.merge(b);
    expect(within(a.estimate(), 50_000)).toBe(true);
  });

  it('survives base64 and refuses registers it could not have written', () => {
    const a = new HyperLogLog();
    for (let i = 0; i < 5000; i++) a.add(`x${i}`);
    expect(HyperLogLog.fromBase64(a.toBase64()).estimate()).toBe(a.estimate());
    expect(() => HyperLogLog.fromBase64('AAAA')).toThrow(/registers/);
    expect(() => HyperLogLog.fromBase64(Buffer.alloc(4096, 99).toString('base64'))).toThrow(/at most/);
  });
});
