import type { RulePack } from '../rule.js';

/**
 * OAuth 2.0 error codes: RFC 6749 §5.2 (token endpoint) and RFC 6750 §3.1 (bearer resources).
 * Provider packs come first; these catch every provider that speaks plain OAuth.
 */
export const oauth: RulePack = {
  name: 'oauth',
  rules: [
    {
      id: 'oauth/invalid-grant',
      category: 'auth',
      cause: 'invalid_grant',
      code: ['invalid_grant'],
      summary: 'Refresh token or grant expired or revoked',
      link: 'https://www.rfc-editor.org/rfc/rfc6749#section-5.2',
      fix: 'Reconnect the account to issue a new refresh token (password change, revoked access or inactivity); pause the sync until then.',
    },
    {
      id: 'oauth/invalid-client',
      category: 'auth',
      cause: 'invalid_client',
      code: ['invalid_client', 'invalid_client_id', 'unauthorized_client', 'unsupported_grant_type', 'invalid_client_secret'],
      summary: 'OAuth client credentials rejected',
      fix: 'Check the connected app’s client id / secret (a rotated or expired secret) and reconnect.',
    },
    {
      id: 'oauth/invalid-token',
      category: 'auth',
      cause: 'invalid_token',
      code: ['invalid_token', 'token_expired', 'expired_token', 'invalid_access_token', 'invalid_api_key', 'invalid_auth', 'unauthorized', 'unauthenticated', 'authentication_error', 'not_authed'],
      summary: 'Access token expired, revoked or malformed',
      fix: 'Reconnect the account (refresh the token); pause the sync until then.',
    },
    {
      id: 'oauth/invalid-request-token',
      category: 'auth',
      cause: 'invalid_request (token endpoint)',
      code: ['invalid_request'],
      message: /grant_type|client_id|client_secret|redirect_uri|refresh_token|code_verifier|assertion/i,
      summary: 'Token request malformed (connector OAuth configuration)',
      fix: 'Check the connection’s OAuth settings and reconnect.',
    },
    {
      id: 'oauth/insufficient-scope',
      category: 'permissions',
      cause: 'insufficient_scope',
      code: ['insufficient_scope', 'invalid_scope', 'missing_scope', 'missing_scopes', 'scope_missing'],
      summary: 'Token lacks a required scope',
      link: 'https://www.rfc-editor.org/rfc/rfc6750#section-3.1',
      fix: 'Reconnect granting the missing scope (an admin may need to approve it).',
    },
    {
      id: 'oauth/access-denied',
      category: 'permissions',
      cause: 'access_denied',
      code: ['access_denied', 'insufficient_permissions', 'permission_denied', 'not_authorized', 'forbidden'],
      summary: 'Access denied to the connected user or app',
      fix: 'Grant the connected user or app the needed role; keep syncing unaffected records.',
    },
    {
      id: 'oauth/temporarily-unavailable',
      category: 'transient',
      cause: 'temporarily_unavailable',
      code: ['temporarily_unavailable', 'server_error'],
      summary: 'Server temporarily unavailable',
      fix: 'Retried with backoff.',
    },
  ],
};
