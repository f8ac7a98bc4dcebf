import type { Category } from '../types.js';
import { RULE_PLACEHOLDERS, type Rule } from '../rules/rule.js';
import { ROLE_NAMES, type KeyRoleName } from '../extract/keys.js';

/** Where a human fixes each kind of problem: reconnect (auth), roles (permissions), billing (plan), field settings (validation), status page. */
export type Links = Partial<Record<Category, string>>;

/**
 * Everything the tool knows about one provider, in one place (src/providers/<name>.ts): its names,
 * how a log reveals it (API hosts, SDK / package / exception / connector names, keys only its
 * bodies carry), its rules and its fix links. A config file describes an in-house API in the same
 * shape (config/config.ts). Adding a provider is one new file exporting `provider`.
 */
export interface Provider {
  /** Canonical destination name: lower-case letters, digits and "-" (`hubspot`, `microsoft-graph`). */
  name: string;
  /** As people write it: `HubSpot`, `Microsoft Graph`. */
  display: string;
  /**
   * How logs name it in a destination field, squeezed to lower-case letters and digits, matched as
   * substrings (`sfdc`, `sendinblue`; `HubSpot CRM` → `hubspotcrm` holds `hubspot`). The name itself
   * is always one.
   */
  aliases?: string[];
  /**
   * Its name also starts other products' names (`azure` in `azure-log-analytics`, `azure_blob`):
   * a destination value is this provider only when it is the name itself or one of the aliases.
   */
  familyName?: boolean;
  /**
   * Regular-expression sources that reveal it in error text (matched case-insensitively on word
   * boundaries): API hosts, SDK / package / exception / connector names (`api\.hubapi\.com`,
   * `simple_salesforce`, `@notionhq/client`, `tap-klaviyo`).
   */
  hints?: string[];
  /** Keys only its bodies carry (HubSpot `correlationId`): a hint when the log names no destination. */
  bodyKeys?: string[];
  /** Code values only its bodies carry (Intercom `error.list`, Mailchimp's problem-type URL), likewise; lower-case. */
  bodyCodes?: string[];
  /**
   * The keys its bodies carry codes, messages, fields and the like in, beyond the common spellings
   * of src/extract/keys.ts (Salesforce Bulk `sf__Error`, Meta `error_subcode`, NetSuite `o:errorCode`).
   * They join the engine's key map, so every line is read with them.
   */
  keys?: Partial<Record<KeyRoleName, string[]>>;
  /**
   * The provider whose rules decide its lines when it has none of its own for them (BigQuery and
   * Cloud Storage are Google APIs: `ruledBy: 'google'`), declared here so that a provider stays one file.
   */
  ruledBy?: string;
  /** Where its bodies name the rejected field in a shape no common key spelling covers. */
  fieldShapes?: FieldShape[];
  /** Fix pages per category. */
  links?: Links;
  /** Its rules, tried before the generic ones; a rule that matched names this provider. */
  rules?: Rule[];
  /** Rules tried after the generic network rules (an SDK's wrapper of a network error, decided by its cause first). */
  lateRules?: Rule[];
  /** Order among providers (lower first, default 100): which provider's rule decides a line that names none. */
  rank?: number;
}

/**
 * A field named by a key that means "field" only beside another key of the same object: HubSpot
 * `{"isValid":false,"name":"email"}`, Google `{"location":"pageSize","locationType":"parameter"}`,
 * Zendesk `{"error":"RecordInvalid","details":{"email":[…]}}` (the keys of `details` are fields).
 */
export interface FieldShape {
  /** The key whose string value is a field name, or (keysAreFields) whose object's keys are. */
  key: string;
  /** Only when the same object has this key… */
  beside: string;
  /** …with this value (omitted: any value). */
  equals?: string;
  keysAreFields?: boolean;
}

/** Problems with a provider's definition, each naming its path (`hints[2]`), for built-in and config providers alike. */
export function checkProvider(p: Provider): string[] {
  const problems: string[] = [];
  if (!/^[a-z0-9][a-z0-9-]{0,40}$/.test(p.name)) problems.push('name: lower-case letters, digits and "-", up to 41 characters');
  if (typeof p.display !== 'string' || p.display.length === 0) problems.push('display: a non-empty string');
  (p.aliases ?? []).forEach((a, i) => {
    if (!/^[a-z0-9]{2,40}$/.test(a)) problems.push(`aliases[${i}]: lower-case letters and digits only (names are squeezed before matching)`);
  });
  (p.hints ?? []).forEach((h, i) => {
    try {
      new RegExp(h, 'i');
    } catch (err) {
      problems.push(`hints[${i}]: invalid regular expression (${(err as Error).message})`);
    }
    if (/\((?!\?)/.test(h.replace(/\\\\|\\\(/g, ''))) problems.push(`hints[${i}]: use non-capturing groups (?:…)`);
  });
  for (const role of Object.keys(p.keys ?? {})) if (ROLE_NAMES[role] === undefined) problems.push(`keys.${role}: not a role (${Object.keys(ROLE_NAMES).join(', ')})`);
  for (const r of [...(p.rules ?? []), ...(p.lateRules ?? [])]) {
    if (r.provider !== undefined && r.provider !== p.name) problems.push(`rules: ${r.id} names provider ${r.provider}`);
    // Only these are filled in; any other would reach the operator as written.
    for (const text of [r.cause, r.summary, r.fix]) {
      for (const m of text.matchAll(/\{(\w+)\}/g)) if (!RULE_PLACEHOLDERS.has(m[1])) problems.push(`rules: ${r.id} uses {${m[1]}} (only ${[...RULE_PLACEHOLDERS].map((f) => `{${f}}`).join(', ')} are filled in)`);
    }
  }
  return problems;
}
