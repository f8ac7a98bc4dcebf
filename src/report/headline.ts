import type { Group, Summary } from '../types.js';
import { escapeForTerminal } from './sanitize.js';
import { plural, thousands } from '../thousands.js';

const n = thousands;

/** The default table is a screen, not a dump: the most urgent groups, then a line for the rest. */
export const TABLE_ROWS = 25;

/**
 * The one-line text of a group in human outputs. A transient storm folds into one line with its
 * retry outcome: "Rate limited ×48,210 · retried OK 48,190 · 20 still failing".
 */
export function groupHeadline(g: Group): string {
  // A group gone since the baseline has no lines in this run: its flag says how many it had.
  if (g.category !== 'transient' || g.baseline === 'gone') return g.summary;
  const parts = [`${g.summary} ×${n(g.count)}`];
  if (g.recovered === null || g.stillFailing === null) parts.push(`retry outcome unknown (${retryUnknownReason(g)})`);
  else {
    if (g.recovered > 0) parts.push(`retried OK ${n(g.recovered)}`);
    if (g.stillFailing > 0) parts.push(`${n(g.stillFailing)} still failing`);
  }
  return parts.join(' · ');
}

/** Why the log cannot show whether a group's records went through on retry. */
export function retryUnknownReason(g: Group): string {
  return g.records === null ? 'lines name no record' : 'no success lines for its records';
}

/**
 * The act column: yes / no by category, "?" for a mixed group; "-" for a group gone since the
 * baseline, which asks nothing of anyone now.
 */
export function actLabel(g: Group): string {
  if (g.baseline === 'gone') return '-';
  return g.actionable === true ? 'yes' : g.actionable === false ? 'no' : '?';
}

/** Markers after a group's summary: run-level effects and the baseline comparison. */
export function groupFlags(g: Group): string[] {
  const flags: string[] = [];
  if (g.blocksRun) flags.push('blocks run');
  if (g.persistent) flags.push('persistent');
  if (g.baseline === 'new') flags.push('new');
  else if (g.baseline === 'known') flags.push(`known, was ${n(g.baselineCount ?? 0)}`);
  else if (g.baseline === 'gone') flags.push(`gone, was ${n(g.baselineCount ?? 0)}`);
  return flags;
}

/** Notes on caps that were reached: part of the findings, shown under every human report. */
export function limitNotes(summary: Summary): string[] {
  const l = summary.limits;
  const notes: string[] = [];
  if (l.groupOverflowLines > 0) notes.push(`note: ${n(l.groupOverflowLines)} lines fell past the group cap (${n(l.maxGroups)}) and are counted in "other causes" groups.`);
  if (l.untrackedRecordLines > 0) notes.push(`note: record tracking cap (${n(l.maxTrackedRecords)}) reached; ${n(l.untrackedRecordLines)} failure lines were counted without record-level retry resolution.`);
  if (l.runOverflowLines > 0) notes.push(`note: run cap (${n(l.maxRuns)}) reached; ${n(l.runOverflowLines)} lines are counted under "other runs".`);
  if (summary.totals.truncated > 0) notes.push(`note: ${plural(summary.totals.truncated, 'over-long line')} ${summary.totals.truncated === 1 ? 'was' : 'were'} classified from ${summary.totals.truncated === 1 ? 'its' : 'their'} first MiB.`);
  return notes;
}
