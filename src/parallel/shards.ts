import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import { startsEvent } from '../events/joiner.js';
import { csvHeader } from '../input/csv.js';
import type { KeyMap } from '../extract/keys.js';
import { READ_CHUNK_BYTES, type InputSource } from '../input/open.js';

/** A piece of work for one worker: a whole file, or a byte range of one cut at an event boundary. */
export interface Shard {
  path: string;
  /** Byte range [start, end); end null: to the end of the file. */
  start: number;
  end: number | null;
}

/** The input a shard reads: its byte range of the file, under the file's name. */
export function shardSource(shard: Shard): InputSource {
  return { name: shard.path, stream: () => createReadStream(shard.path, { start: shard.start, end: shard.end === null ? undefined : shard.end - 1, highWaterMark: READ_CHUNK_BYTES }) };
}

/** A file is cut only into pieces at least this large: a worker costs its start-up (~50 ms). */
export const MIN_SHARD_BYTES = 16 << 20;
/** How far past a cut point to look for an event boundary before giving that cut up. */
const BOUNDARY_WINDOW = 1 << 20;

/**
 * Shards for `jobs` workers: every file whole, and files large enough cut into about equal pieces
 * (the first of a lone file `firstWeight` times as large) at lines that surely start an event
 * (startsEvent). Gzip files and CSV exports stay whole: a gzip
 * stream cannot be entered in the middle, and a CSV row is read through the header row.
 */
export function planShards(paths: readonly string[], jobs: number, keys: KeyMap, firstWeight = 1): Shard[] {
  const sizes = paths.map((p) => statSync(p).size);
  const total = sizes.reduce((a, b) => a + b, 0);
  const target = Math.max(MIN_SHARD_BYTES, Math.ceil(total / jobs));
  const out: Shard[] = [];
  paths.forEach((path, i) => {
    const size = sizes[i];
    // Round, not floor: one file of the whole input is `jobs` targets less the rounding of ceil().
    const pieces = Math.min(Math.round(size / target), Math.floor(size / MIN_SHARD_BYTES));
    if (pieces < 2 || !splittable(path, keys)) {
      out.push({ path, start: 0, end: null });
      return;
    }
    const cuts: number[] = [];
    // The first piece of a lone file weighs `firstWeight` pieces (the main thread reads it and
    // spares the state, the clone and the merge a worker's piece costs).
    const w = paths.length === 1 ? firstWeight : 1;
    for (let k = 1; k < pieces; k++) {
      const at = boundaryAfter(path, Math.floor((size * (w + k - 1)) / (w + pieces - 1)), size);
      if (at !== null && at > (cuts[cuts.length - 1] ?? 0)) cuts.push(at);
    }
    let start = 0;
    for (const cut of cuts) {
      out.push({ path, start, end: cut });
      start = cut;
    }
    out.push({ path, start, end: null });
  });
  return out;
}

function readAt(path: string, position: number, length: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(length);
    const n = readSync(fd, buf, 0, length, position);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

function splittable(path: string, keys: KeyMap): boolean {
  const head = readAt(path, 0, 64 << 10);
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return false;
  const nl = head.indexOf(10);
  const first = head.subarray(0, nl === -1 ? head.length : nl).toString('utf8').replace(/^\uFEFF/, '').replace(/\r$/, '');
  return csvHeader(first, keys) === null;
}

/** The byte offset of the first line at or after `from` that surely starts an event, or null. */
function boundaryAfter(path: string, from: number, size: number): number | null {
  const window = readAt(path, from, Math.min(BOUNDARY_WINDOW, size - from));
  // Lines are whole only after the first newline in the window.
  let lineStart = window.indexOf(10) + 1;
  if (lineStart === 0) return null;
  let previous: string | null = null;
  while (lineStart < window.length) {
    const nl = window.indexOf(10, lineStart);
    if (nl === -1) return null;
    const line = window.subarray(lineStart, nl).toString('utf8').replace(/\r$/, '');
    if (previous !== null && startsEvent(previous, line)) return from + lineStart;
    previous = line;
    lineStart = nl + 1;
  }
  return null;
}
