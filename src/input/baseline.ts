import { readSideFile } from './side-file.js';
import { CATEGORIES, type Category } from '../types.js';
import { UserError } from '../errors.js';
import type { BaselineGroup } from '../aggregate/baseline.js';
import { SCHEMA_VERSION } from '../version.js';

/**
 * Summaries this version can compare with: 1 (before events; `recovered`/`stillFailing` always
 * numbers) and 2 (the current one). A group's key, category, count and cause mean the same in both.
 */
const READABLE_SCHEMA_VERSIONS: readonly number[] = [1, SCHEMA_VERSION];

/**
 * Bounds of a baseline: a summary holds at most --max-groups groups (100,000 at most) of a few
 * hundred bytes each, samples included.
 */
export const MAX_BASELINE_BYTES = 64 << 20;
export const MAX_BASELINE_GROUPS = 100_000;

/** Reads `--baseline FILE`: a `--json` summary of an earlier run. */
export function readBaseline(path: string): BaselineGroup[] {
  let raw: unknown;
  try {
    // A BOM (files saved by Windows editors) is not part of the JSON.
    raw = JSON.parse(readSideFile(path, 'baseline', MAX_BASELINE_BYTES));
  } catch (err) {
    if (err instanceof UserError) throw err;
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
  if (!READABLE_SCHEMA_VERSIONS.includes(version)) {
    throw new UserError(`${path}: schemaVersion ${version} is not one this version reads (${READABLE_SCHEMA_VERSIONS.join(', ')}); make the baseline again with --json`);
  }
  if (groups.length > MAX_BASELINE_GROUPS) {
    throw new UserError(`${path}: ${groups.length} groups, more than a summary holds (${MAX_BASELINE_GROUPS}); make the baseline with --json`);
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
