import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { Category, Group, Summary } from '../types.js';
import { clip, escapeForTerminal } from './sanitize.js';
import { actLabel, groupFlags, groupHeadline, limitNotes, TABLE_ROWS } from './headline.js';
import { plural, thousands } from '../thousands.js';
import { fixAsAdvised } from '../aggregate/verdict.js';
import { sparkline, spanOf, type Span } from './sparkline.js';

export interface TableOptions {
  color: boolean;
  /** Terminal width to fit (columns). */
  width: number;
  /** Wrap links in OSC 8 so terminals that support it make them clickable. */
  hyperlinks: boolean;
  /** Add a section per run (--by-run). */
  byRun?: boolean;
  /** Groups shown before the "more groups" line (--all: every group). */
  maxRows?: number;
  /** Show each sample as the raw line (--raw-samples), not in short. */
  rawSamples?: boolean;
}


const n = thousands;

/** The narrowest table laid out; a narrower terminal wraps its lines. */
export const MIN_WIDTH = 60;

function paint(c: ChalkInstance, category: Category, text: string): string {
  switch (category) {
    case 'auth':
    case 'permissions':
    case 'plan':
    case 'validation':
      return c.red.bold(text);
    case 'outage':
      return c.magenta(text);
    case 'transient':
      return c.yellow(text);
    default:
      return c.gray(text);
  }
}

/** OSC 8 hyperlink; the URL is escaped like any other untrusted text. */
function hyperlink(url: string, enabled: boolean): string {
  const safe = escapeForTerminal(url);
  return enabled ? `\u001b]8;;${safe}\u0007${safe}\u001b]8;;\u0007` : safe;
}

/** The default output: a grouped table, actionable first in red, a verdict line last. */
export function renderTable(summary: Summary, opts: TableOptions): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const t = summary.totals;
  const lines: string[] = [];
  // The terminal's width, never below 60 (nothing narrower can hold a row) nor above 160.
  const width = Math.max(MIN_WIDTH, Math.min(opts.width, 160));
  const inputs = summary.inputs.length === 1 ? escapeForTerminal(summary.inputs[0].name) : `${summary.inputs.length} inputs`;
  const header =
    `synctriage ${inputs}: ${plural(t.lines, 'line')}${t.events !== t.lines ? ` in ${plural(t.events, 'event')}` : ''}, ${plural(t.errors, 'error')} in ${plural(t.groups, 'group')}` +
    ` (${n(t.actionableGroups)} actionable), ${plural(t.nonErrors, 'non-error')}` +
    (t.filtered > 0 ? `; ${plural(t.filtered, 'line')} ${t.lines > 0 ? 'more ' : ''}outside --since/--until` : '');
  const headerLines = wrap(header, width);
  headerLines[0] = c.bold('synctriage') + headerLines[0].slice('synctriage'.length);
  lines.push(...headerLines);

  if (summary.groups.length > 0) {
    // category, count, records, act, destination are fixed; the summary takes the rest. A narrow
    // terminal gets narrower columns, but never narrower than the longest category ("permissions")
    // or the largest count and record figure the table shows (a 2,000,000-line storm keeps its digits).
    const narrow = width < 72;
    const fixed = narrow ? [13, 7, 7, 5, 10] : width < 90 ? [13, 9, 9, 5, 13] : [13, 10, 10, 5, 17];
    let widest = 0;
    for (const g of summary.groups) widest = Math.max(widest, n(g.count).length, g.records === null ? 0 : n(g.records).length + (g.recordsCapped ? 1 : 0));
    fixed[1] = Math.max(fixed[1], widest + 2);
    fixed[2] = Math.max(fixed[2], widest + 2);
    const summaryWidth = width - fixed.reduce((a, b) => a + b, 0) - 1;
    // cli-table3 lays out the aligned, wrapped main rows. The detail lines under each row (fix,
    // link, samples) are written here: cli-table3 truncates every line of a multi-line cell by
    // re-measuring it one character at a time, which made 1,000 groups take seconds.
    const layout = {
      colWidths: [...fixed, summaryWidth],
      colAligns: ['left', 'right', 'right', 'left', 'left', 'left'] as Array<'left' | 'right'>,
      wordWrap: true,
      wrapOnWordBoundary: true,
      chars: BORDERLESS,
      style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
    };
    const labels = narrow ? ['category', 'count', 'recs', 'act', 'dest', 'summary'] : ['category', 'count', 'records', 'act', 'destination', 'summary'];
    const head = new Table({ ...layout, head: labels.map((h) => c.bold(h)) });
    lines.push(head.toString().replace(/ +$/gm, ''));
    const shown = summary.groups.slice(0, opts.maxRows ?? TABLE_ROWS);
    // A sparkline only when the log spans more than a second: all in one instant shows nothing.
    const span = spanOf(summary.groups);
    const timed = span !== null && span.end - span.start > 1 ? span : null;
    for (const g of shown) {
      const row = new Table(layout);
      row.push(mainRow(g, c, summaryWidth - 2));
      lines.push(row.toString().replace(/ +$/gm, ''));
      for (const d of detailLines(g, c, width - 6, opts, timed)) lines.push(`     ${d}`);
    }
    const rest = summary.groups.slice(shown.length);
    if (rest.length > 0) {
      const restLines = rest.reduce((k, g) => k + g.count, 0);
      const actionable = rest.filter((g) => g.actionable === true).length;
      const more = `… ${plural(rest.length, 'more group')} (${plural(restLines, 'event')}${actionable > 0 ? `, ${n(actionable)} actionable` : ''}) not shown: --all lists every group, --json gives them to a script.`;
      for (const l of wrap(more, width)) lines.push(c.bold(l));
    }
  }
  if (opts.byRun === true && summary.runs.length > 0) lines.push(renderRuns(summary, c));
  const overflow = limitNotes(summary);
  for (const note of overflow) for (const l of wrap(note, width)) lines.push(c.yellow(l));
  // The verdict wraps at word boundaries like the rest; only its first line carries the label.
  const verdict = wrap(`Verdict: ${escapeForTerminal(summary.verdict.text)}`, width);
  const paintVerdict = verdictColor(c, summary.verdict.action);
  lines.push(c.bold('Verdict:') + paintVerdict(verdict[0].slice('Verdict:'.length)), ...verdict.slice(1).map((l) => paintVerdict(l)));
  return `${lines.join('\n')}\n`;
}

/** The aligned row of a group: category, counts, destination and its one-line summary. */
function mainRow(g: Group, c: ChalkInstance, summaryWidth: number): string[] {
  const flags = groupFlags(g);
  const head = clip(groupHeadline(g), summaryWidth * 3) + (flags.length > 0 ? c.bold(` [${flags.join(', ')}]`) : '');
  return [
    paint(c, g.category, g.category),
    n(g.count),
    g.records === null ? '-' : `${n(g.records)}${g.recordsCapped ? '+' : ''}`,
    actLabel(g),
    clip(g.destination ?? '-', 15),
    paint(c, g.category, head),
  ];
}

/** The lines under a group's row: the fix (wrapped), the link (never cut), the samples (escaped, clipped). */
function detailLines(g: Group, c: ChalkInstance, width: number, opts: TableOptions, span: Span | null): string[] {
  const out: string[] = [];
  // A group gone since the baseline has nothing left to fix.
  if (g.baseline === 'gone') return out;
  if (span !== null && g.timeline !== null) out.push(whenLine(g, span, width));
  const fix = fixAsAdvised(g);
  if (fix.length > 0) for (const l of wrap(`fix: ${clip(fix, width * 4)}`, width)) out.push(l);
  // A link stays whole on one line, however long: a broken link can be neither clicked nor pasted.
  if (g.link !== null) out.push(c.cyan(hyperlink(escapeForTerminal(g.link), opts.hyperlinks)));
  // In short by default (status, record, message): the envelope of a raw line would fill the
  // screen. A raw sample gets up to four lines.
  if (opts.rawSamples === true) for (const s of g.samples) for (const l of hardWrap(`e.g. ${clip(s, width * 4 - 5)}`, width)) out.push(c.gray(l));
  else for (const s of g.condensed) for (const l of wrap(`e.g. ${clip(s, width * 2 - 5)}`, width)) out.push(c.gray(l));
  return out;
}

/** When: the sparkline over the log's span, then the group's first and last time as the log wrote them. */
function whenLine(g: Group, span: Span, width: number): string {
  const cells = Math.min(32, width - 8);
  const line = `when ▕${sparkline(g.timeline, span, cells)}▏`;
  const seen = g.firstSeen === g.lastSeen ? escapeForTerminal(g.firstSeen ?? '') : `${escapeForTerminal(g.firstSeen ?? '')} → ${escapeForTerminal(g.lastSeen ?? '')}`;
  return line.length + 1 + seen.length <= width ? `${line} ${seen}` : line;
}

function hardWrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += width) out.push(text.slice(i, i + width));
  return out;
}

/** Greedy word wrap; a word longer than the width is broken. */
function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line.length === 0) line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      out.push(line);
      line = word;
    }
    while (line.length > width) {
      out.push(line.slice(0, width));
      line = line.slice(width);
    }
  }
  if (line.length > 0) out.push(line);
  return out;
}

const BORDERLESS = {
  top: '',
  'top-mid': '',
  'top-left': '',
  'top-right': '',
  bottom: '',
  'bottom-mid': '',
  'bottom-left': '',
  'bottom-right': '',
  left: '',
  'left-mid': '',
  mid: '',
  'mid-mid': '',
  right: '',
  'right-mid': '',
  middle: '',
};

/** --by-run: each run's totals and the groups seen in it. */
function renderRuns(summary: Summary, c: ChalkInstance): string {
  const byKey = new Map(summary.groups.map((g) => [g.key, g]));
  const out: string[] = [c.bold('Runs')];
  for (const r of summary.runs) {
    const blocked = r.blockedBy !== null ? c.red(`; blocked by ${escapeForTerminal(byKey.get(r.blockedBy)?.summary ?? r.blockedBy)}`) : '';
    out.push(`  ${c.bold(clip(r.id, 60))}: ${plural(r.lines, 'line')}, ${plural(r.errors, 'error')}, ${n(r.succeeded)} succeeded${blocked}`);
    for (const [key, count] of Object.entries(r.groups)) {
      const g = byKey.get(key);
      const cat = g?.category ?? 'unknown';
      out.push(`    ${n(count).padStart(9)}  ${paint(c, cat, cat.padEnd(11))} ${clip(g?.destination ?? '-', 12).padEnd(12)} ${clip(g?.summary ?? key, 90)}`);
    }
  }
  return out.join('\n');
}

function verdictColor(c: ChalkInstance, action: Summary['verdict']['action']): (s: string) => string {
  if (action === 'pause-sync') return c.red.bold;
  if (action === 'fix-and-continue') return c.red;
  if (action === 'wait') return c.yellow;
  return c.green;
}
