import { readFileSync } from 'node:fs';

/**
 * The JSON contract's version: bump on any incompatible change to Summary / classify records.
 * 2: events (totals.events, classify `lines`, event limits), CSV inputs, and `recovered` /
 * `stillFailing` null where the log does not show retry outcomes.
 */
export const SCHEMA_VERSION = 2;

/** The package version, read from package.json whether running from src/ (tests) or dist/src/. */
function readVersion(): string {
  for (const rel of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'synctriage' && pkg.version !== undefined) return pkg.version;
    } catch {
      // not at this level
    }
  }
  return '0.0.0';
}

export const VERSION = readVersion();
