import type { Provider } from './provider.js';

/**
 * Duo Security's Admin API (and Auth / Accounts APIs) on the account's API host
 * `api-<id>.duosecurity.com` (`/admin/v1/…`, `/admin/v2/…`), signed with an integration key and
 * secret key (HMAC). Errors are `{"code": 40103, "message": "Invalid signature in request
 * credentials", "stat": "FAIL"}`, sometimes with `message_detail` (the parameter at fault). The
 * code is the HTTP status followed by two digits:
 * - 40101 "Missing request credentials", 40102 "Invalid integration key in request credentials",
 *   40103 "Invalid signature in request credentials" (a wrong secret key, a clock off by minutes,
 *   or parameters signed differently from those sent), 40112 (an expired secret key, as Duo's
 *   Authentication Proxy treats it): auth.
 * - 40301 "Access forbidden": the Admin API application lacks the permission the call needs
 *   (Grant read resource, Grant write resource, Grant administrators, Grant read log…): permissions.
 * - 40002 "Invalid request parameters" (`message_detail` names the parameter), 40401 "Resource
 *   not found": validation.
 * - 429 rate limiting is the generic rule's (duo_client backs off and retries it); 50001
 *   "Unknown internal server error" also answers a change over the one-to-many object limits
 *   (100 phones per user…), so it is left undecided.
 * duo_client_python raises `RuntimeError("Received <status> <message>")` (with " (<detail>)"
 * when there is one); DuoLogSync logs "Shutting down due to [auth producer: [Received 403 Access
 * forbidden]]"; the PowerShell module throws "40301 ; Access forbidden".
 * Sources: duo.com/docs/adminapi (API details, permissions of the Admin API application),
 * duo.com/docs/rate-limits (limits, the 50001 body); duosecurity/duo_client_python
 * duo_client/client.py (error format, 429 backoff), admin.py (40401 body);
 * duosecurity/duo_log_sync (401 messages for a bad integration or secret key) and issue #31;
 * duo_client_python #203 and duo_python #19 (403 Access forbidden: missing Grant permission);
 * mbegan/Duo-PSModule #62 (40301); Duo Authentication Proxy's fatal codes (40102, 40103, 40112,
 * 40401); community.duo.com threads on 40103 and 40102 (help.duo.com article 1338).
 */
const D = ['duo'];

export const provider: Provider = {
  name: 'duo',
  display: 'Duo Security',
  // "duo" starts other names (Duolingo): only the name itself or an alias is Duo.
  familyName: true,
  aliases: ['duosecurity', 'ciscoduo', 'duoadminapi'],
  hints: [
    '(?:[\\w-]+\\.)+duosecurity\\.com',
    'duo_client(?:\\.\\w+)*',
    'DuoLogSync',
    'duologsync',
    'duoauthproxy(?:\\.\\w+)*',
    'duo_api_(?:golang|ruby|java|csharp|php|nodejs)',
    'Duo\\.psm1',
    'Duo Admin API',
    'Duo Security',
  ],
  links: {
    auth: 'https://duo.com/docs/adminapi',
    permissions: 'https://duo.com/docs/adminapi',
    validation: 'https://duo.com/docs/adminapi',
    transient: 'https://duo.com/docs/rate-limits',
  },
  rules: [
    {
      id: 'duo/bad-credentials',
      category: 'auth',
      cause: 'Duo {code}',
      code: ['40101', '40102', '40103', '40112'],
      destination: D,
      summary: 'Duo rejected the request credentials (integration key, secret key or signature; Duo {code})',
      fix: 'Copy the integration key, secret key and API hostname of the Admin API application again, keep the sync host’s clock in sync (NTP), and sign exactly the parameters sent; pause the sync until then.',
    },
    {
      id: 'duo/bad-credentials-text',
      category: 'auth',
      cause: 'Duo request credentials',
      message: /\bInvalid (?:integration key|signature) in request credentials\b|\bMissing request credentials\b/,
      summary: 'Duo rejected the request credentials (integration key, secret key or signature)',
      fix: 'Copy the integration key, secret key and API hostname of the Admin API application again, keep the sync host’s clock in sync (NTP), and sign exactly the parameters sent; pause the sync until then.',
    },
    {
      id: 'duo/access-forbidden',
      category: 'permissions',
      cause: 'Duo 40301',
      code: ['40301'],
      destination: D,
      summary: 'Duo Admin API application lacks the permission this call needs (40301 Access forbidden)',
      fix: 'In the Duo Admin Panel, give the Admin API application the permission the endpoint needs (Grant read resource, write resource, administrators, read log…); keep syncing what it can read.',
    },
    {
      id: 'duo/access-forbidden-text',
      category: 'permissions',
      cause: 'Duo 40301',
      message: /\bReceived 403 Access forbidden\b|\b40301 ; Access forbidden\b/,
      destination: D,
      summary: 'Duo Admin API application lacks the permission this call needs (403 Access forbidden)',
      fix: 'In the Duo Admin Panel, give the Admin API application the permission the endpoint needs (Grant read resource, write resource, administrators, read log…); keep syncing what it can read.',
    },
    {
      id: 'duo/invalid-request',
      category: 'validation',
      cause: 'Duo {code}',
      code: ['40002', '40401'],
      destination: D,
      fieldFrom: /\bInvalid request parameters \(([\w.]{1,80})\)/,
      summary: 'Duo refused the request for its parameters or a resource that does not exist (Duo {code})',
      fix: 'Fix the parameter the message names (or the id of the user, phone or group looked up); retrying the same request fails again.',
    },
    {
      id: 'duo/invalid-request-text',
      category: 'validation',
      cause: 'Duo invalid request',
      message: /\bReceived 400 Invalid request parameters\b|\bReceived 404 Resource not found\b/,
      destination: D,
      fieldFrom: /\bInvalid request parameters \(([\w.]{1,80})\)/,
      summary: 'Duo refused the request for its parameters or a resource that does not exist',
      fix: 'Fix the parameter the message names (or the id of the user, phone or group looked up); retrying the same request fails again.',
    },
  ],
};
