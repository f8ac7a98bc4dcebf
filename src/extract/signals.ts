import type { Signals } from '../types.js';
import { ERROR_LEVELS, QUIET_LEVELS } from '../vocabulary.js';

/**
 * Shared empty lists: most lines have no codes, fields or items, and the per-line path should not
 * allocate three arrays to say so. Writers go through addTo(), which replaces them on first use.
 */
const NONE_YET: never[] = Object.freeze([]) as unknown as never[];

export function emptySignals(format: Signals['format']): Signals {
  return {
    format,
    status: null,
    codes: NONE_YET,
    message: '',
    fields: NONE_YET,
    destination: null,
    recordId: null,
    runId: null,
    time: null,
    level: null,
    exception: false,
    engineLabel: null,
    success: null,
    policy: null,
    errorKey: false,
    items: NONE_YET,
  };
}

/**
 * What a field name looks like: an identifier, a dotted or bracketed path (merge_fields.FNAME,
 * line_items[0][price]), a hash key (Pipedrive custom fields) or a label with spaces (Billing City).
 * Punctuation or markup (")", "[/data/](https://…)", "{…}") is never a field name.
 */
const FIELD_NAME = /^[\p{L}\p{N}_$@#][\p{L}\p{N}\p{M}_$@#.:/[\] -]{0,127}$/u;

export function isFieldName(f: string): boolean {
  return FIELD_NAME.test(f);
}

/**
 * Appends to one of a Signals' lists, giving it its own array on first use. Every field name any
 * extractor finds enters here, so one check keeps what does not look like a field name out.
 */
export function addTo<K extends 'codes' | 'fields' | 'items'>(s: Signals, list: K, value: Signals[K][number]): void {
  if (list === 'fields' && !isFieldName(value as string)) return;
  const arr = s[list] as Array<Signals[K][number]>;
  if (arr === NONE_YET) (s[list] as Array<Signals[K][number]>) = [value];
  else arr.push(value);
}

/** False only for lines that state they went well: a 2xx/3xx status, success:true, or a quiet level and no status. */
export function mayBeError(s: Signals): boolean {
  if (s.success === true) return false;
  // An error level outranks a 2xx the line also shows (a bulk call answered 200 with failed items).
  if (s.status !== null) return s.status >= 400 || (s.level !== null && ERROR_LEVELS.has(s.level));
  return s.level === null || !QUIET_LEVELS.has(s.level) || s.success === false || s.exception || s.engineLabel !== null;
}
