import type { RuleCase } from '../rule-tester.js';

/**
 * TikTok API for Business `{"code":<n>,"message":…,"request_id":…}` envelopes (HTTP 200) and API
 * v2 string codes. Sources: business-api.tiktok.com return codes; source-tiktok-marketing tests;
 * rudder-transformer tiktok_ads fixtures.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const tiktokCases: RuleCase[] = [
  {
    line: j({ level: 'error', url: 'https://business-api.tiktok.com/open_api/v1.3/report/integrated/get/', status: 200, response: { code: 40105, message: 'Access token is incorrect or has been revoked.', request_id: '2026061015295501023125104093255', data: {} } }),
    category: 'auth',
    cause: '40105',
    destination: 'tiktok',
    rule: 'tiktok/access-token',
    note: 'HTTP 200 with code 40105: the host names TikTok',
  },
  {
    line: j({ level: 'error', destination: 'tiktok_ads', status: 200, response: { code: 40001, message: 'No permission to operate pixel code: BU35TSQHT2A1QT375OMG. You must be an admin or operator of this advertiser account.', request_id: '20260304' } }),
    category: 'permissions',
    destination: 'tiktok',
    rule: 'tiktok/no-permission',
    note: '40001: the user lacks the role on the advertiser (rudder tiktok_ads fixture)',
  },
  {
    line: j({ level: 'warn', destination: 'TikTok Ads', status: 200, response: { code: 40100, message: 'Too many requests. Please retry in some time.', request_id: '20260305' } }),
    category: 'transient',
    rule: 'tiktok/rate-limit',
    note: '40100 QPS limit',
  },
  {
    line: j({ level: 'error', destination: 'tiktok', status: 200, response: { code: 40002, message: 'Batch.0.properties.contents.0.content_id: Not a valid string.', request_id: '20260306' } }),
    category: 'validation',
    field: 'content_id',
    rule: 'tiktok/invalid-params',
    note: '40002 names the path; the field is its last name',
  },
  {
    line: j({ level: 'error', destination: 'tiktok', status: 200, response: { code: 40700, message: 'Internal service error.', request_id: '20260307' } }),
    category: 'transient',
    rule: 'tiktok/internal',
    note: '40700 internal error',
  },
  {
    line: 'airbyte_cdk.utils.traced_exception.AirbyteTracedException: Stream advertisers is not available: Access token is incorrect or has been revoked. (source-tiktok-marketing)',
    category: 'auth',
    destination: 'tiktok',
    rule: 'tiktok/access-token-text',
    note: 'the Airbyte connector message without the code',
  },
  {
    line: '2026-03-04 07:45:12 WARNING source_tiktok_marketing.streams: App reaches the QPS limit. Backing off 6 seconds',
    category: 'transient',
    destination: 'tiktok',
    rule: 'tiktok/qps-text',
    note: 'QPS wording logged by the connector',
  },
  {
    line: j({ level: 'error', url: 'https://open.tiktokapis.com/v2/user/info/', status: 401, response: { error: { code: 'scope_not_authorized', message: 'The user did not authorize the scope required for completing this request.', log_id: '202603081200' } } }),
    category: 'permissions',
    destination: 'tiktok',
    rule: 'tiktok/no-permission',
    note: 'API v2 string code: a missing scope on a 401 is still a grant',
  },
];
