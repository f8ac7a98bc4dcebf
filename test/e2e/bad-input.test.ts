// Usage and input errors: one clear line on stderr, no stack trace, exit 2. And a closed pipe is not an error.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, baseEnv, ROOT, runCli, runJson, sample, STACK_FRAME, tempDir, type RunResult, validationGroupsLog } from './run-cli.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const at = (name: string) => join(tmp.dir, name);

/** Exit 2, nothing on stdout, and stderr is one line "synctriage: …" naming the problem, with no stack frames. */
function expectOneLineError(res: RunResult, mentions: Array<string | RegExp>): void {
  expect(res.code, `stderr: ${res.stderr}`).toBe(2);
  expect(res.signal).toBeNull();
  expect(res.stdout).toBe('');
  expect(res.stderr).not.toMatch(STACK_FRAME);
  expect(res.stderr).not.toMatch(/internal error|TypeError|RangeError|ReferenceError|node:internal|\.js:\d+/);
  expect(res.stderr.endsWith('\n')).toBe(true);
  const lines = res.stderr.trimEnd().split('\n');
  expect(lines[0]).toMatch(/^synctriage: \S/);
  expect(lines).toHaveLength(1);
  for (const m of mentions) {
    if (typeof m === 'string') expect(lines[0]).toContain(m);
    else expect(lines[0]).toMatch(m);
  }
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

beforeAll(() => {
  mkdirSync(at('logs-dir'));
  const gz = gzipSync(readFileSync(sample('mixed.log')));
  // A valid gzip header (magic, deflate, no flags, mtime, xfl, os) followed by garbage.
  const header = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0x03]);
  const garbage = Buffer.alloc(4096);
  for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 7919 + 13) & 0xff;
  writeFileSync(at('corrupt.log.gz'), Buffer.concat([header, garbage]));
  writeFileSync(at('truncated.log.gz'), gz.subarray(0, Math.floor(gz.length / 2)));
  writeFileSync(at('magic-only.gz'), Buffer.from([0x1f, 0x8b]));
  writeFileSync(at('readable.log'), readFileSync(sample('outage.log')));
  writeFileSync(at('unreadable.log'), 'status=401 msg="x"\n');
  chmodSync(at('unreadable.log'), 0o000);
});

describe('input errors exit 2 with one line on stderr', () => {
  it('a missing file names the path and says it does not exist', async () => {
    const p = at('no-such-file.log');
    expectOneLineError(await runCli([p]), [p, /no such file/i]);
  });

  it('a missing file among good ones fails before any output', async () => {
    const p = at('missing-third.log');
    const res = await runCli([sample('outage.log'), sample('mixed.log'), p]);
    expectOneLineError(res, [p, /no such file/i]);
  });

  it('classify on a missing file', async () => {
    const p = at('no-such-file.log');
    expectOneLineError(await runCli(['classify', p]), [p, /no such file/i]);
  });

  it('a directory', async () => {
    expectOneLineError(await runCli([at('logs-dir')]), [at('logs-dir'), /directory/i]);
  });

  it('a corrupt gzip (valid header, garbage body)', async () => {
    expectOneLineError(await runCli([at('corrupt.log.gz')]), [at('corrupt.log.gz'), /gzip/i]);
  });

  it('a truncated gzip', async () => {
    expectOneLineError(await runCli([at('truncated.log.gz')]), [at('truncated.log.gz'), /gzip/i, /truncated|unexpected end/i]);
  });

  it('a file that is only the gzip magic', async () => {
    expectOneLineError(await runCli([at('magic-only.gz')]), [at('magic-only.gz'), /gzip/i]);
  });

  it('a lone 0x1f byte (half the gzip magic) is one line of text, from a file and a pipe alike', async () => {
    writeFileSync(at('half-magic.bin'), Buffer.from([0x1f]));
    const fromFile = await runJson(['--fail-on', 'none', at('half-magic.bin')]);
    const fromPipe = await runJson(['--fail-on', 'none', '-'], { input: Buffer.from([0x1f]) });
    for (const { json } of [fromFile, fromPipe]) {
      expect(json.totals.lines).toBe(1);
      expect(json.inputs[0].gzip).toBe(false);
    }
  });

  it.skipIf(!existsSync('/dev/full'))('a full disk (> /dev/full) is one line on stderr and exit 2, in every mode', () => {
    for (const args of [[], ['--json'], ['--format', 'markdown'], ['classify']]) {
      const out = openSync('/dev/full', 'w');
      const r = spawnSync(process.execPath, [BIN, ...args, sample('mixed.log')], { stdio: ['ignore', out, 'pipe'], encoding: 'utf8', env: baseEnv() });
      closeSync(out);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^synctriage: cannot write the output: ENOSPC/);
      expect(r.stderr).not.toMatch(STACK_FRAME);
    }
  });

  it('explain shows every outside value escaped (level, policy, rule ids and links from a config file)', async () => {
    const cfg = at('esc-config.json');
    writeFileSync(cfg, JSON.stringify({ rules: [{ id: 'x\u001b[2J', category: 'plan', code: 'ESC_CODE', summary: 's', link: 'https://e.x/\u001b[2J' }] }));
    const res = await runCli(['explain', '--config', cfg, '-'], { input: '{"level":"\u001b[2J","policyName":"\u001b[2J","code":"ESC_CODE","status":429}\n' });
    expect(res.code).toBe(0);
    expect(res.stdout).not.toContain('\u001b');
    expect(res.stdout).toContain('\\x1b[2');
    const md = await runCli(['--format', 'markdown', '--fail-on', 'none', '--config', cfg, '-'], { input: '{"level":"error","code":"ESC_CODE","status":429}\n' });
    expect(md.stdout).not.toContain('\u001b');
  });

  it('markdown writes a group headline inside <summary> as HTML text: no stray backslashes, no hidden <num>, no live tags', async () => {
    const md = await runCli(['--format', 'markdown', '--fail-on', 'none', '-'], { input: '2026-11-23T02:00:00Z ERROR worker crashed while mapping row 12: <img src=x onerror=alert(1)> |cell|\n' });
    const summary = /<summary>(.*)<\/summary>/.exec(md.stdout)?.[1] ?? '';
    expect(summary).toContain('&#60;num&#62;');
    expect(summary).toContain('&#60;img');
    expect(summary).not.toMatch(/[<>\\]/);
  });

  it('a truncated gzip on stdin', async () => {
    const res = await runCli(['-'], { input: readFileSync(at('truncated.log.gz')) });
    expectOneLineError(res, [/^synctriage: -: /, /gzip/i]);
  });

  it('--json on a corrupt gzip prints no partial JSON', async () => {
    expectOneLineError(await runCli([at('corrupt.log.gz'), '--json']), [/gzip/i]);
  });

  it.skipIf(isRoot)('an unreadable file (chmod 000)', async () => {
    expectOneLineError(await runCli([at('unreadable.log')]), [at('unreadable.log'), /permission denied/i]);
  });
});

describe('usage errors exit 2 with one line on stderr', () => {
  it('an unknown option', async () => {
    expectOneLineError(await runCli(['--frobnicate', sample('mixed.log')]), ['--frobnicate', /unknown option/i]);
  });

  it('an unknown option of classify', async () => {
    expectOneLineError(await runCli(['classify', '--frobnicate', sample('mixed.log')]), ['--frobnicate']);
  });

  it.each([['bogus'], ['auth,bogus'], ['none,auth'], [','], ['']])('a bad --fail-on value %j', async (value) => {
    const res = await runCli([sample('mixed.log'), '--fail-on', value]);
    expectOneLineError(res, ['--fail-on']);
    if (value !== '') expect(res.stderr).toContain(value);
  });

  it.each([['21'], ['-1'], ['1.5'], ['lots'], ['1e9']])('--samples %s (out of range 0-20)', async (value) => {
    const res = await runCli([sample('mixed.log'), '--samples', value]);
    expectOneLineError(res, ['--samples', value]);
    expect(res.stderr).toMatch(/0 to 20|0-20/);
  });

  it('--samples with no value', async () => {
    expectOneLineError(await runCli([sample('mixed.log'), '--samples']), ['--samples']);
  });

  it('--max-groups out of range', async () => {
    expectOneLineError(await runCli([sample('mixed.log'), '--max-groups', '0']), ['--max-groups']);
  });

  it('an unknown --format', async () => {
    expectOneLineError(await runCli([sample('mixed.log'), '--format', 'xml']), ['--format', 'xml']);
  });

  it('explain with no line', async () => {
    expectOneLineError(await runCli(['explain']), [/line/]);
  });
});

describe('help and version are not errors', () => {
  it('--help prints usage with the exit codes on stdout, exit 0', async () => {
    const res = await runCli(['--help']);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('Usage: synctriage');
    expect(res.stdout).toMatch(/Exit codes: 0 .* 1 .* 2 /);
    expect(res.stderr).toBe('');
  });

  it('--version prints the version, exit 0', async () => {
    const res = await runCli(['--version']);
    expect(res.code).toBe(0);
    expect(res.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('a reader that closes the pipe early', () => {
  let big: string;
  let manyGroups: string;
  beforeAll(() => {
    // ~45,000 lines: classify writes several MB, far more than a pipe buffer holds.
    const text = readFileSync(sample('mixed.log'), 'utf8');
    big = at('big-mixed.log');
    writeFileSync(big, text.repeat(370));
    // 250 distinct Salesforce fields → 250 validation groups: the summaries are ~100 KB, more than a pipe holds.
    manyGroups = at('many-groups.ndjson');
    writeFileSync(manyGroups, validationGroupsLog(250));
  });

  /** Spawns the CLI, reads the first chunk of stdout, then destroys the stream. */
  function spawnAndCloseEarly(args: string[]): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; got: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: baseEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      let got = '';
      child.stderr.setEncoding('utf8');
      child.stderr.on('data', (c: string) => (stderr += c));
      child.stdout.once('data', (c: Buffer) => {
        got = c.toString('utf8');
        child.stdout.destroy();
      });
      child.on('error', reject);
      child.on('close', (code, signal) => resolve({ code, signal, stderr, got }));
    });
  }

  it.each([
    ['classify', ['classify'], 'big'],
    ['--format ndjson', ['--format', 'ndjson', '--fail-on', 'none'], 'many'],
    ['--format markdown', ['--format', 'markdown', '--fail-on', 'none'], 'many'],
    ['--json', ['--json', '--fail-on', 'none'], 'many'],
    ['table', ['--fail-on', 'none'], 'many'],
  ])('%s: exit 0, no EPIPE text', async (_name, args, input) => {
    const r = await spawnAndCloseEarly([...args, input === 'big' ? big : manyGroups]);
    expect(r.got.length).toBeGreaterThan(0);
    expect(r.stderr).not.toMatch(/EPIPE|ERR_STREAM|Error|    at /);
    expect(r.stderr).toBe('');
    expect(r.signal).toBeNull();
    expect(r.code).toBe(0);
  });

  it('`synctriage classify big.log | head -1` in a shell: the tool exits 0 and says nothing', async () => {
    const script = `"${process.execPath}" "${BIN}" classify "${big}" 2>"${at('stderr.txt')}" | head -1; echo "tool-exit=\${PIPESTATUS[0]}"`;
    const res = await new Promise<{ out: string; code: number | null }>((resolve, reject) => {
      const child = spawn('bash', ['-c', script], { env: baseEnv(), stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
      child.on('error', reject);
      child.on('close', (code) => resolve({ out, code }));
    });
    const lines = res.out.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0])).toMatchObject({ line: 1 });
    expect(lines[1]).toBe('tool-exit=0');
    expect(readFileSync(at('stderr.txt'), 'utf8')).toBe('');
  });
});
