import type { Provider } from './provider.js';

/**
 * Akamai APIs signed with EdgeGrid (`akab-….luna.akamaiapis.net`, Fast Purge on `….purge.
 * akamaiapis.net`; credentials in `.edgerc`, `Authorization: EG1-HMAC-SHA256 client_token=…`). The
 * API gateway answers RFC 7807 problems: `{"type":"https://problems.luna.akamaiapis.net/-/pep-authn/
 * deny","title":"Not authorized","status":401,"detail":"The signature does not match","instance":
 * "https://akab-….luna.akamaiapis.net/papi/v1/…","method":"GET","serverIp":…,"clientIp":…,
 * "requestId":…}`. edgegrid-golang (and so the Terraform provider and the CLIs) prints them as
 * "Title: Forbidden; Type: https://problems.luna.akamaiapis.net/-/pep-authz/deny; Detail: …". The
 * gateway's types decide:
 * - `pep-authn/deny` (401: "The signature does not match", "Inactive client token"): the API
 *   client's credentials or the request signing: auth.
 * - `pep-authn/request-error` (400): "Invalid timestamp" (the clock is more than a few seconds off,
 *   so the signature is refused), a malformed Authorization header: auth; but "WAF deny rule
 *   IPBLOCK-BURST4-54013" under the same type is the gateway's burst protection: transient.
 * - `pep-authz/deny` (403 "The client does not have the grant needed for the request"): the API
 *   client lacks the grant (API service and access level) for this API: permissions.
 * - `resource-impl/forward-origin-error` (404, 502…): the gateway could not reach the API behind it
 *   (nothing is missing): transient.
 * - 429 "Rate Limit Exceeded", 5xx: transient (generic); each API's own problem types (PAPI, Edge
 *   DNS, AppSec validation) decide by status as validation.
 * Sources: techdocs.akamai.com/developer/docs/create-a-client-with-custom-permissions (API services
 * and access levels of a client), techdocs.akamai.com/terraform/docs/request-limits; the EdgeGrid
 * client READMEs (akamai-edgegrid, edgegrid-python: .edgerc, requests signed with a timestamp); akamai/edgegrid-curl #6 (the full
 * pep-authn/deny body), akamai/AkamaiOPEN-edgegrid-python #47, AkamaiOPEN-edgegrid-powershell #10,
 * AkamaiOPEN-edgegrid-C-Sharp #29 ("The signature does not match"); akamai/AkamaiOPEN-edgegrid-golang
 * test fixtures ("Inactive client token"); akamai/terraform-provider-akamai #439 (Rate Limit
 * Exceeded), #500 and #728 (WAF deny rule IPBLOCK-BURST4-54013 as pep-authn/request-error); Akamai
 * ETP CLI logs (pep-authn/request-error "Invalid timestamp"); Terraform output with pep-authz/deny;
 * operators' notes on forward-origin-error from the Edge DNS API.
 */
const BASES = ['https://problems.luna.akamaiapis.net/-/', 'https://problems.luna-dev.akamaiapis.net/-/', 'https://problems.purge.akamaiapis.net/-/'];
const typeUrls = (slugs: string[]): string[] => slugs.flatMap((s) => BASES.map((b) => `${b}${s}`));
/** The type URL in text ("Type: https://problems.luna.akamaiapis.net/-/pep-authz/deny;"). */
const typeText = (slugs: string[]): string => `problems\\.(?:luna(?:-dev)?|purge)\\.akamaiapis\\.net/-/(?:${slugs.join('|')})\\b`;

const AUTHN = ['pep-authn/deny', 'pep-authn/request-error'];
const AUTHZ = ['pep-authz/deny'];
const ORIGIN = ['resource-impl/forward-origin-error'];
/** The gateway's burst protection, answered under the authn request-error type. */
const WAF_BURST = /\bWAF deny rule IPBLOCK-BURST\w*-\d+/;
/** Not the burst block: the authn types mean the credentials or the signing otherwise. */
const NOT_BURST = /^(?![\s\S]*\bWAF deny rule IPBLOCK-BURST)/;

export const provider: Provider = {
  name: 'akamai',
  display: 'Akamai',
  aliases: ['edgegrid', 'akamaiapis'],
  // API hosts, the signing scheme and client names: not the word, which edge error pages of sites
  // behind Akamai carry too.
  hints: [
    '(?:[\\w-]+\\.)*akamaiapis\\.net',
    'EG1-HMAC-SHA256',
    'akamai\\.edgegrid(?:\\.\\w+)*',
    'com\\.akamai\\.edgegrid(?:\\.\\w+)*',
    'AkamaiOPEN-edgegrid-\\w+',
    'edgegrid-(?:golang|python|curl|node)',
    'akamai-edgegrid',
    'terraform-provider-akamai',
    'akamai_[a-z]+(?:_[a-z]+)+',
  ],
  bodyCodes: typeUrls([...AUTHN, ...AUTHZ, ...ORIGIN]),
  links: {
    auth: 'https://techdocs.akamai.com/developer/docs/create-a-client-with-custom-permissions',
    permissions: 'https://techdocs.akamai.com/developer/docs/create-a-client-with-custom-permissions',
    transient: 'https://techdocs.akamai.com/terraform/docs/request-limits',
    outage: 'https://www.akamaistatus.com',
  },
  rules: [
    {
      id: 'akamai/authn-deny',
      category: 'auth',
      cause: 'EdgeGrid authentication failed',
      code: typeUrls(AUTHN),
      message: NOT_BURST,
      summary: 'Akamai refused the EdgeGrid credentials or signature',
      fix: 'Check the .edgerc section (client_token, client_secret, access_token, host of the same API client; an inactive client needs new credentials) and the machine’s clock (signatures more than a few seconds off are refused); pause the sync until then.',
    },
    {
      id: 'akamai/authz-deny',
      category: 'permissions',
      cause: 'API grant missing',
      code: typeUrls(AUTHZ),
      summary: 'Akamai API client lacks the grant for this API',
      fix: 'Give the API client the API service and access level it needs (Identity and Access Management → API clients), or use credentials that have it; keep syncing the APIs that work.',
    },
    {
      id: 'akamai/forward-origin-error',
      category: 'transient',
      cause: 'gateway could not reach the API',
      code: typeUrls(ORIGIN),
      summary: 'Akamai’s API gateway could not reach the API behind it',
      fix: 'Retry with backoff (the status may say 404: nothing is missing); check akamaistatus.com if it persists.',
    },
    // The same types in text, and the burst block under any shape.
    {
      id: 'akamai/waf-burst',
      category: 'transient',
      cause: 'WAF burst block',
      message: WAF_BURST,
      summary: 'Akamai’s API gateway blocked a burst of requests (IPBLOCK-BURST)',
      fix: 'Retry after a pause; lower the client’s parallelism (Terraform -parallelism, AKAMAI_REQUEST_LIMIT) so requests do not arrive in bursts.',
    },
    {
      id: 'akamai/authn-deny-message',
      category: 'auth',
      cause: 'EdgeGrid authentication failed',
      message: new RegExp(`${typeText(AUTHN)}|\\bInactive client token\\b`),
      summary: 'Akamai refused the EdgeGrid credentials or signature',
      fix: 'Check the .edgerc section (client_token, client_secret, access_token and host of one API client) and the machine’s clock; pause the sync until then.',
    },
    {
      id: 'akamai/authz-deny-message',
      category: 'permissions',
      cause: 'API grant missing',
      message: new RegExp(`${typeText(AUTHZ)}|\\bThe client does not have the grant needed for the request\\b`),
      summary: 'Akamai API client lacks the grant for this API',
      fix: 'Give the API client the API service and access level it needs (Identity and Access Management → API clients); keep syncing the APIs that work.',
    },
    {
      id: 'akamai/forward-origin-error-message',
      category: 'transient',
      cause: 'gateway could not reach the API',
      message: new RegExp(typeText(ORIGIN)),
      summary: 'Akamai’s API gateway could not reach the API behind it',
      fix: 'Retry with backoff; check akamaistatus.com if it persists.',
    },
  ],
};
