import type { Provider } from './provider.js';

/**
 * Sumo Logic: its management and search APIs (`api.sumologic.com/api/v1/…`, one host per deployment:
 * `api.us2.sumologic.com`, `api.eu.sumologic.com`…) and its HTTP Sources for ingestion
 * (`endpoint*.collection.sumologic.com/receiver/v1/http/…`, the targets of logstash-output-sumologic,
 * fluent-plugin-sumologic_output, the OpenTelemetry `sumologic` exporter and the Kubernetes collection).
 * API errors are `{"status":401,"id":"CARV8-GWQGO-44DGK","code":"unauthorized","message":"Credential
 * could not be verified."}`; newer APIs answer `{"id":"…","errors":[{"code":"lookup:invalid_request",
 * "message":"…","detail":"…"}]}`. The code decides, as the generic API errors table defines it:
 * - `unauthorized` (401 "Credential could not be verified."): the access ID / key is wrong or
 *   deactivated, or the call was made to another deployment's host. The servlet's HTML 401 pages say
 *   "User could not be found." (auth) or "acp1:user_ip_not_allowlisted" (the caller's IP is not on the
 *   org's allowlist: permissions).
 * - `forbidden` (403 "This operation is not allowed for your account type."), and "… is not available
 *   in your account type" details: the plan.
 * - `moved` (301, the resource must be reached through another deployment's endpoint), `notfound`
 *   (404), `method.unsupported` (405), `contenttype.invalid` (415): the request or the endpoint in the
 *   connection: validation.
 * - `rate.limit.exceeded` (429, "The API request rate is higher than 4 request per second"; also 10
 *   concurrent requests per access key, 200 active search jobs): transient.
 * Plain 429 / 5xx on ingestion are the generic HTTP rules'; these rules name Sumo Logic.
 * Sources: sumologic.com/help/docs/api/about-apis/getting-started (API errors table, rate limits,
 * endpoints by deployment), sumologic.com/help/docs/api/about-apis/troubleshooting (301 moved, 401);
 * SumoLogic/sumologic-kubernetes-collection #3116 and #1423, SumoLogic/terraform-provider-sumologic
 * #110 (HTML 401 pages) and #465 (account type detail), SumoLogic/sumologic-python-sdk #3 and #93,
 * SumoLogic/logstash-output-sumologic #65.
 */
const S = ['sumologic'];

export const provider: Provider = {
  name: 'sumologic',
  display: 'Sumo Logic',
  aliases: ['sumo'],
  // Hosts (…sumologic.com), packages and plugins (sumologic-sdk, terraform-provider-sumologic,
  // logstash.outputs.sumologic, sumologicexporter) and the name written apart.
  hints: ['sumologic[\\w-]*', 'Sumo Logic', 'sumo_logic'],
  bodyCodes: ['rate.limit.exceeded', 'contenttype.invalid', 'method.unsupported'],
  links: {
    auth: 'https://www.sumologic.com/help/docs/manage/security/access-keys/',
    permissions: 'https://www.sumologic.com/help/docs/manage/security/create-allowlist-ip-cidr-addresses/',
    plan: 'https://www.sumologic.com/help/docs/manage/manage-subscription/',
    validation: 'https://www.sumologic.com/help/docs/api/about-apis/getting-started/',
    transient: 'https://www.sumologic.com/help/docs/api/about-apis/getting-started/',
    outage: 'https://status.sumologic.com',
  },
  rules: [
    {
      id: 'sumologic/rate-limit',
      category: 'transient',
      cause: 'rate.limit.exceeded',
      code: ['rate.limit.exceeded'],
      summary: 'Sumo Logic API rate limit (4 requests a second per user, 10 concurrent per access key)',
      fix: 'Retry with backoff; lower the request rate or concurrency of the sync (or spread it over access keys of other users).',
    },
    // Before the OAuth pack's forbidden (permissions): Sumo Logic's 403 is the account type.
    {
      id: 'sumologic/account-type',
      category: 'plan',
      cause: 'not available for the account type',
      code: ['forbidden', 'lookup:invalid_request'],
      message: /\bnot (?:allowed|available) (?:for|in) your account type\b/i,
      destination: S,
      summary: 'Sumo Logic account type does not include this operation or feature',
      fix: 'Upgrade the Sumo Logic plan (or ask an admin to enable the feature) or stop calling it; retrying as is fails again.',
    },
    {
      id: 'sumologic/unauthorized',
      category: 'auth',
      cause: 'unauthorized',
      code: ['unauthorized'],
      destination: S,
      summary: 'Sumo Logic rejected the access ID / key (or the call went to another deployment)',
      fix: 'Check the access ID and key (active, not deleted with their user) and that the endpoint is your deployment’s (api.<deployment>.sumologic.com); pause the sync until then.',
    },
    {
      id: 'sumologic/user-not-found',
      category: 'auth',
      cause: 'User could not be found',
      message: /\bUser could not be found\b|\bCredential could not be verified\b/,
      destination: S,
      summary: 'Sumo Logic rejected the access ID / key',
      fix: 'Check the access ID and key and the deployment’s endpoint; pause the sync until then.',
    },
    {
      id: 'sumologic/ip-not-allowlisted',
      category: 'permissions',
      cause: 'user_ip_not_allowlisted',
      message: /\b(?:acp1:)?user_ip_not_allowlisted\b/,
      summary: 'Sumo Logic refused the caller’s IP address (not on the org’s allowlist)',
      fix: 'Add the sync’s egress IP or CIDR to the Sumo Logic allowlist (Administration → Security → Allowlist), or run it from an allowed address.',
    },
    {
      id: 'sumologic/wrong-deployment',
      category: 'validation',
      cause: 'moved',
      code: ['moved'],
      destination: S,
      summary: 'Sumo Logic answered from another deployment: the API endpoint is not your account’s',
      fix: 'Use the API endpoint of the account’s deployment (api.us2…, api.eu… as the service URL shows) in the connection.',
    },
    {
      id: 'sumologic/request',
      category: 'validation',
      cause: '{code}',
      code: ['notfound', 'method.unsupported', 'contenttype.invalid'],
      destination: S,
      summary: 'Sumo Logic rejected the request ({code})',
      fix: 'Fix the resource id, path, method or Content-Type of the call (a deleted collector, source or content item keeps failing).',
    },
  ],
};
