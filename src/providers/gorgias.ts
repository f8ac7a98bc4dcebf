import type { Provider } from './provider.js';

/**
 * Gorgias REST API (`<account>.gorgias.com/api`). Errors are `{"error":{"msg":"…","data":{…}}}`;
 * the status carries the meaning (the errors page): 400 invalid / missing / unknown parameters
 * (read `error`'s data), 401 invalid, expired or missing API key or OAuth token (an OAuth token of
 * a removed user says `401 Unauthorized: No user found matching the "sub" claim of the token.`), 403
 * the user behind the key lacks the permission for its role, 404 the ticket / customer was deleted,
 * 409 an identifier already in use (a customer email already taken), 413 an attachment too large,
 * 429 rate limit. The limit is a leaky bucket per account (API-key integrations 40 calls per 20 s,
 * OAuth apps 80; Enterprise a 10 s window), with `Retry-after` (seconds) and
 * `X-Gorgias-Account-Api-Call-Limit` (`10/40`) on every response.
 * Sources: developers.gorgias.com/reference/errors, /reference/limitations (rate limits),
 * /reference/authentication; PipedreamHQ/pipedream issue 17340 (the 401 body); airbytehq/airbyte
 * issue 52151 (source-gorgias rate limits).
 */
const G = ['gorgias'];

export const provider: Provider = {
  name: 'gorgias',
  display: 'Gorgias',
  hints: ['[\\w-]+\\.gorgias\\.com', 'gorgias', 'source-gorgias', 'tap-gorgias'],
  links: {
    auth: 'https://developers.gorgias.com/reference/authentication',
    permissions: 'https://developers.gorgias.com/reference/errors',
    validation: 'https://developers.gorgias.com/reference/errors',
    transient: 'https://developers.gorgias.com/reference/limitations',
  },
  rules: [
    // Gorgias' own wording: an OAuth token whose user was removed from the account.
    {
      id: 'gorgias/no-user-for-token',
      category: 'auth',
      cause: 'token user not found',
      message: /No user found matching the "?sub"? claim of the token/i,
      summary: 'Gorgias token belongs to a user who no longer exists',
      fix: 'Reconnect Gorgias as an active user (the user who authorised the app was removed or deactivated); pause the sync until then.',
    },
    // The errors page gives each status one meaning: the body's msg adds detail, not a category.
    {
      id: 'gorgias/401',
      category: 'auth',
      cause: 'HTTP 401',
      status: [401],
      destination: G,
      summary: 'Gorgias rejected the API key or token (HTTP 401)',
      fix: 'Create a new REST API key (Settings → REST API) or reconnect the OAuth app, and update the connection; pause the sync until then.',
    },
    {
      id: 'gorgias/403',
      category: 'permissions',
      cause: 'HTTP 403',
      status: [403],
      destination: G,
      summary: 'Gorgias user behind the key lacks the permission (HTTP 403)',
      fix: 'Give the user whose key the sync uses a role with this permission (Admin for settings, Lead/Agent for tickets); keep syncing other records.',
    },
    {
      id: 'gorgias/409',
      category: 'validation',
      cause: 'identifier already in use',
      status: [409],
      destination: G,
      summary: 'Gorgias record already exists (identifier already in use, e.g. the customer email)',
      fix: 'Update the existing customer (look it up by email or external_id) instead of creating it, or dedupe the source.',
    },
    {
      id: 'gorgias/413',
      category: 'validation',
      cause: 'payload too large',
      status: [413],
      destination: G,
      summary: 'Gorgias payload or attachment too large (HTTP 413)',
      fix: 'Drop or shrink the attachment (upload limit) or split the payload.',
    },
    {
      id: 'gorgias/429',
      category: 'transient',
      cause: 'rate limit (leaky bucket)',
      status: [429],
      destination: G,
      summary: 'Gorgias account rate limit (leaky bucket)',
      fix: 'Retry after Retry-after; keep under 40 calls per 20 s (API key) or 80 (OAuth app) for the whole account, shared with other integrations.',
    },
  ],
};
