// The success-only records of a state: a set of 64-bit fingerprints that must keep what it is
// given, tell records apart by destination and id, refuse past its cap and survive base64.
import { describe, expect, it } from 'vitest';
import { FingerprintSet, pairsOfBase64 } from '../../src/aggregate/fingerprints.js';

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
    const text = set.toBase64();
    expect(FingerprintSet.countInBase64(text)).toBe(3);
    const back = new FingerprintSet(10);
    const pairs = pairsOfBase64(text);
    expect(pairs?.size).toBe(3);
    pairs?.forEachPair((hi, lo) => back.add(hi, lo));
    expect(back.size).toBe(3);
    for (const id of ['x', 'y', 'z']) expect(back.has(...FingerprintSet.of('zendesk', id))).toBe(true);
    expect(back.has(...FingerprintSet.of('zendesk', 'w'))).toBe(false);
    expect(FingerprintSet.countInBase64('')).toBe(0);
    // 3 bytes, 6 bytes: not whole 8-byte pairs; "A*AA" is no base64.
    for (const bad of ['AAAA', 'AAAAAAAA', 'A*AA', 'AAA']) expect(FingerprintSet.countInBase64(bad)).toBeNull();
    expect(pairsOfBase64('AAAA')).toBeNull();
  });

  it('reads back every pair of a text longer than one decoding piece', () => {
    const set = new FingerprintSet(200_000);
    for (let i = 0; i < 100_000; i++) set.add(...FingerprintSet.of(null, `r${i}`));
    const text = set.toBase64();
    expect(text.length).toBeGreaterThan(96 * 4096 * 2);
    const back = new FingerprintSet(200_000);
    let n = 0;
    pairsOfBase64(text)?.forEachPair((hi, lo) => {
      n++;
      back.add(hi, lo);
    });
    expect(n).toBe(100_000);
    for (let i = 0; i < 100_000; i += 997) expect(back.has(...FingerprintSet.of(null, `r${i}`))).toBe(true);
  });
});
