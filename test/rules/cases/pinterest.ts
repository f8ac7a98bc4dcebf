import type { RuleCase } from '../rule-tester.js';

/**
 * Pinterest API v5 `{"code":<n>,"message":…}` bodies. Sources: pinterest/api-description
 * v5/openapi.yaml examples; pinterest-node-api #20; developers.pinterest.com rate limits.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const pinterestCases: RuleCase[] = [
  {
    line: j({ level: 'error', url: 'https://api.pinterest.com/v5/ad_accounts/549755885175/events', status: 401, response: { code: 2, message: 'Authentication failed.' } }),
    category: 'auth',
    cause: '2',
    destination: 'pinterest',
    rule: 'pinterest/authentication',
    note: 'code 2 on a Pinterest line; the host names it',
  },
  {
    line: j({ level: 'error', destination: 'pinterest', status: 401, response: { code: 3, message: 'Your token does not have sufficient permissions to perform this operation. Please ensure your token is authorized with the correct set of scopes.' } }),
    category: 'permissions',
    rule: 'pinterest/scope',
    note: 'near miss: a 401 whose code says a scope is missing',
  },
  {
    line: j({ level: 'error', destination: 'pinterest_conversions', status: 403, response: { code: 29, message: 'You are not permitted to access that resource.' } }),
    category: 'permissions',
    destination: 'pinterest',
    rule: 'pinterest/not-permitted',
    note: 'code 29: no access to the ad account (not a rate limit)',
  },
  {
    line: j({ level: 'warn', destination: 'pinterest', status: 429, response: { code: 8, message: 'This request exceeded a rate limit. This can happen if the client exceeds one of the published rate limits within a short time window.' } }),
    category: 'transient',
    rule: 'pinterest/rate-limit',
    note: 'code 8 rate limit',
  },
  {
    line: j({ level: 'error', destination: 'pinterest', status: 403, response: { code: 2626, message: 'We are reviewing your account. Please see business hub for more details. https://www.pinterest.com/business/hub/' } }),
    category: 'plan',
    rule: 'pinterest/account-standing',
    note: 'account under review: no grant or retry fixes it',
  },
  {
    line: j({ level: 'error', destination: 'pinterest', status: 400, response: { code: 1, message: "Parameter 'page_size' was not numeric (was 3e)" } }),
    category: 'validation',
    rule: 'pinterest/invalid',
    note: 'code 1 invalid parameter',
  },
  {
    line: 'pinterest.utils.sdk_exceptions.SdkException: (429) Reason: Too Many Requests. This request exceeded a rate limit. This can happen if the client exceeds one of the published rate limits within a short time window.',
    category: 'transient',
    destination: 'pinterest',
    rule: 'pinterest/rate-limit-text',
    note: 'Python SDK exception text, no code',
  },
  {
    line: j({ level: 'error', destination: 'pinterest', status: 422, response: { message: 'Not all events were successfully processed.', details: { events: [{ status: 'failed', error_message: "'em' must be a valid SHA256 hash", warning_message: null }] } } }),
    category: 'validation',
    destination: 'pinterest',
    note: 'Conversions API 422 with per-event errors',
  },
  {
    line: 'POST https://api.pinterest.com/v5/ad_accounts/549755885175/events 422 Unprocessable Entity',
    category: 'validation',
    destination: 'pinterest',
    rule: 'pinterest/events-failed',
    note: 'a bare 422 of the Conversions API',
  },
];
