import type { AggregatorState } from '../aggregate/state.js';
import type { FingerprintSet } from '../aggregate/fingerprints.js';
import { safeJson } from './sanitize.js';

/** Records per piece of text: a piece is a few hundred KB, never the whole list. */
const RECORD_BATCH = 5_000;

/**
 * `--format state`: the state as the JSON text safeJson(state) gives, written in pieces. The
 * tracked records (up to the record cap, 100,000 by default) and the success-only fingerprints
 * (up to 16 per record: millions) are the bulk of it: written as one text they and their copy
 * peaked at 363 MB on a 1.1 GB batch. A `live` state's records are written batch by batch and its
 * fingerprints encoded a piece at a time, so neither is ever one array or one text.
 */
export async function writeState(state: AggregatorState, write: (text: string) => Promise<void>): Promise<void> {
  const { entries, successes, untrackedLines, untrackedSuccesses } = state.records;
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
  // Base64 needs no JSON escaping.
  await write('],"successes":"');
  if (typeof successes === 'string') await write(successes);
  else await writeBase64(successes, write);
  await write(`"${head.slice(at + marker.length)}\n`);
}

/** Fingerprints per piece of base64: a multiple of 3 pairs (24 bytes), so no piece but the last is padded. */
const PAIRS_PER_PIECE = 3 * 8192;

/** The set's fingerprints as FingerprintSet.toBase64() gives them, written a piece at a time. */
async function writeBase64(set: FingerprintSet, write: (text: string) => Promise<void>): Promise<void> {
  const { pairs } = set.table();
  const piece = new Uint32Array(PAIRS_PER_PIECE * 2);
  let k = 0;
  for (let i = 0; i < pairs.length; i += 2) {
    if (pairs[i] === 0 && pairs[i + 1] === 0) continue;
    piece[k++] = pairs[i];
    piece[k++] = pairs[i + 1];
    if (k === piece.length) {
      await write(Buffer.from(piece.buffer, 0, k * 4).toString('base64'));
      k = 0;
    }
  }
  if (k > 0) await write(Buffer.from(piece.buffer, 0, k * 4).toString('base64'));
}
