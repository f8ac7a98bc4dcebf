import type { Summary } from '../types.js';
import { escapeForTerminal } from './sanitize.js';
import { actLabel, groupFlags, groupHeadline, limitNotes } from './headline.js';
import { plural, thousands } from '../thousands.js';
import { fixAsAdvised } from '../aggregate/verdict.js';

const n = thousands;

/** Markdown table cells: escaped like terminal text, plus the characters Markdown treats as syntax. */
function cell(text: string): string {
  return escapeForTerminal(text).replace(/[|\\`*_<>[\]]/g, (ch) => `\\${ch}`);
}

/**
 * Text inside raw HTML (`<summary>`): markdown's backslash escapes are not processed there, so
 * characters are written as HTML entities (`<num>` stays visible, no stray backslashes).
 */
function htmlText(text: string): string {
  return escapeForTerminal(text).replace(/[&<>"'|`*_[\]\\]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** A fenced block that no backtick run inside the (escaped) text can close early. */
function fenced(text: string): string {
  const safe = escapeForTerminal(text);
  const longest = Math.max(2, ...[...safe.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}\n${safe}\n${fence}`;
}

export interface MarkdownOptions {
  /** Add a section per run (--by-run). */
  byRun?: boolean;
}

/** `--format markdown`: for CI job summaries and pull-request comments. */
export function renderMarkdown(summary: Summary, opts: MarkdownOptions = {}): string {
  const t = summary.totals;
  const out: string[] = [];
  out.push('## synctriage');
  out.push('');
  out.push(`**Verdict:** ${cell(summary.verdict.text)}`);
  out.push('');
  out.push(
    `${plural(t.lines, 'line')}${t.events !== t.lines ? ` in ${plural(t.events, 'event')}` : ''}, ${plural(t.errors, 'error')} in ${plural(t.groups, 'group')} (${n(t.actionableGroups)} actionable), ${plural(t.nonErrors, 'non-error')}.`,
  );
  if (summary.groups.length > 0) {
    out.push('');
    out.push('| category | count | records | actionable | destination | summary | fix |');
    out.push('|---|---:|---:|---|---|---|---|');
    for (const g of summary.groups) {
      const fix = g.baseline === 'gone' ? '-' : g.link === null ? cell(fixAsAdvised(g)) : `${cell(fixAsAdvised(g))} [link](${g.link.replace(/[\s()<>\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => encodeURIComponent(c))})`;
      const flags = groupFlags(g);
      const summaryText = cell(groupHeadline(g)) + (flags.length > 0 ? ` (${flags.join(', ')})` : '');
      out.push(`| ${g.category} | ${n(g.count)} | ${g.records === null ? '-' : n(g.records)} | ${actLabel(g)} | ${cell(g.destination ?? '-')} | ${summaryText} | ${fix} |`);
    }
  }
  const withSamples = summary.groups.filter((g) => g.samples.length > 0);
  if (withSamples.length > 0) {
    out.push('');
    out.push('### Samples');
    for (const g of withSamples) {
      out.push('');
      out.push(`<details><summary>${htmlText(g.category)}: ${htmlText(groupHeadline(g))}</summary>`);
      out.push('');
      for (const s of g.samples) out.push(fenced(s));
      out.push('');
      out.push('</details>');
    }
  }
  if (opts.byRun === true && summary.runs.length > 0) {
    const byKey = new Map(summary.groups.map((g) => [g.key, g]));
    out.push('');
    out.push('### Runs');
    out.push('');
    out.push('| run | lines | errors | succeeded | blocked by | groups |');
    out.push('|---|---:|---:|---:|---|---|');
    for (const r of summary.runs) {
      const blocked = r.blockedBy === null ? '-' : cell(byKey.get(r.blockedBy)?.summary ?? r.blockedBy);
      const groups = Object.entries(r.groups)
        .map(([key, count]) => `${n(count)} ${cell(byKey.get(key)?.summary ?? key)}`)
        .join('; ');
      out.push(`| ${cell(r.id)} | ${n(r.lines)} | ${n(r.errors)} | ${n(r.succeeded)} | ${blocked} | ${groups} |`);
    }
  }
  const notes = limitNotes(summary);
  if (notes.length > 0) {
    out.push('');
    for (const note of notes) out.push(`> ${cell(note)}`);
  }
  return `${out.join('\n')}\n`;
}
