// The success-only records of a state: a set of 64-bit fingerprints that must keep what it is
// given, tell records apart by destination and id, refuse past its cap and survive base64.
import { describe, expect, it } from 'vitest';
import { FingerprintSet } from '../../src/aggregate/fingerprints.js';

describe('FingerprintSet', () => {
  it('keeps every fingerprint it is given while it grows, and nothing else', () => {
    const set = new FingerprintSet(100_000, 16);
    for (let i = 0; i < 50_000; i++) expect(set.add(...FingerprintSet.of('hubspot', `r${i}`))).toBe(true);
    expect(set.size).toBe(50_000);
    for (let i = 0; i < 50_000; i++) expect(set.has(...FingerprintSet.of('hubspot', `r${i}`))).toBe(true);
    let false_ = 0;
    for (let i = 50_000; i < 100_000; i++) if (set.has(...FingerprintSet.of('hubspot', `r${i}`))) false_++;
    expect(false_).toBe(0);
  });

  it('tells the destination from the id', () => {
    const pairs = [
      FingerprintSet.of('ab', 'c'),
      FingerprintSet.of('a', 'bc'),
      FingerprintSet.of(null, 'abc'),
      FingerprintSet.of('stripe', '42'),
      FingerprintSet.of('hubspot', '42'),
      FingerprintSet.of(null, ''),
    ];
    expect(new Set(pairs.map((p) => p.join(':'))).size).toBe(pairs.length);
  });

  it('adds a known fingerprint again without counting it, and refuses new ones past its cap', () => {
    const set = new FingerprintSet(3);
    for (const id of ['a', 'b', 'c', 'a']) expect(set.add(...FingerprintSet.of(null, id))).toBe(true);
    expect(set.size).toBe(3);
    expect(set.add(...FingerprintSet.of(null, 'd'))).toBe(false);
    expect(set.has(...FingerprintSet.of(null, 'd'))).toBe(false);
  });

  it('survives base64, and refuses text that is not whole pairs', () => {
    const set = new FingerprintSet(10);
    for (const id of ['x', 'y', 'z']) set.add(...FingerprintSet.of('zendesk', id));
    const pairs = FingerprintSet.pairsFromBase64(set.toBase64());
    expect(pairs?.length).toBe(6);
    const back = new FingerprintSet(10);
    for (let i = 0; i < (pairs?.length ?? 0); i += 2) back.add(pairs![i], pairs![i + 1]);
    for (const id of ['x', 'y', 'z']) expect(back.has(...FingerprintSet.of('zendesk', id))).toBe(true);
    expect(FingerprintSet.pairsFromBase64('')?.length).toBe(0);
    expect(FingerprintSet.pairsFromBase64('AAAA')).toBeNull();
  });
});
