import { describe, expect, it } from 'vitest';
import { looksLikeLogfmt, parseLogfmt } from '../../src/extract/logfmt.js';

describe('logfmt', () => {
  it.each([
    ['ts=2026-01-01T00:00:00Z level=error status=401', { ts: '2026-01-01T00:00:00Z', level: 'error', status: '401' }],
    ['msg="token expired" dest=hubspot', { msg: 'token expired', dest: 'hubspot' }],
    ['msg="say \\"hi\\"" k=v', { msg: 'say "hi"', k: 'v' }],
    ['a= b=2', { a: '', b: '2' }],
    ['a=1 bare words here', { a: '1', msg: 'bare words here' }],
    ['msg="unterminated', { msg: 'unterminated' }],
  ])('%s', (line, expected) => {
    expect(parseLogfmt(line, 100)).toEqual(expected);
  });

  it('keys named after JavaScript built-ins are ordinary keys', () => {
    const out = parseLogfmt('__proto__=x constructor=y toString=z', 10);
    expect(Object.entries(out)).toEqual([
      ['__proto__', 'x'],
      ['constructor', 'y'],
      ['toString', 'z'],
    ]);
  });

  it('caps the number of pairs read from one line', () => {
    const line = Array.from({ length: 5000 }, (_, i) => `k${i}=${i}`).join(' ');
    expect(Object.keys(parseLogfmt(line, 100)).length).toBe(100);
  });

  it.each([
    ['level=info msg=x', true],
    ['2026-01-01 ERROR x', false],
    ['{"a":1}', false],
    ['Error: connect ECONNREFUSED', false],
  ])('looksLikeLogfmt(%s) = %s', (line, expected) => expect(looksLikeLogfmt(line)).toBe(expected));
});
