/**
 * Destination names: normalises what logs call a destination ("HubSpot CRM", "sfdc",
 * "destination-stripe") and recognises providers from API hosts in messages.
 */

/** Substring of the squeezed name (lower-case, letters and digits only) → canonical name. */
const NAME_HINTS: Array<[string, string]> = [
  ['hubspot', 'hubspot'],
  ['salesforce', 'salesforce'],
  ['sfdc', 'salesforce'],
  ['stripe', 'stripe'],
  ['mailchimp', 'mailchimp'],
  ['intercom', 'intercom'],
  ['pipedrive', 'pipedrive'],
  ['zendesk', 'zendesk'],
  ['googleads', 'google'],
  ['googlesheets', 'google'],
  ['google', 'google'],
  ['msgraph', 'microsoft-graph'],
  ['microsoftgraph', 'microsoft-graph'],
  ['dynamics', 'microsoft-graph'],
  ['shopify', 'shopify'],
  ['klaviyo', 'klaviyo'],
  ['marketo', 'marketo'],
];

const aliasCache = new Map<string, string>();
const ALIAS_CACHE_MAX = 1024;
let userAliases: Record<string, string> = {};

/** Config-file aliases ("crm-prod" → "salesforce"), consulted before the built-in hints. */
export function setDestinationAliases(aliases: Record<string, string>): void {
  userAliases = {};
  for (const [k, v] of Object.entries(aliases)) userAliases[k.toLowerCase()] = v.toLowerCase();
  aliasCache.clear();
}

export function normaliseDestination(raw: string): string | null {
  const cached = aliasCache.get(raw);
  if (cached !== undefined) return cached;
  const lower = raw.trim().toLowerCase().slice(0, 64);
  let result: string | null = userAliases[lower] ?? null;
  if (result === null) {
    const squeezed = lower.replace(/[^a-z0-9]/g, '');
    for (const [hint, name] of NAME_HINTS) {
      if (squeezed.includes(hint)) {
        result = name;
        break;
      }
    }
    if (result === null) result = squeezed.length > 0 ? lower.replace(/[^a-z0-9._-]/g, '-') : null;
  }
  if (result !== null && aliasCache.size < ALIAS_CACHE_MAX) aliasCache.set(raw, result);
  return result;
}

/** API hosts (and provider names written in prose) → destination. One compiled regex, run only on error lines. */
const HOST_RE =
  /\b(api\.hubapi\.com|hubapi\.com|hubspot|[\w-]+\.(?:my\.)?salesforce\.com|force\.com|salesforce|api\.stripe\.com|stripe|api\.mailchimp\.com|mailchimp|api\.intercom\.io|intercom|[\w-]*\.?pipedrive\.com|pipedrive|googleapis\.com|graph\.microsoft\.com|myshopify\.com|shopify|zendesk\.com|klaviyo\.com|mktorest\.com|marketo)\b/i;

export function destinationFromText(text: string): string | null {
  const m = HOST_RE.exec(text);
  if (m === null) return null;
  const h = m[1].toLowerCase();
  if (h.includes('hubapi') || h.includes('hubspot')) return 'hubspot';
  if (h.includes('salesforce') || h.includes('force.com')) return 'salesforce';
  if (h.includes('stripe')) return 'stripe';
  if (h.includes('mailchimp')) return 'mailchimp';
  if (h.includes('intercom')) return 'intercom';
  if (h.includes('pipedrive')) return 'pipedrive';
  if (h.includes('googleapis')) return 'google';
  if (h.includes('graph.microsoft')) return 'microsoft-graph';
  if (h.includes('shopify')) return 'shopify';
  if (h.includes('zendesk')) return 'zendesk';
  if (h.includes('klaviyo')) return 'klaviyo';
  if (h.includes('mktorest') || h.includes('marketo')) return 'marketo';
  return null;
}

/** Display names for the canonical destinations. */
const DESTINATION_NAMES: Record<string, string> = {
  hubspot: 'HubSpot',
  salesforce: 'Salesforce',
  stripe: 'Stripe',
  mailchimp: 'Mailchimp',
  intercom: 'Intercom',
  pipedrive: 'Pipedrive',
  zendesk: 'Zendesk',
  google: 'Google',
  'microsoft-graph': 'Microsoft Graph',
  shopify: 'Shopify',
  klaviyo: 'Klaviyo',
  marketo: 'Marketo',
};

export function displayDestination(d: string | null): string {
  if (d === null) return 'the destination';
  return DESTINATION_NAMES[d] ?? d;
}
