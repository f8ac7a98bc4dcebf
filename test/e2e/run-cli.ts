// Spawns the BUILT CLI (bin/synctriage.js → dist/) as a child process, the way a user runs it.
// `npm test` builds first; run `npm run build` before `npx vitest run test/e2e` by hand.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = join(ROOT, 'bin', 'synctriage.js');
export const SAMPLES = join(ROOT, 'samples');
export const sample = (name: string): string => join(SAMPLES, name);

export interface RunOptions {
  /** Bytes written to the child's stdin, then stdin is closed. Without it stdin is closed at once (empty). */
  input?: string | Buffer;
  /** Extra environment; a value of undefined removes the variable. */
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Kill the child (SIGKILL) after this many ms; the result then has timedOut = true. */
  timeoutMs?: number;
  /** Run under /usr/bin/time -f %M and report the child's peak RSS in KiB (null when unavailable). */
  measureRss?: boolean;
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdoutBuf: Buffer;
  stderrBuf: Buffer;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  ms: number;
  /** Peak resident set size of the CLI in KiB, with measureRss and /usr/bin/time present. */
  maxRssKb: number | null;
}

export const TIME_BIN = '/usr/bin/time';
export const HAVE_TIME = existsSync(TIME_BIN);
const RSS_MARK = '@@synctriage-e2e-maxrss=';

/**
 * A clean environment for the CLI: colour and hyperlink variables of the developer's terminal or
 * CI are removed so that outputs are deterministic; callers add what a test needs.
 */
export function baseEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ['FORCE_COLOR', 'NO_COLOR', 'FORCE_HYPERLINK', 'SYNCTRIAGE_DEBUG', 'NODE_OPTIONS']) delete env[k];
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

/** Runs `synctriage <args>` to completion and captures everything. */
export function runCli(args: string[], opts: RunOptions = {}): Promise<RunResult> {
  const useTime = opts.measureRss === true && HAVE_TIME;
  const cmd = useTime ? TIME_BIN : process.execPath;
  const argv = useTime ? ['-f', `${RSS_MARK}%M`, process.execPath, BIN, ...args] : [BIN, ...args];
  const started = Date.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, argv, { cwd: opts.cwd ?? ROOT, env: baseEnv(opts.env), stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer =
      opts.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
          }, opts.timeoutMs);
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    // The CLI may exit before reading all of stdin (a usage error): that is not a test failure.
    child.stdin.on('error', () => undefined);
    child.on('error', (e) => {
      if (timer !== undefined) clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      if (timer !== undefined) clearTimeout(timer);
      const stdoutBuf = Buffer.concat(out);
      let stderrBuf = Buffer.concat(err);
      let maxRssKb: number | null = null;
      if (useTime) {
        // /usr/bin/time appends its line to the child's stderr: take it off again.
        const text = stderrBuf.toString('latin1');
        const at = text.lastIndexOf(RSS_MARK);
        if (at !== -1) {
          maxRssKb = Number.parseInt(text.slice(at + RSS_MARK.length), 10);
          stderrBuf = stderrBuf.subarray(0, at);
          // GNU time prefixes "Command exited with non-zero status N" on its own line.
          const s = stderrBuf.toString('utf8').replace(/Command exited with non-zero status \d+\n$/, '');
          stderrBuf = Buffer.from(s, 'utf8');
        }
      }
      resolvePromise({
        code,
        signal,
        stdoutBuf,
        stderrBuf,
        stdout: stdoutBuf.toString('utf8'),
        stderr: stderrBuf.toString('utf8'),
        timedOut,
        ms: Date.now() - started,
        maxRssKb,
      });
    });
    if (opts.input !== undefined) child.stdin.end(opts.input);
    else child.stdin.end();
  });
}

/** Runs the analyze command with --json and parses stdout. */
export async function runJson(args: string[], opts: RunOptions = {}): Promise<{ res: RunResult; json: Summary }> {
  const res = await runCli([...args, '--json'], opts);
  let json: Summary;
  try {
    json = JSON.parse(res.stdout) as Summary;
  } catch {
    throw new Error(`stdout is not JSON (exit ${String(res.code)}); stderr: ${res.stderr.slice(0, 2000)}; stdout: ${res.stdout.slice(0, 2000)}`);
  }
  return { res, json };
}

/** Parses NDJSON text into objects (blank trailing line ignored). */
export function parseNdjson<T = Record<string, unknown>>(text: string): T[] {
  return text
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as T);
}

/** A fresh temporary directory, removed by the returned cleanup. */
export function tempDir(prefix = 'synctriage-e2e-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Stack-trace frames ("    at fn (file:1:2)") must never reach a user. */
export const STACK_FRAME = /^\s{2,}at\s/m;

/**
 * The JSON contracts the tests read: the published types (type-only imports; the tests still run
 * the built CLI as a process and read its output).
 */
import type { Group, Summary } from '../../src/types.js';
import type { ClassifyRecord } from '../../src/report/classify.js';
export type { Summary };
export type GroupJson = Group;
export type ClassifyJson = ClassifyRecord;

/** NDJSON of n Salesforce REQUIRED_FIELD_MISSING lines, each naming its own field: n validation groups. */
export function validationGroupsLog(n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    lines.push(
      JSON.stringify({
        level: 'error',
        destination: 'salesforce',
        record_id: `003${String(i).padStart(12, '0')}`,
        status: 400,
        body: [{ message: `Required fields are missing: [Custom_${i}__c]`, errorCode: 'REQUIRED_FIELD_MISSING', fields: [`Custom_${i}__c`] }],
      }),
    );
  }
  return `${lines.join('\n')}\n`;
}
