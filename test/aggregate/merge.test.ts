// Mergeable state: states of any split of a log, merged, give the summary one run over the whole
// log gives. Property tests over random splits (at event boundaries) and merge orders, on the
// samples, the multi-line event fixtures and generated logs with record ids, successes and runs.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeToState, classifyLines, combineStates, createEngine, mergeStates } from '../../src/pipeline.js';
import type { AggregatorState } from '../../src/aggregate/state.js';
import type { InputSource } from '../../src/input/open.js';
import type { Summary } from '../../src/types.js';
import { mulberry32 } from '../../bench/generate.js';

const ROOT = join(import.meta.dirname, '..', '..');
const engine = createEngine();

function source(name: string, text: string, lineOffset = 0): InputSource {
  return { name, stream: () => Readable.from([Buffer.from(text)]), lineOffset };
}

/** Line numbers (1-based) where an event starts. */
async function eventHeads(name: string, text: string): Promise<number[]> {
  const heads: number[] = [];
  await classifyLines([source(name, text)], engine, (e) => heads.push(e.lineNo));
  return heads;
}

/** The text split into shards at `cuts` (line numbers that start a shard), each with its offset. */
function shards(name: string, text: string, cuts: number[]): InputSource[] {
  const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
  const starts = [1, ...cuts.filter((c) => c > 1)].sort((a, b) => a - b);
  return starts.map((start, i) => {
    const end = i + 1 < starts.length ? starts[i + 1] : lines.length + 1;
    return source(name, `${lines.slice(start - 1, end - 1).join('\n')}\n`, start - 1);
  });
}

/** A state as it travels: written to JSON and read back. */
const roundTrip = (st: AggregatorState): AggregatorState => JSON.parse(JSON.stringify(st)) as AggregatorState;

async function statesOf(parts: InputSource[], samples: number): Promise<AggregatorState[]> {
  return Promise.all(parts.map(async (p) => roundTrip(await analyzeToState([p], engine, { samples }))));
}

function pickCuts(heads: number[], n: number, rnd: () => number): number[] {
  const cuts = new Set<number>();
  while (cuts.size < Math.min(n, heads.length - 1)) cuts.add(heads[1 + Math.floor(rnd() * (heads.length - 1))]);
  return [...cuts];
}

const text = (path: string) => readFileSync(path, 'utf8');
const MATERIAL: Array<[string, string]> = [
  ...readdirSync(join(ROOT, 'samples')).map((f): [string, string] => [f, text(join(ROOT, 'samples', f))]),
  ...readdirSync(join(ROOT, 'test/fixtures/events')).map((f): [string, string] => [f, text(join(ROOT, 'test/fixtures/events', f))]),
];

/** A sync log with runs, record ids that fail, retry and succeed (often in another shard), and unknown errors of a few shapes. */
function syncLog(seed: number, lines: number): string {
  const rnd = mulberry32(seed);
  const out: string[] = [];
  const t0 = Date.parse('2026-11-20T00:00:00Z');
  for (let i = 0; i < lines; i++) {
    const ts = new Date(t0 + i * 1000).toISOString();
    const run = `run-${Math.floor(i / (lines / 4))}`;
    const rec = `c${Math.floor(rnd() * 60)}`;
    const r = rnd();
    if (r < 0.35) out.push(JSON.stringify({ ts, level: 'info', run_id: run, record_id: rec, status: 200, msg: 'upserted' }));
    else if (r < 0.55) out.push(JSON.stringify({ ts, level: 'error', run_id: run, destination: 'hubspot', record_id: rec, status: 429, body: { status: 'error', message: 'You have reached your ten_secondly_rolling limit.', errorType: 'RATE_LIMIT', policyName: 'TEN_SECONDLY_ROLLING' } }));
    else if (r < 0.7) out.push(JSON.stringify({ ts, level: 'error', run_id: run, destination: 'salesforce', record_id: rec, status: 400, body: [{ message: 'Email: invalid email address: x', errorCode: 'INVALID_EMAIL_ADDRESS', fields: ['Email'] }] }));
    else if (r < 0.8) out.push(`${ts} ERROR mapper ${['users', 'orders', 'deals'][Math.floor(rnd() * 3)]} crashed on ${rec}: worker ${Math.floor(rnd() * 9)} lost its lease`);
    else if (r < 0.85) out.push(JSON.stringify({ ts, level: 'error', run_id: run, destination: 'stripe', customer_id: rec, status: 401, error: { type: 'invalid_request_error', message: 'Invalid API Key provided: sk_live_****' } }));
    else if (r < 0.9) out.push(`${ts} info run=${run} record_id=${rec} status=201 created`);
    else out.push(`${ts} error run=${run} dest=pipedrive record_id=${rec} status=500 msg="Internal server error"`);
  }
  return `${out.join('\n')}\n`;
}

for (let i = 0; i < 3; i++) MATERIAL.push([`sync-${i}.log`, syncLog(100 + i, 400)]);

const summaryOf = async (name: string, body: string, samples: number): Promise<Summary> => analyze([source(name, body)], engine, { samples });

describe('mergeable state', () => {
  it('a state survives JSON and gives the run summary on its own', async () => {
    for (const [name, body] of MATERIAL) {
      const whole = await summaryOf(name, body, 3);
      const st = roundTrip(await analyzeToState([source(name, body)], engine, { samples: 3 }));
      expect(st.kind).toBe('synctriage-state');
      expect(mergeStates([st], engine), name).toEqual(whole);
    }
  });

  it('states of random splits at event boundaries merge into the one-run summary', async () => {
    const rnd = mulberry32(7);
    for (const [name, body] of MATERIAL) {
      const whole = await summaryOf(name, body, 3);
      const heads = await eventHeads(name, body);
      for (let trial = 0; trial < 4; trial++) {
        const cuts = pickCuts(heads, 1 + Math.floor(rnd() * 4), rnd);
        const states = await statesOf(shards(name, body, cuts), 3);
        expect(mergeStates(states, engine), `${name} cut at ${cuts.join(',')}`).toEqual(whole);
      }
    }
  });

  it('is associative: any grouping of merges gives the same summary', async () => {
    const rnd = mulberry32(11);
    for (const [name, body] of MATERIAL.filter(([n]) => n.startsWith('sync-') || n.endsWith('.ndjson'))) {
      const whole = await summaryOf(name, body, 2);
      const heads = await eventHeads(name, body);
      const [a, b, c, d] = await statesOf(shards(name, body, pickCuts(heads, 3, rnd)), 2);
      const left = combineStates([roundTrip(combineStates([a, b], engine)), c], engine);
      const right = combineStates([a, roundTrip(combineStates([b, c], engine))], engine);
      const tail = d === undefined ? [] : [d];
      expect(mergeStates([roundTrip(left), ...tail], engine), name).toEqual(whole);
      expect(mergeStates([roundTrip(right), ...tail], engine), name).toEqual(whole);
    }
  });

  it('shards whose lines carry timestamps merge the same in any order', async () => {
    const rnd = mulberry32(13);
    for (const [name, body] of MATERIAL.filter(([n]) => n.startsWith('sync-'))) {
      const whole = await summaryOf(name, body, 2);
      const heads = await eventHeads(name, body);
      const states = await statesOf(shards(name, body, pickCuts(heads, 4, rnd)), 2);
      for (let trial = 0; trial < 3; trial++) {
        const shuffled = [...states].sort(() => rnd() - 0.5);
        expect(mergeStates(shuffled, engine), name).toEqual(whole);
      }
    }
  });

  it('resolves a retry across shards: failed in one, succeeded in the next', async () => {
    const fail = `${JSON.stringify({ ts: '2026-11-20T00:00:00Z', level: 'error', destination: 'hubspot', record_id: 'c1', status: 429, body: { errorType: 'RATE_LIMIT', policyName: 'TEN_SECONDLY_ROLLING' } })}\n`;
    const ok = `${JSON.stringify({ ts: '2026-11-20T00:01:00Z', level: 'info', destination: 'hubspot', record_id: 'c1', status: 200, msg: 'upserted' })}\n`;
    const states = await statesOf([source('a.log', fail), source('b.log', ok)], 1);
    const g = mergeStates(states, engine).groups.find((x) => x.category === 'transient');
    expect(g?.recovered).toBe(1);
    expect(g?.stillFailing).toBe(0);
  });

  it('refuses states written with different caps', async () => {
    const a = await analyzeToState([source('a.log', '{"status":401}\n')], engine, { samples: 1 });
    const b = await analyzeToState([source('b.log', '{"status":401}\n')], engine, { samples: 2 });
    expect(() => mergeStates([a, b], engine)).toThrow(/different samples/);
  });
});

describe('mergeable state past the record cap', () => {
  it('estimates distinct records past the cap (HyperLogLog) within its documented error', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 6000; i++) lines.push(JSON.stringify({ level: 'error', destination: 'hubspot', record_id: `c${i}`, status: 401, body: { category: 'EXPIRED_AUTHENTICATION' } }));
    const body = `${lines.join('\n')}\n`;
    const whole = await analyze([source('big.log', body)], engine, { maxTrackedRecords: 1000 });
    const states = await Promise.all(
      shards('big.log', body, [2001, 4001]).map(async (p) => roundTrip(await analyzeToState([p], engine, { maxTrackedRecords: 1000 }))),
    );
    const merged = mergeStates(states, engine);
    for (const s of [whole, merged]) {
      const g = s.groups[0];
      expect(g.recordsCapped).toBe(true);
      expect(Math.abs((g.records as number) - 6000)).toBeLessThan(6000 * 0.07);
    }
    expect(merged.totals).toEqual(whole.totals);
  });
});

describe('reading a state file', () => {
  it('refuses a hostile or foreign state with one line naming the JSON path', async () => {
    const { readState } = await import('../../src/input/state.js');
    const st = roundTrip(await analyzeToState([source('a.log', syncLog(1, 50))], engine, {}));
    const bad = (mutate: (s: Record<string, any>) => void) => {
      const copy = roundTrip(st) as unknown as Record<string, any>;
      mutate(copy);
      // Record entries are checked as they are taken in: go through them.
      return () => [...readState('x.state', JSON.stringify(copy)).records.entries];
    };
    expect(bad((s) => (s.stateVersion = 2))).toThrow(/stateVersion 2 is not one this version reads/);
    expect(bad((s) => (s.kind = 'other'))).toThrow(/not a synctriage state/);
    expect(bad((s) => (s.groups[0].count = -1))).toThrow(/groups\[0\]\.count/);
    expect(bad((s) => (s.records.entries[0][2] = [999]))).toThrow(/no group 999/);
    expect(bad((s) => (s.runs.entries[0].groups[0][0] = '__proto__'))).toThrow(/runs\.entries\[0\]\.groups\[0\]\[0\]/);
    expect(bad((s) => (s.groups[0].distinct = 'AAAA'))).toThrow(/distinct/);
    expect(bad((s) => (s.groups[0].category = 'constructor'))).toThrow(/not a category/);
    expect(() => readState('x.state', '{')).toThrow(/not a synctriage state/);
    expect(readState('x.state', JSON.stringify(st)).groups.length).toBe(st.groups.length);
    // Laid out otherwise (pretty-printed by hand): read whole, checked all the same.
    const pretty = readState('x.state', JSON.stringify(st, null, 2));
    expect([...pretty.records.entries]).toEqual([...readState('x.state', JSON.stringify(st)).records.entries]);
    expect(() => readState('x.state', JSON.stringify({ ...roundTrip(st), records: { ...roundTrip(st).records, successes: 'A*AA' } }, null, 1))).toThrow(/records\.successes/);
  });
});

describe('retry resolution across shards when only one side names the destination', () => {
  const fail = (id: string, dest?: string) => JSON.stringify({ ts: '2026-11-23T02:00:00Z', level: 'error', ...(dest ? { destination: dest } : {}), record_id: id, status: 503, msg: 'upstream unavailable' });
  const ok = (id: string, dest?: string) => JSON.stringify({ ts: '2026-11-23T02:00:05Z', level: 'info', ...(dest ? { destination: dest } : {}), record_id: id, status: 200, msg: 'record synced' });
  const cases: Array<[string, string[], string[]]> = [
    ['the failure names none, the later success names one', [fail('c-1'), fail('c-2')], [ok('c-1', 'hubspot')]],
    ['the failure names one, the later success names none', [fail('c-1', 'hubspot'), fail('c-2', 'hubspot')], [ok('c-1')]],
  ];
  for (const [name, first, second] of cases) {
    it(name, async () => {
      const text = `${[...first, ...second].join('\n')}\n`;
      const one = await analyze([source('log', text)], engine);
      const a = await analyzeToState([source('log', `${first.join('\n')}\n`)], engine);
      const b = await analyzeToState([source('log', `${second.join('\n')}\n`, first.length)], engine);
      const merged = mergeStates([roundTrip(a), roundTrip(b)], engine);
      expect(one.groups[0]).toMatchObject({ recovered: 1, stillFailing: 1 });
      expect(merged).toEqual(one);
    });
  }
});
