import { describe, expect, it } from 'vitest';
import type { Category } from '../../src/types.js';
import { createEngine } from '../../src/pipeline.js';
import { extract } from '../../src/extract/extract.js';

/**
 * One log line in, the expected decision out: the RuleTester of synctriage. Only the keys a case
 * states are asserted (category always; cause, field, destination, rule when given).
 */
export interface RuleCase {
  line: string;
  category: Category;
  cause?: string;
  /** null asserts that no field is named. */
  field?: string | null;
  destination?: string | null;
  rule?: string;
  /** Why this case exists (the provider fact it pins down). */
  note?: string;
}

const engine = createEngine();

export function classifyLine(line: string) {
  const s = extract(line, engine.keys);
  return { signals: s, classification: engine.classifier.classify(s) };
}

export function runRuleCases(name: string, cases: RuleCase[]): void {
  describe(name, () => {
    it.each(cases.map((c, i) => [`${i + 1}: ${c.note ?? c.line.slice(0, 80)}`, c] as const))('%s', (_title, c) => {
      const { signals, classification } = classifyLine(c.line);
      const got: Partial<RuleCase> = { category: classification.category };
      const want: Partial<RuleCase> = { category: c.category };
      if (c.cause !== undefined) {
        got.cause = classification.cause;
        want.cause = c.cause;
      }
      if (c.field !== undefined) {
        got.field = classification.field;
        want.field = c.field;
      }
      if (c.destination !== undefined) {
        got.destination = signals.destination;
        want.destination = c.destination;
      }
      if (c.rule !== undefined) {
        got.rule = classification.rule;
        want.rule = c.rule;
      }
      expect(got).toEqual(want);
    });
  });
}
