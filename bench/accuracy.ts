import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Accuracy report against real log excerpts pasted into public issues
 * (test/corpus/real-logs/manifest.json): for each file, does the tool's most urgent group match the
 * root cause an operator would act on first, how many of the expected causes does it show as rows,
 * and how many rows match nothing expected (noise).
 *
 *   node dist/bench/accuracy.js [--verbose] [--json] [FILTER ...]
 *
 * FILTER keeps files whose name contains it (any of them). The built CLI runs as its own process per
 * file (`node bin/synctriage.js --json --fail-on none FILE`), so a crash is a row, not a crash of
 * this script. It is a report, not a test: it always exits 0.
 */

type Category = 'auth' | 'permissions' | 'plan' | 'validation' | 'outage' | 'transient' | 'unknown' | 'none';

interface ExpectedCause {
  category: Category;
  destination: string | null;
  field?: string | null;
  note?: string;
}

interface ManifestEntry {
  file: string;
  source: string;
  engine: string;
  provider: string | null;
  top: { category: Category; destination: string | null };
  causes: ExpectedCause[];
  why: string;
}

interface Group {
  category: string;
  destination: string | null;
  cause: string | null;
  field: string | null;
  count: number;
  summary: string;
}

interface FileResult {
  file: string;
  engine: string;
  provider: string | null;
  /** null when the CLI could not be run or its output not read. */
  error: string | null;
  lines: number | null;
  errors: number | null;
  expectedTop: { category: Category; destination: string | null };
  top: { category: string; destination: string | null; summary: string } | null;
  topOk: boolean;
  /** The first group's category is right, whatever its destination. */
  topCategoryOk: boolean;
  causesExpected: number;
  causesFound: number;
  /** Expected causes no group matched, for the report. */
  missing: ExpectedCause[];
  noise: number;
  groups: Group[];
}

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
/** `--corpus DIR` (relative to the project root) scores another corpus of the same layout, e.g. test/corpus/held-out. */
const corpusArg = process.argv.indexOf('--corpus');
const corpusDir = corpusArg !== -1 && process.argv[corpusArg + 1] !== undefined ? process.argv[corpusArg + 1] : join('test', 'corpus', 'real-logs');
const manifestPath = join(root, corpusDir, 'manifest.json');
const cli = join(root, 'bin', 'synctriage.js');

/** A destination name as compared: case and punctuation aside (`marketing-cloud` is `marketingcloud`). */
const norm = (s: string | null | undefined): string | null => (s === null || s === undefined || s === '' ? null : s.toLowerCase().replace(/[^a-z0-9]/g, ''));

/** A group shows an expected cause: same category and, when the expectation names one, the same destination. */
function matches(group: Group, cause: { category: string; destination: string | null }): boolean {
  if (group.category !== cause.category) return false;
  const want = norm(cause.destination);
  return want === null || norm(group.destination) === want;
}

function asGroup(raw: unknown): Group | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const g = raw as Record<string, unknown>;
  const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
  return {
    category: str(g.category) ?? '?',
    destination: str(g.destination),
    cause: str(g.cause),
    field: str(g.field),
    count: typeof g.count === 'number' ? g.count : 0,
    summary: str(g.summary) ?? '',
  };
}

function firstLine(s: string): string {
  const line = s.split('\n').find((l) => l.trim() !== '') ?? '';
  return line.trim();
}

function runOne(entry: ManifestEntry): FileResult {
  const rel = join(corpusDir, entry.file);
  const base: FileResult = {
    file: entry.file,
    engine: entry.engine,
    provider: entry.provider,
    error: null,
    lines: null,
    errors: null,
    expectedTop: entry.top,
    top: null,
    topOk: false,
    topCategoryOk: false,
    causesExpected: entry.causes.length,
    causesFound: 0,
    missing: [...entry.causes],
    noise: 0,
    groups: [],
  };
  if (!existsSync(join(root, rel))) return { ...base, error: 'file missing' };
  const r = spawnSync(process.execPath, [cli, '--json', '--fail-on', 'none', rel], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 60_000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (r.error) return { ...base, error: `spawn: ${r.error.message}` };
  let summary: unknown;
  try {
    summary = JSON.parse(r.stdout);
  } catch {
    const why = firstLine(r.stderr ?? '') || firstLine(r.stdout ?? '') || `no output (exit ${r.status ?? r.signal})`;
    return { ...base, error: `exit ${r.status ?? r.signal}: ${why}` };
  }
  const s = (typeof summary === 'object' && summary !== null ? summary : {}) as Record<string, unknown>;
  const totals = (typeof s.totals === 'object' && s.totals !== null ? s.totals : {}) as Record<string, unknown>;
  const groups = (Array.isArray(s.groups) ? s.groups : []).map(asGroup).filter((g): g is Group => g !== null);

  const first = groups[0];
  const topOk = first !== undefined && matches(first, entry.top);
  const missing = entry.causes.filter((c) => !groups.some((g) => matches(g, c)));
  const noise = groups.filter((g) => !entry.causes.some((c) => matches(g, c))).length;
  return {
    ...base,
    error: r.status !== 0 ? `exit ${r.status}` : null,
    lines: typeof totals.lines === 'number' ? totals.lines : null,
    errors: typeof totals.errors === 'number' ? totals.errors : null,
    top: first ? { category: first.category, destination: first.destination, summary: first.summary } : null,
    topOk,
    topCategoryOk: first !== undefined && first.category === entry.top.category,
    causesFound: entry.causes.length - missing.length,
    missing,
    noise,
    groups,
  };
}

function shorten(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length <= n ? one : `${one.slice(0, n - 1)}…`;
}

const label = (c: { category: string; destination: string | null }): string => `${c.category}${c.destination ? `/${c.destination}` : ''}`;

function pct(a: number, b: number): string {
  return b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`;
}

function main(): void {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose') || args.includes('-v');
  const asJson = args.includes('--json');
  const filters = args.filter((a, i) => !a.startsWith('-') && args[i - 1] !== '--corpus');

  if (!existsSync(manifestPath)) {
    console.log(`accuracy: no manifest at ${manifestPath}`);
    return;
  }
  if (!existsSync(cli)) {
    console.log(`accuracy: no CLI at ${cli}`);
    return;
  }
  let manifest: ManifestEntry[];
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as ManifestEntry[];
  } catch (e) {
    console.log(`accuracy: cannot read ${manifestPath}: ${(e as Error).message}`);
    return;
  }
  const entries = manifest.filter((e) => filters.length === 0 || filters.some((f) => e.file.includes(f)));
  const results = entries.map(runOne);

  const n = results.length;
  const topOk = results.filter((r) => r.topOk).length;
  const topCat = results.filter((r) => r.topCategoryOk).length;
  const causesExpected = results.reduce((a, r) => a + r.causesExpected, 0);
  const causesFound = results.reduce((a, r) => a + r.causesFound, 0);
  const allFound = results.filter((r) => r.causesFound === r.causesExpected).length;
  const noise = results.reduce((a, r) => a + r.noise, 0);
  const crashed = results.filter((r) => r.error !== null).length;
  const byTop = new Map<string, { n: number; ok: number }>();
  for (const r of results) {
    const k = r.expectedTop.category;
    const v = byTop.get(k) ?? { n: 0, ok: 0 };
    v.n += 1;
    if (r.topOk) v.ok += 1;
    byTop.set(k, v);
  }
  const totals = {
    files: n,
    topCause: { ok: topOk, rate: n ? topOk / n : null },
    topCategoryOnly: { ok: topCat, rate: n ? topCat / n : null },
    causes: { found: causesFound, expected: causesExpected, rate: causesExpected ? causesFound / causesExpected : null },
    filesAllCausesFound: allFound,
    noiseGroups: noise,
    noisePerFile: n ? noise / n : null,
    cliErrors: crashed,
    topByExpectedCategory: Object.fromEntries(byTop),
  };

  if (asJson) {
    process.stdout.write(`${JSON.stringify({ files: results, totals }, null, 2)}\n`);
    return;
  }

  const w = Math.min(60, Math.max(...results.map((r) => r.file.length), 4));
  for (const r of results) {
    const top = r.topOk ? 'ok  ' : 'MISS';
    const said = r.error && r.top === null ? `ERROR ${shorten(r.error, 70)}` : r.top ? `${label(r.top)}: ${shorten(r.top.summary, 60)}` : '(no groups)';
    const want = r.topOk ? '' : `  [want ${label(r.expectedTop)}]`;
    console.log(`${r.file.padEnd(w)}  top ${top}  causes ${r.causesFound}/${r.causesExpected}  noise ${String(r.noise).padStart(2)}  ${said}${want}`);
    if (verbose) {
      if (r.error) console.log(`    cli: ${r.error}`);
      console.log(`    lines ${r.lines ?? '?'}, errors ${r.errors ?? '?'}, groups ${r.groups.length}`);
      for (const g of r.groups) {
        const field = g.field ? ` field=${g.field}` : '';
        console.log(`    - ${label(g)} cause=${g.cause ?? '-'}${field} ×${g.count}: ${shorten(g.summary, 90)}`);
      }
      for (const m of r.missing) console.log(`    ! missing ${label(m)}${m.note ? ` (${m.note})` : ''}`);
    }
  }
  console.log('');
  console.log(`files ${n}${crashed ? `, CLI errors ${crashed}` : ''}`);
  console.log(`top cause        ${topOk}/${n} (${pct(topOk, n)}); category alone ${topCat}/${n} (${pct(topCat, n)})`);
  console.log(`causes found     ${causesFound}/${causesExpected} (${pct(causesFound, causesExpected)}); files with all causes found ${allFound}/${n} (${pct(allFound, n)})`);
  console.log(`noise groups     ${noise} total, ${n ? (noise / n).toFixed(2) : 'n/a'} per file`);
  const parts = [...byTop.entries()].sort((a, b) => b[1].n - a[1].n).map(([k, v]) => `${k} ${v.ok}/${v.n}`);
  console.log(`top by expected  ${parts.join(', ')}`);
}

try {
  main();
} catch (e) {
  console.log(`accuracy: ${(e as Error).stack ?? String(e)}`);
}
process.exitCode = 0;
