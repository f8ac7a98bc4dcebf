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
    const tooLarge = () => new UserError(`${path}: ${what} larger than ${Math.round(maxBytes / 1048576)} MiB; refused`);
    // A regular file is read into one buffer of its size (a state runs to tens of MB: no chunk
    // list and no concatenated copy); a pipe or a device, which has no size, in chunks.
    const size = fstatSync(fd).size;
    if (size > maxBytes) throw tooLarge();
    const chunks: Buffer[] = [];
    let total = 0;
    const buf = Buffer.allocUnsafe(size > 0 ? size + 1 : Math.min(maxBytes + 1, 1 << 20));
    for (;;) {
      const room = buf.length - (size > 0 ? total : 0);
      const n = readSync(fd, buf, size > 0 ? total : 0, Math.min(room, maxBytes + 1 - total), null);
      if (n === 0) break;
      if (size === 0) chunks.push(Buffer.from(buf.subarray(0, n)));
      total += n;
      if (total > maxBytes) throw tooLarge();
      if (size > 0 && total === buf.length) {
        // The file grew while it was read: go on in chunks after what is here.
        chunks.push(buf);
        return readRest(fd, chunks, total, maxBytes, tooLarge);
      }
    }
    const bytes = size > 0 ? buf.subarray(0, total) : Buffer.concat(chunks, total);
    return bytes.toString('utf8').replace(/^\uFEFF/, '');
  } finally {
    closeSync(fd);
  }
}

function readRest(fd: number, chunks: Buffer[], total: number, maxBytes: number, tooLarge: () => Error): string {
  const buf = Buffer.allocUnsafe(1 << 20);
  for (;;) {
    const n = readSync(fd, buf, 0, Math.min(buf.length, maxBytes + 1 - total), null);
    if (n === 0) break;
    chunks.push(Buffer.from(buf.subarray(0, n)));
    total += n;
    if (total > maxBytes) throw tooLarge();
  }
  return Buffer.concat(chunks, total).toString('utf8').replace(/^\uFEFF/, '');
}
