import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MINER_OPTIONS,
  MAX_TOKENS,
  OVERFLOW_TOKEN,
  TemplateMiner,
  sameShape,
  tokenize,
} from '../../src/aggregate/templates.js';
import { template } from '../../src/rules/masks.js';
import { mulberry32 } from '../../bench/generate.js';

/** Deterministic PRNG, so a failure reproduces. */
const rng = mulberry32;

function words(r: () => number): () => string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  return () => {
    let w = '';
    const len = 3 + Math.floor(r() * 8);
    for (let i = 0; i < len; i++) w += letters[Math.floor(r() * 26)];
    return w;
  };
}

function shuffle<T>(xs: T[], r: () => number): T[] {
  const out = xs.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Six message shapes, each with random words, paths, ids, emails and numbers in its variable positions. */
function shapes(seed: number): Array<() => string> {
  const r = rng(seed);
  const w = words(r);
  const n = () => Math.floor(r() * 100000);
  const path = () => `/data/${w()}/${w()}${r() < 0.5 ? n() : ''}.csv`;
  const hex = () => Math.floor(r() * 0xffffffff).toString(16).padStart(8, '0');
  const uuid = () => `${hex()}-${hex().slice(0, 4)}-4${hex().slice(0, 3)}-a${hex().slice(0, 3)}-${hex()}${hex().slice(0, 4)}`;
  return [
    () => `Error in mapper ${w()}: field ${w()} is missing`,
    () => `Could not open ${path()}: no such file or directory`,
    () => `Unexpected token ${w()} in JSON at position ${n()}`,
    () => `Sync of ${w()} ${w()} skipped: owner ${w()}@${w()}.com lacks ${w()} scope`,
    () => `Request ${uuid()} to ${w()} timed out after ${n()}ms`,
    () => `Cannot map ${w()} to ${w()}.${w()}: type ${w()} not supported`,
  ];
}

function realisticSet(perShape: number, seed = 1): string[] {
  const out: string[] = [];
  for (const make of shapes(seed)) for (let i = 0; i < perShape; i++) out.push(template(make()));
  return out;
}

function mine(messages: readonly string[], miner = new TemplateMiner()): TemplateMiner {
  for (const m of messages) miner.add(m);
  return miner;
}

function texts(miner: TemplateMiner): string[] {
  return miner.clusters.map(TemplateMiner.text).sort();
}

describe('TemplateMiner', () => {
  it('collapses six shapes × 1,000 messages with varying words, paths and ids into six clusters', () => {
    const masked = realisticSet(1000);
    // Masking alone leaves one group per message: the problem being solved.
    expect(new Set(masked).size).toBeGreaterThan(1000);

    const miner = mine(masked);
    expect(texts(miner)).toEqual(
      [
        'Error in mapper <*> field <*> is missing',
        'Could not open <*> no such file or directory',
        'Unexpected token <*> in JSON at position <num>',
        'Sync of <*> <*> skipped: owner <email> lacks <*> scope',
        'Request <uuid> to <*> timed out after <*>',
        'Cannot map <*> to <*> type <*> not supported',
      ].sort(),
    );
    expect(miner.clusters.map((c) => c.size)).toEqual([1000, 1000, 1000, 1000, 1000, 1000]);
    expect(miner.overflow).toBe(0);
  });

  // Drain is order-dependent in general (see the module comment: a shape whose first messages
  // agree below the threshold, two shapes sharing a leaf, a full routing node, the cluster cap).
  // For shapes whose messages pairwise reach the threshold the final templates do not depend on
  // the order: each is "<*> wherever two messages differ".
  it.each([
    ['reversed', (xs: string[]) => xs.slice().reverse()],
    ['shuffled', (xs: string[]) => shuffle(xs, rng(7))],
    ['shuffled again', (xs: string[]) => shuffle(xs, rng(99))],
  ])('gives the same templates when fed %s', (_name, reorder) => {
    const masked = realisticSet(300, 3);
    expect(texts(mine(reorder(masked)))).toEqual(texts(mine(masked)));
  });

  it('merges a word varying after the routing tokens', () => {
    const m = new TemplateMiner();
    const a = m.add('Error in mapper users: field email is missing');
    const b = m.add('Error in mapper orders: field email is missing');
    expect(b).toBe(a);
    expect(TemplateMiner.text(a!)).toBe('Error in mapper <*> field email is missing');
  });

  // The known Drain weakness: a varying word among the first depth - 2 tokens routes each value
  // to its own leaf. It stays bounded by maxChildren (one slot is the '<*>' child).
  it('bounds, but does not merge, a word varying in a routing position', () => {
    const w = words(rng(5));
    const m = new TemplateMiner({ maxChildren: 5 });
    for (let i = 0; i < 500; i++) m.add(`${w()}: sync failed for <id>`);
    expect(m.clusters.length).toBe(5);
    expect(texts(m)).toContain('<*> sync failed for <id>');
  });

  it.each([
    ['one token more', 'a b c', 'a b c d'],
    ['one token', 'x', 'x y'],
    ['masked tail', 'Timeout after <num>', 'Timeout after <num> ms'],
    ['long vs cut off', Array(MAX_TOKENS).fill('w').join(' '), Array(MAX_TOKENS + 5).fill('w').join(' ')],
  ])('never merges messages of different lengths (%s)', (_name, a, b) => {
    const m = new TemplateMiner({ similarity: 0 });
    expect(m.add(a)).not.toBe(m.add(b));
    expect(m.clusters.length).toBe(2);
  });

  it('merges on the last token even for short messages', () => {
    const m = new TemplateMiner();
    expect(m.add('Unknown users')).toBe(m.add('Unknown orders'));
    expect(texts(m)).toEqual(['Unknown <*>']);
  });

  it('keeps apart messages agreeing below the threshold', () => {
    const m = new TemplateMiner();
    m.add('Sync failed because the token was revoked by admin');
    m.add('Sync failed since quota for this account is exhausted');
    expect(m.clusters.length).toBe(2);
  });

  it('returns the same cluster object for every message of a cluster', () => {
    const m = new TemplateMiner();
    const first = m.add('Cannot map a to b.c: type d not supported');
    const second = m.add('Cannot map e to f.g: type h not supported');
    const third = m.add('Cannot map i to j.k: type d not supported');
    expect(second).toBe(first);
    expect(third).toBe(first);
    expect(first!.size).toBe(3);
    expect(m.clusters).toEqual([first]);
  });

  it('refuses new clusters past maxClusters and never grows, but still fills existing ones', () => {
    const m = new TemplateMiner({ maxClusters: 3 });
    const made = ['a', 'a a', 'a a a'].map((s) => m.add(s));
    expect(made.every((c) => c !== null)).toBe(true);
    for (let i = 4; i < 20; i++) expect(m.add(Array(i).fill('a').join(' '))).toBeNull();
    expect(m.clusters.length).toBe(3);
    expect(m.overflow).toBe(16);
    expect(m.add('a a')).toBe(made[1]);
    expect(m.clusters.length).toBe(3);
  });

  it('refuses everything with maxClusters 0', () => {
    const m = new TemplateMiner({ maxClusters: 0 });
    expect(m.add('anything')).toBeNull();
    expect(m.clusters).toEqual([]);
  });

  it('bounds a 10,000-token message to 64 tokens and one overflow token', () => {
    const m = new TemplateMiner();
    const long = Array.from({ length: 10000 }, (_, i) => `w${i}`).join(' ');
    const c = m.add(long)!;
    expect(c.tokens.length).toBe(MAX_TOKENS + 1);
    expect(c.tokens[MAX_TOKENS]).toBe(OVERFLOW_TOKEN);
    // Another long message of the same shape, different tail: same cluster.
    expect(m.add(`${long} more words here`)).toBe(c);
  });

  it('bounds a 1 MB single-token message', () => {
    const m = new TemplateMiner();
    const c = m.add('x'.repeat(1 << 20))!;
    expect(TemplateMiner.text(c).length).toBeLessThanOrEqual(8);
  });

  it('treats an empty or blank message as one empty template', () => {
    const m = new TemplateMiner();
    const a = m.add('');
    expect(a).not.toBeNull();
    expect(m.add('  \t ')).toBe(a);
    expect(TemplateMiner.text(a!)).toBe('');
    expect(a!.size).toBe(2);
  });

  it('keeps instances independent', () => {
    const a = new TemplateMiner();
    const b = new TemplateMiner({ maxClusters: 1 });
    a.add('x y z');
    expect(b.clusters).toEqual([]);
    expect(b.options.maxClusters).toBe(1);
    expect(a.options).toEqual(DEFAULT_MINER_OPTIONS);
  });

  it.each([
    [{ similarity: 1.5 }],
    [{ similarity: Number.NaN }],
    [{ maxClusters: -1 }],
    [{ depth: 1 }],
    [{ maxChildren: 0 }],
  ])('rejects invalid options %o', (opts) => {
    expect(() => new TemplateMiner(opts)).toThrow(RangeError);
  });
});

describe('tokenize', () => {
  it.each([
    ['', []],
    ['  a\tb \n c  ', ['a', 'b', 'c']],
    ['a\u00a0b', ['a', 'b']],
  ])('%j → %j', (input, expected) => {
    expect(tokenize(input)).toEqual(expected);
  });

  it('cuts exactly past 64 tokens', () => {
    const words64 = Array(MAX_TOKENS).fill('w').join(' ');
    expect(tokenize(words64)).toHaveLength(MAX_TOKENS);
    expect(tokenize(`${words64} x`)).toEqual([...Array(MAX_TOKENS).fill('w'), OVERFLOW_TOKEN]);
  });
});

describe('sameShape', () => {
  it.each([
    ['identical', 'Error in mapper <*> field <*> is missing', 'Error in mapper <*> field <*> is missing', true],
    ['other position wildcarded', 'Error in mapper <*> field email is missing', 'Error in mapper users: field <*> is missing', true],
    ['mask vs wildcard', 'Request <uuid> to <*> timed out after <*>', 'Request <*> to crm timed out after 1234ms', true],
    ['mask vs other mask', 'Timeout after <num> for <email>', 'Timeout after <hex> for <*>', true],
    ['both empty', '', '', true],
    ['different length', 'Error in mapper <*> field <*> is missing', 'Error in mapper <*> field <*> is missing now', false],
    ['different shape, same length', 'Could not open <*> no such file or directory', 'Cannot map <*> to <*> type <*> not supported', false],
    ['same length, one word apart', 'Unknown users', 'Failed orders', false],
  ])('%s', (_name, a, b, expected) => {
    expect(sameShape(a, b)).toBe(expected);
    expect(sameShape(b, a)).toBe(expected);
  });

  it('matches a baseline mined from other messages of the same shapes', () => {
    const today = texts(mine(realisticSet(200, 11)));
    const baseline = texts(mine(realisticSet(5, 12)));
    for (const t of today) expect(baseline.filter((b) => sameShape(t, b))).toHaveLength(1);
  });

  it('honours a stricter similarity', () => {
    const a = 'a b c d <*>';
    const b = 'a b c x <*>';
    expect(sameShape(a, b, 0.75)).toBe(true);
    expect(sameShape(a, b, 0.9)).toBe(false);
  });
});
