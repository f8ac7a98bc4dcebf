// A seeded mutational fuzzer over the built CLI: the bundled samples and the real-log excerpts are
// cut into lines, mixed and mutated (byte flips, truncation, duplicated and removed lines, control
// characters and terminal escapes, huge repeated segments, deep JSON nesting, keys such as
// __proto__, invalid UTF-8, CR-only endings, NUL bytes, 1 MB lines) and run through every mode.
// The invariants are the bad-input contract: log content never makes the tool exit 2 or crash,
// every physical line is counted, no raw control character reaches a human output, time and
// memory stay bounded.
//
// A few seconds by default. Longer on demand (see the README's Testing section):
//   SYNCTRIAGE_FUZZ_SEED=7 SYNCTRIAGE_FUZZ_ITERATIONS=200 npx vitest run test/e2e/fuzz.test.ts
// A failure names its seed and iteration and keeps the input; `-t "iteration 12 "` replays one.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// The corpus generator's PRNG: an iteration replays from (seed, iteration) alone.
import { mulberry32 } from '../../bench/generate.js';
import { HAVE_TIME, parseNdjson, ROOT, runCli, SAMPLES, STACK_FRAME, tempDir, type ClassifyJson, type RunResult, type Summary } from './run-cli.js';

const SEED = envInt('SYNCTRIAGE_FUZZ_SEED', 20261122);
const ITERATIONS = envInt('SYNCTRIAGE_FUZZ_ITERATIONS', 4);
/** Hang and blow-up guards, not speed checks: a run that spun or held its input would cross them by far. */
const MAX_MS = 30_000;
/** The bar for untrusted input: peak RSS under 256 MiB on any input, in every mode. */
const MAX_RSS_KB = 256 * 1024;

function envInt(name: string, fallback: number): number {
  const v = process.env[name];
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, not ${JSON.stringify(v)}`);
  return n;
}

class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  /** An integer in [lo, hi]. */
  between(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

// ---------------------------------------------------------------------------------------------
// The seed lines: every bundled sample and every real-log excerpt, as raw bytes per line.

function linesOf(path: string): Buffer[] {
  const buf = readFileSync(path);
  const out: Buffer[] = [];
  let start = 0;
  for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, start)) {
    out.push(buf.subarray(start, i));
    start = i + 1;
  }
  if (start < buf.length) out.push(buf.subarray(start));
  return out;
}

const REAL_LOGS = join(ROOT, 'test', 'corpus', 'real-logs');
const POOLS: Buffer[][] = [
  ...readdirSync(SAMPLES).map((f) => linesOf(join(SAMPLES, f))),
  ...readdirSync(REAL_LOGS)
    .filter((f) => f.endsWith('.log'))
    .map((f) => linesOf(join(REAL_LOGS, f))),
].filter((p) => p.length > 0);

// ---------------------------------------------------------------------------------------------
// Mutations, each on the whole input (lines joined by "\n").

const ESCAPES = ['\u001b[2J', '\u001b[H', '\u001b[31m', '\u001b]8;;http://evil.example/\u0007', '\u001b]8;;', '\u001b]0;title\u0007', '\u009b2J', '\u0007', '\b', '\r', '\u0000', '\u007f', '\u202e', '\u2066', '\u2028', '\u000b', '\u000c'];
const PROTO_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];
const BAD_UTF8 = [[0xff], [0xfe], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf8, 0x88, 0x80, 0x80, 0x80], [0x80, 0x80]];
const LINE_CAP = 1 << 20;

type Mutation = (input: Buffer, rng: Rng) => Buffer;

const split = (b: Buffer): Buffer[] => {
  const out: Buffer[] = [];
  let start = 0;
  for (let i = b.indexOf(10); i !== -1; i = b.indexOf(10, start)) {
    out.push(b.subarray(start, i));
    start = i + 1;
  }
  out.push(b.subarray(start));
  return out;
};
const join_ = (lines: Buffer[]): Buffer => Buffer.concat(lines.flatMap((l, i) => (i === 0 ? [l] : [Buffer.from('\n'), l])));
const insertAt = (b: Buffer, at: number, what: Buffer): Buffer => Buffer.concat([b.subarray(0, at), what, b.subarray(at)]);

const MUTATIONS: Record<string, Mutation> = {
  byteFlips: (b, rng) => {
    const c = Buffer.from(b);
    for (let k = rng.between(1, 20); k > 0 && c.length > 0; k--) c[rng.int(c.length)] ^= 1 << rng.int(8);
    return c;
  },
  truncate: (b, rng) => b.subarray(0, rng.int(b.length + 1)),
  duplicateLines: (b, rng) => {
    const lines = split(b);
    const i = rng.int(lines.length);
    const times = rng.chance(0.2) ? rng.between(100, 3000) : rng.between(1, 5);
    lines.splice(i, 0, ...Array<Buffer>(times).fill(lines[i]));
    return join_(lines);
  },
  removeLines: (b, rng) => {
    const lines = split(b);
    const i = rng.int(lines.length);
    lines.splice(i, rng.between(1, 5));
    return join_(lines);
  },
  controlChars: (b, rng) => {
    let c = b;
    for (let k = rng.between(1, 8); k > 0; k--) c = insertAt(c, rng.int(c.length + 1), Buffer.from(rng.pick(ESCAPES)));
    return c;
  },
  hugeRepeat: (b, rng) => {
    if (b.length === 0) return Buffer.from('x'.repeat(rng.between(10_000, 300_000)));
    const at = rng.int(b.length);
    const seg = b.subarray(at, at + rng.between(1, 40));
    return insertAt(b, at, Buffer.alloc(Math.min(seg.length * rng.between(1000, 20_000), 2_000_000), seg));
  },
  deepJson: (b, rng) => {
    const depth = rng.pick([100, 1000, 10_000, 100_000]);
    const [open, close] = rng.chance(0.5) ? ['{"a":', '}'] : ['[', ']'];
    const balanced = rng.chance(0.7);
    const line = `{"level":"error","status":${rng.pick([401, 403, 429, 500])},"body":${open.repeat(depth)}1${balanced ? close.repeat(depth) : ''}}`;
    const lines = split(b);
    lines.splice(rng.int(lines.length + 1), 0, Buffer.from(line));
    return join_(lines);
  },
  prototypeKeys: (b, rng) => {
    const k = rng.pick(PROTO_KEYS);
    const forms = [
      `{"level":"error","destination":"${k}","status":401,"${k}":{"status":500},"body":{"${k}":"x","message":"token expired"}}`,
      `{"${k}":{"level":"error"},"dest":"${k}","code":"${k}","error":{"${k}":1},"policyName":"${k}","record_id":"${k}"}`,
      `level=error dest=${k} ${k}=1 status=401 code=${k} message="${k} failed"`,
      `ERROR ${k}: request to ${k} failed with status 403 {"${k}":{"code":"${k}"}}`,
    ];
    const lines = split(b);
    lines.splice(rng.int(lines.length + 1), 0, Buffer.from(rng.pick(forms)));
    return join_(lines);
  },
  invalidUtf8: (b, rng) => {
    let c = b;
    for (let k = rng.between(1, 10); k > 0; k--) c = insertAt(c, rng.int(c.length + 1), Buffer.from(rng.pick(BAD_UTF8)));
    return c;
  },
  crOnly: (b, rng) => {
    const c = Buffer.from(b);
    const from = rng.chance(0.5) ? 0 : rng.int(c.length + 1);
    for (let i = from; i < c.length; i++) if (c[i] === 10) c[i] = 13;
    return c;
  },
  crlf: (b) => Buffer.from(b.toString('latin1').replace(/\n/g, '\r\n'), 'latin1'),
  nulBytes: (b, rng) => {
    let c = b;
    for (let k = rng.between(1, 10); k > 0; k--) c = insertAt(c, rng.int(c.length + 1), Buffer.alloc(rng.between(1, 4)));
    return c;
  },
  megabyteLine: (b, rng) => {
    const n = rng.pick([LINE_CAP - 10, LINE_CAP + 1, LINE_CAP + 100_000]);
    const body = rng.chance(0.5) ? `{"level":"error","status":401,"message":"${'x'.repeat(n)}"}` : `ERROR ${'token expired '.repeat(Math.ceil(n / 14))}`;
    const lines = split(b);
    lines.splice(rng.int(lines.length + 1), 0, Buffer.from(body));
    return join_(lines);
  },
};
const MUTATION_NAMES = Object.keys(MUTATIONS);

interface Case {
  input: Buffer;
  mutations: string[];
  viaStdin: boolean;
}

function makeCase(iteration: number): Case {
  const rng = new Rng((SEED ^ Math.imul(iteration + 1, 0x9e3779b1)) >>> 0);
  // A run of consecutive lines from one source (their multi-line events stay whole), plus strays.
  const lines: Buffer[] = [];
  const pool = rng.pick(POOLS);
  const start = rng.int(pool.length);
  lines.push(...pool.slice(start, start + rng.between(5, 80)));
  for (let k = rng.between(0, 20); k > 0; k--) lines.push(rng.pick(rng.pick(POOLS)));
  let input = join_(lines);
  if (rng.chance(0.7)) input = Buffer.concat([input, Buffer.from('\n')]);
  const mutations: string[] = [];
  for (let k = rng.between(1, 5); k > 0; k--) {
    const name = rng.pick(MUTATION_NAMES);
    mutations.push(name);
    input = MUTATIONS[name](input, rng);
  }
  // Gzip's magic makes a corrupt gzip stream (exit 2 by contract, not log content); an empty input
  // is an error for `explain -`. Neither is what this fuzzer is after.
  if (input.length >= 2 && input[0] === 0x1f && input[1] === 0x8b) input[0] = 0x20;
  if (input.length === 0) input = Buffer.from('x\n');
  return { input, mutations, viaStdin: rng.chance(0.5) };
}

// ---------------------------------------------------------------------------------------------
// Invariants.

/** Physical lines: "\n" ends a line; a last line without one counts too. CR alone does not end a line. */
function physicalLines(b: Buffer): number {
  let n = 0;
  for (let i = b.indexOf(10); i !== -1; i = b.indexOf(10, i + 1)) n++;
  return b.length > 0 && b[b.length - 1] !== 10 ? n + 1 : n;
}

/**
 * Characters that must never reach a terminal raw from a human output: C0 controls other than
 * newline and tab (ESC among them), DEL, C1 controls, bidi embeddings/overrides/isolates, line and
 * paragraph separators.
 */
// eslint-disable-next-line no-control-regex
const RAW_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
const unsafeIn = (s: string): string[] => [...new Set(s.match(RAW_UNSAFE) ?? [])].map((c) => `U+${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

interface Mode {
  name: string;
  args: string[];
  /** Human output: checked for raw control characters. */
  human: boolean;
  check?: (res: RunResult, lines: number) => string | null;
}

function checkTotals(s: Pick<Summary, 'totals' | 'inputs' | 'limits'> & { groups?: Summary['groups']; runs?: Summary['runs'] }, lines: number, groupCount?: number): string | null {
  const t = s.totals;
  if (t.lines !== lines) return `totals.lines is ${t.lines}, the input has ${lines} physical lines`;
  const inputLines = s.inputs.reduce((n, x) => n + x.lines, 0);
  if (inputLines !== lines) return `inputs[].lines add up to ${inputLines}, not ${lines}`;
  if (t.events !== t.errors + t.nonErrors) return `totals.events ${t.events} != errors ${t.errors} + nonErrors ${t.nonErrors}`;
  if (t.events > t.lines || (t.lines > 0 && t.events === 0)) return `totals.events ${t.events} for ${t.lines} lines`;
  if (t.filtered !== 0) return `totals.filtered is ${t.filtered} without --since/--until`;
  if (t.truncated > t.lines) return `totals.truncated ${t.truncated} > lines`;
  const groups = s.groups;
  if (groups !== undefined) {
    const sum = groups.reduce((n, g) => n + g.count, 0);
    if (sum !== t.errors) return `group counts add up to ${sum}, totals.errors is ${t.errors}`;
    if (groups.length !== t.groups) return `${groups.length} groups listed, totals.groups is ${t.groups}`;
  }
  if (groupCount !== undefined && groupCount !== t.groups) return `${groupCount} group records, totals.groups is ${t.groups}`;
  if (s.runs !== undefined) {
    // A CSV export's header row belongs to no run.
    const csvHeaders = s.inputs.filter((x) => x.csv).length;
    const runLines = s.runs.reduce((n, r) => n + r.lines, 0) + s.limits.runOverflowLines;
    if (runLines !== lines - csvHeaders) return `runs[].lines (+ runOverflowLines) add up to ${runLines}, not ${lines - csvHeaders}`;
  }
  return null;
}

const MODES: Mode[] = [
  { name: 'table', args: [], human: true },
  {
    name: 'json',
    args: ['--json'],
    human: false,
    check: (res, lines) => {
      let s: Summary;
      try {
        s = JSON.parse(res.stdout) as Summary;
      } catch (e) {
        return `stdout is not JSON: ${(e as Error).message}`;
      }
      return checkTotals(s, lines);
    },
  },
  { name: 'markdown', args: ['--format', 'markdown'], human: true },
  {
    name: 'ndjson',
    args: ['--format', 'ndjson'],
    human: false,
    check: (res, lines) => {
      let recs: { type: string }[];
      try {
        recs = parseNdjson<{ type: string }>(res.stdout);
      } catch (e) {
        return `stdout is not NDJSON: ${(e as Error).message}`;
      }
      const summary = recs[recs.length - 1] as unknown as Summary & { type: string };
      if (summary?.type !== 'summary') return 'the last NDJSON record is not the summary';
      return checkTotals(summary, lines, recs.filter((r) => r.type === 'group').length);
    },
  },
  {
    name: 'classify',
    args: ['classify'],
    human: false,
    check: (res, lines) => {
      let recs: ClassifyJson[];
      try {
        recs = parseNdjson<ClassifyJson>(res.stdout);
      } catch (e) {
        return `stdout is not NDJSON: ${(e as Error).message}`;
      }
      let next = 1;
      for (const r of recs) {
        if (r.line !== next) return `a record starts at line ${r.line}, expected ${next} (records must tile the input)`;
        if (!(r.lines >= 1)) return `a record at line ${r.line} spans ${r.lines} lines`;
        next += r.lines;
      }
      if (next - 1 !== lines) return `classify records span ${next - 1} lines, the input has ${lines}`;
      return null;
    },
  },
  { name: 'explain', args: ['explain', '-'], human: true },
];

function problems(mode: Mode, res: RunResult, lines: number): string[] {
  const out: string[] = [];
  if (res.timedOut) out.push(`killed after ${MAX_MS} ms`);
  if (res.signal !== null) out.push(`killed by ${res.signal}`);
  if (res.code !== 0 && res.code !== 1) out.push(`exit ${String(res.code)} (log content must give 0 or 1)`);
  if (STACK_FRAME.test(res.stderr)) out.push('a stack trace on stderr');
  if (/internal error|RangeError|TypeError|Maximum call stack|heap out of memory/i.test(res.stderr)) out.push('an internal error on stderr');
  for (const l of res.stderr.split('\n').filter((x) => x !== '')) if (!l.startsWith('synctriage: ')) out.push(`a stderr line not from the tool: ${JSON.stringify(l.slice(0, 200))}`);
  if (unsafeIn(res.stderr).length > 0) out.push(`raw control characters on stderr: ${unsafeIn(res.stderr).join(' ')}`);
  if (mode.human && unsafeIn(res.stdout).length > 0) out.push(`raw control characters in ${mode.name} output: ${unsafeIn(res.stdout).join(' ')}`);
  if (res.maxRssKb !== null && res.maxRssKb > MAX_RSS_KB) out.push(`peak RSS ${Math.round(res.maxRssKb / 1024)} MiB > ${MAX_RSS_KB / 1024} MiB`);
  if (out.length === 0 && res.code !== null && mode.check !== undefined) {
    const p = mode.check(res, lines);
    if (p !== null) out.push(p);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

const tmp = tempDir('synctriage-fuzz-');
/** The largest time and peak RSS seen per mode, printed with SYNCTRIAGE_FUZZ_VERBOSE=1. */
const worst = new Map<string, { ms: number; rssKb: number }>();
afterAll(() => {
  tmp.cleanup();
  if (process.env.SYNCTRIAGE_FUZZ_VERBOSE === '1') {
    for (const [mode, w] of worst) console.log(`fuzz ${mode}: slowest ${w.ms} ms, peak RSS ${Math.round(w.rssKb / 1024)} MiB`);
  }
});

describe(`fuzz: mutated samples and real logs through every mode (seed ${SEED}, ${ITERATIONS} iterations)`, () => {
  it('has seed lines to mutate', () => {
    expect(POOLS.length).toBeGreaterThan(10);
  });

  if (!HAVE_TIME) it.skip(`peak memory is not checked: ${'/usr/bin/time'} is missing (children's maxRSS is not visible to Node)`, () => undefined);

  it.each(Array.from({ length: ITERATIONS }, (_, i) => i))(
    `iteration %i (seed ${SEED})`,
    async (iteration) => {
      const c = makeCase(iteration);
      const lines = physicalLines(c.input);
      const file = join(tmp.dir, `input-${iteration}.log`);
      writeFileSync(file, c.input);
      const failures: string[] = [];
      // Two children at a time: the machine has two cores.
      const queue = [...MODES];
      const worker = async () => {
        for (let mode = queue.shift(); mode !== undefined; mode = queue.shift()) {
          const viaStdin = mode.name === 'explain' || c.viaStdin;
          const res = await runCli([...mode.args, ...(mode.name === 'explain' ? [] : ['--fail-on', 'any', viaStdin ? '-' : file])], {
            input: viaStdin ? c.input : undefined,
            timeoutMs: MAX_MS,
            measureRss: true,
          });
          for (const p of problems(mode, res, lines)) failures.push(`${mode.name}: ${p}`);
          const w = worst.get(mode.name) ?? { ms: 0, rssKb: 0 };
          worst.set(mode.name, { ms: Math.max(w.ms, res.ms), rssKb: Math.max(w.rssKb, res.maxRssKb ?? 0) });
        }
      };
      await Promise.all([worker(), worker()]);
      if (failures.length > 0) {
        const kept = join(tmpdir(), `synctriage-fuzz-${SEED}-${iteration}.log`);
        writeFileSync(kept, c.input);
        throw new Error(
          `fuzz seed ${SEED} iteration ${iteration} (mutations: ${c.mutations.join(', ')}; ${c.input.length} bytes, ${lines} lines, via ${c.viaStdin ? 'stdin' : 'a file'}):\n  ` +
            `${failures.join('\n  ')}\n  input kept at ${kept}\n  replay: SYNCTRIAGE_FUZZ_SEED=${SEED} SYNCTRIAGE_FUZZ_ITERATIONS=${iteration + 1} npx vitest run test/e2e/fuzz.test.ts -t "iteration ${iteration} "`,
        );
      }
    },
    // Six modes, two at a time, each bounded by MAX_MS.
    4 * MAX_MS,
  );
});
