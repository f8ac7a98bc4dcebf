/**
 * The terminal is a trust boundary: log text is written by third-party APIs. Every human output
 * passes through here. Control characters are shown escaped (`\x1b`, `\u009b`), not removed, so the
 * operator sees that the body contained them; bidi controls, invisible characters and line
 * separators likewise.
 */

/**
 * Characters a terminal or a viewer would act on or hide: C1 controls; bidi marks, embeddings,
 * overrides and isolates (U+061C, U+200E/F, U+202A–E, U+2066–9), which reorder what is shown;
 * zero-width and invisible characters (U+200B–D, U+2060–4, U+FEFF), which make two different
 * texts look the same; line and paragraph separators. Without the C0 range, which JSON.stringify
 * already escapes.
 */
const INVISIBLE = '\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff';
const UNSAFE = new RegExp(`[\u0000-\u001f${INVISIBLE}]`);
const UNSAFE_G = new RegExp(UNSAFE.source, 'g');

function escapeChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code === 9) return '\\t';
  if (code === 10) return '\\n';
  if (code === 13) return '\\r';
  if (code < 0x20 || code === 0x7f) return `\\x${code.toString(16).padStart(2, '0')}`;
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

export function escapeForTerminal(text: string): string {
  return UNSAFE.test(text) ? text.replace(UNSAFE_G, escapeChar) : text;
}

/** Shortens to at most `max` characters (after escaping), marking the cut. */
export function clip(text: string, max: number): string {
  const safe = escapeForTerminal(text.length > max * 4 ? text.slice(0, max * 4) : text);
  return safe.length > max ? `${safe.slice(0, max - 1)}…` : safe;
}

/**
 * JSON.stringify escapes C0 controls but leaves DEL, C1 controls, bidi controls, invisible
 * characters and line separators raw; a `cat` of the JSON must not be able to drive the terminal
 * or hide text either.
 */
const JSON_UNSAFE_G = new RegExp(`[${INVISIBLE}]`, 'g');

/** Escapes, inside already-serialised JSON text, the characters JSON.stringify leaves raw. */
export function escapeJsonText(json: string): string {
  return json.replace(JSON_UNSAFE_G, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function safeJson(value: unknown, indent?: number): string {
  return escapeJsonText(JSON.stringify(value, null, indent));
}
