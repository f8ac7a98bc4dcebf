import type { Provider } from './provider.js';

/**
 * Greenhouse Harvest API (`harvest.greenhouse.io/v1|v2/…`, Basic Auth with the API key as user
 * name; writes carry an `On-Behalf-Of` user id), plus the Job Board API (`boards-api.greenhouse.io`)
 * and Greenhouse's other hosts. Harvest has no error codes: it answers a status and a small JSON
 * body — `{"message":"Invalid Basic Auth credentials"}`, `{"message":"Validation error","errors":
 * [{"message":"Must be one of: candidate, prospect","field":"type"}]}`, `{"errors":[{"message":
 * "Not found"}]}`, `{"message":"Application 29622362 has been deleted."}` — so the rules decide on
 * the status of Greenhouse's lines and on its wording.
 * - 401: the API key is missing, wrong or revoked ("Invalid Basic Auth credentials"): auth.
 * - 403: the key lacks the endpoint's permission ("This API Key does not have permission for this
 *   endpoint": keys created after January 2017 need each endpoint granted in the Dev Center), or the
 *   On-Behalf-Of user cannot access the record, or a GET carried a body: permissions.
 * - 404 (a deleted application or candidate, a wrong id): validation.
 * - 422 "Validation error" with `errors[].field`: validation, by field.
 * - 429 (the X-RateLimit-Limit per 10 seconds; Retry-After and X-RateLimit-Reset say when): transient.
 * - 500: transient (the status page is status.greenhouse.io).
 * Clients: grnhse-api (Python: `grnhse.exceptions.HTTPError: 401 {"message":…}`), greenhouse_io
 * (Ruby: `GreenhouseIo::Error`, a fork adds `GreenhouseIo::ReauthorizationRequired` for Harvest v3
 * OAuth), Singer tap-greenhouse, Airbyte source-greenhouse.
 * Sources: grnhse/greenhouse-api-docs source/includes/harvest/_introduction.md (authentication,
 * endpoint permissions, rate limiting, validation body, error table) and _applications.md (the
 * deleted-application body); alecraso/grnhse-api #2 (the 401 body) and grnhse/exceptions.py;
 * airbytehq/airbyte #6238 (the endpoint-permission wording); grnhse/greenhouse-api-docs #393 (Access
 * Denied for an On-Behalf-Of user, `{"errors":[{"message":"Not found"}]}`), #505 (demographics
 * endpoints not grantable) and #576 (403 for GET bodies); greenhouse_io gem sources (GreenhouseIo::Error).
 */
const G = ['greenhouse'];

export const provider: Provider = {
  name: 'greenhouse',
  display: 'Greenhouse',
  // Not "greenhouse" alone: it is an ordinary word (greenhouse gas data).
  hints: [
    '(?:harvest|boards-api|api|app\\d?|onboarding-api)\\.greenhouse\\.io',
    'grnhse(?:\\.\\w+)*',
    'GreenhouseIo(?:::\\w+)*',
    'greenhouse_io',
    '(?:tap|source)[-_]greenhouse',
  ],
  links: {
    auth: 'https://developers.greenhouse.io/harvest.html#authentication',
    permissions: 'https://support.greenhouse.io/hc/en-us/articles/115000521723-Manage-Harvest-API-key-permissions',
    plan: 'https://www.greenhouse.com/pricing',
    validation: 'https://developers.greenhouse.io/harvest.html#validation',
    transient: 'https://developers.greenhouse.io/harvest.html#rate-limiting',
    outage: 'https://status.greenhouse.io',
  },
  rules: [
    {
      id: 'greenhouse/invalid-credentials',
      category: 'auth',
      cause: 'invalid API key',
      message: /\bInvalid Basic Auth credentials\b|\bGreenhouseIo::ReauthorizationRequired\b/,
      destination: G,
      summary: 'Greenhouse rejected the Harvest API key',
      fix: 'Create a Harvest API key in Configure → Dev Center → API Credential Management and update the connection (the key is the Basic Auth user name, the password empty); pause the sync until then.',
    },
    {
      id: 'greenhouse/endpoint-permission',
      category: 'permissions',
      cause: 'endpoint not permitted',
      message: /\bThis API Key does not have permission for this endpoint\b/,
      destination: G,
      summary: 'Greenhouse API key is not granted this endpoint',
      fix: 'In Dev Center → API Credential Management → Manage Permissions, grant the key the endpoint of this stream (or drop the stream); keep syncing the others.',
    },
    {
      id: 'greenhouse/unauthorized',
      category: 'auth',
      cause: 'HTTP 401',
      status: [401],
      destination: G,
      summary: 'Greenhouse rejected the Harvest API key (HTTP 401)',
      fix: 'Create or copy the Harvest API key again and update the connection; pause the sync until then.',
    },
    {
      id: 'greenhouse/forbidden',
      category: 'permissions',
      cause: 'HTTP 403',
      status: [403],
      destination: G,
      summary: 'Greenhouse refused access (HTTP 403: endpoint permission, the On-Behalf-Of user’s access, or a GET with a body)',
      fix: 'Grant the API key this endpoint in the Dev Center and use an On-Behalf-Of user who can see the record; keep syncing other records.',
    },
    {
      id: 'greenhouse/not-found',
      category: 'validation',
      cause: 'HTTP 404',
      status: [404],
      destination: G,
      summary: 'Greenhouse record not found (deleted, or a wrong id)',
      fix: 'The candidate, application or job was deleted or merged: re-resolve the id or skip the record.',
    },
    {
      id: 'greenhouse/validation',
      category: 'validation',
      cause: 'Validation error',
      status: [422],
      destination: G,
      summary: 'Greenhouse rejected `{field}` (HTTP 422)',
      fix: 'Fix the value the error names for `{field}` (allowed values, required fields, ids of existing users and jobs); retrying as is fails again.',
    },
    {
      id: 'greenhouse/rate-limit',
      category: 'transient',
      cause: 'HTTP 429',
      status: [429],
      destination: G,
      summary: 'Greenhouse Harvest rate limit (per 10 seconds)',
      fix: 'Retry after Retry-After / X-RateLimit-Reset; keep under the key’s X-RateLimit-Limit per 10 seconds.',
    },
  ],
};
