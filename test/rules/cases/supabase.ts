import type { RuleCase } from '../rule-tester.js';

/**
 * Supabase: PostgREST `{"code":"PGRST…","details","hint","message"}` and passed-through SQLSTATEs,
 * Auth `{"code","error_code","msg"}`, Storage `{"statusCode","error","message"}` / `{"code",…}`,
 * and the platform's service restriction.
 * Sources: PostgREST docs/references/errors.rst; supabase docs authErrorCodes.toml, storage
 * error-codes.mdx, platform http-status-codes; real bodies in public code and issues (PGRST204,
 * PGRST301, PGRST303, 42501 RLS, exceed_egress_quota, supabase-py APIError repr).
 */
const j = (o: object) => JSON.stringify(o);
const REF = 'https://abcdefghijklmnopqrst.supabase.co';
const pgrst = (code: string, message: string, details: string | null = null, hint: string | null = null) => ({ code, details, hint, message });

export const supabaseCases: RuleCase[] = [
  {
    line: j({ level: 'error', status: 400, url: `${REF}/rest/v1/profiles?id=eq.42`, body: pgrst('PGRST204', "Could not find the 'city' column of 'profiles' in the schema cache") }),
    category: 'validation',
    destination: 'supabase',
    field: 'city',
    cause: 'PGRST204 column not found',
    rule: 'supabase/column-not-found',
    note: 'PGRST204: the column named in the message is the field; the project host names Supabase',
  },
  {
    line: "postgrest.exceptions.APIError: {'message': \"Could not find the 'updated_at' column of 'end_year_reviews' in the schema cache\", 'code': 'PGRST204', 'hint': None, 'details': None}",
    category: 'validation',
    destination: 'supabase',
    field: 'updated_at',
    rule: 'supabase/column-not-found',
    note: 'supabase-py prints the body as a dict repr; the exception class names PostgREST',
  },
  {
    line: j({ level: 'error', status: 401, body: pgrst('PGRST301', 'No suitable key or wrong key type', 'None of the keys was able to decode the JWT') }),
    category: 'auth',
    destination: 'supabase',
    rule: 'supabase/jwt-invalid',
    note: 'PGRST301: a token signed with another key; the PGRST code alone names Supabase',
  },
  {
    line: j({ level: 'error', destination: 'supabase', status: 401, body: { code: 'PGRST303', message: 'JWT expired', details: null, hint: null } }),
    category: 'auth',
    rule: 'supabase/jwt-invalid',
    note: 'PGRST303: JWT claims validation (expired)',
  },
  {
    line: j({ level: 'error', destination: 'supabase', status: 403, table: 'profiles', body: pgrst('42501', 'new row violates row-level security policy for table "profiles"') }),
    category: 'permissions',
    field: 'profiles',
    rule: 'supabase/rls-denied',
    note: '42501 passed through by PostgREST: an RLS policy refused the row',
  },
  {
    line: j({ level: 'error', status: 403, url: `${REF}/storage/v1/object/avatars/u1.png`, body: { statusCode: '403', error: 'Unauthorized', message: 'new row violates row-level security policy' } }),
    category: 'permissions',
    destination: 'supabase',
    rule: 'supabase/storage-rls',
    note: 'Storage legacy shape: no policy on storage.objects',
  },
  {
    line: j({ level: 'error', status: 422, url: `${REF}/auth/v1/signup`, body: { code: 422, error_code: 'signup_disabled', msg: 'Signups not allowed for this instance' } }),
    category: 'permissions',
    destination: 'supabase',
    rule: 'supabase/auth-disabled',
    note: 'Auth signup_disabled: a project setting, not the user’s data',
  },
  {
    line: j({ level: 'error', status: 503, url: `${REF}/rest/v1/orders`, body: pgrst('PGRST002', 'Could not query the database for the schema cache. Retrying.') }),
    category: 'outage',
    destination: 'supabase',
    rule: 'supabase/db-unavailable',
    note: 'PGRST002 (503): PostgreSQL not answering',
  },
  {
    line: j({ level: 'warn', status: 429, url: `${REF}/auth/v1/otp`, body: { code: 429, error_code: 'over_email_send_rate_limit', msg: 'email rate limit exceeded' } }),
    category: 'transient',
    destination: 'supabase',
    rule: 'supabase/pool-timeout',
    note: 'Auth over_email_send_rate_limit',
  },
  {
    line: j({ level: 'error', destination: 'supabase', status: 404, body: pgrst('PGRST205', "Could not find the table 'public.work_statuses' in the schema cache", null, "Perhaps you meant the table 'public.work_status'") }),
    category: 'validation',
    rule: 'supabase/schema-cache',
    note: 'PGRST205: the table is not in the schema cache',
  },
  {
    line: j({ level: 'error', status: 422, url: `${REF}/auth/v1/admin/users`, body: { code: 422, error_code: 'email_exists', msg: 'A user with this email address has already been registered' } }),
    category: 'validation',
    destination: 'supabase',
    rule: 'supabase/bad-request',
    note: 'Auth email_exists',
  },
  {
    line: 'Error: sitemap.mlb-predictions select failed: Service for this project is restricted due to the following violations: exceed_egress_quota. The project owner must upgrade their plan or remove spend caps to restore service.',
    category: 'plan',
    destination: 'supabase',
    rule: 'supabase/service-restricted',
    note: 'the platform’s 402 restriction in supabase-js error text',
  },
  {
    line: 'ERROR upsert failed: Database error: Could not find the \'baseReqs\' column of \'tecnicos\' in the schema cache',
    category: 'validation',
    destination: 'supabase',
    field: 'baseReqs',
    rule: 'supabase/column-not-found-message',
    note: 'PGRST204 wording without the code',
  },
  {
    line: 'AuthApiError: Invalid Refresh Token: Refresh Token Not Found',
    category: 'auth',
    destination: 'supabase',
    rule: 'supabase/jwt-message',
    note: 'auth-js AuthApiError names Supabase; the refresh token’s session is gone',
  },
  {
    line: j({ level: 'error', destination: 'hasura', status: 401, body: { code: 'invalid-jwt', error: 'Could not verify JWT: JWTExpired' } }),
    category: 'auth',
    note: 'near miss: another API’s JWT error stays that API’s',
    destination: 'hasura',
  },
];
