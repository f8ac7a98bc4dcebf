// User regular expressions (config rules, masks, provider hints) cannot hang the tool: a pattern that
// can backtrack catastrophically is refused when the config is loaded, naming its path; every other
// pattern runs on the native engine exactly as before.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfig } from '../../src/config/config.js';
import { regexRisk } from '../../src/config/regex-safety.js';
import { BUILTIN_PROVIDERS } from '../../src/providers/index.js';
import { packsFor } from '../../src/rules/index.js';
import { ProviderIndex } from '../../src/providers/knowledge.js';
import { MASKS } from '../../src/rules/masks.js';
import { runCli, sample, STACK_FRAME, tempDir } from '../e2e/run-cli.js';

/** Known catastrophic patterns: each hangs the backtracking engine on a line of a few dozen characters. */
const CATASTROPHIC = ['(a+)+$', '(a|aa)+$', '^(\\w+\\s?)*$', '(x+x+)+y'];

const rule = (extra: Record<string, unknown>) => ({ id: 'r', category: 'plan', summary: 's', ...extra });

describe('config regular expressions: catastrophic patterns are refused', () => {
  it.each(CATASTROPHIC)('%s is refused in every place a config holds a pattern, quickly', (p) => {
    const started = Date.now();
    // Hints must not capture (their groups would shift the providers'); the same pattern, non-capturing.
    const hint = p.replace(/\((?!\?)/g, '(?:');
    const places: [unknown, string, string?][] = [
      [{ rules: [rule({ code: 'X' }), rule({ id: 'q', message: p })] }, 'c.json: rules[1].message: '],
      [{ rules: [rule({ code: 'X', fieldFrom: p })] }, 'c.json: rules[0].fieldFrom: '],
      [{ rules: [rule({ code: 'X', policy: p })] }, 'c.json: rules[0].policy: '],
      [{ masks: [{ pattern: p, mask: '<x>' }] }, 'c.json: masks[0].pattern: '],
      [{ providers: [{ name: 'acme', hints: ['acme\\.io', hint] }] }, 'c.json: providers[0].hints[1]: ', hint],
      [{ providers: [{ name: 'acme', rules: [rule({ message: p })] }] }, 'c.json: providers[0].rules[0].message: '],
    ];
    for (const [raw, where, shown = p] of places) {
      expect(() => parseConfig(raw, 'c.json')).toThrow(`${where}${JSON.stringify(shown)} can take exponential time`);
    }
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it.each([
    ['(a+)+$', 'exponential'],
    ['(a|aa)+$', 'exponential'],
    ['^(\\w+\\s?)*$', 'exponential'],
    ['(x+x+)+y', 'exponential'],
    ['(ab?|b)+$', 'exponential'],
    ['(a*)*b', 'exponential'],
    ['(\\w|\\d)+$', 'exponential'],
    ['(a|A)+$', 'exponential'], // the same letter under the `i` flag
    ['(?:a{1,3})+$', 'exponential'], // a range of counts splits a text as + does
    ['x(?=(a+)+$)', 'exponential'], // inside a lookahead
    ['.*a.*b', 'polynomial'], // cubic with the search: 33 s on one 4 KiB line
    ['.*quota.*exceeded', 'polynomial'],
  ])('%s is %s', (p, kind) => {
    expect(regexRisk(p, 'i')?.kind).toBe(kind);
  });

  it.each([
    'quota .* used',
    'OOMKilled|out of memory',
    'field (\\w+) is (?:required|invalid)',
    'could not (?:connect|reach) .* after \\d+ attempts',
    'error: .* timeout .*', // the last .* cannot fail: the match ends there
    '(a+)+', // nothing after the loop can fail, so it never backtracks
    '^.*failed.*$',
    '(?:\\w+\\s)*\\w+$',
    "(?: or '\\w+')*x",
    '(?:\\d{1,3}\\.){3}\\d{1,3}',
    '[a-f0-9]{32}',
    'ORD-[0-9]+',
    '(?<=id=)\\d+|(\\w+)\\1',
  ])('ordinary pattern %s is accepted', (p) => {
    expect(regexRisk(p, 'i')).toBeNull();
  });

  it('accepts every built-in rule pattern, hint and mask (the check refuses no pattern of the kind the tool ships)', () => {
    const packs = packsFor(new ProviderIndex(BUILTIN_PROVIDERS));
    const patterns: [string, RegExp][] = [];
    for (const pack of packs) {
      for (const r of pack.rules) for (const k of ['message', 'policy', 'fieldFrom'] as const) if (r[k] !== undefined) patterns.push([`${r.id}.${k}`, r[k] as RegExp]);
    }
    for (const m of MASKS) patterns.push([`mask ${m.mask}`, m.pattern]);
    const hints = BUILTIN_PROVIDERS.flatMap((p) => (p.hints ?? []).map((h): [string, RegExp] => [`${p.name} hint`, new RegExp(`(?:${h})(?![A-Za-z0-9_])`, 'i')]));
    expect(patterns.length).toBeGreaterThan(200);
    const refused = [...patterns, ...hints].filter(([, re]) => regexRisk(re.source, re.flags) !== null).map(([id, re]) => `${id}: ${re.source}`);
    expect(refused).toEqual([]);
  });

  it('a safe pattern still matches as before', () => {
    const c = parseConfig(
      {
        rules: [rule({ message: 'quota .* used', fieldFrom: 'field (\\w+) is', policy: 'daily|per-day' })],
        masks: [{ pattern: 'ORD-[0-9]+', mask: '<order>' }],
        providers: [{ name: 'acme', hints: ['billing\\.acme\\.internal'] }],
      },
      'c.json',
    );
    const r = c.rules[0];
    expect(r.message?.test('Quota 3 USED')).toBe(true);
    expect(r.message?.flags).toBe('i');
    expect(r.fieldFrom?.exec('field Email is required')?.[1]).toBe('Email');
    expect(r.policy?.test('DAILY')).toBe(true);
    expect('ORD-12 and ORD-7'.replace(c.masks[0].pattern, c.masks[0].mask)).toBe('<order> and <order>');
    expect(c.providers[0].hints).toEqual(['billing\\.acme\\.internal']);
  });

  it.each(CATASTROPHIC)('the CLI refuses %s with one line and exit 2, without hanging', async (p) => {
    const { dir, cleanup } = tempDir();
    try {
      const config = join(dir, 'c.json');
      writeFileSync(config, JSON.stringify({ rules: [rule({ code: 'A' }), rule({ id: 'b', code: 'B' }), rule({ id: 'c', message: p })] }));
      const line = `${JSON.stringify({ level: 'error', message: `${'a'.repeat(40)} ${'word '.repeat(20)}${'x'.repeat(40)}!` })}\n`;
      const res = await runCli(['--config', config, '-'], { input: line.repeat(20), timeoutMs: 20_000 });
      expect(res.timedOut).toBe(false);
      expect(res.code).toBe(2);
      expect(res.stdout).toBe('');
      expect(res.stderr.trim().split('\n')).toHaveLength(1);
      expect(res.stderr).toContain(`${config}: rules[2].message: ${JSON.stringify(p)} can take exponential time`);
      expect(res.stderr).not.toMatch(STACK_FRAME);
    } finally {
      cleanup();
    }
  });

  it('the CLI still runs a config with ordinary patterns', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const config = join(dir, 'c.json');
      writeFileSync(config, JSON.stringify({ rules: [rule({ category: 'outage', message: 'worker crashed while mapping row \\d+', summary: 'Mapper crash' })] }));
      const res = await runCli(['--config', config, '--json', '--fail-on', 'none', sample('mixed.log')], { timeoutMs: 30_000 });
      expect(res.code).toBe(0);
      const json = JSON.parse(res.stdout) as { groups: { rule: string; count: number }[] };
      expect(json.groups.find((g) => g.rule === 'config/r')?.count).toBeGreaterThan(0);
    } finally {
      cleanup();
    }
  });
});
