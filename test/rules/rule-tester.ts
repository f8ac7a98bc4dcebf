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
  const s = extract(line, engine.lexicon);
  return { signals: s, classification: engine.classifier.classify(s) };
}

export function runRuleCases(name: string, cases: RuleCase[]): void {
  describe(name, () => {
    it.each(cases.map((c, i) => [`${i + 1}: ${c.note ?? c.line.slice(0, 80)}`, c] as const))('%s', (_title, c) => {
      const { signals, classification } = classifyLine(c.line);
      const actual: Partial<RuleCase> = {
        category: classification.category,
        cause: classification.cause,
        field: classification.field,
        destination: signals.destination,
        rule: classification.rule,
      };
      // Compare only what the case states.
      const stated = (['category', 'cause', 'field', 'destination', 'rule'] as const).filter((k) => c[k] !== undefined);
      const got = Object.fromEntries(stated.map((k) => [k, actual[k]]));
      const want = Object.fromEntries(stated.map((k) => [k, c[k]]));
      expect(got).toEqual(want);
    });
  });
}
