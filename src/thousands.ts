/**
 * 48210 → "48,210". Not toLocaleString: its first call loads ICU data, which costs more than the
 * whole report on a small log.
 */
export function thousands(x: number): string {
  const s = String(Math.trunc(x));
  return s.length <= 3 ? s : s.replace(/\B(?=(\d{3})+$)/g, ',');
}

/** 1 → "1 line", 48210 → "48,210 lines". */
export function plural(x: number, word: string): string {
  return `${thousands(x)} ${word}${x === 1 ? '' : 's'}`;
}
