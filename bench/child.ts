import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import ndjson from 'ndjson';
import { READ_CHUNK_BYTES } from '../src/input/open.js';

/**
 * One measurement, in its own process so that peak RSS is its own. Prints one line on stderr:
 * BENCH {"lines":…,"ms":…,"maxRssMB":…}.
 *
 *   read-floor  FILE   read with the tool's chunk size, decode, split into lines
 *   gunzip-floor FILE  the same through zlib's gunzip (a .gz file)
 *   parse-floor FILE   the same, plus JSON.parse of every line that starts with "{"
 *   ndjson-parse FILE  the ndjson package's parse stream (split2 + JSON.parse, strict:false)
 *   tool FILE          the CLI's main job end to end on one thread (--json --jobs 1, stdout discarded)
 *   tool-jobs FILE     the same with the default --jobs (the number of cores)
 *   analyze FILE       the main job without the CLI and its report: read, events, extract, rules, aggregate
 *   analyze-lines FILE the same with every physical line its own event (no event stage): its cost
 *   analyze-core FILE  the same as analyze with only the six core providers' packs: what breadth costs
 */
const [mode, file] = process.argv.slice(2);

function report(lines: number, start: bigint): void {
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const maxRssMB = process.resourceUsage().maxRSS / 1024;
  process.stderr.write(`BENCH ${JSON.stringify({ lines, ms, maxRssMB })}\n`);
}

async function splitFloor(parse: boolean, gunzip = false): Promise<number> {
  const decoder = new StringDecoder('utf8');
  let carry = '';
  let lines = 0;
  let parsed = 0;
  const onLine = (l: string) => {
    lines++;
    if (parse && l.charCodeAt(0) === 123) {
      try {
        JSON.parse(l);
        parsed++;
      } catch {
        // counted, like the tool does
      }
    }
  };
  const raw = createReadStream(file, { highWaterMark: READ_CHUNK_BYTES });
  for await (const chunk of gunzip ? raw.pipe(createGunzip({ chunkSize: READ_CHUNK_BYTES })) : raw) {
    const s = carry + decoder.write(chunk as Buffer);
    let start = 0;
    let nl = s.indexOf('\n');
    while (nl !== -1) {
      onLine(s.slice(start, nl));
      start = nl + 1;
      nl = s.indexOf('\n', start);
    }
    carry = s.slice(start);
  }
  if (carry.length > 0) onLine(carry);
  if (parse && parsed < 0) throw new Error('unreachable');
  return lines;
}

async function ndjsonParse(): Promise<number> {
  let objects = 0;
  await pipeline(
    createReadStream(file, { highWaterMark: READ_CHUNK_BYTES }),
    ndjson.parse({ strict: false }),
    new Writable({
      objectMode: true,
      write(_obj, _enc, cb) {
        objects++;
        cb();
      },
    }),
  );
  return objects;
}

async function tool(jobs: string[]): Promise<number> {
  const { main } = await import('../src/cli/main.js');
  // stdout is /dev/null for this child; the summary's line count is read back from it via --json.
  const code = await main(['node', 'synctriage', '--json', '--fail-on', 'none', ...jobs, file]);
  if (code !== 0) throw new Error(`tool exited ${code}`);
  return -1;
}

const CORE = new Set(['hubspot', 'salesforce', 'stripe', 'mailchimp', 'intercom', 'pipedrive']);

async function analyzeOnly(variant: 'all' | 'core' | 'lines'): Promise<number> {
  const { analyze, createEngine, extractEvent } = await loadPipeline();
  const { resolveInputs } = await import('../src/input/open.js');
  const { BUILTIN_PROVIDERS } = await import('../src/providers/index.js');
  const { ProviderIndex } = await import('../src/providers/knowledge.js');
  const engine = variant === 'core' ? createEngine({ providers: new ProviderIndex(BUILTIN_PROVIDERS.filter((p) => CORE.has(p.name))) }) : createEngine();
  if (variant !== 'lines') return (await analyze(resolveInputs([file]), engine)).totals.lines;
  // The event stage left out: each physical line goes to extract as an event of its own.
  const { readLines } = await import('../src/input/lines.js');
  const { Aggregator, DEFAULT_AGGREGATOR_OPTIONS } = await import('../src/aggregate/aggregator.js');
  const agg = new Aggregator({ ...DEFAULT_AGGREGATOR_OPTIONS, providers: engine.lexicon.providers });
  const event = { input: '', lineNo: 0, text: '', truncated: false, lines: 1, prefixEnd: -1, prefixLevel: null };
  await readLines(resolveInputs([file])[0], (line) => {
    event.input = line.input;
    event.lineNo = line.lineNo;
    event.text = line.text;
    event.truncated = line.truncated;
    const sig = extractEvent(event, engine.lexicon);
    agg.add(event, sig, engine.classifier.classify(sig));
  });
  return agg.finish().totals.lines;
}

async function loadPipeline() {
  const p = await import('../src/pipeline.js');
  const { extractEvent } = await import('../src/extract/extract.js');
  return { ...p, extractEvent };
}

const start = process.hrtime.bigint();
const run =
  mode === 'read-floor'
    ? splitFloor(false)
    : mode === 'gunzip-floor'
      ? splitFloor(false, true)
      : mode === 'parse-floor'
      ? splitFloor(true)
      : mode === 'ndjson-parse'
        ? ndjsonParse()
        : mode === 'analyze'
          ? analyzeOnly('all')
          : mode === 'analyze-lines'
            ? analyzeOnly('lines')
            : mode === 'analyze-core'
              ? analyzeOnly('core')
              : mode === 'tool-jobs'
                ? tool([])
                : tool(['--jobs', '1']);
run.then(
  (lines) => report(lines, start),
  (err) => {
    process.stderr.write(`BENCH-ERROR ${(err as Error).message}\n`);
    process.exitCode = 1;
  },
);
