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
  ['bigquery', 'bigquery'],
  ['googleads', 'google'],
  ['googlesheets', 'google'],
  ['google', 'google'],
  ['msgraph', 'microsoft-graph'],
  ['microsoftgraph', 'microsoft-graph'],
  ['dynamics', 'microsoft-graph'],
  ['shopify', 'shopify'],
  ['klaviyo', 'klaviyo'],
  ['marketo', 'marketo'],
  ['quickbooks', 'quickbooks'],
  ['jira', 'jira'],
  ['slack', 'slack'],
  ['snowflake', 'snowflake'],
  ['facebook', 'facebook'],
  ['brevo', 'brevo'],
  ['sendinblue', 'brevo'],
  ['postgres', 'postgres'],
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

/**
 * API hosts, SDK / package / exception names and provider names written in prose → destination,
 * most specific first (BigQuery before the other Google APIs). One compiled regex with a group per
 * provider, run only on error lines.
 */
const TEXT_HINTS: Array<[pattern: string, destination: string]> = [
  ['api\\.hubapi\\.com|hubapi\\.com|hubspot', 'hubspot'],
  ['[\\w-]+\\.(?:my\\.)?salesforce\\.com|force\\.com|salesforce|simple_salesforce|sfdc', 'salesforce'],
  ['api\\.stripe\\.com|stripe', 'stripe'],
  ['api\\.mailchimp\\.com|mailchimp', 'mailchimp'],
  ['api\\.intercom\\.io|intercom', 'intercom'],
  ['[\\w-]*\\.?pipedrive\\.com|pipedrive', 'pipedrive'],
  ['bigquery\\.googleapis\\.com|google\\.cloud\\.bigquery|bigquery', 'bigquery'],
  ['googleapis\\.com|google\\.auth|googleapiclient|gspread', 'google'],
  ['graph\\.microsoft\\.com|Microsoft\\.Graph|msgraph', 'microsoft-graph'],
  ['myshopify\\.com|shopify', 'shopify'],
  ['zendesk\\.com|zendesk|zenpy', 'zendesk'],
  ['klaviyo\\.com|klaviyo', 'klaviyo'],
  ['mktorest\\.com|marketo', 'marketo'],
  ['quickbooks\\.api\\.intuit\\.com|Intuit\\.Ipp|quickbooks|intuit', 'quickbooks'],
  ['[\\w-]+\\.atlassian\\.net|jira', 'jira'],
  ['slack\\.com|slack_sdk|slack', 'slack'],
  ['snowflakecomputing\\.com|snowflake', 'snowflake'],
  ['graph\\.facebook\\.com|facebook_business|facebook', 'facebook'],
  ['api\\.brevo\\.com|sendinblue|brevo', 'brevo'],
  ['psycopg2?|postgres(?:ql)?', 'postgres'],
];

const TEXT_HINT_RE = new RegExp(`\\b(?:${TEXT_HINTS.map(([p]) => `(${p})`).join('|')})\\b`, 'i');

export function destinationFromText(text: string): string | null {
  const m = TEXT_HINT_RE.exec(text);
  if (m === null) return null;
  for (let i = 1; i < m.length; i++) if (m[i] !== undefined) return TEXT_HINTS[i - 1][1];
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
  bigquery: 'BigQuery',
  quickbooks: 'QuickBooks',
  jira: 'Jira',
  slack: 'Slack',
  snowflake: 'Snowflake',
  facebook: 'Facebook',
  brevo: 'Brevo',
  postgres: 'PostgreSQL',
};

export function displayDestination(d: string | null): string {
  if (d === null) return 'the destination';
  return DESTINATION_NAMES[d] ?? d;
}
