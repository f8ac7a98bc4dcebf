import { ACTIONABLE, RETRY, type Group } from '../types.js';
import { compareGroups } from './aggregator.js';

/** What a baseline needs of an earlier summary's group. */
export type BaselineGroup = Pick<Group, 'key' | 'category' | 'count' | 'destination' | 'cause' | 'field' | 'summary' | 'fix' | 'link'>;

/**
 * Marks each group new or known against an earlier run's summary, with the earlier count, and
 * adds the earlier groups that are gone (count 0) so a fix shows up as a disappearance.
 */
export function compareWithBaseline(groups: Group[], baseline: BaselineGroup[]): Group[] {
  const before = new Map(baseline.map((g) => [g.key, g]));
  const now = new Set(groups.map((g) => g.key));
  const marked: Group[] = groups.map((g) => {
    const b = before.get(g.key);
    return { ...g, baseline: b === undefined ? 'new' : 'known', baselineCount: b?.count ?? 0 };
  });
  const gone: Group[] = baseline
    .filter((b) => !now.has(b.key))
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
      first: { input: '(baseline)', line: 0 },
      samples: [],
      recovered: 0,
      stillFailing: 0,
      persistent: false,
      blocksRun: false,
      wastedCalls: 0,
      runs: 0,
      baseline: 'gone',
      baselineCount: b.count,
    }));
  // Present groups in their usual order; gone ones after them.
  return [...marked.sort(compareGroups), ...gone.sort(compareGroups)];
}
