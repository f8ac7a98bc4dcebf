import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mayStateStatus, statusByPatterns, statusFromText } from '../../src/extract/text.js';

/**
 * The prefilter in front of the status patterns may only spare lines no pattern matches: wherever
 * a pattern finds a status, mayStateStatus must be true. Checked on every corpus, sample and
 * fixture line and on statuses written next to the characters that end a number or do not.
 */
function corpusLines(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...corpusLines(p));
    else if (/\.(log|ndjson|jsonl|txt|csv)$/.test(name)) out.push(...readFileSync(p, 'utf8').split('\n'));
  }
  return out;
}

function spared(lines: readonly string[]): string[] {
  return lines.filter((l) => statusByPatterns(l) !== null && !mayStateStatus(l));
}

describe('status prefilter', () => {
  it('spares no line a status pattern matches, on every corpus, sample and fixture line', () => {
    const lines = [...corpusLines('test/corpus'), ...corpusLines('samples'), ...corpusLines('test/fixtures')];
    const found = lines.filter((l) => statusByPatterns(l) !== null);
    expect(found.length).toBeGreaterThan(500);
    expect(spared(lines)).toEqual([]);
  });

  it('spares no status written against any following character', () => {
    const heads = ['status ', 'status=', 'HTTP ', 'HTTP/1.1 ', 'ERROR ', 'error: ', 'returned ', 'POST https://api.x.com/v1 ', '(code: ', '[', '(', 'Forbidden ('];
    const lines: string[] = [];
    for (const head of heads) for (let c = 32; c < 127; c++) lines.push(`${head}429${String.fromCharCode(c)} Too Many Requests)`);
    for (const head of heads) lines.push(`${head}429`);
    expect(lines.filter((l) => statusByPatterns(l) !== null).length).toBeGreaterThan(100);
    expect(spared(lines)).toEqual([]);
  });

  it('spares a duration and reads a status beside one', () => {
    expect(mayStateStatus('2026-11-22T00:30:50.037Z INFO run_id=run-00003 record_id=m-3-6701 synced in 145ms')).toBe(false);
    expect(statusFromText('synced in 145ms after HTTP 503')).toBe(503);
    expect(statusFromText('Request failed with status code 401')).toBe(401);
  });
});
