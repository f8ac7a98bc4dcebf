// examples/dask/triage.py: each file a Dask task writing a state with the CLI, one merge; over
// several gzip files it prints the summary one run gives. Needs Debian's python3-distributed
// (.ci/run installs it); where no python3 can import it, the test says so and is skipped.
import { spawnSync } from 'node:child_process';
import { copyFileSync, createReadStream, createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, sample, tempDir } from './run-cli.js';

const PYTHON = ['/usr/bin/python3', 'python3'].find((py) => spawnSync(py, ['-c', 'import dask.distributed'], { stdio: 'ignore' }).status === 0);
if (PYTHON === undefined) console.warn('dask example test skipped: no python3 here imports dask.distributed (apt-get install python3-distributed)');

const tmp = tempDir('synctriage-dask-');
afterAll(() => tmp.cleanup());

async function gzipped(name: string): Promise<string> {
  const out = join(tmp.dir, `${name}.gz`);
  await pipeline(createReadStream(sample(name)), createGzip(), createWriteStream(out));
  return out;
}

describe.skipIf(PYTHON === undefined)('examples/dask/triage.py', () => {
  it('over several gzip files on a local cluster of two workers, prints the summary one run gives', async () => {
    const files = [await gzipped('hubspot-auth-expired.ndjson'), await gzipped('mixed.log'), await gzipped('validation-fields.ndjson')];
    const plain = join(tmp.dir, 'outage.log');
    copyFileSync(sample('outage.log'), plain);
    files.push(plain);
    const dask = spawnSync(PYTHON as string, [join(ROOT, 'examples', 'dask', 'triage.py'), '--workers', '2', '--fail-on', 'none', ...files], { encoding: 'utf8', timeout: 120_000 });
    expect(dask.status, dask.stderr).toBe(0);
    const one = await runCli(['--format', 'json', '--fail-on', 'none', '--jobs', '1', ...files]);
    expect(one.code).toBe(0);
    const strip = (text: string) => {
      const s = JSON.parse(text) as { groups: unknown[] };
      expect(s.groups.length).toBeGreaterThan(3);
      return s;
    };
    expect(strip(dask.stdout)).toEqual(strip(one.stdout));
  }, 150_000);

  it('exits with the merge’s code when findings match --fail-on', () => {
    const dask = spawnSync(PYTHON as string, [join(ROOT, 'examples', 'dask', 'triage.py'), '--workers', '1', sample('hubspot-auth-expired.ndjson')], { encoding: 'utf8', timeout: 120_000 });
    expect(dask.status, dask.stderr).toBe(1);
    expect(JSON.parse(dask.stdout).verdict.action).not.toBe('none');
  }, 150_000);
});
