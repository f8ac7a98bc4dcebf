import { InvalidArgumentError } from 'commander';

const RELATIVE = /^(\d+(?:\.\d+)?)\s*(s|m|h|d|w)$/i;
const UNIT_MS: Record<string, number> = { s: 1e3, m: 60e3, h: 3600e3, d: 86400e3, w: 604800e3 };

/** `--since` / `--until`: an ISO 8601 date or time, or a duration back from now ("90m", "24h", "7d"). */
export function parseTimeArg(value: string, now: number = Date.now()): number {
  const rel = RELATIVE.exec(value.trim());
  if (rel !== null) return now - Number(rel[1]) * UNIT_MS[rel[2].toLowerCase()];
  if (/^\d{4}-\d{2}-\d{2}/.test(value.trim())) {
    const ms = Date.parse(value.trim());
    if (!Number.isNaN(ms)) return ms;
  }
  throw new InvalidArgumentError('use an ISO 8601 time (2026-11-22T09:00:00Z, 2026-11-22) or a duration back from now (90m, 24h, 7d).');
}
