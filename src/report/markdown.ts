import type { Summary } from '../types.js';
import { escapeForTerminal } from './sanitize.js';
import { groupHeadline } from './headline.js';
import { groupFlags, limitNotes } from './table.js';
import { thousands } from '../thousands.js';

const n = thousands;

/** Markdown table cells: escaped like terminal text, plus the characters Markdown treats as syntax. */
function cell(text: string): string {
  return escapeForTerminal(text).replace(/[|\\`*_<>[\]]/g, (ch) => `\\${ch}`);
}

/** `--format markdown`: for CI job summaries and pull-request comments. */
export function renderMarkdown(summary: Summary): string {
  const t = summary.totals;
  const out: string[] = [];
  out.push('## synctriage');
  out.push('');
  out.push(`**Verdict:** ${cell(summary.verdict.text)}`);
  out.push('');
  out.push(`${n(t.lines)} lines, ${n(t.errors)} errors in ${n(t.groups)} groups (${n(t.actionableGroups)} actionable), ${n(t.nonErrors)} non-errors.`);
  if (summary.groups.length > 0) {
    out.push('');
    out.push('| category | count | records | actionable | destination | summary | fix |');
    out.push('|---|---:|---:|---|---|---|---|');
    for (const g of summary.groups) {
      const fix = g.link === null ? cell(g.fix) : `${cell(g.fix)} [link](${g.link.replace(/[\s()<>]/g, (c) => encodeURIComponent(c))})`;
      const act = g.actionable === true ? 'yes' : g.actionable === false ? 'no' : '?';
      const flags = groupFlags(g);
      const summaryText = cell(groupHeadline(g)) + (flags.length > 0 ? ` (${flags.join(', ')})` : '');
      out.push(`| ${g.category} | ${n(g.count)} | ${g.records === null ? '-' : n(g.records)} | ${act} | ${cell(g.destination ?? '-')} | ${summaryText} | ${fix} |`);
    }
  }
  const notes = limitNotes(summary);
  if (notes.length > 0) {
    out.push('');
    for (const note of notes) out.push(`> ${cell(note)}`);
  }
  return `${out.join('\n')}\n`;
}
