/**
 * A set of 64-bit fingerprints of (destination, record id), for the records a shard saw only
 * succeed: a later shard's success is what resolves an earlier shard's failure, and a state must
 * carry them. Two typed arrays with open addressing, not a Map of id strings: no string is kept and
 * a success line costs two hashes and a probe. Two different records share a fingerprint with
 * probability about n² / 2⁶⁵ (under 10⁻⁷ for the 800,000 a default state holds at most).
 */
export class FingerprintSet {
  private hi: Uint32Array;
  private lo: Uint32Array;
  private count = 0;

  constructor(
    /** Most fingerprints kept; add() refuses new ones past it. */
    readonly max: number,
    initialCapacity = 1 << 12,
  ) {
    this.hi = new Uint32Array(initialCapacity);
    this.lo = new Uint32Array(initialCapacity);
  }

  get size(): number {
    return this.count;
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

  private slot(hi: number, lo: number): number {
    const mask = this.hi.length - 1;
    let i = (lo ^ Math.imul(hi, 0x9e3779b1)) & mask;
    while (this.hi[i] !== 0 || this.lo[i] !== 0) {
      if (this.hi[i] === hi && this.lo[i] === lo) return i;
      i = (i + 1) & mask;
    }
    return i;
  }

  has(hi: number, lo: number): boolean {
    const i = this.slot(hi, lo);
    return this.hi[i] === hi && this.lo[i] === lo;
  }

  /** Adds it; false when it is new and the set is full. */
  add(hi: number, lo: number): boolean {
    let i = this.slot(hi, lo);
    if (this.hi[i] === hi && this.lo[i] === lo) return true;
    if (this.count >= this.max) return false;
    // Grown past three quarters full, unless this size holds `max` at most 85 % full: a full set
    // of the default 1,600,000 then takes 2²¹ slots (16 MiB), not 2²² (32 MiB).
    if ((this.count + 1) * 4 > this.hi.length * 3 && this.hi.length * 0.85 < this.max) {
      this.grow();
      i = this.slot(hi, lo);
    }
    this.hi[i] = hi;
    this.lo[i] = lo;
    this.count++;
    return true;
  }

  private grow(): void {
    const { hi, lo } = this;
    this.hi = new Uint32Array(hi.length * 2);
    this.lo = new Uint32Array(lo.length * 2);
    for (let i = 0; i < hi.length; i++) {
      if (hi[i] === 0 && lo[i] === 0) continue;
      const j = this.slot(hi[i], lo[i]);
      this.hi[j] = hi[i];
      this.lo[j] = lo[i];
    }
  }

  /** The table itself, for another thread (transfer its buffers: no copy) to take up with fromTable(). */
  table(): { hi: Uint32Array; lo: Uint32Array; count: number; max: number } {
    return { hi: this.hi, lo: this.lo, count: this.count, max: this.max };
  }

  static fromTable(t: { hi: Uint32Array; lo: Uint32Array; count: number; max: number }): FingerprintSet {
    const set = new FingerprintSet(t.max, 1);
    set.hi = t.hi;
    set.lo = t.lo;
    set.count = t.count;
    return set;
  }

  /** A set of the pairs read back from toBase64(); null when the text is not whole pairs. */
  static fromBase64(text: string): FingerprintSet | null {
    const pairs = FingerprintSet.pairsFromBase64(text);
    if (pairs === null) return null;
    const set = new FingerprintSet(Number.MAX_SAFE_INTEGER, 1 << Math.max(4, Math.ceil(Math.log2(pairs.length + 1))));
    for (let i = 0; i < pairs.length; i += 2) set.add(pairs[i], pairs[i + 1]);
    return set;
  }

  *[Symbol.iterator](): Iterator<[number, number]> {
    for (let i = 0; i < this.hi.length; i++) if (this.hi[i] !== 0 || this.lo[i] !== 0) yield [this.hi[i], this.lo[i]];
  }

  /** The fingerprints as base64 of little-endian (hi, lo) pairs, for a state file. */
  toBase64(): string {
    const out = new Uint32Array(this.count * 2);
    let k = 0;
    for (const [hi, lo] of this) {
      out[k++] = hi;
      out[k++] = lo;
    }
    return Buffer.from(out.buffer, out.byteOffset, out.byteLength).toString('base64');
  }

  /** Pairs read back from toBase64(); null when the text is not whole pairs. */
  static pairsFromBase64(text: string): Uint32Array | null {
    const bytes = Buffer.from(text, 'base64');
    if (bytes.length % 8 !== 0) return null;
    const pairs = new Uint32Array(bytes.length / 4);
    for (let i = 0; i < pairs.length; i++) pairs[i] = bytes.readUInt32LE(i * 4);
    return pairs;
  }
}
