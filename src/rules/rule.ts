import type { Category } from '../types.js';

/** The placeholders a rule's cause, summary and fix may use: the matcher fills these and no other. */
export const RULE_PLACEHOLDERS: ReadonlySet<string> = new Set(['destination', 'field', 'status', 'code']);

/**
 * One taxonomy rule, as data. A rule decides a line when every condition it states holds.
 * Rules that name codes are tried first (provider codes are the strongest signal), then rules
 * that only match messages, then rules that only match a status: the matcher sorts them into
 * those tiers and keeps table order within each.
 */
export interface Rule {
  /** Stable id shown by `classify` and `explain`: "<pack>/<name>". */
  id: string;
  category: Category;
  /** The root cause used in the group key: usually the provider's own code. */
  cause: string;
  /** Any of these provider codes (matched case-insensitively). */
  code?: string[];
  /** The message haystack must match. */
  message?: RegExp;
  /** The HTTP status must be one of these. */
  status?: number[];
  /** Only for lines whose destination is known and one of these (for codes other APIs use too). */
  destination?: string[];
  /** The rate-limit policy (HubSpot policyName…) must match. */
  policy?: RegExp;
  /** Extracts the blamed field from the message when the body names none. */
  fieldFrom?: RegExp;
  /**
   * The item is collateral damage of another item's failure (an all-or-none batch rolled back):
   * a batch line takes its category from the other items.
   */
  collateral?: boolean;
  /** One sentence for the operator; `{field}`, `{destination}`, `{status}`, `{code}` are filled in. */
  summary: string;
  fix: string;
  /** Where a human fixes it; defaults to the destination's page for the category (links.ts). */
  link?: string;
  /** The provider whose own code or wording this rule recognises (defaults to its pack's). */
  provider?: string;
}

/** A rule pack: the rules of one provider or one family of errors, in priority order. */
export interface RulePack {
  name: string;
  rules: Rule[];
  /** Try its message rules on every line that does not state success (the config file's pack). */
  alwaysTry?: boolean;
  /**
   * The provider this pack knows: a line that names no destination but carries one of its codes
   * or wordings is that provider's (the code says who answered).
   */
  provider?: string;
  /**
   * Destinations other than `provider` whose APIs this provider runs (BigQuery is a Google API):
   * their lines are this provider's too.
   */
  destinations?: string[];
  /** Tried after the generic network rules (a provider's wrapper of a network error, decided by its cause first). */
  late?: boolean;
}
