// Hostile content: terminal escapes in bodies, invalid UTF-8, huge lines, binary files, deep nesting,
// huge objects. Each is counted, classified, bounded in time and memory, and never drives the terminal.
import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAVE_TIME, parseNdjson, runCli, runJson, STACK_FRAME, tempDir, type ClassifyJson, type RunResult, validationGroupsLog } from './run-cli.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const at = (name: string) => join(tmp.dir, name);

/** The documented line cap: "over-long lines were classified from their first MiB" (characters). */
const CAP = 1 << 20;
/**
 * Hang and blow-up guards, not speed checks (speed is the benchmark's business): a hostile line
 * that made the tool spin or hold it all in memory would cross these by orders of magnitude.
 */
const MAX_MS = 30_000;
const MAX_RSS_KB = 1024 * 1024;

/**
 * Characters that must never reach a terminal raw: C0 controls other than newline, DEL, C1
 * controls, bidi embeddings/overrides/isolates, line/paragraph separators.
 */
// eslint-disable-next-line no-control-regex
const RAW_UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
const unsafeIn = (s: string): string[] => [...new Set(s.match(RAW_UNSAFE) ?? [])].map((c) => `U+${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
/** Colour codes (SGR) are the only escapes a coloured table may contain. */
const SGR = /\u001b\[[0-9;]*m/g;

function expectHandled(res: RunResult): void {
  expect(res.timedOut, 'killed after the time limit').toBe(false);
  expect(res.signal).toBeNull();
  expect([0, 1], `exit ${String(res.code)}; stderr: ${res.stderr.slice(0, 500)}`).toContain(res.code);
  // Diagnostics may go to stderr (e.g. "contains NUL bytes"), but only as escaped "synctriage: …" lines, never a crash.
  expect(res.stderr).not.toMatch(STACK_FRAME);
  expect(res.stderr).not.toMatch(/internal error|RangeError|Maximum call stack|heap out of memory/i);
  for (const l of res.stderr.split('\n').filter((x) => x !== '')) expect(l).toMatch(/^synctriage: /);
  expect(unsafeIn(res.stderr)).toEqual([]);
  expect(res.ms).toBeLessThan(MAX_MS);
  if (res.maxRssKb !== null) expect(res.maxRssKb, 'peak RSS (KiB)').toBeLessThan(MAX_RSS_KB);
}

/** xorshift32: reproducible "random" bytes. */
function pseudoRandomBytes(n: number, seed = 0x9e3779b9): Buffer {
  const b = Buffer.alloc(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    b[i] = x & 0xff;
  }
  return b;
}

const countLines = (buf: Buffer): number => {
  if (buf.length === 0) return 0;
  let n = 0;
  for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, i + 1)) n++;
  return buf[buf.length - 1] === 10 ? n : n + 1;
};

// ---------------------------------------------------------------------------------------------
describe('terminal escapes, C1 controls, NULs and bidi overrides in error bodies', () => {
  const EVIL: Array<[string, string]> = [
    ['SGR red', '\u001b[31m'],
    ['OSC 8 hyperlink', '\u001b]8;;http://evil\u0007'],
    ['OSC 0 title', '\u001b]0;title\u0007'],
    ['C1 CSI', '\u009b'],
    ['C1 CSI clear screen', '\u009b2J'],
    ['NUL', '\u0000'],
    ['bidi override', '\u202e'],
    ['bidi isolate', '\u2066'],
    ['line separator', '\u2028'],
    ['DEL and BEL', '\u007f\u0007'],
    ['clear + home', '\u001b[2J\u001b[H'],
  ];
  const lines: string[] = [];
  let file: string;
  beforeAll(() => {
    EVIL.forEach(([, e], i) => {
      // Valid JSON: the escape arrives JSON-encoded and is decoded by the parser.
      lines.push(JSON.stringify({ level: 'error', destination: 'hubspot', record_id: `j${i}`, error: { message: `weird failure ${e} inside ${i}` } }));
      lines.push(
        JSON.stringify({
          status: 400,
          destination: 'salesforce',
          record_id: `s${i}`,
          body: [{ message: `bad value ${e}x`, errorCode: `INVALID_FIELD${e}`, fields: [`Name${e}`] }],
        }),
      );
      lines.push(JSON.stringify({ status: 401, destination: 'hubspot', record_id: `h${i}`, body: { status: 'error', message: `token ${e} expired`, category: `EXPIRED_AUTHENTICATION` } }));
      // Raw bytes in a text line and in a logfmt line.
      lines.push(`2026-11-22T09:00:0${i % 10}Z ERROR sync failed: ${e} something broke in step ${i}`);
      lines.push(`level=error status=503 destination=hub${e}spot msg="oops ${e}" record_id=l${i}`);
      // Raw control characters inside a JSON string (invalid JSON, so read as text).
      lines.push(`{"status":422,"destination":"stripe","error":{"type":"invalid_request_error","param":"email${e}","message":"raw ${e} here"}}`);
    });
    file = at('hostile.log');
    writeFileSync(file, `${lines.join('\n')}\n`);
  });

  it('table (plain): no raw control, bidi or separator character; the escaped form is visible', async () => {
    const res = await runCli([file, '--samples', '20']);
    expect(res.code).toBe(1);
    expect(unsafeIn(res.stdout)).toEqual([]);
    expect(res.stdout).toMatch(/\\x1b|\\u001b/);
    expect(res.stdout).toMatch(/\\u009b/);
    expect(res.stdout).toMatch(/\\u202e/);
  });

  it('table (FORCE_COLOR=1): the only escapes are the colour codes', async () => {
    const res = await runCli([file, '--samples', '20'], { env: { FORCE_COLOR: '1' } });
    expect(res.stdout).toMatch(SGR);
    expect(unsafeIn(res.stdout.replace(SGR, ''))).toEqual([]);
  });

  it('markdown: no raw control characters', async () => {
    const res = await runCli([file, '--format', 'markdown']);
    expect(res.code).toBe(1);
    expect(unsafeIn(res.stdout)).toEqual([]);
  });

  it('json, ndjson and classify: no raw ESC/C1/bidi, and they still parse to the decoded text', async () => {
    const { res, json } = await runJson([file, '--samples', '20']);
    expect(unsafeIn(res.stdout)).toEqual([]);
    expect(json.totals.lines).toBe(lines.length);
    // The escaping is JSON escaping: the parsed samples hold the original characters.
    const allSamples = json.groups.flatMap((g) => g.samples).join('\n');
    expect(allSamples).toContain('\u001b[31m');
    expect(allSamples).toContain('\u009b');
    expect(allSamples).toContain('\u202e');

    const nd = await runCli([file, '--format', 'ndjson', '--samples', '20']);
    expect(unsafeIn(nd.stdout)).toEqual([]);
    expect(() => parseNdjson(nd.stdout)).not.toThrow();

    const cls = await runCli(['classify', file]);
    expect(unsafeIn(cls.stdout)).toEqual([]);
    const recs = parseNdjson<ClassifyJson>(cls.stdout);
    expect(recs.map((r) => r.line)).toEqual(lines.map((_, i) => i + 1));
  });

  it('explain (line as argument): no raw control characters; the decoded escape is shown as \\x1b', async () => {
    const line = lines[0]; // JSON with a JSON-encoded ESC in error.message
    const res = await runCli(['explain', line]);
    expect(res.code).toBe(0);
    expect(unsafeIn(res.stdout)).toEqual([]);
    expect(res.stdout).toMatch(/message\s+.*\\x1b\[31m/);
  });

  it('explain (line on stdin, incl. NULs, every line shape): no raw control characters', async () => {
    // Every shape of line for SGR, OSC 8, C1, NUL and bidi (the others share their code paths); 3 at a time.
    const picked = lines.filter((_, i) => [0, 1, 3, 5, 6].includes(Math.floor(i / 6)));
    for (let i = 0; i < picked.length; i += 3) {
      const batch = picked.slice(i, i + 3);
      const results = await Promise.all(batch.map((line) => runCli(['explain', '-'], { input: `${line}\n` })));
      results.forEach((res, j) => {
        expect(res.code, batch[j]).toBe(0);
        expect(unsafeIn(res.stdout), JSON.stringify(batch[j])).toEqual([]);
        expect(res.stdout).toMatch(/decided by\s+\S+/);
      });
    }
  });

  it('the HubSpot 401 with escapes in its message is still classified as auth', async () => {
    const { json } = await runJson([file]);
    const auth = json.groups.filter((g) => g.category === 'auth');
    expect(auth).toHaveLength(1);
    expect(auth[0].count).toBe(EVIL.length);
  });

  // Once a bug: error lines on stderr printed a file name from a glob raw.
  it('a file name with escape sequences is escaped in the stderr error line', async () => {
    const name = at('x\u001b]0;pwned\u0007\u001b[2J.log');
    const res = await runCli([name]);
    expect(res.code).toBe(2);
    expect(unsafeIn(res.stderr)).toEqual([]);
  });

  it('a file name with escape sequences is escaped in the table header', async () => {
    const name = at('y\u001b[31m\u202e.log');
    writeFileSync(name, `${lines[2]}\n`);
    const res = await runCli([name]);
    expect(unsafeIn(res.stdout)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
describe('invalid UTF-8', () => {
  it('does not crash; bad bytes become U+FFFD; lines and classification are intact', async () => {
    const parts: Buffer[] = [
      Buffer.from('{"status":400,"destination":"hubspot","body":{"status":"error","message":"bad '),
      Buffer.from([0xff, 0xfe, 0xc3]),
      Buffer.from(' bytes","category":"VALIDATION_ERROR","errors":[{"message":"x","context":{"propertyName":["phone"]}}]}}\n'),
      Buffer.from('2026-11-22T09:00:00Z ERROR lone continuation '),
      Buffer.from([0x80, 0x81, 0xbf]),
      Buffer.from(' overlong '),
      Buffer.from([0xc0, 0xaf]),
      Buffer.from(' surrogate '),
      Buffer.from([0xed, 0xa0, 0x80]),
      Buffer.from(' ECONNRESET\n'),
      Buffer.from('status=401 destination=hubspot msg="cut '),
      Buffer.from([0xe2, 0x82]), // a truncated 3-byte sequence right before the newline
      Buffer.from('"\n'),
      Buffer.from([0xf0, 0x9f, 0x98]), // truncated 4-byte sequence at EOF, no newline
    ];
    const buf = Buffer.concat(parts);
    const file = at('bad-utf8.log');
    writeFileSync(file, buf);
    const { res, json } = await runJson([file, '--samples', '5']);
    expectHandled(res);
    expect(json.totals.lines).toBe(4);
    // stdout is valid UTF-8.
    expect(Buffer.from(res.stdout, 'utf8').equals(res.stdoutBuf)).toBe(true);
    const samples = json.groups.flatMap((g) => g.samples).join('\n');
    expect(samples).toContain('\ufffd');
    expect(json.groups.find((g) => g.category === 'validation')?.field).toBe('phone');
    expect(json.groups.find((g) => g.category === 'auth')).toBeDefined();
    expect(json.groups.find((g) => g.category === 'transient')).toBeDefined();

    const cls = await runCli(['classify', file]);
    expect(cls.code).toBe(0);
    expect(parseNdjson<ClassifyJson>(cls.stdout).map((r) => r.line)).toEqual([1, 2, 3, 4]);

    const table = await runCli([file]);
    expect(table.code).toBe(1);
    expect(table.stderr).toBe('');
  });

  it('a valid multi-byte character split across a read-chunk boundary is decoded, not replaced', async () => {
    // Success lines up to just before 1 MiB (the read size), then an error line whose "€" straddles it.
    const ok = '{"status":200,"destination":"hubspot","record_id":"ok","msg":"record synced"}\n';
    const body: string[] = [];
    let bytes = 0;
    while (bytes + ok.length < CAP - 200) {
      body.push(ok);
      bytes += ok.length;
    }
    const prefix = '{"status":400,"destination":"stripe","error":{"type":"invalid_request_error","param":"amount","message":"';
    const pad = 'x'.repeat(CAP - bytes - prefix.length - 1); // "€" (3 bytes) starts 1 byte before the boundary
    const err = `${prefix}${pad}€ is not a valid currency amount"}}\n`;
    const file = at('euro-boundary.log');
    writeFileSync(file, body.join('') + err);
    const raw = readFileSync(file);
    expect(raw.indexOf(Buffer.from('€'))).toBe(CAP - 1);
    const { json } = await runJson([file]);
    expect(json.totals.lines).toBe(body.length + 1);
    expect(json.groups).toHaveLength(1);
    const cls = parseNdjson<ClassifyJson>((await runCli(['classify', file])).stdout);
    expect(cls).toHaveLength(body.length + 1);
    expect(cls[cls.length - 1].category).toBe('validation');
    // The whole line is in the explain output, with the euro sign intact.
    const ex = await runCli(['explain', '-'], { input: readFileSync(file).subarray(raw.lastIndexOf(Buffer.from(prefix))) });
    expect(ex.stdout).toContain('€ is not a valid');
    expect(ex.stdout).not.toContain('\ufffd');
  });
});

// ---------------------------------------------------------------------------------------------
describe('huge and malformed inputs: handled, counted, classified, bounded', () => {
  it('a single 100 MB line (a JSON error message of "a"s), then more lines', async () => {
    const file = at('100mb-line.log');
    const fd = openSync(file, 'w');
    writeSync(fd, '{"ts":"2026-11-22T09:00:00Z","level":"error","destination":"hubspot","record_id":"big-1","status":500,"body":{"status":"error","message":"');
    const chunk = Buffer.alloc(1 << 20, 'a');
    for (let i = 0; i < 100; i++) writeSync(fd, chunk);
    writeSync(fd, '","category":"INTERNAL_ERROR"}}\n');
    writeSync(fd, '{"destination":"hubspot","record_id":"c-2","status":401,"body":{"status":"error","message":"The OAuth token used to make this call expired 0 second(s) ago.","category":"EXPIRED_AUTHENTICATION"}}\n');
    writeSync(fd, '{"destination":"hubspot","record_id":"c-3","status":200,"msg":"record synced"}\n');
    closeSync(fd);

    const { res, json } = await runJson([file], { measureRss: true, timeoutMs: MAX_MS + 5_000 });
    expectHandled(res);
    expect(json.totals.lines).toBe(3);
    expect(json.totals.truncated).toBe(1);
    expect(json.totals.errors).toBe(2);
    expect(json.totals.nonErrors).toBe(1);
    expect(json.inputs[0].bytes).toBeGreaterThan(100 * (1 << 20));
    expect(json.groups.find((g) => g.category === 'auth')?.first.line).toBe(2);
    const big = json.groups.find((g) => g.first.line === 1);
    expect(big, 'the 100 MB line is in a group').toBeDefined();
    expect(big?.samples[0].length).toBeLessThan(1000);

    const cls = await runCli(['classify', file], { timeoutMs: MAX_MS + 5_000 });
    expectHandled(cls);
    const recs = parseNdjson<ClassifyJson>(cls.stdout);
    expect(recs.map((r) => r.line)).toEqual([1, 2, 3]);
    expect(recs[0].truncated).toBe(true);
    expect(recs[0].category).toBe('transient'); // status 500 is in the kept prefix
    expect(recs[1].category).toBe('auth');
    expect(recs[2].category).toBe('none');
    // classify output stays small: the 100 MB are not echoed.
    expect(cls.stdout.length).toBeLessThan(10_000);
  });

  it('a binary file (~5 MB of random bytes incl. NULs) is read as text: every line counted and classified', async () => {
    // One readable line at the end names a destination the file would otherwise lend its groups.
    const buf = Buffer.concat([pseudoRandomBytes(5 * 1024 * 1024), Buffer.from('\n2026-03-01T10:00:00Z ERROR POST https://api.hubapi.com/crm/v3/objects/contacts -> 401\n')]);
    buf[0] = 0; // never gzip magic
    for (let i = 1000; i < buf.length - 200; i += 65_537) buf[i] = 0; // NULs for sure
    const file = at('random.bin');
    writeFileSync(file, buf);
    const expected = countLines(buf);

    const { res, json } = await runJson([file], { measureRss: true, timeoutMs: MAX_MS + 5_000 });
    expectHandled(res);
    expect(json.totals.lines).toBe(expected);
    // Every event is an error or not; events may join several physical lines, every one counted.
    expect(json.totals.errors + json.totals.nonErrors).toBe(json.totals.events);
    expect(json.totals.events).toBeLessThanOrEqual(expected);
    expect(json.inputs[0]).toMatchObject({ binary: true, gzip: false, bytes: buf.length, lines: expected });
    expect(unsafeIn(res.stdout)).toEqual([]);
    // Binary data names no destination, not even one a stray word elsewhere in the file lends it.
    for (const g of json.groups.filter((x) => x.cause === 'binary data (NUL bytes), not a log line')) expect(g.destination).toBeNull();

    const cls = await runCli(['classify', file], { timeoutMs: MAX_MS + 5_000 });
    expectHandled(cls);
    const recs = parseNdjson<ClassifyJson>(cls.stdout);
    expect(recs.reduce((n, r) => n + r.lines, 0)).toBe(expected);
    const last = recs[recs.length - 1];
    expect(last.line + last.lines - 1).toBe(expected);

    const table = await runCli([file], { timeoutMs: MAX_MS + 5_000 });
    expectHandled(table);
    expect(unsafeIn(table.stdout)).toEqual([]);
    // The operator is told the input looks binary (a note in the report or a diagnostic on stderr).
    expect(`${table.stdout}\n${table.stderr}`).toMatch(/NUL bytes|binary/i);
  });

  it('deeply nested JSON (100,000 levels of [ and {"a": ), open and closed', async () => {
    const N = 100_000;
    const deepObj = `${'{"a":'.repeat(N)}1${'}'.repeat(N)}`;
    const rows = [
      '['.repeat(N),
      `${'['.repeat(N)}${']'.repeat(N)}`,
      '{"a":'.repeat(N),
      deepObj,
      // An error at the top with a deep tail: the error must still be found.
      `{"status":401,"destination":"hubspot","body":{"status":"error","message":"The OAuth token used to make this call expired 0 second(s) ago.","category":"EXPIRED_AUTHENTICATION"},"deep":${deepObj}}`,
      `{"status":500,"destination":"hubspot","deep":${'['.repeat(N)}${']'.repeat(N)}}`,
      // Deep JSON encoded inside a string field (bodies are often JSON-in-a-string).
      JSON.stringify({ status: 502, destination: 'hubspot', body: `${'['.repeat(N)}` }),
      JSON.stringify({ status: 400, destination: 'stripe', body: deepObj }),
      `ERROR 500 ${'{"a":'.repeat(N)}`,
    ];
    const file = at('deep.log');
    writeFileSync(file, `${rows.join('\n')}\n`);
    const { res, json } = await runJson([file], { measureRss: true, timeoutMs: MAX_MS + 5_000 });
    expectHandled(res);
    expect(json.totals.lines).toBe(rows.length);
    const cls = await runCli(['classify', file], { timeoutMs: MAX_MS + 5_000 });
    expectHandled(cls);
    const recs = parseNdjson<ClassifyJson>(cls.stdout);
    expect(recs.map((r) => r.line)).toEqual(rows.map((_, i) => i + 1));
    expect(recs[4].category).toBe('auth');
    expect(recs[4].rule).toBe('hubspot/expired-authentication');
    expect(recs[5].category).toBe('transient');
    expect(recs[6].status).toBe(502);
    expect(recs[7].status).toBe(400);
    // The same lines one at a time through explain (the recursion-prone path).
    for (const row of [rows[3], rows[4], rows[7]]) {
      const ex = await runCli(['explain', '-'], { input: row, timeoutMs: MAX_MS });
      expect(ex.code).toBe(0);
      expect(ex.stderr).toBe('');
    }
  });

  it('a JSON object with 1,000,000 keys (error first), and one with 60,000 keys under the cap', async () => {
    const parts: string[] = [];
    for (let i = 0; i < 1_000_000; i++) parts.push(`"k${i}":${i}`);
    const million = `{"status":401,"destination":"hubspot","body":{"status":"error","message":"The OAuth token used to make this call expired 0 second(s) ago.","category":"EXPIRED_AUTHENTICATION"},${parts.join(',')}}`;
    const sixty = `{"status":400,"destination":"salesforce","record_id":"003x","body":[{"message":"Required fields are missing: [LastName]","errorCode":"REQUIRED_FIELD_MISSING","fields":["LastName"]}],${parts.slice(0, 60_000).join(',')}}`;
    expect(million.length).toBeGreaterThan(CAP);
    expect(sixty.length).toBeLessThan(CAP);
    const rows = [million, sixty, sixty, million.replace('"status":401', '"status":200').replace('EXPIRED_AUTHENTICATION', 'OK')];
    const file = at('many-keys.log');
    writeFileSync(file, `${rows.join('\n')}\n`);
    const { res, json } = await runJson([file], { measureRss: true, timeoutMs: MAX_MS + 5_000 });
    expectHandled(res);
    expect(json.totals.lines).toBe(4);
    expect(json.totals.truncated).toBe(2);
    const cls = parseNdjson<ClassifyJson>((await runCli(['classify', file], { timeoutMs: MAX_MS + 5_000 })).stdout);
    expect(cls.map((r) => r.line)).toEqual([1, 2, 3, 4]);
    expect(cls[0].category).toBe('auth');
    expect(cls[1]).toMatchObject({ category: 'validation', field: 'LastName' });
    expect(cls[1].truncated).toBeUndefined();
    expect(cls[2].category).toBe('validation');
  });

  it('lines at and just past the cap keep the line count and the following lines intact', async () => {
    const auth = (i: number) =>
      `{"destination":"hubspot","record_id":"c-${i}","status":401,"body":{"status":"error","message":"The OAuth token used to make this call expired 0 second(s) ago.","category":"EXPIRED_AUTHENTICATION"}}`;
    const filler = (n: number) => `status=500 msg="${'b'.repeat(n - 'status=500 msg=""'.length)}"`;
    // Lengths around the cap; multi-byte ones too ("é" is one character, two bytes); one with CRLF.
    const rows = [
      auth(1),
      filler(CAP - 1),
      auth(2),
      filler(CAP),
      auth(3),
      filler(CAP + 1),
      auth(4),
      filler(CAP + 17),
      auth(5),
      `status=500 msg="${'é'.repeat(CAP + 3)}"`,
      auth(6),
      `${filler(CAP + 5)}\r`,
      auth(7),
      filler(3 * CAP + 12_345),
      auth(8),
    ];
    const longOnes = rows.filter((r) => r.replace(/\r$/, '').length > CAP).length;
    const file = at('cap.log');
    writeFileSync(file, `${rows.join('\n')}\n${filler(CAP + 9)}`); // and an over-long last line with no newline
    const { res, json } = await runJson([file], { timeoutMs: MAX_MS });
    expectHandled(res);
    expect(json.totals.lines).toBe(rows.length + 1);
    expect(json.totals.truncated).toBe(longOnes + 1);
    const authGroup = json.groups.find((g) => g.category === 'auth');
    expect(authGroup?.count).toBe(8);
    expect(authGroup?.records).toBe(8);

    const cls = parseNdjson<ClassifyJson>((await runCli(['classify', file], { timeoutMs: MAX_MS })).stdout);
    expect(cls.map((r) => r.line)).toEqual([...rows.keys(), rows.length].map((i) => i + 1));
    rows.forEach((r, i) => {
      if (r.startsWith('{"destination"')) expect(cls[i], `line ${i + 1}`).toMatchObject({ category: 'auth', recordId: `c-${(i >> 1) + 1}` });
      else {
        expect(cls[i].category, `line ${i + 1}`).toBe('transient');
        expect(cls[i].truncated === true, `line ${i + 1} truncated`).toBe(r.replace(/\r$/, '').length > CAP);
      }
    });
    expect(cls[rows.length]).toMatchObject({ line: rows.length + 1, truncated: true });
  });

  it('the same over-long lines through stdin (64 KiB pipe chunks) give the same counts', async () => {
    const input = Buffer.concat([
      Buffer.from(`status=500 msg="${'c'.repeat(CAP + 100)}"\n`),
      Buffer.from('{"destination":"hubspot","record_id":"s-1","status":401,"body":{"category":"EXPIRED_AUTHENTICATION"}}\n'),
    ]);
    const { res, json } = await runJson(['-'], { input, timeoutMs: MAX_MS });
    expectHandled(res);
    expect(json.totals.lines).toBe(2);
    expect(json.totals.truncated).toBe(1);
    expect(json.groups.find((g) => g.category === 'auth')?.first.line).toBe(2);
  });

  it.skipIf(!HAVE_TIME)('peak RSS is measured (sanity check of the /usr/bin/time wrapper)', async () => {
    const res = await runCli(['--version'], { measureRss: true });
    expect(res.code).toBe(0);
    expect(res.maxRssKb).toBeGreaterThan(10_000);
    expect(res.stderr).toBe('');
  });
});

// ---------------------------------------------------------------------------------------------
describe('rendering time is bounded by the number of groups and samples', () => {
  let manyGroups: string;
  let manySamples: string;
  beforeAll(() => {
    // 1,000 distinct Salesforce fields: 1,000 validation groups (the default group cap).
    manyGroups = at('1000-groups.ndjson');
    writeFileSync(manyGroups, validationGroupsLog(1000));
    // 8 causes × 40 lines each, so --samples 20 fills every group.
    const causes = [
      { status: 401, destination: 'hubspot', body: { category: 'EXPIRED_AUTHENTICATION', message: 'The OAuth token used to make this call expired 0 second(s) ago.' } },
      { status: 403, destination: 'hubspot', body: { category: 'MISSING_SCOPES', message: 'This app hasn\'t been granted all required scopes to make this call.' } },
      { status: 400, destination: 'salesforce', body: [{ errorCode: 'REQUIRED_FIELD_MISSING', message: 'Required fields are missing: [LastName]', fields: ['LastName'] }] },
      { status: 400, destination: 'salesforce', body: [{ errorCode: 'STRING_TOO_LONG', message: 'Billing City: data value too large', fields: ['BillingCity'] }] },
      { status: 503, destination: 'salesforce', body: 'Service Unavailable' },
      { status: 429, destination: 'hubspot', body: { errorType: 'RATE_LIMIT', policyName: 'TEN_SECONDLY_ROLLING', message: 'You have reached your ten_secondly_rolling limit.' } },
      { status: 402, destination: 'pipedrive', body: { success: false, error: 'Payment required', error_info: 'Please check your subscription' } },
      { status: 400, destination: 'stripe', body: { error: { type: 'invalid_request_error', code: 'email_invalid', param: 'email', message: 'Invalid email address: foo@' } } },
    ];
    const lines: string[] = [];
    for (let i = 0; i < 40; i++) for (const [c, cause] of causes.entries()) lines.push(JSON.stringify({ ts: new Date(Date.UTC(2026, 10, 22, 9) + i * 1000).toISOString(), level: 'error', record_id: `r-${c}-${i}`, ...cause }));
    manySamples = at('8x40.ndjson');
    writeFileSync(manySamples, `${lines.join('\n')}\n`);
  });

  // Speed is the benchmark's business; these check that every format renders all of many groups
  // (the table once took seconds here, inside cli-table3's truncation of multi-line cells).
  it('json, ndjson and markdown render all 1,000 groups', async () => {
    const json = await runCli([manyGroups, '--format', 'json']);
    expect(json.code).toBe(1);
    expect((JSON.parse(json.stdout) as { groups: unknown[] }).groups).toHaveLength(1000);
    const nd = await runCli([manyGroups, '--format', 'ndjson']);
    expect(nd.stdout.split('\n').filter((l) => l.startsWith('{"type":"group"'))).toHaveLength(1000);
    const md = await runCli([manyGroups, '--format', 'markdown']);
    expect(md.stdout.split('\n').filter((l) => /^\| (unknown|validation|auth|transient|plan|permissions|outage) \|/.test(l))).toHaveLength(1000);
  });

  it('the table with --all renders all 1,000 groups; the default shows 25 and says how many more', async () => {
    // A hang guard (the quadratic cell truncation took seconds here), not a speed check.
    const rowsOf = (out: string) => out.split('\n').filter((l) => /^ (unknown|validation|auth|transient|plan|permissions|outage) +\d/.test(l));
    const all = await runCli([manyGroups, '--all', '--no-color'], { timeoutMs: 20_000 });
    expect(all.timedOut).toBe(false);
    expect(all.code).toBe(1);
    expect(rowsOf(all.stdout)).toHaveLength(1000);
    const screen = await runCli([manyGroups, '--no-color'], { timeoutMs: 20_000 });
    expect(rowsOf(screen.stdout)).toHaveLength(25);
    expect(screen.stdout).toMatch(/… 975 more groups \([\d,]+ events, 975 actionable\) not shown: --all lists every group/);
  });

  it('the default table with --samples 20 shows every sample', async () => {
    const res = await runCli([manySamples, '--samples', '20', '--no-color'], { timeoutMs: 20_000 });
    expect(res.timedOut).toBe(false);
    expect(res.code).toBe(1);
    expect(res.stdout.split('\n').filter((l) => l.trimStart().startsWith('e.g. '))).toHaveLength(8 * 20);
  });
});
