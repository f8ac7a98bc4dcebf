import type { RuleCase } from '../rule-tester.js';

/**
 * Zoom API `{"code":<n>,"message":"…"}` bodies and the two 429 wordings.
 * Sources: developers.zoom.us/docs/api/errors and /docs/api/rate-limits; zoom-laravel #15 (4711),
 * zulip #33057 (124, 1001), laravel-zoom #22 (124).
 */
const j = (o: unknown): string => JSON.stringify(o);

export const zoomCases: RuleCase[] = [
  {
    line: 'Client error: `GET https://api.zoom.us/v2/users?page_size=300&status=active` resulted in a `400 Bad Request` response: {"code":4711,"message":"Invalid access token, does not contain scopes:[user:read:list_users:admin]."}',
    category: 'permissions',
    destination: 'zoom',
    field: 'user:read:list_users:admin',
    rule: 'zoom/missing-scope',
    note: '4711: valid token without the scope; the host names Zoom',
  },
  {
    line: '2026-03-09T09:00:00Z ERROR zoomus request failed: 400 Invalid access token, does not contain scopes:[meeting:read:list_meetings:admin].',
    category: 'permissions',
    destination: 'zoom',
    rule: 'zoom/missing-scope-text',
    note: 'the zoomus client prints the message without the code',
  },
  {
    line: j({ level: 'error', destination: 'zoom', status: 401, body: { code: 124, message: 'Invalid access token.' } }),
    category: 'auth',
    rule: 'zoom/invalid-token',
    note: '124 invalid token',
  },
  {
    line: j({ level: 'error', destination: 'zoom', status: 401, body: { code: 124, message: 'Access token is expired.' } }),
    category: 'auth',
    rule: 'zoom/invalid-token',
    note: '124 expired token',
  },
  {
    line: j({ level: 'warn', status: 429, url: 'https://api.zoom.us/v2/report/meetings', body: { code: 429, message: 'You have reached the maximum daily rate limit for this API. Refer to the response header for details on when you can make another request.' } }),
    category: 'plan',
    destination: 'zoom',
    rule: 'zoom/daily-limit',
    note: 'daily quota of the plan: waiting for tomorrow or upgrading, not a quick retry',
  },
  {
    line: j({ level: 'warn', status: 429, url: 'https://api.zoom.us/v2/users/me/meetings', body: { code: 429, message: 'You have reached the maximum per-second rate limit for this API. Try again later.' } }),
    category: 'transient',
    destination: 'zoom',
    rule: 'zoom/rate-limit',
    note: 'per-second limit: retry',
  },
  {
    line: j({ level: 'error', destination: 'zoom', status: 404, body: { code: 1001, message: 'User does not exist: ada@example.com.' } }),
    category: 'validation',
    cause: '1001',
    rule: 'zoom/invalid-request',
    note: '1001 user does not exist',
  },
  {
    line: j({ level: 'error', destination: 'zoom', status: 400, body: { code: 300, message: 'Validation Failed.', errors: [{ field: 'user_info.email', message: 'Invalid field.' }] } }),
    category: 'validation',
    field: 'user_info.email',
    rule: 'zoom/invalid-request',
    note: '300 validation failed names the field',
  },
];
