import type { Provider } from './provider.js';

/**
 * Braze REST API: `{"message": "<fatal error>" | "success", "errors": [<minor errors>]}`. Fatal
 * errors by status: 401 unknown or missing REST API key; 403 "Rate plan doesn't support or account
 * is otherwise inactivated" (plan) or "Access Denied" (the key lacks the endpoint's permission);
 * 404 "Unknown REST API Key" (auth, despite the 404); 429 over rate limit (per-minute / per-hour
 * endpoint limits: transient); 400s name the payload problem ("No Recipients", "Max Input Length
 * Exceeded", "Invalid Campaign ID"). A key used on the wrong cluster (rest.iad-01 vs rest.fra-01)
 * also reads as an invalid key. `/users/track` answers 201 with per-object minor errors under
 * `errors[].type` ("'external_id' or 'braze_id' or 'user_alias' is required").
 * Sources: braze.com/docs/api/errors (fatal errors table), /docs/api/api_limits,
 * /docs/api/basics (REST endpoints per instance); braze-docs "invalid API key" notes.
 */
const B = ['braze'];

export const provider: Provider = {
  name: 'braze',
  display: 'Braze',
  aliases: ['appboy'],
  // REST hosts (`rest.iad-01.braze.com`, `rest.fra-01.braze.eu`), SDK / connector names.
  hints: ['braze\\.(?:com|eu)', 'appboy\\.com', 'braze-client', 'braze_client', 'destination-braze', 'BrazeClient'],
  rank: 95,
  links: {
    auth: 'https://www.braze.com/docs/api/basics/',
    permissions: 'https://www.braze.com/docs/api/basics/',
    plan: 'https://www.braze.com/docs/api/errors/',
    validation: 'https://www.braze.com/docs/api/errors/',
    outage: 'https://status.braze.com',
    transient: 'https://www.braze.com/docs/api/api_limits/',
  },
  rules: [
    {
      id: 'braze/invalid-api-key',
      category: 'auth',
      cause: 'invalid REST API key',
      message: /Invalid API key|Unknown (?:or missing )?REST API key|missing REST API key/i,
      destination: B,
      summary: 'Braze REST API key unknown, revoked or used on the wrong cluster',
      fix: 'Check the REST API key and that the connection uses your instance’s REST endpoint (rest.iad-0X / rest.fra-0X); pause the sync until then.',
    },
    {
      id: 'braze/access-denied',
      category: 'permissions',
      cause: 'API key permission',
      status: [403],
      message: /Access Denied|does not have (?:sufficient |the required )?permissions?|insufficient permissions/i,
      destination: B,
      summary: 'Braze REST API key lacks the permission for this endpoint',
      fix: 'Edit the REST API key in Braze (Settings → API Keys) to grant this endpoint’s permission (e.g. users.track).',
    },
    {
      id: 'braze/account-inactive',
      category: 'plan',
      cause: 'rate plan / account inactive',
      message: /Rate plan doesn'?t support|account is (?:otherwise )?inactivated|account (?:is )?(?:inactive|suspended|disabled)/i,
      destination: B,
      summary: 'Braze plan does not include this API, or the account is inactive',
      fix: 'Ask your Braze account manager to enable the feature or reactivate the workspace; pause the sync until then.',
    },
    {
      id: 'braze/payload',
      category: 'validation',
      cause: '{status} payload rejected',
      message: /\b(?:No Recipients|Max Input Length Exceeded|Invalid Campaign ID|Invalid Canvas ID|Message Variant Unspecified|Invalid Message Variant|Mismatched Message Type|Invalid Extra Push Payload|No message to send|The max number of (?:external_ids and aliases|ids) per request was exceeded)\b/i,
      destination: B,
      summary: 'Braze rejected the request payload',
      fix: 'Fix the request the sync builds (batch size ≤ 75 objects per /users/track call, ids, campaign settings); see the sample.',
    },
    // Minor errors of /users/track, when a sync logs their text.
    {
      id: 'braze/identifier-required',
      category: 'validation',
      cause: 'user identifier missing',
      message: /'external_id' or 'braze_id'(?: or '\w+')* is required|must (?:have|include) (?:an? )?(?:'?external_id'?|user alias)/i,
      summary: 'Braze object has no user identifier (external_id, braze_id or user_alias)',
      fix: 'Map an identifier (external_id, braze_id, user_alias, email or phone) for every record; records without one are skipped by Braze.',
    },
  ],
};
