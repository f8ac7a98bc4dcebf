import { Worker } from 'node:worker_threads';
import { UserError } from '../errors.js';
import type { AggregatorState } from '../aggregate/state.js';
import type { Shard } from './shards.js';

/** What every worker is started with (structured-cloned: plain data, no engine). */
export interface WorkerSetup {
  /** The config file to load (the worker builds its own engine from it), or null: the built-in rules. */
  configPath: string | null;
  options: { samples?: number; maxGroups?: number; maxTrackedRecords?: number };
  since?: number;
  until?: number;
  progress: boolean;
}

export type ToWorker = { index: number; shard: Shard };
export type FromWorker =
  // The state as JSON text: posting a string costs a tenth of structured-cloning the object.
  | { kind: 'state'; index: number; json: string }
  | { kind: 'progress'; bytes: number }
  | { kind: 'error'; index: number; message: string; user: boolean };

/**
 * Runs the shards on up to `jobs` worker threads, each taking the next shard when it is done, and
 * resolves to their states in shard order (the order one run would read their lines in). A piece
 * of a file after its first numbers its lines from 1: renumber() moves them.
 */
export async function statesInParallel(shards: readonly Shard[], jobs: number, setup: WorkerSetup, onProgress?: (bytes: number) => void, signal?: AbortSignal): Promise<AggregatorState[]> {
  const states: AggregatorState[] = new Array(shards.length);
  if (shards.length === 0) return states;
  let next = 0;
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      // The caller failed on its own part: stop the workers rather than wait for them.
      signal?.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
      let done = 0;
      const count = Math.min(jobs, shards.length);
      for (let w = 0; w < count; w++) {
        const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: setup });
        workers.push(worker);
        const feed = () => {
          if (next < shards.length) {
            const index = next++;
            worker.postMessage({ index, shard: shards[index] } satisfies ToWorker);
          }
        };
        worker.on('message', (msg: FromWorker) => {
          if (msg.kind === 'progress') onProgress?.(msg.bytes);
          else if (msg.kind === 'error') reject(msg.user ? new UserError(msg.message) : new Error(msg.message));
          else {
            states[msg.index] = JSON.parse(msg.json) as AggregatorState;
            if (++done === shards.length) resolve();
            else feed();
          }
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (code !== 0 && done < shards.length) reject(new Error(`a worker thread exited with code ${code}`));
        });
        feed();
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return states;
}

/**
 * Numbers the lines of later pieces of a file after the pieces before them: each piece's
 * groups' first lines move by the lines before it (`linesBefore`: lines already read of each
 * file, e.g. by the main thread's own shard).
 */
export function renumber(shards: readonly Shard[], states: readonly AggregatorState[], linesBefore: ReadonlyMap<string, number> = new Map()): void {
  const before = new Map(linesBefore);
  shards.forEach((shard, i) => {
    const offset = shard.start === 0 ? 0 : (before.get(shard.path) ?? 0);
    const st = states[i];
    if (offset > 0) for (const g of st.groups) if (g.first.input === shard.path) g.first = { input: g.first.input, line: g.first.line + offset };
    before.set(shard.path, offset + (st.inputs.find((x) => x.name === shard.path)?.lines ?? 0));
  });
}
