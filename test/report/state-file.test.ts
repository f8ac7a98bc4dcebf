import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeState } from '../../src/report/state-file.js';
import { safeJson } from '../../src/report/sanitize.js';
import { analyzeToState, createEngine } from '../../src/pipeline.js';
import { resolveInputs } from '../../src/input/open.js';
import { readState } from '../../src/input/state.js';

async function written(lines: string[]): Promise<{ pieces: string[]; whole: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'synctriage-state-file-'));
  const file = join(dir, 'log.ndjson');
  writeFileSync(file, `${lines.join('\n')}\n`);
  const state = await analyzeToState(resolveInputs([file]), createEngine());
  const whole = `${safeJson(state)}\n`;
  const pieces: string[] = [];
  await writeState(state, async (t) => {
    pieces.push(t);
  });
  return { pieces, whole };
}

describe('writeState', () => {
  it('writes the text safeJson gives, the records in batches', async () => {
    const lines = Array.from({ length: 12_000 }, (_, i) => JSON.stringify({ ts: '2026-11-22T09:00:00Z', level: 'error', destination: 'hubspot', record_id: `c-${i}`, status: 429, message: 'rate limited \u2028 "quoted"' }));
    const { pieces, whole } = await written(lines);
    expect(pieces.join('')).toBe(whole);
    // 12,000 records: three batches, and no piece holds them all.
    expect(pieces.length).toBeGreaterThanOrEqual(5);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(whole.length / 2);
    expect([...readState('x.state', pieces.join('')).records.entries]).toHaveLength(12_000);
  });

  it('writes a state without records', async () => {
    const { pieces, whole } = await written(['{"level":"info","message":"nothing failed"}']);
    expect(pieces.join('')).toBe(whole);
  });

  it('writes a live state (records as an iterator, successes as the set) as the same text', async () => {
    // Success-only records past one piece of base64 (24,576 fingerprints), and failures.
    const lines = [
      ...Array.from({ length: 30_000 }, (_, i) => JSON.stringify({ level: 'info', destination: 'hubspot', record_id: `ok-${i}`, status: 200, message: 'synced' })),
      ...Array.from({ length: 6_000 }, (_, i) => JSON.stringify({ level: 'error', destination: 'hubspot', record_id: `c-${i}`, status: 429, message: 'rate limited' })),
    ];
    const dir = mkdtempSync(join(tmpdir(), 'synctriage-state-'));
    const file = join(dir, 'a.log');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const fileForm = await analyzeToState(resolveInputs([file]), createEngine());
    const live = await analyzeToState(resolveInputs([file]), createEngine(), {}, 'live');
    expect(typeof live.records.successes).not.toBe('string');
    const pieces: string[] = [];
    await writeState(live, async (t) => {
      pieces.push(t);
    });
    expect(pieces.join('')).toBe(`${safeJson(fileForm)}\n`);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(pieces.join('').length / 2);
  });
});
