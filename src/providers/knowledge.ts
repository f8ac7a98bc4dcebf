import type { Category } from '../types.js';
import type { Rule, RulePack } from '../rules/rule.js';
import type { FieldShape, Links, Provider } from './provider.js';
import { ownCopy } from '../strings.js';
import { HintIndex } from './hint-index.js';

/** A config file's link for (destination, category, field, cause), or null to use the defaults. */
export type LinkOverride = (destination: string | null, category: Category, field: string | null, cause: string) => string | null;

const NO_OVERRIDE: LinkOverride = () => null;

/** text[start, end) sits between two slashes of a path, not behind a URL's `//` (`a/name/b`, not `https://name/`). */
function isPathFolder(text: string, start: number, end: number): boolean {
  return start >= 2 && text.charCodeAt(start - 1) === 47 && text.charCodeAt(start - 2) !== 47 && text.charCodeAt(end) === 47;
}

/**
 * A folder right under a user's home (`/Users/ann/Dropbox/keep.py`, `C:\\Users\\ann\\OneDrive\\…`)
 * is where the user keeps files, synced or not: it names no service the failing call went to.
 */
const HOME_FOLDER = /(?:\/Users|\/home|[A-Za-z]:\\Users)[/\\][^/\\\s]{1,64}[/\\]$/;

function isHomeFolder(text: string, start: number, end: number): boolean {
  const after = text.charCodeAt(end);
  return (after === 47 || after === 92) && HOME_FOLDER.test(text.slice(Math.max(0, start - 80), start));
}

/** Destination names remembered per index (bounded: a log with ever-new names cannot grow it). */
const NAME_CACHE_MAX = 1024;

/**
 * What an engine knows about providers, built once from the provider modules and the config file:
 * destination names, the text hints that reveal a provider, keys only one provider's bodies carry,
 * display names and fix links. Held by the engine, so two engines with different configs in one
 * process do not see each other's aliases or links.
 */
export class ProviderIndex {
  readonly providers: readonly Provider[];
  private readonly aliasHints: Array<[hint: string, name: string]>;
  private readonly aliases: Map<string, string>;
  private readonly textHints: HintIndex | null;
  /** The hints that start with a path (`/services/collector`), a group per provider as in textHints. */
  private readonly pathHints: RegExp | null;
  /** The provider (its place in textHintNames) of each group of pathHints. */
  private readonly pathProviders: number[];
  private readonly textHintNames: string[];
  /** The providers' field shapes by key (extract reads them while it walks a body). */
  readonly fieldShapes = new Map<string, FieldShape[]>();
  /** Per provider, the hints of the providers it rules (ruledBy): the more specific name wins. */
  private readonly childHints = new Map<string, Array<[name: string, hints: RegExp]>>();
  private readonly bodyKeys = new Map<string, string>();
  private readonly bodyCodes = new Map<string, string>();
  private readonly displayNames = new Map<string, string>();
  private readonly links = new Map<string, Links>();
  private readonly names = new Map<string, string | null>();

  constructor(
    providers: readonly Provider[],
    /** Config-file aliases ("crm-prod" → "salesforce"), consulted before the providers' own. */
    aliases: Record<string, string> = {},
    private readonly overrides: LinkOverride = NO_OVERRIDE,
  ) {
    this.providers = [...providers].sort((a, b) => (a.rank ?? 100) - (b.rank ?? 100) || a.name.localeCompare(b.name));
    this.aliases = new Map(Object.entries(aliases).map(([k, v]) => [k.trim().toLowerCase(), v.trim().toLowerCase()]));
    // Longer hints first: "googleads" before "google".
    this.aliasHints = this.providers
      .flatMap((p) => [...(p.familyName === true ? [] : [p.name.replace(/[^a-z0-9]/g, '')]), ...(p.aliases ?? [])].map((a): [string, string] => [a, p.name]))
      .sort((a, b) => b[0].length - a[0].length);
    const withHints = this.providers.filter((p) => (p.hints ?? []).length > 0);
    this.textHintNames = withHints.map((p) => p.name);
    // The hints of every provider, matched at word edges, first match in the text wins (HintIndex:
    // a literal scan picks the few providers a line can name). Word edges by lookaround, not \\b:
    // a hint may start with "@" (`@notionhq/client`). A Singer or Airbyte package name in a path or
    // module (`tap_pipedrive/cli.py`, `source_zendesk_support`) names its provider behind its `tap_`
    // / `source_` part. A path hint (`/services/collector`, `/rest/api/2/issue`) follows the host it
    // belongs to, so it cannot start at a word edge: those few are a second, small pattern with a
    // group per provider as well.
    const isPath = (h: string) => h.startsWith('/');
    this.textHints = withHints.length === 0 ? null : new HintIndex(withHints.map((p) => (p.hints ?? []).filter((h) => !isPath(h))));
    // Only the providers that have one: an empty group per other provider made the pattern try a
    // hundred alternatives at every character of every line with a slash.
    this.pathProviders = withHints.flatMap((p, i) => ((p.hints ?? []).some(isPath) ? [i] : []));
    const pathGroups = this.pathProviders.map((i) => `(${(withHints[i].hints ?? []).filter(isPath).join('|')})`).join('|');
    this.pathHints = this.pathProviders.length > 0 ? new RegExp(`(?:${pathGroups})(?![A-Za-z0-9_])`, 'i') : null;
    for (const p of withHints) {
      if (p.ruledBy === undefined) continue;
      const list = this.childHints.get(p.ruledBy) ?? [];
      list.push([p.name, new RegExp(`(?:(?<![A-Za-z0-9_])|(?=/))(?:${(p.hints ?? []).join('|')})(?![A-Za-z0-9_])`, 'i')]);
      this.childHints.set(p.ruledBy, list);
    }
    for (const p of this.providers) {
      for (const f of p.fieldShapes ?? []) this.fieldShapes.set(f.key, [...(this.fieldShapes.get(f.key) ?? []), f]);
      this.displayNames.set(p.name, p.display);
      if (p.links !== undefined) this.links.set(p.name, p.links);
      for (const k of p.bodyKeys ?? []) if (!this.bodyKeys.has(k)) this.bodyKeys.set(k, p.name);
      for (const c of p.bodyCodes ?? []) if (!this.bodyCodes.has(c)) this.bodyCodes.set(c, p.name);
    }
  }

  /** What a log calls a destination ("HubSpot CRM", "sfdc", "destination-stripe") → canonical name. */
  normalise(raw: string): string | null {
    const cached = this.names.get(raw);
    if (cached !== undefined) return cached;
    const lower = raw.trim().toLowerCase().slice(0, 64);
    let result: string | null = this.aliases.get(lower) ?? (this.displayNames.has(lower) ? lower : null);
    if (result === null) {
      const squeezed = lower.replace(/[^a-z0-9]/g, '');
      for (const [hint, name] of this.aliasHints) {
        // A name must start a word of the value: "box_prod" is Box, "sandbox" and "inbox" are not,
        // "ringcentral" is not Entra; or start it written without its punctuation ("Close.io", "MS
        // Graph"). Only a long name may sit anywhere in it ("destinationsalesforce").
        if (startsAWord(lower, hint) || (hint.length >= 5 && squeezed.startsWith(hint)) || (hint.length >= 8 && squeezed.includes(hint))) {
          result = name;
          break;
        }
      }
      if (result === null) result = squeezed.length > 0 ? lower.replace(/[^a-z0-9._-]/g, '-') : null;
    }
    if (this.names.size < NAME_CACHE_MAX) this.names.set(ownCopy(raw), result === null ? null : ownCopy(result));
    return result;
  }

  /** The provider an API host, SDK or provider name in the text reveals, or null. */
  fromText(text: string): string | null {
    if (this.textHints === null) return null;
    let m = this.textHints.exec(text);
    if (this.pathHints !== null && text.indexOf('/') !== -1) {
      const p = this.pathHints.exec(text);
      if (p !== null && (m === null || p.index < m.index)) {
        const provider = this.pathProviders[p.findIndex((g, i) => i > 0 && g !== undefined) - 1];
        m = { index: p.index, length: p[0].length, provider };
      }
    }
    if (m === null) return null;
    // A name that is only a folder of a file path (`models/staging/appsflyer/inapps.sql`) says less
    // than one named elsewhere (`Access Denied: BigQuery …` after it): look a little further.
    for (let tries = 0; tries < 4 && (isPathFolder(text, m.index, m.index + m.length) || isHomeFolder(text, m.index, m.index + m.length)); tries++) {
      const next = this.textHints.exec(text, m.index + m.length);
      if (next === null) break;
      m = next;
    }
    if (isHomeFolder(text, m.index, m.index + m.length)) return null;
    const name = this.textHintNames[m.provider];
    // A Google API named anywhere in the text is more specific than Google named first
    // (`com.google.api.client… POST https://www.googleapis.com/bigquery/v2/…` is BigQuery's).
    const children = this.childHints.get(name);
    if (children !== undefined) for (const [child, re] of children) if (re.test(text)) return child;
    return name;
  }

  /**
   * A provider that rules others, named by a body key or code (Meta's `fbtrace_id`), narrowed to the
   * one of them the text names (`"messaging_product":"whatsapp"` is WhatsApp's answer on Meta's API).
   */
  refine(destination: string, text: string): string {
    const children = this.childHints.get(destination);
    if (children !== undefined) for (const [child, re] of children) if (re.test(text)) return child;
    return destination;
  }

  /** Whether a destination name is a known provider (built-in or the config's). */
  has(destination: string): boolean {
    return this.displayNames.has(destination);
  }

  /** The provider whose bodies alone carry this (lower-case) code value, or undefined. */
  codeHint(code: string): string | undefined {
    return this.bodyCodes.get(code);
  }

  /** The provider whose bodies alone carry this key, or undefined. */
  bodyKey(key: string): string | undefined {
    return this.bodyKeys.get(key);
  }

  display(destination: string | null): string {
    if (destination === null) return 'the destination';
    return this.displayNames.get(destination) ?? destination;
  }

  /**
   * Where to fix it: the team's link, else the rule's own, else the destination's page for the
   * category. With no known destination there is no page where a human fixes it: no link rather
   * than a generic one (rules whose standard is the fix, like OAuth's, carry their own link).
   */
  link(destination: string | null, category: Category, field: string | null = null, cause = '', ruleLink?: string): string | null {
    const custom = this.overrides(destination, category, field, cause);
    if (custom !== null) return custom;
    if (ruleLink !== undefined) return ruleLink;
    if (destination !== null) return this.links.get(destination)?.[category] ?? null;
    return null;
  }

  /** The providers' rule packs, in rank order; `late` are the rules tried after the generic network ones. */
  packs(late = false): RulePack[] {
    const out: RulePack[] = [];
    for (const p of this.providers) {
      const rules: Rule[] | undefined = late ? p.lateRules : p.rules;
      if (rules === undefined || rules.length === 0) continue;
      const destinations = this.providers.filter((q) => q.ruledBy === p.name).map((q) => q.name);
      out.push({ name: late ? `${p.name}-late` : p.name, provider: p.name, destinations, rules, late });
    }
    return out;
  }
}

/** Whether `word` occurs in `text` at its start or after a character that is not a letter or digit. */
function startsAWord(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) {
    const c = i === 0 ? 32 : text.charCodeAt(i - 1);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return true;
  }
  return false;
}
