import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { dirname, join } from 'node:path';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { generateCorpus, type CorpusKind } from './generate.js';

/**
 * `npm run bench`: throughput and peak memory of the tool (--jobs 1 and the default) against
 * floors measured in the same run (read + split; read + split + JSON.parse; gunzip + split) and the
 * jq | sort | uniq -c pipeline, on generated corpora of 1M lines (NDJSON, mixed, NDJSON gzipped)
 * and a 4M-line NDJSON corpus for the memory check. Each figure is the best of N runs, each
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

/** Best wall time of REPEAT runs of a shell pipeline, or null when its first command is missing. */
function measureShell(command: string): number | null {
  if (spawnSync('sh', ['-c', `command -v ${command.split(' ')[0]}`], { stdio: 'ignore' }).status !== 0) return null;
  let best = Infinity;
  for (let i = 0; i < REPEAT; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync('sh', ['-c', `${command} > /dev/null`], { stdio: ['ignore', 'ignore', 'pipe'] });
    if (r.status !== 0) throw new Error(`pipeline failed: ${r.stderr.toString()}`);
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return best;
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
    // The shell pipeline an operator would write instead: jq picks the error lines' cause fields
    // (non-JSON lines skipped by fromjson?), sort | uniq -c counts them.
    const jq = measureShell(`jq -R -r 'fromjson? | select(.level == "error" or .level == "warn") | [.destination // "-", (.status // "-" | tostring), (.error.code // .error.type // .msg // "-" | tostring)] | @tsv' ${JSON.stringify(file)} | sort | uniq -c | sort -rn`);
    if (jq !== null) console.log(`  jq | sort | uniq -c:  ${fmt(jq)} ms; synctriage --jobs 1 / jq pipeline: ${(jq / tool.ms).toFixed(2)}×`);
    else console.log('  jq | sort | uniq -c: jq not found, skipped');
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
  // Gzip: the NDJSON corpus compressed, against the gunzip + split floor.
  const ndjson = await corpus('ndjson', LINES);
  const gz = `${ndjson}.gz`;
  if (!existsSync(gz)) await pipeline(createReadStream(ndjson), createGzip(), createWriteStream(gz));
  const gzBytes = statSync(gz).size;
  console.log(`\ngzip corpus: the NDJSON one gzipped, ${fmt(gzBytes / 1048576, 1)} MB`);
  const gunzip = measure('gunzip-floor', gz);
  const gzTool = measure('tool', gz);
  const gzJobs = measure('tool-jobs', gz);
  console.log(row('gunzip floor', gunzip, LINES, gzBytes));
  console.log(row('synctriage', gzTool, LINES, gzBytes));
  console.log(row(`--jobs ${availableParallelism()}`, gzJobs, LINES, gzBytes));
  console.log(`  synctriage / gunzip floor: ${(gunzip.ms / gzTool.ms).toFixed(2)}× (--jobs 1), ${(gunzip.ms / gzJobs.ms).toFixed(2)}× (--jobs ${availableParallelism()}: one gzip file is one piece)`);

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
