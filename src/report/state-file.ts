import type { AggregatorState } from '../aggregate/state.js';
import { safeJson } from './sanitize.js';

/** Records per piece of text: a piece is a few hundred KB, never the whole list. */
const RECORD_BATCH = 5_000;

/**
 * `--format state`: the state as the JSON text safeJson(state) gives, written in pieces. The
 * tracked records (up to the record cap, 100,000 by default) are the bulk of it: written as one
 * text they and their copy peaked at 363 MB on a 1.1 GB batch; in batches, at 243 MB.
 */
export async function writeState(state: AggregatorState, write: (text: string) => Promise<void>): Promise<void> {
  const { entries, successes, untrackedLines, untrackedSuccesses } = state.records;
  if (typeof successes !== 'string') throw new Error('writeState: a state for a file holds its successes as base64');
  // Everything but the records, with an empty list where they go.
  const head = safeJson({ ...state, records: { entries: [], successes: '', untrackedLines, untrackedSuccesses } });
  const marker = '"records":{"entries":[],"successes":""';
  const at = head.indexOf(marker);
  if (at === -1) throw new Error('writeState: the records are not where the state puts them');
  await write(`${head.slice(0, at)}"records":{"entries":[`);
  let batch: unknown[] = [];
  let first = true;
  const flush = async () => {
    if (batch.length === 0) return;
    await write((first ? '' : ',') + safeJson(batch).slice(1, -1));
    first = false;
    batch = [];
  };
  for (const entry of entries) {
    batch.push(entry);
    if (batch.length === RECORD_BATCH) await flush();
  }
  await flush();
  await write(`],"successes":${JSON.stringify(successes)}${head.slice(at + marker.length)}\n`);
}
