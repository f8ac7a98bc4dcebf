import { describe, expect, it } from 'vitest';
import { parseFailOn, shouldFail } from '../../src/cli/fail-on.js';
import { parseTimeArg } from '../../src/cli/time.js';
import { logTimeMs } from '../../src/timestamps.js';
import { terminalInfo } from '../../src/cli/terminal.js';
import type { Group } from '../../src/types.js';

const group = (category: Group['category'], actionable: boolean | null, baseline?: Group['baseline']) => ({ category, actionable, baseline }) as Group;

describe('--fail-on', () => {
  it.each([
    ['actionable', [group('auth', true)], true],
    ['actionable', [group('transient', false), group('unknown', null)], false],
    ['any', [group('transient', false)], true],
    ['any', [], false],
    ['none', [group('auth', true)], false],
    ['auth,plan', [group('validation', true)], false],
    ['auth,plan', [group('plan', true)], true],
    ['new-actionable', [group('auth', true, 'known')], false],
    ['new-actionable', [group('auth', true, 'new')], true],
    ['actionable,outage', [group('outage', false)], true],
    ['actionable,outage', [group('plan', true)], true],
    ['actionable,outage', [group('transient', false)], false],
    ['new-actionable,auth', [group('auth', true, 'known')], true],
  ] as const)('%s on %j', (spec, groups, expected) => {
    expect(shouldFail(parseFailOn(spec), [...groups])).toBe(expected);
  });

  it.each([
    ['', /use actionable, any, none/],
    ['nope', /unknown "nope"/],
    ['auth,nope', /unknown "nope"/],
    ['none,auth', /"none" stands alone/],
    ['auth,,plan', /an empty item in "auth,,plan"/],
    ['auth,', /an empty item/],
  ])('rejects %j with a message naming the choices', (spec, message) => {
    expect(() => parseFailOn(spec)).toThrow(message);
  });
});

describe('--since / --until', () => {
  const now = Date.parse('2026-11-23T12:00:00Z');
  it.each([
    ['24h', Date.parse('2026-11-22T12:00:00Z')],
    ['90m', Date.parse('2026-11-23T10:30:00Z')],
    ['7d', Date.parse('2026-11-16T12:00:00Z')],
    ['2026-11-22T09:00:00Z', Date.parse('2026-11-22T09:00:00Z')],
    ['2026-11-22', Date.parse('2026-11-22')],
    // No offset: UTC on every machine, as the log's own times are read.
    ['2026-11-22T09:00', Date.parse('2026-11-22T09:00:00Z')],
    ['2026-11-22 09:00:30', Date.parse('2026-11-22T09:00:30Z')],
  ])('%s', (arg, expected) => expect(parseTimeArg(arg, now)).toBe(expected));

  it('reads log times without an offset as UTC, whatever the machine\'s zone', () => {
    expect(logTimeMs('2021-08-31 13:00:24')).toBe(Date.parse('2021-08-31T13:00:24Z'));
    expect(logTimeMs('2026-11-20 03:00:01,123')).toBe(Date.parse('2026-11-20T03:00:01.123Z'));
    expect(logTimeMs('2026-11-20T03:00:01+02:00')).toBe(Date.parse('2026-11-20T01:00:01Z'));
  });

  it.each(['yesterday', '12', '2026-13-45', '2026-02-30', '2026-11-31T09:00:00Z', ''])('rejects %j', (arg) => expect(() => parseTimeArg(arg, now)).toThrow(/ISO 8601/));
});

describe('terminal decisions', () => {
  it.each([
    [{ isTTY: true }, {}, undefined, true],
    [{ isTTY: false }, {}, undefined, false],
    [{ isTTY: true }, { NO_COLOR: '1' }, undefined, false],
    [{ isTTY: false }, { FORCE_COLOR: '1' }, undefined, true],
    [{ isTTY: true }, { FORCE_COLOR: '0' }, undefined, false],
    [{ isTTY: true }, { TERM: 'dumb' }, undefined, false],
    [{ isTTY: false }, {}, true, true],
    [{ isTTY: true }, {}, false, false],
  ] as const)('stream %j env %j flag %s → colour %s', (stream, env, flag, color) => {
    expect(terminalInfo(stream, env as NodeJS.ProcessEnv, flag).color).toBe(color);
  });

  it('keeps links plain outside known terminals and in CI', () => {
    const iterm = { TERM: 'xterm-256color', TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.5.0' };
    expect(terminalInfo({ isTTY: true }, iterm, undefined).hyperlinks).toBe(true);
    expect(terminalInfo({ isTTY: true }, { ...iterm, TERM_PROGRAM_VERSION: '3.0.0' }, undefined).hyperlinks).toBe(false);
    expect(terminalInfo({ isTTY: true }, { ...iterm, CI: 'true' }, undefined).hyperlinks).toBe(false);
    expect(terminalInfo({ isTTY: true }, { TERM: 'xterm-256color' }, undefined).hyperlinks).toBe(false);
    // FORCE_HYPERLINK decides either way (a pipe into `less -R`); else no links without colour.
    expect(terminalInfo({ isTTY: true }, { TERM: 'xterm-256color', FORCE_HYPERLINK: '1' }, undefined).hyperlinks).toBe(true);
    expect(terminalInfo({ isTTY: true }, { ...iterm, FORCE_HYPERLINK: '0' }, undefined).hyperlinks).toBe(false);
    expect(terminalInfo({ isTTY: false }, { ...iterm, FORCE_HYPERLINK: '1' }, undefined).hyperlinks).toBe(true);
    expect(terminalInfo({ isTTY: false }, iterm, undefined).hyperlinks).toBe(false);
    expect(terminalInfo({ isTTY: true }, { ...iterm, NO_COLOR: '1' }, undefined).hyperlinks).toBe(false);
    expect(process.env.TERM_PROGRAM_VERSION).not.toBe('3.0.0');
  });

  it('takes the width from the terminal, else COLUMNS, else 120', () => {
    expect(terminalInfo({ isTTY: true, columns: 100 }, { COLUMNS: '80' }, undefined).width).toBe(100);
    expect(terminalInfo({ isTTY: false }, { COLUMNS: '80' }, undefined).width).toBe(80);
    expect(terminalInfo({ isTTY: false }, { COLUMNS: 'wide' }, undefined).width).toBe(120);
    expect(terminalInfo({ isTTY: false }, {}, undefined).width).toBe(120);
  });
});
