import ndjson from 'ndjson';
import { Writable } from 'node:stream';
import type { Summary } from '../types.js';
import { escapeJsonText } from './sanitize.js';

/**
 * An ndjson.stringify stream piped into `out`, with the same escaping as the JSON report.
 * Resolves `done` when everything written has been flushed to `out`.
 */
export function ndjsonWriter(out: Writable): { write: (obj: object) => boolean; end: () => Promise<void> } {
  const stream = ndjson.stringify();
  const done = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  stream.on('data', (chunk: string) => {
    if (!out.write(escapeJsonText(chunk))) {
      stream.pause();
      out.once('drain', () => stream.resume());
    }
  });
  return {
    write: (obj) => stream.write(obj),
    end: async () => {
      stream.end();
      await done;
    },
  };
}

/**
 * `--format ndjson`: one object per line, each with a `type`: "group" per group (in table order),
 * then "run" per run, then one "summary" with totals, verdict and limits.
 */
export async function writeNdjson(summary: Summary, out: Writable): Promise<void> {
  const w = ndjsonWriter(out);
  for (const g of summary.groups) w.write({ type: 'group', schemaVersion: summary.schemaVersion, ...g });
  for (const r of summary.runs) w.write({ type: 'run', ...r });
  w.write({
    type: 'summary',
    schemaVersion: summary.schemaVersion,
    totals: summary.totals,
    verdict: summary.verdict,
    limits: summary.limits,
    inputs: summary.inputs,
  });
  await w.end();
}

/** The same lines as one string (for `--output ndjson=FILE`). */
export async function renderNdjson(summary: Summary): Promise<string> {
  const parts: string[] = [];
  await writeNdjson(
    summary,
    new Writable({
      write(chunk: Buffer | string, _enc, cb) {
        parts.push(chunk.toString());
        cb();
      },
    }),
  );
  return parts.join('');
}
