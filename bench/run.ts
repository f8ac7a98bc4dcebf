import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { generateCorpus, type CorpusKind } from './generate.js';

/**
 * `npm run bench`: throughput and peak memory of the tool against two floors measured in the same
 * run (read + split; read + split + JSON.parse), on generated corpora of 1M lines (NDJSON and
 * mixed) and a 4M-line NDJSON corpus for the memory check. Each figure is the best of N runs, each
 * in a fresh process. Figures are printed, never asserted: timing belongs here, not in tests.
 */
const here = dirname(fileURLToPath(import.meta.url));
const corpusDir = join(here, '..', '..', 'bench', 'corpus');
const REPEAT = Number(process.env.BENCH_REPEAT ?? 3);
const LINES = Number(process.env.BENCH_LINES ?? 1_000_000);

interface Figure {
  lines: number;
  ms: number;
  maxRssMB: number;
}

/** Best time of REPEAT fresh processes; peak RSS is the highest seen across them. */
function measure(mode: string, file: string): Figure {
  const runs: Figure[] = [];
  for (let i = 0; i < REPEAT; i++) {
    const r = spawnSync(process.execPath, [join(here, 'child.js'), mode, file], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 24 });
    const m = /BENCH (\{.*\})/.exec(r.stderr);
    if (r.status !== 0 || m === null) throw new Error(`${mode} failed: ${r.stderr}`);
    runs.push(JSON.parse(m[1]) as Figure);
  }
  const fastest = runs.reduce((a, b) => (b.ms < a.ms ? b : a));
  return { ...fastest, maxRssMB: Math.max(...runs.map((f) => f.maxRssMB)) };
}

async function corpus(kind: CorpusKind, lines: number): Promise<string> {
  mkdirSync(corpusDir, { recursive: true });
  const file = join(corpusDir, `${kind}-${lines}-seed42.log`);
  if (!existsSync(file)) {
    process.stderr.write(`generating ${file}…\n`);
    await generateCorpus(file, kind, lines, 42);
  }
  return file;
}

const fmt = (x: number, d = 0) => x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

function row(name: string, f: Figure, lines: number, bytes: number): string {
  const s = f.ms / 1000;
  return `  ${name.padEnd(14)} ${fmt(lines / s).padStart(12)} lines/s ${fmt(bytes / 1048576 / s, 1).padStart(8)} MB/s  peak RSS ${fmt(f.maxRssMB).padStart(5)} MB  (${fmt(f.ms)} ms)`;
}

async function main(): Promise<void> {
  console.log(`synctriage bench: best of ${REPEAT}, node ${process.version}, ${LINES.toLocaleString('en-US')} lines per corpus`);
  const results: Record<string, Figure> = {};
  for (const kind of ['ndjson', 'mixed'] as CorpusKind[]) {
    const file = await corpus(kind, LINES);
    const bytes = statSync(file).size;
    console.log(`\n${kind} corpus: ${fmt(LINES)} lines, ${fmt(bytes / 1048576, 1)} MB`);
    const read = measure('read-floor', file);
    const parse = measure('parse-floor', file);
    const tool = measure('tool', file);
    console.log(row('read floor', read, LINES, bytes));
    console.log(row('parse floor', parse, LINES, bytes));
    console.log(row('synctriage', tool, LINES, bytes));
    console.log(`  synctriage / read floor:  ${(read.ms / tool.ms).toFixed(2)}×`);
    console.log(`  synctriage / parse floor: ${(parse.ms / tool.ms).toFixed(2)}×`);
    // Every core: the default --jobs against the one-thread floor and the one-thread tool.
    const jobs = measure('tool-jobs', file);
    console.log(row(`--jobs ${availableParallelism()}`, jobs, LINES, bytes));
    console.log(`  --jobs ${availableParallelism()} / parse floor: ${(parse.ms / jobs.ms).toFixed(2)}×; / --jobs 1: ${(tool.ms / jobs.ms).toFixed(2)}×`);
    // What two stages cost, each against the same job without it, in the same run: the event
    // stage (the bar: at most 10 %), and the breadth of provider packs (rules are indexed by
    // provider, so every built-in pack should cost about what the six core ones do).
    const analyzed = measure('analyze', file);
    const lines = measure('analyze-lines', file);
    const core = measure('analyze-core', file);
    console.log(`  event stage: analyze ${fmt(analyzed.ms)} ms vs every line its own event ${fmt(lines.ms)} ms = ${((analyzed.ms / lines.ms - 1) * 100).toFixed(1)} % cost`);
    console.log(`  provider packs: all built-in ${fmt(analyzed.ms)} ms vs the six core ${fmt(core.ms)} ms = ${(analyzed.ms / core.ms).toFixed(2)}×`);
    if (kind === 'mixed') {
      // Why the ndjson package's parse stream is not on the hot path: it throws and catches on
      // every non-JSON line, and with strict:false it drops them.
      const nd = measure('ndjson-parse', file);
      console.log(row('ndjson.parse', nd, LINES, bytes));
      console.log(`  ndjson.parse kept ${fmt(nd.lines)} of ${fmt(LINES)} lines (the rest dropped silently); synctriage / ndjson.parse: ${(nd.ms / tool.ms).toFixed(2)}×`);
    }
    results[kind] = jobs;
  }
  const big = 4 * LINES;
  const file4 = await corpus('ndjson', big);
  const tool4 = measure('tool-jobs', file4);
  const bytes4 = statSync(file4).size;
  console.log(`\nmemory: ndjson corpus of ${fmt(big)} lines (${fmt(bytes4 / 1048576, 1)} MB)`);
  console.log(row('synctriage', tool4, big, bytes4));
  const ratio = tool4.maxRssMB / results.ndjson.maxRssMB;
  console.log(`  peak RSS ${fmt(big)} vs ${fmt(LINES)} lines: ${fmt(tool4.maxRssMB)} MB vs ${fmt(results.ndjson.maxRssMB)} MB = ${ratio.toFixed(2)}×`);
}

main().catch((err) => {
  console.error(`bench failed: ${(err as Error).message}`);
  process.exitCode = 1;
});
