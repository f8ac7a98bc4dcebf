import { logTimeMs } from '../timestamps.js';
import { TimeBins } from './timeline.js';
import type { Group, RunSummary } from '../types.js';
import type { ProviderIndex } from '../providers/knowledge.js';
import { GENERIC_PACKS } from '../rules/index.js';
import { compareGroups } from './aggregator.js';
import { statesFailureWithoutCause } from '../vocabulary.js';
import { BINARY_MESSAGE } from '../extract/extract.js';

/**
 * One root cause, one row. Two folds after aggregation, both visible in the keys they produce:
 *
 * 1. A failure whose line names no destination, in an input that names exactly one, is that
 *    destination's: a Python traceback from a HubSpot sync that never prints the host belongs with
 *    the HubSpot groups of the same file. Its group takes the destination (and its key changes to
 *    say so); an input naming several destinations lends none, and neither does a group whose
 *    events came from several inputs. So a file's groups keep their keys whatever other files
 *    are read beside it (baselines still match).
 * 2. Within one destination, an auth, permissions or plan group decided by a generic rule (the
 *    HTTP status or wording, `http/…`, `oauth/…`) folds into the one group of that category that a
 *    provider's own code decided: for the operator "401 Unauthorized" and "InvalidAuthenticationToken"
 *    from the same API are one fix. With several provider groups of the category it stays apart;
 *    with none, the generic groups of the category and destination fold into the first of them.
 *
 * 3. An unknown group that only wraps a failure ("Task failed with exception"), from an input whose
 *    errors have exactly one other cause, folds into that cause.
 *
 * 4. An unknown group whose own lines name a destination, from one input, first seen after the one
 *    recognised cause of that destination in that input, folds into it: what a client logs after
 *    the API refused it ("Unable to bootstrap", "Error creating task") says no more than the refusal.
 *
 * Groups are merged as whole rows: counts and records add, first/last seen widen, samples join.
 */
export function foldGroups(
  groups: Group[],
  runs: RunSummary[],
  destinationOf: (g: Group) => string | null,
  providers: ProviderIndex,
  inputOf: (g: Group) => string | null = () => null,
): Group[] {
  const renamed = new Map<string, string>();
  const byKey = new Map<string, Group>();
  const out: Group[] = [];
  const add = (g: Group, oldKey: string) => {
    const same = byKey.get(g.key);
    if (same === undefined) {
      byKey.set(g.key, g);
      out.push(g);
    } else mergeInto(same, g);
    if (oldKey !== g.key) renamed.set(oldKey, g.key);
  };

  // Groups whose destination the input lent them (their own lines named none).
  const lent = new Set<Group>();
  for (const g of groups) {
    const oldKey = g.key;
    // Binary data says nothing about any API: it borrows no destination either.
    if (g.destination === null && g.cause !== BINARY_MESSAGE) {
      const d = destinationOf(g);
      if (d !== null) {
        lent.add(g);
        g.destination = d;
        g.key = withDestination(g.key, d);
        g.link ??= providers.link(d, g.category, g.field, g.cause);
      }
    }
    add(g, oldKey);
  }

  // Generic auth / permissions / plan groups into the one provider-decided group of their destination.
  const specific = new Map<string, Group[]>();
  for (const g of out) {
    if (g.destination === null || !FOLDED.has(g.category) || isGeneric(g.rule)) continue;
    const k = `${g.category}|${g.destination}`;
    const list = specific.get(k);
    if (list === undefined) specific.set(k, [g]);
    else list.push(g);
  }
  const kept: Group[] = [];
  // With no provider-decided group to join, generic groups of one category and destination are
  // still one cause ("Unauthorized (HTTP 401)" and "Credentials rejected" from the same API).
  const genericFirst = new Map<string, Group>();
  const foldInto = (target: Group, g: Group) => {
    mergeInto(target, g);
    renamed.set(g.key, target.key);
    for (const [from, to] of renamed) if (to === g.key) renamed.set(from, target.key);
  };
  for (const g of out) {
    const generic = g.destination !== null && FOLDED.has(g.category) && isGeneric(g.rule);
    const k = `${g.category}|${g.destination}`;
    const target = generic ? specific.get(k) : undefined;
    if (target !== undefined && target.length === 1) foldInto(target[0], g);
    else if (generic && target === undefined && genericFirst.has(k)) foldInto(genericFirst.get(k) as Group, g);
    else {
      if (generic && target === undefined) genericFirst.set(k, g);
      kept.push(g);
    }
  }

  // A wrapper that states a failure and no cause, from an input with exactly one other cause, is
  // that cause's ("Task failed with exception" after the traceback that says why).
  const causesOf = new Map<string, Group[]>();
  for (const g of kept) {
    const input = inputOf(g);
    if (input === null || (g.category === 'unknown' && statesFailureWithoutCause(g.cause ?? ''))) continue;
    causesOf.set(input, [...(causesOf.get(input) ?? []), g]);
  }
  const result: Group[] = [];
  for (const g of kept) {
    const input = g.category === 'unknown' && statesFailureWithoutCause(g.cause ?? '') ? inputOf(g) : null;
    const causes = input === null ? undefined : causesOf.get(input);
    if (causes !== undefined && causes.length === 1) foldInto(causes[0], g);
    else result.push(g);
  }

  // An unrecognised error that follows the one recognised cause of its destination in the same
  // input is that cause's consequence (a client's "Unable to bootstrap" after the broker refused
  // its login; "Error creating task" after the API's validation error): one row.
  const causeOf = new Map<string, Group | null>();
  for (const g of result) {
    const input = inputOf(g);
    if (g.category === 'unknown' || input === null || g.destination === null) continue;
    const k = `${input}\u0001${g.destination}`;
    causeOf.set(k, causeOf.has(k) ? null : g);
  }
  const final: Group[] = [];
  for (const g of result) {
    // Only an error that names the destination itself: one that names none may be the sync's own
    // bug (an error handler's TypeError after the API's answer), a cause of its own.
    const input = g.category === 'unknown' && g.destination !== null && !lent.has(g) ? inputOf(g) : null;
    const cause = input === null ? undefined : causeOf.get(`${input}\u0001${g.destination}`);
    if (cause !== undefined && cause !== null && g.first.line > cause.first.line) foldInto(cause, g);
    else final.push(g);
  }

  if (renamed.size > 0) renameInRuns(runs, renamed);
  return final.sort(compareGroups);
}


const FOLDED = new Set(['auth', 'permissions', 'plan']);

function isGeneric(rule: string): boolean {
  const slash = rule.indexOf('/');
  return slash !== -1 && GENERIC_PACKS.has(rule.slice(0, slash));
}

/** category|-|cause[|field] → category|destination|cause[|field]. */
function withDestination(key: string, destination: string): string {
  const first = key.indexOf('|');
  const second = key.indexOf('|', first + 1);
  return `${key.slice(0, first)}|${destination}${key.slice(second)}`;
}

function mergeInto(a: Group, b: Group): void {
  a.count += b.count;
  a.records = a.records === null ? b.records : b.records === null ? a.records : a.records + b.records;
  a.recordsCapped ||= b.recordsCapped;
  for (const [s, n] of Object.entries(b.statuses)) a.statuses[s] = (a.statuses[s] ?? 0) + n;
  if (b.firstSeen !== null && (a.firstSeen === null || logTimeMs(b.firstSeen) < logTimeMs(a.firstSeen))) a.firstSeen = b.firstSeen;
  if (b.lastSeen !== null && (a.lastSeen === null || logTimeMs(b.lastSeen) > logTimeMs(a.lastSeen))) a.lastSeen = b.lastSeen;
  if (b.timeline !== null) {
    const bins = TimeBins.from(a.timeline);
    bins.merge(b.timeline);
    a.timeline = bins.toJSON();
  }
  if (b.first.input === a.first.input ? b.first.line < a.first.line : false) a.first = b.first;
  const room = Math.max(a.samples.length, b.samples.length);
  a.samples = [...a.samples, ...b.samples].slice(0, room);
  a.condensed = [...a.condensed, ...b.condensed].slice(0, room);
  a.recovered = a.recovered === null || b.recovered === null ? (a.recovered ?? b.recovered) : a.recovered + b.recovered;
  a.stillFailing = a.stillFailing === null || b.stillFailing === null ? (a.stillFailing ?? b.stillFailing) : a.stillFailing + b.stillFailing;
  a.persistent ||= b.persistent;
  a.blocksRun ||= b.blocksRun;
  a.wastedCalls += b.wastedCalls;
  a.callsAfter ||= b.callsAfter;
  a.runs = Math.max(a.runs, b.runs);
}

function renameInRuns(runs: RunSummary[], renamed: Map<string, string>): void {
  for (const r of runs) {
    if (r.blockedBy !== null) r.blockedBy = renamed.get(r.blockedBy) ?? r.blockedBy;
    const groups: Record<string, number> = {};
    for (const [k, n] of Object.entries(r.groups)) {
      const to = renamed.get(k) ?? k;
      groups[to] = (groups[to] ?? 0) + n;
    }
    r.groups = groups;
  }
}
