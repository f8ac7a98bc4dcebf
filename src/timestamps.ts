/**
 * Milliseconds of a log timestamp as extract found it: ISO 8601, or with a comma before the
 * fraction as Python's logging writes it (`2026-11-20 03:00:01,123`); NaN when it is neither.
 * Without an offset it is read as UTC, on every machine alike.
 * One home for reading a line's time, so the window, first/last seen and merge order agree.
 */
export function logTimeMs(text: string): number {
  // A date and time with no offset is UTC here: JavaScript would read it in the machine's zone, so
  // the same log and the same --since would give other answers on another machine.
  const local = NO_OFFSET.exec(text);
  if (local !== null) return Date.parse(`${local[1]}T${local[2].replace(',', '.')}Z`);
  const ms = Date.parse(text);
  if (!Number.isNaN(ms) || text.indexOf(',') === -1) return ms;
  return Date.parse(text.replace(',', '.'));
}

/** `2026-11-20 03:00:01,123`, `2026-11-22T09:00`: a date and a time, no zone. */
const NO_OFFSET = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?)$/;
