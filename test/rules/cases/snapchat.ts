import type { RuleCase } from '../rule-tester.js';

/**
 * Snap Marketing API `request_status: ERROR` envelopes with `error_code` / `debug_message`, and the
 * statuses of Snap's own lines. Sources: developers.snap.com/marketing-api/Ads-API/errors and
 * /rate-limits; tap-snapchat-ads (E3003); rudder-transformer snapchat_custom_audience (E3002, 401).
 */
const j = (o: unknown): string => JSON.stringify(o);

export const snapchatCases: RuleCase[] = [
  {
    line: j({ level: 'error', status: 403, response: { request_status: 'ERROR', request_id: '98e2a602-3cf4-4596-a8f9-7f034161f89a', debug_message: 'Caller does not have permission', display_message: "We're sorry, but the requested resource is not available at this time", error_code: 'E3002' } }),
    category: 'permissions',
    destination: 'snapchat',
    rule: 'snapchat/no-permission',
    note: 'the Snap envelope keys name the destination; E3002 decides',
  },
  {
    line: 'ERROR tap_snapchat_ads.client | 404, E3003: Resource can not be found',
    category: 'validation',
    destination: 'snapchat',
    rule: 'snapchat/not-found-text',
    note: 'the Singer tap prints status, error_code and debug_message as text',
  },
  {
    line: j({ level: 'error', url: 'https://adsapi.snapchat.com/v1/campaigns/6a9b1c2d-0000-4b3a-9d2c-1e2f3a4b5c6d', status: 400, response: { request_status: 'ERROR', request_id: '5f0c', debug_message: 'Cannot change immutable field objective on PATCH', error_code: 'E2023' } }),
    category: 'validation',
    destination: 'snapchat',
    rule: 'snapchat/immutable-field',
    note: 'E2023 immutable field',
  },
  {
    line: j({ level: 'error', destination: 'snapchat', status: 404, response: { request_status: 'ERROR', request_id: '5ebc40', debug_message: 'Resource can not be found', display_message: "We're sorry, but the requested resource is not available at this time", error_code: 'E3003' } }),
    category: 'validation',
    rule: 'snapchat/not-found',
    note: 'E3003 in the envelope (tap-snapchat-ads docstring example)',
  },
  {
    line: 'SnapchatForbiddenError: Caller does not have permission (segment 1234567890123456)',
    category: 'permissions',
    destination: 'snapchat',
    rule: 'snapchat/caller-permission-text',
    note: 'the debug message alone, on a Snap SDK exception',
  },
  {
    line: j({ level: 'error', destination: 'snapchat_custom_audience', status: 401, response: 'unauthorized' }),
    category: 'auth',
    destination: 'snapchat',
    rule: 'snapchat/unauthorized',
    note: 'a bare "unauthorized" body: the hour-long token expired',
  },
  {
    line: 'POST https://adsapi.snapchat.com/v1/segments/7788/users 403 Forbidden',
    category: 'permissions',
    destination: 'snapchat',
    rule: 'snapchat/forbidden',
    note: 'a 403 with no body, from the host alone',
  },
  {
    line: j({ level: 'error', destination: 'Snapchat Ads', status: 400, response: { request_status: 'ERROR', request_id: '77ab', debug_message: 'Invalid schema EMAIL_SHA256 value: not a valid SHA-256 hash' } }),
    category: 'validation',
    rule: 'snapchat/bad-request',
    note: 'a 400 no code rule decides: the payload of a Snap line',
  },
  {
    line: j({ level: 'warn', destination: 'snapchat', status: 429, response: { request_status: 'ERROR', request_id: '1f2e', debug_message: 'Too many requests' } }),
    category: 'transient',
    rule: 'snapchat/rate-limit',
    note: '429: back off',
  },
];
