// A worker thread of `--jobs`: reads the shards it is sent and answers each with its mergeable state.
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeToState, createEngine, engineFromConfig, timeWindow } from '../pipeline.js';
import { loadConfig } from '../config/config.js';
import { shardSource, type Shard } from './shards.js';
import type { WorkerSetup, ToWorker, FromWorker } from './pool.js';

const setup = workerData as WorkerSetup;
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
  );
  port?.postMessage({ kind: 'state', index, json: JSON.stringify(state) } satisfies FromWorker);
}

port.on('message', (msg: ToWorker) => {
  run(msg.index, msg.shard).catch((err: unknown) => {
    const e = err as { message?: string; name?: string };
    port.postMessage({ kind: 'error', index: msg.index, message: e?.message ?? String(err), user: e?.name === 'UserError' } satisfies FromWorker);
  });
});
