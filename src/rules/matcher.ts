import { URGENCY, type Category, type Classification, type Signals } from '../types.js';
import type { Rule, RulePack } from './rule.js';
import { fieldFromMessage, isFieldList, trimField } from './fields.js';
import { MASKS, template, type Mask } from './masks.js';
import { BUILTIN_INDEX } from '../providers/index.js';
import type { ProviderIndex } from '../providers/knowledge.js';
import { ERROR_LEVELS, isLoggerNotice, QUIET_LEVELS } from '../vocabulary.js';
import { ownCopy } from '../strings.js';
import { mayBeError } from '../extract/signals.js';

export type Tier = 'code' | 'message' | 'status' | 'unknown' | 'none' | 'items';

/** A rule that came close: some of its conditions held, others did not (for `explain`). */
export interface NearMiss {
  rule: string;
  held: string[];
  failed: string[];
}

export interface Decision {
  classification: Classification;
  tier: Tier;
  /** How many rules had their conditions checked. */
  triedCount: number;
  /** The few tried rules that came close, and the condition each missed. */
  nearMisses: NearMiss[];
}

const NEAR_MISSES_SHOWN = 8;


/**
 * A cheap test that a line with no status, no code and no error level may still be an error,
 * before any message rule runs: most lines of a sync log are successes, and they must not pay
 * for the message tier. A number that counts something ("fetched 500 rows") is no status.
 */
const ERRORISH =
  /error|fail|exception|denied|refused|timed? ?out|timeout|unauthori[sz]ed|forbidden|invalid|expired|revoked|limit|too many|unavailable|reset|hang up|econn|enotfound|eai_again|domain name not found|name or service not known|(?:could ?n[o']t|unable to|failed to) resolve|name resolution|etimedout|und_err|\b[45]\d\d\b(?! ?(?:rows?|records?|items?|lines?|bytes?|[KMG]i?B|ms|seconds?|secs?|minutes?|pages?|files?|objects?|events?|users?|contacts?|results?)\b)|fault(?:message|string|code)|back(?:ing)? ?off|retry|throttl|(?<![.\w])maintenance(?![.\w])|credential|scope|not granted|not allowed|\bno permissions? (?:for|to)\b|not permitted|exceeded|quota|insufficient|bad request|\bbilling\b|\blocked\b|paid (?:account|plan)|\brejected\b|(?:could ?n[o']t|unable to|cannot) (?:connect|achieve)\b|\b(?:is|are|was|went) down\b|does ?n[o']t exist|not (?:a )?valid|can ?not be|must be|not provided|required|no such|violat|not (?:be )?available|could not be established|not authori[sz]ed|superuser|must be upgraded|please upgrade|upgrade (?:your|the) (?:plan|account|subscription)|not (?:yet )?activated|be back (?:soon|shortly)|maximum number of|\black(?:s|ing)? (?:the )?(?:required |necessary )?permission/i;

const DECISION_CACHE_MAX = 4096;

/** A client saying it is refreshing its token (not "Refresh token is invalid"). */
const REFRESHING = /\b(?:refreshing|will refresh|refreshed) (?:the |its |an? )?(?:access |oauth |auth )?token\b|\btoken (?:expired|refresh)[^\n]{0,40}\b(?:refreshing|retrying)\b/i;

/** Lines that continue a multi-line error rather than state one. */
const CONTINUATION = /^(?:Traceback \(most recent call last\):?\s*$|\s*File "[^"]*", line \d+|\s*at [\w$.<>]+ ?\(.*:\d+(?::\d+)?\)\s*$|\s*at .*:\d+:\d+\)?\s*$|\s*\.\.\. \d+ more\s*$)/;

export class Classifier {
  private readonly codeIndex = new Map<string, number[]>();
  private readonly codeRules: Rule[] = [];
  /** Message rules of the config file and the providers, in pack order. */
  private readonly messageRules: Rule[] = [];
  /** Message rules of the generic packs (wording any API may use). */
  private readonly genericMessageRules: Rule[] = [];
  /**
   * Status-only rules of a provider, by provider and status: what a status means on that
   * provider's own lines (Shopify 402 is a frozen shop) beats generic wording ("Payment Required").
   */
  private readonly providerStatus = new Map<string, Map<number, Rule[]>>();
  /** Message rules of packs marked alwaysTry (the config file's): tried even on lines that do not look like errors. */
  private readonly alwaysRules: Rule[] = [];
  private readonly statusIndex = new Map<number, Rule[]>();
  private readonly collateral = new Set<string>();
  /** Rule → the provider whose code or wording it recognises. */
  private readonly providers = new Map<Rule, string>();
  /** Ids of the generic packs' message rules (wording any API may use; not the config file's). */
  private readonly genericWording = new Set<string>();
  /** Destination → the provider that answers for it (each provider itself, BigQuery → google…). */
  private readonly providerOf = new Map<string, string>();
  /** The message rules a known destination's lines can fit (messageRulesFor), by destination. */
  private readonly messageRulesByDestination = new Map<string, { own: Rule[]; generic: Rule[] }>();
  private readonly allMessageRules: { own: Rule[]; generic: Rule[] } = { own: this.messageRules, generic: this.genericMessageRules };
  private readonly decided = new Map<Rule, Map<string | null, Map<string | null, Classification>>>();
  private decidedCount = 0;
  readonly rules: Rule[];

  /** How unknown messages become templates (a config file's masks, then the built-in ones). */
  private readonly masks: readonly Mask[];
  /** Display names and fix links of destinations. */
  private readonly index: ProviderIndex;

  constructor(packs: RulePack[], opts: { masks?: readonly Mask[]; providers?: ProviderIndex } = {}) {
    this.masks = opts.masks ?? MASKS;
    this.index = opts.providers ?? BUILTIN_INDEX;
    this.rules = packs.flatMap((p) => p.rules);
    const late = new Set(packs.filter((p) => p.late === true).flatMap((p) => p.rules));
    for (const p of packs) if (p.alwaysTry === true) for (const r of p.rules) if (r.code === undefined && r.message !== undefined) this.alwaysRules.push(r);
    for (const p of packs) for (const r of p.rules) if ((r.provider ?? p.provider) !== undefined) this.providers.set(r, (r.provider ?? p.provider) as string);
    for (const provider of this.providers.values()) this.providerOf.set(provider, provider);
    for (const p of packs) if (p.provider !== undefined) for (const d of p.destinations ?? []) this.providerOf.set(d, p.provider);
    for (const r of this.rules) {
      if (r.collateral === true) this.collateral.add(r.id);
      if (r.code !== undefined && r.code.length > 0) {
        const i = this.codeRules.push(r) - 1;
        for (const c of r.code) {
          const k = c.toLowerCase();
          const list = this.codeIndex.get(k);
          if (list === undefined) this.codeIndex.set(k, [i]);
          else list.push(i);
        }
      } else if (r.message !== undefined) {
        // Config and provider wording first; generic wording, and the providers' late rules after it, last.
        ((this.providers.has(r) && !late.has(r)) || this.alwaysRules.includes(r) ? this.messageRules : this.genericMessageRules).push(r);
        if (!this.providers.has(r) && !this.alwaysRules.includes(r)) this.genericWording.add(r.id);
      } else if (r.status !== undefined) {
        // A provider's status rule is also tried early on its own provider's lines (decideOne).
        const provider = this.providers.get(r);
        if (provider !== undefined) {
          let byStatus = this.providerStatus.get(provider);
          if (byStatus === undefined) this.providerStatus.set(provider, (byStatus = new Map()));
          for (const st of r.status) {
            const list = byStatus.get(st);
            if (list === undefined) byStatus.set(st, [r]);
            else list.push(r);
          }
        }
        for (const st of r.status) {
          const list = this.statusIndex.get(st);
          if (list === undefined) this.statusIndex.set(st, [r]);
          else list.push(r);
        }
      }
    }
  }

  classify(s: Signals): Classification {
    return this.decide(s, null);
  }

  /** Like classify, but records which rules were checked: the drill-down for `explain`. */
  explain(s: Signals): Decision {
    const tried: Rule[] = [];
    const classification = this.decide(s, tried);
    const seen = new Set<Rule>();
    const nearMisses: NearMiss[] = [];
    for (const r of tried) {
      if (seen.has(r) || r.id === classification.rule) continue;
      seen.add(r);
      const c = checkConditions(r, s);
      if (!this.fits(r, s)) c.failed.push(`a line of ${this.providers.get(r)} (this one is ${s.destination ?? '?'}’s)`);
      if (c.held.length > 0 && c.failed.length > 0 && nearMisses.length < NEAR_MISSES_SHOWN) nearMisses.push({ rule: r.id, ...c });
    }
    return { classification, tier: this.tier, triedCount: seen.size, nearMisses };
  }

  /** The tier of the last decision (read by explain; the hot path allocates no Decision). */
  private tier: Tier = 'none';

  private decide(s: Signals, tried: Rule[] | null): Classification {
    if (s.items.length > 1) {
      const items = s.items.map((item) => this.decideOne(item, tried));
      // Collateral items (rolled back because a sibling failed) count only when nothing else failed.
      const failed = items.filter((c) => c.category !== 'none');
      const real = failed.filter((c) => !this.collateral.has(c.rule));
      const problems = real.length > 0 ? real : failed;
      if (problems.length > 0) {
        let best = problems[0];
        for (const c of problems) if (URGENCY[c.category] < URGENCY[best.category]) best = c;
        this.tier = 'items';
        // The provider whose rule decided the item names who answered, as on a line of its own.
        if (s.destination === null) s.destination = s.items[items.indexOf(best)].destination;
        return { ...best, items };
      }
    }
    return this.decideOne(s, tried);
  }

  /**
   * Decisions of lines that carry no code, field or policy, by everything else the rules read
   * (destination, status, level and outcome signals, format, message). A sync log repeats the same
   * text error thousands of times; the message tier (hundreds of patterns) and the unknown
   * template run once per distinct line. Bounded; cleared when full.
   */
  private readonly memo = new Map<string, { c: Classification; destination: string | null; tier: Tier }>();

  private decideOne(s: Signals, tried: Rule[] | null): Classification {
    // Only error lines: the rest leave the matcher after a few cheap tests, cheaper than a key.
    if (tried !== null || s.codes.length > 0 || s.fields.length > 0 || s.policy !== null || s.message.length === 0 || s.message.length > MEMO_MESSAGE_CHARS) {
      return this.decideUncached(s, tried);
    }
    // A line that is no error and whose wording is not errorish leaves after those tests; one whose
    // wording is ("retrying in 5s" at INFO) meets the message tier, so it is remembered too.
    // (A quiet line found not errorish here is not tested again below.)
    if (!lineIsError(s) && (statesSuccess(s) || !ERRORISH.test(s.message))) return this.decideUncached(s, tried, false);
    const key = `${s.destination ?? ''}\u0001${s.status ?? ''}\u0001${s.level ?? ''}\u0001${s.success}\u0001${s.errorKey ? 1 : 0}${s.exception ? 1 : 0}\u0001${s.engineLabel ?? ''}\u0001${s.format}\u0001${s.message}`;
    const hit = this.memo.get(key);
    if (hit !== undefined) {
      // A rule that names its provider sets the destination of a line that named none.
      if (s.destination === null) s.destination = hit.destination;
      this.tier = hit.tier;
      return hit.c;
    }
    const named = s.destination;
    const c = this.decideUncached(s, tried);
    if (this.memo.size >= MEMO_MAX) this.memo.clear();
    this.memo.set(ownCopy(key), { c, destination: named === null ? s.destination : null, tier: this.tier });
    return c;
  }

  /**
   * A 401 that a client logs at a quiet level (info, debug) while refreshing its token ("DEBUG
   * response status=401, refreshing token and retrying") is OAuth's normal flow, not an auth
   * finding, when only its status or wording any API may use says auth. Real logs do write
   * failures at INFO and DEBUG (a connector's relayed error, an exporter's "Exporting failed. Will
   * retry" over an outage, OpenSearch's INFO "No permissions for [indices:…]"): measured on the
   * held-out logs, dropping every quiet line's finding lost seven top causes, and dropping those
   * that say they retry lost two. A provider's own code or wording still decides.
   */
  private decideUncached(s: Signals, tried: Rule[] | null, errorishKnown?: false): Classification {
    const c = this.decideRules(s, tried, errorishKnown);
    if (c.category === 'auth' && s.level !== null && QUIET_LEVELS.has(s.level) && (this.tier === 'status' || (this.tier === 'message' && this.genericWording.has(c.rule))) && REFRESHING.test(s.message)) {
      this.tier = 'none';
      return NONE;
    }
    return c;
  }

  /** `errorishKnown`: false when the caller already found the wording not errorish. */
  private decideRules(s: Signals, tried: Rule[] | null, errorishKnown?: false): Classification {
    const isError = lineIsError(s);

    let best = -1;
    let bestCode = '';
    for (const code of s.codes) {
      const list = this.codeIndex.get(code);
      if (list === undefined) continue;
      for (const i of list) {
        if (best !== -1 && i >= best) break;
        const r = this.codeRules[i];
        tried?.push(r);
        if (this.fits(r, s) && conditionsHold(r, s, this.providerOf)) {
          best = i;
          bestCode = code;
          break;
        }
      }
    }
    if (best !== -1) {
      const r = this.codeRules[best];
      // {code} is the most specific of the rule's codes the line carries (card_declined before
      // card_error), as the rule table spells it.
      const spelled = r.code?.find((c) => s.codes.includes(c.toLowerCase())) ?? bestCode;
      return this.ruleDecision(r, s, 'code', spelled);
    }

    // A line that states it went well (2xx/3xx, success:true) is not re-judged by its wording:
    // "rate limited (429), retry succeeded" on a 200 line is a success.
    const saysSuccess = statesSuccess(s);
    const errorish = errorishKnown !== false && !isError && s.message.length > 0 && !saysSuccess && ERRORISH.test(s.message);
    if (isError || errorish) {
      const rules = this.messageRulesFor(s);
      for (const r of rules.own) {
        tried?.push(r);
        if (conditionsHold(r, s, this.providerOf)) return this.ruleDecision(r, s, 'message');
      }
      // The line's own provider's meaning of its status, before wording any API may use.
      if (s.status !== null && s.destination !== null) {
        // Its own status rules, then those of the provider that rules it (BigQuery → Google).
        const owner = this.providerOf.get(s.destination);
        for (const provider of owner === undefined || owner === s.destination ? [s.destination] : [s.destination, owner]) {
          const list = this.providerStatus.get(provider)?.get(s.status);
          if (list === undefined) continue;
          for (const r of list) {
            tried?.push(r);
            if (conditionsHold(r, s, this.providerOf)) return this.ruleDecision(r, s, 'status');
          }
        }
      }
      for (const r of rules.generic) {
        tried?.push(r);
        if (conditionsHold(r, s, this.providerOf)) return this.ruleDecision(r, s, 'message');
      }
    } else if (this.alwaysRules.length > 0 && s.message.length > 0 && !saysSuccess) {
      // The team's own message rules know their own wording ("OOMKilled"): no error-word gate.
      for (const r of this.alwaysRules) {
        tried?.push(r);
        if (this.fits(r, s) && conditionsHold(r, s, this.providerOf)) return this.ruleDecision(r, s, 'message');
      }
    }

    if (s.status !== null && s.status >= 400) {
      const list = this.statusIndex.get(s.status);
      if (list !== undefined) {
        for (const r of list) {
          tried?.push(r);
          if (this.fits(r, s) && conditionsHold(r, s, this.providerOf)) return this.ruleDecision(r, s, 'status');
        }
      }
    }

    // The continuation lines of a multi-line error (a traceback header, stack frames) are not
    // errors of their own: the line that names the error is.
    if (s.format === 'text' && s.status === null && s.codes.length === 0 && (CONTINUATION.test(s.message) || isLoggerNotice(s.message))) {
      this.tier = 'none';
      return NONE;
    }
    // An error level, or a warning in error words ("Back-off restarting failed container").
    if (isError || (errorish && s.level === 'warn')) {
      this.tier = 'unknown';
      return unknownFor(s, this.masks, this.index);
    }
    this.tier = 'none';
    return NONE;
  }

  /**
   * A provider's rule never decides a line known to come from another provider: the codes and
   * words one provider uses (rate_limit_exceeded, PERMISSION_DENIED, token_expired) are often
   * another's too, and the summary and link would name the wrong one. Lines with no destination,
   * or one no pack knows, stay open to every rule.
   */
  private fits(r: Rule, s: Signals): boolean {
    if (s.destination === null) return true;
    const mine = this.providers.get(r);
    if (mine === undefined || mine === s.destination) return true;
    const theirs = this.ownerOf(s.destination);
    return theirs === undefined || theirs === mine;
  }

  /** The provider whose rules a destination's lines answer to; undefined when no pack or provider knows it. */
  private ownerOf(destination: string): string | undefined {
    // A known provider with no rules of its own (Redshift) is still another provider's line.
    return this.providerOf.get(destination) ?? (this.index.has(destination) ? destination : undefined);
  }

  /**
   * The message rules a line can fit, in order: all of them for a line of no known provider; for
   * a provider's line, its own and the providerless ones only, so a line's cost does not grow with
   * the number of provider packs (each list is built once per destination).
   */
  private messageRulesFor(s: Signals): { own: Rule[]; generic: Rule[] } {
    const destination = s.destination;
    const owner = destination === null ? undefined : this.ownerOf(destination);
    if (destination === null || owner === undefined) return this.allMessageRules;
    let lists = this.messageRulesByDestination.get(destination);
    if (lists === undefined) {
      // The destination's own rules and those of the provider that rules it (GCS → Google).
      const mine = (r: Rule) => {
        const p = this.providers.get(r);
        return p === undefined || p === owner || p === destination;
      };
      lists = { own: this.messageRules.filter(mine), generic: this.genericMessageRules.filter(mine) };
      this.messageRulesByDestination.set(destination, lists);
    }
    return lists;
  }

  private ruleDecision(r: Rule, s: Signals, tier: Tier, code = ''): Classification {
    this.tier = tier;
    // A provider's own code or wording names who answered, when the log names no destination. A
    // line that only became an error here (wording at INFO) was not searched for one by extract
    // (which searches every line that may be an error): its text may name the API more closely
    // (BigQuery's words under Google's permission rule).
    if (s.destination === null && tier !== 'status') {
      const provider = this.providers.get(r);
      const named = mayBeError(s) ? null : this.index.fromText(s.message);
      s.destination = named !== null && (provider === undefined || this.providerOf.get(named) === provider) ? named : (provider ?? null);
    }
    const field = fieldFor(r, s);
    // One Classification per rule, destination, field (and status where the text names it):
    // nested maps, so no key string is built per line.
    let byDest = this.decided.get(r);
    if (byDest === undefined) {
      byDest = new Map();
      this.decided.set(r, byDest);
    }
    let byField = byDest.get(s.destination);
    if (byField === undefined) {
      byField = new Map();
      byDest.set(s.destination, byField);
    }
    const fieldKey = usesPlaceholders(r) ? `${field ?? ''}\u0000${s.status ?? ''}\u0000${code}` : field;
    let c = byField.get(fieldKey);
    if (c === undefined) {
      const cause = fill(r.cause, s, field, this.index, code);
      c = {
        category: r.category,
        cause,
        field,
        rule: r.id,
        summary: withField(fill(r.summary, s, field, this.index, code), r.summary, field),
        fix: fill(r.fix, s, field, this.index, code),
        link: this.index.link(s.destination, r.category, field, cause, r.link),
      };
      // Bounded: a hostile log with endless distinct fields cannot grow this without limit.
      if (++this.decidedCount > DECISION_CACHE_MAX) {
        this.decided.clear();
        this.decidedCount = 0;
      }
      // Kept past the line: copies, so the cache holds no slice of the chunk the line came from.
      c = JSON.parse(JSON.stringify(c)) as Classification;
      byField.set(fieldKey === null ? null : ownCopy(fieldKey), c);
    }
    return c;
  }
}

const PLACEHOLDER = /\{(?:status|code)\}/;
const placeholderRules = new WeakMap<Rule, boolean>();

/** Decisions remembered per classifier, and the longest message remembered. */
const MEMO_MAX = 4096;
const MEMO_MESSAGE_CHARS = 512;
/** Whether the rule's texts name the status or the matched code (then those are part of the cache key). */
function usesPlaceholders(r: Rule): boolean {
  let u = placeholderRules.get(r);
  if (u === undefined) {
    u = PLACEHOLDER.test(r.summary) || PLACEHOLDER.test(r.cause) || PLACEHOLDER.test(r.fix);
    placeholderRules.set(r, u);
  }
  return u;
}

function statesSuccess(s: Signals): boolean {
  return s.success === true || (s.status !== null && s.status < 400);
}

function lineIsError(s: Signals): boolean {
  if (s.status !== null && s.status >= 400) return true;
  if (s.success === false) return true;
  // {"error": …} / {"errors": […]} with no status: the body says it failed, unless a 2xx says otherwise.
  if (s.errorKey && s.status === null && s.success !== true) return true;
  if (s.level !== null && ERROR_LEVELS.has(s.level)) return true;
  // An exception by its shape, or an engine's failure label, is an error at any level: engines
  // relay a connector's stderr at INFO. A stated success or 2xx still wins.
  return (s.exception || s.engineLabel !== null) && s.success !== true && (s.status === null || s.status >= 400);
}

/** Which of a rule's conditions a line meets and which it misses, in words (for `explain`). */
function checkConditions(r: Rule, s: Signals): { held: string[]; failed: string[] } {
  const held: string[] = [];
  const failed: string[] = [];
  const check = (ok: boolean, yes: string, no: string) => (ok ? held : failed).push(ok ? yes : no);
  if (r.code !== undefined) check(r.code.some((c) => s.codes.includes(c.toLowerCase())), 'code', `a code among ${r.code.slice(0, 4).join(', ')}`);
  if (r.status !== undefined) check(s.status !== null && r.status.includes(s.status), 'status', `status ${r.status.join('/')}`);
  if (r.destination !== undefined) check(s.destination !== null && r.destination.includes(s.destination), 'destination', `destination ${r.destination.join('/')}`);
  if (r.policy !== undefined) check(s.policy !== null && r.policy.test(s.policy), 'policy', `policy ${r.policy.source}`);
  if (r.message !== undefined) check(r.message.test(s.message), 'message', 'its message pattern');
  return { held, failed };
}

/** `ownerOf`: destination → the provider that rules it (OneDrive → Microsoft Graph): a rule for the owner's lines holds on its children's. */
function conditionsHold(r: Rule, s: Signals, ownerOf: ReadonlyMap<string, string>): boolean {
  if (r.status !== undefined && (s.status === null || !r.status.includes(s.status))) return false;
  if (r.destination !== undefined && (s.destination === null || !(r.destination.includes(s.destination) || r.destination.includes(ownerOf.get(s.destination) ?? '')))) return false;
  if (r.policy !== undefined && (s.policy === null || !r.policy.test(s.policy))) return false;
  if (r.message !== undefined && !r.message.test(s.message)) return false;
  return true;
}

/** Validation groups are keyed by field; other categories keep the field for display only. */
function fieldFor(r: Rule, s: Signals): string | null {
  if (s.fields.length > 0) return s.fields.slice(0, 3).join(', ');
  if (r.fieldFrom !== undefined) {
    const m = r.fieldFrom.exec(s.message);
    // A pattern may offer alternatives, each with its own group: take the one that matched.
    const f = m?.slice(1).find((g) => g !== undefined);
    if (f !== undefined) {
      const t = trimField(f);
      if (isFieldList(t)) return t;
    }
  }
  if (r.category === 'validation' || r.category === 'permissions') return fieldFromMessage(s.message);
  return null;
}

function fill(text: string, s: Signals, field: string | null, index: ProviderIndex, code = ''): string {
  if (text.indexOf('{') === -1) return text;
  return text
    .replace(/\{destination\}/g, index.display(s.destination))
    // No field named: plain words, not a name in backticks that reads like one.
    .replace(field === null ? /`?\{field\}`?/g : /\{field\}/g, field ?? 'a field')
    .replace(/\{status\}/g, s.status === null ? '' : String(s.status))
    .replace(/\{code\}/g, code);
}

/** A summary that does not name the field yet gets it appended, so field-keyed groups read apart. */
function withField(summary: string, raw: string, field: string | null): string {
  return field === null || raw.includes('{field}') ? summary : `${summary} (field \`${field}\`)`;
}

export const NONE: Classification = Object.freeze({
  category: 'none' as Category,
  cause: 'none',
  field: null,
  rule: 'builtin/none',
  summary: 'Not an error',
  fix: '',
  link: null,
}) as Classification;

export function unknownSummary(template: string): string {
  return `Unrecognised error: ${template}`;
}

function unknownFor(s: Signals, masks: readonly Mask[], index: ProviderIndex): Classification {
  const t = s.message.length > 0 ? template(s.message, masks) : '';
  const cause =
    t.length > 0 ? t : s.codes.length > 0 ? s.codes.join(',') : s.status !== null ? `HTTP ${s.status}` : 'error with no message';
  return {
    category: 'unknown',
    cause,
    field: s.fields.length > 0 ? s.fields.slice(0, 3).join(', ') : null,
    rule: 'builtin/unknown',
    summary: unknownSummary(cause),
    fix: 'No rule recognises this error. Read a sample; add a rule in the config file if it recurs.',
    link: index.link(s.destination, 'unknown', null, cause),
  };
}

