import type { RulePack } from './rule.js';
import type { ProviderIndex } from '../providers/knowledge.js';
import { oauth } from './generic/oauth.js';
import { edge } from './generic/edge.js';
import { network } from './generic/network.js';
import { http } from './generic/http.js';
import { bearer, grpcPack, problemPack, sqlstatePack } from './generic/protocols.js';

/**
 * The rule packs of an engine in priority order: the config file's, the providers' (src/providers,
 * in rank order), the generic families (RFC 6750 bearer challenges, RFC 9457 problem types, OAuth
 * 2.0, CDN pages, network errors), the providers' late rules (SDK wrappers of a network error,
 * decided by their cause first), SQLSTATE classes and gRPC statuses, HTTP last.
 */
export function packsFor(providers: ProviderIndex, configPacks: RulePack[] = []): RulePack[] {
  return [...configPacks, ...providers.packs(), bearer, problemPack, oauth, edge, network, ...providers.packs(true), sqlstatePack, grpcPack, http];
}

/** Packs that know no provider: HTTP statuses and wording, OAuth 2.0, CDN pages, network errors, protocol families. */
export const GENERIC_PACKS: ReadonlySet<string> = new Set([
  bearer.name,
  problemPack.name,
  oauth.name,
  edge.name,
  network.name,
  sqlstatePack.name,
  grpcPack.name,
  http.name,
]);
