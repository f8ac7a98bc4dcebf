import type { RulePack } from './rule.js';
import type { ProviderIndex } from '../providers/knowledge.js';
import { oauth } from './generic/oauth.js';
import { edge } from './generic/edge.js';
import { network } from './generic/network.js';
import { http } from './generic/http.js';

/**
 * The rule packs of an engine in priority order: the config file's, the providers' (src/providers,
 * in rank order), the generic families (OAuth 2.0, CDN pages, network errors), the providers' late
 * rules (SDK wrappers of a network error, decided by their cause first), HTTP last.
 */
export function packsFor(providers: ProviderIndex, configPacks: RulePack[] = []): RulePack[] {
  return [...configPacks, ...providers.packs(), oauth, edge, network, ...providers.packs(true), http];
}

/** Packs that know no provider: HTTP statuses and wording, OAuth 2.0, CDN pages, network errors. */
export const GENERIC_PACKS: ReadonlySet<string> = new Set([oauth.name, edge.name, network.name, http.name]);
