import type { RuleCase } from '../rule-tester.js';

/**
 * Trello REST API: one-phrase plain-text bodies ("invalid key", "invalid token", "unauthorized
 * (card) permission requested", "invalid id", "invalid value for X", "The requested resource was not
 * found.") and JSON 429s (`API_TOKEN_LIMIT_EXCEEDED`, `API_KEY_LIMIT_EXCEEDED`); py-trello prints
 * `trello.exceptions.X: <phrase> at <url> (HTTP status: N)`.
 * Sources: developer.atlassian.com/cloud/trello/guides/rest-api/rate-limits and /status-codes;
 * py-trello's exceptions.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const trelloCases: RuleCase[] = [
  {
    line: j({ ts: '2026-03-07T10:00:00Z', level: 'error', destination: 'trello', record_id: 'card_1', status: 401, body: 'invalid token' }),
    category: 'auth',
    rule: 'trello/invalid-key-token',
    note: '"invalid token": the user token revoked or expired',
  },
  {
    line: 'trello.exceptions.Unauthorized: invalid key at https://api.trello.com/1/boards/5f1a2b3c (HTTP status: 401)',
    category: 'auth',
    destination: 'trello',
    rule: 'trello/invalid-key-token',
    note: 'py-trello: "invalid key", destination from the host',
  },
  {
    line: '2026-03-07T10:00:10Z ERROR PUT https://api.trello.com/1/cards/5f1a2b3c4d5e6f7a8b9c0d1e -> 401 unauthorized card permission requested',
    category: 'permissions',
    destination: 'trello',
    rule: 'trello/unauthorized-permission',
    note: 'a valid token whose member cannot reach the card: permissions, not auth',
  },
  {
    line: '2026-03-07T10:00:15Z ERROR POST https://api.trello.com/1/cards -> 401 unauthorized permission requested',
    category: 'permissions',
    destination: 'trello',
    rule: 'trello/unauthorized-permission',
    note: 'read-only token writing a card',
  },
  {
    line: 'trello.exceptions.ResourceUnavailable: invalid id at https://api.trello.com/1/cards/xyz (HTTP status: 400)',
    category: 'validation',
    destination: 'trello',
    rule: 'trello/not-found',
    note: '"invalid id": the referenced card or list',
  },
  {
    line: '2026-03-07T10:00:20Z ERROR GET https://api.trello.com/1/boards/abc/cards -> 404 The requested resource was not found.',
    category: 'validation',
    destination: 'trello',
    rule: 'trello/not-found',
    note: '404 plain text',
  },
  {
    line: '2026-03-07T10:00:25Z ERROR POST https://api.trello.com/1/cards -> 400 invalid value for idList',
    category: 'validation',
    destination: 'trello',
    field: 'idList',
    rule: 'trello/invalid-value',
    note: '"invalid value for X" names the field',
  },
  {
    line: j({ ts: '2026-03-07T10:00:30Z', level: 'warn', destination: 'trello', status: 429, body: { error: 'API_TOKEN_LIMIT_EXCEEDED', message: 'Rate limit exceeded' } }),
    category: 'transient',
    cause: 'api_token_limit_exceeded',
    rule: 'trello/rate-limit',
    note: 'token limit: 100 requests per 10 s',
  },
  {
    line: j({ level: 'error', status: 429, body: { error: 'API_KEY_LIMIT_EXCEEDED', message: 'Rate limit exceeded' } }),
    category: 'transient',
    destination: 'trello',
    rule: 'trello/rate-limit',
    note: 'key limit code alone names Trello',
  },
  // ---------------------------------------------------------------- near misses
  {
    line: j({ ts: '2026-03-07T12:00:00Z', level: 'error', destination: 'asana', status: 401, body: 'invalid token' }),
    category: 'auth',
    destination: 'asana',
    rule: 'http/auth-message',
    note: 'near miss: the same phrase on another destination stays generic',
  },
];
