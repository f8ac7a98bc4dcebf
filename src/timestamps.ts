/**
 * Milliseconds of a log timestamp as extract found it: ISO 8601, or with a comma before the
 * fraction as Python's logging writes it (`2026-11-20 03:00:01,123`); NaN when it is neither.
 * One home for reading a line's time, so the window, first/last seen and merge order agree.
 */
export function logTimeMs(text: string): number {
  const ms = Date.parse(text);
  if (!Number.isNaN(ms) || text.indexOf(',') === -1) return ms;
  return Date.parse(text.replace(',', '.'));
}
