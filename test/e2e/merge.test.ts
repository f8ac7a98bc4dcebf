// `synctriage merge` as a user runs it: states written by --format state, merged into the summary
// one run over the same files gives; a state given twice is said on stderr.
import { writeFileSync } from 'node:fs';
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

  it('says on stderr when one state is given twice', async () => {
    const a = await stateOf(sample('mixed.log'), 'twice.state');
    const res = await runCli(['merge', '--fail-on', 'none', a, a]);
    expect(res.code).toBe(0);
    expect(res.stderr).toMatch(/holds the same lines as .*counted twice/);
  });
});
