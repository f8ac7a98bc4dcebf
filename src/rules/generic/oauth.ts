import type { RulePack } from '../rule.js';

/**
 * Microsoft Entra ID numbers for access the tenant has not granted (the credentials are good):
 * 65001 no consent, 90094 / 90008 admin consent required, 650052 a service the tenant has not
 * subscribed to or enabled, 650057 a resource missing from the app's API permissions, 50105 the
 * user not assigned to the app, 53003 blocked by Conditional Access.
 */
const ENTRA_CONSENT = /\bAADSTS(?:65001|90094|90008|650052|650057|50105|53003)\b/;
const ENTRA_CODES = 'https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes';
const ENTRA_CONSENT_SUMMARY = 'Microsoft tenant has not granted the app access (consent, assignment or service not enabled)';
const ENTRA_CONSENT_FIX = 'Have a tenant admin grant consent to the app (or assign the user, or enable the service) in Entra ID; keep syncing what is allowed.';

/**
 * OAuth 2.0 error codes: RFC 6749 §5.2 (token endpoint) and RFC 6750 §3.1 (bearer resources).
 * Provider packs come first; these catch every provider that speaks plain OAuth.
 */
export const oauth: RulePack = {
  name: 'oauth',
  rules: [
    // Entra answers a missing consent with an OAuth code that says the client or grant is bad
    // (`error=invalid_client&error_description=AADSTS650052…`): the AADSTS number decides.
    {
      id: 'oauth/entra-consent-code',
      category: 'permissions',
      cause: 'consent or access not granted',
      code: ['invalid_client', 'invalid_grant', 'unauthorized_client', 'access_denied', 'consent_required', 'interaction_required', 'invalid_request'],
      message: ENTRA_CONSENT,
      link: ENTRA_CODES,
      summary: ENTRA_CONSENT_SUMMARY,
      fix: ENTRA_CONSENT_FIX,
    },
    {
      id: 'oauth/invalid-grant',
      category: 'auth',
      cause: 'invalid_grant',
      // invalid_code: not RFC 6749's, but what Zoho's accounts server and Slack's oauth.v2.access
      // answer for a spent, expired or wrong authorization / refresh code.
      code: ['invalid_grant', 'invalid_code'],
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
      code: ['invalid_token', 'token_expired', 'expired_token', 'token_revoked', 'invalid_access_token', 'invalid_api_key', 'invalid_auth', 'unauthorized', 'unauthenticated', 'authentication_error', 'not_authed'],
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
    // Some APIs answer an unknown or expired token with an access code (Wrike's 401
    // `not_authorized` "Access token is unknown or invalid"): the message says it is the token.
    {
      id: 'oauth/denied-token-invalid',
      category: 'auth',
      cause: 'invalid_token',
      code: ['not_authorized', 'access_denied'],
      message: /\b(?:access )?token (?:is |was )?(?:unknown|invalid|expired|revoked)\b|\b(?:invalid|expired|unknown) (?:access )?token\b/i,
      summary: 'Access token invalid or expired',
      fix: 'Reconnect the account (a new access token); pause the sync until then.',
    },
    {
      id: 'oauth/access-denied',
      category: 'permissions',
      cause: 'access_denied',
      code: ['access_denied', 'insufficient_permissions', 'permission_denied', 'not_authorized', 'forbidden'],
      summary: 'Access denied to the connected user or app',
      fix: 'Grant the connected user or app the needed role; keep syncing unaffected records.',
    },
    // Microsoft Entra ID (login.microsoftonline.com) puts an AADSTS number in error_description;
    // SDKs (MSAL, azure-identity) often surface only that text, without the OAuth error code.
    // Source: learn.microsoft.com/entra/identity-platform/reference-error-codes.
    {
      id: 'oauth/entra-expired-grant',
      category: 'auth',
      cause: 'invalid_grant',
      // 70000 InvalidGrant, 70008/700082 refresh token expired (inactivity), 700084 SPA refresh
      // token lifetime, 70043 sign-in frequency, 50173 grant revoked (fresh token needed),
      // 50132/50133 session invalid after a password change, 50089 flow token expired.
      message: /\bAADSTS(?:70000|70008|700082|700084|70043|50173|50132|50133|50089)\b/,
      link: 'https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes',
      summary: 'Microsoft refresh token or grant expired or revoked',
      fix: 'Reconnect the Microsoft account to issue a new refresh token (inactivity, password change or revoked sessions); pause the sync until then.',
    },
    {
      id: 'oauth/entra-invalid-client',
      category: 'auth',
      cause: 'invalid_client',
      // 7000215 invalid client secret, 7000222 client secret expired, 70002 InvalidClient,
      // 700027 client assertion signature, 700016 application not found in the directory.
      message: /\bAADSTS(?:7000215|7000222|70002|700027|700016)\b/,
      link: 'https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes',
      summary: 'Microsoft app (client) credentials rejected',
      fix: 'Create a new client secret (or certificate) for the app registration, or fix the client id / tenant, and update the connection.',
    },
    {
      id: 'oauth/entra-user-credentials',
      category: 'auth',
      cause: 'invalid user credentials',
      // 50126 invalid username or password, 50055/50144 password expired, 50057 user disabled,
      // 50053 account locked.
      message: /\bAADSTS(?:50126|50055|50144|50057|50053)\b/,
      link: 'https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes',
      summary: 'Microsoft sign-in rejected the connection’s user (password wrong or expired, user disabled or locked)',
      fix: 'Fix the integration user’s password or account state in Entra ID and reconnect; pause the sync until then.',
    },
    {
      id: 'oauth/entra-consent',
      category: 'permissions',
      cause: 'consent or access not granted',
      message: ENTRA_CONSENT,
      link: ENTRA_CODES,
      summary: ENTRA_CONSENT_SUMMARY,
      fix: ENTRA_CONSENT_FIX,
    },
    {
      id: 'oauth/temporarily-unavailable',
      category: 'transient',
      cause: 'temporarily_unavailable',
      code: ['temporarily_unavailable', 'server_error'],
      summary: 'Server temporarily unavailable',
      fix: 'Retry with backoff.',
    },
  ],
};
