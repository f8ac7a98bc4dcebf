import type { Category, Group, Summary, Timeline } from '../types.js';
import { escapeForTerminal } from './sanitize.js';
import { groupFlags, groupHeadline, limitNotes, retryUnknownReason } from './headline.js';
import { plural, thousands } from '../thousands.js';
import { fixAsAdvised } from '../aggregate/verdict.js';
import { TimeBins } from '../aggregate/timeline.js';
import { cellsOf, spanOf, type Span } from './sparkline.js';
import { VERSION } from '../version.js';

const n = thousands;

/**
 * Text from outside (log lines, config and baseline values, file names) as HTML: the terminal
 * sanitiser first (control and bidi characters shown escaped), then the five HTML specials.
 */
export function htmlEscape(text: string): string {
  return escapeForTerminal(text).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** A link target only when it is an http(s) URL: a `javascript:` link from a config is text. */
function href(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? htmlEscape(u.href) : null;
  } catch {
    return null;
  }
}

/** One colour per category, the same in the badges, the chart and the sparklines. */
const COLORS: Record<Category, string> = {
  auth: '#c62828',
  permissions: '#e65100',
  plan: '#6a1b9a',
  validation: '#ad1457',
  outage: '#1565c0',
  transient: '#f9a825',
  unknown: '#757575',
  none: '#9e9e9e',
};

const VERDICT_COLORS: Record<Summary['verdict']['action'], string> = {
  'pause-sync': '#c62828',
  'fix-and-continue': '#ad1457',
  wait: '#f9a825',
  none: '#2e7d32',
};

const CSS = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1a1a1a;background:#fafafa}
main{max-width:1200px;margin:0 auto;padding:24px}
h1{font-size:20px;margin:0 0 4px}h2{font-size:16px;margin:28px 0 8px}
.meta{color:#555;margin:0 0 16px}
.verdict{border-left:6px solid var(--c);background:#fff;padding:12px 16px;font-size:16px;box-shadow:0 1px 2px #0002}
.verdict b{color:var(--c)}
table{border-collapse:collapse;width:100%;background:#fff;box-shadow:0 1px 2px #0002}
th,td{text-align:left;vertical-align:top;padding:6px 8px;border-bottom:1px solid #eee}
th{background:#f0f0f0;font-weight:600}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.badge{display:inline-block;color:#fff;border-radius:3px;padding:0 6px;font-size:12px;font-weight:600;background:var(--c)}
tr.act td:first-child{border-left:4px solid var(--c)}
.fix{color:#333;margin-top:4px}.flags{font-weight:600}
.when{white-space:nowrap;color:#555;font-size:12px}
details{margin-top:4px}summary{cursor:pointer;color:#1565c0}
pre{white-space:pre-wrap;word-break:break-all;background:#f6f6f6;padding:6px;margin:4px 0;font-size:12px}
.legend span{margin-right:14px;white-space:nowrap}.legend i{display:inline-block;width:10px;height:10px;margin-right:4px;background:var(--c)}
.chart{box-sizing:border-box;background:#fff;box-shadow:0 1px 2px #0002;padding:8px}
.note{color:#8a6d00}
footer{color:#777;margin-top:28px;font-size:12px}
`;

/**
 * `--format html`: one self-contained page for the morning-after read (inline CSS, no script,
 * nothing fetched): the verdict, a chart of events per category over the log's time span, the
 * groups (most urgent first) with their fix, retry outcome, times and samples, and the runs.
 */
export function renderHtml(summary: Summary): string {
  const t = summary.totals;
  const inputs = summary.inputs.map((i) => i.name).join(', ');
  const out: string[] = [];
  out.push('<!doctype html>');
  out.push('<html lang="en"><head><meta charset="utf-8">');
  out.push('<meta name="viewport" content="width=device-width, initial-scale=1">');
  // Nothing may be fetched: the page is read offline, and log text must never load anything.
  out.push(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
  out.push(`<title>synctriage: ${htmlEscape(inputs)}</title>`);
  out.push(`<style>${CSS}</style></head><body><main>`);
  out.push(`<h1>synctriage</h1>`);
  out.push(
    `<p class="meta">${htmlEscape(inputs)}: ${plural(t.lines, 'line')}${t.events !== t.lines ? ` in ${plural(t.events, 'event')}` : ''}, ` +
      `${plural(t.errors, 'error')} in ${plural(t.groups, 'group')} (${n(t.actionableGroups)} actionable), ${plural(t.nonErrors, 'non-error')}` +
      `${t.filtered > 0 ? `; ${plural(t.filtered, 'line')} outside --since/--until` : ''}.</p>`,
  );
  out.push(`<div class="verdict" id="verdict" style="--c:${VERDICT_COLORS[summary.verdict.action]}"><b>Verdict:</b> ${htmlEscape(summary.verdict.text)}</div>`);

  out.push('<h2>Events over time</h2>');
  out.push(timelineChart(summary.groups));

  out.push(`<h2>Groups</h2>`);
  if (summary.groups.length === 0) out.push('<p>No errors.</p>');
  else out.push(groupsTable(summary.groups));

  if (summary.runs.length > 1) out.push(runsTable(summary));
  const notes = limitNotes(summary);
  for (const note of notes) out.push(`<p class="note">${htmlEscape(note)}</p>`);
  out.push(`<footer>synctriage ${htmlEscape(VERSION)} · schema ${summary.schemaVersion}</footer>`);
  out.push('</main></body></html>');
  return `${out.join('\n')}\n`;
}

/** Per category, its groups' timelines merged (exact: the bins of a merge are the bins of one pass). */
function categoryTimelines(groups: readonly Group[]): Array<[Category, Timeline]> {
  const bins = new Map<Category, TimeBins>();
  for (const g of groups) {
    if (g.timeline === null) continue;
    let b = bins.get(g.category);
    if (b === undefined) bins.set(g.category, (b = new TimeBins()));
    b.merge(g.timeline);
  }
  const out: Array<[Category, Timeline]> = [];
  for (const [c, b] of bins) {
    const json = b.toJSON();
    if (json !== null) out.push([c, json]);
  }
  return out;
}

const CHART_W = 960;
const CHART_H = 180;
const PAD_L = 48;
const PAD_B = 22;

function utc(sec: number): string {
  return new Date(sec * 1000).toISOString().replace('.000Z', 'Z');
}

/** Stacked bars of events per category on one time axis (SVG, no script). */
function timelineChart(groups: readonly Group[]): string {
  const perCategory = categoryTimelines(groups);
  if (perCategory.length === 0) return '<p id="timeline-none">No error event in the log carries a timestamp: there is no timeline to draw.</p>';
  const all = new TimeBins();
  for (const [, tl] of perCategory) all.merge(tl);
  const axis = all.toJSON() as Timeline;
  const start = Date.parse(axis.start) / 1000;
  const width = axis.binSeconds;
  const bins = axis.counts.length;
  // Each category's bins on the common axis: its width divides the axis's (a merge only widens).
  const stacks = perCategory.map(([c, tl]) => {
    const counts = new Array<number>(bins).fill(0);
    const s = Date.parse(tl.start) / 1000;
    tl.counts.forEach((k, i) => {
      counts[Math.floor((s + i * tl.binSeconds - start) / width)] += k;
    });
    return { c, counts };
  });
  const order: Category[] = ['auth', 'permissions', 'plan', 'validation', 'outage', 'transient', 'unknown', 'none'];
  stacks.sort((a, b) => order.indexOf(a.c) - order.indexOf(b.c));
  const max = Math.max(...axis.counts);
  const plotW = CHART_W - PAD_L - 8;
  const plotH = CHART_H - PAD_B - 8;
  const barW = plotW / bins;
  const rects: string[] = [];
  for (let i = 0; i < bins; i++) {
    let y = 8 + plotH;
    for (const { c, counts } of stacks) {
      if (counts[i] === 0) continue;
      const h = Math.max(1, (counts[i] / max) * plotH);
      y -= h;
      rects.push(
        `<rect x="${(PAD_L + i * barW).toFixed(1)}" y="${y.toFixed(1)}" width="${Math.max(1, barW - 1).toFixed(1)}" height="${h.toFixed(1)}" fill="${COLORS[c]}" data-category="${c}"><title>${c}: ${plural(counts[i], 'event')} from ${utc(start + i * width)}</title></rect>`,
      );
    }
  }
  const end = start + bins * width;
  const svg = [
    `<svg id="timeline" class="chart" viewBox="0 0 ${CHART_W} ${CHART_H}" width="100%" role="img" aria-label="Error events per category over time" xmlns="http://www.w3.org/2000/svg">`,
    `<line x1="${PAD_L}" y1="${8 + plotH}" x2="${CHART_W - 8}" y2="${8 + plotH}" stroke="#999"/>`,
    `<text x="${PAD_L - 6}" y="14" text-anchor="end" font-size="11" fill="#555">${n(max)}</text>`,
    `<text x="${PAD_L - 6}" y="${8 + plotH}" text-anchor="end" font-size="11" fill="#555">0</text>`,
    `<text x="${PAD_L}" y="${CHART_H - 6}" font-size="11" fill="#555">${utc(start)}</text>`,
    `<text x="${CHART_W - 8}" y="${CHART_H - 6}" text-anchor="end" font-size="11" fill="#555">${utc(end)}</text>`,
    ...rects,
    '</svg>',
  ].join('');
  const legend = stacks.map(({ c, counts }) => `<span style="--c:${COLORS[c]}"><i></i>${c} ${n(counts.reduce((a, b) => a + b, 0))}</span>`).join('');
  return `${svg}<p class="legend">${legend} <span>(bins of ${plural(width, 'second')}, UTC)</span></p>`;
}

/** A group's events over the log's span as a small SVG bar strip (same cells as the table's sparkline). */
function sparkSvg(g: Group, span: Span): string {
  const cells = 40;
  const counts = cellsOf(g.timeline, span, cells);
  const max = Math.max(...counts);
  if (max === 0) return '';
  const bars = counts
    .map((k, i) => (k === 0 ? '' : `<rect x="${i * 3}" y="${(20 - (k / max) * 18).toFixed(1)}" width="2" height="${Math.max(1, (k / max) * 18).toFixed(1)}"/>`))
    .join('');
  return `<svg class="spark" viewBox="0 0 120 20" width="120" height="20" fill="${COLORS[g.category]}" aria-hidden="true">${bars}</svg>`;
}

function retryText(g: Group): string {
  if (g.category !== 'transient') return g.retry === 'never' ? 'do not retry' : g.retry === 'after-plan-change' ? 'after a plan change' : g.retry === 'later' ? 'when it is back' : '-';
  if (g.recovered === null || g.stillFailing === null) return `unknown (${retryUnknownReason(g)})`;
  return `${n(g.recovered)} recovered, ${n(g.stillFailing)} still failing`;
}

function groupsTable(groups: readonly Group[]): string {
  const span = spanOf(groups);
  const rows = groups.map((g, i) => {
    const c = COLORS[g.category];
    const flags = groupFlags(g);
    const link = g.link === null ? null : href(g.link);
    const fix = g.baseline === 'gone' ? '' : fixAsAdvised(g);
    const linkHtml = g.link === null ? '' : link === null ? ` ${htmlEscape(g.link)}` : ` <a href="${link}" rel="noopener noreferrer">${htmlEscape(g.link)}</a>`;
    const when =
      g.firstSeen === null
        ? ''
        : `<div class="when">${span !== null && span.end - span.start > 1 ? sparkSvg(g, span) : ''} ${htmlEscape(g.firstSeen)}${g.lastSeen !== null && g.lastSeen !== g.firstSeen ? ` → ${htmlEscape(g.lastSeen)}` : ''}</div>`;
    const samples =
      g.samples.length === 0
        ? ''
        : `<details><summary>${plural(g.samples.length, 'sample')} (first at ${htmlEscape(g.first.input)}:${g.first.line})</summary>${g.condensed.map((s) => `<pre class="condensed">${htmlEscape(s)}</pre>`).join('')}<details><summary>raw lines</summary>${g.samples.map((s) => `<pre class="raw">${htmlEscape(s)}</pre>`).join('')}</details></details>`;
    return (
      `<tr id="group-${i}" class="${g.actionable === true ? 'act' : ''}" style="--c:${c}">` +
      `<td><span class="badge">${g.category}</span></td>` +
      `<td class="num">${n(g.count)}</td>` +
      `<td class="num">${g.records === null ? '-' : `${n(g.records)}${g.recordsCapped ? '+' : ''}`}</td>` +
      `<td>${g.baseline === 'gone' ? '-' : g.actionable === true ? 'yes' : g.actionable === false ? 'no' : '?'}</td>` +
      `<td>${htmlEscape(g.destination ?? '-')}</td>` +
      `<td><div class="summary">${htmlEscape(groupHeadline(g))}${flags.length > 0 ? ` <span class="flags">[${htmlEscape(flags.join(', '))}]</span>` : ''}</div>` +
      (fix.length > 0 || linkHtml.length > 0 ? `<div class="fix">Fix: ${htmlEscape(fix)}${linkHtml}</div>` : '') +
      `${when}${samples}</td>` +
      `<td>${htmlEscape(retryText(g))}</td>` +
      '</tr>'
    );
  });
  return (
    '<table id="groups"><thead><tr><th>category</th><th>count</th><th>records</th><th>act</th><th>destination</th><th>summary, fix, when, samples</th><th>retry</th></tr></thead><tbody>' +
    rows.join('\n') +
    '</tbody></table>'
  );
}

function runsTable(summary: Summary): string {
  const byKey = new Map(summary.groups.map((g) => [g.key, g]));
  const rows = summary.runs.map((r) => {
    const blocked = r.blockedBy === null ? '-' : htmlEscape(byKey.get(r.blockedBy)?.summary ?? r.blockedBy);
    return `<tr><td>${htmlEscape(r.id)}</td><td class="num">${n(r.lines)}</td><td class="num">${n(r.errors)}</td><td class="num">${n(r.succeeded)}</td><td>${blocked}</td></tr>`;
  });
  return `<h2>Runs</h2><table id="runs"><thead><tr><th>run</th><th>lines</th><th>errors</th><th>succeeded</th><th>blocked by</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
