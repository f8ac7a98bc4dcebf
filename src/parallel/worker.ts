// A worker thread of `--jobs`: reads the shards it is sent and answers each with its mergeable state.
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeToState, createEngine, engineFromConfig, timeWindow } from '../pipeline.js';
import { loadConfig } from '../config/config.js';
import { shardSource, type Shard } from './shards.js';
import type { WorkerSetup, ToWorker, FromWorker } from './pool.js';
import type { RecordEntry } from '../aggregate/records.js';

const setup = workerData as WorkerSetup;
/** Records per JSON text: the reader parses one batch at a time as it takes them in. */
const RECORD_BATCH = 10_000;
const engine = setup.configPath === null ? createEngine() : engineFromConfig(loadConfig(setup.configPath));
const port = parentPort;
if (port === null) throw new Error('worker.ts runs as a worker thread');

async function run(index: number, shard: Shard): Promise<void> {
  const state = await analyzeToState(
    [shardSource(shard)],
    engine,
    {
      ...setup.options,
      filter: timeWindow(setup.since, setup.until),
      onProgress: setup.progress ? (bytes) => port?.postMessage({ kind: 'progress', bytes } satisfies FromWorker) : undefined,
    },
    'live',
  );
  // The success-only records go as the set's own buffer, moved rather than copied; the records
  // as JSON text in batches (never one array of them all, nor one text); the rest as JSON.
  const set = state.records.successes;
  const successes = typeof set === 'string' ? null : set.table();
  const records: string[] = [];
  let batch: RecordEntry[] = [];
  for (const entry of state.records.entries) {
    batch.push(entry);
    if (batch.length === RECORD_BATCH) {
      records.push(JSON.stringify(batch));
      batch = [];
    }
  }
  if (batch.length > 0) records.push(JSON.stringify(batch));
  state.records.successes = '';
  state.records.entries = [];
  const msg: FromWorker = { kind: 'state', index, json: JSON.stringify(state), records, successes };
  port?.postMessage(msg, successes === null ? [] : [successes.pairs.buffer as ArrayBuffer]);
}

port.on('message', (msg: ToWorker) => {
  run(msg.index, msg.shard).catch((err: unknown) => {
    const e = err as { message?: string; name?: string };
    port.postMessage({ kind: 'error', index: msg.index, message: e?.message ?? String(err), user: e?.name === 'UserError' } satisfies FromWorker);
  });
});
