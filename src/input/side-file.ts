import { closeSync, openSync, readSync } from 'node:fs';
import { UserError } from '../errors.js';

/**
 * Reads a side input (config file, baseline) as UTF-8 text, refusing it past `maxBytes`: reads
 * stop one byte past the cap, so `--config /dev/zero` or a runaway file costs at most the cap.
 * A leading BOM (Windows editors) is dropped.
 */
export function readSideFile(path: string, what: string, maxBytes: number): string {
  const fd = openSync(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    const buf = Buffer.allocUnsafe(Math.min(maxBytes + 1, 1 << 20));
    for (;;) {
      const n = readSync(fd, buf, 0, Math.min(buf.length, maxBytes + 1 - total), null);
      if (n === 0) break;
      chunks.push(Buffer.from(buf.subarray(0, n)));
      total += n;
      if (total > maxBytes) throw new UserError(`${path}: ${what} larger than ${Math.round(maxBytes / 1048576)} MiB; refused`);
    }
    return Buffer.concat(chunks, total).toString('utf8').replace(/^\uFEFF/, '');
  } finally {
    closeSync(fd);
  }
}
