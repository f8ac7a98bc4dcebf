import { describe, expect, it } from 'vitest';
import { Progress, progressLine } from '../../src/cli/progress.js';

describe('progress on stderr', () => {
  it('says how far and how long is left when the size is known', () => {
    expect(progressLine(100 * 1048576, 400 * 1048576, 2000)).toBe('synctriage: read 100 of 400 MB (25 %, 50 MB/s, about 6 s left)…');
    expect(progressLine(100 * 1048576, 10_000 * 1048576, 2000)).toMatch(/\(1 %, 50 MB\/s, about 4 min left\)…$/);
    expect(progressLine(400 * 1048576, 400 * 1048576, 2000)).toMatch(/\(100 %, 200 MB\/s, almost done\)…$/);
  });

  it('gives the rate alone when the size is not known (stdin)', () => {
    expect(progressLine(100 * 1048576, null, 2000)).toBe('synctriage: read 100 MB (50 MB/s)…');
  });

  it('writes nothing when disabled, and erases its line when done', () => {
    const written: string[] = [];
    const stream = { write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream;
    const off = new Progress(stream, false, 100);
    off.add(50);
    off.done();
    expect(written).toEqual([]);
  });
});
