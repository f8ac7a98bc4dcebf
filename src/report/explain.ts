import { ACTIONABLE, RETRY, type Signals } from '../types.js';
import type { Decision } from '../rules/matcher.js';
import { clip, safeJson } from './sanitize.js';

/** `explain`: what was extracted from one line and which rule decided, for a human. */
export function renderExplain(text: string, s: Signals, d: Decision): string {
  const c = d.classification;
  const list = (xs: string[]) => (xs.length === 0 ? '-' : xs.map((x) => clip(x, 80)).join(', '));
  const rows: Array<[string, string]> = [
    ['line', clip(text, 300)],
    ['format', s.format],
    ['status', s.status === null ? '-' : String(s.status)],
    ['codes', list(s.codes)],
    ['message', s.message.length === 0 ? '-' : clip(s.message, 300)],
    ['fields', list(s.fields)],
    ['destination', s.destination === null ? '-' : clip(s.destination, 80)],
    ['record / run', `${s.recordId === null ? '-' : clip(s.recordId, 80)} / ${s.runId === null ? '-' : clip(s.runId, 80)}`],
    ['level / time', `${s.level === null ? '-' : clip(s.level, 20)} / ${s.time === null ? '-' : clip(s.time, 40)}`],
    ['policy', s.policy === null ? '-' : clip(s.policy, 80)],
    // Rule ids and links may come from a config file: escaped like log text.
    ['decided by', `${clip(c.rule, 120)} (${tierText(d.tier)})`],
    ['category', `${c.category}  actionable: ${String(ACTIONABLE[c.category])}  retry: ${RETRY[c.category]}`],
    ['cause', clip(c.cause, 200)],
    ['field', c.field === null ? '-' : clip(c.field, 100)],
    ['summary', clip(c.summary, 300)],
    ['fix', c.fix.length === 0 ? '-' : clip(c.fix, 400)],
    ['link', c.link === null ? '-' : clip(c.link, 300)],
  ];
  if (c.items !== undefined) {
    rows.push(['items', c.items.map((i) => `${i.category}:${clip(i.cause, 60)}${i.field === null ? '' : ` (${clip(i.field, 40)})`}`).join('; ')]);
  }
  const byRule = !c.rule.startsWith('builtin/');
  const tried = byRule
    ? d.triedCount === 0
      ? `${clip(c.rule, 120)} was the first rule that applied`
      : `${d.triedCount} other rule${d.triedCount === 1 ? '' : 's'} checked before ${clip(c.rule, 120)}`
    : `${d.triedCount} rule${d.triedCount === 1 ? '' : 's'} checked, none applied`;
  rows.push(['rules tried', `${tried}${d.nearMisses.length > 0 ? '; these came close:' : ''}`]);
  for (const m of d.nearMisses) rows.push(['', clip(`${m.rule}: matched ${m.held.join(' + ')}, but needs ${m.failed.join(' and ')}`, 400)]);
  const w = Math.max(...rows.map(([k]) => k.length));
  return `${rows.map(([k, v]) => `${k.padEnd(w)}  ${v}`).join('\n')}\n`;
}

function tierText(tier: Decision['tier']): string {
  switch (tier) {
    case 'code':
      return 'a provider code matched';
    case 'message':
      return 'no code rule matched; a message rule did';
    case 'status':
      return 'no code or message rule matched; decided by HTTP status';
    case 'items':
      return 'batch line: the most urgent of its item results';
    case 'unknown':
      return 'an error no rule recognises: grouped by its message template';
    default:
      return 'not an error';
  }
}

export function renderExplainJson(text: string, s: Signals, d: Decision): string {
  return `${safeJson({ line: text, signals: s, tier: d.tier, triedCount: d.triedCount, nearMisses: d.nearMisses, classification: d.classification }, 2)}\n`;
}
