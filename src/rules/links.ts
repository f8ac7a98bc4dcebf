import type { Category } from '../types.js';

/**
 * Where a human fixes each kind of problem, per destination: reconnect / app settings (auth),
 * user roles and scopes (permissions), billing and limits (plan), property / field settings
 * (validation), the status page (outage, transient; rate-limit rules link their limits page). A config file overrides these with the
 * team's own URLs (config/).
 */
type Links = Partial<Record<Category, string>>;

export const DEFAULT_LINKS: Record<string, Links> = {
  hubspot: {
    auth: 'https://knowledge.hubspot.com/integrations/connect-apps-to-hubspot',
    permissions: 'https://developers.hubspot.com/docs/guides/apps/authentication/scopes',
    plan: 'https://developers.hubspot.com/docs/guides/apps/api-usage/usage-details',
    validation: 'https://knowledge.hubspot.com/properties/create-and-edit-properties',
    outage: 'https://status.hubspot.com',
    transient: 'https://status.hubspot.com',
  },
  salesforce: {
    auth: 'https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_flows.htm',
    permissions: 'https://help.salesforce.com/s/articleView?id=sf.admin_userperms.htm',
    plan: 'https://developer.salesforce.com/docs/atlas.en-us.salesforce_app_limits_cheatsheet.meta/salesforce_app_limits_cheatsheet/salesforce_app_limits_platform_api.htm',
    validation: 'https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm',
    outage: 'https://status.salesforce.com',
    transient: 'https://status.salesforce.com',
  },
  stripe: {
    auth: 'https://dashboard.stripe.com/apikeys',
    permissions: 'https://docs.stripe.com/keys#limit-access',
    plan: 'https://dashboard.stripe.com/settings/billing',
    validation: 'https://docs.stripe.com/error-codes',
    outage: 'https://status.stripe.com',
    transient: 'https://status.stripe.com',
  },
  mailchimp: {
    auth: 'https://mailchimp.com/help/about-api-keys/',
    permissions: 'https://mailchimp.com/help/manage-user-levels-in-your-account/',
    plan: 'https://mailchimp.com/pricing/',
    validation: 'https://mailchimp.com/developer/marketing/docs/errors/',
    outage: 'https://status.mailchimp.com',
    transient: 'https://status.mailchimp.com',
  },
  intercom: {
    auth: 'https://developers.intercom.com/docs/build-an-integration/learn-more/authentication',
    permissions: 'https://developers.intercom.com/docs/build-an-integration/learn-more/authentication/oauth-scopes',
    plan: 'https://www.intercom.com/pricing',
    validation: 'https://developers.intercom.com/docs/references/rest-api/errors/error-codes',
    outage: 'https://www.intercomstatus.com',
    transient: 'https://www.intercomstatus.com',
  },
  pipedrive: {
    auth: 'https://pipedrive.readme.io/docs/how-to-find-the-api-token',
    permissions: 'https://support.pipedrive.com/en/article/permission-sets',
    plan: 'https://support.pipedrive.com/en/article/billing',
    validation: 'https://pipedrive.readme.io/docs/core-api-concepts-http-status-codes',
    outage: 'https://status.pipedrive.com',
    transient: 'https://status.pipedrive.com',
  },
  google: {
    auth: 'https://developers.google.com/identity/protocols/oauth2',
    permissions: 'https://console.cloud.google.com/iam-admin/iam',
    plan: 'https://console.cloud.google.com/apis/dashboard',
    validation: 'https://cloud.google.com/apis/design/errors',
    outage: 'https://status.cloud.google.com',
    transient: 'https://status.cloud.google.com',
  },
  'microsoft-graph': {
    auth: 'https://learn.microsoft.com/en-us/graph/auth/',
    permissions: 'https://learn.microsoft.com/en-us/graph/permissions-reference',
    plan: 'https://learn.microsoft.com/en-us/graph/errors',
    validation: 'https://learn.microsoft.com/en-us/graph/errors',
    outage: 'https://status.cloud.microsoft',
    transient: 'https://status.cloud.microsoft',
  },
  shopify: {
    auth: 'https://shopify.dev/docs/apps/build/authentication-authorization',
    permissions: 'https://shopify.dev/docs/api/usage/access-scopes',
    plan: 'https://help.shopify.com/en/manual/your-account/manage-billing',
    validation: 'https://shopify.dev/docs/api/usage/response-codes',
    outage: 'https://www.shopifystatus.com',
    transient: 'https://www.shopifystatus.com',
  },
  zendesk: {
    auth: 'https://support.zendesk.com/hc/en-us/articles/4408889192858',
    permissions: 'https://support.zendesk.com/hc/en-us/articles/4408832171034',
    validation: 'https://developer.zendesk.com/api-reference/introduction/requests/',
    outage: 'https://status.zendesk.com',
    transient: 'https://status.zendesk.com',
  },
  klaviyo: {
    auth: 'https://developers.klaviyo.com/en/docs/authenticate_',
    validation: 'https://developers.klaviyo.com/en/docs/api_overview',
    outage: 'https://status.klaviyo.com',
    transient: 'https://status.klaviyo.com',
  },
  marketo: {
    auth: 'https://experienceleague.adobe.com/en/docs/marketo-developer/marketo/rest/authentication',
    permissions: 'https://experienceleague.adobe.com/en/docs/marketo-developer/marketo/rest/error-codes',
    plan: 'https://experienceleague.adobe.com/en/docs/marketo-developer/marketo/rest/error-codes',
    validation: 'https://experienceleague.adobe.com/en/docs/marketo-developer/marketo/rest/error-codes',
    transient: 'https://experienceleague.adobe.com/en/docs/marketo-developer/marketo/rest/error-codes',
  },
};

/**
 * With no known destination there is no page where a human fixes it: no link rather than a
 * generic one (rules whose standard is the fix, like OAuth's, carry their own link).
 */
const GENERIC_LINKS: Links = {};

/** A config file's link for (destination, category, field, cause), or null to use the defaults. */
export type LinkOverride = (destination: string | null, category: Category, field: string | null, cause: string) => string | null;

let overrides: LinkOverride = () => null;

/** Installs the config file's link templates; they win over every built-in link. */
export function setLinkOverrides(fn: LinkOverride): void {
  overrides = fn;
}

/** Where to fix it: the team's link, else the rule's own, else the destination's page, else the standard. */
export function linkFor(destination: string | null, category: Category, field: string | null = null, cause = '', ruleLink?: string): string | null {
  const custom = overrides(destination, category, field, cause);
  if (custom !== null) return custom;
  if (ruleLink !== undefined) return ruleLink;
  if (destination !== null) {
    const own = DEFAULT_LINKS[destination]?.[category];
    if (own !== undefined) return own;
  }
  return GENERIC_LINKS[category] ?? null;
}

