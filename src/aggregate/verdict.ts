import type { Group, Verdict } from '../types.js';
import { displayDestination } from '../providers/index.js';
import { plural, thousands } from '../thousands.js';

const n = thousands;

/**
 * The one line an operator reads first: what to do now. A blocking auth or plan problem means
 * pause (every further call is wasted); other actionable causes mean fix and keep syncing; an
 * outage or still-failing transient means wait. The action and the text agree: an auth or plan
 * cause whose records went through after it is fixed without pausing (its fix quoted without the
 * advice to pause); one the log shows nothing go through after keeps the advice to pause.
 */
/** `display`: destination names as people write them (the engine's providers, config ones included). */
export function verdictFor(groups: Group[], display: (destination: string | null) => string = displayDestination): Verdict {
  // Only auth and plan stop every call; a permissions or validation block still leaves other objects syncable.
  const blocking = groups.find((g) => g.blocksRun && (g.category === 'auth' || g.category === 'plan'));
  // A cause whose every record went through later (the mapping was fixed mid-run, a retry took)
  // is no longer the first thing to fix: it is said after what still fails.
  const recovered = groups.filter((g) => g.actionable === true && allRecovered(g));
  const actionable = groups.filter((g) => g.actionable === true && !allRecovered(g));
  if (blocking !== undefined) {
    const wasted = blocking.wastedCalls > 0 ? ` (${plural(blocking.wastedCalls, 'call')} wasted after it)` : '';
    const others = actionable.filter((g) => g !== blocking).length;
    return {
      action: 'pause-sync',
      text: `Pause the sync: ${blocking.summary} on ${display(blocking.destination)} blocks every record${wasted}. ${blocking.fix}${moreCauses(others)}`,
    };
  }
  if (actionable.length > 0) {
    const top = actionable[0];
    const what = top.records !== null ? plural(top.records, 'record') : plural(top.count, 'error');
    const more = moreCauses(actionable.length - 1);
    // Auth and plan problems fail every call; only record-level causes leave the rest syncing. That
    // the others go through is said only where the log shows calls going through after it.
    const keep =
      (top.category === 'validation' || top.category === 'permissions') && !/keep syncing/i.test(top.fix)
        ? top.callsAfter
          ? ' Keep syncing: unaffected records go through.'
          : ' Keep syncing the records it does not affect.'
        : '';
    if ((top.category === 'auth' || top.category === 'plan') && withoutPause(top.fix) !== top.fix) {
      if (!shownHarmless(top)) {
        // Too little in the log to tell whether it stopped the run: the taxonomy's advice stands.
        return {
          action: 'pause-sync',
          text: `Pause the sync: ${top.summary} on ${display(top.destination)} (${what}); nothing in the log shows calls going through after it. ${top.fix}${more}`,
        };
      }
      const fix = withoutPause(top.fix);
      return {
        action: 'fix-and-continue',
        text: `Fix first: ${top.summary} on ${display(top.destination)} (${what}); ${top.recovered !== null && top.recovered > 0 ? 'its records' : 'calls'} went through after it, so the sync need not pause.${fix.length > 0 ? ` ${fix}` : ''}${more}`,
      };
    }
    return {
      action: 'fix-and-continue',
      text: `Fix first: ${top.summary} on ${display(top.destination)} (${what}). ${top.fix}${keep}${more}`,
    };
  }
  const outage = groups.find((g) => g.category === 'outage');
  if (outage !== undefined) {
    return {
      action: 'wait',
      text: `Wait: ${display(outage.destination)} is unreachable (${outage.summary}); resume when its status page is green.`,
    };
  }
  const persistent = groups.find((g) => g.category === 'transient' && g.persistent);
  if (persistent !== undefined) {
    const still = persistent.stillFailing !== null && persistent.stillFailing > 0 ? `${plural(persistent.stillFailing, 'record')} still failing` : 'it recurs in every run';
    return {
      action: 'wait',
      text: `Watch: ${persistent.summary} on ${display(persistent.destination)} persists (${still}). ${rateLimited(persistent) ? "Lower concurrency, respect the provider's limits and honour Retry-After." : persistent.fix}`,
    };
  }
  if (recovered.length > 0) {
    const records = recovered.reduce((n, g) => n + (g.recovered ?? 0), 0);
    // Still a cause someone must fix (CI's --fail-on actionable fails on it), but not urgently.
    return {
      action: 'fix-and-continue',
      text: `Fix before the next run: ${recovered.length === 1 ? `${recovered[0].summary} on ${display(recovered[0].destination)}` : `${recovered.length} actionable causes`} failed ${plural(records, 'record')}, all of which went through later. ${recovered[0].fix}`,
    };
  }
  const unknownLines = groups.reduce((n, g) => (g.category === 'unknown' ? n + g.count : n), 0);
  if (unknownLines > 0) {
    return {
      action: 'none',
      text: `No known problem needs action; ${unknownLines === 1 ? '1 error is unrecognised: read its sample' : `${n(unknownLines)} errors are unrecognised: read their samples`}.`,
    };
  }
  const transient = groups.filter((g) => g.category === 'transient');
  if (transient.length > 0) {
    // Say "recovered" only where the log shows it: records named, and each of them succeeded later.
    const shown = transient.every((g) => g.recovered !== null && g.stillFailing === 0);
    if (shown) return { action: 'none', text: 'No action needed: transient errors were retried and recovered.' };
    const lines = transient.reduce((k, g) => k + g.count, 0);
    return {
      action: 'none',
      text: `No action needed now: ${plural(lines, 'transient error')}; the log does not show whether retries went through (${transient.some((g) => g.records === null) ? 'its failure lines name no record' : 'no success line names their records'}).`,
    };
  }
  return { action: 'none', text: 'No errors found.' };
}

/** Every record the cause failed went through later: the log shows it recovered. */
function allRecovered(g: Group): boolean {
  return g.recovered !== null && g.recovered > 0 && g.stillFailing === 0;
}

/** A cause that is the destination's rate limit (its advice is the limit's, not a DNS failure's or a 5xx's). */
function rateLimited(g: Group): boolean {
  return g.statuses['429'] !== undefined || /rate.?limit|throttl|too many requests/i.test(`${g.summary} ${g.cause}`);
}

/** " N more actionable causes below." for N other actionable groups, else nothing. */
function moreCauses(others: number): string {
  return others > 0 ? ` ${others} more actionable cause${others > 1 ? 's' : ''} below.` : '';
}

/**
 * The fix as every human output quotes it: an auth or plan cause that did not block the run, and
 * whose records went through after it, is fixed without pausing, so its advice to pause is left out, in the table
 * and markdown as in the verdict.
 */
export function fixAsAdvised(g: Group): string {
  return (g.category === 'auth' || g.category === 'plan') && !g.blocksRun && shownHarmless(g) ? withoutPause(g.fix) : g.fix;
}

/**
 * The log shows calls going through after this cause (its own records later, or any record after
 * its first line in a run it appeared in): it did not stop the sync.
 */
function shownHarmless(g: Group): boolean {
  return (g.recovered !== null && g.recovered > 0) || g.callsAfter;
}

/** A fix without its clauses advising to pause ("…; pause the sync until then."). */
export function withoutPause(fix: string): string {
  const kept = fix.split(/(?<=[.;])\s+/).filter((clause) => !/\bpause\b/i.test(clause));
  if (kept.length === 0) return '';
  const text = kept.join(' ').replace(/;$/, '.');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
