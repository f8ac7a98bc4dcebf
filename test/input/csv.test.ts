import { describe, expect, it } from 'vitest';
import { CsvReader, csvHeader, type CsvRow } from '../../src/input/csv.js';
import { DEFAULT_KEYS } from '../../src/extract/keys.js';

type Row = CsvRow & { truncated: boolean };

function read(header: string[], chunks: string[], opts?: { firstLineNo?: number; maxRowChars?: number }): Row[] {
  const rows: Row[] = [];
  const r = new CsvReader(header, (row) => rows.push(row), opts);
  for (const c of chunks) r.write(c);
  r.end();
  return rows;
}

/** Rows as plain data, values as an ordinary object, for toEqual. */
function plain(rows: Row[]) {
  return rows.map((r) => ({ ...r, values: { ...r.values } }));
}

describe('csvHeader', () => {
  it.each([
    // Census / Fivetran Activations warehouse writeback view `sync_log`.
    [
      'log_id,sync_id,sync_run_id,record_identifier,record_payload,batch_started_at,batch_completed_at,operation,status,status_message,_census_logged_at',
      null,
    ],
    // The same view exported from Snowflake: upper-case names come back in the key map's spelling.
    [
      'LOG_ID,SYNC_ID,SYNC_RUN_ID,RECORD_IDENTIFIER,RECORD_PAYLOAD,BATCH_STARTED_AT,BATCH_COMPLETED_AT,OPERATION,STATUS,STATUS_MESSAGE',
      ['LOG_ID', 'sync_id', 'sync_run_id', 'record_identifier', 'RECORD_PAYLOAD', 'batch_started_at', 'batch_completed_at', 'OPERATION', 'status', 'status_message'],
    ],
    // Census Sync Tracking (Observability Lake) records.
    ['census_sync_tracking_internal_id,identifier,record_payload,operation,status,status_message,batch_started_at,batch_ended_at', null],
    // Fivetran Activations "Fetch records" fields written as CSV.
    ['identifier,record_payload,batch_started_at,batch_completed_at,operation,status,status_message', null],
    // Hightouch hightouch_audit.sync_changelog / sync_snapshot, bare and quoted.
    ['sync_id,sync_run_id,row_id,op_type,status,failure_reason,fields', null],
    ['"sync_id","sync_run_id","row_id","op_type","status","failure_reason"', null],
    // RudderStack reverse-ETL sync log table.
    ['connection_id,sync_run_id,primary_key,operation,status,error_reason,sync_started_at,sync_finished_at', null],
    // A UI export with display names; a pandas index column; CRLF.
    ['Record Identifier,Status,Status Message', ['record_identifier', 'status', 'status_message']],
    [',record_identifier,status,status_message', null],
    ['row_id,status,failure_reason\r', ['row_id', 'status', 'failure_reason']],
  ])('%s is a header', (line, expected) => {
    const want = expected ?? line.split(',').map((n) => n.replace(/"/g, ''));
    expect(csvHeader(line, DEFAULT_KEYS)).toEqual(want);
  });

  it.each([
    ['prose with commas', 'Failed to sync contact 42, retrying in 5s, attempt 2 of 3'],
    ['prose naming columns', 'Sync finished: 120 records, 3 rejected, 0 failed'],
    ['prose with a status', 'Error syncing record 42, status 500, message Internal Server Error'],
    ['logfmt', 'ts=2026-01-01T00:00:00Z level=error status=401 msg="token expired, reconnect"'],
    ['JSON', '{"status":401,"message":"a, b","record_id":"x"}'],
    ['single column', 'status'],
    ['single column, trailing comma', 'status,'],
    ['Python traceback', 'Traceback (most recent call last):'],
    ['Python frame', '  File "/app/sync.py", line 12, in run'],
    ['Python logging time', '2026-01-01 12:00:00,123 ERROR sync failed, status=500'],
    ['no record/status/message column', 'timestamp,destination,url'],
    ['only one mapped column', 'status,colour,size'],
    ['the same column twice', 'status,status'],
    ['a name too long', `status,message,${'x'.repeat(65)}`],
    ['empty', ''],
  ])('%s is not a header', (_, line) => {
    expect(csvHeader(line, DEFAULT_KEYS)).toBeNull();
  });
});

const H = ['record_identifier', 'status', 'status_message'];

describe('CsvReader', () => {
  it.each<[string, string, Array<Partial<Row>>]>([
    ['bare fields', 'a1,rejected,boom\n', [{ lineNo: 2, physicalLines: 1, raw: 'a1,rejected,boom', values: { record_identifier: 'a1', status: 'rejected', status_message: 'boom' } }]],
    ['quoted commas', 'a1,rejected,"Invalid email, try again"\n', [{ values: { record_identifier: 'a1', status: 'rejected', status_message: 'Invalid email, try again' } }]],
    [
      'doubled quotes',
      'a1,rejected,"{""category"":""VALIDATION_ERROR""}"\n',
      [{ values: { record_identifier: 'a1', status: 'rejected', status_message: '{"category":"VALIDATION_ERROR"}' } }],
    ],
    ['empty quoted field', 'a1,"",x\n', [{ values: { record_identifier: 'a1', status: '', status_message: 'x' } }]],
    [
      'quoted newline: two physical lines, the first line number',
      'a1,rejected,"line one\nline two"\nb2,succeeded,\n',
      [
        { lineNo: 2, physicalLines: 2, raw: 'a1,rejected,"line one\nline two"', values: { record_identifier: 'a1', status: 'rejected', status_message: 'line one\nline two' } },
        { lineNo: 4, physicalLines: 1, values: { record_identifier: 'b2', status: 'succeeded', status_message: '' } },
      ],
    ],
    [
      'CRLF',
      'a1,rejected,boom\r\nb2,succeeded,ok\r\n',
      [
        { lineNo: 2, raw: 'a1,rejected,boom', values: { record_identifier: 'a1', status: 'rejected', status_message: 'boom' } },
        { lineNo: 3, raw: 'b2,succeeded,ok', values: { record_identifier: 'b2', status: 'succeeded', status_message: 'ok' } },
      ],
    ],
    [
      'blank lines are rows with no values',
      'a1,rejected,boom\n\n\r\nb2,succeeded,ok',
      [{ lineNo: 2 }, { lineNo: 3, raw: '', values: {} }, { lineNo: 4, raw: '', values: {} }, { lineNo: 5, values: { record_identifier: 'b2', status: 'succeeded', status_message: 'ok' } }],
    ],
    ['more fields than the header', 'a1,rejected,boom,x,"y,z"\n', [{ values: { record_identifier: 'a1', status: 'rejected', status_message: 'boom', _extra: 'x,y,z' } }]],
    ['fewer fields', 'a1,rejected\n', [{ values: { record_identifier: 'a1', status: 'rejected' } }]],
    ['trailing comma is an empty field', 'a1,rejected,\n', [{ values: { record_identifier: 'a1', status: 'rejected', status_message: '' } }]],
    ['a quote inside a bare field is a character', 'a1,rej"ected,say "hi"\n', [{ values: { record_identifier: 'a1', status: 'rej"ected', status_message: 'say "hi"' } }]],
    ['text after a closing quote is kept', 'a1,"rej"ected,x\n', [{ values: { record_identifier: 'a1', status: 'rejected', status_message: 'x' } }]],
    ['no final newline', 'a1,rejected,boom', [{ lineNo: 2, raw: 'a1,rejected,boom' }]],
    ['no final newline, CR', 'a1,rejected,boom\r', [{ raw: 'a1,rejected,boom', values: { record_identifier: 'a1', status: 'rejected', status_message: 'boom' } }]],
    [
      'unterminated quote at EOF ends the row',
      'a1,rejected,"never closed\nb2,succeeded,ok\n',
      [{ lineNo: 2, physicalLines: 2, truncated: false, values: { record_identifier: 'a1', status: 'rejected', status_message: 'never closed\nb2,succeeded,ok' } }],
    ],
    ['a quote at the very end closes its field', 'a1,rejected,"boom"', [{ values: { record_identifier: 'a1', status: 'rejected', status_message: 'boom' } }]],
  ])('%s', (_, text, expected) => {
    const rows = read(H, [text], { firstLineNo: 2 });
    expect(rows).toHaveLength(expected.length);
    rows.forEach((row, i) => expect({ ...row, values: { ...row.values } }).toMatchObject(expected[i]));
  });

  it('values are a null-prototype object: __proto__ and constructor are ordinary columns', () => {
    const rows = read(['__proto__', 'constructor', 'status', 'toString'], ['{"polluted":true},Object,rejected,x\n']);
    const v = rows[0].values;
    expect(Object.getPrototypeOf(v)).toBeNull();
    expect(Object.keys(v)).toEqual(['__proto__', 'constructor', 'status', 'toString']);
    expect(v['__proto__']).toBe('{"polluted":true}');
    expect(v.constructor).toBe('Object');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a repeated column name keeps the first value', () => {
    expect(read(['status', 'status'], ['rejected,other\n'])[0].values.status).toBe('rejected');
  });

  it('counts lines from firstLineNo (default 1)', () => {
    expect(read(H, ['a,b,c\nd,e,f\n']).map((r) => r.lineNo)).toEqual([1, 2]);
    expect(read(H, ['a,b,c\nd,e,f\n'], { firstLineNo: 10 }).map((r) => r.lineNo)).toEqual([10, 11]);
  });

  describe('chunk boundaries', () => {
    const input =
      'r1,rejected,"Invalid email, ""x@y"" given"\r\n' +
      '\n' +
      'r2,"fai""led","multi\r\nline\nmessage"\r\n' +
      'r3,succeeded,,extra,"e,2"\r\n' +
      'r4,"ok"x,"a"""\n' +
      '"r5",rejected,"unterminated\r\n';
    const whole = plain(read(H, [input], { firstLineNo: 2 }));

    it('the whole input parses as expected', () => {
      expect(whole.map((r) => [r.lineNo, r.physicalLines, r.values])).toEqual([
        [2, 1, { record_identifier: 'r1', status: 'rejected', status_message: 'Invalid email, "x@y" given' }],
        [3, 1, {}],
        [4, 3, { record_identifier: 'r2', status: 'fai"led', status_message: 'multi\r\nline\nmessage' }],
        [7, 1, { record_identifier: 'r3', status: 'succeeded', status_message: '', _extra: 'extra,e,2' }],
        [8, 1, { record_identifier: 'r4', status: 'okx', status_message: 'a"' }],
        [9, 1, { record_identifier: 'r5', status: 'rejected', status_message: 'unterminated' }],
      ]);
    });

    it('one character at a time', () => {
      expect(plain(read(H, [...input], { firstLineNo: 2 }))).toEqual(whole);
    });

    it('every split into two and three chunks', () => {
      for (let i = 0; i <= input.length; i++) {
        expect(plain(read(H, [input.slice(0, i), input.slice(i)], { firstLineNo: 2 })), `split at ${i}`).toEqual(whole);
        for (let j = i; j <= input.length; j += 3) {
          expect(plain(read(H, [input.slice(0, i), input.slice(i, j), input.slice(j)], { firstLineNo: 2 })), `split at ${i}, ${j}`).toEqual(whole);
        }
      }
    });
  });

  describe('bounded rows', () => {
    const long = 'x'.repeat(100);

    it.each([
      ['a long bare row', `a1,rejected,${long}\nb2,succeeded,ok\n`, 1],
      ['a long quoted field with newlines and commas', `a1,rejected,"${long}\n${long},\n""${long}"\nb2,succeeded,ok\n`, 3],
      ['a long row in CRLF', `a1,rejected,"${long}\r\n${long}"\r\nb2,succeeded,ok\r\n`, 2],
    ])('%s is cut, marked truncated, and the next row still parsed', (_, text, lines) => {
      for (const chunks of [[text], [...text], [text.slice(0, 50), text.slice(50, 130), text.slice(130)]]) {
        const rows = read(H, chunks, { firstLineNo: 2, maxRowChars: 40 });
        expect(rows).toHaveLength(2);
        expect(rows[0]).toMatchObject({ lineNo: 2, physicalLines: lines, truncated: true });
        expect(rows[0].raw).toHaveLength(40);
        expect(rows[0].raw).toBe(text.slice(0, 40));
        expect(rows[0].values.record_identifier).toBe('a1');
        expect(rows[1]).toMatchObject({ lineNo: 2 + lines, truncated: false, raw: 'b2,succeeded,ok' });
        expect({ ...rows[1].values }).toEqual({ record_identifier: 'b2', status: 'succeeded', status_message: 'ok' });
      }
    });

    it('an over-long row at EOF is still reported', () => {
      const rows = read(H, [`a1,rejected,"${long}`, long], { maxRowChars: 40 });
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ lineNo: 1, physicalLines: 1, truncated: true });
      expect(rows[0].raw).toHaveLength(40);
    });

    it('holds at most about maxRowChars plus one chunk while skipping', () => {
      const r = new CsvReader(H, () => {}, { maxRowChars: 1000 });
      r.write('a1,rejected,"');
      for (let i = 0; i < 1000; i++) r.write('y'.repeat(500) + '\n');
      expect((r as unknown as { buf: string }).buf.length).toBeLessThan(2000);
      let got: Row | undefined;
      const r2 = new CsvReader(H, (row) => (got ??= row), { maxRowChars: 1000 });
      r2.write('a1,rejected,"' + 'y'.repeat(5000));
      r2.write('"\nb,c,d\n');
      r2.end();
      expect(got).toMatchObject({ truncated: true, physicalLines: 1 });
    });
  });
});
