import { ACTIONABLE, RETRY, type Group } from '../types.js';
import { compareGroups } from './aggregator.js';
import { sameShape } from './templates.js';

/** What a baseline needs of an earlier summary's group. */
export type BaselineGroup = Pick<Group, 'key' | 'category' | 'count' | 'destination' | 'cause' | 'field' | 'summary' | 'fix' | 'link'>;

/**
 * Marks each group new or known against an earlier run's summary, with the earlier count, and
 * adds the earlier groups that are gone (count 0) so a fix shows up as a disappearance.
 *
 * Keys match exactly, except for unknown errors: their key is a mined template, and a template
 * wildcards only the positions where that day's messages differed ("sync failed for table users"
 * alone, "… table <*>" beside "… table orders"). An unknown group with no exact match takes the
 * baseline's unknown group of the same destination whose template has the same shape (token
 * count, and the fixed tokens agreeing as the miner's similarity requires).
 */
export function compareWithBaseline(groups: Group[], baseline: BaselineGroup[]): Group[] {
  const before = new Map(baseline.map((g) => [g.key, g]));
  const matched = new Set<string>();
  for (const g of groups) if (before.has(g.key)) matched.add(g.key);
  const marked: Group[] = groups.map((g) => {
    let b = before.get(g.key);
    if (b === undefined && g.category === 'unknown') {
      b = baseline.find((x) => x.category === 'unknown' && x.destination === g.destination && !matched.has(x.key) && sameShape(x.cause, g.cause));
      if (b !== undefined) matched.add(b.key);
    }
    return { ...g, baseline: b === undefined ? 'new' : 'known', baselineCount: b?.count ?? 0 };
  });
  const gone: Group[] = baseline
    .filter((b) => !matched.has(b.key))
    .map((b) => ({
      key: b.key,
      category: b.category,
      actionable: ACTIONABLE[b.category],
      destination: b.destination,
      cause: b.cause,
      field: b.field,
      summary: b.summary,
      fix: b.fix,
      link: b.link,
      retry: RETRY[b.category],
      rule: 'baseline',
      count: 0,
      records: null,
      recordsCapped: false,
      statuses: {},
      firstSeen: null,
      lastSeen: null,
      timeline: null,
      first: { input: '(baseline)', line: 0 },
      samples: [],
      condensed: [],
      recovered: 0,
      stillFailing: 0,
      persistent: false,
      blocksRun: false,
      wastedCalls: 0,
      callsAfter: false,
      runs: 0,
      baseline: 'gone',
      baselineCount: b.count,
    }));
  // Present groups in their usual order; gone ones after them.
  return [...marked.sort(compareGroups), ...gone.sort(compareGroups)];
}
