import type { Provider } from './provider.js';

/**
 * The Cloudflare API (`api.cloudflare.com/client/v4/…`), as Wrangler, the Terraform provider,
 * cloudflare-go, the Python SDKs, cert-manager, external-dns and DDNS clients call it. Not Cloudflare's
 * edge pages in front of other sites ("521: Web server is down", "Error 1015 You are being rate
 * limited", `Server: cloudflare`): those are the generic edge rules' and the sites' own. Bodies are
 * `{"success":false,"errors":[{"code":10000,"message":"Authentication error"}],"messages":[],
 * "result":null}`, some with an `error_chain`; Wrangler prints `✘ [ERROR] A request to the Cloudflare
 * API (/accounts/…/workers/scripts/x) failed.` then `Authentication error [code: 10000]`. The numeric
 * code decides (with its message: a success answer carries code 10000 "This API Token is valid and
 * active" under `messages`):
 * - 10000 "Authentication error", 10001 "Unable to authenticate request", 9103 "Unknown X-Auth-Key or
 *   X-Auth-Email", 9106 "Missing X-Auth-Key, X-Auth-Email or Authorization headers", 6003 "Invalid
 *   request headers" with 6103 / 6111 "Invalid format for X-Auth-Key / Authorization header", 9109
 *   "Invalid access token": the token or key is wrong, expired or IP-restricted: auth (10000 is also
 *   what a token without the zone's or account's permission gets; the fix text says so).
 * - 9109 "Unauthorized to access requested resource": a valid token without the permission: permissions.
 * - 10042 "Please enable R2 through the Cloudflare Dashboard" / "You are not entitled to use r2",
 *   10015 "workers.api.error.not_entitled" (Queues, Durable Objects need Workers Paid), 1104 "Partial
 *   zone signup not allowed" (a CNAME setup needs the Business or Enterprise plan): plan.
 * - 971 / 10100 "More than 1200 requests per 300 seconds reached. Please wait and consider throttling
 *   your request speed" (1,200 requests per five minutes per user): transient.
 * - 7003 "Could not route to /zones/…, perhaps your object identifier is invalid?", 7000 "No route for
 *   that URI", 1004 "DNS Validation Error", 81053 / 81057 / 81058 (a record with that host already
 *   exists): the request, validation.
 * Sources: developers.cloudflare.com/fundamentals/api/reference/limits (rate limit),
 * developers.cloudflare.com/fundamentals/api/troubleshooting, developers.cloudflare.com/r2/;
 * cloudflare/workers-sdk #2863, #3582, #10117, #13857 (Wrangler auth errors), #2877 and #1124 (10042),
 * jplhomer/superflare #30 (10015 not_entitled), cloudflare/wrangler-legacy #932 and #742 (10000 body),
 * cloudflare/terraform-provider-cloudflare #1533, cert-manager/cert-manager #4465 (9109 Invalid access
 * token), octodns/octodns-cloudflare #60 and ChrispyBacon-dev/DockFlare #177 (9109 Unauthorized to
 * access requested resource), putyourlightson/craft-cloudflare #88 and jakejarvis/cloudflare-purge-action
 * #1 (6003 / 6103), lablabs/cloudflare-exporter #74 and RiotGames/cloud-inquisitor #153 (rate limit),
 * favonia/cloudflare-ddns #897.
 */
const C = ['cloudflare'];

export const provider: Provider = {
  name: 'cloudflare',
  display: 'Cloudflare',
  // cloudflare-r2 and the like are other APIs (R2 speaks S3).
  familyName: true,
  hints: [
    'api\\.cloudflare\\.com',
    // Wrangler: "A request to the Cloudflare API (/accounts/…) failed."
    'Cloudflare API',
    'cloudflare-go',
    'CloudFlare\\.exceptions(?:\\.\\w+)?',
    'CloudFlareAPIError',
    'cloudflare\\.(?:_exceptions\\.)?[A-Z]\\w*Error',
    'terraform-provider-cloudflare',
    'cf-terraforming',
    'flarectl',
    // Terraform resource addresses: "with cloudflare_record.www,".
    'cloudflare_[a-z][a-z0-9_]*\\.[\\w-]+',
    'octodns[_-]cloudflare',
  ],
  links: {
    auth: 'https://developers.cloudflare.com/fundamentals/api/get-started/create-token/',
    permissions: 'https://developers.cloudflare.com/fundamentals/api/reference/permissions/',
    plan: 'https://dash.cloudflare.com/?to=/:account/billing',
    validation: 'https://developers.cloudflare.com/api/',
    transient: 'https://developers.cloudflare.com/fundamentals/api/reference/limits/',
    outage: 'https://www.cloudflarestatus.com',
  },
  rules: [
    {
      id: 'cloudflare/auth',
      category: 'auth',
      cause: 'authentication error ({code})',
      code: ['10000', '10001', '9103', '9106', '9109', '6003', '6103', '6111'],
      message: /\bAuthentication error\b|\bUnable to authenticate request\b|\bUnknown X-Auth-Key\b|\bMissing X-Auth-Key\b|\bInvalid request headers\b|\bInvalid format for (?:X-Auth-Key|X-Auth-Email|Authorization) header\b|\bInvalid access token\b|\bAuthentication failed\b/,
      destination: C,
      summary: 'Cloudflare rejected the API token or key (wrong, expired, IP-restricted or without this scope)',
      fix: 'Check the token (curl …/user/tokens/verify): recreate it with the zone or account and permissions this call needs, and the IP filter it runs from; pause the sync until then.',
    },
    {
      id: 'cloudflare/unauthorized-resource',
      category: 'permissions',
      cause: 'unauthorized to access requested resource',
      code: ['9109'],
      message: /\bUnauthorized to access requested resource\b/,
      destination: C,
      summary: 'Cloudflare API token lacks the permission for this zone or account resource',
      fix: 'Add the permission group the call needs (Zone:Read, DNS:Edit, Workers Scripts:Edit…) for the right zone or account to the token; keep syncing other resources.',
    },
    // Wrangler and the Go clients print the code beside the message, with no body; the X-Auth-Key /
    // X-Auth-Email headers are Cloudflare's legacy key authentication, named in its own wording only.
    {
      id: 'cloudflare/auth-text',
      category: 'auth',
      cause: 'authentication error',
      message: /\b(?:Authentication error|Unable to authenticate request|Authentication failed \(status: \d+\)|Invalid access token|Invalid request headers) \[code: (?:10000|10001|9103|9106|9109|6003)\]|\b9109: Invalid access token\b|\bHTTP status 40[03]: Authentication error \(10000\)|\bInvalid format for (?:X-Auth-Key|X-Auth-Email|Authorization) header\b|\bMissing X-Auth-Key, X-Auth-Email or Authorization headers\b|\bUnknown X-Auth-Key or X-Auth-Email\b/,
      summary: 'Cloudflare rejected the API token or key (wrong, expired, IP-restricted or without this scope)',
      fix: 'Check the token (wrangler whoami, or …/user/tokens/verify): recreate it with the account or zone and permissions the command needs, and send it as "Authorization: Bearer <token>" (a Global API Key goes in X-Auth-Key with X-Auth-Email); pause the sync until then.',
    },
    {
      id: 'cloudflare/unauthorized-resource-text',
      category: 'permissions',
      cause: 'unauthorized to access requested resource',
      message: /\bUnauthorized to access requested resource\b/,
      destination: C,
      summary: 'Cloudflare API token lacks the permission for this zone or account resource',
      fix: 'Add the permission group the call needs for the right zone or account to the token; keep syncing other resources.',
    },
    {
      id: 'cloudflare/not-entitled',
      category: 'plan',
      cause: 'not entitled',
      message: /\bPlease enable R2 (?:through the Cloudflare Dashboard|Subscription for your account)\b|\bYou are not entitled to use \w+|\bworkers\.api\.error\.not_entitled\b|\bPartial zone signup not allowed\b/,
      summary: 'Cloudflare account is not subscribed to this product or feature (R2, Workers Paid, partial zones)',
      fix: 'Enable the product or plan in the Cloudflare dashboard (R2 subscription, Workers Paid for Queues and Durable Objects, Business or Enterprise for a partial CNAME zone, or add the zone as a full one); the calls fail until then.',
    },
    {
      id: 'cloudflare/rate-limit',
      category: 'transient',
      cause: 'API rate limit (1200 per 5 minutes)',
      message: /\bMore than 1200 requests per 300 seconds reached\b|\bPlease wait and consider throttling your request speed\b/,
      summary: 'Cloudflare API rate limit (1,200 requests per five minutes per user)',
      fix: 'Retry after the five-minute window; batch or cache the calls (list zones once, not per record) to stay under the limit.',
    },
    {
      id: 'cloudflare/request',
      category: 'validation',
      cause: 'request rejected ({code})',
      code: ['7000', '7003', '1004', '81053', '81057', '81058'],
      destination: C,
      summary: 'Cloudflare rejected the request (unknown id or route, invalid or duplicate record)',
      fix: 'Fix the zone / account id in the path (a zone id is not an account id) or the record the message names (it may already exist); retrying as is fails again.',
    },
    {
      id: 'cloudflare/request-text',
      category: 'validation',
      cause: 'request rejected',
      message: /\bCould not route to \/[^\s,]+, perhaps your object identifier is invalid\b|\bNo route for that URI\b/,
      destination: C,
      summary: 'Cloudflare has no such route: the zone or account id in the path is wrong',
      fix: 'Fix the zone / account id in the configuration (a zone id is not an account id; copy them from the dashboard’s Overview page).',
    },
  ],
};
