import { describe, expect, it } from 'vitest';
import { renderTable } from '../../src/report/table.js';
import { analyze, analyzeToState, createEngine, mergeStates } from '../../src/pipeline.js';
import { readState } from '../../src/input/state.js';
import type { AggregatorState } from '../../src/aggregate/state.js';
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

  it.each([60, 80, 120])('at %i columns the category and a seven-digit count keep every character', async (width) => {
    const summary = await analyze(resolveInputs([join(SAMPLES, 'permissions.log')]), createEngine());
    // A storm's count: the column widens for it rather than cut its digits.
    summary.groups[0].count = 2_000_000;
    const text = renderTable(summary, { color: false, hyperlinks: false, width });
    expect(text).toContain('2,000,000');
    expect(text).toMatch(/^ permissions /m);
    for (const l of text.trimEnd().split('\n')) if (!/^\s*https?:\/\//.test(l)) expect([...l].length, l).toBeLessThanOrEqual(width);
  });

  it('never lays out narrower than 60 columns', async () => {
    const summary = await analyze(resolveInputs([join(SAMPLES, 'mixed.log')]), createEngine());
    const narrow = renderTable(summary, { color: false, hyperlinks: false, width: 30 });
    expect(narrow).toBe(renderTable(summary, { color: false, hyperlinks: false, width: 60 }));
  });
});

describe('samples in the table', () => {
  it('are in short by default (status · record · message) and raw with rawSamples', async () => {
    const summary = await analyze(resolveInputs([join(SAMPLES, 'mixed.log')]), createEngine());
    const short = renderTable(summary, { color: false, hyperlinks: false, width: 120 });
    expect(short).toContain('e.g. 403 · record deal-0032 · Couldn');
    expect(short).not.toMatch(/e\.g\. \{"ts"/);
    const raw = renderTable(summary, { color: false, hyperlinks: false, width: 120, rawSamples: true });
    expect(raw).toMatch(/e\.g\. \{"ts":"2026-11-22T09:00:32Z"/);
    // One condensed form per raw sample, in JSON too.
    for (const g of summary.groups) expect(g.condensed).toHaveLength(g.samples.length);
  });

  it('a state written before condensed samples still merges: the raw sample stands in', async () => {
    const engine = createEngine();
    const state = await analyzeToState(resolveInputs([join(SAMPLES, 'mixed.log')]), engine);
    const old = JSON.parse(JSON.stringify(state)) as AggregatorState;
    for (const g of old.groups) delete g.condensed;
    const merged = mergeStates([readState('old.state', JSON.stringify(old))], engine);
    for (const g of merged.groups) expect(g.condensed).toEqual(g.samples);
  });
});

describe('a transient group gone since the baseline', () => {
  it('shows its flag, not a storm of zero lines with a retry outcome', async () => {
    const summary = await analyze(resolveInputs([join(SAMPLES, 'rate-limit-storm.ndjson')]), createEngine());
    const g = summary.groups.find((x) => x.category === 'transient');
    expect(g).toBeDefined();
    Object.assign(g!, { baseline: 'gone', baselineCount: 2, count: 0 });
    const text = renderTable(summary, { color: false, hyperlinks: false, width: 120 });
    expect(text).toContain('[gone, was 2]');
    expect(text).not.toContain('×0');
    expect(text).not.toMatch(/retr(?:ied OK|y outcome)[^\n]*\[gone/);
  });
});
