import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEngine } from '../src/pipeline.js';
import { FirstEventReader } from '../src/events/first.js';

/**
 * Accuracy on real error bodies (test/corpus/bodies/bodies.jsonl): one log line per entry, each
 * with the category, destination and field an operator concludes from the body, where it was
 * found and the provider's docs. Each line is read as `explain` reads it (its first event, the
 * built-in engine) and scored on:
 * - category: the line's category is the expected one (a line the tool calls "none" is wrong);
 * - destination: the tool names the expected provider, and names none where the line shows none;
 * - field: on validation lines that name a field, the tool's field is it (a dotted or slashed path
 *   may be given whole or by its last segment: `custom_fields.plan` ~ `plan`);
 * - unknown: lines the tool calls `unknown`.
 * It prints totals, the six core providers apart, per provider and per expected category, the
 * confusion matrix, and every wrong line. A report, not a test: it always exits 0.
 *
 *   node dist/bench/bodies.js [--verbose] [--json] [--corpus FILE] [FILTER ...]
 *
 * FILTER keeps entries whose provider contains it.
 */

interface Entry {
  line: string;
  provider: string;
  category: string;
  destination: string | null;
  field: string | null;
  source: string;
  why?: string;
}

interface Scored {
  entry: Entry;
  category: string;
  destination: string | null;
  field: string | null;
  rule: string;
  categoryOk: boolean;
  destinationOk: boolean;
  /** null when the entry names no field. */
  fieldOk: boolean | null;
}

const CORE = new Set(['hubspot', 'salesforce', 'stripe', 'mailchimp', 'intercom', 'pipedrive']);
const CATEGORIES = ['auth', 'permissions', 'plan', 'validation', 'transient', 'outage', 'unknown', 'none'];

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');

const lower = (s: string | null | undefined): string | null => (s === null || s === undefined || s === '' ? null : s.toLowerCase());

function sameField(got: string | null, want: string): boolean {
  if (got === null) return false;
  const g = got.toLowerCase();
  const w = want.toLowerCase().replace(/^\//, '');
  const last = (s: string) => s.split(/[./]/).filter((p) => p !== '' && !/^\d+$/.test(p)).pop() ?? s;
  return g === w || last(g) === last(w) || g === last(w) || last(g) === w;
}

function score(entries: Entry[]): Scored[] {
  const engine = createEngine();
  return entries.map((entry) => {
    const reader = new FirstEventReader(engine.lexicon);
    const lines = entry.line.split('\n');
    for (let i = 0; i < lines.length && !reader.done; i++) reader.push(lines[i]);
    const { signals } = reader.end(entry.line);
    const c = engine.classifier.classify(signals);
    const destination = lower(signals.destination);
    const field = c.category === 'none' ? null : c.field;
    return {
      entry,
      category: c.category,
      destination,
      field,
      rule: c.rule,
      categoryOk: c.category === entry.category,
      // Case and punctuation aside: `marketing-cloud` is the destination a label spells `marketingcloud`.
      destinationOk: destination?.replace(/[^a-z0-9]/g, '') === lower(entry.destination)?.replace(/[^a-z0-9]/g, ''),
      fieldOk: entry.field === null || entry.field === undefined ? null : sameField(field, entry.field),
    };
  });
}

interface Tally {
  n: number;
  category: number;
  destination: number;
  fieldN: number;
  field: number;
  unknown: number;
}

function tally(rows: Scored[]): Tally {
  const t: Tally = { n: rows.length, category: 0, destination: 0, fieldN: 0, field: 0, unknown: 0 };
  for (const r of rows) {
    if (r.categoryOk) t.category++;
    if (r.destinationOk) t.destination++;
    if (r.fieldOk !== null) {
      t.fieldN++;
      if (r.fieldOk) t.field++;
    }
    if (r.category === 'unknown') t.unknown++;
  }
  return t;
}

const pct = (a: number, b: number): string => (b === 0 ? '   n/a' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
const clip = (s: string, n: number): string => {
  const one = s.replace(/\s+/g, ' ');
  return one.length <= n ? one : `${one.slice(0, n - 1)}…`;
};

function tallyLine(name: string, t: Tally, w: number): string {
  return `${name.padEnd(w)} ${String(t.n).padStart(4)}  category ${pct(t.category, t.n)}  destination ${pct(t.destination, t.n)}  field ${pct(t.field, t.fieldN)} (${t.fieldN})  unknown ${pct(t.unknown, t.n)}`;
}

function main(): void {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose') || args.includes('-v');
  const asJson = args.includes('--json');
  const at = args.indexOf('--corpus');
  const file = resolve(root, at !== -1 && args[at + 1] !== undefined ? args[at + 1] : join('test', 'corpus', 'bodies', 'bodies.jsonl'));
  const filters = args.filter((a, i) => !a.startsWith('-') && args[i - 1] !== '--corpus');
  if (!existsSync(file)) {
    console.log(`bodies: no corpus at ${file}`);
    return;
  }
  const entries = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Entry)
    .filter((e) => filters.length === 0 || filters.some((f) => e.provider.includes(f)));
  const rows = score(entries);
  const all = tally(rows);
  const core = tally(rows.filter((r) => CORE.has(r.entry.provider)));
  const others = tally(rows.filter((r) => !CORE.has(r.entry.provider)));
  const byProvider = new Map<string, Scored[]>();
  for (const r of rows) byProvider.set(r.entry.provider, [...(byProvider.get(r.entry.provider) ?? []), r]);
  const byCategory = new Map<string, Scored[]>();
  for (const r of rows) byCategory.set(r.entry.category, [...(byCategory.get(r.entry.category) ?? []), r]);

  if (asJson) {
    const out = {
      totals: all,
      core,
      others,
      providers: Object.fromEntries([...byProvider].map(([k, v]) => [k, tally(v)])),
      categories: Object.fromEntries([...byCategory].map(([k, v]) => [k, tally(v)])),
      wrong: rows.filter((r) => !r.categoryOk || !r.destinationOk || r.fieldOk === false),
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return;
  }

  const wrong = rows.filter((r) => !r.categoryOk || !r.destinationOk || r.fieldOk === false);
  console.log(`wrong lines (${wrong.length}): want → got`);
  for (const r of wrong) {
    const e = r.entry;
    const parts: string[] = [];
    if (!r.categoryOk) parts.push(`category ${e.category} → ${r.category}`);
    if (!r.destinationOk) parts.push(`destination ${e.destination ?? '-'} → ${r.destination ?? '-'}`);
    if (r.fieldOk === false) parts.push(`field ${e.field} → ${r.field ?? '-'}`);
    console.log(`  [${e.provider}] ${parts.join('; ')}  (${r.rule})`);
    console.log(`      ${clip(e.line, verbose ? 400 : 150)}`);
  }
  console.log('');
  const w = Math.max(12, ...[...byProvider.keys()].map((k) => k.length));
  console.log('per provider');
  for (const [k, v] of [...byProvider].sort((a, b) => a[0].localeCompare(b[0]))) console.log(`  ${tallyLine(k, tally(v), w)}`);
  console.log('per expected category');
  for (const k of CATEGORIES) if (byCategory.has(k)) console.log(`  ${tallyLine(k, tally(byCategory.get(k) ?? []), w)}`);
  console.log('');
  console.log('confusion (rows: expected, columns: got)');
  const cols = CATEGORIES;
  console.log(`  ${''.padEnd(12)}${cols.map((c) => c.slice(0, 6).padStart(8)).join('')}`);
  for (const want of CATEGORIES) {
    const rs = byCategory.get(want);
    if (rs === undefined) continue;
    console.log(`  ${want.padEnd(12)}${cols.map((got) => String(rs.filter((r) => r.category === got).length || '.').padStart(8)).join('')}`);
  }
  console.log('');
  console.log(`lines ${all.n} from ${byProvider.size} providers (${file.replace(`${root}/`, '')})`);
  console.log(tallyLine('all', all, 16));
  console.log(tallyLine('core six', core, 16));
  console.log(tallyLine('other providers', others, 16));
}

try {
  main();
} catch (e) {
  console.log(`bodies: ${(e as Error).stack ?? String(e)}`);
}
process.exitCode = 0;
