// `synctriage merge` as a user runs it: states written by --format state, merged into the summary
// one run over the same files gives; a state given twice is said on stderr.
import { execFileSync } from 'node:child_process';
import { createWriteStream, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, sample, tempDir } from './run-cli.js';

const tmp = tempDir('synctriage-merge-');
afterAll(() => tmp.cleanup());

async function stateOf(file: string, name: string): Promise<string> {
  const res = await runCli(['--format', 'state', '--fail-on', 'none', file]);
  expect(res.code, res.stderr).toBe(0);
  const path = join(tmp.dir, name);
  writeFileSync(path, res.stdout);
  return path;
}

describe('merge', () => {
  it('gives the summary one run over the same files gives, with its exit code', async () => {
    const files = [sample('hubspot-auth-expired.ndjson'), sample('mixed.log')];
    const states = [await stateOf(files[0], 'a.state'), await stateOf(files[1], 'b.state')];
    const merged = await runCli(['merge', '--json', ...states]);
    const one = await runCli(['--json', '--jobs', '1', ...files]);
    expect(merged.code).toBe(one.code);
    expect(merged.code).toBe(1);
    expect(JSON.parse(merged.stdout)).toEqual(JSON.parse(one.stdout));
    expect(merged.stderr).toBe('');
  });

  it('reads a state from a named pipe (read once, not twice), as from a file', async () => {
    const a = await stateOf(sample('mixed.log'), 'piped.state');
    const fifo = join(tmp.dir, 'state.fifo');
    execFileSync('mkfifo', [fifo]);
    // The writer blocks until the merge opens the pipe, then writes the state once.
    const writer = createWriteStream(fifo);
    writer.end(readFileSync(a));
    const piped = await runCli(['merge', '--json', fifo], { timeoutMs: 20_000 });
    const file = await runCli(['merge', '--json', a]);
    expect(piped.timedOut).toBe(false);
    expect(piped.code, piped.stderr).toBe(file.code);
    expect(JSON.parse(piped.stdout).totals).toEqual(JSON.parse(file.stdout).totals);
  });

  it('says on stderr when one state is given twice', async () => {
    const a = await stateOf(sample('mixed.log'), 'twice.state');
    const res = await runCli(['merge', '--fail-on', 'none', a, a]);
    expect(res.code).toBe(0);
    expect(res.stderr).toMatch(/holds the same lines as .*counted twice/);
  });
});
