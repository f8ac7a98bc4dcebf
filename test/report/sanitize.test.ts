import { describe, expect, it } from 'vitest';
import { clip, escapeForTerminal, safeJson } from '../../src/report/sanitize.js';
import { thousands } from '../../src/thousands.js';

describe('escapeForTerminal', () => {
  it.each([
    ['plain text', 'plain text'],
    ['\u001b[31mred\u001b[0m', '\\x1b[31mred\\x1b[0m'],
    ['\u001b]8;;http://evil\u0007link\u001b]8;;\u0007', '\\x1b]8;;http://evil\\x07link\\x1b]8;;\\x07'],
    ['nul\u0000byte', 'nul\\x00byte'],
    ['tab\there', 'tab\\there'],
    ['c1\u009bcsi', 'c1\\u009bcsi'],
    ['bidi\u202egnp.exe', 'bidi\\u202egnp.exe'],
    ['del\u007f', 'del\\x7f'],
    ['rlm\u200fand alm\u061c', 'rlm\\u200fand alm\\u061c'],
    ['zero\u200bwidth\u200dx\u2060y\ufeff', 'zero\\u200bwidth\\u200dx\\u2060y\\ufeff'],
    ['isolate\u2067x\u2069', 'isolate\\u2067x\\u2069'],
    ['ünïcödé ok', 'ünïcödé ok'],
  ])('%j → %j', (input, expected) => {
    expect(escapeForTerminal(input)).toBe(expected);
  });

  it('clips after escaping, never leaving half an escape sequence raw', () => {
    const out = clip(`${'a'.repeat(10)}\u001b[31m${'b'.repeat(100)}`, 20);
    expect(out).not.toContain('\u001b');
    expect(out.length).toBe(20);
    expect(out.endsWith('…')).toBe(true);
  });
});

describe('safeJson', () => {
  it('escapes what JSON.stringify leaves raw (C1, DEL, bidi, line separators) and still parses back', () => {
    const value = { m: 'a\u009bb\u007fc\u202ed\u2028e\u001bf\u200bg\u200fh\u061c' };
    const text = safeJson(value);
    expect(text).not.toMatch(/[\u007f-\u009f\u2028\u202e\u001b\u200b\u200f\u061c]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('thousands', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [48210, '48,210'],
    [1234567, '1,234,567'],
  ])('%d → %s', (n, s) => expect(thousands(n)).toBe(s));
});
