import { unwrapContainerLine } from './container.js';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import { Readable } from 'node:stream';
import type { Line } from '../types.js';
import { UserError } from '../errors.js';
import { describeFsError, READ_CHUNK_BYTES, type InputSource } from './open.js';
import { CsvReader, csvHeader, type CsvRow } from './csv.js';
import type { KeyMap } from '../extract/keys.js';

/**
 * The longest line kept, in characters. A longer line (a 100 MB body, a binary file with no
 * newline) keeps this prefix, is marked truncated and is still counted and classified: memory
 * stays bounded and no line is lost.
 */
export const MAX_LINE_CHARS = 1 << 20;

export interface InputStats {
  name: string;
  bytes: number;
  lines: number;
  truncatedLines: number;
  gzip: boolean;
  /** The input held NUL bytes: probably not a text log. Its lines are still counted and classified. */
  binary: boolean;
  /** The input was read as a CSV export (a header row, then one record per row). */
  csv: boolean;
}

/**
 * Reading CSV exports: when the first line is the header of a sync-log export (its columns are
 * key spellings the extractor knows), the rest of the input is read as rows, each handed on whole
 * (a quoted field may span lines) with its values by column name.
 */
export interface CsvOptions {
  keys: KeyMap;
  onHeader: () => void;
  onRow: (row: CsvRow & { truncated: boolean }, input: string) => void;
}

const GZIP_MAGIC_0 = 0x1f;
const GZIP_MAGIC_1 = 0x8b;

/**
 * Streams one input as lines, calling onLine synchronously for each (a callback, not an async
 * iterator per line: the per-line path must not pay for a promise). The Line passed is reused for
 * the next line: copy what you keep.
 * Gzip is detected by its magic bytes; CRLF and a leading UTF-8 BOM are stripped; invalid UTF-8
 * becomes U+FFFD.
 */
export async function readLines(
  source: InputSource,
  onLine: (line: Line) => void,
  onProgress?: (bytes: number) => void,
  /** Awaited between chunks when it returns a promise: lets a slow output apply backpressure. */
  afterChunk?: () => Promise<void> | undefined,
  csvOptions?: CsvOptions,
): Promise<InputStats> {
  const stats: InputStats = {
    name: source.name,
    bytes: 0,
    lines: 0,
    truncatedLines: 0,
    gzip: false,
    binary: false,
    csv: false,
  };
  let csv: CsvReader | null = null;
  const decoder = new StringDecoder('utf8');
  let carry = '';
  // While skipping the rest of an over-long line, carry holds its kept prefix.
  let skipping = false;

  // One Line object per input, refilled for each line: consumers copy what they keep.
  const line: Line = { input: source.name, lineNo: 0, text: '', truncated: false };
  // A shard of a larger file numbers its lines from where it starts; only a file's start has a BOM or a CSV header.
  const offset = source.lineOffset ?? 0;
  const emit = (text: string, truncated: boolean) => {
    stats.lines++;
    const atStart = stats.lines === 1 && offset === 0;
    if (text.length > 0 && text.charCodeAt(text.length - 1) === 13) text = text.slice(0, -1);
    if (atStart && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (truncated) stats.truncatedLines++;
    line.lineNo = offset + stats.lines;
    line.text = unwrapContainerLine(text);
    line.truncated = truncated;
    onLine(line);
    if (atStart && csvOptions !== undefined && !truncated) {
      const header = csvHeader(text, csvOptions.keys);
      if (header !== null) {
        stats.csv = true;
        csvOptions.onHeader();
        csv = new CsvReader(
          header,
          (row) => {
            stats.lines += row.physicalLines;
            if (row.truncated) stats.truncatedLines++;
            csvOptions.onRow(row, source.name);
          },
          { firstLineNo: 2 },
        );
      }
    }
  };

  const take = (s: string) => {
    if (csv !== null) {
      csv.write(s);
      return;
    }
    let start = 0;
    let nl = s.indexOf('\n');
    while (nl !== -1) {
      if (skipping) {
        emit(carry, true);
        carry = '';
        skipping = false;
      } else if (carry.length > 0) {
        const whole = carry + s.slice(start, nl);
        carry = '';
        if (whole.length > MAX_LINE_CHARS) emit(whole.slice(0, MAX_LINE_CHARS), true);
        else emit(whole, false);
      } else if (nl - start > MAX_LINE_CHARS) {
        emit(s.slice(start, start + MAX_LINE_CHARS), true);
      } else {
        emit(s.slice(start, nl), false);
      }
      start = nl + 1;
      if (csv !== null) {
        // The header row made this input a CSV export: the rest is rows, not lines.
        (csv as CsvReader).write(s.slice(start));
        return;
      }
      nl = s.indexOf('\n', start);
    }
    if (start < s.length && !skipping) {
      carry += s.slice(start);
      if (carry.length > MAX_LINE_CHARS) {
        carry = carry.slice(0, MAX_LINE_CHARS);
        skipping = true;
      }
    }
  };

  try {
    for await (const chunk of decompressed(source, stats, onProgress)) {
      stats.bytes += chunk.length;
      if (!stats.binary && chunk.indexOf(0) !== -1) stats.binary = true;
      take(decoder.write(chunk));
      const wait = afterChunk?.();
      if (wait !== undefined) await wait;
    }
  } catch (err) {
    throw inputError(source.name, err, stats.gzip);
  }
  take(decoder.end());
  if (csv !== null) (csv as CsvReader).end();
  else if (skipping) emit(carry, true);
  else if (carry.length > 0) emit(carry, false);
  return stats;
}

/**
 * Yields the raw bytes of the input, gunzipped when its first bytes are the gzip magic.
 * `onProgress` gets the bytes read from the input as they are read (of a gzip file, the
 * compressed ones: a share of the file's size on disk).
 */
async function* decompressed(source: InputSource, stats: InputStats, onProgress?: (bytes: number) => void): AsyncGenerator<Buffer> {
  const raw = source.stream();
  const inner = raw[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const it: AsyncIterator<Buffer | string> = {
    next: async () => {
      const r = await inner.next();
      if (!r.done) onProgress?.(r.value.length);
      return r;
    },
  };
  let first = await it.next();
  while (!first.done && first.value.length === 0) first = await it.next();
  if (first.done) return;
  let head = toBuffer(first.value);
  // The magic may straddle a tiny first chunk from a pipe: read on until two bytes decide, so a
  // file and a pipe of the same bytes are read alike, and a lone 0x1f is a line of text.
  while (head.length < 2) {
    const next = await it.next();
    if (next.done) break;
    head = Buffer.concat([head, toBuffer(next.value)]);
  }
  if (head.length >= 2 && head[0] === GZIP_MAGIC_0 && head[1] === GZIP_MAGIC_1) {
    stats.gzip = true;
    const rest = Readable.from(
      (async function* () {
        yield head;
        for (let r = await it.next(); !r.done; r = await it.next()) yield toBuffer(r.value);
      })(),
      { objectMode: false },
    );
    const gunzip = createGunzip({ chunkSize: READ_CHUNK_BYTES });
    rest.on('error', (err) => gunzip.destroy(err));
    rest.pipe(gunzip);
    for await (const chunk of gunzip) yield chunk as Buffer;
    return;
  }
  yield head;
  for (let r = await it.next(); !r.done; r = await it.next()) yield toBuffer(r.value);
}

function toBuffer(v: Buffer | string): Buffer {
  return typeof v === 'string' ? Buffer.from(v) : v;
}

function inputError(name: string, err: unknown, gzip: boolean): UserError {
  const e = err as NodeJS.ErrnoException;
  if (e?.code?.startsWith('Z_') || (gzip && /unexpected end|incorrect header|invalid/.test(e?.message ?? ''))) {
    return new UserError(`${name}: corrupt or truncated gzip data (${e.message})`);
  }
  return new UserError(`${name}: ${describeFsError(err)}`);
}
