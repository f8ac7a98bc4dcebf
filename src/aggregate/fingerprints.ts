/**
 * A set of 64-bit fingerprints of (destination, record id), for the records a shard saw only
 * succeed: a later shard's success is what resolves an earlier shard's failure, and a state must
 * carry them. Two typed arrays with open addressing, not a Map of id strings: no string is kept and
 * a success line costs two hashes and a probe. Two different records share a fingerprint with
 * probability about n² / 2⁶⁵ (under 10⁻⁷ for the 800,000 a default state holds at most).
 */
export class FingerprintSet {
  /**
   * Slot i is (pairs[2i], pairs[2i + 1]) = (hi, lo): one table, so a probe reads one cache line,
   * not one in each of two arrays (a state's set is megabytes, and its probes land at random).
   */
  private pairs: Uint32Array;
  private count = 0;

  constructor(
    /** Most fingerprints kept; add() refuses new ones past it. */
    readonly max: number,
    initialCapacity = 1 << 12,
  ) {
    this.pairs = new Uint32Array(initialCapacity * 2);
  }

  get size(): number {
    return this.count;
  }

  /** Slots in the table. */
  private get capacity(): number {
    return this.pairs.length >>> 1;
  }

  /** The fingerprint of a record, as [hi, lo]; never [0, 0] (the empty slot). */
  static of(destination: string | null, id: string): [number, number] {
    // FNV-1a over the id, then over the destination, with two different offset bases.
    let a = 0x811c9dc5;
    let b = 0x01000193 ^ 0x5bd1e995;
    for (let i = 0; i < id.length; i++) {
      const c = id.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
    b = Math.imul(b ^ 0xff, 0x5bd1e995);
    if (destination !== null) {
      for (let i = 0; i < destination.length; i++) {
        const c = destination.charCodeAt(i);
        a = Math.imul(a ^ c, 0x01000193);
        b = Math.imul(b ^ c, 0x5bd1e995);
        b ^= b >>> 15;
      }
    }
    a >>>= 0;
    b = (b ^ (b >>> 13)) >>> 0;
    return a === 0 && b === 0 ? [0, 1] : [a, b];
  }

  /** The index in `pairs` of the pair's slot: where it is, or the empty slot where it would go. */
  private slot(hi: number, lo: number): number {
    const t = this.pairs;
    const mask = this.capacity - 1;
    let i = (lo ^ Math.imul(hi, 0x9e3779b1)) & mask;
    for (;;) {
      const h = t[2 * i];
      const l = t[2 * i + 1];
      if ((h === hi && l === lo) || (h === 0 && l === 0)) return 2 * i;
      i = (i + 1) & mask;
    }
  }

  has(hi: number, lo: number): boolean {
    const at = this.slot(hi, lo);
    return this.pairs[at] === hi && this.pairs[at + 1] === lo;
  }

  /** Adds it; false when it is new and the set is full. */
  add(hi: number, lo: number): boolean {
    let at = this.slot(hi, lo);
    if (this.pairs[at] === hi && this.pairs[at + 1] === lo) return true;
    if (this.count >= this.max) return false;
    // Grown past three quarters full, unless this size holds `max` at most 85 % full: a full set
    // of the default 1,600,000 then takes 2²¹ slots (16 MiB), not 2²² (32 MiB).
    if ((this.count + 1) * 4 > this.capacity * 3 && this.capacity * 0.85 < this.max) {
      this.grow();
      at = this.slot(hi, lo);
    }
    this.pairs[at] = hi;
    this.pairs[at + 1] = lo;
    this.count++;
    return true;
  }

  /**
   * Makes room for `more` fingerprints at once (a later shard's, before adding them): one table of
   * the size they need rather than every doubling on the way, each a copy of the one before.
   */
  reserve(more: number): void {
    const want = Math.min(this.count + more, this.max);
    let slots = this.capacity;
    while (want * 4 > slots * 3 && slots * 0.85 < this.max) slots *= 2;
    if (slots > this.capacity) this.grow(slots);
  }

  private grow(slots = this.capacity * 2): void {
    const old = this.pairs;
    this.pairs = new Uint32Array(slots * 2);
    for (let i = 0; i < old.length; i += 2) {
      if (old[i] === 0 && old[i + 1] === 0) continue;
      const at = this.slot(old[i], old[i + 1]);
      this.pairs[at] = old[i];
      this.pairs[at + 1] = old[i + 1];
    }
  }

  /** The table itself, for another thread (transfer its buffer: no copy) to take up with fromTable(). */
  table(): { pairs: Uint32Array; count: number; max: number } {
    return { pairs: this.pairs, count: this.count, max: this.max };
  }

  static fromTable(t: { pairs: Uint32Array; count: number; max: number }): FingerprintSet {
    const set = new FingerprintSet(t.max, 1);
    set.pairs = t.pairs;
    set.count = t.count;
    return set;
  }

  /**
   * How many pairs a toBase64() text holds, or null when it is not base64 of whole pairs: checked
   * from its length and alphabet, without decoding it.
   */
  static countInBase64(text: string): number | null {
    if (text.length % 4 !== 0 || !BASE64.test(text)) return null;
    const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
    const bytes = (text.length / 4) * 3 - pad;
    return bytes % 8 === 0 ? bytes / 8 : null;
  }

  /** Calls fn with every fingerprint (no array per pair). */
  forEachPair(fn: (hi: number, lo: number) => void): void {
    const t = this.pairs;
    for (let i = 0; i < t.length; i += 2) if (t[i] !== 0 || t[i + 1] !== 0) fn(t[i], t[i + 1]);
  }

  /** The fingerprints as base64 of little-endian (hi, lo) pairs, for a state file. */
  toBase64(): string {
    const out = new Uint32Array(this.count * 2);
    let k = 0;
    this.forEachPair((hi, lo) => {
      out[k++] = hi;
      out[k++] = lo;
    });
    return Buffer.from(out.buffer, out.byteOffset, out.byteLength).toString('base64');
  }
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Fingerprints to go through once, from a set or a state file's base64 alike. */
export interface Pairs {
  readonly size: number;
  forEachPair(fn: (hi: number, lo: number) => void): void;
}

/** Base64 characters decoded at a time: whole groups of 4 characters and of 8-byte pairs (96 = 3 × 32). */
const DECODE_CHARS = 96 * 4096;

/**
 * The fingerprints of a toBase64() text, decoded piece by piece as they are gone through (a state
 * holds up to millions: no set and no buffer of them all is made); null when it is not whole pairs.
 */
export function pairsOfBase64(text: string): Pairs | null {
  const size = FingerprintSet.countInBase64(text);
  if (size === null) return null;
  return {
    size,
    forEachPair(fn) {
      for (let at = 0; at < text.length; at += DECODE_CHARS) {
        const bytes = Buffer.from(text.slice(at, at + DECODE_CHARS), 'base64');
        for (let i = 0; i + 8 <= bytes.length; i += 8) fn(bytes.readUInt32LE(i), bytes.readUInt32LE(i + 4));
      }
    },
  };
}
