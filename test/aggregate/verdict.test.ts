import { describe, expect, it } from 'vitest';
import { verdictFor } from '../../src/aggregate/verdict.js';
import type { Group } from '../../src/types.js';

/** A group as the aggregator leaves it, with only what a case sets changed. */
function group(over: Partial<Group>): Group {
  return {
    key: 'k',
    category: 'validation',
    actionable: true,
    destination: 'hubspot',
    cause: 'c',
    field: null,
    summary: 'Bad value',
    fix: 'Fix the mapping.',
    link: null,
    retry: 'never',
    rule: 'r',
    count: 3,
    records: 3,
    recordsCapped: false,
    statuses: {},
    firstSeen: null,
    lastSeen: null,
    timeline: null,
    first: { input: 'x', line: 1 },
    samples: [],
    condensed: [],
    recovered: null,
    stillFailing: null,
    persistent: false,
    blocksRun: false,
    wastedCalls: 0,
    callsAfter: false,
    runs: 1,
    ...over,
  } as Group;
}

describe('verdict: what it claims, the log shows', () => {
  it('says unaffected records go through only where calls went through after the cause', () => {
    expect(verdictFor([group({ callsAfter: true })]).text).toContain('Keep syncing: unaffected records go through.');
    const none = verdictFor([group({ callsAfter: false })]).text;
    expect(none).not.toContain('go through');
    expect(none).toContain('Keep syncing the records it does not affect.');
  });

  it('a cause whose records all went through later is not the first thing to fix', () => {
    const healed = group({ summary: '`email` invalid', recovered: 1, stillFailing: 0, records: 1 });
    const v = verdictFor([healed, group({ category: 'transient', actionable: false, persistent: true, stillFailing: 2, summary: 'Rate limited', statuses: { '429': 2 } })]);
    expect(v.text).not.toMatch(/^Fix first/);
    expect(v.text).toMatch(/^Watch: Rate limited/);
    const alone = verdictFor([healed]);
    expect(alone.action).toBe('fix-and-continue');
    expect(alone.text).toMatch(/^Fix before the next run: .*all of which went through later/);
    // Still failing records keep it first.
    expect(verdictFor([group({ recovered: 1, stillFailing: 2 })]).text).toMatch(/^Fix first/);
  });

  it('a pause for a blocking cause still counts the other actionable causes', () => {
    const v = verdictFor([group({ category: 'auth', blocksRun: true, fix: 'Reconnect; pause the sync until then.' }), group({ category: 'plan', summary: 'Daily limit' })]);
    expect(v.action).toBe('pause-sync');
    expect(v.text).toContain('1 more actionable cause below.');
  });

  it("a persistent transient cause gets its own fix, not a rate limit's advice", () => {
    const v = verdictFor([group({ category: 'transient', actionable: false, persistent: true, stillFailing: 2, summary: 'Temporary DNS failure', fix: 'Check the sync host’s resolver.' })]);
    expect(v.action).toBe('wait');
    expect(v.text).toContain('Check the sync host’s resolver.');
    expect(v.text).not.toContain('Retry-After');
    const limited = verdictFor([group({ category: 'transient', actionable: false, persistent: true, stillFailing: 2, summary: 'Rate limited', statuses: { '429': 2 } })]);
    expect(limited.text).toContain('honour Retry-After');
  });
});
