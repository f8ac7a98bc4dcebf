import { existsSync } from 'node:fs';
import { readSideFile } from '../input/side-file.js';
import { dirname, join, resolve } from 'node:path';
import { CATEGORIES, type Category } from '../types.js';
import { UserError } from '../errors.js';
import type { Rule, RulePack } from '../rules/rule.js';
import type { Mask } from '../rules/masks.js';
import { checkProvider, type FieldShape, type Links, type Provider } from '../providers/provider.js';
import { BUILTIN_PROVIDERS } from '../providers/index.js';
import { ROLE_NAMES, type KeyRoleName } from '../extract/keys.js';
import { regexRisk } from './regex-safety.js';

/**
 * The team's config file (JSON): its own fix links, extra rules, field names of its log format,
 * and destination aliases. Found via --config, else ./synctriage.config.json. Every mistake is
 * reported as one line naming the path inside the file.
 */
export interface Config {
  /** Where it came from (for messages), or null when there is none. */
  path: string | null;
  /** destination (or "*") → category → URL template ({destination} {category} {field} {cause}). */
  links: Record<string, Partial<Record<Category, string>>>;
  rules: Rule[];
  /** Log key → role (status, code, message, field, destination, recordId, runId, time, level, success, body). */
  fields: Record<string, string>;
  /** Destination name as logged → canonical name (hubspot, salesforce…). */
  destinations: Record<string, string>;
  /** Extra template masks for unknown errors, tried before the built-in ones. */
  masks: Mask[];
  /** In-house APIs, described as the built-in providers are (src/providers/provider.ts). */
  providers: Provider[];
}

export const DEFAULT_CONFIG_FILE = 'synctriage.config.json';

/** A config file is hand-written: 1 MiB is far past any real one. */
export const MAX_CONFIG_BYTES = 1 << 20;

export const EMPTY_CONFIG: Config = { path: null, links: {}, rules: [], fields: {}, destinations: {}, masks: [], providers: [] };

/**
 * Where the CLI finds a config without --config, as ESLint and Prettier find theirs: the nearest
 * synctriage.config.json from `cwd` up to the project's root (the first folder holding `.git`) or
 * the filesystem's, else the user's `$XDG_CONFIG_HOME/synctriage/config.json` (~/.config/…); null: none.
 */
export function findConfig(cwd: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): string | null {
  for (let dir = resolve(cwd); ; ) {
    const candidate = join(dir, DEFAULT_CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    const up = dirname(dir);
    if (up === dir || existsSync(join(dir, '.git'))) break;
    dir = up;
  }
  const home = env.XDG_CONFIG_HOME !== undefined && env.XDG_CONFIG_HOME !== '' ? env.XDG_CONFIG_HOME : env.HOME !== undefined && env.HOME !== '' ? join(env.HOME, '.config') : null;
  if (home === null) return null;
  const user = join(home, 'synctriage', 'config.json');
  return existsSync(user) ? user : null;
}

/** Loads --config FILE; without it the one findConfig() finds, or nothing; `false` (--no-config): nothing. */
export function loadConfig(explicit: string | false | undefined, cwd: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): Config {
  if (explicit === false) return EMPTY_CONFIG;
  const path = explicit ?? findConfig(cwd, env);
  if (path === null) return EMPTY_CONFIG;
  let text: string;
  try {
    text = readSideFile(path, 'config file', MAX_CONFIG_BYTES);
  } catch (err) {
    if (err instanceof UserError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError(`${path}: ${code === 'ENOENT' ? 'no such config file' : code === 'EISDIR' ? 'is a directory' : (err as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new UserError(`${path}: not valid JSON (${(err as Error).message})`);
  }
  return parseConfig(raw, path);
}

const TOP_KEYS = new Set(['links', 'rules', 'fields', 'destinations', 'masks', 'providers', '$schema', 'comment']);
const PROVIDER_KEYS = new Set(['name', 'display', 'aliases', 'hints', 'bodyKeys', 'keys', 'fieldShapes', 'links', 'rules']);
const FIELD_SHAPE_KEYS = new Set(['key', 'beside', 'equals', 'keysAreFields']);
const RULE_KEYS = new Set(['id', 'category', 'cause', 'code', 'message', 'status', 'destination', 'policy', 'fieldFrom', 'summary', 'fix', 'link']);

export function parseConfig(raw: unknown, path: string): Config {
  const fail = (where: string, what: string): never => {
    throw new UserError(`${path}: ${where}: ${what}`);
  };
  if (!isObject(raw)) fail('top level', 'must be a JSON object');
  const obj = raw as Record<string, unknown>;
  for (const k of Object.keys(obj)) if (!TOP_KEYS.has(k)) fail(k, `unknown key (expected ${[...TOP_KEYS].filter((x) => x !== '$schema' && x !== 'comment').join(', ')})`);

  const links: Config['links'] = {};
  if (obj.links !== undefined) {
    if (!isObject(obj.links)) fail('links', 'must be an object of destination → {category: url}');
    for (const [dest, perCategory] of Object.entries(obj.links as object)) {
      links[dest.toLowerCase()] = categoryLinks(perCategory, `links.${dest}`, fail);
    }
  }

  const rules = uniqueList(obj.rules, 'rules', 'an array of rules', (r, at) => parseRule(r, at, fail), (r) => `id "${r.id}"`, fail);

  const fields: Record<string, string> = {};
  if (obj.fields !== undefined) {
    if (!isObject(obj.fields)) fail('fields', 'must be an object of log key → role');
    for (const [key, role] of Object.entries(obj.fields as object)) {
      if (typeof role !== 'string' || ROLE_NAMES[role] === undefined) fail(`fields.${key}`, `role must be one of ${Object.keys(ROLE_NAMES).join(', ')}`);
      fields[key] = role as string;
    }
  }

  const destinations: Record<string, string> = {};
  if (obj.destinations !== undefined) {
    if (!isObject(obj.destinations)) fail('destinations', 'must be an object of alias → destination');
    for (const [alias, name] of Object.entries(obj.destinations as object)) {
      if (typeof name !== 'string' || name.length === 0) fail(`destinations.${alias}`, 'must be a destination name');
      destinations[alias] = name as string;
    }
  }
  const masks: Mask[] = [];
  if (obj.masks !== undefined) {
    if (!Array.isArray(obj.masks)) fail('masks', 'must be an array of {"pattern": "regex", "mask": "<token>"}');
    (obj.masks as unknown[]).forEach((m, i) => {
      const where = `masks[${i}]`;
      if (!isObject(m)) fail(where, 'must be an object {"pattern": "regex", "mask": "<token>"}');
      const { pattern, mask, ...rest } = m as Record<string, unknown>;
      for (const k of Object.keys(rest)) fail(`${where}.${k}`, 'unknown key (mask keys: pattern, mask)');
      if (typeof pattern !== 'string' || pattern.length === 0) fail(`${where}.pattern`, 'must be a non-empty regular expression string');
      if (typeof mask !== 'string' || !/^<[\w-]{1,24}>$/.test(mask as string)) fail(`${where}.mask`, 'must be a token such as "<order>" (letters, digits, _ or - inside < >)');
      masks.push({ pattern: userRegExp(pattern as string, 'g', `${where}.pattern`, fail), mask: mask as string });
    });
  }
  const providers = uniqueList(
    obj.providers,
    'providers',
    'an array of providers ({"name", "display", "hints", "rules", "links"})',
    (p, at) => parseProvider(p, at, fail),
    (p) => `name "${p.name}"`,
    fail,
  );
  return { path, links, rules, fields, destinations, masks, providers };
}

/** An optional array of `where`, each element parsed by `one`, none twice by `key`. */
function uniqueList<T>(raw: unknown, where: string, what: string, one: (x: unknown, at: string) => T, key: (t: T) => string, fail: (where: string, what: string) => never): T[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) fail(where, `must be ${what}`);
  const out = (raw as unknown[]).map((x, i) => one(x, `${where}[${i}]`));
  const seen = new Set<string>();
  out.forEach((t, i) => {
    const k = key(t);
    if (seen.has(k)) fail(`${where}[${i}]`, `duplicate ${k}`);
    seen.add(k);
  });
  return out;
}

/** `{category: url}` of a destination or an in-house provider; each URL an http(s) URL or template. */
function categoryLinks(raw: unknown, where: string, fail: (where: string, what: string) => never): Links {
  if (!isObject(raw)) fail(where, 'must be an object of category → url');
  const links: Links = {};
  for (const [cat, url] of Object.entries(raw as object)) {
    if (!(CATEGORIES as readonly string[]).includes(cat)) fail(`${where}.${cat}`, `unknown category (use ${CATEGORIES.join(', ')})`);
    if (typeof url !== 'string' || !/^https?:\/\/\S+$/.test(url)) fail(`${where}.${cat}`, 'must be a URL string');
    links[cat as Category] = url as string;
  }
  return links;
}

/** The config's in-house providers, tried before the built-in ones. */
export function configProviders(config: Config): Provider[] {
  return config.providers;
}

function parseProvider(raw: unknown, where: string, fail: (where: string, what: string) => never): Provider {
  if (!isObject(raw)) fail(where, 'must be an object');
  const r = raw as Record<string, unknown>;
  for (const k of Object.keys(r)) if (!PROVIDER_KEYS.has(k)) fail(`${where}.${k}`, `unknown key (provider keys: ${[...PROVIDER_KEYS].join(', ')})`);
  if (typeof r.name !== 'string' || r.name.length === 0) fail(`${where}.name`, 'is required: the destination name (lower-case letters, digits and "-")');
  const name = r.name as string;
  const strings = (k: string): string[] | undefined => {
    const v = r[k];
    if (v === undefined) return undefined;
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || x.length === 0)) fail(`${where}.${k}`, 'must be an array of non-empty strings');
    return v as string[];
  };
  const links: Links = r.links === undefined ? {} : categoryLinks(r.links, `${where}.links`, fail);
  const rules: Rule[] = [];
  if (r.rules !== undefined) {
    if (!Array.isArray(r.rules)) fail(`${where}.rules`, 'must be an array of rules');
    (r.rules as unknown[]).forEach((x, i) => {
      const rule = parseRule(x, `${where}.rules[${i}]`, fail);
      // Ids name their provider: "acme/quota".
      rule.id = rule.id.startsWith('config/') ? `${name}/${rule.id.slice('config/'.length)}` : rule.id;
      rules.push(rule);
    });
  }
  const keys: Partial<Record<KeyRoleName, string[]>> = {};
  if (r.keys !== undefined) {
    if (!isObject(r.keys)) fail(`${where}.keys`, 'must be an object of role → [keys]');
    for (const [role, names] of Object.entries(r.keys as object)) {
      if (ROLE_NAMES[role] === undefined) fail(`${where}.keys.${role}`, `role must be one of ${Object.keys(ROLE_NAMES).join(', ')}`);
      if (!Array.isArray(names) || names.some((x) => typeof x !== 'string' || x.length === 0)) fail(`${where}.keys.${role}`, 'must be an array of key names');
      keys[role as KeyRoleName] = names as string[];
    }
  }
  const fieldShapes: FieldShape[] = [];
  if (r.fieldShapes !== undefined) {
    if (!Array.isArray(r.fieldShapes)) fail(`${where}.fieldShapes`, 'must be an array of {"key", "beside", "equals", "keysAreFields"}');
    (r.fieldShapes as unknown[]).forEach((x, i) => {
      const at = `${where}.fieldShapes[${i}]`;
      if (!isObject(x)) fail(at, 'must be an object {"key", "beside", "equals", "keysAreFields"}');
      const f = x as Record<string, unknown>;
      for (const k of Object.keys(f)) if (!FIELD_SHAPE_KEYS.has(k)) fail(`${at}.${k}`, `unknown key (field shape keys: ${[...FIELD_SHAPE_KEYS].join(', ')})`);
      for (const k of ['key', 'beside']) if (typeof f[k] !== 'string' || (f[k] as string).length === 0) fail(`${at}.${k}`, 'must be a key name');
      if (f.equals !== undefined && typeof f.equals !== 'string') fail(`${at}.equals`, 'must be a string');
      if (f.keysAreFields !== undefined && typeof f.keysAreFields !== 'boolean') fail(`${at}.keysAreFields`, 'must be true or false');
      fieldShapes.push({ key: f.key as string, beside: f.beside as string, equals: f.equals as string | undefined, keysAreFields: f.keysAreFields as boolean | undefined });
    });
  }
  const provider: Provider = {
    name,
    keys,
    fieldShapes,
    display: typeof r.display === 'string' && r.display.length > 0 ? r.display : name,
    aliases: strings('aliases')?.map((a) => a.toLowerCase().replace(/[^a-z0-9]/g, '')),
    hints: strings('hints'),
    bodyKeys: strings('bodyKeys'),
    links,
    rules,
    // An in-house API's own rules decide its lines before any built-in provider's.
    rank: 0,
  };
  const problems = checkProvider(provider);
  if (problems.length > 0) fail(`${where}.${problems[0].split(':')[0]}`, problems[0].slice(problems[0].indexOf(':') + 2));
  // Hints join the one pattern that names providers in error text (providers/knowledge.ts), each
  // followed by a word edge that can fail: `(?:a+)+` alone matches at once, there it backtracks.
  (provider.hints ?? []).forEach((h, i) => userRegExp(h, 'i', `${where}.hints[${i}]`, fail, `(?:${h})(?![A-Za-z0-9_])`));
  // An in-house API must not take a built-in provider's place: its lines would lose that provider's rules.
  const builtin = BUILTIN_PROVIDERS.find((b) => b.name === name);
  if (builtin !== undefined) fail(`${where}.name`, `"${name}" is a built-in provider; use "destinations" and "links" to adjust it, or another name`);
  (provider.aliases ?? []).forEach((a, i) => {
    const taken = BUILTIN_PROVIDERS.find((b) => b.name.replace(/[^a-z0-9]/g, '') === a || (b.aliases ?? []).includes(a));
    if (taken !== undefined) fail(`${where}.aliases[${i}]`, `"${a}" names the built-in provider ${taken.name}`);
  });
  return provider;
}

function parseRule(raw: unknown, where: string, fail: (where: string, what: string) => never): Rule {
  if (!isObject(raw)) fail(where, 'must be an object');
  const r = raw as Record<string, unknown>;
  for (const k of Object.keys(r)) if (!RULE_KEYS.has(k)) fail(`${where}.${k}`, `unknown key (rule keys: ${[...RULE_KEYS].join(', ')})`);
  const str = (k: string, required: boolean): string | undefined => {
    const v = r[k];
    if (v === undefined) {
      if (required) fail(`${where}.${k}`, 'is required');
      return undefined;
    }
    if (typeof v !== 'string' || v.length === 0) fail(`${where}.${k}`, 'must be a non-empty string');
    return v as string;
  };
  const strList = (k: string): string[] | undefined => {
    const v = r[k];
    if (v === undefined) return undefined;
    const list = typeof v === 'string' ? [v] : v;
    if (!Array.isArray(list) || list.length === 0 || list.some((x) => typeof x !== 'string' || x.length === 0)) {
      fail(`${where}.${k}`, 'must be a string or a non-empty array of strings');
    }
    return list as string[];
  };
  const regex = (k: string): RegExp | undefined => {
    const v = str(k, false);
    return v === undefined ? undefined : userRegExp(v, 'i', `${where}.${k}`, fail);
  };
  const id = str('id', true) as string;
  const category = str('category', true) as string;
  if (!(CATEGORIES as readonly string[]).includes(category) || category === 'none') {
    fail(`${where}.category`, `must be one of ${CATEGORIES.filter((c) => c !== 'none').join(', ')}`);
  }
  let status: number[] | undefined;
  if (r.status !== undefined) {
    const list = typeof r.status === 'number' ? [r.status] : r.status;
    if (!Array.isArray(list) || list.length === 0 || list.some((x) => !Number.isInteger(x) || x < 100 || x > 599)) {
      fail(`${where}.status`, 'must be an HTTP status (100-599) or an array of them');
    }
    status = list as number[];
  }
  const rule: Rule = {
    id: id.includes('/') ? id : `config/${id}`,
    category: category as Category,
    cause: str('cause', false) ?? id,
    code: strList('code'),
    message: regex('message'),
    status,
    destination: strList('destination')?.map((d) => d.toLowerCase()),
    policy: regex('policy'),
    fieldFrom: regex('fieldFrom'),
    summary: str('summary', true) as string,
    fix: str('fix', false) ?? '',
    link: str('link', false),
  };
  if (rule.code === undefined && rule.message === undefined && rule.status === undefined) {
    fail(where, 'needs at least one of code, message, status to match on');
  }
  return rule;
}

/**
 * A regular expression from the config file: it must compile, and it must not be able to take
 * catastrophic time on a log line (exponential or cubic backtracking: `(a+)+$`, `.*a.*b`), which
 * is decided once here (regex-safety.ts); a pattern that passes runs on the native engine as is.
 */
function userRegExp(source: string, flags: string, where: string, fail: (where: string, what: string) => never, asUsed = source): RegExp {
  let re: RegExp;
  try {
    re = new RegExp(source, flags);
  } catch (err) {
    return fail(where, `invalid regular expression (${(err as Error).message})`);
  }
  const risk = regexRisk(asUsed, flags);
  if (risk !== null) fail(where, `${JSON.stringify(source)} ${risk.message}`);
  return re;
}

function isObject(v: unknown): boolean {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The config's rules as a pack, tried before the built-in ones. */
export function configPack(config: Config): RulePack[] {
  return config.rules.length === 0 ? [] : [{ name: 'config', rules: config.rules, alwaysTry: true }];
}

/**
 * Fills a link template; values are URI-encoded so a field name cannot break the URL. A template
 * naming a value the group lacks (`…/mapping/{destination}#{field}` on a group with no field) gives
 * null, so the default link is used rather than a broken one.
 */
export function fillLink(template: string, values: Record<'destination' | 'category' | 'field' | 'cause', string | null>): string | null {
  let missing = false;
  const url = template.replace(/\{(destination|category|field|cause)\}/g, (_, k: keyof typeof values) => {
    const v = values[k];
    if (v === null || v.length === 0) missing = true;
    return encodeURIComponent(v ?? '');
  });
  return missing ? null : url;
}
