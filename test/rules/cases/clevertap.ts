import type { RuleCase } from '../rule-tester.js';

/**
 * CleverTap (`<region>.api.clevertap.com`): `{"status":"fail","error","code"}`, upload answers 200
 * with per-record `unprocessed[].code`. Sources: developer.clevertap.com/docs/api-errors,
 * /docs/authentication; rudder-transformer clevertap dataDelivery fixtures.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const clevertapCases: RuleCase[] = [
  {
    line: j({ level: 'error', destination: 'clevertap', status: 401, body: { status: 'fail', error: 'Invalid Credentials', code: 401 } }),
    category: 'auth',
    rule: 'clevertap/invalid-credentials',
    note: 'wrong account id / passcode, or another region’s host',
  },
  {
    line: j({ level: 'warn', url: 'https://api.clevertap.com/1/upload', status: 429, body: { status: 'fail', error: 'Too many concurrent requests', code: 429 } }),
    category: 'transient',
    destination: 'clevertap',
    rule: 'clevertap/concurrency',
    note: 'the concurrency ceiling; the host names CleverTap',
  },
  {
    line: j({
      level: 'error',
      url: 'https://in1.api.clevertap.com/1/upload',
      status: 200,
      body: { status: 'success', processed: 0, unprocessed: [{ status: 'fail', code: 515, error: 'Email invalid', record: { identity: 'u-1', type: 'profile', profileData: { Email: 'jane@' } } }] },
    }),
    category: 'validation',
    destination: 'clevertap',
    field: 'Email',
    cause: 'upload code 515',
    rule: 'clevertap/record-rejected',
    note: 'HTTP 200 with an unprocessed record: its code decides',
  },
  {
    line: j({ level: 'error', destination: 'clevertap', status: 200, body: { status: 'success', processed: 0, unprocessed: [{ status: 'fail', code: 509, error: 'Event name is mandatory', record: { identity: 'u-2', type: 'event' } }] } }),
    category: 'validation',
    cause: 'upload code 509',
    rule: 'clevertap/record-rejected',
    note: 'an event without evtName',
  },
  {
    line: j({ level: 'error', destination: 'clevertap', status: 200, body: { status: 'success', processed: 0, unprocessed: [{ status: 'fail', code: 555, error: 'Miscellaneous server error', record: { identity: 'u-3' } }] } }),
    category: 'transient',
    rule: 'clevertap/record-server-error',
    note: '555: server side, retry',
  },
  {
    line: j({ level: 'error', destination: 'hubspot', status: 400, body: { status: 'error', message: 'Property values were not valid', code: 515 } }),
    category: 'validation',
    destination: 'hubspot',
    note: 'near miss: a numeric 515 on another provider’s line is not CleverTap’s',
  },
];
