/** A pattern (global) and the token that replaces what it matches. */
export interface Mask {
  pattern: RegExp;
  mask: string;
}

/**
 * Masks that turn a message into a template, so that unknown errors differing only in ids,
 * emails, numbers or quoted values collapse into one group (the idea of Drain3's masking
 * config). Data: order matters, the most specific mask first. A config file's `masks` run
 * before these.
 */
export const MASKS: readonly Mask[] = [
  // Not a closing bracket: "(url: https://…)" keeps its ")".
  { pattern: /https?:\/\/[^\s"'<>)\]]+/g, mask: '<url>' },
  { pattern: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, mask: '<email>' },
  { pattern: /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, mask: '<uuid>' },
  { pattern: /\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?/g, mask: '<time>' },
  { pattern: /\b(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?\b/g, mask: '<ip>' },
  { pattern: /"(?:[^"\\]|\\.){0,200}"|'(?:[^'\\]|\\.){0,200}'/g, mask: '<str>' },
  { pattern: /\b[A-Za-z]+_[A-Za-z0-9]{10,}\b/g, mask: '<id>' },
  // A record id spelt with its kind and a number (usr_00333, acct-1042, INV_2024_77): one crash on
  // another record must be the same template.
  { pattern: /\b[A-Za-z]{1,12}[_-](?=[A-Za-z0-9_]*\d)[A-Za-z0-9]{3,}(?:_[A-Za-z0-9]+)*\b/g, mask: '<id>' },
  { pattern: /\b(?=[A-Za-z0-9]*\d)[A-Za-z0-9]{15,}\b/g, mask: '<id>' },
  { pattern: /\b0x[0-9a-f]+\b|\b[0-9a-f]{8,}\b/gi, mask: '<hex>' },
  { pattern: /\b\d+(?:\.\d+)?\b/g, mask: '<num>' },
];

/** Longest template kept: a template is a group key, and keys must stay small. */
export const TEMPLATE_CHARS = 160;

export function template(message: string, masks: readonly Mask[] = MASKS): string {
  let t = message.length > 1024 ? message.slice(0, 1024) : message;
  for (const { pattern, mask } of masks) t = t.replace(pattern, mask);
  t = t.replace(/\s+/g, ' ').trim();
  return t.length > TEMPLATE_CHARS ? `${t.slice(0, TEMPLATE_CHARS - 1)}…` : t;
}
