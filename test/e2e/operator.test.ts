// Operator semantics end to end (DESIGN §4-5): blocked runs, retry resolution, persistent
// transients, runs per file, the config file, --baseline, --since/--until, --samples, --by-run.
// Every input is generated here; the BUILT CLI runs as a child process (`npm run build` first).
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, runJson, sample, STACK_FRAME, tempDir, type GroupJson, type RunOptions, type Summary } from './run-cli.js';

/** The JSON contract (src/types.ts), under the names this file uses. */
type OpGroup = GroupJson;
type OpSummary = Summary;

async function summary(args: string[], opts: RunOptions = {}) {
  const { res, json } = await runJson(args, opts);
  return { res, json: json as OpSummary };
}

// ---------------------------------------------------------------------------------------------
// Inputs

const tmp = tempDir('synctriage-operator-');
afterAll(() => tmp.cleanup());
const at = (name: string) => join(tmp.dir, name);

/** Writes an NDJSON / text log; returns its path. */
function writeLog(name: string, lines: string[]): string {
  const path = at(name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

const T0 = Date.UTC(2026, 10, 22, 9, 0, 0);
const iso = (ms: number) => new Date(T0 + ms).toISOString();

interface Meta {
  /** Milliseconds after 2026-11-22T09:00:00Z. */
  ms: number;
  run?: string;
  record: string;
  object?: string;
}

/** Sync-engine envelope: ts, level, run_id (only when given), destination, object, record_id, status, msg, body. */
function envelope(m: Meta, level: string, status: number, msg: string, body?: unknown): string {
  return JSON.stringify({
    ts: iso(m.ms),
    level,
    ...(m.run !== undefined ? { run_id: m.run } : {}),
    destination: 'hubspot',
    object: m.object ?? 'contacts',
    record_id: m.record,
    status,
    msg,
    ...(body !== undefined ? { body } : {}),
  });
}

/** HubSpot v3 401: the OAuth token expired. */
const hsExpired = (m: Meta) =>
  envelope(m, 'error', 401, 'upsert failed', {
    status: 'error',
    message: 'The OAuth token used to make this call expired 0 second(s) ago.',
    correlationId: randomUUID(),
    category: 'EXPIRED_AUTHENTICATION',
    context: { 'expire time': ['2026-11-22T08:59:59.412Z'] },
  });

/** HubSpot 429 on the ten-secondly rolling window (transient). */
const hs429 = (m: Meta) =>
  envelope({ object: 'companies', ...m }, 'warn', 429, 'rate limited, will retry', {
    status: 'error',
    message: 'You have reached your ten_secondly_rolling limit.',
    errorType: 'RATE_LIMIT',
    correlationId: randomUUID(),
    policyName: 'TEN_SECONDLY_ROLLING',
    groupName: 'publicapi:oauth-api-calls-ten-secondly:8123456',
  });

/** HubSpot v3 400: a mapped property does not exist (validation, field favorite_color). */
const hsNoProperty = (m: Meta) =>
  envelope(m, 'error', 400, 'upsert failed', {
    status: 'error',
    message:
      'Property values were not valid: [{"isValid":false,"message":"Property \\"favorite_color\\" does not exist","error":"PROPERTY_DOESNT_EXIST","name":"favorite_color","localizedErrorMessage":"Property \\"favorite_color\\" does not exist"}]',
    correlationId: randomUUID(),
    category: 'VALIDATION_ERROR',
    errors: [
      {
        message: 'Property "favorite_color" does not exist',
        code: 'PROPERTY_DOESNT_EXIST',
        context: { propertyName: ['favorite_color'] },
      },
    ],
  });

/** HubSpot v3 403: the app lacks a scope (permissions). */
const hsMissingScopes = (m: Meta) =>
  envelope({ object: 'deals', ...m }, 'error', 403, 'upsert failed', {
    status: 'error',
    message:
      "This app hasn't been granted all required scopes to make this call. Read more about required scopes here: https://developers.hubspot.com/scopes.",
    correlationId: randomUUID(),
    errors: [{ message: 'One or more of the following scopes are required.', context: { requiredGranularScopes: ['crm.objects.deals.write'] } }],
    links: { scopes: 'https://developers.hubspot.com/scopes' },
    category: 'MISSING_SCOPES',
  });

/** A record going through. */
const hsOk = (m: Meta) => envelope(m, 'info', 200, 'record synced');

const rid = (prefix: string, i: number) => `${prefix}-${String(i).padStart(5, '0')}`;

const only = (s: OpSummary, category: string): OpGroup => {
  const gs = s.groups.filter((g) => g.category === category);
  expect(gs, `exactly one ${category} group in ${s.groups.map((g) => g.key).join(', ')}`).toHaveLength(1);
  return gs[0];
};
const byKey = (s: OpSummary, key: string): OpGroup => {
  const g = s.groups.find((x) => x.key === key);
  expect(g, `group ${key} in ${s.groups.map((x) => x.key).join(', ')}`).toBeDefined();
  return g as OpGroup;
};
/** Table cells wrap: compare the text with runs of whitespace squeezed to one space. */
const squeeze = (text: string) => text.replace(/\s+/g, ' ');
/** A usage or input error: exit 2, nothing on stdout, no stack trace, and one line naming the problem. */
function expectOneLineError(res: { code: number | null; stdout: string; stderr: string }, _hint = false) {
  expect(res.code).toBe(2);
  expect(res.stdout).toBe('');
  const lines = res.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^synctriage: \S/);
  expect(res.stderr).not.toMatch(STACK_FRAME);
}

// ---------------------------------------------------------------------------------------------

describe.concurrent('1. a 401 burst that blocks the rest of the run', () => {
  const RUN = 'run-2026-11-22-0900';
  // 50 records go through, then the token expires: 200 distinct records fail, none succeeds after.
  const lines: string[] = [];
  for (let i = 0; i < 50; i++) lines.push(hsOk({ ms: i * 40, run: RUN, record: rid('contact', i) }));
  for (let i = 50; i < 250; i++) lines.push(hsExpired({ ms: i * 40, run: RUN, record: rid('contact', i) }));
  const file = writeLog('auth-burst.ndjson', lines);

  it('auth group blocks the run, 199 wasted calls, verdict pause-sync; exit 1', async () => {
    const { res, json } = await summary([file]);
    expect(res.code).toBe(1);
    expect(res.stderr).toBe('');
    const auth = only(json, 'auth');
    expect(auth.key).toBe('auth|hubspot|EXPIRED_AUTHENTICATION');
    expect(auth.count).toBe(200);
    expect(auth.blocksRun).toBe(true);
    expect(auth.wastedCalls).toBe(199);
    expect(auth.recovered).toBe(0);
    expect(auth.stillFailing).toBe(200);
    expect(auth.runs).toBe(1);
    expect(auth.statuses).toEqual({ '401': 200 });
    expect(json.groups).toHaveLength(1);

    expect(json.runs).toHaveLength(1);
    expect(json.runs[0]).toEqual({ id: RUN, lines: 250, errors: 200, succeeded: 50, blockedBy: auth.key, groups: { [auth.key]: 200 } });

    expect(json.verdict.action).toBe('pause-sync');
    expect(json.verdict.text).toMatch(/\bpaus(e|ing)\b/i);
    expect(json.verdict.text).toContain('199');
    expect(json.totals).toMatchObject({ lines: 250, errors: 200, nonErrors: 50, groups: 1, actionableGroups: 1, actionable: 200, filtered: 0 });
  });

  it('the table marks the group as blocking the run and ends with the pause verdict; exit 1', async () => {
    const res = await runCli([file]);
    expect(res.code).toBe(1);
    const out = squeeze(res.stdout);
    expect(out).toContain('blocks run');
    // The verdict is last (wrapped to the width: its first line carries the label).
    const lines = res.stdout.trimEnd().split('\n');
    const at = lines.findIndex((l) => l.startsWith('Verdict: '));
    expect(lines[at]).toMatch(/^Verdict: Pause the sync/);
    expect(lines.slice(at).join(' ')).toMatch(/^Verdict: Pause the sync[^\n]*$/);
  });
});

describe.concurrent('2. the token expires halfway: earlier records succeeded', () => {
  const RUN = 'run-2026-11-22-1300';
  const lines: string[] = [];
  let ms = 0;
  lines.push(JSON.stringify({ ts: iso(ms), level: 'info', run_id: RUN, destination: 'hubspot', msg: 'sync started: 250 contacts to upsert' }));
  for (let i = 0; i < 50; i++) lines.push(hsOk({ ms: (ms += 25), run: RUN, record: rid('c', i) }));
  lines.push(JSON.stringify({ ts: iso((ms += 25)), level: 'debug', run_id: RUN, destination: 'hubspot', msg: 'fetching page 2 of contacts' }));
  for (let i = 50; i < 250; i++) lines.push(hsExpired({ ms: (ms += 25), run: RUN, record: rid('c', i) }));
  // The engine's retry queue re-attempts the first 20 failed records: same records, same cause.
  for (let i = 50; i < 70; i++) lines.push(hsExpired({ ms: (ms += 25), run: RUN, record: rid('c', i) }));
  const file = writeLog('auth-halfway.ndjson', lines);

  it('the 50 earlier records count as succeeded; the auth group counts 200 distinct records of 220 lines', async () => {
    const { res, json } = await summary([file]);
    expect(res.code).toBe(1);
    const auth = only(json, 'auth');
    expect(auth.count).toBe(220);
    expect(auth.records).toBe(200);
    expect(auth.recordsCapped).toBe(false);
    expect(auth.stillFailing).toBe(200);
    expect(auth.blocksRun).toBe(true);
    expect(auth.wastedCalls).toBe(219);
    expect(json.runs).toHaveLength(1);
    const run = json.runs[0];
    expect(run.id).toBe(RUN);
    // Chatter lines are lines of the run but not successes.
    expect(run.lines).toBe(272);
    expect(run.succeeded).toBe(50);
    expect(run.errors).toBe(220);
    expect(run.blockedBy).toBe(auth.key);
    expect(json.totals).toMatchObject({ lines: 272, errors: 220, nonErrors: 52 });
    expect(json.verdict.action).toBe('pause-sync');
  });

  it('a success after the burst means the run is not blocked (the token was refreshed mid-run)', async () => {
    const refreshed = writeLog('auth-refreshed.ndjson', [...lines, hsOk({ ms: ms + 1000, run: RUN, record: rid('c', 50) })]);
    const { res, json } = await summary([refreshed]);
    expect(res.code).toBe(1); // still actionable
    const auth = only(json, 'auth');
    expect(auth.blocksRun).toBe(false);
    expect(auth.wastedCalls).toBe(0);
    expect(auth.recovered).toBe(1);
    expect(auth.stillFailing).toBe(199);
    expect(json.runs[0].blockedBy).toBeNull();
    expect(json.runs[0].succeeded).toBe(51);
    expect(json.verdict.action).toBe('fix-and-continue');
    // The text agrees with the action: the fix is quoted without its advice to pause.
    expect(json.verdict.text).toMatch(/^Fix first: /);
    expect(json.verdict.text).not.toMatch(/pause the sync until/i);
    // The table and markdown quote the fix as the verdict does.
    const table = await runCli([refreshed, '--no-color']);
    expect(squeeze(table.stdout)).toMatch(/fix: Reconnect/);
    expect(squeeze(table.stdout)).not.toMatch(/pause the sync until/i);
    expect((await runCli([refreshed, '--format', 'markdown'])).stdout).not.toMatch(/pause the sync until/i);
  });

  it('other records going through after one 401 mean no pause: calls went through after it', async () => {
    const oneOff = writeLog('auth-one-off.ndjson', [
      hsOk({ ms: 0, run: RUN, record: rid('c', 0) }),
      hsExpired({ ms: 40, run: RUN, record: rid('c', 1) }),
      ...Array.from({ length: 39 }, (_, i) => hsOk({ ms: 80 + i * 40, run: RUN, record: rid('c', 2 + i) })),
    ]);
    const { json } = await summary([oneOff]);
    const auth = only(json, 'auth');
    expect(auth.callsAfter).toBe(true);
    expect(auth.recovered).toBe(0);
    expect(json.verdict.action).toBe('fix-and-continue');
    expect(json.verdict.text).toMatch(/calls went through after it/);
    expect(json.verdict.text).not.toMatch(/nothing in the log shows/);
    // The burst with nothing after it keeps the advice to pause.
    const { json: burst } = await summary([file]);
    expect(only(burst, 'auth').callsAfter).toBe(false);
  });
});

describe.concurrent('3. a rate-limit storm where 20 records never recover', () => {
  const RUN = 'run-2026-11-22-1000';
  const lines: string[] = [];
  let ms = 0;
  for (let i = 0; i < 100; i++) lines.push(hsOk({ ms: (ms += 5), run: RUN, record: rid('company', 1000 + i), object: 'companies' }));
  for (let i = 0; i < 500; i++) lines.push(hs429({ ms: (ms += 5), run: RUN, record: rid('company', i) }));
  for (let i = 0; i < 500; i++) {
    if (i < 480) lines.push(hsOk({ ms: (ms += 5), run: RUN, record: rid('company', i), object: 'companies' }));
    else lines.push(hs429({ ms: (ms += 5), run: RUN, record: rid('company', i) })); // rate limited again, gives up
  }
  const file = writeLog('rate-limit-storm.ndjson', lines);

  it('one transient group: 480 recovered, 20 still failing, persistent; verdict wait; exit 0', async () => {
    const { res, json } = await summary([file]);
    expect(res.code).toBe(0);
    expect(json.groups).toHaveLength(1);
    const t = only(json, 'transient');
    expect(t.actionable).toBe(false);
    expect(t.count).toBe(520);
    expect(t.records).toBe(500);
    expect(t.recovered).toBe(480);
    expect(t.stillFailing).toBe(20);
    expect(t.persistent).toBe(true);
    expect(t.blocksRun).toBe(false);
    expect(t.wastedCalls).toBe(0);
    expect(t.statuses).toEqual({ '429': 520 });
    expect(json.runs).toEqual([{ id: RUN, lines: 1100, errors: 520, succeeded: 580, blockedBy: null, groups: { [t.key]: 520 } }]);
    expect(json.verdict.action).toBe('wait');
    expect(json.verdict.text).toMatch(/concurrency/i);
    expect(json.verdict.text).toMatch(/Retry-After/);
    expect(json.verdict.text).toMatch(/\b20 records still failing\b/);
  });

  it('the default table folds the storm: "retried OK 480" and "20 still failing"; exit 0', async () => {
    const res = await runCli([file]);
    expect(res.code).toBe(0);
    const out = squeeze(res.stdout);
    expect(out).toContain('retried OK 480');
    expect(out).toContain('20 still failing');
    expect(out).toContain('persistent');
  });

  it('--fail-on transient and --fail-on any make the same storm exit 1', async () => {
    expect((await runCli([file, '--fail-on', 'transient'])).code).toBe(1);
    expect((await runCli([file, '--fail-on', 'any'])).code).toBe(1);
    expect((await runCli([file, '--fail-on', 'auth,plan'])).code).toBe(0);
  });
});

describe.concurrent('4. the same 429 cause in three run files (no run_id)', () => {
  const files: string[] = [];
  for (const [d, day] of ['2026-11-20', '2026-11-21', '2026-11-22'].entries()) {
    const lines: string[] = [];
    let ms = d * 86_400_000;
    // Nightly sync of the same 30 companies: the first 10 are rate limited once, then all go through.
    for (let i = 0; i < 10; i++) lines.push(hs429({ ms: (ms += 7), record: rid('company', i) }));
    for (let i = 0; i < 30; i++) lines.push(hsOk({ ms: (ms += 7), record: rid('company', i), object: 'companies' }));
    files.push(writeLog(`nightly-${day}.ndjson`, lines));
  }

  it('the group appears in 3 runs and is persistent; one run per file, named after it', async () => {
    const { res, json } = await summary(files);
    expect(res.code).toBe(0);
    const t = only(json, 'transient');
    expect(t.runs).toBe(3);
    expect(t.persistent).toBe(true);
    expect(t.count).toBe(30);
    // Ten records, each failing and then succeeding in every run: each counts once.
    expect(t.recovered).toBe(10);
    expect(t.stillFailing).toBe(0);
    expect(t.records).toBe(10);
    expect(json.runs.map((r) => r.id)).toEqual(files);
    for (const r of json.runs) expect(r).toEqual({ id: r.id, lines: 40, errors: 10, succeeded: 30, blockedBy: null, groups: { [t.key]: 10 } });
    expect(json.verdict.action).toBe('wait');
    expect(json.verdict.text).toMatch(/every run/i);
  });

  it('in only two of three runs it is not persistent', async () => {
    const clean = writeLog('nightly-clean.ndjson', Array.from({ length: 5 }, (_, i) => hsOk({ ms: 3 * 86_400_000 + i, record: rid('company', i) })));
    const { json } = await summary([files[0], files[1], clean]);
    const t = only(json, 'transient');
    expect(t.runs).toBe(2);
    expect(t.persistent).toBe(false);
    expect(json.runs.map((r) => r.id)).toEqual([files[0], files[1], clean]);
    expect(json.verdict.action).toBe('none');
  });

  it('--by-run lists each run (file) with its counts', async () => {
    const res = await runCli([...files, '--by-run']);
    expect(res.code).toBe(0);
    const out = squeeze(res.stdout);
    expect(out).toContain('Runs');
    for (const f of files) expect(out).toContain(`${f}: 40 lines, 10 errors, 30 succeeded`);
  });
});

describe.concurrent('5. the config file', () => {
  const RUNBOOK = 'https://runbooks.example.com/{destination}/{category}';
  const config = {
    links: { hubspot: { auth: RUNBOOK } },
    rules: [
      {
        id: 'acme/quota',
        category: 'plan',
        cause: 'ACME_QUOTA',
        code: ['ACME_QUOTA'],
        summary: 'ACME gateway monthly record quota exhausted',
        fix: 'Ask the platform team to raise the workspace quota, or sync fewer objects until the 1st.',
      },
    ],
    fields: { rec: 'recordId', http_code: 'status' },
  };
  // The team's own log shape: "rec" for the record id, "http_code" for the status.
  const RUN = 'run-acme-0400';
  const lines: string[] = [];
  let ms = 0;
  for (let i = 0; i < 6; i++) {
    // Two attempts per record: 12 lines, 6 records.
    for (let attempt = 0; attempt < 2; attempt++) {
      lines.push(
        JSON.stringify({
          ts: iso((ms += 100)),
          level: 'error',
          run_id: RUN,
          destination: 'acme-gateway',
          rec: `acct-${i}`,
          http_code: 429,
          msg: 'push failed',
          body: { error: { code: 'ACME_QUOTA', message: `Monthly record quota of 50000 exhausted for workspace ws_8812 (attempt ${attempt + 1})` } },
        }),
      );
    }
  }
  for (let i = 0; i < 4; i++) {
    lines.push(
      JSON.stringify({
        ts: iso((ms += 100)),
        level: 'error',
        run_id: RUN,
        destination: 'hubspot',
        rec: `contact-${i}`,
        http_code: 401,
        msg: 'upsert failed',
        body: {
          status: 'error',
          message: 'The OAuth token used to make this call expired 0 second(s) ago.',
          correlationId: randomUUID(),
          category: 'EXPIRED_AUTHENTICATION',
        },
      }),
    );
  }
  const file = writeLog('acme.ndjson', lines);
  const configFile = at('team.config.json');
  writeFileSync(configFile, JSON.stringify(config, null, 2));

  function expectConfigApplied(json: OpSummary) {
    const plan = only(json, 'plan');
    expect(plan.rule).toBe('acme/quota');
    expect(plan.cause).toBe('ACME_QUOTA');
    expect(plan.summary).toBe(config.rules[0].summary);
    expect(plan.fix).toBe(config.rules[0].fix);
    expect(plan.actionable).toBe(true);
    expect(plan.count).toBe(12);
    expect(plan.records).toBe(6);
    expect(plan.statuses).toEqual({ '429': 12 });

    const auth = only(json, 'auth');
    expect(auth.link).toBe('https://runbooks.example.com/hubspot/auth');
    expect(auth.records).toBe(4);
    expect(auth.statuses).toEqual({ '401': 4 });
    expect(json.groups.some((g) => g.category === 'transient')).toBe(false);
  }

  it('--config: the custom rule decides, the link template is filled, records and statuses come from mapped keys', async () => {
    const { res, json } = await summary([file, '--config', configFile]);
    expect(res.code).toBe(1);
    expect(res.stderr).toBe('');
    expectConfigApplied(json);
  });

  it('without the config the same log reads differently (control)', async () => {
    const { json } = await summary([file], { cwd: tmp.dir });
    expect(json.groups.some((g) => g.rule === 'acme/quota')).toBe(false);
    const auth = only(json, 'auth');
    expect(auth.link).not.toContain('runbooks.example.com');
    expect(auth.records).toBeNull(); // "rec" is not a record-id key by default
  });

  it('classify and explain pick up ./synctriage.config.json from the cwd', async () => {
    const { dir, cleanup } = tempDir('synctriage-operator-cls-');
    try {
      writeFileSync(join(dir, 'synctriage.config.json'), JSON.stringify(config));
      const cls = await runCli(['classify', file], { cwd: dir });
      expect(cls.code).toBe(0);
      const first = JSON.parse(cls.stdout.split('\n')[0]) as Record<string, unknown>;
      expect(first).toMatchObject({ category: 'plan', rule: 'acme/quota', status: 429, recordId: 'acct-0' });
      const ex = await runCli(['explain', lines[0], '--json'], { cwd: dir });
      expect(ex.code).toBe(0);
      expect(ex.stdout).toContain('acme/quota');
    } finally {
      cleanup();
    }
  });

  // Once a bug: the root program took --config away from the subcommands (now positional options).
  it('classify --config FILE and explain --config FILE use that file', async () => {
    const cls = await runCli(['classify', file, '--config', configFile], { cwd: tmp.dir });
    expect(cls.code).toBe(0);
    const first = JSON.parse(cls.stdout.split('\n')[0]) as Record<string, unknown>;
    expect(first).toMatchObject({ category: 'plan', rule: 'acme/quota', status: 429, recordId: 'acct-0' });
    const ex = await runCli(['explain', lines[0], '--json', '--config', configFile], { cwd: tmp.dir });
    expect(ex.stdout).toContain('acme/quota');
  });

  it('classify --config with a missing file is exit 2', async () => {
    expectOneLineError(await runCli(['classify', file, '--config', at('nope.json')], { cwd: tmp.dir }));
  });

  it('./synctriage.config.json in the working directory is picked up without --config', async () => {
    const { dir, cleanup } = tempDir('synctriage-operator-cwd-');
    try {
      writeFileSync(join(dir, 'synctriage.config.json'), JSON.stringify(config));
      const { res, json } = await summary([file], { cwd: dir });
      expect(res.code).toBe(1);
      expect(res.stderr).toBe('');
      expectConfigApplied(json);
    } finally {
      cleanup();
    }
  });

  const invalid: Array<[string, unknown, RegExp]> = [
    ['unknown category', { rules: [{ id: 'acme/quota', category: 'billing', code: 'ACME_QUOTA', summary: 's' }] }, /rules\[0\]\.category/],
    ['bad regex in message', { rules: [{ id: 'acme/quota', category: 'plan', message: 'quota (exceeded', summary: 's' }] }, /rules\[0\]\.message/],
    ['unknown top-level key', { links: {}, rule: [] }, /\brule\b.*unknown key/],
    ['unknown link category', { links: { hubspot: { billing: 'https://x.example' } } }, /links\.hubspot\.billing/],
    ['unknown field role', { fields: { rec: 'record' } }, /fields\.rec/],
  ];
  for (const [what, body, path] of invalid) {
    it(`invalid config (${what}) → exit 2, one stderr line naming ${path.source}`, async () => {
      const bad = at(`bad-${what.replace(/\W+/g, '-')}.json`);
      writeFileSync(bad, JSON.stringify(body));
      const res = await runCli([file, '--config', bad]);
      expectOneLineError(res);
      expect(res.stderr).toMatch(path);
      expect(res.stderr).toContain(bad);
    });
  }

  it('an invalid ./synctriage.config.json in the cwd is also exit 2 with the path', async () => {
    const { dir, cleanup } = tempDir('synctriage-operator-badcwd-');
    try {
      writeFileSync(join(dir, 'synctriage.config.json'), JSON.stringify(invalid[0][1]));
      const res = await runCli([file], { cwd: dir });
      expectOneLineError(res);
      expect(res.stderr).toMatch(/rules\[0\]\.category/);
    } finally {
      cleanup();
    }
  });

  it('a missing --config file and non-JSON config are exit 2 with one line', async () => {
    expectOneLineError(await runCli([file, '--config', at('nope.json')]));
    const notJson = at('not-json.json');
    writeFileSync(notJson, '{"links": {');
    expectOneLineError(await runCli([file, '--config', notJson]));
  });
});

describe('6. --baseline: new, known and gone groups', () => {
  const A = 'auth|hubspot|EXPIRED_AUTHENTICATION';
  const B = 'validation|hubspot|PROPERTY_DOESNT_EXIST|favorite_color';
  const C = 'permissions|hubspot|MISSING_SCOPES';
  const run1: string[] = [];
  for (let i = 0; i < 12; i++) run1.push(hsNoProperty({ ms: i * 10, run: 'run-1', record: rid('c', i) }));
  for (let i = 0; i < 5; i++) run1.push(hsOk({ ms: 200 + i, run: 'run-1', record: rid('c', 100 + i) }));
  for (let i = 0; i < 30; i++) run1.push(hsExpired({ ms: 300 + i * 10, run: 'run-1', record: rid('c', 200 + i) }));
  const run2: string[] = [];
  for (let i = 0; i < 7; i++) run2.push(hsNoProperty({ ms: 3_600_000 + i * 10, run: 'run-2', record: rid('c', i) }));
  for (let i = 0; i < 5; i++) run2.push(hsMissingScopes({ ms: 3_600_200 + i * 10, run: 'run-2', record: rid('deal', i) }));
  for (let i = 0; i < 5; i++) run2.push(hsOk({ ms: 3_600_400 + i, run: 'run-2', record: rid('c', 100 + i) }));
  const run3: string[] = [];
  for (let i = 0; i < 4; i++) run3.push(hsNoProperty({ ms: 7_200_000 + i * 10, run: 'run-3', record: rid('c', i) }));
  for (let i = 0; i < 6; i++) run3.push(hs429({ ms: 7_200_200 + i * 10, run: 'run-3', record: rid('company', i) }));
  for (let i = 0; i < 6; i++) run3.push(hsOk({ ms: 7_200_400 + i * 10, run: 'run-3', record: rid('company', i), object: 'companies' }));
  const file1 = writeLog('baseline-run1.ndjson', run1);
  const file2 = writeLog('baseline-run2.ndjson', run2);
  const file3 = writeLog('baseline-run3.ndjson', run3);
  const base = at('run1.json');

  it('run 1 saved with --json is a usable baseline', async () => {
    const res = await runCli([file1, '--json']);
    expect(res.code).toBe(1);
    writeFileSync(base, res.stdout);
    const s = JSON.parse(res.stdout) as OpSummary;
    expect(s.groups.map((g) => g.key).sort()).toEqual([A, B].sort());
    expect(byKey(s, A).count).toBe(30);
    expect(byKey(s, B).count).toBe(12);
    expect(s.groups.every((g) => g.baseline === undefined)).toBe(true);
  });

  it('run 2: C new (baselineCount 0), B known (was 12), A gone (count 0, was 30)', async () => {
    const { res, json } = await summary([file2, '--baseline', base]);
    expect(res.code).toBe(1);
    const c = byKey(json, C);
    expect(c).toMatchObject({ baseline: 'new', baselineCount: 0, count: 5, category: 'permissions' });
    const b = byKey(json, B);
    expect(b).toMatchObject({ baseline: 'known', baselineCount: 12, count: 7 });
    const a = byKey(json, A);
    expect(a).toMatchObject({ baseline: 'gone', baselineCount: 30, count: 0, category: 'auth' });
    expect(json.groups).toHaveLength(3);
    // Gone groups come after the present ones and do not drive the verdict.
    expect(json.groups.at(-1)?.key).toBe(A);
    expect(json.verdict.action).toBe('fix-and-continue');
    expect(json.verdict.text).not.toMatch(/token expired/i);
  });

  it('the table flags new / known / gone', async () => {
    const res = await runCli([file2, '--baseline', base]);
    const out = squeeze(res.stdout);
    expect(out).toContain('[new]');
    expect(out).toContain('[known, was 12]');
    expect(out).toContain('[gone, was 30]');
    // A gone group asks nothing now: no act "yes", no fix under it.
    const lines = res.stdout.split('\n');
    const at = lines.findIndex((l) => /^\s*auth\s+0\s/.test(l));
    expect(lines[at]).toMatch(/^\s*auth\s+0\s+-\s+-\s/);
    expect(lines.slice(at + 1).join('\n')).not.toMatch(/^\s+fix:/m);
  });

  it('--fail-on new-actionable: 1 when the new group is actionable, 0 when it is only transient', async () => {
    const r2 = await runCli([file2, '--fail-on', 'new-actionable', '--baseline', base]);
    expect(r2.code).toBe(1);
    const { res: r3, json: s3 } = await summary([file3, '--fail-on', 'new-actionable', '--baseline', base]);
    expect(r3.code).toBe(0);
    const newOnes = s3.groups.filter((g) => g.baseline === 'new');
    expect(newOnes.map((g) => g.category)).toEqual(['transient']);
    expect(byKey(s3, B).baseline).toBe('known');
    // The known actionable group still fails the default --fail-on.
    expect((await runCli([file3, '--baseline', base])).code).toBe(1);
  });

  it('a baseline of itself: everything known, nothing new → new-actionable exit 0', async () => {
    const res = await runCli([file1, '--fail-on', 'new-actionable', '--baseline', base, '--json']);
    expect(res.code).toBe(0);
    const s = JSON.parse(res.stdout) as OpSummary;
    expect(s.groups.every((g) => g.baseline === 'known' && g.baselineCount === g.count)).toBe(true);
  });

  it('a compared summary used as the next baseline: its gone groups are not carried forward', async () => {
    const base2 = at('run2-compared.json');
    writeFileSync(base2, (await runCli([file2, '--baseline', base, '--json'])).stdout);
    const { json } = await summary([file3, '--baseline', base2]);
    expect(json.groups.find((g) => g.key === A)).toBeUndefined();
    expect(byKey(json, B)).toMatchObject({ baseline: 'known', baselineCount: 7, count: 4 });
    expect(byKey(json, C)).toMatchObject({ baseline: 'gone', baselineCount: 5, count: 0 });
    expect(json.groups.filter((g) => g.baseline === 'new').map((g) => g.category)).toEqual(['transient']);
  });

  it('--fail-on new-actionable without --baseline exits 2 with one line', async () => {
    const res = await runCli([file2, '--fail-on', 'new-actionable']);
    expectOneLineError(res);
    expect(res.stderr).toContain('--baseline');
  });

  it('a baseline that is not a summary exits 2 with one line', async () => {
    expectOneLineError(await runCli([file2, '--baseline', file1]));
    expectOneLineError(await runCli([file2, '--baseline', at('missing.json')]));
  });

  it('a baseline with a BOM is read; an unknown schemaVersion is refused with one line naming it', async () => {
    const { res } = await summary([file1]);
    const bom = at('bom-baseline.json');
    writeFileSync(bom, `\uFEFF${res.stdout}`);
    expect((await runCli([file2, '--baseline', bom, '--fail-on', 'none'])).code).toBe(0);
    const future = at('future-baseline.json');
    writeFileSync(future, JSON.stringify({ ...JSON.parse(res.stdout), schemaVersion: 99 }));
    const refused = await runCli([file2, '--baseline', future]);
    expectOneLineError(refused);
    expect(refused.stderr).toContain('schemaVersion 99');
  });

  it('an unknown error whose template wildcarded other positions yesterday is known, not new + gone', async () => {
    const crash = (table: string, n: number) => JSON.stringify({ level: 'error', run_id: 'r', message: `worker crashed while loading table ${table} (${n} rows pending)` });
    const day1 = writeLog('unknown-day1.ndjson', [crash('users', 3), crash('orders', 5), crash('events', 7)]);
    const day2 = writeLog('unknown-day2.ndjson', [crash('users', 4), crash('users', 9)]);
    const base = at('unknown-baseline.json');
    writeFileSync(base, (await summary([day1])).res.stdout);
    const { json } = await summary([day2, '--baseline', base, '--fail-on', 'none']);
    const unknown = json.groups.filter((g) => g.category === 'unknown');
    expect(unknown.map((g) => g.baseline)).toEqual(['known']);
    expect(unknown[0].baselineCount).toBe(3);
  });
});

describe.concurrent('time window, samples, first/last seen, --by-run', () => {
  // An hour of auth failures every 10 minutes from 08:00 to 11:00, plus lines without a timestamp.
  const lines: string[] = [];
  for (let m = -60; m <= 120; m += 10) lines.push(hsExpired({ ms: m * 60_000, run: 'run-w', record: rid('c', m + 100) }));
  lines.push('2026/11/22 worker-3 POST https://api.hubapi.com/crm/v3/objects/contacts 401 {"status":"error","message":"The OAuth token used to make this call expired 0 second(s) ago.","category":"EXPIRED_AUTHENTICATION"}');
  lines.push(JSON.stringify({ level: 'error', destination: 'hubspot', record_id: 'c-no-ts', status: 401, body: { status: 'error', message: 'The OAuth token used to make this call expired 0 second(s) ago.', category: 'EXPIRED_AUTHENTICATION' } }));
  const file = writeLog('window.ndjson', lines);
  // 19 timestamped lines: 08:00 … 11:00. In [09:00, 10:00] inclusive: 7 (09:00, 09:10 … 10:00).

  it('--since/--until keep the window (inclusive) and lines without timestamps; totals.filtered counts the rest', async () => {
    const { res, json } = await summary([file, '--since', '2026-11-22T09:00:00Z', '--until', '2026-11-22T10:00:00Z']);
    expect(res.code).toBe(1);
    expect(json.totals.filtered).toBe(12);
    expect(json.totals.lines).toBe(9);
    expect(json.totals.lines + json.totals.filtered).toBe(lines.length);
    expect(json.inputs[0].lines).toBe(lines.length);
    const auth = only(json, 'auth');
    expect(auth.count).toBe(9);
    expect(auth.firstSeen).toBe('2026-11-22T09:00:00.000Z');
    expect(auth.lastSeen).toBe('2026-11-22T10:00:00.000Z');
  });

  it('the window applies to epoch-second, epoch-ms, logfmt and offset timestamps alike', async () => {
    const epoch = (ms: number) => (T0 + ms) / 1000;
    const body = { status: 'error', message: 'The OAuth token used to make this call expired 0 second(s) ago.', category: 'EXPIRED_AUTHENTICATION' };
    const mixed = writeLog('window-formats.log', [
      JSON.stringify({ ts: epoch(30 * 60_000), level: 'error', destination: 'hubspot', record_id: 'c-1', status: 401, body }), // 09:30 in
      JSON.stringify({ ts: T0 - 30 * 60_000, level: 'error', destination: 'hubspot', record_id: 'c-2', status: 401, body }), // 08:30 out (epoch ms)
      'time=2026-11-22T09:45:00Z level=error destination=hubspot status=401 record_id=c-3 error_code=EXPIRED_AUTHENTICATION', // in
      'time=2026-11-22T11:00:00Z level=error destination=hubspot status=401 record_id=c-4 error_code=EXPIRED_AUTHENTICATION', // out
      JSON.stringify({ timestamp: '2026-11-22T11:15:00+02:00', level: 'error', destination: 'hubspot', record_id: 'c-5', status: 401, body }), // 09:15Z in
    ]);
    const { json } = await summary([mixed, '--since', '2026-11-22T09:00:00Z', '--until', '2026-11-22T10:00:00Z']);
    expect(json.totals.filtered).toBe(2);
    expect(json.totals.lines).toBe(3);
    expect(only(json, 'auth').records).toBe(3);
  });

  it("Python logging's comma before the milliseconds is a time like any other", async () => {
    const py = writeLog('window-python.log', [
      '2026-11-22 08:40:00,123 ERROR hubspot upsert failed: 401 {"status":"error","category":"EXPIRED_AUTHENTICATION"}', // out
      '2026-11-22 09:20:00,456 ERROR hubspot upsert failed: 401 {"status":"error","category":"EXPIRED_AUTHENTICATION"}', // in
    ]);
    // Timestamps without an offset are read in the machine's zone for now: pin it.
    const { json } = await summary([py, '--since', '2026-11-22T09:00:00Z'], { env: { TZ: 'UTC' } });
    expect(json.totals.filtered).toBe(1);
    expect(json.totals.lines).toBe(1);
  });

  it('--since alone and --until alone', async () => {
    const since = (await summary([file, '--since', '2026-11-22T10:30:00Z'])).json;
    expect(since.totals.filtered).toBe(15); // 08:00 … 10:20
    expect(since.totals.lines).toBe(6); // 10:30, 10:40, 10:50, 11:00 + 2 without time
    const until = (await summary([file, '--until', '2026-11-22T08:15:00+00:00'])).json;
    expect(until.totals.filtered).toBe(17);
    expect(until.totals.lines).toBe(4);
  });

  it('two generic 401 wordings from one API are one row; too little to tell keeps the advice to pause', async () => {
    const file = writeLog('two-401.log', ['{"level":"error","destination":"hubspot","status":401}', '2026-01-01T00:00:00Z ERROR dest=hubspot invalid credentials for the connected account']);
    const { json } = await summary([file]);
    expect(json.groups).toHaveLength(1);
    expect(json.groups[0]).toMatchObject({ category: 'auth', destination: 'hubspot', count: 2, blocksRun: false });
    expect(json.verdict.action).toBe('pause-sync');
    expect(json.verdict.text).toMatch(/nothing in the log shows calls going through after it/);
  });

  it('a window that leaves no line says so, not "No errors found"', async () => {
    const res = await runCli([sample('mixed.log'), '--since', '2030-01-01T00:00:00Z', '--no-color']);
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/Verdict: No line falls in the --since\/--until window \(122 lines outside it\)/);
    expect(res.stdout).not.toMatch(/No errors found/);
  });

  it('--since later than --until is a usage error; an unreadable time too', async () => {
    expectOneLineError(await runCli([file, '--since', '2026-11-22T10:00:00Z', '--until', '2026-11-22T09:00:00Z']));
    const bad = await runCli([file, '--since', 'yesterday-ish']);
    expectOneLineError(bad, true);
    expect(bad.stderr).toContain('--since');
  });

  it('a window that excludes every timestamped line keeps only the untimed ones', async () => {
    const { res, json } = await summary([file, '--since', '2030-01-01']);
    // The two lines without timestamps are still kept.
    expect(json.totals.filtered).toBe(19);
    expect(json.totals.lines).toBe(2);
    expect(res.code).toBe(1);
  });

  it('--samples 3 keeps up to 3 raw lines per group; the default keeps 1', async () => {
    const mixed = writeLog('samples.ndjson', [
      ...Array.from({ length: 10 }, (_, i) => hsExpired({ ms: i, run: 'run-s', record: rid('c', i) })),
      ...Array.from({ length: 2 }, (_, i) => hsMissingScopes({ ms: 100 + i, run: 'run-s', record: rid('deal', i) })),
    ]);
    const three = (await summary([mixed, '--samples', '3'])).json;
    const auth = only(three, 'auth');
    expect(auth.samples).toHaveLength(3);
    auth.samples.forEach((s, i) => expect(JSON.parse(s).record_id).toBe(rid('c', i)));
    expect(only(three, 'permissions').samples).toHaveLength(2);
    const one = (await summary([mixed])).json;
    expect(only(one, 'auth').samples).toHaveLength(1);
    const zero = (await summary([mixed, '--samples', '0'])).json;
    expect(only(zero, 'auth').samples).toEqual([]);
    expectOneLineError(await runCli([mixed, '--samples', '21']), true);
  });

  it('firstSeen/lastSeen are the earliest and latest timestamps even when lines are out of order', async () => {
    const stamps = [37, 5, 59, 12, 0, 44, 59.5, 3];
    const shuffled = writeLog(
      'shuffled.ndjson',
      stamps.map((s, i) => hs429({ ms: s * 1000, run: 'run-o', record: rid('company', i) })),
    );
    const g = only((await summary([shuffled])).json, 'transient');
    expect(g.firstSeen).toBe('2026-11-22T09:00:00.000Z');
    expect(g.lastSeen).toBe('2026-11-22T09:00:59.500Z');
    expect(g.first.line).toBe(1);
  });

  // Once a bug: the string fast path in Aggregator.seen() left the parsed bounds stale.
  it('firstSeen/lastSeen with RFC 3339 stamps of varying precision (Go trims trailing zeros)', async () => {
    // Go's time.RFC3339Nano drops trailing zeros: "…:05Z", "…:01.5Z", "…:03.25Z" are one logger's output.
    const stamps = ['2026-11-22T09:00:05Z', '2026-11-22T09:00:01Z', '2026-11-22T09:00:03.25Z', '2026-11-22T09:00:09Z', '2026-11-22T09:00:07.5Z'];
    const go = writeLog(
      'go-stamps.ndjson',
      stamps.map((ts, i) =>
        JSON.stringify({
          time: ts,
          level: 'error',
          destination: 'hubspot',
          record_id: rid('c', i),
          status: 401,
          body: { status: 'error', message: 'The OAuth token used to make this call expired 0 second(s) ago.', category: 'EXPIRED_AUTHENTICATION' },
        }),
      ),
    );
    const g = only((await summary([go])).json, 'auth');
    expect(g.firstSeen).toBe('2026-11-22T09:00:01Z');
    expect(g.lastSeen).toBe('2026-11-22T09:00:09Z');
  });

  it('--by-run: the table lists each run id with its counts and the blocking group', async () => {
    const two = writeLog('two-runs.ndjson', [
      ...Array.from({ length: 3 }, (_, i) => hsOk({ ms: i, run: 'run-2026-11-22-0600', record: rid('c', i) })),
      ...Array.from({ length: 4 }, (_, i) => hsExpired({ ms: 10 + i, run: 'run-2026-11-22-0600', record: rid('c', 10 + i) })),
      ...Array.from({ length: 5 }, (_, i) => hs429({ ms: 100 + i, run: 'run-2026-11-22-0700', record: rid('company', i) })),
      ...Array.from({ length: 5 }, (_, i) => hsOk({ ms: 200 + i, run: 'run-2026-11-22-0700', record: rid('company', i), object: 'companies' })),
    ]);
    const res = await runCli([two, '--by-run']);
    expect(res.code).toBe(1);
    const out = squeeze(res.stdout);
    expect(out).toContain('run-2026-11-22-0600: 7 lines, 4 errors, 3 succeeded; blocked by');
    expect(out).toContain('run-2026-11-22-0700: 10 lines, 5 errors, 5 succeeded');
    expect(out).not.toContain('run-2026-11-22-0700: 10 lines, 5 errors, 5 succeeded; blocked');
    expect(res.stdout).toMatch(/^Runs$/m);
    // Without --by-run there is no per-run section.
    const plain = await runCli([two]);
    expect(plain.stdout).not.toMatch(/^Runs$/m);
    expect(plain.stdout).not.toContain('run-2026-11-22-0600: ');
    const { json } = await summary([two]);
    expect(json.runs.map((r) => r.id)).toEqual(['run-2026-11-22-0600', 'run-2026-11-22-0700']);
    expect(json.runs[0].blockedBy).toBe('auth|hubspot|EXPIRED_AUTHENTICATION');
    expect(json.runs[1].blockedBy).toBeNull();
    expect(only(json, 'auth').runs).toBe(1);
    expect(only(json, 'transient').runs).toBe(1);
    expect(only(json, 'transient').persistent).toBe(false);
  });
});

describe('7. a success that names no destination is the record’s, whichever destination its failures named', () => {
  it('a retry that went through is seen when only the failure names the destination, and the other way round', async () => {
    const failure = (id: string) => `2026-11-23T02:00:00Z ERROR hubspot upsert failed record_id=${id} status=429 {"status":"error","message":"You have reached your ten_secondly_rolling limit.","errorType":"RATE_LIMIT","policyName":"TEN_SECONDLY_ROLLING"}`;
    const log = writeLog('unnamed-success.log', [failure('c-1'), failure('c-2'), '2026-11-23T02:00:06Z INFO upserted contact record_id=c-1 status=200']);
    const { json } = await summary(['--fail-on', 'none', log]);
    const t = only(json, 'transient');
    expect(t.recovered).toBe(1);
    expect(t.stillFailing).toBe(1);
    expect(json.verdict.text).not.toMatch(/no success line names their records/);
    // A failure that names no destination, in a file whose successes name HubSpot.
    const reverse = writeLog('unnamed-failure.ndjson', [
      JSON.stringify({ ts: '2026-11-23T02:00:00Z', level: 'error', record_id: 'c-9', status: 503, msg: 'upstream unavailable' }),
      JSON.stringify({ ts: '2026-11-23T02:00:05Z', level: 'info', destination: 'hubspot', record_id: 'c-9', status: 200, msg: 'record synced' }),
    ]);
    const back = await summary(['--fail-on', 'none', reverse]);
    expect(only(back.json, 'transient').recovered).toBe(1);
  });
});
