import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PROVIDERS } from '../../src/providers/index.js';
import { HintIndex, requiredLiteral } from '../../src/providers/hint-index.js';

describe('the literal every match of a hint contains', () => {
  it.each([
    ['api\\.hubapi\\.com', 'api.hubapi.com'],
    ['[\\w-]+\\.freshdesk\\.com', '.freshdesk.com'],
    ['(?:www\\.)?googleapis\\.com/bigquery', 'googleapis.com/bigquery'],
    ['(?<!type\\.)googleapis\\.com', 'googleapis.com'],
    ['Clickup\\w*Error', 'clickup'],
    ['api2?\\.amplitude\\.com', '.amplitude.com'],
    ['AADSTS\\d{5,7}', 'aadsts'],
    ['braintree(?:gateway|_php)?', 'braintree'],
    ['https?://x\\.io', '://x.io'],
    ['ab+cdef', 'bcdef'],
    ['a{0,2}bcd', 'bcd'],
    ['DocuSign\\\\eSign', 'docusign\\esign'],
    ['[a-z]{2,}xyz', 'xyz'],
    ['@?octokit', 'octokit'],
  ])('%s → %s', (hint, literal) => expect(requiredLiteral(hint)).toBe(literal));

  it.each([
    ['stripe|braintree', 'an alternation at the top'],
    ['\\x41bc', 'an escape it does not read'],
    ['(abc', 'an unclosed group'],
    ['abc{x}', 'a brace that is no quantifier'],
    ['\\1abc', 'a back-reference'],
  ])('%s → none (%s)', (hint) => expect(requiredLiteral(hint)).toBeNull());
});

describe('the hint index finds what one combined pattern finds', () => {
  const lists = BUILTIN_PROVIDERS.filter((p) => (p.hints ?? []).length > 0).map((p) => (p.hints ?? []).filter((h) => !h.startsWith('/')));
  const combined = new RegExp(
    `(?<![A-Za-z0-9_])(?:(?:tap|target|source|destination)_)?(?:${lists.map((l) => `(${l.join('|') || '(?!)'})`).join('|')})(?![A-Za-z0-9_])`,
    'i',
  );
  const index = new HintIndex(lists);
  const expected = (text: string) => {
    const m = combined.exec(text);
    return m === null ? null : { index: m.index, length: m[0].length, provider: m.findIndex((g, i) => i > 0 && g !== undefined) - 1 };
  };

  it('on every line of the real-log and body corpora', () => {
    const root = join(import.meta.dirname, '..', 'corpus');
    let lines = 0;
    let named = 0;
    for (const dir of readdirSync(root)) {
      for (const file of readdirSync(join(root, dir))) {
        for (const line of readFileSync(join(root, dir, file), 'utf8').split('\n')) {
          const want = expected(line);
          expect(index.exec(line), line).toEqual(want);
          lines++;
          if (want !== null) named++;
        }
      }
    }
    // The corpora are large and name many providers: the comparison is not vacuous.
    expect(lines).toBeGreaterThan(5000);
    expect(named).toBeGreaterThan(1000);
  });

  it('from a later position, as a fresh search of the rest', () => {
    const text = 'models/staging/hubspot/x.sql: Access Denied: BigQuery BigQuery: Permission denied';
    const first = index.exec(text);
    expect(first).not.toBeNull();
    const from = (first?.index ?? 0) + (first?.length ?? 0);
    const rest = expected(text.slice(from));
    expect(index.exec(text, from)).toEqual(rest === null ? null : { ...rest, index: rest.index + from });
  });

  it('a line that names no provider finds none', () => {
    expect(index.exec('2026-01-01T00:00:00Z INFO fetched 500 rows in 20 ms')).toBeNull();
  });
});
