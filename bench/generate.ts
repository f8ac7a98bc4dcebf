import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/**
 * Deterministic corpus generator (seeded PRNG): sync runs shaped like the samples. Mostly
 * successes and info lines (about 85%); rate-limit storms whose records later succeed; an auth burst that
 * blocks the rest of a run; validation errors over many fields with the bad value in the message;
 * a few permission, plan and outage errors. `mixed` interleaves NDJSON, logfmt and text lines.
 */
export type CorpusKind = 'ndjson' | 'mixed';

/** Deterministic PRNG (mulberry32): corpora and randomised tests reproduce from their seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DESTS = ['hubspot', 'salesforce', 'stripe', 'mailchimp', 'intercom', 'pipedrive'];
const FIELDS = ['phone', 'email', 'plan_tier', 'lifecyclestage', 'annualrevenue', 'hs_lead_status', 'country', 'zip', 'website', 'industry', 'jobtitle', 'numemployees'];
const RUN_RECORDS = 20_000;

export async function generateCorpus(path: string, kind: CorpusKind, lines: number, seed = 42): Promise<void> {
  const rnd = mulberry32(seed);
  const out = createWriteStream(path, { highWaterMark: 1 << 20 });
  let buf = '';
  let written = 0;
  let t = Date.UTC(2026, 10, 22, 0, 0, 0);
  let run = 0;

  const flush = async () => {
    if (!out.write(buf)) await once(out, 'drain');
    buf = '';
  };
  const ts = () => new Date((t += 37)).toISOString();
  const hex = (n: number) => Math.floor(rnd() * 16 ** n).toString(16).padStart(n, '0');
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;

  /** One line in the corpus' format mix: NDJSON always, or logfmt / text for a third each in `mixed`. */
  const emit = (obj: Record<string, unknown>, text: () => string, logfmt: () => string) => {
    if (kind === 'mixed') {
      const r = rnd();
      if (r < 0.33) buf += `${text()}\n`;
      else if (r < 0.66) buf += `${logfmt()}\n`;
      else buf += `${JSON.stringify(obj)}\n`;
    } else buf += `${JSON.stringify(obj)}\n`;
    written++;
  };

  while (written < lines) {
    run++;
    const runId = `run-${String(run).padStart(5, '0')}`;
    const dest = DESTS[run % DESTS.length];
    const authBurstAt = run % 7 === 3 ? Math.floor(RUN_RECORDS * 0.8) : -1;
    let blocked = false;
    const storm: string[] = [];
    for (let i = 0; i < RUN_RECORDS && written < lines; i++) {
      const rec = `${dest}-${run}-${i}`;
      const r = rnd();
      const time = ts();
      if (i === authBurstAt) {
        // From here the token is dead: pending retries fail too, so nothing succeeds after the burst.
        blocked = true;
        storm.length = 0;
      }
      if (blocked) {
        emit(
          { ts: time, level: 'error', run_id: runId, destination: 'hubspot', record_id: rec, status: 401, body: { status: 'error', message: 'The OAuth token used to make this call expired 0 second(s) ago.', correlationId: uuid(), category: 'EXPIRED_AUTHENTICATION' } },
          () => `${time} ERROR run_id=${runId} destination=hubspot record_id=${rec} HTTP 401 {"status":"error","message":"The OAuth token used to make this call expired 0 second(s) ago.","correlationId":"${uuid()}","category":"EXPIRED_AUTHENTICATION"}`,
          () => `ts=${time} level=error run_id=${runId} dest=hubspot record_id=${rec} status=401 category=EXPIRED_AUTHENTICATION msg="The OAuth token used to make this call expired 0 second(s) ago."`,
        );
      } else if (r < 0.78) {
        emit(
          { ts: time, level: 'info', run_id: runId, destination: dest, record_id: rec, status: 200, msg: 'record synced', duration_ms: Math.floor(rnd() * 400) },
          () => `${time} INFO run_id=${runId} destination=${dest} record_id=${rec} synced in ${Math.floor(rnd() * 400)}ms`,
          () => `ts=${time} level=info run_id=${runId} dest=${dest} record_id=${rec} status=200 msg="record synced"`,
        );
      } else if (r < 0.86) {
        emit(
          { ts: time, level: 'debug', run_id: runId, msg: 'fetched page from source', page: i, rows: 500 },
          () => `${time} DEBUG run_id=${runId} fetched page ${i} (500 rows) from warehouse`,
          () => `ts=${time} level=debug run_id=${runId} msg="fetched page" page=${i} rows=500`,
        );
      } else if (r < 0.93) {
        storm.push(rec);
        emit(
          { ts: time, level: 'warn', run_id: runId, destination: 'hubspot', record_id: rec, status: 429, body: { status: 'error', message: 'You have reached your ten_secondly_rolling limit.', errorType: 'RATE_LIMIT', correlationId: uuid(), policyName: 'TEN_SECONDLY_ROLLING' } },
          () => `${time} WARN run_id=${runId} record_id=${rec} POST https://api.hubapi.com/crm/v3/objects/contacts 429 {"status":"error","message":"You have reached your ten_secondly_rolling limit.","errorType":"RATE_LIMIT","policyName":"TEN_SECONDLY_ROLLING"}`,
          () => `ts=${time} level=warn run_id=${runId} dest=hubspot record_id=${rec} status=429 msg="You have reached your ten_secondly_rolling limit."`,
        );
      } else if (r < 0.975) {
        const field = FIELDS[Math.floor(rnd() * FIELDS.length)];
        const value = `bad-${hex(6)}`;
        emit(
          { ts: time, level: 'error', run_id: runId, destination: 'hubspot', record_id: rec, status: 400, body: { status: 'error', message: `Property values were not valid: [{"isValid":false,"message":"${value} was not a valid value for ${field}","error":"INVALID_OPTION","name":"${field}"}]`, correlationId: uuid(), category: 'VALIDATION_ERROR', errors: [{ message: `${value} was not a valid value for ${field}`, code: 'INVALID_OPTION', context: { propertyName: [field] } }] } },
          () => `${time} ERROR run_id=${runId} record_id=${rec} HubSpot 400 {"status":"error","category":"VALIDATION_ERROR","errors":[{"message":"${value} was not one of the allowed options","code":"INVALID_OPTION","context":{"propertyName":["${field}"]}}]}`,
          () => `ts=${time} level=error run_id=${runId} dest=salesforce record_id=${rec} status=400 errorCode=INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST field=${field} msg="bad value for restricted picklist field: ${value}"`,
        );
      } else if (r < 0.985) {
        emit(
          { ts: time, level: 'error', run_id: runId, destination: 'salesforce', record_id: rec, status: 400, body: [{ message: 'insufficient access rights on object id', errorCode: 'INSUFFICIENT_ACCESS_OR_READONLY', fields: [] }] },
          () => `${time} ERROR run_id=${runId} record_id=${rec} INSUFFICIENT_ACCESS_OR_READONLY: insufficient access rights on object id`,
          () => `ts=${time} level=error run_id=${runId} dest=salesforce record_id=${rec} status=403 errorCode=INSUFFICIENT_ACCESS_OR_READONLY`,
        );
      } else if (r < 0.99) {
        emit(
          { ts: time, level: 'error', run_id: runId, destination: 'salesforce', record_id: rec, status: 403, body: [{ message: 'TotalRequests Limit exceeded.', errorCode: 'REQUEST_LIMIT_EXCEEDED' }] },
          () => `${time} ERROR run_id=${runId} record_id=${rec} REQUEST_LIMIT_EXCEEDED: TotalRequests Limit exceeded.`,
          () => `ts=${time} level=error run_id=${runId} dest=salesforce record_id=${rec} status=403 errorCode=REQUEST_LIMIT_EXCEEDED msg="TotalRequests Limit exceeded."`,
        );
      } else {
        emit(
          { ts: time, level: 'error', run_id: runId, destination: dest, record_id: rec, error: { code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 104.16.253.5:443' } },
          () => `${time} ERROR run_id=${runId} record_id=${rec} Error: connect ECONNREFUSED 104.16.253.5:443`,
          () => `ts=${time} level=error run_id=${runId} dest=${dest} record_id=${rec} err="connect ECONNREFUSED 104.16.253.5:443"`,
        );
      }
      // The rate-limited records are retried a little later and succeed.
      if (storm.length > 50 || (storm.length > 0 && rnd() < 0.02)) {
        for (const s of storm.splice(0)) {
          if (written >= lines) break;
          const time2 = ts();
          emit(
            { ts: time2, level: 'info', run_id: runId, destination: 'hubspot', record_id: s, status: 200, msg: 'record synced after retry', attempt: 2 },
            () => `${time2} INFO run_id=${runId} destination=hubspot record_id=${s} synced after retry (attempt 2)`,
            () => `ts=${time2} level=info run_id=${runId} dest=hubspot record_id=${s} status=200 msg="record synced after retry"`,
          );
        }
      }
      if (buf.length > 1 << 20) await flush();
    }
  }
  await flush();
  out.end();
  await once(out, 'finish');
}
