// End-to-end scenarios: the built CLI run as a child process on realistic logs.
import { randomUUID } from 'node:crypto';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  parseNdjson,
  runCli,
  runJson,
  sample,
  tempDir,
  type ClassifyJson,
  type GroupJson,
  type Summary,
} from './run-cli.js';

const ESC = '\u001b';
const tmp = tempDir();
afterAll(() => tmp.cleanup());
const at = (name: string) => join(tmp.dir, name);

const AUTH_LINES = 50_000;
const STORM_RECORDS = 3_000;
/** Every third record is rate limited twice before it goes through. */
const STORM_429_LINES = STORM_RECORDS + Math.ceil(STORM_RECORDS / 3);

const iso = (ms: number) => new Date(Date.UTC(2026, 10, 22, 9, 0, 0) + ms).toISOString();

/** A HubSpot v3 401 as a sync engine logs it: one NDJSON line per failed record. */
function hubspotExpiredLine(i: number): string {
  return JSON.stringify({
    ts: iso(i * 20),
    level: 'error',
    run_id: 'run-2026-11-22-0900',
    destination: 'hubspot',
    object: 'contacts',
    record_id: `contact-${String(i).padStart(6, '0')}`,
    status: 401,
    msg: 'upsert failed',
    body: {
      status: 'error',
      message: 'The OAuth token used to make this call expired 0 second(s) ago.',
      correlationId: randomUUID(),
      category: 'EXPIRED_AUTHENTICATION',
      context: { 'expire time': ['2026-11-22T08:59:59.412Z'] },
    },
  });
}

function hubspot429Line(recordId: string, ms: number): string {
  return JSON.stringify({
    ts: iso(ms),
    level: 'warn',
    run_id: 'run-2026-11-22-1000',
    destination: 'hubspot',
    object: 'companies',
    record_id: recordId,
    status: 429,
    msg: 'rate limited, will retry',
    body: {
      status: 'error',
      message: 'You have reached your ten_secondly_rolling limit.',
      errorType: 'RATE_LIMIT',
      correlationId: randomUUID(),
      policyName: 'TEN_SECONDLY_ROLLING',
      groupName: 'publicapi:oauth-api-calls-ten-secondly:8123456',
    },
  });
}

function hubspotOkLine(recordId: string, ms: number): string {
  return JSON.stringify({
    ts: iso(ms),
    level: 'info',
    run_id: 'run-2026-11-22-1000',
    destination: 'hubspot',
    object: 'companies',
    record_id: recordId,
    status: 200,
    msg: 'record synced',
  });
}

const AUTH_FILE = at('hubspot-expired-50k.ndjson');
const STORM_FILE = at('hubspot-429-storm.ndjson');

beforeAll(() => {
  const auth: string[] = [];
  for (let i = 0; i < AUTH_LINES; i++) auth.push(hubspotExpiredLine(i));
  writeFileSync(AUTH_FILE, `${auth.join('\n')}\n`);

  // Waves of 500 records: each is rate limited (some twice), then the whole wave goes through.
  const storm: string[] = [];
  let ms = 0;
  for (let wave = 0; wave < STORM_RECORDS; wave += 500) {
    for (let i = wave; i < wave + 500; i++) storm.push(hubspot429Line(`company-${i}`, (ms += 3)));
    for (let i = wave; i < wave + 500; i++) if (i % 3 === 0) storm.push(hubspot429Line(`company-${i}`, (ms += 3)));
    for (let i = wave; i < wave + 500; i++) storm.push(hubspotOkLine(`company-${i}`, (ms += 3)));
  }
  writeFileSync(STORM_FILE, `${storm.join('\n')}\n`);
});

/** What must not change when only the encoding of the same log changes (gzip, CRLF, BOM, stdin). */
function projection(s: Summary) {
  return {
    totals: s.totals,
    verdict: s.verdict,
    groups: s.groups.map((g) => ({
      key: g.key,
      category: g.category,
      count: g.count,
      records: g.records,
      cause: g.cause,
      field: g.field,
      destination: g.destination,
      recovered: g.recovered,
      stillFailing: g.stillFailing,
      blocksRun: g.blocksRun,
      line: g.first.line,
    })),
  };
}

const byCategory = (s: Summary, category: string): GroupJson[] => s.groups.filter((g) => g.category === category);
const lineCount = (path: string) => readFileSync(path, 'utf8').split('\n').filter((l, i, a) => !(i === a.length - 1 && l === '')).length;

describe('scenario 1: 50,000 HubSpot EXPIRED_AUTHENTICATION lines', () => {
  it('collapse into one actionable auth group with a reconnect fix and a link; exit 1', async () => {
    const { res, json } = await runJson([AUTH_FILE]);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(1);
    expect(json.totals.lines).toBe(AUTH_LINES);
    expect(json.totals.errors).toBe(AUTH_LINES);
    expect(json.totals.nonErrors).toBe(0);
    expect(json.totals.groups).toBe(1);
    expect(json.totals.actionableGroups).toBe(1);
    expect(json.groups).toHaveLength(1);
    const g = json.groups[0];
    expect(g.category).toBe('auth');
    expect(g.actionable).toBe(true);
    expect(g.destination).toBe('hubspot');
    expect(g.cause).toBe('EXPIRED_AUTHENTICATION');
    expect(g.count).toBe(AUTH_LINES);
    expect(g.records).toBe(AUTH_LINES);
    expect(g.recordsCapped).toBe(false);
    expect(g.statuses).toEqual({ '401': AUTH_LINES });
    expect(g.fix).toMatch(/reconnect/i);
    expect(g.link).not.toBeNull();
    expect(g.link).toMatch(/^https?:\/\/[^\s]+$/);
    expect(g.retry).toBe('never');
    expect(g.rule).toBe('hubspot/expired-authentication');
    expect(g.first).toEqual({ input: AUTH_FILE, line: 1 });
    expect(g.firstSeen).toBe(iso(0));
    expect(g.lastSeen).toBe(iso((AUTH_LINES - 1) * 20));
    // Nothing ever succeeded after the first 401: the run is blocked and the verdict says pause.
    expect(g.blocksRun).toBe(true);
    // No line of this log reports a record going through: whether records recover is not shown.
    expect(g.stillFailing).toBeNull();
    expect(g.recovered).toBeNull();
    expect(json.verdict.action).toBe('pause-sync');
    expect(json.verdict.text).toMatch(/reconnect/i);
    expect(json.schemaVersion).toBe(2);
  });

  it('the default table names the auth group and its count with separators', async () => {
    const res = await runCli([AUTH_FILE]);
    expect(res.code).toBe(1);
    expect(res.stderr).toBe('');
    expect(res.stdout).toContain('auth');
    expect(res.stdout).toContain('50,000');
    expect(res.stdout).toMatch(/Verdict: .*Pause the sync/);
    expect(res.stdout).not.toContain(ESC);
  });
});

describe('scenario 2: a HubSpot TEN_SECONDLY_ROLLING rate-limit storm that recovers', () => {
  it('is one transient group, every record retried OK, nothing still failing; exit 0', async () => {
    const { res, json } = await runJson([STORM_FILE]);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(json.totals.lines).toBe(STORM_429_LINES + STORM_RECORDS);
    expect(json.totals.errors).toBe(STORM_429_LINES);
    expect(json.totals.nonErrors).toBe(STORM_RECORDS);
    expect(json.groups).toHaveLength(1);
    const g = json.groups[0];
    expect(g.category).toBe('transient');
    expect(g.actionable).toBe(false);
    expect(g.destination).toBe('hubspot');
    expect(g.count).toBe(STORM_429_LINES);
    expect(g.records).toBe(STORM_RECORDS);
    expect(g.recovered).toBe(STORM_RECORDS);
    expect(g.stillFailing).toBe(0);
    expect(g.persistent).toBe(false);
    expect(g.blocksRun).toBe(false);
    expect(g.retry).toBe('backoff');
    expect(g.statuses).toEqual({ '429': STORM_429_LINES });
    expect(json.totals.actionableGroups).toBe(0);
    expect(json.verdict.action).toBe('none');
  });

  it('the table folds the storm into one row that says "retried OK"', async () => {
    const res = await runCli([STORM_FILE]);
    expect(res.code).toBe(0);
    const row = res.stdout.split('\n').find((l) => l.includes('transient'));
    expect(row).toBeDefined();
    expect(row).toContain('retried OK');
    expect(row).toContain(STORM_RECORDS.toLocaleString('en-US'));
    expect(res.stdout).not.toMatch(/still failing/);
  });
});

describe('scenarios 3-6: the samples', () => {
  it('3: validation-fields.ndjson → two validation groups, by field phone (82) and plan_tier', async () => {
    const { res, json } = await runJson([sample('validation-fields.ndjson')]);
    expect(res.code).toBe(1);
    const v = byCategory(json, 'validation');
    expect(v).toHaveLength(2);
    expect(json.groups).toHaveLength(2);
    const phone = v.find((g) => g.field === 'phone');
    const tier = v.find((g) => g.field === 'plan_tier');
    expect(phone).toBeDefined();
    expect(tier).toBeDefined();
    expect(phone?.count).toBe(82);
    expect(phone?.actionable).toBe(true);
    expect(phone?.destination).toBe('hubspot');
    expect(tier?.actionable).toBe(true);
    expect(tier?.count).toBeGreaterThan(0);
    expect(phone!.count + tier!.count).toBe(json.totals.errors);
    // Biggest first within a category.
    expect(json.groups[0].field).toBe('phone');
    expect(json.verdict.action).toBe('fix-and-continue');
    expect(json.verdict.text).toContain('phone');
  });

  it('4: plan-limits.log → plan groups for hubspot and salesforce', async () => {
    const { res, json } = await runJson([sample('plan-limits.log')]);
    expect(res.code).toBe(1);
    const plan = byCategory(json, 'plan');
    expect(plan.map((g) => g.destination).sort()).toEqual(['hubspot', 'salesforce']);
    for (const g of plan) {
      expect(g.actionable).toBe(true);
      expect(g.link).toMatch(/^https?:\/\//);
    }
    expect(plan.find((g) => g.destination === 'salesforce')?.cause).toBe('REQUEST_LIMIT_EXCEEDED');
  });

  it('5: permissions.log → salesforce INSUFFICIENT_ACCESS_OR_READONLY and hubspot MISSING_SCOPES', async () => {
    const { res, json } = await runJson([sample('permissions.log')]);
    expect(res.code).toBe(1);
    const p = byCategory(json, 'permissions');
    const sf = p.find((g) => g.destination === 'salesforce');
    const hs = p.find((g) => g.destination === 'hubspot');
    expect(sf?.cause).toBe('INSUFFICIENT_ACCESS_OR_READONLY');
    expect(hs?.cause).toBe('MISSING_SCOPES');
    expect(sf?.actionable).toBe(true);
    expect(hs?.actionable).toBe(true);
  });

  it('6: outage.log → outage groups linking to a status page; not actionable, exit 0', async () => {
    const { res, json } = await runJson([sample('outage.log')]);
    expect(res.code).toBe(0);
    const o = byCategory(json, 'outage');
    expect(o.length).toBeGreaterThan(0);
    for (const g of o) {
      expect(g.actionable).toBe(false);
      expect(g.link).toMatch(/^https?:\/\/\S*status/);
    }
    expect(json.verdict.action).toBe('wait');
  });
});

describe('scenario 7: classify mixed.log', () => {
  it('prints one complete decision per input line, in order, agreeing with the grouped summary', async () => {
    const file = sample('mixed.log');
    const n = lineCount(file);
    const res = await runCli(['classify', file]);
    expect(res.code).toBe(0);
    expect(res.stderr).toBe('');
    const recs = parseNdjson<ClassifyJson>(res.stdout);
    expect(recs).toHaveLength(n);
    recs.forEach((r, i) => {
      expect(r.line).toBe(i + 1);
      expect(r.input).toBe(file);
      for (const k of ['input', 'line', 'category', 'actionable', 'destination', 'cause', 'field', 'status', 'rule']) {
        expect(r, `line ${i + 1} lacks ${k}`).toHaveProperty(k);
      }
      expect(typeof r.rule).toBe('string');
      expect(r.rule.length).toBeGreaterThan(0);
      expect(['auth', 'permissions', 'plan', 'validation', 'transient', 'outage', 'unknown', 'none']).toContain(r.category);
    });

    const perCategory = new Map<string, number>();
    for (const r of recs) perCategory.set(r.category, (perCategory.get(r.category) ?? 0) + 1);

    const { json } = await runJson([file]);
    expect(json.totals.lines).toBe(n);
    const groupCounts = new Map<string, number>();
    for (const g of json.groups) groupCounts.set(g.category, (groupCounts.get(g.category) ?? 0) + g.count);
    const { none = 0 } = Object.fromEntries(perCategory);
    perCategory.delete('none');
    expect(Object.fromEntries(perCategory)).toEqual(Object.fromEntries(groupCounts));
    expect(none).toBe(json.totals.nonErrors);
    // Several categories: the sample is really mixed.
    expect(groupCounts.size).toBeGreaterThanOrEqual(4);
  });
});

describe('inputs', () => {
  const mixed = sample('mixed.log');
  let plain: Summary;
  beforeAll(async () => {
    plain = (await runJson([mixed])).json;
  });

  it('reads stdin with "-" and with no file at all', async () => {
    const input = readFileSync(mixed);
    for (const args of [['-'], []]) {
      const { res, json } = await runJson(args, { input });
      expect(res.code).toBe(1);
      expect(json.inputs).toEqual([expect.objectContaining({ name: '-', lines: plain.totals.lines, gzip: false })]);
      expect(projection(json)).toEqual(projection(plain));
    }
  });

  it('an empty stdin is zero lines, no groups, exit 0', async () => {
    const { res, json } = await runJson([], { input: '' });
    expect(res.code).toBe(0);
    expect(json.totals.lines).toBe(0);
    expect(json.groups).toEqual([]);
  });

  it('reads several files in one run, in order, summing their lines', async () => {
    const files = [sample('outage.log'), sample('permissions.log'), sample('plan-limits.log')];
    const { res, json } = await runJson(files);
    expect(res.code).toBe(1);
    expect(json.inputs.map((i) => i.name)).toEqual(files);
    expect(json.totals.lines).toBe(files.map(lineCount).reduce((a, b) => a + b, 0));
    const cats = new Set(json.groups.map((g) => g.category));
    for (const c of ['outage', 'permissions', 'plan']) expect(cats).toContain(c);
    // Actionable first: outage groups come after every permissions/plan group.
    const firstOutage = json.groups.findIndex((g) => g.category === 'outage');
    expect(json.groups.slice(firstOutage).every((g) => g.category === 'outage' || g.category === 'transient' || g.category === 'unknown')).toBe(true);
    // The table names how many inputs it read.
    const table = await runCli(files);
    expect(table.stdout.split('\n')[0]).toContain('3 inputs');
  });

  it('a file and stdin together', async () => {
    const { json } = await runJson([sample('outage.log'), '-'], { input: readFileSync(sample('permissions.log')) });
    expect(json.inputs.map((i) => i.name)).toEqual([sample('outage.log'), '-']);
    expect(json.totals.lines).toBe(lineCount(sample('outage.log')) + lineCount(sample('permissions.log')));
  });

  it('gunzips by magic bytes: .gz, a gzipped .log, gzip on stdin; a plain .gz name stays plain', async () => {
    const raw = readFileSync(mixed);
    const gz = gzipSync(raw);
    writeFileSync(at('mixed.log.gz'), gz);
    writeFileSync(at('gzipped-but-named.log'), gz);
    copyFileSync(mixed, at('not-really.gz'));
    for (const f of ['mixed.log.gz', 'gzipped-but-named.log']) {
      const { res, json } = await runJson([at(f)]);
      expect(res.stderr).toBe('');
      expect(json.inputs[0]).toMatchObject({ gzip: true, lines: plain.totals.lines, bytes: raw.length });
      expect(projection(json)).toEqual(projection(plain));
    }
    const notGz = await runJson([at('not-really.gz')]);
    expect(notGz.res.stderr).toBe('');
    expect(notGz.json.inputs[0].gzip).toBe(false);
    expect(projection(notGz.json)).toEqual(projection(plain));

    const stdin = await runJson(['-'], { input: gz });
    expect(stdin.json.inputs[0].gzip).toBe(true);
    expect(projection(stdin.json)).toEqual(projection(plain));
  });

  it('a multi-member gzip (cat a.gz b.gz) is read to the end', async () => {
    const a = readFileSync(sample('outage.log'));
    const b = readFileSync(sample('permissions.log'));
    writeFileSync(at('multi.gz'), Buffer.concat([gzipSync(a), gzipSync(b)]));
    const { res, json } = await runJson([at('multi.gz')]);
    expect(res.stderr).toBe('');
    expect(json.totals.lines).toBe(lineCount(sample('outage.log')) + lineCount(sample('permissions.log')));
  });

  it('CRLF line endings and a UTF-8 BOM give the same result as LF', async () => {
    const lf = readFileSync(mixed, 'utf8');
    expect(lf).not.toContain('\r');
    writeFileSync(at('crlf.log'), lf.replace(/\n/g, '\r\n'));
    writeFileSync(at('bom.log'), `\ufeff${lf}`);
    writeFileSync(at('bom-crlf.log'), `\ufeff${lf.replace(/\n/g, '\r\n')}`);
    for (const f of ['crlf.log', 'bom.log', 'bom-crlf.log']) {
      const { json } = await runJson([at(f)]);
      expect(projection(json), f).toEqual(projection(plain));
      expect(JSON.stringify(json.groups.map((g) => [g.cause, g.field, g.samples]))).not.toMatch(/\\r|\\ufeff|\ufeff/);
    }
    // The first line of a BOM file is parsed as JSON/logfmt like any other: classify agrees line by line.
    const a = parseNdjson<ClassifyJson>((await runCli(['classify', mixed])).stdout);
    const b = parseNdjson<ClassifyJson>((await runCli(['classify', at('bom-crlf.log')])).stdout);
    expect(b.map(({ input: _i, ...r }) => r)).toEqual(a.map(({ input: _i, ...r }) => r));
  });

  it('a last line without a newline is still a line', async () => {
    const text = readFileSync(sample('outage.log'), 'utf8').replace(/\n$/, '');
    const { json } = await runJson(['-'], { input: text });
    expect(json.totals.lines).toBe(lineCount(sample('outage.log')));
  });
});

describe('output formats', () => {
  const file = sample('mixed.log');
  let summary: Summary;
  beforeAll(async () => {
    summary = (await runJson([file])).json;
  });

  it('--json is the --format json document', async () => {
    const res = await runCli([file, '--format', 'json']);
    expect(JSON.parse(res.stdout)).toEqual(summary);
  });

  it('--format ndjson: one group object per group in table order, then runs, then a summary', async () => {
    const res = await runCli([file, '--format', 'ndjson']);
    expect(res.code).toBe(1);
    expect(res.stdout.endsWith('\n')).toBe(true);
    const objs = parseNdjson<Record<string, unknown>>(res.stdout);
    const groups = objs.filter((o) => o.type === 'group');
    expect(groups.map((g) => g.key)).toEqual(summary.groups.map((g) => g.key));
    for (const [i, g] of groups.entries()) {
      const { type: _t, schemaVersion, ...rest } = g;
      expect(schemaVersion).toBe(summary.schemaVersion);
      expect(rest).toEqual(summary.groups[i]);
    }
    const last = objs[objs.length - 1];
    expect(last.type).toBe('summary');
    expect(last.totals).toEqual(summary.totals);
    expect(last.verdict).toEqual(summary.verdict);
    expect(objs.filter((o) => o.type === 'summary')).toHaveLength(1);
    const types = objs.map((o) => o.type as string);
    expect(types.lastIndexOf('group')).toBeLessThan(types.indexOf('run'));
  });

  it('--format markdown: heading, verdict, one table row per group with counts and links', async () => {
    const res = await runCli([file, '--format', 'markdown']);
    expect(res.code).toBe(1);
    const md = res.stdout;
    expect(md).toMatch(/^## synctriage\n/);
    expect(md).toContain('**Verdict:**');
    expect(md).toContain('| category | count | records | actionable | destination | summary | fix |');
    const rows = md.split('\n').filter((l) => /^\| (auth|permissions|plan|validation|outage|transient|unknown) \|/.test(l));
    expect(rows).toHaveLength(summary.groups.length);
    for (const [i, g] of summary.groups.entries()) {
      expect(rows[i]).toContain(`| ${g.category} | ${g.count.toLocaleString('en-US')} |`);
      if (g.link !== null) expect(rows[i]).toContain('[link](');
      // Every row has the 7 columns: no unescaped pipe from log text splits a cell.
      expect(rows[i].split(/(?<!\\)\|/).length - 2).toBe(7);
    }
    expect(md).not.toContain(ESC);
  });
});

describe('--fail-on and exit codes', () => {
  const cases: Array<[string, string[], number]> = [
    ['outage only, default (actionable)', [sample('outage.log')], 0],
    ['outage only, --fail-on any', [sample('outage.log'), '--fail-on', 'any'], 1],
    ['outage only, --fail-on none', [sample('outage.log'), '--fail-on', 'none'], 0],
    ['outage only, --fail-on outage', [sample('outage.log'), '--fail-on', 'outage'], 1],
    ['plan, default', [sample('plan-limits.log')], 1],
    ['plan, --fail-on none', [sample('plan-limits.log'), '--fail-on', 'none'], 0],
    ['plan, --fail-on auth,plan', [sample('plan-limits.log'), '--fail-on', 'auth,plan'], 1],
    ['validation, --fail-on auth,plan', [sample('validation-fields.ndjson'), '--fail-on', 'auth,plan'], 0],
    ['validation, --fail-on AUTH, validation', [sample('validation-fields.ndjson'), '--fail-on', 'AUTH, validation'], 1],
    ['validation, --fail-on actionable', [sample('validation-fields.ndjson'), '--fail-on', 'actionable'], 1],
    ['mixed, --fail-on any', [sample('mixed.log'), '--fail-on', 'any'], 1],
    ['mixed, --fail-on=none', [sample('mixed.log'), '--fail-on=none'], 0],
    ['storm, --fail-on transient', [STORM_FILE, '--fail-on', 'transient'], 1],
    ['storm, --fail-on any', [STORM_FILE, '--fail-on', 'any'], 1],
    ['outage only, --fail-on unknown', [sample('outage.log'), '--fail-on', 'unknown'], 0],
  ];
  it.each(cases)('%s', async (_name, args, code) => {
    const res = await runCli(args);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(code);
  });

  it('the exit code does not depend on the output format', async () => {
    for (const f of ['table', 'json', 'ndjson', 'markdown']) {
      expect((await runCli([sample('plan-limits.log'), '--format', f])).code).toBe(1);
      expect((await runCli([sample('outage.log'), '--format', f])).code).toBe(0);
    }
  });

  it('classify exits 0 by default even on actionable lines', async () => {
    expect((await runCli(['classify', sample('plan-limits.log')])).code).toBe(0);
  });

  // Once a bug: the top-level --fail-on swallowed the subcommand's (now positional options).
  it('classify --fail-on any|auth,plan exits 1 when a line matches', async () => {
    expect((await runCli(['classify', '--fail-on', 'any', sample('mixed.log')])).code).toBe(1);
    expect((await runCli(['classify', sample('plan-limits.log'), '--fail-on', 'auth,plan'])).code).toBe(1);
  });
});

describe('colour', () => {
  const file = sample('mixed.log');
  const cases: Array<[string, string[], Record<string, string | undefined>, boolean]> = [
    ['piped, no env', [], {}, false],
    ['NO_COLOR=1', [], { NO_COLOR: '1' }, false],
    ['FORCE_COLOR=1', [], { FORCE_COLOR: '1' }, true],
    ['FORCE_COLOR=0', [], { FORCE_COLOR: '0' }, false],
    ['--color', ['--color'], {}, true],
    ['--no-color with FORCE_COLOR=1', ['--no-color'], { FORCE_COLOR: '1' }, false],
    ['TERM=dumb, piped', [], { TERM: 'dumb' }, false],
  ];
  it.each(cases)('%s', async (_name, args, env, colored) => {
    const res = await runCli([file, ...args], { env });
    expect(res.code).toBe(1);
    expect(res.stdout.includes(ESC)).toBe(colored);
    if (colored) expect(res.stdout).toMatch(/\u001b\[\d+(;\d+)*m/);
    // Progress and diagnostics never reach stdout, and stderr is not a terminal here: nothing on it.
    expect(res.stderr).toBe('');
  });

  it('machine outputs are never coloured, even with FORCE_COLOR=1', async () => {
    for (const f of ['json', 'ndjson', 'markdown']) {
      const res = await runCli([file, '--format', f], { env: { FORCE_COLOR: '1' } });
      expect(res.stdout, f).not.toContain(ESC);
    }
    const cls = await runCli(['classify', file], { env: { FORCE_COLOR: '1' } });
    expect(cls.stdout).not.toContain(ESC);
  });
});

describe('explain', () => {
  const line = hubspotExpiredLine(7);

  it('names the deciding rule for a HubSpot 401 line', async () => {
    const res = await runCli(['explain', line]);
    expect(res.code).toBe(0);
    expect(res.stderr).toBe('');
    expect(res.stdout).toContain('hubspot/expired-authentication');
    expect(res.stdout).toMatch(/category\s+auth/);
    expect(res.stdout).toMatch(/status\s+401/);
    expect(res.stdout).toMatch(/destination\s+hubspot/);
    expect(res.stdout).toMatch(/reconnect/i);
  });

  it('reads the line from stdin with "-"', async () => {
    const res = await runCli(['explain', '-'], { input: `${line}\r\n${hubspot429Line('x', 0)}\n` });
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('hubspot/expired-authentication');
  });

  it('agrees with classify on the same line', async () => {
    writeFileSync(at('one.ndjson'), `${line}\n`);
    const [rec] = parseNdjson<ClassifyJson>((await runCli(['classify', at('one.ndjson')])).stdout);
    expect(rec.rule).toBe('hubspot/expired-authentication');
    expect(rec.category).toBe('auth');
    expect(rec.recordId).toBe('contact-000007');
  });

  // Once a bug: the top-level --json swallowed the subcommand's.
  it('explain --json prints a JSON explanation', async () => {
    const res = await runCli(['explain', '--json', line]);
    expect(res.code).toBe(0);
    const j = JSON.parse(res.stdout) as { classification: { rule: string; category: string } };
    expect(j.classification.rule).toBe('hubspot/expired-authentication');
    expect(j.classification.category).toBe('auth');
  });
});
