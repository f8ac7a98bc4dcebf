import { buildKeyMap, type KeyMap } from './keys.js';
import { BUILTIN_INDEX, BUILTIN_PROVIDERS } from '../providers/index.js';
import type { ProviderIndex } from '../providers/knowledge.js';

/**
 * What extraction reads a line with: the key names of the log format (`keys`) and what is known of
 * providers (`providers`: destination names, API hosts and SDK names, provider-only body keys).
 * Built per engine from its config; the default holds the built-ins only.
 */
export interface Lexicon {
  keys: KeyMap;
  providers: ProviderIndex;
}

/** The common key spellings and the built-in providers' own. */
export const BUILTIN_KEYS: KeyMap = buildKeyMap({}, BUILTIN_PROVIDERS.map((p) => p.keys ?? {}));

export const DEFAULT_LEXICON: Lexicon = { keys: BUILTIN_KEYS, providers: BUILTIN_INDEX };
