/**
 * A copy of a string that shares no memory with the text it was cut from. V8 keeps a substring as
 * a slice of its parent (and a concatenation as a pair of its parts): a record id, run id or
 * sample cut from a text line would keep the whole line, and through it the 1 MiB chunk the line
 * was read in, alive for as long as a long-lived map holds it. Measured on the 1M-line mixed
 * corpus: peak RSS 264 MB with ids held as slices, 208 MB with records copied. Use it where a
 * string from a line is kept past the line (caps bound how often that happens).
 */
export function ownCopy(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}
