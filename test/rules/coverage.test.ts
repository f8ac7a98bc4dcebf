import { describe, expect, it } from 'vitest';
import { classifyLine } from './rule-tester.js';
import { TABLES } from './tables.js';
import { createEngine } from '../../src/pipeline.js';
import { RULE_PLACEHOLDERS } from '../../src/rules/rule.js';

describe('rule coverage', () => {
  it('every built-in rule decides at least one case', () => {
    const decided = new Set<string>();
    for (const [, cases] of TABLES) {
      for (const c of cases) {
        const { classification } = classifyLine(c.line);
        decided.add(classification.rule);
        for (const item of classification.items ?? []) decided.add(item.rule);
      }
    }
    const undecided = createEngine()
      .classifier.rules.map((r) => r.id)
      .filter((id) => !decided.has(id));
    expect(undecided).toEqual([]);
  });

  it('no built-in rule uses a placeholder that is not filled in', () => {
    const unfilled = createEngine()
      .classifier.rules.flatMap((r) => [r.cause, r.summary, r.fix].flatMap((t) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => `${r.id}: {${m[1]}}`)))
      .filter((x) => !RULE_PLACEHOLDERS.has(x.slice(x.lastIndexOf('{') + 1, -1)));
    expect(unfilled).toEqual([]);
  });
});
