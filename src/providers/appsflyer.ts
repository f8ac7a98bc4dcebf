import type { Provider } from './provider.js';

/**
 * AppsFlyer server-to-server events (`api2.appsflyer.com/inappevent/<app_id>`, `api3.appsflyer.com`,
 * header `authentication: <dev key / S2S key>`) and the OpenDSR GDPR API
 * (`hq1.appsflyer.com/api/gdpr/v1/opendsr_request`, bearer API token). The S2S API answers in plain
 * words (the spec's response tables):
 * - 400 "Failed to Authenticate" and 401 "Unauthorized" (the key is not this app's dev / S2S key): auth.
 * - 400 "appsflyer_id is a mandatory field", "Payload is missing or failed to parse", "Bad request":
 *   validation. (An iOS app id without its `id` prefix is answered 200 and silently dropped.)
 * - 403 "Forbidden": a "Zero Package" app does not accept attribution events: plan.
 * - 429 "Too many requests": transient.
 * OpenDSR errors are `{"error":{"code":<status>,"af_gdpr_code":"e411","message":"…"}}`:
 * - e411 ("AppID given in 'property_id' is incorrect or does not belong to your account"), e412,
 *   e413 (no permission to cancel / view the request): permissions.
 * - e2xx request state (e213 request already exists, e214 not found, e215 identities already in an
 *   open request), e3xx validation (e318 invalid identity_type, e325 invalid subject_identities
 *   value…), e414–e417 batch problems: validation.
 * - e511 (internal problem, wait 60 minutes): transient.
 * Sources: dev.appsflyer.com S2S events API and OpenDSR API references (api-evangelist/appsflyer
 * openapi/_original/appsflyer-server-to-server-events-api-for-mobile-openapi.json and
 * appsflyer-opendsr-api-openapi.json: response tables, af_gdpr_code enum); rudderlabs/rudder-transformer
 * test/integrations/destinations/af/network.ts (e411 body); dev.to "AppsFlyer S2S returns 200 when the
 * iOS app id skips the id prefix".
 */
const AF = ['appsflyer'];

export const provider: Provider = {
  name: 'appsflyer',
  display: 'AppsFlyer',
  aliases: ['appsflyers2s'],
  hints: ['[\\w-]+\\.appsflyer\\.com', 'appsflyer[\\w-]*'],
  keys: { code: ['af_gdpr_code'] },
  bodyKeys: ['af_gdpr_code'],
  links: {
    auth: 'https://support.appsflyer.com/hc/en-us/articles/360004562377',
    permissions: 'https://support.appsflyer.com/hc/en-us/articles/360001256006',
    plan: 'https://www.appsflyer.com/pricing/',
    validation: 'https://dev.appsflyer.com/hc/reference/s2s-events-api3-post',
    transient: 'https://dev.appsflyer.com/hc/docs/api-rate-limits',
    outage: 'https://status.appsflyer.com',
  },
  rules: [
    {
      id: 'appsflyer/gdpr-permission',
      category: 'permissions',
      cause: '{code}',
      code: ['e411', 'e412', 'e413'],
      destination: AF,
      summary: 'AppsFlyer OpenDSR: the app is not this account’s, or the token may not act on the request ({code})',
      fix: 'Use the app id (property_id) of an app owned by the account of the API token, or a token of the account that owns it.',
    },
    {
      id: 'appsflyer/gdpr-request',
      category: 'validation',
      cause: '{code}',
      code: [
        'e211', 'e212', 'e213', 'e214', 'e215', 'e311', 'e312', 'e313', 'e314', 'e315', 'e316', 'e317', 'e318', 'e319',
        'e321', 'e322', 'e323', 'e324', 'e325', 'e326', 'e414', 'e415', 'e416', 'e417',
      ],
      destination: AF,
      summary: 'AppsFlyer OpenDSR rejected the request ({code})',
      fix: 'Fix the request for this subject (identity type matching the app platform, a unique subject_request_id, RFC 3339 submitted_time); a duplicate of an open request can be dropped.',
    },
    {
      id: 'appsflyer/gdpr-internal',
      category: 'transient',
      cause: 'e511',
      code: ['e511'],
      destination: AF,
      summary: 'AppsFlyer OpenDSR internal problem',
      fix: 'Retry after about an hour (the documented wait for e511).',
    },
    {
      id: 'appsflyer/authentication',
      category: 'auth',
      cause: 'Failed to Authenticate',
      message: /\bFailed to Authenticate\b/i,
      destination: AF,
      summary: 'AppsFlyer rejected the dev key / S2S key',
      fix: 'Copy the S2S (or dev) key of this app from App Settings into the connection, and check the app id in the URL; pause the sync until then.',
    },
    {
      id: 'appsflyer/mandatory-field',
      category: 'validation',
      cause: 'mandatory field',
      message: /\b(\w+) is a mandatory field\b|\bPayload is missing or failed to parse\b/i,
      destination: AF,
      fieldFrom: /\b(\w+) is a mandatory field\b/i,
      summary: 'AppsFlyer rejected the event (`{field}`)',
      fix: 'Send one event per request with appsflyer_id and eventName (and a JSON-stringified eventValue); retrying the same payload fails again.',
    },
    {
      id: 'appsflyer/zero-package',
      category: 'plan',
      cause: 'Zero Package',
      message: /\bZero Package\b/i,
      summary: 'AppsFlyer app on the Zero package does not accept these events',
      fix: 'Upgrade the AppsFlyer plan of the app (Zero package apps reject S2S attribution events); pause the sync until then.',
    },
    {
      id: 'appsflyer/unauthorized',
      category: 'auth',
      cause: 'HTTP 401',
      status: [401],
      destination: AF,
      summary: 'AppsFlyer rejected the key (not this app’s S2S / dev key, or an expired API token)',
      fix: 'Use the S2S key of this app (or a current API V2 token for the management APIs); pause the sync until then.',
    },
    {
      id: 'appsflyer/forbidden',
      category: 'plan',
      cause: 'HTTP 403',
      status: [403],
      destination: AF,
      summary: 'AppsFlyer refused the events for this app (package or account restriction)',
      fix: 'Check the app’s AppsFlyer package (Zero package apps reject S2S events) and account status.',
    },
  ],
};
