import type { RuleCase } from '../rule-tester.js';

/**
 * Postscript SMS (`api.postscript.io/api/v2`): `{type, message, code}` errors, at the top level or
 * under `error`. Sources: developers.postscript.io; rudder-transformer postscript dataDelivery
 * fixtures; PostHog's postscript source tests (requests' HTTPError text).
 */
const j = (o: unknown): string => JSON.stringify(o);

export const postscriptCases: RuleCase[] = [
  {
    line: j({ level: 'error', url: 'https://api.postscript.io/api/v2/subscribers', status: 401, body: { error: { type: 'authentication_error', message: 'Invalid API key provided', code: 'invalid_api_key' } } }),
    category: 'auth',
    destination: 'postscript',
    rule: 'postscript/invalid-key',
    note: 'invalid_api_key; the host names Postscript',
  },
  {
    line: 'requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.postscript.io/api/v2/subscribers',
    category: 'auth',
    destination: 'postscript',
    rule: 'postscript/unauthorized',
    note: 'requests’ exception text: status and host only',
  },
  {
    line: 'requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://api.postscript.io/api/v2/keywords',
    category: 'permissions',
    destination: 'postscript',
    rule: 'postscript/forbidden',
    note: 'a key without access to the endpoint or shop',
  },
  {
    line: j({ level: 'warn', destination: 'postscript', status: 429, body: { error: { type: 'rate_limit_error', message: 'Too many requests. Please try again later.', code: 'rate_limit_exceeded' } } }),
    category: 'transient',
    rule: 'postscript/rate-limit',
    note: '429 with Retry-After',
  },
  {
    line: j({
      level: 'error',
      destination: 'postscript',
      status: 400,
      record_id: 'sub-1',
      body: { error: { type: 'validation_error', message: 'Invalid phone number format', code: 'invalid_phone_number', details: { field: 'phone_number', value: 'invalid-phone' } } },
    }),
    category: 'validation',
    field: 'phone_number',
    rule: 'postscript/invalid-subscriber',
    note: 'the details name the field',
  },
  {
    line: j({ level: 'error', destination: 'postscript', status: 400, body: { type: 'validation_error', message: 'Missing required fields: phone_number, keyword', code: 'missing_required_fields' } }),
    category: 'validation',
    field: 'phone_number, keyword',
    rule: 'postscript/invalid-subscriber',
    note: 'the message lists the missing fields',
  },
  {
    line: j({ level: 'error', destination: 'postscript', status: 422, record_id: 'sub-2', body: { message: 'Subscriber has opted out' } }),
    category: 'validation',
    rule: 'postscript/subscriber-state',
    note: 'an opted-out number: leave it out of the sync',
  },
];
