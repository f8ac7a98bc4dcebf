import type { Group } from '../types.js';
import { thousands } from '../thousands.js';

const n = thousands;

/**
 * The one-line text of a group in human outputs. A transient storm folds into one line with its
 * retry outcome: "Rate limited ×48,210 · retried OK 48,190 · 20 still failing".
 */
export function groupHeadline(g: Group): string {
  if (g.category !== 'transient') return g.summary;
  const parts = [`${g.summary} ×${n(g.count)}`];
  if (g.recovered > 0) parts.push(`retried OK ${n(g.recovered)}`);
  if (g.stillFailing > 0) parts.push(`${n(g.stillFailing)} still failing`);
  return parts.join(' · ');
}
