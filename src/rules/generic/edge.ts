import type { RulePack } from '../rule.js';

/**
 * Pages that CDNs, gateways and maintenance modes answer instead of the API: HTML or canned
 * bodies. They come before the network pack, because "522: Connection timed out" is Cloudflare
 * saying the origin is down, not a client-side timeout.
 * Sources: Cloudflare 5xx error documentation; HubSpot error-handling page (521-526).
 */
export const edge: RulePack = {
  name: 'edge',
  rules: [
    // Cloudflare error pages: "<title>host | 521: Web server is down</title>".
    {
      id: 'edge/cloudflare-down',
      category: 'outage',
      cause: 'HTTP 521-523 origin down',
      message: /\b52[123]: (?:Web server is down|Connection timed out|Origin is unreachable)|Error code 52[123]\b/i,
      summary: 'Destination origin down behind its CDN',
      fix: 'Nothing to fix: the destination is down; check its status page and resume when it is back.',
    },
    {
      id: 'edge/cloudflare-ssl',
      category: 'outage',
      cause: 'HTTP 525/526 SSL',
      message: /\b52[56]: (?:SSL handshake failed|Invalid SSL certificate)|Error code 52[56]\b/i,
      summary: 'Destination SSL misconfigured behind its CDN',
      fix: 'Nothing to fix here: contact the destination’s support; check its status page.',
    },
    {
      id: 'edge/cloudflare-timeout',
      category: 'transient',
      cause: 'HTTP 524 origin timeout',
      message: /\b524: A timeout occurred|524 Origin Time-?out|Error code 524\b|\b520: Web server is returning an unknown error/i,
      summary: 'Destination origin timed out behind its CDN',
      fix: 'Retry with backoff; the request may have succeeded, so retries must be idempotent.',
    },
    {
      id: 'edge/maintenance',
      category: 'outage',
      cause: 'maintenance',
      message: /down for maintenance|DownForMaintenance|(?:scheduled|planned) maintenance|under maintenance|maintenance mode|temporarily down for maintenance|(?:unavailable|down|offline) due to (?:scheduled |planned |server )?maintenance|\bDue to server maintenance\b|\bwe(?:'|’| wi)ll be back (?:soon|shortly)\b/i,
      summary: 'Destination down for maintenance',
      fix: 'Nothing to fix: wait for the maintenance window to end (status page), then resume.',
    },
    {
      id: 'edge/gateway-page',
      category: 'transient',
      cause: 'gateway error',
      message: /\b502 Bad Gateway\b|\b503 Service (?:Temporarily )?Unavailable\b|\b504 Gateway Time-?out\b|Endpoint request timed out|upstream connect error|no healthy upstream/i,
      summary: 'Gateway or proxy error in front of the destination',
      fix: 'Retry with backoff; if it persists for the whole run, the destination is down (status page).',
    },
  ],
};
