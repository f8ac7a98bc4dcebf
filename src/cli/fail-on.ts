import { CATEGORIES, type Category, type Group } from '../types.js';
import { UserError } from '../errors.js';

/** What makes the exit code 1. */
export type FailOn =
  | { kind: 'actionable' }
  | { kind: 'any' }
  | { kind: 'none' }
  | { kind: 'new-actionable' }
  | { kind: 'categories'; categories: Set<Category> };

export const FAIL_ON_HELP = 'actionable, any, none, new-actionable (with --baseline), or categories, e.g. auth,plan';
/** classify judges lines, not a summary: no baseline there. */
export const CLASSIFY_FAIL_ON_HELP = 'actionable, any, none, or categories, e.g. auth,plan';

export function parseFailOn(value: string): FailOn {
  const v = value.trim().toLowerCase();
  if (v === 'actionable' || v === 'any' || v === 'none' || v === 'new-actionable') return { kind: v };
  const parts = v.split(',').map((p) => p.trim()).filter((p) => p.length > 0);
  const bad = parts.filter((p) => !(CATEGORIES as readonly string[]).includes(p) || p === 'none');
  if (parts.length === 0 || bad.length > 0) {
    throw new UserError(`--fail-on: use ${FAIL_ON_HELP}`);
  }
  return { kind: 'categories', categories: new Set(parts as Category[]) };
}

/** True when the findings match --fail-on. */
export function shouldFail(failOn: FailOn, groups: Group[]): boolean {
  switch (failOn.kind) {
    case 'none':
      return false;
    case 'any':
      return groups.length > 0;
    case 'actionable':
      return groups.some((g) => g.actionable === true);
    case 'new-actionable':
      return groups.some((g) => g.actionable === true && g.baseline === 'new');
    case 'categories':
      return groups.some((g) => failOn.categories.has(g.category));
  }
}
