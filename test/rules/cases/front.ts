import type { RuleCase } from '../rule-tester.js';

/**
 * Front Core API: `_error` envelopes for 401 (two messages), 403 (scope or plan), 429, 400 and
 * 404; the 429 wording without its envelope; near misses for the word "front".
 * Sources: Front's public Core API troubleshooting exercise (401 JWT, 429 tier-2, 400, 404
 * bodies); public client code quoting bodies measured against api2.frontapp.com (401 "Invalid
 * token"), a 403 "Missing required scopes", a 403 plan restriction and a 429 "Please retry in N
 * milliseconds"; dev.frontapp.com/docs/rate-limiting.
 */
const j = (o: unknown): string => JSON.stringify(o);
const front = (status: number, title: string, message: string) => ({ _error: { status, title, message } });

export const frontCases: RuleCase[] = [
  {
    line: j({ level: 'error', status: 401, url: 'https://api2.frontapp.com/conversations/cnv_123/drafts', body: front(401, 'Unauthenticated', 'JSON Web Token error') }),
    category: 'auth',
    destination: 'front',
    cause: 'JSON Web Token error',
    rule: 'front/token-missing',
    note: 'the exercise’s 401: no Authorization header (or not a JWT)',
  },
  {
    line: j({ level: 'error', status: 401, url: 'https://api2.frontapp.com/me', body: front(401, 'Unauthenticated', 'Invalid token') }),
    category: 'auth',
    destination: 'front',
    cause: 'invalid token',
    rule: 'front/invalid-token',
    note: 'measured 401 for a well-formed but unknown or revoked token',
  },
  {
    line: j({ level: 'error', status: 403, url: 'https://api2.frontapp.com/events', body: front(403, 'Forbidden', 'Missing required scopes: [events:*:read]') }),
    category: 'permissions',
    destination: 'front',
    cause: 'missing scope',
    rule: 'front/missing-scope',
    note: 'a 403 quoted by a public client: the token lacks a scope',
  },
  {
    line: j({ level: 'error', status: 403, url: 'https://api2.frontapp.com/analytics/exports', body: front(403, 'Forbidden', 'Your plan does not give you access to that time period.') }),
    category: 'plan',
    destination: 'front',
    rule: 'front/plan',
    note: 'a 403 quoted by a public client: the plan, not the token, limits the analytics period',
  },
  {
    line: j({ level: 'warn', status: 429, url: 'https://api2.frontapp.com/channels/cha_123/messages', body: front(429, 'Too many requests', 'Rate limit exceeded for tier-2 route. Please retry in 341 milliseconds.') }),
    category: 'transient',
    destination: 'front',
    cause: 'rate limit',
    rule: 'front/rate-limit',
    note: 'the exercise’s 429 on a tier-2 (per-resource) route',
  },
  {
    line: j({ level: 'warn', status: 429, body: front(429, 'Too many requests', 'Rate limit exceeded. Please retry in 1200 milliseconds.') }),
    category: 'transient',
    destination: 'front',
    rule: 'front/rate-limit',
    note: 'no host: the _error envelope names Front',
  },
  {
    line: j({ level: 'error', status: 400, url: 'https://api2.frontapp.com/inboxes', body: front(400, 'Bad request', 'Body did not satisfy requirements') }),
    category: 'validation',
    destination: 'front',
    cause: 'bad request',
    rule: 'front/bad-request',
    note: 'the exercise’s 400: a required body field is missing',
  },
  {
    line: j({ level: 'error', destination: 'Front', status: 404, body: front(404, 'Not found', 'Unknown conversation ID cn_123') }),
    category: 'validation',
    destination: 'front',
    rule: 'front/not-found',
    note: 'the exercise’s 404: a malformed conversation id; the destination named as people write it',
  },
  {
    line: 'WARN [plugin/push-draft] 429 from Front: Rate limit exceeded. Please retry in 850 milliseconds.',
    category: 'transient',
    destination: 'front',
    rule: 'front/rate-limit-message',
    note: 'Front’s 429 wording logged without its envelope',
  },
  // "front" is a word and the start of many names.
  {
    line: j({ level: 'error', destination: 'cloudfront-logs', status: 403 }),
    category: 'permissions',
    rule: 'http/403',
    note: 'near miss: a destination containing "front" is not Front',
  },
  {
    line: 'ERROR frontend build failed: Cannot find module "react"',
    destination: null,
    category: 'unknown',
    note: 'near miss: the word front in text names nothing',
  },
];
