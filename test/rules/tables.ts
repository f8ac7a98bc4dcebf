import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RuleCase } from './rule-tester.js';

/**
 * The case tables of test/rules/cases, one per file (a provider's, or a family's). Every exported
 * array of a file is its cases, so a new provider's cases are one new file, found like its module
 * in src/providers.
 */
const dir = join(__dirname, 'cases');
export const TABLES: Array<[name: string, cases: RuleCase[]]> = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as Record<string, unknown>;
  TABLES.push([file.replace(/\.ts$/, ''), Object.values(mod).filter((v): v is RuleCase[] => Array.isArray(v)).flat()]);
}
