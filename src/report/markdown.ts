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

/**
 * GitHub refuses a job summary (`$GITHUB_STEP_SUMMARY`) over 1 MiB, and a pull-request comment
 * over 65,536 characters is refused too; the summary is kept under the first whatever the input.
 */
export const MAX_MARKDOWN_BYTES = 1 << 20;

/**
 * `--format markdown`: for CI job summaries and pull-request comments. Under MAX_MARKDOWN_BYTES:
 * past it the samples go first, then the runs, then the least urgent rows, and a note says what
 * was left out.
 */
export function renderMarkdown(summary: Summary, opts: MarkdownOptions = {}): string {
  const fits = (text: string) => Buffer.byteLength(text) <= MAX_MARKDOWN_BYTES;
  let text = renderWithin(summary, opts, { samples: true, runs: true, rows: summary.groups.length });
  if (fits(text)) return text;
  text = renderWithin(summary, opts, { samples: false, runs: true, rows: summary.groups.length });
  if (fits(text)) return text;
  // Rows: halve until it fits, then grow back by steps (at most a few dozen renders).
  let rows = summary.groups.length;
  do {
    rows = Math.floor(rows / 2);
    text = renderWithin(summary, opts, { samples: false, runs: false, rows });
  } while (!fits(text) && rows > 0);
  for (let step = Math.max(1, Math.floor(rows / 8)); step >= 1; step = Math.floor(step / 2)) {
    for (;;) {
      const more = renderWithin(summary, opts, { samples: false, runs: false, rows: rows + step });
      if (rows + step > summary.groups.length || !fits(more)) break;
      rows += step;
      text = more;
    }
  }
  return text;
}

interface Within {
  samples: boolean;
  runs: boolean;
  rows: number;
}

function renderWithin(summary: Summary, opts: MarkdownOptions, within: Within): string {
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
    for (const g of summary.groups.slice(0, within.rows)) {
      const fix = g.baseline === 'gone' ? '-' : g.link === null ? cell(fixAsAdvised(g)) : `${cell(fixAsAdvised(g))} [link](${g.link.replace(/[\s()<>\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => encodeURIComponent(c))})`;
      const flags = groupFlags(g);
      const summaryText = cell(groupHeadline(g)) + (flags.length > 0 ? ` (${flags.join(', ')})` : '');
      out.push(`| ${g.category} | ${n(g.count)} | ${g.records === null ? '-' : n(g.records)} | ${actLabel(g)} | ${cell(g.destination ?? '-')} | ${summaryText} | ${fix} |`);
    }
  }
  const withSamples = within.samples ? summary.groups.filter((g) => g.samples.length > 0) : [];
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
  if (opts.byRun === true && within.runs && summary.runs.length > 0) {
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
  const left: string[] = [];
  if (!within.samples && summary.groups.some((g) => g.samples.length > 0)) left.push('the samples');
  if (!within.runs && opts.byRun === true && summary.runs.length > 0) left.push('the runs');
  if (within.rows < summary.groups.length) left.push(`the ${n(summary.groups.length - within.rows)} least urgent of ${n(summary.groups.length)} groups`);
  if (left.length > 0) notes.push(`note: left out to stay under ${MAX_MARKDOWN_BYTES >> 20} MiB (GitHub's job-summary limit): ${left.join(', ')}; --format json has them all.`);
  if (notes.length > 0) {
    out.push('');
    for (const note of notes) out.push(`> ${cell(note)}`);
  }
  return `${out.join('\n')}\n`;
}
