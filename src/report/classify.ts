import { ACTIONABLE, type Classification, type LogEvent, type Signals } from '../types.js';

/** One `classify` output record: the per-line drill-down (schema: README "classify records"). */
export interface ClassifyRecord {
  input: string;
  /** The event's head line. */
  line: number;
  /** Physical lines the event spans: the records' `lines` add up to every line of the input. */
  lines: number;
  category: Classification['category'];
  actionable: boolean | null;
  destination: string | null;
  cause: string | null;
  field: string | null;
  status: number | null;
  rule: string;
  recordId: string | null;
  runId: string | null;
  time: string | null;
  truncated?: true;
  items?: Array<{ category: Classification['category']; cause: string; field: string | null; rule: string }>;
}

export function classifyRecord(line: LogEvent, s: Signals, c: Classification): ClassifyRecord {
  const r: ClassifyRecord = {
    input: line.input,
    line: line.lineNo,
    lines: line.lines,
    category: c.category,
    actionable: ACTIONABLE[c.category],
    destination: s.destination,
    cause: c.category === 'none' ? null : c.cause,
    field: c.field,
    status: s.status,
    rule: c.rule,
    recordId: s.recordId,
    runId: s.runId,
    time: s.time,
  };
  if (line.truncated) r.truncated = true;
  if (c.items !== undefined) r.items = c.items.map((i) => ({ category: i.category, cause: i.cause, field: i.field, rule: i.rule }));
  return r;
}
