import { readdirSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkProvider, type Provider } from './provider.js';
import { ProviderIndex } from './knowledge.js';

/**
 * The built-in providers: every module in this directory that exports `provider` (one file per
 * provider, found at load time, so adding one edits nothing else). The files here that are not
 * providers are listed in NOT_PROVIDERS.
 */
const NOT_PROVIDERS = new Set(['index', 'provider', 'knowledge', 'hint-index']);

const here = fileURLToPath(import.meta.url);
const ext = extname(here);
const dir = dirname(here);
const files = readdirSync(dir)
  .filter((f) => extname(f) === ext && !f.endsWith(`.d${ext}`) && !NOT_PROVIDERS.has(basename(f, ext)))
  .sort();

const modules = await Promise.all(files.map(async (f) => [f, (await import(pathToFileURL(join(dir, f)).href)) as { provider?: Provider }] as const));

export const BUILTIN_PROVIDERS: readonly Provider[] = modules.map(([file, m]) => {
  const p = m.provider;
  if (p === undefined) throw new Error(`src/providers/${file}: exports no provider`);
  const problems = checkProvider(p);
  if (problems.length > 0) throw new Error(`src/providers/${file}: ${problems.join('; ')}`);
  return p;
});

/** The built-in providers with no config: what extract and the reports use when no engine is given. */
export const BUILTIN_INDEX = new ProviderIndex(BUILTIN_PROVIDERS);

/** Display name of a destination among the built-in providers (`microsoft-graph` → `Microsoft Graph`). */
export function displayDestination(destination: string | null): string {
  return BUILTIN_INDEX.display(destination);
}
