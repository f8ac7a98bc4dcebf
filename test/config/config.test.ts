import { describe, expect, it } from 'vitest';
import { EMPTY_CONFIG, fillLink, findConfig, loadConfig, parseConfig } from '../../src/config/config.js';
import { readBaseline } from '../../src/input/baseline.js';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('config file', () => {
  it('reads links, rules, fields and destinations', () => {
    const c = parseConfig(
      {
        links: { HubSpot: { auth: 'https://x/{destination}/{category}' } },
        rules: [{ id: 'quota', category: 'plan', code: 'ACME_QUOTA', message: 'quota .* used', summary: 'Quota used', status: [429] }],
        fields: { rec: 'recordId' },
        destinations: { 'crm-prod': 'salesforce' },
      },
      'c.json',
    );
    expect(c.links.hubspot.auth).toBe('https://x/{destination}/{category}');
    expect(c.rules[0]).toMatchObject({ id: 'config/quota', category: 'plan', cause: 'quota', code: ['ACME_QUOTA'], status: [429], fix: '' });
    expect(c.rules[0].message?.test('Quota 3 USED')).toBe(true);
    expect(c.fields).toEqual({ rec: 'recordId' });
    expect(c.destinations).toEqual({ 'crm-prod': 'salesforce' });
  });

  it.each([
    [[], 'c.json: top level: must be a JSON object'],
    [{ linkz: {} }, 'c.json: linkz: unknown key'],
    [{ links: { hubspot: { authz: 'u' } } }, 'c.json: links.hubspot.authz: unknown category'],
    [{ rules: [{ id: 'x', category: 'nope', summary: 's', code: 'C' }] }, 'c.json: rules[0].category: must be one of'],
    [{ rules: [{ id: 'x', category: 'plan', summary: 's', message: '(' }] }, 'c.json: rules[0].message: invalid regular expression'],
    [{ rules: [{ id: 'x', category: 'plan', summary: 's' }] }, 'c.json: rules[0]: needs at least one of code, message, status'],
    [{ rules: [{ category: 'plan', summary: 's', code: 'C' }] }, 'c.json: rules[0].id: is required'],
    [{ rules: [{ id: 'x', category: 'plan', summary: 's', code: 'C', stauts: 1 }] }, 'c.json: rules[0].stauts: unknown key'],
    [{ rules: [{ id: 'x', category: 'plan', summary: 's', status: 99 }] }, 'c.json: rules[0].status: must be an HTTP status'],
    [{ rules: [{ id: 'x', category: 'plan', summary: 's', code: 'C' }, { id: 'x', category: 'auth', summary: 's', code: 'D' }] }, 'duplicate id'],
    [{ fields: { rec: 'recordID' } }, 'c.json: fields.rec: role must be one of'],
    [{ destinations: { a: 1 } }, 'c.json: destinations.a: must be a destination name'],
    [{ masks: {} }, 'c.json: masks: must be an array'],
    [{ masks: [{ pattern: 'ORD-\\d+' }] }, 'c.json: masks[0].mask: must be a token'],
    [{ masks: [{ pattern: '(', mask: '<order>' }] }, 'c.json: masks[0].pattern: invalid regular expression'],
    [{ masks: [{ pattern: 'x', mask: '<x>', flags: 'i' }] }, 'c.json: masks[0].flags: unknown key'],
  ])('%j → %s', (raw, message) => {
    expect(() => parseConfig(raw, 'c.json')).toThrow(message);
  });

  it('reads masks that run before the built-in ones', async () => {
    const { createEngine } = await import('../../src/pipeline.js');
    const { MASKS } = await import('../../src/rules/masks.js');
    const { emptySignals } = await import('../../src/extract/signals.js');
    const c = parseConfig({ masks: [{ pattern: 'warehouse [a-z]+', mask: '<warehouse>' }] }, 'c.json');
    const engine = createEngine({ masks: [...c.masks, ...MASKS] });
    const causeOf = (message: string) => {
      const s = emptySignals('text');
      s.message = message;
      s.level = 'error';
      return engine.classifier.classify(s).cause;
    };
    expect(causeOf('load stuck in warehouse berlin')).toBe('load stuck in <warehouse>');
    expect(causeOf('load stuck in warehouse paris')).toBe(causeOf('load stuck in warehouse berlin'));
  });

  it('URL-encodes template values so a field name cannot break the link', () => {
    expect(fillLink('https://w/{destination}#{field}', { destination: 'hubspot', category: 'validation', field: 'a b/c', cause: '' })).toBe('https://w/hubspot#a%20b%2Fc');
    // A value the group lacks: no link from this template (the default one is used), never `…/mapping/#`.
    expect(fillLink('https://w/mapping/{destination}#{field}', { destination: null, category: 'validation', field: null, cause: 'x' })).toBeNull();
  });

  it('side files: a BOM is accepted; /dev/zero and oversized baselines are refused with one line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'synctriage-side-'));
    const bom = join(dir, 'bom.json');
    writeFileSync(bom, '\uFEFF{"destinations":{"crm-prod":"salesforce"}}');
    expect(loadConfig(bom).destinations).toEqual({ 'crm-prod': 'salesforce' });
    expect(() => loadConfig('/dev/zero')).toThrow(/larger than 1 MiB; refused/);
    const many = join(dir, 'many.json');
    const groups = Array.from({ length: 100_001 }, (_, i) => ({ key: `unknown|-|${i}`, category: 'unknown', count: 1 }));
    writeFileSync(many, JSON.stringify({ schemaVersion: 2, groups }));
    expect(() => readBaseline(many)).toThrow(/100001 groups, more than a summary holds/);
  });
});

describe('finding the config file', () => {
  const root = mkdtempSync(join(tmpdir(), 'synctriage-find-'));
  const env = { HOME: join(root, 'home') };
  const cfg = (dir: string, name = 'synctriage.config.json', dest = 'crm-prod') => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, name), JSON.stringify({ destinations: { [dest]: 'salesforce' } }));
    return join(dir, name);
  };

  it('takes the nearest synctriage.config.json up from the working directory', () => {
    const project = join(root, 'a', 'project');
    const found = cfg(project);
    mkdirSync(join(project, 'logs', 'today'), { recursive: true });
    expect(findConfig(join(project, 'logs', 'today'), env)).toBe(found);
    expect(loadConfig(undefined, join(project, 'logs', 'today'), env).path).toBe(found);
  });

  it('stops at the project root (a folder with .git), then falls back to the user config', () => {
    const outer = join(root, 'b');
    cfg(outer);
    const repo = join(outer, 'repo');
    mkdirSync(join(repo, '.git'), { recursive: true });
    mkdirSync(join(repo, 'src'), { recursive: true });
    expect(findConfig(join(repo, 'src'), env)).toBeNull();
    const user = cfg(join(root, 'home', '.config', 'synctriage'), 'config.json');
    expect(findConfig(join(repo, 'src'), env)).toBe(user);
    const xdg = cfg(join(root, 'xdg', 'synctriage'), 'config.json');
    expect(findConfig(join(repo, 'src'), { ...env, XDG_CONFIG_HOME: join(root, 'xdg') })).toBe(xdg);
  });

  it('reads none with --no-config', () => {
    const project = join(root, 'c');
    cfg(project);
    expect(loadConfig(false, project, env)).toBe(EMPTY_CONFIG);
  });
});
