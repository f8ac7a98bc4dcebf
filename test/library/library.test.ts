// The library's entry points as a caller uses them: lines and iterables in, the summary out; a
// wrong argument gets a TypeError naming it, not a failure deep inside.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { classifyLine, triage } from '../../src/index.js';

describe('library', () => {
  it('classifyLine gives the decision of one line', () => {
    expect(classifyLine('{"level":"error","destination":"hubspot","status":401,"category":"EXPIRED_AUTHENTICATION"}')).toMatchObject({ category: 'auth', destination: 'hubspot', actionable: true });
  });

  it('classifyLine refuses what is not text with a TypeError that says so', () => {
    expect(() => classifyLine(42 as unknown as string)).toThrow(/classifyLine: text must be a string, not number/);
    expect(() => classifyLine(null as unknown as string)).toThrow(/not null/);
  });

  it('triage reads lines from an iterable and chunks from a Readable alike', async () => {
    const lines = ['{"level":"error","destination":"stripe","status":429,"error":{"type":"rate_limit_error"}}', '{"level":"info","msg":"ok"}'];
    const a = await triage(lines.values());
    const b = await triage(Readable.from([Buffer.from(`${lines.join('\n')}\n`)]));
    expect(a.totals).toEqual(b.totals);
    expect(a.groups[0]).toMatchObject({ category: 'transient', destination: 'stripe', count: 1 });
  });

  it('triage takes many lines, and lines mixed with chunks, as the same text read from a file', async () => {
    // Enough lines to fill several of the reader's chunks, some ending in a newline, some not.
    const lines = Array.from({ length: 5000 }, (_, i) =>
      i % 7 === 0 ? `{"level":"error","destination":"stripe","status":429,"record_id":"r${i}","error":{"type":"rate_limit_error"}}\n` : `{"level":"info","record_id":"r${i}","msg":"record synced ${'x'.repeat(i % 50)}"}`,
    );
    const text = lines.map((l) => (l.endsWith('\n') ? l : `${l}\n`)).join('');
    const fromLines = await triage(lines.values());
    const fromText = await triage(Readable.from([Buffer.from(text)]));
    const mixed = await triage([...lines.slice(0, 2500), Buffer.from(lines.slice(2500).map((l) => (l.endsWith('\n') ? l : `${l}\n`)).join(''))].values());
    expect(fromLines.totals).toEqual(fromText.totals);
    expect(fromLines.totals.lines).toBe(5000);
    expect(mixed.totals).toEqual(fromText.totals);
    expect(fromLines.groups).toEqual(fromText.groups.map((g) => ({ ...g, first: { ...g.first } })));
  });
});
