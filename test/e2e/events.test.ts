import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseNdjson, runCli, runJson, tempDir, type ClassifyJson } from './run-cli.js';

/**
 * Real logs spread one failure over several lines and wrap it in engines' envelopes: each shape
 * is one event, classified once with its category, destination and field; exports are records;
 * unknown errors collapse by template; the table is a screen; retry outcomes are claimed only
 * where the log shows them.
 */
const FIXTURES = join(__dirname, '..', 'fixtures', 'events');
const tmp = tempDir('synctriage-events-');
afterAll(() => tmp.cleanup());
const write = (name: string, text: string) => {
  const p = join(tmp.dir, name);
  writeFileSync(p, text);
  return p;
};

const lineCount = (file: string) => readFileSync(file, 'utf8').split('\n').filter((_, i, a) => i < a.length - 1 || a[i] !== '').length;

describe('multi-line failures are one event each', () => {
  const cases: Array<{ file: string; category: string; destination: string | null; field?: string; note: string }> = [
    { file: 'py.log', category: 'auth', destination: 'hubspot', note: 'Python traceback after the ERROR line that logged it' },
    { file: 'singer.log', category: 'permissions', destination: 'hubspot', note: 'Singer "tap -" prefix on every line of a traceback' },
    { file: 'java.log', category: 'auth', destination: 'salesforce', note: 'Java exception under a logback line, Caused by chain, at frames' },
    { file: 'dotnet.log', category: 'transient', destination: null, note: '.NET ---> inner exceptions and End of inner exception' },
    { file: 'pretty.log', category: 'validation', destination: 'stripe', field: 'email', note: 'pretty-printed JSON body after a line ending in ":"' },
    { file: 'node.log', category: 'transient', destination: 'intercom', note: 'Node at frames and a util.inspect dump' },
    { file: 'php.log', category: 'plan', destination: 'pipedrive', note: 'PHP Uncaught with its body, Stack trace: #0' },
    { file: 'ruby.log', category: 'auth', destination: 'stripe', note: 'Ruby exception line with a \\tfrom backtrace, no level' },
    { file: 'facebook-dump.log', category: 'auth', destination: 'facebook', note: 'facebook_business dump: indented sections after blank lines, a pretty body' },
  ];
  it.each(cases)('$file: $note', async ({ file, category, destination, field }) => {
    const path = join(FIXTURES, file);
    const { json } = await runJson(['--fail-on', 'none', path]);
    const problems = json.groups.filter((g) => g.category !== 'none');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ category, destination, count: 1 });
    if (field !== undefined) expect(problems[0].field).toBe(field);
    expect(json.totals.lines).toBe(lineCount(path));
    expect(json.totals.errors).toBe(1);
    expect(json.totals.events).toBe(json.totals.errors + json.totals.nonErrors);
    // The group's first position is the event's head line.
    const cls = parseNdjson<ClassifyJson>((await runCli(['classify', path])).stdout);
    const head = cls.find((r) => r.category === category);
    expect(head?.line).toBe(problems[0].first.line);
    // Every physical line stays accounted for in classify, each in exactly one record.
    expect(cls.reduce((n, r) => n + r.lines, 0)).toBe(lineCount(path));
    for (let i = 1; i < cls.length; i++) expect(cls[i].line).toBe(cls[i - 1].line + cls[i - 1].lines);
  });

  it('explain - takes a multi-line event on stdin', async () => {
    const res = await runCli(['explain', '--json', '-'], { input: readFileSync(join(FIXTURES, 'java.log')) });
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout) as { classification: { category: string; cause: string } };
    expect(out.classification).toMatchObject({ category: 'auth', cause: 'INVALID_SESSION_ID' });
  });

  it('explain - on a CSV export explains its first record, read through the header', async () => {
    const csv = 'record_identifier,status,status_message\nc-1,failed,"401 Unauthorized: token expired, reconnect"\nc-2,succeeded,\n';
    const res = await runCli(['explain', '--json', '-'], { input: csv });
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout) as { line: string; signals: { format: string; recordId: string | null }; classification: { category: string } };
    expect(out.signals).toMatchObject({ format: 'csv', recordId: 'c-1' });
    expect(out.classification.category).toBe('auth');
  });
});

describe('a wrapper that states a failure, not its cause', () => {
  it("folds into the one cause its input shows (Airflow's 'Task failed with exception' after the real error)", async () => {
    const path = write(
      'airflow-wrapper.log',
      [
        "[2026-03-01, 17:18:06 UTC] {retry.py:157} ERROR - _request non-retriable exception: Anonymous caller does not have storage.objects.create access to the Google Cloud Storage object.",
        '[2026-03-01, 17:18:06 UTC] {taskinstance.py:2774} ERROR - Task failed with exception',
        'Traceback (most recent call last):',
        '  File "/usr/local/lib/python3.11/site-packages/airflow/models/taskinstance.py", line 447, in _execute_task',
        '',
      ].join('\n'),
    );
    const { json } = await runJson([path]);
    expect(json.groups).toHaveLength(1);
    expect(json.groups[0]).toMatchObject({ category: 'auth', destination: 'gcs', count: 2 });
  });

  it("folds a runner's 'Command failed. Return code: 1' (an unquoted logfmt message) into the command's own error", async () => {
    const path = write(
      'runner-wrapper.log',
      [
        'time=2026-03-01 13:00:24 logger_name=runner.cli log_level=ERROR message=Command failed. Return code: 1',
        'time=2026-03-01 13:00:24 logger_name=runner.fastsync log_level=ERROR message=100038 (22018): Numeric value \'abc\' is not recognized',
      ].join('\n'),
    );
    const { json } = await runJson([path]);
    expect(json.groups).toHaveLength(1);
    expect(json.groups[0]).toMatchObject({ category: 'validation', destination: 'snowflake', count: 2 });
  });

  it('stays its own row when its input shows no other cause, or several', async () => {
    const alone = write('wrapper-alone.log', '[2026-03-01, 17:18:06 UTC] {taskinstance.py:2774} ERROR - Task failed with exception\n');
    expect((await runJson([alone])).json.groups.map((g) => g.category)).toEqual(['unknown']);
  });
});

describe('Airbyte protocol messages: the label is a signal, never the answer', () => {
  const trace = (internal: string, failureType: string) =>
    JSON.stringify({
      type: 'TRACE',
      trace: {
        type: 'ERROR',
        emitted_at: 1763600000000,
        error: {
          message: 'Something went wrong in the connector. See the logs for more details.',
          internal_message: internal,
          stack_trace: `Traceback (most recent call last):\n  File "/airbyte/integration_code/source.py", line 88, in read_records\n    response.raise_for_status()\nrequests.exceptions.HTTPError: ${internal}\n`,
          failure_type: failureType,
        },
      },
    });
  it.each([
    ['401 Client Error: Unauthorized for url: https://api.hubapi.com/crm/v3/objects/contacts', 'auth'],
    ['429 Client Error: Too Many Requests for url: https://api.hubapi.com/crm/v3/objects/contacts', 'transient'],
  ])('a config_error TRACE carrying %s is %s', async (internal, category) => {
    const lines = [
      JSON.stringify({ type: 'LOG', log: { level: 'INFO', message: 'Starting syncing SourceHubspot' } }),
      JSON.stringify({ type: 'RECORD', record: { stream: 'contacts', data: { id: 1, status: 'failed', error: 'x' }, emitted_at: 1 } }),
      trace(internal, 'config_error'),
    ];
    const { json } = await runJson(['--fail-on', 'none', write(`airbyte-${category}.jsonl`, `${lines.join('\n')}\n`)]);
    expect(json.totals.errors).toBe(1);
    expect(json.groups).toHaveLength(1);
    expect(json.groups[0]).toMatchObject({ category, destination: 'hubspot' });
  });
});

describe('sync-log CSV exports are read as records', () => {
  it('maps columns by key spelling, handles quoted commas and newlines, counts successes', async () => {
    const csv = [
      'log_id,sync_run_id,record_identifier,operation,status,status_message,_census_logged_at',
      '1,r1,c-1,upsert,rejected,"Invalid email address, ""foo@"" is not valid",2026-11-20T10:00:00Z',
      '2,r1,c-2,upsert,succeeded,,2026-11-20T10:00:01Z',
      '3,r1,c-3,upsert,rejected,"Invalid email address, ""bar@"" is not valid",2026-11-20T10:00:02Z',
      '4,r1,c-4,upsert,failed,"Request failed with status code 429:',
      'Too Many Requests",2026-11-20T10:00:03Z',
      '5,r1,c-4,upsert,succeeded,,2026-11-20T10:00:04Z',
    ];
    const file = write('census.csv', `${csv.join('\n')}\n`);
    const { json } = await runJson(['--fail-on', 'none', file]);
    expect(json.totals.lines).toBe(7);
    expect(json.totals.events).toBe(6);
    expect(json.totals.errors).toBe(3);
    const validation = json.groups.find((g) => g.category === 'validation');
    expect(validation).toMatchObject({ count: 2, records: 2 });
    const transient = json.groups.find((g) => g.category === 'transient');
    expect(transient).toMatchObject({ count: 1, records: 1, recovered: 1, stillFailing: 0 });
    // The header row is a line of the input, not a run of its own.
    expect(json.runs.map((r) => r.id)).toEqual(['r1']);
  });
});

describe('unknown errors collapse by template', () => {
  const words = ['users', 'orders', 'invoices', 'contacts', 'deals', 'tickets', 'accounts', 'leads'];
  const shapes = [
    (i: number) => `ERROR worker crashed while mapping ${words[i % 8]} row ${i}: TypeError: Cannot read properties of undefined`,
    (i: number) => `ERROR mapper for ${words[(i * 3) % 8]} returned an empty batch for /data/export/${words[i % 8]}/part-${i}.parquet`,
    (i: number) => `ERROR transform step ${words[i % 8]} exceeded its memory budget on shard ${i % 17}`,
    (i: number) => `ERROR could not coerce column ${words[(i * 5) % 8]} of model ${words[i % 8]}`,
    (i: number) => `ERROR upstream cursor for ${words[i % 8]} went backwards at offset ${i * 7}`,
    (i: number) => `ERROR schema drift detected in ${words[(i * 7) % 8]}: column ${words[i % 8]}_${i % 13} changed type`,
  ];
  it('six message shapes × 1,000 lines give at most 12 groups', async () => {
    const lines: string[] = [];
    // Four-digit numbers: a bare 429 or 503 in prose is read as a status, which is not what this tests.
    for (let i = 1000; i < 2000; i++) for (const s of shapes) lines.push(s(i));
    const { json } = await runJson(['--fail-on', 'none', write('shapes.log', `${lines.join('\n')}\n`)]);
    expect(json.totals.errors).toBe(6000);
    expect(json.groups.every((g) => g.category === 'unknown')).toBe(true);
    expect(json.groups.length).toBeLessThanOrEqual(12);
    expect(json.groups.reduce((n, g) => n + g.count, 0)).toBe(6000);
  });

  it('10,000 random unknown errors give a short table that says how many more groups there are', async () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
    const token = () => Array.from({ length: 3 + (rnd() % 6) }, () => String.fromCharCode(97 + (rnd() % 26))).join('');
    const lines = Array.from({ length: 10_000 }, () => `ERROR ${Array.from({ length: 2 + (rnd() % 8) }, token).join(' ')}`);
    const file = write('random.log', `${lines.join('\n')}\n`);
    const res = await runCli(['--fail-on', 'none', '--no-color', file], { env: { COLUMNS: '100' } });
    expect(res.code).toBe(0);
    const out = res.stdout.split('\n');
    expect(out.length).toBeLessThan(200);
    expect(res.stdout).toMatch(/… [\d,]+ more groups \([\d,]+ events\) not shown: --all lists every group/);
  });
});

describe('retry outcomes: claim only what the log shows', () => {
  const storm = (withIds: boolean) => {
    const lines: string[] = [];
    let ms = Date.parse('2026-11-20T10:00:00Z');
    const ts = () => new Date((ms += 10)).toISOString();
    for (let i = 0; i < 300; i++) {
      const id = withIds ? { customer_id: `cus_${i}` } : {};
      lines.push(JSON.stringify({ ts: ts(), level: 'error', destination: 'stripe', ...id, status: 429, error: { type: 'invalid_request_error', code: 'rate_limit', message: 'Too many requests.' } }));
    }
    for (let i = 0; i < 280; i++) {
      const id = withIds ? { customer_id: `cus_${i}` } : {};
      lines.push(JSON.stringify({ ts: ts(), level: 'info', destination: 'stripe', ...id, status: 200, msg: 'customer upserted' }));
    }
    return `${lines.join('\n')}\n`;
  };

  it('a 429 storm without record ids: no recovery claimed in JSON, table or verdict', async () => {
    const file = write('storm-noids.ndjson', storm(false));
    const { json } = await runJson([file]);
    const g = json.groups[0];
    expect(g).toMatchObject({ category: 'transient', records: null, recovered: null, stillFailing: null });
    expect(json.verdict.text).not.toMatch(/recovered/);
    expect(json.verdict.text).toMatch(/does not show/);
    const table = await runCli(['--no-color', file]);
    expect(table.stdout).toMatch(/retry outcome unknown/);
    expect(table.stdout).not.toMatch(/retried OK/);
  });

  it('the same storm with customer_id: recovered and still-failing records, never more than the records', async () => {
    const { json } = await runJson([write('storm-ids.ndjson', storm(true))]);
    const g = json.groups[0];
    expect(g).toMatchObject({ category: 'transient', records: 300, recovered: 280, stillFailing: 20 });
  });
});

describe('one root cause, one row: folds after aggregation', () => {
  it('a failure that names no destination takes the one destination its file names', async () => {
    const log = write(
      'one-destination.log',
      [
        '{"level":"error","destination":"hubspot","status":401,"category":"EXPIRED_AUTHENTICATION","message":"The OAuth token used to make this call expired 2 hour(s) ago."}',
        'ERROR sync failed: ConnectionResetError: [Errno 104] Connection reset by peer',
      ].join('\n') + '\n',
    );
    const { json } = await runJson(['--fail-on', 'none', log]);
    expect(json.groups.map((g) => [g.category, g.destination])).toEqual([
      ['auth', 'hubspot'],
      ['transient', 'hubspot'],
    ]);
  });

  it('a file keeps its lent destination whatever other files are read beside it (keys stay stable)', async () => {
    const one = write(
      'lends.log',
      '{"level":"error","destination":"hubspot","status":401,"category":"EXPIRED_AUTHENTICATION","message":"expired"}\nERROR sync failed: ConnectionResetError: [Errno 104] Connection reset by peer\n',
    );
    const other = write('other.log', '{"level":"error","destination":"stripe","status":402,"error":{"type":"card_error","code":"card_declined","message":"Your card was declined."}}\n');
    const alone = (await runJson(['--fail-on', 'none', one])).json.groups.find((g) => g.category === 'transient');
    const beside = (await runJson(['--fail-on', 'none', one, other])).json.groups.find((g) => g.category === 'transient');
    expect(alone?.destination).toBe('hubspot');
    expect(beside?.key).toBe(alone?.key);
  });

  it('a file naming two destinations lends none, nor does a group whose events come from two files', async () => {
    const two = write(
      'two-destinations.log',
      [
        '{"level":"error","destination":"hubspot","status":401,"category":"EXPIRED_AUTHENTICATION","message":"expired"}',
        '{"level":"error","destination":"stripe","status":402,"error":{"type":"card_error","code":"card_declined","message":"Your card was declined."}}',
        'ERROR sync failed: ConnectionResetError: [Errno 104] Connection reset by peer',
      ].join('\n') + '\n',
    );
    const bare = write('bare.log', 'ERROR sync failed: ConnectionResetError: [Errno 104] Connection reset by peer\n');
    const hub = write('hub.log', '{"level":"error","destination":"hubspot","status":401,"category":"EXPIRED_AUTHENTICATION","message":"expired"}\nERROR sync failed: ConnectionResetError: [Errno 104] Connection reset by peer\n');
    for (const args of [[two], [bare, hub]]) {
      const { json } = await runJson(['--fail-on', 'none', ...args]);
      expect(json.groups.find((g) => g.category === 'transient')?.destination).toBeNull();
    }
  });

  it('folded groups are judged together for blocking: a coded 401 then bare 401s block the run as one cause', async () => {
    const log = write(
      'fold-blocks.ndjson',
      [
        '{"level":"info","destination":"hubspot","record_id":"c0","status":200,"msg":"ok"}',
        '{"level":"error","destination":"hubspot","record_id":"c1","status":401,"body":{"status":"error","message":"Authentication credentials not found.","category":"INVALID_AUTHENTICATION"}}',
        '{"level":"error","destination":"hubspot","record_id":"c2","status":401,"message":"Unauthorized"}',
        '{"level":"error","destination":"hubspot","record_id":"c3","status":401,"message":"Unauthorized"}',
      ].join('\n') + '\n',
    );
    const { json } = await runJson(['--fail-on', 'none', log]);
    expect(json.groups).toHaveLength(1);
    expect(json.groups[0]).toMatchObject({ category: 'auth', count: 3, blocksRun: true, wastedCalls: 2 });
    expect(json.verdict.action).toBe('pause-sync');
  });

  it('a generic 401 folds into the provider-decided auth group of the same destination, runs follow', async () => {
    const log = write(
      'generic-into-specific.log',
      [
        '{"level":"error","run_id":"r1","destination":"salesforce","status":401,"errorCode":"INVALID_SESSION_ID","message":"Session expired or invalid"}',
        '{"level":"error","run_id":"r1","destination":"salesforce","status":401,"message":"401 Unauthorized"}',
      ].join('\n') + '\n',
    );
    const { json } = await runJson(['--fail-on', 'none', log]);
    expect(json.groups).toHaveLength(1);
    expect(json.groups[0]).toMatchObject({ category: 'auth', destination: 'salesforce', count: 2 });
    expect(json.groups[0].rule).not.toMatch(/^http\//);
    const run = (json as unknown as { runs: Array<{ groups: Record<string, number> }> }).runs[0];
    expect(run.groups).toEqual({ [json.groups[0].key]: 2 });
  });
});

describe('config providers as a user meets them', () => {
  it("the verdict names an in-house API by its display name; --json before explain still gives JSON", async () => {
    const cfg = write(
      'acme.json',
      JSON.stringify({
        providers: [
          {
            name: 'acme-billing',
            display: 'Acme Billing',
            hints: ['billing\\.acme\\.internal'],
            rules: [{ id: 'quota', category: 'plan', code: ['ACME_QUOTA_EXHAUSTED'], summary: 'Acme Billing quota used up', fix: 'Ask the billing team.' }],
          },
        ],
      }),
    );
    const line = 'ERROR POST https://billing.acme.internal/v1/charges failed: {"code":"ACME_QUOTA_EXHAUSTED"}';
    const log = write('acme.log', `${line}\n`);
    const { json } = await runJson(['--fail-on', 'none', '--config', cfg, log]);
    expect(json.groups[0]).toMatchObject({ category: 'plan', destination: 'acme-billing', rule: 'acme-billing/quota' });
    expect(json.verdict.text).toContain('on Acme Billing');
    const res = await runCli(['--json', 'explain', '--config', cfg, line]);
    expect(JSON.parse(res.stdout)).toMatchObject({ classification: { rule: 'acme-billing/quota' } });
  });
});

describe('a message with Java or Node frames under it and no level is an exception; a label over frames is not', () => {
  it('the no-packets sentence over frames is a MySQL outage; "Stack:" and "[… truncated …]" over frames are no groups', async () => {
    const text = [
      'The last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server.',
      '\tat com.mysql.cj.jdbc.ConnectionImpl.createNewIO(ConnectionImpl.java:828)',
      '\tat com.mysql.cj.jdbc.ConnectionImpl.<init>(ConnectionImpl.java:448)',
      '',
      'Stack:',
      '    at Object.handle_response (/srv/app/node_modules/transport/lib/transport.js:510:9)',
      '',
      '[Some information was truncated for brevity, enable debug logging for more details]',
      '\tat com.example.Main.main(Main.java:37)',
    ].join('\n');
    const { json } = await runJson(['--fail-on', 'none', '-'], { input: `${text}\n` });
    expect(json.groups.map((g) => `${g.category}/${g.destination}`)).toEqual(['outage/mysql']);
  });
});
