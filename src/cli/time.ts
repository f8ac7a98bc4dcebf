import { InvalidArgumentError } from 'commander';
import { logTimeMs } from '../timestamps.js';

const RELATIVE = /^(\d+(?:\.\d+)?)\s*(s|m|h|d|w)$/i;
const UNIT_MS: Record<string, number> = { s: 1e3, m: 60e3, h: 3600e3, d: 86400e3, w: 604800e3 };

/**
 * `--since` / `--until`: an ISO 8601 date or time, or a duration back from now ("90m", "24h", "7d").
 * A bare date as the end of a window means the end of that day (`--until 2026-11-22` includes it).
 * A time without an offset is UTC, as the log's own times are (logTimeMs).
 */
export function parseTimeArg(value: string, now: number = Date.now(), endOfDay = false): number {
  const v = value.trim();
  const rel = RELATIVE.exec(v);
  if (rel !== null) return now - Number(rel[1]) * UNIT_MS[rel[2].toLowerCase()];
  const date = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (date !== null) {
    const ms = logTimeMs(v);
    // Date.parse rolls 2026-02-30 over to March: a day the month does not have is a typo.
    const [y, m, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
    const day = new Date(Date.UTC(y, m - 1, d));
    if (day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d) throw new InvalidArgumentError(`${date[0]} is no calendar date; use an ISO 8601 time (2026-11-22T09:00:00Z, 2026-11-22).`);
    if (!Number.isNaN(ms)) return endOfDay && /^\d{4}-\d{2}-\d{2}$/.test(v) ? ms + 86_400_000 - 1 : ms;
  }
  throw new InvalidArgumentError('use an ISO 8601 time (2026-11-22T09:00:00Z, 2026-11-22) or a duration back from now (90m, 24h, 7d).');
}
