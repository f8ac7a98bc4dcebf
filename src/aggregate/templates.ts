import { ownCopy } from '../strings.js';

/**
 * Template mining for unknown errors, in the manner of Drain (He et al. 2017, "Drain: An Online
 * Log Parsing Approach with Fixed Depth Tree"; logpai's Drain3). The masks in src/rules/masks.ts
 * already replace numbers, ids, emails, quoted values… with <num>, <id>, <email>, <str>; what they
 * cannot see is a plain word or a path that varies ("Error in mapper users: field email is
 * missing" / "… mapper orders: field phone …"). The miner clusters such messages token by token
 * and turns the positions where they differ into '<*>', so one message shape is one group.
 *
 * How a message finds its cluster:
 *   1. It is split on whitespace into at most MAX_TOKENS tokens (see tokenize()).
 *   2. A fixed-depth prefix tree routes it: first by token count (messages of different lengths
 *      never share a cluster), then by its first `depth - 2` tokens, never by its last token.
 *      A token with a digit, a mask (`<num>`, `<str>:`) or a path separator is routed to the
 *      wildcard child '<*>', as is any new token once a node has `maxChildren` children.
 *   3. In the leaf, the cluster whose template agrees with the message on the most positions
 *      ('<*>' agrees with anything) wins; ties go to more literal agreements, then to the older
 *      cluster. If it agrees on at least `similarity` of the positions the message joins it and
 *      the disagreeing positions become '<*>'; otherwise the message starts a new cluster.
 *
 * Known Drain weakness, kept on purpose: the routing tokens are compared exactly. When a word
 * that varies sits among the first `depth - 2` tokens ("users: sync failed for <id>" /
 * "orders: sync failed for <id>"), each value routes to its own leaf and gets its own cluster,
 * until the node holds `maxChildren` children and further values share the '<*>' child. The
 * damage is bounded (at most maxChildren clusters per varying routing position), and the
 * realistic case, a message that starts with fixed words and varies later ("Error in mapper
 * <word>: …" with depth 4 routes on "Error" and "in"), merges. Routing on fewer leading tokens
 * (a smaller depth) trades this for larger leaves, i.e. more comparisons per message.
 *
 * Order: Drain is online, so the result can depend on the order messages arrive in. Within one
 * shape it does not when any two of its messages already agree on `similarity` of the positions:
 * the first two merge, and the final template is "<*> wherever any two messages differ", whatever
 * the order. It can matter when (a) the first messages of a shape agree on fewer positions than
 * the threshold (they start separate clusters, which a wildcard-rich template may later absorb
 * or not); (b) two shapes share a leaf (same length and leading tokens) and a template that grew
 * wildcards first absorbs the other shape; (c) a routing node fills up, so which words got their
 * own child depends on who came first; (d) the cluster cap is reached. Group keys therefore are
 * not compared by text across runs: sameShape() matches a template against a baseline's.
 *
 * Cost: add() allocates the token array (and, for a new cluster, the cluster object and at most
 * `depth - 1` tree nodes); routing and matching compile no regex and build no strings. The tree
 * and the cluster list are bounded by maxClusters; a message that would need cluster number
 * maxClusters + 1 is refused (add() returns null) and counted in `overflow`.
 */

export interface MinerOptions {
  /**
   * Fraction of positions whose tokens must agree (wildcards count as agreeing) for a message to
   * join a cluster. Default 0.5: Drain3's sim_th is 0.4 but counts only literal agreements;
   * here '<*>' and same-mask positions count too, so a stricter bar keeps the same selectivity.
   * It is still no higher than half: a shape merges only if its first two messages reach the bar,
   * and real messages often vary in 2 or 3 of 6–8 words; a bar above their fixed share would
   * bring back one group per message, the failure this module exists to prevent.
   */
  similarity: number;
  /** Cap on clusters; past it a message that fits no cluster joins no cluster (add() returns null) — the caller counts it as overflow. Default 1000. */
  maxClusters: number;
  /** Prefix-tree depth (Drain's depth): the first `depth - 2` tokens route a message to a leaf. Default 4 like Drain3 (Drain3 counts one more level and routes on `depth - 3` tokens). */
  depth: number;
  /** Max children per tree node, the '<*>' child included; past it new tokens route to '<*>' (Drain3 max_children = 100). */
  maxChildren: number;
}

export const DEFAULT_MINER_OPTIONS: Readonly<MinerOptions> = Object.freeze({
  similarity: 0.5,
  maxClusters: 1000,
  depth: 4,
  maxChildren: 100,
});

export interface Cluster {
  readonly id: number;
  /** Template tokens; variable positions are '<*>'. */
  tokens: string[];
  /** Messages added to this cluster. */
  size: number;
}

/** The wildcard token of a template (Drain3's param_str). */
export const WILDCARD = '<*>';
/** Tokens kept of a message; the rest becomes one final OVERFLOW_TOKEN. */
export const MAX_TOKENS = 64;
/** Characters of a message read at most; the rest becomes one final OVERFLOW_TOKEN. */
export const MAX_SCAN_CHARS = 4096;
/** Stands for the cut-off tail of an over-long message. */
export const OVERFLOW_TOKEN = '…';

/** Whitespace as String.prototype.trim and /\s/ define it, without a regex. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Splits a message on whitespace into at most MAX_TOKENS tokens. When more follows (a 65th token,
 * or text past MAX_SCAN_CHARS), one final OVERFLOW_TOKEN stands for it, so a 1 MB message costs
 * what a 4 KB one does and two long messages of one shape still have the same length.
 */
export function tokenize(message: string): string[] {
  const tokens: string[] = [];
  const len = message.length;
  const end = len < MAX_SCAN_CHARS ? len : MAX_SCAN_CHARS;
  let i = 0;
  while (i < end) {
    while (i < end && isSpace(message.charCodeAt(i))) i++;
    if (i >= end) break;
    if (tokens.length === MAX_TOKENS) {
      tokens.push(OVERFLOW_TOKEN);
      return tokens;
    }
    const start = i;
    while (i < end && !isSpace(message.charCodeAt(i))) i++;
    if (i === end && end < len && !isSpace(message.charCodeAt(end))) {
      // The token runs past the scan limit: it and the rest are the tail.
      tokens.push(OVERFLOW_TOKEN);
      return tokens;
    }
    tokens.push(message.slice(start, i));
  }
  if (end < len) tokens.push(OVERFLOW_TOKEN);
  return tokens;
}

/**
 * Whether a token is likely a value rather than a word of the message, so routes to '<*>':
 * it holds a digit (Drain3's has_numbers), a mask from masks.ts (`<num>`, `<str>:`, '<*>') or a
 * path separator.
 */
function isVariable(token: string): boolean {
  let open = false;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c >= 48 && c <= 57) return true; // 0-9
    if (c === 47 || c === 92) return true; // / \
    if (c === 60) open = true; // <
    else if (c === 62 && open) return true; // >
  }
  return false;
}

/** A whole-token mask or wildcard: `<num>`, `<email>`, '<*>'. */
function isMask(token: string): boolean {
  return token.length >= 3 && token.charCodeAt(0) === 60 && token.charCodeAt(token.length - 1) === 62;
}

/** Smallest number of agreeing positions out of n that reaches the threshold (float-safe). */
function minAgreement(similarity: number, n: number): number {
  return Math.max(0, Math.ceil(similarity * n - 1e-9));
}

class TreeNode {
  readonly children = new Map<string, TreeNode>();
  /** Children other than '<*>'. */
  named = 0;
  /** Clusters of a leaf (empty for inner nodes). */
  readonly clusters: Cluster[] = [];
}

function checkOptions(o: MinerOptions): void {
  if (!(o.similarity >= 0 && o.similarity <= 1)) {
    throw new RangeError(`similarity must be between 0 and 1, got ${o.similarity}`);
  }
  if (!Number.isInteger(o.maxClusters) || o.maxClusters < 0) {
    throw new RangeError(`maxClusters must be a non-negative integer, got ${o.maxClusters}`);
  }
  if (!Number.isInteger(o.depth) || o.depth < 2) {
    throw new RangeError(`depth must be an integer of at least 2, got ${o.depth}`);
  }
  if (!Number.isInteger(o.maxChildren) || o.maxChildren < 1) {
    throw new RangeError(`maxChildren must be a positive integer, got ${o.maxChildren}`);
  }
}

export class TemplateMiner {
  readonly options: Readonly<MinerOptions>;
  /** Leading tokens used for routing. */
  private readonly routeTokens: number;
  /** First tree level: token count → node. */
  private readonly byLength = new Map<number, TreeNode>();
  private readonly all: Cluster[] = [];
  private refused = 0;

  constructor(opts: Partial<MinerOptions> = {}) {
    const o: MinerOptions = {
      similarity: opts.similarity ?? DEFAULT_MINER_OPTIONS.similarity,
      maxClusters: opts.maxClusters ?? DEFAULT_MINER_OPTIONS.maxClusters,
      depth: opts.depth ?? DEFAULT_MINER_OPTIONS.depth,
      maxChildren: opts.maxChildren ?? DEFAULT_MINER_OPTIONS.maxChildren,
    };
    checkOptions(o);
    this.options = Object.freeze(o);
    this.routeTokens = o.depth - 2;
  }

  /**
   * Adds one masked message (whitespace-tokenised); returns its cluster (the same object for every
   * message of that cluster), or null when at the cluster cap and no cluster fits.
   */
  add(masked: string): Cluster | null {
    return this.addTokens(tokenize(masked), 1);
  }

  /**
   * Adds another miner's cluster (a state file's template and how many messages it holds) as if
   * its messages came now: it joins the cluster it fits, widening its template, or starts one.
   * Merging templates gives what one miner over all messages gives whenever a shape's messages
   * agree on `similarity` of their positions (see Order above); the README says so.
   */
  addTemplate(tokens: readonly string[], size: number): Cluster | null {
    return this.addTokens(tokens, size);
  }

  private addTokens(tokens: readonly string[], size: number): Cluster | null {
    const n = tokens.length;
    // Never route on the last token: "Unknown users" and "Unknown orders" must be able to meet.
    const route = n === 0 ? 0 : Math.min(this.routeTokens, n - 1);

    let node = this.byLength.get(n);
    let depth = 0;
    while (node !== undefined && depth < route) {
      const next = node.children.get(this.routeKey(node, tokens[depth]));
      if (next === undefined) break;
      node = next;
      depth++;
    }

    if (node !== undefined && depth === route) {
      const found = this.bestMatch(node.clusters, tokens);
      if (found !== null) {
        const t = found.tokens;
        for (let i = 0; i < n; i++) if (t[i] !== WILDCARD && t[i] !== tokens[i]) t[i] = WILDCARD;
        found.size += size;
        return found;
      }
    }

    if (this.all.length >= this.options.maxClusters) {
      this.refused += size;
      return null;
    }

    // Only now grow the tree, so refused messages leave no trace.
    if (node === undefined) {
      node = new TreeNode();
      this.byLength.set(n, node);
    }
    while (depth < route) {
      const key = this.routeKey(node, tokens[depth]);
      let next = node.children.get(key);
      if (next === undefined) {
        next = new TreeNode();
        node.children.set(key, next);
        if (key !== WILDCARD) node.named++;
      }
      node = next;
      depth++;
    }
    const cluster: Cluster = { id: this.all.length + 1, tokens: tokens.map(ownCopy), size };
    node.clusters.push(cluster);
    this.all.push(cluster);
    return cluster;
  }

  /** The template text of a cluster: tokens joined by single spaces. */
  static text(c: Cluster): string {
    return c.tokens.join(' ');
  }

  /** All clusters, oldest first. */
  get clusters(): readonly Cluster[] {
    return this.all;
  }

  /** Messages refused because the cluster cap was reached. */
  get overflow(): number {
    return this.refused;
  }

  /**
   * The child key a token takes at a node: its own child if it has one, '<*>' for a value-like
   * token, a new child of its own while the node has room (one slot is kept for '<*>'), else '<*>'.
   */
  private routeKey(node: TreeNode, token: string): string {
    if (isVariable(token)) return WILDCARD;
    if (node.children.has(token)) return token;
    return node.named < this.options.maxChildren - 1 ? token : WILDCARD;
  }

  private bestMatch(candidates: readonly Cluster[], tokens: readonly string[]): Cluster | null {
    const n = tokens.length;
    const maxMisses = n - minAgreement(this.options.similarity, n);
    let best: Cluster | null = null;
    let bestAgree = -1;
    let bestLiteral = -1;
    for (const c of candidates) {
      const t = c.tokens;
      let agree = 0;
      let literal = 0;
      let misses = 0;
      let i = 0;
      for (; i < n; i++) {
        const a = t[i];
        if (a === WILDCARD) agree++;
        else if (a === tokens[i]) {
          agree++;
          literal++;
        } else if (++misses > maxMisses) break;
      }
      if (i < n) continue; // below the threshold
      if (agree > bestAgree || (agree === bestAgree && literal > bestLiteral)) {
        best = c;
        bestAgree = agree;
        bestLiteral = literal;
      }
    }
    return best;
  }
}

/**
 * Whether two template texts describe the same message shape: the same token count, and at the
 * positions where neither is '<*>' or a whole mask (`<num>`, …), the tokens agree on at least
 * `similarity` of those positions (all positions free counts as agreeing). Used to match an
 * unknown group against a baseline from another day, whose template may have wildcarded other
 * positions. Symmetric.
 */
export function sameShape(a: string, b: string, similarity: number = DEFAULT_MINER_OPTIONS.similarity): boolean {
  const ta = tokenize(a);
  const tb = tokenize(b);
  if (ta.length !== tb.length) return false;
  let compared = 0;
  let agree = 0;
  for (let i = 0; i < ta.length; i++) {
    const x = ta[i];
    const y = tb[i];
    if (isMask(x) || isMask(y)) continue;
    compared++;
    if (x === y) agree++;
  }
  return agree >= minAgreement(similarity, compared);
}
