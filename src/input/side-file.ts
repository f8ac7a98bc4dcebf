import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { UserError } from '../errors.js';

/**
 * Reads a side input (config file, baseline) as UTF-8 text, refusing it past `maxBytes`: reads
 * stop one byte past the cap, so `--config /dev/zero` or a runaway file costs at most the cap.
 * A leading BOM (Windows editors) is dropped.
 */
export function readSideFile(path: string, what: string, maxBytes: number): string {
  const fd = openSync(path, 'r');
  try {
    // A regular file is read into one buffer of its size (a state runs to tens of MB: no chunk
    // list and no concatenated copy); a pipe, a device or a file that grew, in copied chunks.
    const size = fstatSync(fd).size;
    if (size > maxBytes) throw new UserError(`${path}: ${what} larger than ${Math.round(maxBytes / 1048576)} MiB; refused`);
    const whole = size > 0 ? Buffer.allocUnsafe(size) : null;
    const scratch = Buffer.allocUnsafe(1 << 20);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const into = whole !== null && total === 0 ? whole : scratch;
      const n = readSync(fd, into, 0, Math.min(into.length, maxBytes + 1 - total), null);
      if (n === 0) break;
      chunks.push(into === whole ? whole.subarray(0, n) : Buffer.from(scratch.subarray(0, n)));
      total += n;
      if (total > maxBytes) throw new UserError(`${path}: ${what} larger than ${Math.round(maxBytes / 1048576)} MiB; refused`);
    }
    const bytes = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
    return bytes.toString('utf8').replace(/^\uFEFF/, '');
  } finally {
    closeSync(fd);
  }
}
