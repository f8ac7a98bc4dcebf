import type { Provider } from './provider.js';

/**
 * TikTok API for Business / Marketing API (`business-api.tiktok.com/open_api/v1.3/…`, Events API
 * `…/event/track/` and `…/pixel/batch/`; SDK tiktok-business-api-sdk). Every answer is HTTP 200
 * `{"code":<n>,"message":"…","request_id":"…","data":{}}`, `code: 0` being success; the code decides:
 * - 40104 (access token empty), 40105 "Access token is incorrect or has been revoked.", 40101 (app id /
 *   secret invalid), 40110 (auth code invalid or expired): auth.
 * - 40001 "No permission to operate pixel code: X. You must be an admin or operator of this
 *   advertiser account.": the token's user lacks the role on the advertiser: permissions.
 * - 40100 "App reaches the QPS limit." / "Due to too many requests, requests from App are temporarily
 *   restricted.": transient.
 * - 40002 parameter errors ("Batch.0.properties.contents.0.content_id: Not a valid string", "max time
 *   span is 30 days…"), 40007 (the object does not exist): validation, the field from the path.
 * - 40700, 50000 (internal errors): transient.
 * TikTok API v2 (`open.tiktokapis.com`) uses strings instead: access_token_invalid (auth),
 * scope_not_authorized / scope_permission_missed (permissions), invalid_params (validation),
 * rate_limit_exceeded (transient). Five-digit codes are other APIs' codes too: they decide only
 * TikTok lines.
 * Sources: business-api.tiktok.com/portal/docs (Appendix – Return codes), tiktok-business-api-sdk
 * docs (code / message / request_id), developers.tiktok.com/doc/tiktok-api-v2-error-handling;
 * airbytehq source-tiktok-marketing unit tests (40105, 40100 "App reaches the QPS limit.");
 * rudderlabs/rudder-transformer tiktok_ads network fixtures and networkHandler (40001, 40002, 40100,
 * 40700); SleekFlow TikTok Business Messaging error table (40001, 40002, 40007, 40100, 40105).
 */
const T = ['tiktok'];

/** The last name of a marshmallow-style path: "Batch.0.properties.contents.0.content_id: Not a valid string". */
const FIELD = /(?:\b[\w]+\.)*([A-Za-z_]\w*): (?:Not a valid|Missing data for required field|Field may not be null|Must be one of|Unknown field|Length must)/;

export const provider: Provider = {
  name: 'tiktok',
  display: 'TikTok Ads',
  aliases: ['tiktokads', 'tiktokbusiness', 'tiktokmarketing'],
  hints: [
    'business-api\\.tiktok\\.com',
    'open\\.tiktokapis\\.com',
    'business-api-sandbox\\.tiktok\\.com',
    'tiktok[ _-](?:ads|business|marketing|events?[ _-]api|pixel)',
    'tiktok_business_api_sdk',
    'tiktok-business-api-sdk',
    'tap-tiktok',
    'source-tiktok-marketing',
  ],
  links: {
    auth: 'https://business-api.tiktok.com/portal/docs?id=1738373164380162',
    permissions: 'https://ads.tiktok.com/help/article/how-to-add-members-to-your-tiktok-ads-manager-account',
    validation: 'https://business-api.tiktok.com/portal/docs?id=1737172488964097',
    transient: 'https://business-api.tiktok.com/portal/docs?id=1740029171730433',
    outage: 'https://business-api.tiktok.com/portal',
  },
  rules: [
    {
      id: 'tiktok/access-token',
      category: 'auth',
      cause: '{code}',
      code: ['40104', '40105', '40101', '40110', 'access_token_invalid'],
      destination: T,
      summary: 'TikTok rejected the access token or app credentials ({code})',
      fix: 'Reauthorize the TikTok for Business account (long-term token revoked when the user removes the app) or fix the app id / secret; pause the sync until then.',
    },
    {
      id: 'tiktok/no-permission',
      category: 'permissions',
      cause: '{code}',
      code: ['40001', 'scope_not_authorized', 'scope_permission_missed'],
      destination: T,
      summary: 'TikTok user or token lacks access to this advertiser, pixel or scope ({code})',
      fix: 'Make the authorizing user an admin or operator of the advertiser (or share the pixel), or reauthorize with the missing scope.',
    },
    {
      id: 'tiktok/rate-limit',
      category: 'transient',
      cause: '40100',
      code: ['40100'],
      destination: T,
      summary: 'TikTok rate limit (QPS of the app or endpoint)',
      fix: 'Retry with backoff; lower concurrency (limits are per app and per endpoint).',
    },
    {
      id: 'tiktok/invalid-params',
      category: 'validation',
      cause: '{code}',
      code: ['40002', '40007', 'invalid_params'],
      destination: T,
      fieldFrom: FIELD,
      summary: 'TikTok rejected the request parameters ({code}, `{field}`)',
      fix: 'Fix the value the message names (types of properties.contents, event names, date ranges); retrying the same request fails again.',
    },
    {
      id: 'tiktok/internal',
      category: 'transient',
      cause: '{code}',
      code: ['40700', '50000', 'internal_error'],
      destination: T,
      summary: 'TikTok internal error ({code})',
      fix: 'Retry with backoff.',
    },
    // The messages, when a connector logs only them.
    {
      id: 'tiktok/access-token-text',
      category: 'auth',
      cause: '40105',
      message: /\bAccess token is (?:incorrect|invalid|empty|null)\b|\baccess token (?:has been|is) revoked\b/i,
      destination: T,
      summary: 'TikTok rejected the access token (incorrect, revoked or missing)',
      fix: 'Reauthorize the TikTok for Business account; pause the sync until then.',
    },
    {
      id: 'tiktok/qps-text',
      category: 'transient',
      cause: '40100',
      message: /\bApp reaches the QPS limit\b|\brequests from App are temporarily restricted\b/i,
      summary: 'TikTok rate limit (QPS of the app or endpoint)',
      fix: 'Retry with backoff; lower concurrency (limits are per app and per endpoint).',
    },
  ],
};
