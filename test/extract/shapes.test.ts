import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LineShapes } from '../../src/extract/shapes.js';
import { extract } from '../../src/extract/extract.js';
import { createEngine } from '../../src/pipeline.js';
import { generateCorpus } from '../../bench/generate.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';

/**
 * The shortcut must answer exactly what the full path answers, or not at all: every line below
 * goes through LineShapes as the pipeline sends it, and whenever a shape answers, the full path's
 * signals and decision for that line are computed too and must be equal.
 */
const engine = createEngine();

function fullPath(line: string) {
  const signals = extract(line, engine.lexicon);
  const classification = engine.classifier.classify(signals);
  return { signals, classification };
}

/** Lines through the shortcut as the pipeline does; returns how many it answered. */
function check(lines: readonly string[]): { answered: number; disagreements: string[] } {
  const shapes = new LineShapes(engine.lexicon);
  let answered = 0;
  const disagreements: string[] = [];
  for (const line of lines) {
    const known = shapes.match(line);
    const full = fullPath(line);
    if (known === null) {
      shapes.learn(line, full.signals, full.classification);
      continue;
    }
    answered++;
    try {
      expect(known.signals).toEqual(full.signals);
      expect(known.classification).toEqual(full.classification);
    } catch {
      if (disagreements.length < 5) disagreements.push(line);
    }
  }
  return { answered, disagreements };
}

function corpusLines(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...corpusLines(p));
    else if (/\.(log|ndjson|jsonl|txt)$/.test(name)) out.push(...readFileSync(p, 'utf8').split('\n'));
  }
  return out;
}

describe('line shapes answer as the full path does', () => {
  it('on every corpus, sample and fixture line', () => {
    const lines = [...corpusLines('test/corpus'), ...corpusLines('samples'), ...corpusLines('test/fixtures')];
    // Twice over: every shape seen twice is learnt by the second pass.
    const { answered, disagreements } = check([...lines, ...lines]);
    expect(disagreements).toEqual([]);
    expect(answered).toBeGreaterThan(1000);
  });

  it('on the bench corpus, where most lines take the shortcut', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shapes-'));
    const file = join(dir, 'c.log');
    await generateCorpus(file, 'ndjson', 30_000, 7);
    const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.length > 0);
    const { answered, disagreements } = check(lines);
    expect(disagreements).toEqual([]);
    expect(answered / lines.length).toBeGreaterThan(0.8);
  });

  it('on values that must not be taken for the ones learnt', () => {
    const base = (ts: string, run: string, rec: string, extra: string) => `{"ts":"${ts}","level":"info","run_id":"${run}","destination":"hubspot","record_id":"${rec}","status":200,"msg":"record synced","duration_ms":${extra}}`;
    const learnt = [base('2026-01-01T00:00:00Z', 'r1', 'a', '1'), base('2026-01-01T00:00:01Z', 'r1', 'b', '2')];
    const hostile = [
      base('2026-01-01T00:00:02Z', 'r1', 'c', '3'),
      base('x\\"', 'r1', 'c', '3'),
      base('2026', 'r1\t', 'c', '3'),
      base('2026', '', 'c', '3'),
      base('2026', 'r1', '', '3'),
      base('2026', 'r1', '{"id":"x"}', '3'),
      base('2026', 'r1', 'c', '01'),
      base('2026', 'r1', 'c', '-1.5e3'),
      base('2026', 'r1', 'c', '1.'),
      base('2026', 'r1', 'c', '"3"'),
      base('2026', 'r1', 'c', '3') + ' ',
      base('2026', 'r1', 'c', '3').replace('"status":200', '"status":500'),
      base('2026', 'r1', 'c', '3').replace('"level":"info"', '"level":"error"'),
      base('2026', 'r1', 'x'.repeat(300), '3'),
      base('2026', 'hubspot token expired', 'c', '3'),
      base('2026', 'r1', 'c', '3').replace('"msg":"record synced"', '"msg":"record synced","error":"token expired"'),
    ];
    const { answered, disagreements } = check([...learnt, ...hostile]);
    expect(disagreements).toEqual([]);
    // The first hostile line is of the shape; so are the long id, the run id with words, the odd numbers.
    expect(answered).toBeGreaterThanOrEqual(4);
  });

  it('leaves alone what the walker reads in ways of its own', () => {
    const shapes = new LineShapes(engine.lexicon);
    const learnTwice = (a: string, b: string) => {
      for (const l of [a, b]) {
        const full = fullPath(l);
        shapes.learn(l, full.signals, full.classification);
      }
    };
    // Airbyte envelopes, repeated keys, integer-like keys and escapes keep no shape.
    learnTwice('{"type":"LOG","log":{"level":"INFO","message":"a"},"ts":"1"}', '{"type":"LOG","log":{"level":"INFO","message":"a"},"ts":"2"}');
    learnTwice('{"ts":"1","ts":"x","msg":"ok"}', '{"ts":"2","ts":"x","msg":"ok"}');
    learnTwice('{"1":"a","ts":"1","msg":"ok"}', '{"1":"a","ts":"2","msg":"ok"}');
    learnTwice('{"ts":"1","msg":"a \\"b\\""}', '{"ts":"2","msg":"a \\"b\\""}');
    expect(shapes.match('{"type":"LOG","log":{"level":"INFO","message":"a"},"ts":"3"}')).toBeNull();
    expect(shapes.match('{"ts":"3","ts":"x","msg":"ok"}')).toBeNull();
    expect(shapes.match('{"1":"a","ts":"3","msg":"ok"}')).toBeNull();
    expect(shapes.match('{"ts":"3","msg":"a \\"b\\""}')).toBeNull();
    // A plain repeated line does.
    learnTwice('{"ts":"1","msg":"ok"}', '{"ts":"2","msg":"ok"}');
    expect(shapes.match('{"ts":"3","msg":"ok"}')?.signals.time).toBe('3');
  });
});
