import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runCli, sample, tempDir, type Summary } from './run-cli.js';

/**
 * Where a CI job puts the findings: GitHub annotations, a JUnit report, a job summary under its
 * size limit, and several of them from one run (--output).
 */
const tmp = tempDir('synctriage-ci-');
afterAll(() => tmp.cleanup());
const write = (name: string, text: string) => {
  const p = join(tmp.dir, name);
  writeFileSync(p, text);
  return p;
};
const line = (o: Record<string, unknown>) => JSON.stringify({ ts: '2026-11-22T09:00:00Z', level: 'error', ...o });

/** `n` actionable groups: one 401 per made-up destination. */
const authGroups = (n: number, perGroup = 1, pad = 0) =>
  Array.from({ length: n * perGroup }, (_, i) =>
    line({ destination: `api${String(i % n).padStart(4, '0')}`, record_id: `r${i}`, status: 401, msg: `Unauthorized${' x'.repeat(pad)} ${i}` }),
  ).join('\n');

const HAVE_PYTHON = spawnSync('python3', ['--version']).status === 0;

describe('--format github', () => {
  it('annotates actionable groups as errors, persistent transient ones as warnings, the rest as notices', async () => {
    const res = await runCli(['--format', 'github', sample('mixed.log')]);
    expect(res.code).toBe(1);
    const commands = res.stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(commands.some((l) => /^::error title=synctriage%3A plan on pipedrive,file=.*mixed\.log,line=\d+::/.test(l))).toBe(true);
    expect(commands.some((l) => l.startsWith('::warning ') && l.includes('transient'))).toBe(true);
    expect(commands.some((l) => l.startsWith('::notice ') && l.includes('unknown'))).toBe(true);
    // The verdict is a plain log line, not an annotation.
    expect(res.stdout).toMatch(/^synctriage: Fix first: /m);
  });

  it('escapes messages and properties: text from the log cannot end a command or start one', async () => {
    const log = write('a,b:c%.ndjson', `${line({ msg: 'worker crashed: 100% of \r\n::error::pwned' })}\n`);
    const res = await runCli(['--format', 'github', '--fail-on', 'none', log]);
    const commands = res.stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(commands).toHaveLength(1);
    expect(commands[0]).toContain('file=' + log.replace(/%/g, '%25').replace(/:/g, '%3A').replace(/,/g, '%2C') + ',line=1::');
    expect(commands[0]).toContain('%25 of');
    expect(res.stdout).not.toContain('\r');
    expect(res.stdout.split('\n').filter((l) => l.startsWith('::error::pwned'))).toHaveLength(0);
  });

  it('stays within 10 annotations a level and says in one notice what it left out', async () => {
    const res = await runCli(['--format', 'github', '--fail-on', 'none', write('many.ndjson', authGroups(15))]);
    const commands = res.stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(commands.filter((l) => l.startsWith('::error '))).toHaveLength(10);
    const notices = commands.filter((l) => l.startsWith('::notice '));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/5 more groups \(5 errors; 5 lines\)/);
  });
});

describe('--format junit', () => {
  it('writes one test case per group, actionable groups as failures with the fix and link', async () => {
    const res = await runCli(['--format', 'junit', sample('mixed.log')]);
    expect(res.code).toBe(1);
    const json = JSON.parse((await runCli(['--json', '--fail-on', 'none', sample('mixed.log')])).stdout) as Summary;
    const cases = [...res.stdout.matchAll(/<testcase name="([^"]*)"/g)].map((m) => m[1]);
    expect(cases).toHaveLength(json.groups.length);
    expect(new Set(cases).size).toBe(cases.length);
    const actionable = json.groups.filter((g) => g.actionable === true).length;
    expect([...res.stdout.matchAll(/<failure /g)]).toHaveLength(actionable);
    expect(res.stdout).toMatch(/<failure message="Pipedrive plan limit[^"]*" type="plan">[^<]*Fix: [^<]*\nLink: https:\/\/support\.pipedrive\.com/);
  });

  it.skipIf(!HAVE_PYTHON)('is well-formed XML even when the log holds markup, quotes and control bytes', async () => {
    const log = write('a"<b>&c.log', '2026-11-22T09:00:00Z ERROR worker crashed: x]]></failure><script> "q" \u001b[2J\u0007\n');
    const res = await runCli(['--format', 'junit', '--fail-on', 'none', log]);
    const file = write('report.xml', res.stdout);
    const check = spawnSync('python3', ['-c', 'import sys, xml.etree.ElementTree as E; r = E.parse(sys.argv[1]).getroot(); c = next(r.iter("testcase")); print(c.get("file")); print(c.find("system-out").text)', file], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    const [name, body] = [check.stdout.split('\n')[0], check.stdout.split('\n').slice(1).join('\n')];
    expect(name).toBe(log);
    expect(body).toContain('x]]></failure><script> "q" \\x1b[2J\\x07');
    expect(res.stdout).not.toContain('\u001b');
  });

  it('a clean log is one passing case (reporters refuse a report with none)', async () => {
    const res = await runCli(['--format', 'junit', write('clean.ndjson', JSON.stringify({ level: 'info', status: 200, record_id: 'r1' }))]);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('<testcase name="no errors"');
    expect(res.stdout).toContain('failures="0"');
  });
});

describe('--format markdown stays under 1 MiB', () => {
  it('leaves out samples, then the least urgent rows, and says so', async () => {
    const res = await runCli(['--format', 'markdown', '--fail-on', 'none', '--samples', '20', write('huge.ndjson', authGroups(1000, 20, 200))]);
    expect(res.code).toBe(0);
    expect(res.stdoutBuf.length).toBeLessThanOrEqual(1 << 20);
    expect(res.stdout).toMatch(/left out to stay under 1 MiB \(GitHub's job-summary limit\): the samples/);
  });
});

describe('--output FORMAT=FILE', () => {
  it('writes several reports in one run; the table still goes to stdout', async () => {
    const json = join(tmp.dir, 'summary.json');
    const junit = join(tmp.dir, 'report.xml');
    const md = join(tmp.dir, 'summary.md');
    const res = await runCli(['--output', `json=${json}`, '--output', `junit=${junit}`, '-o', `markdown=${md}`, sample('mixed.log')]);
    expect(res.code).toBe(1);
    expect(res.stdout).toMatch(/category\s+count/);
    const summary = JSON.parse(readFileSync(json, 'utf8')) as Summary;
    expect(summary.groups.length).toBeGreaterThan(0);
    expect(readFileSync(junit, 'utf8')).toContain('<testsuites name="synctriage"');
    expect(readFileSync(md, 'utf8')).toMatch(/^## synctriage/);
  });

  it('refuses a bad spec and an unwritable file with one line, exit 2', async () => {
    const bad = await runCli(['--output', 'xml=out.xml', sample('mixed.log')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/--output takes FORMAT=FILE/);
    const missing = join(tmp.dir, 'no', 'such', 'dir', 'r.xml');
    const res = await runCli(['--output', `junit=${missing}`, sample('mixed.log')]);
    expect(res.code).toBe(2);
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
    expect(res.stderr).toMatch(/--output .*r\.xml: cannot write it: ENOENT/);
    expect(existsSync(missing)).toBe(false);
  });

  it('refuses to write over a file the run reads (a log, the baseline), under any name', async () => {
    const log = write('victim.log', `${line({ status: 401, destination: 'hubspot' })}\n`);
    const before = readFileSync(log, 'utf8');
    const same = await runCli(['-o', `table=${log}`, log]);
    expect(same.code).toBe(2);
    expect(same.stderr).toMatch(/would overwrite .*victim\.log, which this run reads/);
    const viaDot = await runCli(['-o', `json=${join(tmp.dir, '.', 'victim.log')}`, log]);
    expect(viaDot.code).toBe(2);
    const base = write('base.json', (await runCli(['--json', log])).stdout);
    const overBaseline = await runCli(['--baseline', base, '-o', `json=${base}`, log]);
    expect(overBaseline.code).toBe(2);
    expect(readFileSync(log, 'utf8')).toBe(before);
  });
});

describe('--quiet', () => {
  it('prints nothing on stdout; the exit code and the --output files carry the result', async () => {
    const json = join(tmp.dir, 'quiet.json');
    const res = await runCli(['--quiet', '--output', `json=${json}`, sample('mixed.log')]);
    expect(res.code).toBe(1);
    expect(res.stdout).toBe('');
    expect((JSON.parse(readFileSync(json, 'utf8')) as Summary).groups.length).toBeGreaterThan(0);
    const clean = await runCli(['-q', write('quiet-clean.ndjson', JSON.stringify({ level: 'info', status: 200 }))]);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toBe('');
  });
});
