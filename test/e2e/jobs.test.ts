// --jobs: worker threads over several files and over one large file cut at event boundaries give
// the summary one thread gives (within the record cap, where it is exact).
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate.js';
import { runCli, sample, tempDir } from './run-cli.js';

const tmp = tempDir('synctriage-jobs-');
const big = join(tmp.dir, 'big.log');

beforeAll(async () => {
  // Past twice the least piece a file is cut into (16 MiB), so two jobs cut it in two.
  await generateCorpus(big, 'mixed', 240_000, 7);
}, 60_000);
afterAll(() => tmp.cleanup());

// Inputs under 128 MiB stay on one thread by default: let these files be cut.
const env = { SYNCTRIAGE_PARALLEL_MIN_BYTES: '0' };

async function both(args: string[]): Promise<[string, string]> {
  const one = await runCli(['--jobs', '1', ...args], { env });
  const two = await runCli(['--jobs', '2', ...args], { env });
  expect(one.code, one.stderr).toBe(two.code);
  expect(two.stderr).toBe('');
  return [one.stdout, two.stdout];
}

describe('--jobs', () => {
  it('cuts a large file in two and gives the same summary as one thread', async () => {
    expect(statSync(big).size).toBeGreaterThan(2 * (16 << 20));
    const [one, two] = await both(['--format', 'json', '--max-records', '1000000', '--fail-on', 'none', big]);
    const a = JSON.parse(one) as { totals: { lines: number }; groups: unknown[] };
    expect(a.totals.lines).toBe(240_000);
    expect(a.groups.length).toBeGreaterThan(3);
    expect(two).toBe(one);
  }, 60_000);

  it('gives the same table and exit code for the large file', async () => {
    const [one, two] = await both(['--max-records', '1000000', '--fail-on', 'actionable', big]);
    expect(two).toBe(one);
  }, 60_000);

  it('reads several files side by side in their order, one of them cut, with a config file', async () => {
    const config = join(tmp.dir, 'synctriage.config.json');
    writeFileSync(config, JSON.stringify({ rules: [{ id: 'acme/quota', category: 'plan', message: 'Monthly export quota', summary: 'Acme monthly quota used up', fix: 'Raise the Acme plan.' }] }));
    const acme = join(tmp.dir, 'acme.log');
    writeFileSync(acme, '2026-11-22T10:00:00Z ERROR acme export failed: Monthly export quota reached (record_id=7)\n');
    // More pieces than jobs (the large file is cut in two): workers read them all, this thread merges.
    const files = [sample('hubspot-auth-expired.ndjson'), acme, big, sample('mixed.log'), sample('validation-fields.ndjson')];
    const [one, two] = await both(['--config', config, '--format', 'json', '--max-records', '1000000', '--fail-on', 'none', ...files]);
    expect(two).toBe(one);
    expect(one).toContain('acme/quota');
  }, 60_000);

  it('refuses a count that is not a positive number', async () => {
    const r = await runCli(['--jobs', '0', sample('mixed.log')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--jobs/);
  });
});
