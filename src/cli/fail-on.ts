import { CATEGORIES, type Category, type Group } from '../types.js';
import { UserError } from '../errors.js';

/** A preset names a kind of finding rather than a category. */
type Preset = 'actionable' | 'any' | 'new-actionable';
const PRESETS: readonly string[] = ['actionable', 'any', 'new-actionable'];

/**
 * What makes the exit code 1: any of the presets or categories matching (`actionable,outage` fails
 * on an actionable group or an outage). Empty: `none`, nothing fails.
 */
export interface FailOn {
  presets: ReadonlySet<Preset>;
  categories: ReadonlySet<Category>;
}

export const FAIL_ON_HELP = 'actionable, any, none, new-actionable (with --baseline), categories, or several joined by commas, e.g. actionable,outage';
/** classify judges lines, not a summary: no baseline there. */
export const CLASSIFY_FAIL_ON_HELP = 'actionable, any, none, categories, or several joined by commas, e.g. auth,plan';

export function parseFailOn(value: string): FailOn {
  const parts = value
    .trim()
    .toLowerCase()
    .split(',')
    .map((p) => p.trim());
  // An empty item ("auth,,plan", "auth,") is a typo, not a choice: said, not skipped.
  if (parts.length > 1 && parts.includes('')) throw new UserError(`--fail-on: an empty item in ${JSON.stringify(value)}; use ${FAIL_ON_HELP}`);
  if (parts.length === 1 && parts[0] === '') parts.length = 0;
  const presets = new Set<Preset>();
  const categories = new Set<Category>();
  const bad: string[] = [];
  for (const p of parts) {
    if (PRESETS.includes(p)) presets.add(p as Preset);
    else if (p !== 'none' && (CATEGORIES as readonly string[]).includes(p)) categories.add(p as Category);
    else if (p !== 'none' || parts.length > 1) bad.push(p);
  }
  if (parts.length === 0 || bad.length > 0) {
    const what = bad.includes('none') ? '"none" stands alone; ' : bad.length > 0 ? `unknown ${bad.map((b) => JSON.stringify(b)).join(', ')}; ` : '';
    throw new UserError(`--fail-on: ${what}use ${FAIL_ON_HELP}`);
  }
  return { presets, categories };
}

/** True when the findings match --fail-on. */
export function shouldFail(failOn: FailOn, groups: Group[]): boolean {
  const { presets, categories } = failOn;
  if (presets.has('any') && groups.length > 0) return true;
  return groups.some(
    (g) => categories.has(g.category) || (g.actionable === true && (presets.has('actionable') || (presets.has('new-actionable') && g.baseline === 'new'))),
  );
}
