import type { Signals } from '../types.js';

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

/** Appends to one of a Signals' lists, giving it its own array on first use. */
export function addTo<K extends 'codes' | 'fields' | 'items'>(s: Signals, list: K, value: Signals[K][number]): void {
  const arr = s[list] as Array<Signals[K][number]>;
  if (arr === NONE_YET) (s[list] as Array<Signals[K][number]>) = [value];
  else arr.push(value);
}
