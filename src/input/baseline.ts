import { readFileSync } from 'node:fs';
import { CATEGORIES, type Category } from '../types.js';
import { UserError } from '../errors.js';
import type { BaselineGroup } from '../aggregate/baseline.js';

/** Reads `--baseline FILE`: a `--json` summary of an earlier run. */
export function readBaseline(path: string): BaselineGroup[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`${path}: no such baseline file`);
    if (code === 'EISDIR') throw new UserError(`${path}: is a directory`);
    throw new UserError(`${path}: not a synctriage JSON summary (${(err as Error).message})`);
  }
  const groups = (raw as { schemaVersion?: unknown; groups?: unknown })?.groups;
  const version = (raw as { schemaVersion?: unknown })?.schemaVersion;
  if (typeof version !== 'number' || !Array.isArray(groups)) {
    throw new UserError(`${path}: not a synctriage JSON summary (no schemaVersion / groups; make it with --json)`);
  }
  const out: BaselineGroup[] = [];
  for (const g of groups as Array<Record<string, unknown>>) {
    // Gone groups of an earlier comparison are not part of that run's findings.
    if (g?.baseline === 'gone') continue;
    if (typeof g?.key !== 'string' || typeof g.count !== 'number' || !(CATEGORIES as readonly string[]).includes(g.category as string)) {
      throw new UserError(`${path}: a group lacks key, count or category; make the baseline with --json`);
    }
    out.push({
      key: g.key,
      category: g.category as Category,
      count: g.count,
      destination: typeof g.destination === 'string' ? g.destination : null,
      cause: typeof g.cause === 'string' ? g.cause : '',
      field: typeof g.field === 'string' ? g.field : null,
      summary: typeof g.summary === 'string' ? g.summary : g.key,
      fix: typeof g.fix === 'string' ? g.fix : '',
      link: typeof g.link === 'string' ? g.link : null,
    });
  }
  return out;
}
