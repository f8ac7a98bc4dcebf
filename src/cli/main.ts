import { Argument, Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { UserError } from '../errors.js';
import { resolveInputs } from '../input/open.js';
import { classifyLines, engineFromConfig, mergeOrder, StateMerger, type Engine } from '../pipeline.js';
import { triage, triageToState, type TriageOptions } from '../index.js';
import { MAX_STATE_BYTES, readState, readStateHead, type StateHead } from '../input/state.js';
import type { AggregatorState } from '../aggregate/state.js';
import { loadConfig } from '../config/config.js';
import { readBaseline } from '../input/baseline.js';
import { compareWithBaseline } from '../aggregate/baseline.js';
import { verdictFor } from '../aggregate/verdict.js';
import { parseTimeArg } from './time.js';
import { FirstEventReader, type FirstEvent } from '../events/first.js';
import { MAX_LINE_CHARS } from '../input/lines.js';
import { StringDecoder } from 'node:string_decoder';
import { writeFile as fsWriteFile } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { renderJson } from '../report/json.js';
import { classifyRecord } from '../report/classify.js';
import { completionScript, SHELLS, type Shell } from './completion.js';
import { writeState } from '../report/state-file.js';
import { renderExplain, renderExplainJson } from '../report/explain.js';
import { VERSION } from '../version.js';
import { escapeForTerminal } from '../report/sanitize.js';
import { CLASSIFY_FAIL_ON_HELP, FAIL_ON_HELP, parseFailOn, shouldFail, type FailOn } from './fail-on.js';
import { terminalInfo } from './terminal.js';
import { Progress } from './progress.js';
import { ACTIONABLE, type Summary } from '../types.js';
import { TABLE_ROWS } from '../report/headline.js';

const FORMATS = ['table', 'json', 'ndjson', 'markdown', 'html', 'github', 'junit', 'state'] as const;
type Format = (typeof FORMATS)[number];
/** What `--output FORMAT=FILE` can write: the summary's formats (a state is written on its own). */
const OUTPUT_FORMATS = ['table', 'json', 'ndjson', 'markdown', 'html', 'github', 'junit'] as const;
type OutputFormat = (typeof OUTPUT_FORMATS)[number];

interface OutputSpec {
  format: OutputFormat;
  file: string;
}

interface AnalyzeFlags {
  format: Format;
  json?: boolean;
  failOn: FailOn;
  samples: number;
  maxGroups: number;
  maxRecords: number;
  color?: boolean;
  progress: boolean;
  config?: string | false;
  byRun?: boolean;
  all?: boolean;
  since?: number;
  until?: number;
  baseline?: string;
  jobs: number;
  /** --output, each FORMAT=FILE given (none: undefined). */
  output?: OutputSpec[];
  quiet?: boolean;
  rawSamples?: boolean;
}

/** Exit codes: 0 nothing matched --fail-on, 1 findings matched it, 2 usage or input error. */
export const EXIT = { ok: 0, findings: 1, error: 2 } as const;

function positiveInt(name: string, min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`${name} takes a whole number from ${min} to ${max}.`);
    return n;
  };
}

/** `--output json=summary.json`, repeatable: each value adds one file. */
function outputArg(value: string, previous: OutputSpec[] | undefined): OutputSpec[] {
  const eq = value.indexOf('=');
  const format = value.slice(0, eq) as OutputFormat;
  const file = value.slice(eq + 1);
  if (eq === -1 || !OUTPUT_FORMATS.includes(format) || file.length === 0) {
    throw new InvalidArgumentError(`--output takes FORMAT=FILE, FORMAT one of ${OUTPUT_FORMATS.join(', ')} (e.g. junit=report.xml).`);
  }
  if (previous?.some((o) => o.file === file) === true) throw new InvalidArgumentError(`--output names ${file} twice.`);
  return [...(previous ?? []), { format, file }];
}

function failOnArg(value: string): FailOn {
  try {
    return parseFailOn(value);
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message.replace(/^--fail-on: /, ''));
  }
}

/** Writes to stdout and resolves when flushed; a closed pipe (`| head`) ends the process quietly. */
function writeOut(text: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(text)) resolve();
    else process.stdout.once('drain', resolve);
  });
}

/**
 * The exit code the findings call for, set before the report is written: when the reader closes
 * the pipe early (`| head`), the process ends quietly but still says whether findings matched.
 */
let findingsCode: number = EXIT.ok;

function installPipeGuard(): void {
  const quiet = (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') process.exit(findingsCode);
    // A full disk, a closed descriptor, an I/O error: one line, exit 2, no stack trace.
    process.stderr.write(`synctriage: cannot write the output: ${err.code ?? 'error'} (${escapeForTerminal(err.message)})\n`);
    process.exit(EXIT.error);
  };
  process.stdout.on('error', quiet);
}

function buildProgram(setCode: (code: number) => void): Command {
  const program = new Command('synctriage');
  program
    .description(
      'Turn a flat sync error log (NDJSON, logfmt, text or a CSV sync-log export, also inside Docker or Kubernetes container logs; files, stdin or gzip) into an ' +
        'operator view: one row per root cause with a count, a fix and a link, most urgent first. A failure spread ' +
        'over several lines (a traceback, a Caused by chain, a pretty-printed body) is one event.',
    )
    .version(VERSION, '-V, --version')
    .argument('[files...]', 'log files to read; "-" or none reads stdin; gzip is detected by content')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('table'))
    .option('--json', 'same as --format json')
    .option('-o, --output <format=file>', `also write the summary to FILE in FORMAT (${OUTPUT_FORMATS.join(', ')}); repeatable, e.g. --output json=summary.json --output junit=report.xml`, outputArg)
    .addOption(new Option('--fail-on <spec>', `exit 1 when findings match: ${FAIL_ON_HELP}`).argParser(failOnArg).default(parseFailOn('actionable'), 'actionable'))
    .option('--samples <n>', 'sample lines kept per group (0-20)', positiveInt('--samples', 0, 20), 1)
    .option('--raw-samples', 'table: show samples as the raw log lines (default: in short, status · record · message)')
    .option('--all', `table: list every group (default: the ${TABLE_ROWS} most urgent, then a line for the rest)`)
    .option('--by-run', 'also show the groups of each run (runs come from a run-id field, else one per file)')
    .option('--since <time>', 'only lines at or after this time: ISO 8601, or a duration back from now (24h, 7d)', (v) => parseTimeArg(v))
    .option('--until <time>', 'only lines at or before this time (same forms as --since; a bare date includes that day)', (v) => parseTimeArg(v, Date.now(), true))
    .option('--baseline <file>', 'compare with an earlier --json summary: groups are new, known or gone')
    .option('--config <file>', `config file (links, rules, field names, destination aliases, masks, in-house providers); default: the nearest synctriage.config.json up to the project root, else ~/.config/synctriage/config.json`)
    .option('--no-config', 'read no config file, not even one found')
    .option('--max-groups <n>', 'group cap; further causes fold into "other causes" per category', positiveInt('--max-groups', 10, 100000), 1000)
    .addOption(new Option('--jobs <n>', 'worker threads for inputs of 128 MiB or more: files side by side, a large file cut at event boundaries; the summary is the same').argParser(positiveInt('--jobs', 1, 256)).default(availableParallelism(), 'the number of cores'))
    .option('--max-records <n>', 'record ids tracked for retry resolution and distinct counts', positiveInt('--max-records', 1000, 10000000), 100000)
    .option('--color', 'force colour (default: only on a terminal; NO_COLOR / FORCE_COLOR honoured)')
    .option('--no-color', 'never colour')
    .option('--no-progress', 'no progress line on stderr (shown only when stderr is a terminal)')
    .option('-q, --quiet', 'print no report on stdout: the exit code (and any --output files) carry the result')
    .addHelpText(
      'after',
      '\nExit codes: 0 nothing matched --fail-on, 1 findings matched it, 2 usage or input error.\n\n' +
        'Examples:\n' +
        '  synctriage sync.log                     grouped table of root causes\n' +
        '  zcat logs/*.gz | synctriage --json      machine summary from stdin\n' +
        '  synctriage classify sync.log | head     one decision per line\n' +
        "  synctriage explain '{\"status\":401}'     why one line was classified so\n" +
        '  synctriage sync.log -o html=r.html      also a page to open in a browser\n' +
        '  source <(synctriage completion bash)    tab completion (zsh alike; fish: | source)',
    )
    .action(async (files: string[], flags: AnalyzeFlags) => {
      setCode(await runAnalyze(files, flags));
    });

  program
    .command('merge')
    .description('merge states written with --format state (shards of a log, or runs on several machines) into the summary one run over all their lines gives')
    .argument('<states...>', 'state files (--format state output); "-" reads one from stdin')
    .addOption(new Option('-f, --format <format>', 'output format ("state" writes the merged state, for a further merge)').choices(FORMATS).default('table'))
    .option('--json', 'same as --format json')
    .option('-o, --output <format=file>', 'also write the summary to FILE in FORMAT; repeatable', outputArg)
    .option('-q, --quiet', 'print no report on stdout: the exit code (and any --output files) carry the result')
    .addOption(new Option('--fail-on <spec>', `exit 1 when findings match: ${FAIL_ON_HELP}`).argParser(failOnArg).default(parseFailOn('actionable'), 'actionable'))
    .option('--all', 'table: list every group')
    .option('--by-run', 'also show the groups of each run')
    .option('--baseline <file>', 'compare with an earlier --json summary: groups are new, known or gone')
    .option('--config <file>', 'config file (display names and links of in-house providers); found as for the main command')
    .option('--no-config', 'read no config file, not even one found')
    .option('--color', 'force colour')
    .option('--no-color', 'never colour')
    .addHelpText('after', '\nExample:\n  synctriage --format state a.log > a.state\n  synctriage --format state b.log > b.state\n  synctriage merge a.state b.state --json')
    .action(async (files: string[], flags: AnalyzeFlags) => {
      setCode(await runMerge(files, flags));
    });

  program
    .command('classify')
    .description('print one NDJSON decision per event (a line, or a traceback with its head), in order (the drill-down)')
    .argument('[files...]', 'log files; "-" or none reads stdin')
    .addOption(new Option('--fail-on <spec>', `exit 1 when a line matches: ${CLASSIFY_FAIL_ON_HELP}`).argParser(failOnArg).default(parseFailOn('none'), 'none'))
    .option('--config <file>', 'config file (found as for the main command when not given)')
    .option('--no-config', 'read no config file, not even one found')
    .action(async (files: string[], flags: { failOn: FailOn; config?: string | false }) => {
      setCode(await runClassify(files, flags.failOn, flags.config));
    });

  program
    .command('explain')
    .description('show what was extracted from one line and which rule decided, and why')
    .argument('<line>', 'the log line (quote it; a multi-line event may hold newlines), or "-" to read the first event of stdin')
    .option('--json', 'machine-readable explanation')
    .option('--config <file>', 'config file (found as for the main command when not given)')
    .option('--no-config', 'read no config file, not even one found')
    .action(async (line: string, flags: { json?: boolean; config?: string | false }) => {
      // `synctriage --json explain …` puts --json before the command: it still asks for JSON.
      setCode(await runExplain(line, flags.json === true || program.opts().json === true, flags.config));
    });
  program
    .command('completion')
    .description('print a shell completion script: source <(synctriage completion bash), or zsh; fish: synctriage completion fish | source')
    .addArgument(new Argument('<shell>', 'the shell').choices(SHELLS))
    .action(async (shell: Shell) => {
      await writeOut(completionScript(program, shell));
      setCode(EXIT.ok);
    });
  return program;
}

/** Reading stdin from a terminal looks like a hang: say so (on stderr). */
function hintIfInteractive(files: string[]): void {
  if ((files.length === 0 || files.includes('-')) && process.stdin.isTTY === true) {
    process.stderr.write('synctriage: reading the log from stdin (end with Ctrl-D; see --help for files)\n');
  }
}

/**
 * An --output file that is one of the files read (a log, a state, the baseline, the config) would
 * be overwritten by its own summary: refused before anything is read or written.
 */
function refuseOutputOverInput(flags: AnalyzeFlags, files: readonly string[]): void {
  const read = [...files.filter((f) => f !== '-'), ...(flags.baseline === undefined ? [] : [flags.baseline]), ...(typeof flags.config === 'string' ? [flags.config] : [])];
  const ids = new Map<string, string>();
  for (const f of read) {
    const id = fileId(f);
    if (id !== null) ids.set(id, f);
  }
  for (const o of flags.output ?? []) {
    const id = fileId(o.file);
    const input = id === null ? undefined : ids.get(id);
    if (input !== undefined) throw new UserError(`--output ${o.format}=${o.file} would overwrite ${input}, which this run reads`);
  }
}

/** Device and inode of an existing file (the same file under two names is one), or null. */
function fileId(path: string): string | null {
  try {
    const st = statSync(path);
    return `${st.dev}:${st.ino}`;
  } catch {
    return null;
  }
}

async function runAnalyze(files: string[], flags: AnalyzeFlags): Promise<number> {
  if (flags.failOn.presets.has('new-actionable') && flags.baseline === undefined) {
    throw new UserError('--fail-on new-actionable needs --baseline FILE (an earlier --json summary)');
  }
  if (flags.since !== undefined && flags.until !== undefined && flags.since > flags.until) {
    throw new UserError('--since is later than --until: the window is empty');
  }
  const format: Format = flags.json === true ? 'json' : flags.format;
  if (format === 'state' && flags.baseline !== undefined) throw new UserError('--baseline applies when the states are merged (synctriage merge … --baseline FILE), not to --format state');
  if (format === 'state' && (flags.output ?? []).length > 0) throw new UserError('--output writes a summary; with --format state, write each format when the states are merged (synctriage merge … --output …)');
  if (format === 'state' && flags.quiet === true) throw new UserError('--quiet with --format state would write nothing: a state is its output');
  // Every path is checked before any is read: a typo in the third file fails before output starts.
  const sources = resolveInputs(files).map((i) => (i.name === '-' ? process.stdin : i.name));
  refuseOutputOverInput(flags, files);
  hintIfInteractive(files);
  const engine = engineFromConfig(loadConfig(flags.config));
  const baseline = flags.baseline === undefined ? undefined : readBaseline(flags.baseline);
  const progress = new Progress(process.stderr, flags.progress && flags.quiet !== true && process.stderr.isTTY === true, totalBytes(sources));
  const options: TriageOptions = {
    engine,
    samples: flags.samples,
    maxGroups: flags.maxGroups,
    maxRecords: flags.maxRecords,
    onProgress: progress.add,
    jobs: flags.jobs,
    since: flags.since,
    until: flags.until,
  };
  if (format === 'state') {
    let state: AggregatorState;
    try {
      state = await triageToState(sources, options, 'live');
    } finally {
      progress.done();
    }
    // A state is part of a summary: --fail-on is decided when the states are merged.
    await writeState(state, writeOut);
    return EXIT.ok;
  }
  let summary: Summary;
  try {
    summary = await triage(sources, options);
  } finally {
    progress.done();
  }
  return report(summary, flags, engine, baseline);
}

async function runMerge(files: string[], flags: AnalyzeFlags): Promise<number> {
  if (flags.failOn.presets.has('new-actionable') && flags.baseline === undefined) {
    throw new UserError('--fail-on new-actionable needs --baseline FILE (an earlier --json summary)');
  }
  if (files.filter((f) => f === '-').length > 1) throw new UserError('merge: "-" (stdin) can be given once');
  refuseOutputOverInput(flags, files);
  const engine = engineFromConfig(loadConfig(flags.config));
  // Every state's head first (the same-state check and the time order need no more), then the
  // states one at a time: a merge holds one state and the merged run, not all of them.
  // A pipe (stdin, `<(…)`, a FIFO) can be read once only: such a state is read whole, up front.
  const once = new Map<number, AggregatorState>();
  for (const [i, f] of files.entries()) {
    if (f === '-') once.set(i, readState('-', await readStdinText()));
    else if (!isRegularFile(f)) once.set(i, readState(f));
  }
  const heads = files.map((f, i) => once.get(i) ?? readStateHead(f));
  warnTwice(files, heads);
  const format: Format = flags.json === true ? 'json' : flags.format;
  if (format === 'state') {
    if (flags.baseline !== undefined) throw new UserError('--baseline applies to a summary, not to --format state');
    if ((flags.output ?? []).length > 0) throw new UserError('--output writes a summary, not a merged state (--format state)');
  }
  const baseline = format === 'state' || flags.baseline === undefined ? undefined : readBaseline(flags.baseline);
  const merger = new StateMerger(engine, format === 'state' ? 'live' : null);
  for (const i of mergeOrder(heads)) merger.take(once.get(i) ?? readState(files[i]));
  const merged = merger.result();
  if (format === 'state') {
    await writeState(merged as AggregatorState, writeOut);
    return EXIT.ok;
  }
  return report(merged as Summary, flags, engine, baseline);
}

/** A path that names a regular file (not a pipe, a FIFO or a device); false for one that does not exist (readState says so). */
function isRegularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return true;
  }
}

/**
 * Two states of the same inputs, sizes, counts and time span are almost surely one state given
 * twice (a glob that matched a file and its copy): merged, every line would count twice. Said on
 * stderr; the merge goes on, as asked.
 */
function warnTwice(files: string[], states: StateHead[]): void {
  const seen = new Map<string, string>();
  states.forEach((st, i) => {
    const sig = JSON.stringify([st.inputs, st.totals, st.span]);
    const first = seen.get(sig);
    if (first === undefined) seen.set(sig, files[i]);
    else process.stderr.write(`synctriage: merge: ${escapeForTerminal(files[i])} holds the same lines as ${escapeForTerminal(first)} (same inputs, counts and time span); they are counted twice\n`);
  });
}

async function readStdinText(): Promise<string> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    total += (chunk as Buffer).length;
    if (total > MAX_STATE_BYTES) throw new UserError(`merge -: a state larger than ${MAX_STATE_BYTES >> 20} MiB; refused`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '');
}

/** The summary, compared with the baseline when one is given, in the asked format; returns the exit code. */
async function report(summary: Summary, flags: AnalyzeFlags, engine: Engine, baseline: ReturnType<typeof readBaseline> | undefined): Promise<number> {
  if (baseline !== undefined) {
    const groups = compareWithBaseline(summary.groups, baseline);
    summary = { ...summary, groups, verdict: verdictFor(groups.filter((g) => g.baseline !== 'gone'), (d) => engine.lexicon.providers.display(d)) };
  }
  const format: Format = flags.json === true ? 'json' : flags.format;
  const code = shouldFail(flags.failOn, summary.groups.filter((g) => g.baseline !== 'gone')) ? EXIT.findings : EXIT.ok;
  findingsCode = code;
  for (const i of summary.inputs) {
    if (i.binary) process.stderr.write(`synctriage: ${escapeForTerminal(i.name)}: contains NUL bytes, probably not a text log; its lines were counted and classified as text\n`);
  }
  // Files first: a CI step that asked for a report file gets it even when stdout is closed early.
  for (const o of flags.output ?? []) await writeFile(o.file, await render(summary, o.format, flags, false));
  if (flags.quiet === true) return code;
  if (format === 'ndjson') await (await import('../report/ndjson.js')).writeNdjson(summary, process.stdout);
  else await writeOut(await render(summary, format === 'state' ? 'json' : format, flags, true));
  return code;
}

/**
 * The summary in one format. Renderers load on demand: a CI job asking for JSON does not load
 * chalk and cli-table3. `toTerminal`: the table takes the terminal's width and colours; written
 * to a file it is plain text at 80 columns.
 */
async function render(summary: Summary, format: OutputFormat, flags: AnalyzeFlags, toTerminal: boolean): Promise<string> {
  switch (format) {
    case 'json':
      return renderJson(summary);
    case 'markdown':
      return (await import('../report/markdown.js')).renderMarkdown(summary, { byRun: flags.byRun === true });
    case 'html':
      return (await import('../report/html.js')).renderHtml(summary);
    case 'github':
      return (await import('../report/github.js')).renderGithub(summary);
    case 'junit':
      return (await import('../report/junit.js')).renderJunit(summary);
    case 'ndjson':
      return (await import('../report/ndjson.js')).renderNdjson(summary);
    case 'table': {
      const { renderTable } = await import('../report/table.js');
      const terminal = toTerminal ? terminalInfo(process.stdout, process.env, flags.color) : { ...terminalInfo({ isTTY: false }, {}, false), width: 80 };
      return renderTable(summary, { ...terminal, byRun: flags.byRun === true, maxRows: flags.all === true ? Infinity : TABLE_ROWS, rawSamples: flags.rawSamples === true });
    }
  }
}

/** Bytes of the inputs on disk, or null when one is stdin (its size is not known ahead). */
function totalBytes(sources: ReadonlyArray<string | NodeJS.ReadStream>): number | null {
  let total = 0;
  for (const src of sources) {
    if (typeof src !== 'string') return null;
    const st = statSync(src, { throwIfNoEntry: false });
    if (st === undefined || !st.isFile()) return null;
    total += st.size;
  }
  return total;
}

/** A report file: one line naming the file on any error (a missing folder, a full disk), no stack. */
async function writeFile(file: string, text: string): Promise<void> {
  try {
    await fsWriteFile(file, text);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new UserError(`--output ${file}: cannot write it: ${e.code ?? 'error'} (${e.message.replace(/^[A-Z]+: /, '')})`);
  }
}

async function runClassify(files: string[], failOn: FailOn, configPath: string | false | undefined): Promise<number> {
  if (failOn.presets.has('new-actionable')) throw new UserError('--fail-on new-actionable applies to the summary (with --baseline), not to classify');
  const inputs = resolveInputs(files);
  hintIfInteractive(files);
  const engine: Engine = engineFromConfig(loadConfig(configPath));
  const out = (await import('../report/ndjson.js')).ndjsonWriter(process.stdout);
  const seen = new Set<string>();
  let actionableSeen = false;
  let pending: Promise<void> | undefined;
  const matches = () => (failOn.presets.has('any') && seen.size > 0) || (failOn.presets.has('actionable') && actionableSeen) || [...failOn.categories].some((c) => seen.has(c));
  await classifyLines(
    inputs,
    engine,
    (line, s, c) => {
      if (c.category !== 'none') {
        seen.add(c.category);
        if (ACTIONABLE[c.category] === true) actionableSeen = true;
        // A reader that closes the pipe early (`| head`) ends the run here: the exit code then says
        // whether the lines read so far matched.
        if (findingsCode === EXIT.ok && matches()) findingsCode = EXIT.findings;
      }
      if (!out.write(classifyRecord(line, s, c)) && pending === undefined) {
        pending = new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()));
      }
    },
    () => {
      const p = pending;
      pending = undefined;
      return p;
    },
  );
  await out.end();
  return matches() ? EXIT.findings : EXIT.ok;
}

async function runExplain(arg: string, json: boolean, configPath: string | false | undefined): Promise<number> {
  const engine = engineFromConfig(loadConfig(configPath));
  const reader = new FirstEventReader(engine.lexicon);
  const { text, signals } = arg === '-' ? await firstEventOfStream(process.stdin, reader) : firstEventOfText(arg, reader);
  const d = engine.classifier.explain(signals);
  await writeOut(json ? renderExplainJson(text, signals, d) : renderExplain(text, signals, d));
  return EXIT.ok;
}

/** `explain TEXT`: the first event of the text, joined as a log file's would be (frames left out). */
function firstEventOfText(text: string, reader: FirstEventReader): FirstEvent {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length && !reader.done; i++) reader.push(lines[i]);
  return reader.end(text);
}

/**
 * `explain -`: the first event of stdin (one line, or a traceback or body joined to its head, or a
 * CSV export's first record), reading no further than it: `yes … | synctriage explain -` answers at once.
 */
async function firstEventOfStream(stdin: NodeJS.ReadableStream, reader: FirstEventReader): Promise<FirstEvent> {
  const decoder = new StringDecoder('utf8');
  let carry = '';
  let read = 0;
  for await (const chunk of stdin) {
    read += (chunk as Buffer).length;
    let s = carry + decoder.write(chunk as Buffer);
    let nl = s.indexOf('\n');
    while (nl !== -1 && !reader.done) {
      reader.push(s.slice(0, nl));
      s = s.slice(nl + 1);
      nl = s.indexOf('\n');
    }
    carry = s;
    // One event is bounded (lines and characters): past that much input, what came is the event.
    if (reader.done || read > MAX_LINE_CHARS * 2) break;
  }
  if (read === 0) throw new UserError('explain -: stdin is empty (pipe one log line or event into it)');
  if (!reader.done && carry.length > 0) reader.push(carry.slice(0, MAX_LINE_CHARS));
  return reader.end('');
}

/** Entry point: parses argv, runs, and returns the exit code. User mistakes never print a stack trace. */
/**
 * V8 grows a heap by 1.5× to 4× of what survived a collection; the CLI's live data is small and
 * bounded by the caps, so most of that is slack, and with --jobs each thread's slack adds up.
 * Growing by 20 % at most kept eight 100–200 MB files under --jobs 2 at 232 MB peak RSS instead of
 * 332 MB, at the same speed (1M-line bench corpora: same time, 3–7 % less RSS). Process-wide: the
 * worker threads started later take it too. The library leaves its host's heap alone.
 */
const HEAP_GROWING = '--heap-growing-percent=20';

export async function main(argv: string[]): Promise<number> {
  setFlagsFromString(HEAP_GROWING);
  installPipeGuard();
  let code: number = EXIT.ok;
  const program = buildProgram((c) => {
    code = c;
  });
  program.exitOverride();
  // Options after a subcommand belong to it (`classify --config F`), not to the main command.
  program.enablePositionalOptions();
  // Error text can quote what the user typed or a file name from a glob: escaped like log text.
  program.configureOutput({
    outputError: (str, write) => write(`synctriage: ${escapeForTerminal(str.replace(/^error: /, '').trimEnd())} (see synctriage --help)\n`),
  });
  for (const sub of program.commands) {
    sub.exitOverride();
    sub.configureOutput({ outputError: (str, write) => write(`synctriage: ${escapeForTerminal(str.replace(/^error: /, '').trimEnd())} (see synctriage ${sub.name()} --help)\n`) });
  }
  // `synctriage help [command]`: the main command takes file names, so "help" is read here first
  // (a file really named "help" is ./help).
  if (argv[2] === 'help') {
    const sub = program.commands.find((c) => c.name() === argv[3]);
    // `help help` asks about help itself: the main help, which explains it.
    if (argv[3] !== undefined && argv[3] !== 'help' && sub === undefined) {
      process.stderr.write(`synctriage: help: no command ${escapeForTerminal(JSON.stringify(argv[3]))} (commands: ${program.commands.map((c) => c.name()).join(', ')})\n`);
      return EXIT.error;
    }
    await writeOut((sub ?? program).helpInformation());
    return EXIT.ok;
  }
  try {
    await program.parseAsync(argv);
    return code;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.ok : EXIT.error;
    if (err instanceof UserError) {
      process.stderr.write(`synctriage: ${escapeForTerminal(err.message)}\n`);
      return EXIT.error;
    }
    const e = err as NodeJS.ErrnoException;
    if (e?.code === 'EPIPE') return EXIT.ok;
    process.stderr.write(`synctriage: internal error: ${escapeForTerminal(e?.message ?? String(err))}\n`);
    if (process.env.SYNCTRIAGE_DEBUG !== undefined) process.stderr.write(`${e?.stack ?? ''}\n`);
    return EXIT.error;
  }
}
