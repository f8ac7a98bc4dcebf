import type { RuleCase } from '../rule-tester.js';

/**
 * Cloudflare API (`api.cloudflare.com/client/v4`) errors: v4 bodies (`success`, `errors[].code`), Wrangler's
 * "A request to the Cloudflare API (…) failed." with "[code: N]", the Terraform provider, cert-manager,
 * octoDNS and DDNS clients.
 * Sources: developers.cloudflare.com/fundamentals/api/reference/limits; cloudflare/workers-sdk #2863,
 * #3582, #5399, #13857, #2877; jplhomer/superflare #30; cloudflare/wrangler-legacy #932, #742;
 * cloudflare/terraform-provider-cloudflare #1533; cert-manager/cert-manager #4465;
 * ChrispyBacon-dev/DockFlare #177; octodns/octodns-cloudflare #60; putyourlightson/craft-cloudflare #88;
 * lablabs/cloudflare-exporter #74; RiotGames/cloud-inquisitor #153.
 */
export const cloudflareCases: RuleCase[] = [
  {
    line: "{\"level\":\"error\",\"url\":\"https://api.cloudflare.com/client/v4/zones/023e105f4ecef8ad9ca31a8372d0c353/dns_records\",\"status\":403,\"body\":{\"success\":false,\"errors\":[{\"code\":10000,\"message\":\"Authentication error\"}],\"messages\":[],\"result\":null}}",
    category: 'auth',
    destination: 'cloudflare',
    rule: 'cloudflare/auth',
    note: 'wrangler-legacy #932 and #742: the v4 body for code 10000 "Authentication error"',
  },
  {
    line: "│ Error: error creating Filter for zone \"9a7806061c88ada191ed06f989cc3dac\": HTTP status 403: Authentication error (10000) │ with cloudflare_filter.block_bots, on filters.tf line 1, in resource \"cloudflare_filter\" \"block_bots\":",
    category: 'auth',
    destination: 'cloudflare',
    rule: 'cloudflare/auth-text',
    note: 'terraform-provider-cloudflare #1533: the provider prints "HTTP status 403: Authentication error (10000)"; the resource address names Cloudflare',
  },
  {
    line: "2026-05-15 10:59:31 [web.INFO] [cloudflare] Connection test failed with exception: {\"success\":false,\"errors\":[{\"code\":6003,\"message\":\"Invalid request headers\",\"error_chain\":[{\"code\":6103,\"message\":\"Invalid format for X-Auth-Key header\"}]}],\"messages\":[],\"result\":null} {\"memory\":46575120}",
    category: 'auth',
    destination: 'cloudflare',
    rule: 'cloudflare/auth-text',
    note: 'craft-cloudflare #88: 6003 with its error_chain 6103 (a malformed key); the X-Auth-Key wording names Cloudflare',
  },
  {
    line: "✘ [ERROR] A request to the Cloudflare API (/accounts/5b3d23f7aa124b3b0701c521a5ca9dc0/workers/scripts/proxy-prod/bindings) failed. Authentication error [code: 10000]",
    category: 'auth',
    destination: 'cloudflare',
    rule: 'cloudflare/auth-text',
    note: 'workers-sdk #3582: Wrangler prints the message and "[code: 10000]" (here an IP filter on the token)',
  },
  {
    line: "✘ [ERROR] A request to the Cloudflare API (/memberships) failed. Authentication failed (status: 400) [code: 9106]",
    category: 'auth',
    destination: 'cloudflare',
    rule: 'cloudflare/auth-text',
    note: 'workers-sdk #13857: 9106 missing authentication headers',
  },
  {
    line: "while querying the Cloudflare API for GET \"/zones?name=_acme-challenge.sub.domain\" Error: 9109: Invalid access token",
    category: 'auth',
    destination: 'cloudflare',
    rule: 'cloudflare/auth-text',
    note: 'cert-manager #4465: "9109: Invalid access token"',
  },
  {
    line: "dockflare  | 2025-08-09 20:05:30 [ERROR] [waitress-6] CF API Response Status: 403 for https://api.cloudflare.com/client/v4/accounts/0b1c2d/access/apps/5f6e/policies {\"success\":false,\"errors\":[{\"code\":9109,\"message\":\"Unauthorized to access requested resource\"}],\"messages\":[],\"result\":null}",
    category: 'permissions',
    destination: 'cloudflare',
    rule: 'cloudflare/unauthorized-resource',
    note: 'DockFlare #177: 9109 "Unauthorized to access requested resource" is a valid token without the permission',
  },
  {
    line: "octodns_cloudflare.CloudflareAuthenticationError: Unauthorized to access requested resource",
    category: 'permissions',
    destination: 'cloudflare',
    rule: 'cloudflare/unauthorized-resource-text',
    note: 'octodns-cloudflare #60: the same refusal through octoDNS, whose class says authentication',
  },
  {
    line: "✘ [ERROR] A request to the Cloudflare API (/accounts/11169b9898799a500955033fe5dfa032/r2/buckets) failed. Please enable R2 through the Cloudflare Dashboard. [code: 10042]",
    category: 'plan',
    destination: 'cloudflare',
    rule: 'cloudflare/not-entitled',
    note: 'workers-sdk #2877 and #5399: R2 is not enabled on the account (10042)',
  },
  {
    line: "✘ [ERROR] A request to the Cloudflare API (/accounts/xxx/workers/queues) failed. workers.api.error.not_entitled [code: 10015]",
    category: 'plan',
    destination: 'cloudflare',
    rule: 'cloudflare/not-entitled',
    note: 'superflare #30: Queues need Workers Paid (10015 not_entitled)',
  },
  {
    line: '{"level":"error","url":"https://api.cloudflare.com/client/v4/zones","status":400,"body":{"success":false,"errors":[{"code":1104,"message":"Partial zone signup not allowed"}],"messages":[],"result":null}}',
    category: 'plan',
    destination: 'cloudflare',
    rule: 'cloudflare/not-entitled',
    note: 'a CNAME (partial) zone on an account whose plan lacks the entitlement',
  },
  {
    line: "HTTP status 429: More than 1200 requests per 300 seconds reached. Please wait and consider throttling your request speed",
    category: 'transient',
    destination: 'cloudflare',
    rule: 'cloudflare/rate-limit',
    note: 'lablabs/cloudflare-exporter #74: 1,200 requests per five minutes',
  },
  {
    line: "cloud_inquisitor.exceptions.CloudFlareError: Request failed: {\"success\":false,\"errors\":[{\"code\":10100,\"message\":\"More than 1200 requests per 300 seconds reached. Please wait and consider throttling your request speed\"}],\"messages\":[],\"result\":null}",
    category: 'transient',
    destination: 'cloudflare',
    rule: 'cloudflare/rate-limit',
    note: 'cloud-inquisitor #153: the same limit as code 10100 in the body',
  },
  {
    line: "{\"level\":\"error\",\"url\":\"https://api.cloudflare.com/client/v4/zones/023e105f4ecef8ad9ca31a8372d0c353/dns_records\",\"status\":400,\"body\":{\"success\":false,\"errors\":[{\"code\":81057,\"message\":\"Record already exists.\"}],\"messages\":[],\"result\":null}}",
    category: 'validation',
    destination: 'cloudflare',
    rule: 'cloudflare/request',
    note: 'v4 body 81057 "Record already exists." (external-dns / DDNS clients creating a record twice)',
  },
  {
    line: "✘ [ERROR] A request to the Cloudflare API (/zones/9a7806061c88ada191ed06f989cc3dac/workers/routes) failed. Could not route to /zones/9a7806061c88ada191ed06f989cc3dac/workers/routes, perhaps your object identifier is invalid? [code: 7003]",
    category: 'validation',
    destination: 'cloudflare',
    rule: 'cloudflare/request-text',
    note: 'workers-sdk #2863: a zone id given where the path needs another (7003)',
  },
  {
    line: "{\"result\":{\"id\":\"6247ac8d9c10ba11154a2b82d35953b7\",\"status\":\"active\"},\"success\":true,\"errors\":[],\"messages\":[{\"code\":10000,\"message\":\"This API Token is valid and active\",\"type\":null}]}",
    category: 'none',
    rule: 'builtin/none',
    note: 'the token verify answer carries code 10000 under messages with success true: no finding',
  },
];
