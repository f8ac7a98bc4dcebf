import { describe, expect, it } from 'vitest';
import { looksLikeRubyHash, parseRubyHash } from '../../src/extract/ruby-hash.js';
import { extract } from '../../src/extract/extract.js';

describe('Ruby hash lines (Logstash before 6.0)', () => {
  it.each([
    ['{:timestamp=>"2026-01-01T00:00:00.000000+0000", :message=>"Failed to flush", :level=>:error}', { timestamp: '2026-01-01T00:00:00.000000+0000', message: 'Failed to flush', level: 'error' }],
    ['{:message=>"say \\"hi\\"", :count=>49, :ok=>false, :x=>nil}', { message: 'say "hi"', count: 49, ok: false, x: null }],
    ['{"status"=>403, :error=>{"type"=>"x", "reason"=>"y"}}', { status: 403, error: '{"type"=>"x", "reason"=>"y"}' }],
    ['{:exception=>java.io.IOException: closed, :level=>:warn}', { exception: 'java.io.IOException: closed', level: 'warn' }],
    ['{:message=>"unterminated', { message: 'unterminated' }],
    ['{"Type"=>nil,\n "Title"=>"Unauthorized",\n "Status"=>401}', { Type: null, Title: 'Unauthorized', Status: 401 }],
  ])('%s', (line, expected) => {
    expect(parseRubyHash(line, 100)).toEqual(expected);
  });

  it('JSON, text in braces and empty hashes are not Ruby hashes', () => {
    for (const line of ['{"a":1}', '{ not a hash }', '{}', '{:a b}']) expect(parseRubyHash(line, 100)).toBeNull();
    expect(looksLikeRubyHash('{:level=>:info}')).toBe(true);
  });

  it('bounds the pairs read and keeps __proto__ an ordinary key', () => {
    const line = `{${Array.from({ length: 50 }, (_, i) => `:k${i}=>${i}`).join(', ')}, :__proto__=>"x"}`;
    expect(Object.keys(parseRubyHash(line, 10) ?? {})).toHaveLength(10);
    const out = parseRubyHash('{:__proto__=>"x", :a=>1}', 10) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(out.a).toBe(1);
  });

  it('a line is read for its level, message and time', () => {
    const s = extract('{:timestamp=>"2015-05-28T11:32:58.282000+0800", :message=>"Got error to send bulk of actions", :level=>:error}');
    expect(s.format).toBe('ruby-hash');
    expect(s.level).toBe('error');
    expect(s.message).toContain('Got error to send bulk of actions');
    expect(s.time).not.toBeNull();
    expect(extract('{:timestamp=>"2015-05-28T11:32:58.282000+0800", :message=>"Pipeline started", :level=>:info}').level).toBe('info');
  });
});
