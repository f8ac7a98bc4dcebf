/**
 * RudderStack's transformer reports a destination's failed call in prose that names the
 * destination by its internal name: `… during criteo_audience response transformation`,
 * `MONDAY: Error encountered in transformer proxy V1 with error: …`, `ITERABLE: Error transformer
 * proxy during ITERABLE response transformation. {…}`. Both phrases are written only for failures
 * (rudder-transformer's network handlers), so a line carrying one is an error whatever its level.
 */
const DURING = /\bduring (?:the )?([A-Za-z][\w]{1,60}) response transformation\b/;
const PROXY = /^([A-Z][A-Z0-9_]{1,60}): Error (?:encountered in )?transformer proxy\b/;

/** The destination name a RudderStack failure message gives, or null when the text is none. */
export function rudderStackDestination(text: string): string | null {
  if (text.indexOf('transform') === -1) return null;
  const m = PROXY.exec(text) ?? DURING.exec(text);
  return m === null ? null : m[1];
}
