import type { Provider } from './provider.js';

/**
 * Klaviyo API (JSON:API): `{"errors":[{"id","status","code","title","detail","source":{"pointer"}}]}`.
 * `source.pointer` ("/data/attributes/email") names the field. Codes: `not_authenticated` /
 * `authentication_failed` (401), `permission_denied` (403: the private key lacks a scope),
 * `not_found`, `invalid` (400), `duplicate_profile` (409, the existing id in
 * meta.duplicate_profile_id), `throttled` (429, burst per second and steady per minute windows:
 * transient). `invalid`, `throttled` and `not_found` are every API's words: those rules are
 * Klaviyo's only on Klaviyo lines.
 * Sources: developers.klaviyo.com/en/docs/api_overview (errors, rate limits),
 * /en/docs/authenticate_ (private key scopes); bodies in klaviyo-api-python / -node issues.
 */
const K = ['klaviyo'];

export const provider: Provider = {
  name: 'klaviyo',
  display: 'Klaviyo',
  hints: ['klaviyo\\.com', 'klaviyo', 'klaviyo_api', 'KlaviyoApiError', 'KlaviyoAPI', 'KlaviyoRateLimitException'],
  rank: 95,
  links: {
    auth: 'https://developers.klaviyo.com/en/docs/authenticate_',
    permissions: 'https://developers.klaviyo.com/en/docs/authenticate_',
    validation: 'https://developers.klaviyo.com/en/docs/api_overview',
    outage: 'https://status.klaviyo.com',
    transient: 'https://developers.klaviyo.com/en/docs/rate_limits_and_error_handling',
  },
  rules: [
    {
      id: 'klaviyo/duplicate-profile',
      category: 'validation',
      cause: 'duplicate_profile',
      code: ['duplicate_profile'],
      summary: 'Profile already exists',
      fix: 'Update the existing profile (id in meta.duplicate_profile_id) instead of creating it.',
    },
    {
      id: 'klaviyo/not-authenticated',
      category: 'auth',
      cause: 'not_authenticated',
      code: ['not_authenticated', 'authentication_failed'],
      summary: 'API key missing or invalid',
      fix: 'Update the private API key; pause the sync until then.',
    },
    {
      id: 'klaviyo/permission-denied',
      category: 'permissions',
      cause: 'permission_denied',
      // gRPC's PERMISSION_DENIED, lower-cased, is Databricks', Trino's and Google's too.
      code: ['permission_denied'],
      destination: K,
      summary: 'API key lacks the scope for this call',
      fix: 'Create a key with the needed scopes and update the connection.',
    },
    {
      id: 'klaviyo/throttled',
      category: 'transient',
      cause: 'throttled',
      code: ['throttled'],
      destination: K,
      summary: 'Klaviyo rate limit (burst / steady window)',
      fix: 'Retry after Retry-After; lower concurrency for this endpoint’s burst (per second) and steady (per minute) limits.',
    },
    {
      id: 'klaviyo/invalid',
      category: 'validation',
      cause: 'invalid',
      code: ['invalid'],
      destination: K,
      summary: 'Klaviyo rejected `{field}`',
      fix: 'Fix the value mapped to `{field}` (the pointer in the error names the attribute).',
    },
    {
      id: 'klaviyo/not-found',
      category: 'validation',
      cause: 'not_found',
      code: ['not_found'],
      destination: K,
      summary: 'Klaviyo object not found (profile, list or metric id)',
      fix: 'Re-resolve the Klaviyo id (deleted or from another account) or fix the list / metric in the connection.',
    },
    // Legacy v1/v2 and SDK texts.
    {
      id: 'klaviyo/invalid-key-message',
      category: 'auth',
      cause: 'not_authenticated',
      message: /Missing or invalid private key|Incorrect authentication credentials|Authentication credentials were not provided/i,
      destination: K,
      summary: 'API key missing or invalid',
      fix: 'Update the private API key; pause the sync until then.',
    },
  ],
};
