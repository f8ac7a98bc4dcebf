// The types at the seams of the pipeline: input → extract → rules → aggregate → report.
// Each is declared once here; the JSON output types in report/schema.ts are the public contract.

import type { Timeline } from './aggregate/timeline.js';

export type { Timeline };

/** The eight categories of the taxonomy, in the order an operator should act on them. */
export const CATEGORIES = [
  'auth',
  'permissions',
  'plan',
  'validation',
  'outage',
  'transient',
  'unknown',
  'none',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Lower is more urgent. Used for ordering groups and picking the most urgent item of a batch line. */
export const URGENCY: Record<Category, number> = {
  auth: 0,
  permissions: 1,
  plan: 2,
  validation: 3,
  outage: 4,
  transient: 5,
  unknown: 6,
  none: 7,
};

/** Whether the operator (rather than the sync engine or the destination) must act. null = cannot tell. */
export const ACTIONABLE: Record<Category, boolean | null> = {
  auth: true,
  permissions: true,
  plan: true,
  validation: true,
  outage: false,
  transient: false,
  unknown: null,
  none: false,
};

export type RetryAdvice = 'never' | 'after-plan-change' | 'backoff' | 'later' | 'unknown' | 'none';

export const RETRY: Record<Category, RetryAdvice> = {
  auth: 'never',
  permissions: 'never',
  plan: 'after-plan-change',
  validation: 'never',
  outage: 'later',
  transient: 'backoff',
  unknown: 'unknown',
  none: 'none',
};

/** One input line, as the reader hands it on. */
export interface Line {
  /** Input name: a path, or "-" for stdin. */
  input: string;
  /** 1-based line number within the input. */
  lineNo: number;
  /** The decoded text (no newline, no CR, no BOM), at most MAX_LINE_CHARS long. */
  text: string;
  /** True when the line was longer than the cap and only its prefix is kept. */
  truncated: boolean;
}

/**
 * One event: a physical line, or several joined by the event stage (a traceback after the line
 * that logged it, a pretty-printed body). `lineNo` is its head line; `text` is the head followed by
 * the informative continuation lines (frames left out), joined with "\n".
 */
export interface LogEvent extends Line {
  /** Physical lines the event spans (1 for most). */
  lines: number;
  /** The header row of a CSV export: counted, never an error, and part of no run. */
  header?: boolean;
  /**
   * Characters of the head line's engine prefix (timestamp, level, engine tag), as the event stage
   * found them: extract starts its prose there instead of reading the prefix a second time.
   */
  prefixEnd?: number;
  /** The level word in the head line's prefix (`ERROR`, `[info ]`), or null: extract need not search for it. */
  prefixLevel?: string | null;
  /** The start of the frames left out of `text` (bounded): where the SDK in the stack names the destination. */
  frames?: string;
  /** A Python traceback in the event closed with its exception line: whatever the class is called, it was raised. */
  raised?: boolean;
}

/** How a line was read: a JSON object, logfmt pairs, free text, or a row of a CSV export. */
export type LineFormat = 'json' | 'logfmt' | 'ruby-hash' | 'text' | 'csv';

/** What the extractor recovered from one line (or from one item of a batch line). */
export interface Signals {
  format: LineFormat;
  /** HTTP status, when one is stated. */
  status: number | null;
  /** Provider codes (errorCode, category, subCategory, code, type, reason, title, OAuth error…), lower-cased, in the order found. */
  codes: string[];
  /** Human messages joined with " | ", bounded in length. */
  message: string;
  /** Field names the body blames (propertyName, fields[], param, errors[].field, source.pointer…). */
  fields: string[];
  /** Normalised destination name (hubspot, salesforce…), or null. */
  destination: string | null;
  recordId: string | null;
  runId: string | null;
  /** ISO-ish timestamp as written in the line, or null. */
  time: string | null;
  /** Log level, lower-cased (error, warn, info…), or null. */
  level: string | null;
  /** The text states an exception by its shape (`…Error: …`, `Caused by:`, `panic:`), with or without a level. */
  exception: boolean;
  /** The engine's own label for the failure (Airbyte `failure_type`, `failureType`): a signal, never the answer. */
  engineLabel: string | null;
  /** Explicit success flag (success/ok booleans, outcome strings), or null. */
  success: boolean | null;
  /** Rate-limit policy (HubSpot policyName, Google quota unit), lower-cased. */
  policy: string | null;
  /** The body has a non-empty top-level "error" / "errors" (or "fault", "exception") value. */
  errorKey: boolean;
  /** Per-item results of a batch / 207 line, each classified on its own. */
  items: Signals[];
}

/** The decision for one line. */
export interface Classification {
  category: Category;
  /** The root cause: a provider code, or the rule's cause name, or a masked message template for unknown. */
  cause: string;
  field: string | null;
  /** Id of the rule that decided (e.g. "hubspot/expired-authentication"), or a builtin id ("builtin/unknown", "builtin/none"). */
  rule: string;
  summary: string;
  fix: string;
  link: string | null;
  /** Present when a batch line carried several item results; the line's own classification is the most urgent. */
  items?: Classification[];
}

/** Where a group was first seen. */
export interface Position {
  input: string;
  line: number;
}

/** One root cause: the row an operator reads. Part of the JSON contract (schemaVersion 1). */
export interface Group {
  /** category|destination|cause[|field]: why these lines landed together. */
  key: string;
  category: Category;
  actionable: boolean | null;
  destination: string | null;
  cause: string;
  field: string | null;
  summary: string;
  fix: string;
  link: string | null;
  retry: RetryAdvice;
  /** Id of the rule that decided (the first line's). */
  rule: string;
  count: number;
  /** Distinct record ids, exact up to the tracking cap (recordsCapped); null where no line carried one. */
  records: number | null;
  recordsCapped: boolean;
  /** HTTP status → line count. */
  statuses: Record<string, number>;
  firstSeen: string | null;
  lastSeen: string | null;
  /** Its timed events per bin of 2^k seconds (timeline.ts); null when none carried a time. */
  timeline: Timeline | null;
  first: Position;
  /** A few raw lines (truncated); renderers escape them. */
  samples: string[];
  /** The same samples in short: status, record and the error's message, without the line's envelope. */
  condensed: string[];
  /**
   * Records that failed with this cause and later succeeded (each counted once). null when the log
   * cannot show it: its lines carry no record id, or no success line names a record.
   */
  recovered: number | null;
  /** Records whose last event is this failure; null on the same terms as `recovered`. */
  stillFailing: number | null;
  /** A transient cause still failing at the end, or recurring in every run. */
  persistent: boolean;
  /** No record succeeded in some run after this cause first appeared there. */
  blocksRun: boolean;
  /** Lines of this group after it blocked its run(s): calls that could not succeed. */
  wastedCalls: number;
  /** A record succeeded after this cause's first line in a run it appeared in: calls went through after it. */
  callsAfter: boolean;
  /** Runs this group appeared in. */
  runs: number;
  /** With --baseline: whether this cause is new, known, or gone since the baseline. */
  baseline?: 'new' | 'known' | 'gone';
  /** With --baseline: the count in the baseline (0 for new groups). */
  baselineCount?: number;
}

export interface RunSummary {
  id: string;
  lines: number;
  errors: number;
  /** Success events (lines recognised as a record succeeding). */
  succeeded: number;
  /** Key of the group that blocked this run, or null. */
  blockedBy: string | null;
  /** Group key → lines of that group in this run. */
  groups: Record<string, number>;
}

export type VerdictAction = 'pause-sync' | 'fix-and-continue' | 'wait' | 'none';

export interface Verdict {
  action: VerdictAction;
  text: string;
}

export interface Totals {
  /** Physical lines read. */
  lines: number;
  /** Events: single lines, or multi-line failures (a traceback, a pretty-printed body) joined into one. */
  events: number;
  errors: number;
  nonErrors: number;
  /** Lines with no JSON or logfmt structure (classified from their text). */
  unparsed: number;
  /** Lines longer than the line cap, classified from their prefix. */
  truncated: number;
  groups: number;
  /** Groups whose category needs an operator. */
  actionableGroups: number;
  /** Lines in actionable groups. */
  actionable: number;
  /** Lines left out by --since / --until (counted, not analysed). */
  filtered: number;
}

/** Caps that bound memory, and what overflowed them (never silently dropped). */
export interface Limits {
  maxGroups: number;
  /** Lines folded into per-category "other causes" groups after maxGroups was reached. */
  groupOverflowLines: number;
  maxTrackedRecords: number;
  /** Failure lines whose record could not be tracked after maxTrackedRecords was reached. */
  untrackedRecordLines: number;
  maxRuns: number;
  /** Lines whose run could not be tracked after maxRuns was reached. */
  runOverflowLines: number;
  /** Physical lines in one event; past it the event is closed and the next line starts another. */
  maxEventLines: number;
  /** Events closed at maxEventLines. */
  splitEvents: number;
  /** Characters of text kept per event. */
  maxEventChars: number;
  /** Continuation lines counted in their event but whose text was past maxEventChars. */
  eventOverflowLines: number;
}

export interface InputSummary {
  name: string;
  bytes: number;
  lines: number;
  gzip: boolean;
  binary: boolean;
  /** Read as a CSV export: a header row, then one record per row. */
  csv: boolean;
}

export interface Summary {
  schemaVersion: number;
  tool: { name: 'synctriage'; version: string };
  inputs: InputSummary[];
  totals: Totals;
  groups: Group[];
  runs: RunSummary[];
  verdict: Verdict;
  limits: Limits;
}
