import type { RuleCase } from '../rule-tester.js';

/**
 * Klaviyo JSON:API errors `{"errors":[{"id","status","code","title","detail","source":{"pointer"}}]}`.
 * Codes per developers.klaviyo.com/en/docs/api_overview (errors) and rate limits (burst / steady,
 * 429 `throttled`); bodies from klaviyo-api-python issues (#15: the 429 body).
 */
const j = (o: unknown): string => JSON.stringify(o);

export const klaviyoCases: RuleCase[] = [
  {
    line: j({
      ts: '2026-03-05T14:00:00Z',
      level: 'error',
      destination: 'klaviyo',
      record_id: 'prof_b1',
      status: 429,
      body: { errors: [{ id: '0b7d4c2e-1111-4a2b-9c3d-000000000002', status: 429, code: 'throttled', title: 'Request was throttled.', detail: 'Request was throttled. Expected available in 0 seconds.', source: { pointer: '/data/' } }] },
    }),
    category: 'transient',
    cause: 'throttled',
    rule: 'klaviyo/throttled',
    note: '429 throttled: burst / steady window, transient',
  },
  {
    line: j({
      ts: '2026-03-05T14:00:10Z',
      level: 'error',
      destination: 'klaviyo',
      record_id: 'prof_b2',
      status: 400,
      body: { errors: [{ id: '3f1c0d9e-2222-4a2b-9c3d-000000000003', status: 400, code: 'invalid', title: 'Invalid input.', detail: "Invalid phone number format (Example of a valid format: '+12345678901')", source: { pointer: '/data/attributes/phone_number' } }] },
    }),
    category: 'validation',
    field: 'phone_number',
    rule: 'klaviyo/invalid',
    note: 'invalid with source.pointer: the field is the pointer’s last segment',
  },
  {
    line: j({
      ts: '2026-03-05T14:00:20Z',
      level: 'error',
      destination: 'klaviyo',
      record_id: 'list_add_b3',
      status: 404,
      body: { errors: [{ id: '9a8b7c6d-3333-4a2b-9c3d-000000000004', status: 404, code: 'not_found', title: 'Not found.', detail: 'A list with id XyZ123 does not exist.', source: { pointer: '/data/' } }] },
    }),
    category: 'validation',
    rule: 'klaviyo/not-found',
    note: 'not_found on a Klaviyo line: the list id is wrong',
  },
  {
    line: j({
      ts: '2026-03-05T14:00:30Z',
      level: 'error',
      destination: 'klaviyo',
      record_id: 'prof_b4',
      status: 401,
      body: { errors: [{ id: '1a2b3c4d-4444-4a2b-9c3d-000000000005', status: 401, code: 'not_authenticated', title: 'Authentication credentials were not provided.', detail: 'Missing or invalid private key.', source: { pointer: '/data/' } }] },
    }),
    category: 'auth',
    rule: 'klaviyo/not-authenticated',
    note: '401 not_authenticated',
  },
  {
    line: 'ts=2026-03-05T14:00:40Z level=error dest=klaviyo record_id=prof_b5 msg="klaviyo request failed: Missing or invalid private key."',
    category: 'auth',
    rule: 'klaviyo/invalid-key-message',
    note: 'the detail in prose, no code',
  },
  {
    line: j({
      ts: '2026-03-05T14:00:50Z',
      level: 'error',
      destination: 'klaviyo',
      record_id: 'evt_b6',
      status: 403,
      body: { errors: [{ id: '5e6f7a8b-5555-4a2b-9c3d-000000000006', status: 403, code: 'permission_denied', title: 'You do not have permission to perform this action.', detail: 'You do not have permission to perform this action.', source: { pointer: '/data/' } }] },
    }),
    category: 'permissions',
    rule: 'klaviyo/permission-denied',
    note: '403 permission_denied: the key lacks the scope',
  },
  {
    line: j({
      ts: '2026-03-05T14:00:55Z',
      level: 'error',
      destination: 'klaviyo',
      record_id: 'prof_b7',
      status: 409,
      body: { errors: [{ id: '7c8d9e0f-6666-4a2b-9c3d-000000000007', status: 409, code: 'duplicate_profile', title: 'Conflict.', detail: 'A profile already exists with one of these identifiers.', source: { pointer: '/data/attributes' }, meta: { duplicate_profile_id: '01JAFS0VVWGJFE7QE4EJQBA5AS' } }] },
    }),
    category: 'validation',
    rule: 'klaviyo/duplicate-profile',
    note: '409 duplicate_profile: update the existing profile',
  },
  // ---------------------------------------------------------------- near misses
  {
    line: j({ ts: '2026-03-05T14:01:00Z', level: 'error', destination: 'acme_api', record_id: 'x1', status: 400, body: { errors: [{ code: 'invalid', detail: 'bad value', source: { pointer: '/data/attributes/zip' } }] } }),
    category: 'validation',
    field: 'zip',
    destination: 'acme_api',
    rule: 'http/validation-code',
    note: 'near miss: JSON:API `invalid` from another API is the generic rule',
  },
  {
    line: j({ ts: '2026-03-05T14:01:10Z', level: 'error', destination: 'github', status: 404, body: { message: 'Not Found', code: 'not_found' } }),
    category: 'validation',
    destination: 'github',
    note: 'near miss: not_found elsewhere is not Klaviyo’s',
  },
];
