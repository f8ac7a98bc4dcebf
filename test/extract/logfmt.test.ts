import { describe, expect, it } from 'vitest';
import { looksLikeLogfmt, parseLogfmt } from '../../src/extract/logfmt.js';
import { DEFAULT_KEYS } from '../../src/extract/keys.js';

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

  it('an unquoted message runs to the next key; an unquoted date takes its time; other bare words stay message text', () => {
    const keys = DEFAULT_KEYS;
    expect(parseLogfmt('time=2021-08-31 13:00:24 log_level=ERROR message=Command failed. Return code: 1', 100, keys)).toEqual({
      time: '2021-08-31 13:00:24',
      log_level: 'ERROR',
      message: 'Command failed. Return code: 1',
    });
    expect(parseLogfmt('ts=2026-01-01T00:00:00Z level=error connection refused', 100, keys)).toEqual({ ts: '2026-01-01T00:00:00Z', level: 'error', msg: 'connection refused' });
    // A quoted message is whole: bare words after it are the line's own text.
    expect(parseLogfmt('msg="sync failed" retrying soon', 100, keys)).toEqual({ msg: 'sync failed retrying soon' });
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
