import type { Provider } from './provider.js';

/**
 * Supabase (`<ref>.supabase.co`: `/rest/v1` PostgREST, `/auth/v1` Supabase Auth (GoTrue),
 * `/storage/v1` Storage), clients `@supabase/supabase-js` (postgrest-js, auth-js AuthApiError,
 * storage-js StorageApiError), supabase-py (`postgrest.exceptions.APIError`, `gotrue` /
 * `supabase_auth` AuthApiError, `storage3`). Three error shapes:
 * - PostgREST: `{"code":"PGRST204","details":null,"hint":null,"message":"Could not find the
 *   'city' column of 'profiles' in the schema cache"}`; PostgreSQL errors pass through with their
 *   SQLSTATE (`"code":"42501","message":"new row violates row-level security policy for table
 *   \"profiles\""`). PGRST000/001/002 (503, cannot connect to the database: outage); PGRST003 (504,
 *   no pool connection in time: transient); PGRST1xx request errors and PGRST116 (no or several
 *   rows for a singular response) (validation); PGRST200/202/205 relationship, function or table
 *   not in the schema cache, PGRST204 column not found (validation, the column the field);
 *   PGRST301 invalid JWT, PGRST302 anonymous role disabled, PGRST303 JWT claims ("JWT expired",
 *   "JWT issued at future") (auth); 42501 insufficient privilege / RLS (permissions).
 * - Auth: `{"code":422,"error_code":"weak_password","msg":"…"}`: bad_jwt, no_authorization,
 *   session_expired, session_not_found, refresh_token_not_found, refresh_token_already_used (auth);
 *   not_admin, signup_disabled, *_provider_disabled, email_address_not_authorized (permissions);
 *   validation_failed, bad_json, email_exists, phone_exists, user_already_exists, weak_password,
 *   email_address_invalid, same_password (validation); over_request_rate_limit,
 *   over_email_send_rate_limit, over_sms_send_rate_limit, request_timeout (transient).
 * - Storage: `{"statusCode":"403","error":"Unauthorized","message":"new row violates row-level
 *   security policy"}` / `{"code":"InvalidJWT",…}`: InvalidJWT (auth), AccessDenied (RLS,
 *   permissions), NoSuchBucket, NoSuchKey, InvalidKey, InvalidBucketName, InvalidMimeType,
 *   EntityTooLarge, KeyAlreadyExists, MissingParameter (validation), SlowDown, DatabaseTimeout,
 *   ResourceLocked, LockTimeout (transient).
 * The platform answers 402 "Service for this project is restricted due to the following
 * violations: exceed_egress_quota. The project owner must upgrade their plan or remove spend caps"
 * (plan).
 * Sources: PostgREST docs/references/errors.rst (PGRST groups 0–3, status table);
 * supabase/supabase apps/docs/content/errorCodes/authErrorCodes.toml and guides/storage/debugging/
 * error-codes.mdx; supabase.com/docs/guides/platform/http-status-codes (402 service restriction);
 * real bodies in public code and issues (PGRST204 "Could not find the '…' column", PGRST301 "JWT
 * expired" / "No suitable key or wrong key type", PGRST303 "JWT issued at future", exceed_egress_quota).
 */
const S = ['supabase'];

const PGRST_AUTH = ['PGRST301', 'PGRST302', 'PGRST303'];
const PGRST_DOWN = ['PGRST000', 'PGRST001', 'PGRST002'];
const PGRST_SCHEMA = ['PGRST200', 'PGRST201', 'PGRST202', 'PGRST203', 'PGRST205'];
const PGRST_REQUEST = ['PGRST100', 'PGRST102', 'PGRST103', 'PGRST105', 'PGRST106', 'PGRST107', 'PGRST108', 'PGRST109', 'PGRST110', 'PGRST114', 'PGRST115', 'PGRST116', 'PGRST118', 'PGRST119', 'PGRST120', 'PGRST122', 'PGRST123'];

/** PostgREST's schema-cache wording: "Could not find the 'city' column of 'profiles' in the schema cache". */
const COLUMN = /Could not find the '([^'\s]{1,100})' column of '[^']{1,100}' in the schema cache/;

export const provider: Provider = {
  name: 'supabase',
  display: 'Supabase',
  hints: [
    '[a-z0-9]{20}\\.supabase\\.(?:co|in)',
    'supabase\\.(?:co|com|in)',
    '@supabase/[\\w-]+',
    'supabase[-_](?:js|py|kt|swift|dart|flutter|csharp|auth|storage)',
    'postgrest[-_](?:js|py)',
    'postgrest\\.exceptions\\.APIError',
    'gotrue(?:\\.errors)?',
    'storage3',
    '(?:Auth|Storage|Postgrest)ApiError',
    'PGRST[0-9X]\\d\\d',
    // The word alone, not a self-hosted stack's service name (`supabase-analytics  | …` writing to
    // BigQuery): a compose prefix names the sender, not the destination.
    '(?<![\\w-])supabase(?![\\w-])',
  ],
  // PostgREST's own codes name Supabase's API when nothing else does.
  bodyCodes: [...PGRST_AUTH, ...PGRST_DOWN, 'PGRST003', ...PGRST_SCHEMA, 'PGRST204', ...PGRST_REQUEST].map((c) => c.toLowerCase()),
  links: {
    auth: 'https://supabase.com/docs/guides/api/api-keys',
    permissions: 'https://supabase.com/docs/guides/database/postgres/row-level-security',
    plan: 'https://supabase.com/docs/guides/platform/http-status-codes',
    validation: 'https://docs.postgrest.org/en/stable/references/errors.html',
    transient: 'https://supabase.com/docs/guides/auth/rate-limits',
    outage: 'https://status.supabase.com',
  },
  rules: [
    {
      id: 'supabase/jwt-invalid',
      category: 'auth',
      cause: '{code}',
      code: [...PGRST_AUTH, 'bad_jwt', 'no_authorization', 'session_expired', 'session_not_found', 'refresh_token_not_found', 'refresh_token_already_used', 'InvalidJWT'],
      destination: S,
      summary: 'Supabase rejected the JWT or API key ({code}: invalid, expired or missing)',
      fix: 'Refresh the session or replace the key (service_role / secret key for a server-side sync) in the connection; pause the sync until then.',
    },
    {
      id: 'supabase/rls-denied',
      category: 'permissions',
      cause: '{code} insufficient privilege',
      code: ['42501', 'AccessDenied', 'not_admin'],
      destination: S,
      fieldFrom: /(?:security policy for table|permission denied for (?:table|relation|view)) "?([\w.]{1,100})/,
      summary: 'Supabase refused the row or call: row-level security policy or missing grant ({code})',
      fix: 'Add an RLS policy (or GRANT) for the role the sync uses, or sync with the service_role / secret key, which bypasses RLS; keep syncing other tables.',
    },
    // Storage's legacy shape: {"statusCode":"403","error":"Unauthorized","message":"new row violates
    // row-level security policy"} (the docs' "403 unauthorized: add an RLS policy").
    {
      id: 'supabase/storage-rls',
      category: 'permissions',
      cause: 'storage RLS policy',
      code: ['Unauthorized'],
      message: /\bviolates row-level security policy\b/,
      destination: S,
      summary: 'Supabase Storage refused the object: no RLS policy on storage.objects allows it',
      fix: 'Add a policy on storage.objects for the bucket and the role the sync uses, or upload with the service_role / secret key; keep syncing other objects.',
    },
    {
      id: 'supabase/auth-disabled',
      category: 'permissions',
      cause: '{code}',
      code: ['signup_disabled', 'email_provider_disabled', 'phone_provider_disabled', 'provider_disabled', 'otp_disabled', 'anonymous_provider_disabled', 'manual_linking_disabled', 'email_address_not_authorized'],
      destination: S,
      summary: 'Supabase Auth feature disabled for the project ({code})',
      fix: 'Enable the sign-up method in Authentication settings (email_address_not_authorized: set up a custom SMTP provider); keep syncing other users.',
    },
    {
      id: 'supabase/db-unavailable',
      category: 'outage',
      cause: '{code} database unreachable',
      code: PGRST_DOWN,
      destination: S,
      summary: 'Supabase’s API could not connect to the database ({code}: paused, restarting or down)',
      fix: 'Check the project in the Supabase dashboard (restore a paused project) and status.supabase.com; resume when the database answers.',
    },
    {
      id: 'supabase/pool-timeout',
      category: 'transient',
      cause: '{code} busy',
      code: ['PGRST003', 'over_request_rate_limit', 'over_email_send_rate_limit', 'over_sms_send_rate_limit', 'request_timeout', 'DatabaseTimeout', 'SlowDown', 'ResourceLocked', 'LockTimeout'],
      destination: S,
      summary: 'Supabase busy or rate limited ({code})',
      fix: 'Retry with backoff; lower the sync’s concurrency (or raise the pool size / compute add-on if it recurs).',
    },
    {
      id: 'supabase/column-not-found',
      category: 'validation',
      cause: 'PGRST204 column not found',
      code: ['PGRST204'],
      destination: S,
      fieldFrom: COLUMN,
      summary: '`{field}`: column not in the table (PGRST204)',
      fix: 'Add the column (and reload PostgREST’s schema cache: NOTIFY pgrst, \'reload schema\') or remove it from the mapping.',
    },
    {
      id: 'supabase/schema-cache',
      category: 'validation',
      cause: '{code} not in the schema cache',
      code: PGRST_SCHEMA,
      destination: S,
      summary: 'Supabase API does not know the table, function or relationship the sync calls ({code})',
      fix: 'Create it or fix its name in the connection (tables must be in an exposed schema), then reload the schema cache.',
    },
    {
      id: 'supabase/bad-request',
      category: 'validation',
      cause: '{code} request rejected',
      code: [...PGRST_REQUEST, 'validation_failed', 'bad_json', 'email_exists', 'phone_exists', 'user_already_exists', 'weak_password', 'email_address_invalid', 'same_password', 'NoSuchBucket', 'NoSuchKey', 'InvalidKey', 'InvalidBucketName', 'InvalidMimeType', 'EntityTooLarge', 'KeyAlreadyExists', 'ResourceAlreadyExists', 'MissingParameter', 'InvalidRequest'],
      destination: S,
      summary: 'Supabase rejected the request ({code})',
      fix: 'Fix the value or query the message names (filters, body, the user’s email or password, the bucket or object path); retrying the same request fails again.',
    },
    // Wording that is Supabase's or PostgREST's alone.
    {
      id: 'supabase/service-restricted',
      category: 'plan',
      cause: 'service restricted',
      message: /\bService for this project is restricted due to the following violations\b|\bexceed_(?:egress|db_size|storage_size|realtime|\w{1,30})_quota\b|\boverdue_payment\b/,
      summary: 'Supabase restricted the project: usage quota exceeded or payment overdue',
      fix: 'Upgrade the plan, remove the spend cap or settle the invoice in the Supabase dashboard; pause the sync until then.',
    },
    {
      id: 'supabase/column-not-found-message',
      category: 'validation',
      cause: 'PGRST204 column not found',
      message: COLUMN,
      fieldFrom: COLUMN,
      summary: '`{field}`: column not in the table (PGRST204)',
      fix: 'Add the column (and reload the schema cache) or remove it from the mapping.',
    },
    {
      id: 'supabase/jwt-message',
      category: 'auth',
      cause: 'JWT rejected',
      message: /\bJWT expired\b|\bJWT issued at future\b|\bJWSError JWSInvalidSignature\b|\bNo suitable key or wrong key type\b|\binvalid JWT: unable to parse or verify signature\b|\bInvalid Refresh Token: (?:Refresh Token Not Found|Already Used)\b/,
      destination: S,
      summary: 'Supabase rejected the JWT (expired, clock skew or wrong signing key)',
      fix: 'Refresh the session (or check the server clock for "issued at future"); use the project’s current keys; pause the sync until then.',
    },
  ],
};
