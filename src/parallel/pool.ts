import { Worker } from 'node:worker_threads';
import { UserError } from '../errors.js';
import type { AggregatorState } from '../aggregate/state.js';
import type { RecordEntry } from '../aggregate/records.js';
import type { Shard } from './shards.js';
import { FingerprintSet } from '../aggregate/fingerprints.js';

/** What every worker is started with (structured-cloned: plain data, no engine). */
export interface WorkerSetup {
  /** The config file to load (the worker builds its own engine from it), or null: the built-in rules. */
  configPath: string | null;
  options: { samples?: number; maxGroups?: number; maxTrackedRecords?: number };
  since?: number;
  until?: number;
  progress: boolean;
}

/** A worker's young generation (V8's default is 32 MiB; see READ_CHUNK_BYTES for why small is enough). */
const WORKER_YOUNG_MB = 8;

export type ToWorker = { index: number; shard: Shard };
export type FromWorker =
  // The state as JSON text (posting a string costs a tenth of structured-cloning the object),
  // except its two largest parts: the success-only records as the set's table, its buffer
  // transferred (up to 16 MiB, not copied), and the tracked records as JSON texts of batches,
  // parsed one at a time as the merge takes them in.
  | { kind: 'state'; index: number; json: string; records: string[]; successes: ReturnType<FingerprintSet['table']> | null }
  | { kind: 'progress'; bytes: number }
  | { kind: 'error'; index: number; message: string; user: boolean };

/**
 * Runs the shards on up to `jobs` worker threads, each taking the next shard when it is done, and
 * hands their states to `take` in shard order (the order one run would read their lines in) as
 * soon as each is next: a state that finishes early waits, so at most the states not yet in order
 * are held, not every shard's. A piece of a file after its first numbers its lines from 1:
 * lineNumbering() moves them.
 */
export async function statesInParallel(
  shards: readonly Shard[],
  jobs: number,
  setup: WorkerSetup,
  take: (state: AggregatorState, index: number) => void,
  onProgress?: (bytes: number) => void,
  signal?: AbortSignal,
  /**
   * This thread as one of the `jobs` readers: it takes shards from the same queue as the workers,
   * so N jobs cost N - 1 workers' memory, not N (each worker is a heap and an engine of its own).
   */
  readHere?: (shard: Shard) => Promise<AggregatorState>,
): Promise<void> {
  if (shards.length === 0) return;
  let next = 0;
  let taken = 0;
  const waiting = new Map<number, AggregatorState>();
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      // The caller failed on its own part: stop the workers rather than wait for them.
      signal?.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
      const deliver = (index: number, state: AggregatorState): boolean => {
        waiting.set(index, state);
        try {
          for (let st = waiting.get(taken); st !== undefined; st = waiting.get(taken)) {
            waiting.delete(taken);
            take(st, taken++);
          }
        } catch (err) {
          reject(err as Error);
          return false;
        }
        if (taken === shards.length) resolve();
        return true;
      };
      if (readHere !== undefined) {
        void (async () => {
          while (next < shards.length) {
            const index = next++;
            if (!deliver(index, await readHere(shards[index]))) return;
          }
        })().catch(reject);
      }
      const count = Math.min(jobs - (readHere === undefined ? 0 : 1), shards.length);
      for (let w = 0; w < count; w++) {
        const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
        workers.push(worker);
        let retired = false;
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
            const state = JSON.parse(msg.json) as AggregatorState;
            if (msg.successes !== null) state.records.successes = FingerprintSet.fromTable(msg.successes);
            state.records.entries = batchByBatch(msg.records);
            if (!deliver(msg.index, state) || taken === shards.length) return;
            // A worker with nothing left to read ends now: its heap is freed before the merge.
            else if (next < shards.length) feed();
            else {
              retired = true;
              void worker.terminate();
            }
          }
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (code !== 0 && !retired && taken < shards.length) reject(new Error(`a worker thread exited with code ${code}`));
        });
        feed();
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

function* batchByBatch(texts: string[]): Iterable<RecordEntry> {
  while (texts.length > 0) yield* JSON.parse(texts.shift() as string) as RecordEntry[];
}

/**
 * Numbers the lines of later pieces of a file after the pieces before them, a piece at a time in
 * shard order: each piece's groups' first lines move by the lines before it (`linesBefore`: lines
 * already read of each file, e.g. by the main thread's own shard).
 */
export function lineNumbering(linesBefore: ReadonlyMap<string, number> = new Map()): (shard: Shard, state: AggregatorState) => void {
  const before = new Map(linesBefore);
  return (shard, st) => {
    const offset = shard.start === 0 ? 0 : (before.get(shard.path) ?? 0);
    if (offset > 0) for (const g of st.groups) if (g.first.input === shard.path) g.first = { input: g.first.input, line: g.first.line + offset };
    before.set(shard.path, offset + (st.inputs.find((x) => x.name === shard.path)?.lines ?? 0));
  };
}
