import type { Provider } from './provider.js';

/**
 * Trello REST API (`api.trello.com/1`, key and token as query parameters or an OAuth header). Most
 * errors are plain-text bodies, one short phrase: 401 "invalid key" (the API key of the Power-Up /
 * app), "invalid token" / "expired token" (the user's token revoked, expired or for another key),
 * "unauthorized permission requested" and "unauthorized card permission requested" (the token is
 * valid but its member cannot act on that board or card, or it is a read-only token: permissions,
 * not auth); 400 "invalid id" and "invalid value for <field>"; 404 "The requested resource was not
 * found." / "Board not found" / "model not found". Rate limits are JSON: 429
 * `{"error":"API_TOKEN_LIMIT_EXCEEDED","message":"Rate limit exceeded"}` (100 requests per 10 s per
 * token) or `API_KEY_LIMIT_EXCEEDED` (300 per 10 s per key), and `RATE_LIMIT_EXCEEDED` "Exceeded
 * rate limit to /1/members" (100 per 900 s); no Retry-After header.
 * py-trello prints `trello.exceptions.Unauthorized: invalid token at <url> (HTTP status: 401)` and
 * `trello.exceptions.ResourceUnavailable: invalid id at <url> (HTTP status: 400)`.
 * Sources: developer.atlassian.com/cloud/trello/guides/rest-api/rate-limits,
 * /guides/rest-api/status-codes, /guides/rest-api/authorization; support.atlassian.com/trello/docs/
 * api-rate-limits; py-trello's exceptions module.
 */
const T = ['trello'];

export const provider: Provider = {
  name: 'trello',
  display: 'Trello',
  hints: ['api\\.trello\\.com', 'trello\\.com/1/', 'trello\\.exceptions\\.\\w+', 'py-trello', 'ruby-trello', 'Trello::(?:Error|InvalidAccessToken)', 'tap-trello', 'source-trello'],
  bodyCodes: ['api_token_limit_exceeded', 'api_key_limit_exceeded'],
  links: {
    auth: 'https://trello.com/power-ups/admin',
    permissions: 'https://developer.atlassian.com/cloud/trello/guides/rest-api/authorization/',
    validation: 'https://developer.atlassian.com/cloud/trello/guides/rest-api/status-codes/',
    outage: 'https://trello.status.atlassian.com',
    transient: 'https://developer.atlassian.com/cloud/trello/guides/rest-api/rate-limits/',
  },
  rules: [
    {
      id: 'trello/rate-limit',
      category: 'transient',
      cause: '{code}',
      code: ['api_token_limit_exceeded', 'api_key_limit_exceeded'],
      summary: 'Trello rate limit ({code})',
      fix: 'Retry with backoff (no Retry-After): at most 100 requests per 10 s per token and 300 per key; prefer webhooks to polling.',
    },
    // Trello's one-phrase bodies. The token is valid but not for this board / card: permissions.
    {
      id: 'trello/unauthorized-permission',
      category: 'permissions',
      cause: 'unauthorized permission requested',
      message: /\bunauthorized (?:card |board |organization |member |list )?permission requested\b/i,
      summary: 'Trello token’s member cannot act on this board or card (or the token is read-only)',
      fix: 'Add the token’s member to the board (or workspace), or issue a token with write scope; keep syncing other boards.',
    },
    {
      id: 'trello/invalid-key-token',
      category: 'auth',
      cause: 'invalid key / token',
      message: /^(?:.*\W)?(?:invalid (?:key|token|app key)|expired token)\b/i,
      destination: T,
      summary: 'Trello rejected the API key or token',
      fix: 'Generate a new token for the same API key (trello.com/power-ups/admin) and update the connection; pause the sync until then.',
    },
    {
      id: 'trello/not-found',
      category: 'validation',
      cause: 'not found / invalid id',
      message: /\b(?:board|card|list|checklist|label|member|model|action) not found\b|The requested resource was not found|\binvalid id\b/i,
      destination: T,
      summary: 'Trello board, card or list not found (deleted, archived away or wrong id)',
      fix: 'Re-resolve the Trello id (the board / list was deleted or the card moved to a board the token cannot see).',
    },
    {
      id: 'trello/invalid-value',
      category: 'validation',
      cause: 'invalid value',
      message: /\binvalid value for \w+/i,
      fieldFrom: /\binvalid value for (\w+)/i,
      destination: T,
      summary: 'Trello rejected the value of `{field}`',
      fix: 'Fix the value mapped to `{field}` (ids must be 24-hex Trello ids, dates ISO 8601, names non-empty).',
    },
  ],
};
