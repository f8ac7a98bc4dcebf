import type { RuleCase } from '../rule-tester.js';

/**
 * Akamai EdgeGrid APIs: the API gateway's RFC 7807 problems (JSON, and as edgegrid-golang / the
 * Terraform provider and the CLIs print them).
 * Sources: akamai/edgegrid-curl #6 (full pep-authn/deny body); akamai/AkamaiOPEN-edgegrid-golang test
 * fixtures ("Inactive client token"); akamai/terraform-provider-akamai #500 and #728 (WAF deny rule
 * IPBLOCK-BURST4-54013 under pep-authn/request-error); Terraform output with pep-authz/deny; an Akamai
 * ETP CLI log ("Invalid timestamp"); operators' notes on resource-impl/forward-origin-error answered as
 * a 404 by the Edge DNS API.
 */
const j = (o: object) => JSON.stringify(o);
const P = 'https://problems.luna.akamaiapis.net/-/';
const HOST = 'https://akab-hqz3xv6gdfjlkm5t-ppr7sc2jq4n5wvbk.luna.akamaiapis.net';

export const akamaiCases: RuleCase[] = [
  {
    line: j({ type: `${P}pep-authn/deny`, title: 'Not authorized', status: 401, detail: 'The signature does not match', instance: `${HOST}/config-dns/v2/zones`, method: 'POST', serverIp: '104.81.220.242', clientIp: '203.0.113.7', requestId: '8f3a1b2c', requestTime: '2024-06-03T09:41:25Z' }),
    category: 'auth',
    destination: 'akamai',
    rule: 'akamai/authn-deny',
    note: 'akamai/edgegrid-curl #6: the gateway refused the EdgeGrid signature',
  },
  {
    line: j({ type: 'https://problems.luna-dev.akamaiapis.net/-/pep-authn/deny', title: 'Not authorized', status: 401, detail: 'Inactive client token' }),
    category: 'auth',
    destination: 'akamai',
    rule: 'akamai/authn-deny',
    note: 'edgegrid-golang fixtures: an inactive API client',
  },
  {
    line: '2023-10-24 07:00:19,175 cli-etp MainThread E API call failed with HTTP/400: b\'{\\n  "type": "https://problems.luna.akamaiapis.net/-/pep-authn/request-error",\\n  "title": "Bad request",\\n  "status": 400,\\n  "detail": "Invalid timestamp"}\'',
    category: 'auth',
    destination: 'akamai',
    rule: 'akamai/authn-deny-message',
    note: 'Akamai ETP CLI log: the request was signed with a clock that is off, so the 400 is the signature’s',
  },
  {
    line: `Error: failed to get activations for property: fetching activations: API error ${j({ type: `${P}pep-authn/request-error`, title: 'Bad request', detail: 'WAF deny rule IPBLOCK-BURST4-54013', instance: `${HOST}/papi/v1/properties/prp_812345/activations?groupId=grp_1&contractId=ctr_1`, statusCode: 400 })}`,
    category: 'transient',
    destination: 'akamai',
    rule: 'akamai/waf-burst',
    note: 'terraform-provider-akamai #500: the same authn type carries the gateway’s burst block',
  },
  {
    line: '│ Error: Title: Forbidden; Type: https://problems.luna.akamaiapis.net/-/pep-authz/deny; Detail: The client does not have the grant needed for the request',
    category: 'permissions',
    destination: 'akamai',
    rule: 'akamai/authz-deny-message',
    note: 'Terraform output (edgegrid-golang’s Error()): the API client lacks the API’s grant',
  },
  {
    line: j({ type: `${P}pep-authz/deny`, title: 'Forbidden', status: 403, detail: 'The client does not have the grant needed for the request', instance: `${HOST}/client-list/v1/lists` }),
    category: 'permissions',
    destination: 'akamai',
    rule: 'akamai/authz-deny',
    note: 'the same problem as JSON',
  },
  {
    line: j({ type: `${P}resource-impl/forward-origin-error`, title: 'Not Found', status: 404, instance: `${HOST}/config-dns/v2/zones/example.com/recordsets` }),
    category: 'transient',
    destination: 'akamai',
    rule: 'akamai/forward-origin-error',
    note: 'operators’ notes: a 404 that means the gateway could not reach Edge DNS, nothing missing',
  },
  {
    line: j({ level: 'error', msg: `Title: Not Found; Type: ${P}resource-impl/forward-origin-error; Detail: Unable to reach the origin` }),
    category: 'transient',
    destination: 'akamai',
    rule: 'akamai/forward-origin-error-message',
    note: 'the same problem in edgegrid-golang’s text, logged by a controller',
  },
];
