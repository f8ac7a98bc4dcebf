import { describe, expect, it } from 'vitest';
import { renderTable } from '../../src/report/table.js';
import { analyze, createEngine } from '../../src/pipeline.js';
import { resolveInputs } from '../../src/input/open.js';
import { join } from 'node:path';

const SAMPLES = join(__dirname, '..', '..', 'samples');

describe('the table fits the terminal', () => {
  it.each([60, 80, 120])('at %i columns every line but a link fits, and words are not cut', async (width) => {
    const summary = await analyze(resolveInputs(['mixed.log', 'hubspot-auth-expired.ndjson', 'rate-limit-storm.ndjson'].map((f) => join(SAMPLES, f))), createEngine());
    const text = renderTable(summary, { color: false, hyperlinks: false, width });
    const lines = text.trimEnd().split('\n');
    for (const l of lines) if (!/^\s*https?:\/\//.test(l)) expect([...l].length, l).toBeLessThanOrEqual(width);
    // The header and the verdict wrap between words: every word of them is whole on some line.
    const header = `${summary.totals.lines} lines`;
    expect(lines.some((l) => l.includes(header))).toBe(true);
    const verdictStart = lines.findIndex((l) => l.startsWith('Verdict: '));
    const verdict = lines.slice(verdictStart).join(' ');
    expect(verdict).toBe(`Verdict: ${summary.verdict.text}`);
  });

  it('never lays out narrower than 60 columns', async () => {
    const summary = await analyze(resolveInputs([join(SAMPLES, 'mixed.log')]), createEngine());
    const narrow = renderTable(summary, { color: false, hyperlinks: false, width: 30 });
    expect(narrow).toBe(renderTable(summary, { color: false, hyperlinks: false, width: 60 }));
  });
});
