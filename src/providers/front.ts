import type { Provider } from './provider.js';

/**
 * Front Core API (`https://api2.frontapp.com/…`; pagination links point at
 * `{company}.api.frontapp.com`). Tokens are company-level JWTs with scopes, or partner OAuth
 * tokens. Every error is `{"_error": {"status": 401, "title": "Unauthenticated", "message":
 * "Invalid token", "details": […]}}`; the title is the status's name, so it and the message decide:
 * - 401 "Unauthenticated": "Invalid token" (a well-formed token Front does not know, or revoked) or
 *   "JSON Web Token error" (no Authorization header, or a value that is not a JWT): auth.
 * - 403 "Forbidden": "Missing required scopes: [events:*:read]" (the token lacks a scope):
 *   permissions; "Your plan does not give you access to that time period" (analytics history the
 *   plan does not include): plan.
 * - 429 "Too many requests": "Rate limit exceeded. Please retry in N milliseconds." or "… for
 *   tier-2 route …" — per-minute company limits (50 / 100 / 200 rpm by plan) with a burst
 *   allowance, and 5 requests per second per resource on tiered routes: transient.
 * - 400 "Bad request" ("Body did not satisfy requirements", `details` with the reasons) and 404
 *   "Not found" ("Unknown conversation ID cnv_123"): validation.
 * "front" is an everyday word (and the start of many product names), so the name alone never names
 * it in text and a destination value names it only as `front` itself or an alias; the titles are
 * generic words, so every rule is Front's lines only.
 * Sources: dev.frontapp.com/docs/rate-limiting, /docs/authentication, /docs/create-and-revoke-api-tokens;
 * help.front.com "Front's API rate limit" (global and burst limits); frontapp/front-api-specs
 * core-api/core-api.json (scopes per operation); Front's public API troubleshooting exercise
 * (401 / 429 tier-2 / 400 / 404 bodies); public client code quoting 401 "Invalid token" and
 * "JSON Web Token error" bodies measured against api2.frontapp.com, a 403 "Missing required
 * scopes" body, a 403 plan body and a 429 "Please retry in N milliseconds" body.
 */
const F = ['front'];

const fixes = {
  auth: 'Create a new API token (Front → Settings → Developers → API tokens) or reconnect the OAuth app, and send it as "Authorization: Bearer <token>"; pause the sync until then.',
  rate: 'Retry after Retry-After; stay under the company’s per-minute limit (50 / 100 / 200 rpm by plan) and 5 requests per second per conversation or channel.',
};

export const provider: Provider = {
  name: 'front',
  display: 'Front',
  // "front" is an English word: only these spellings name Front in a destination value.
  familyName: true,
  aliases: ['frontapp', 'frontcom'],
  hints: ['api2\\.frontapp\\.com', '[\\w-]+\\.api\\.frontapp\\.com', '(?:app|dev)\\.frontapp\\.com', 'frontapp'],
  bodyKeys: ['_error'],
  links: {
    auth: 'https://dev.frontapp.com/docs/create-and-revoke-api-tokens',
    permissions: 'https://dev.frontapp.com/docs/create-and-revoke-api-tokens',
    plan: 'https://front.com/pricing',
    validation: 'https://dev.frontapp.com/reference/introduction',
    transient: 'https://dev.frontapp.com/docs/rate-limiting',
    outage: 'https://www.frontstatus.com',
  },
  rules: [
    // 401: two messages, two different fixes.
    {
      id: 'front/token-missing',
      category: 'auth',
      cause: 'JSON Web Token error',
      code: ['unauthenticated'],
      message: /\bJSON Web Token error\b/,
      destination: F,
      summary: 'Front received no usable token (missing Authorization header or not a JWT)',
      fix: 'Check that the connection sends the token as "Authorization: Bearer <token>" (a pasted value that is not the token, or a header a proxy drops); pause the sync until then.',
    },
    {
      id: 'front/invalid-token',
      category: 'auth',
      cause: 'invalid token',
      code: ['unauthenticated'],
      destination: F,
      summary: 'Front rejected the API token (unknown or revoked)',
      fix: fixes.auth,
    },
    // 403: the plan's wording first, then a missing scope.
    {
      id: 'front/plan',
      category: 'plan',
      cause: 'plan restriction',
      code: ['forbidden'],
      message: /\byour plan (?:does not|doesn't) give you access\b/i,
      destination: F,
      summary: 'Front plan does not include this (e.g. analytics for that time period)',
      fix: 'Narrow the request to what the Front plan allows (a shorter analytics period) or upgrade the plan; retrying will not help.',
    },
    {
      id: 'front/missing-scope',
      category: 'permissions',
      cause: 'missing scope',
      code: ['forbidden'],
      destination: F,
      summary: 'Front token lacks a scope this call needs',
      fix: 'Edit the API token (or the OAuth app) to add the scope the message names; keep syncing what the token may do.',
    },
    {
      id: 'front/rate-limit',
      category: 'transient',
      cause: 'rate limit',
      code: ['too many requests'],
      destination: F,
      summary: 'Front rate limit (company per-minute limit or a tiered route’s per-resource limit)',
      fix: fixes.rate,
    },
    {
      id: 'front/bad-request',
      category: 'validation',
      cause: 'bad request',
      code: ['bad request'],
      destination: F,
      summary: 'Front rejected the request body',
      fix: 'The body does not match the endpoint’s schema (a missing required field, a string where an array is expected); read `details` in the sample and fix the mapping.',
    },
    {
      id: 'front/not-found',
      category: 'validation',
      cause: 'not found',
      code: ['not found'],
      destination: F,
      summary: 'Front resource not found (unknown id)',
      fix: 'Re-resolve the id (conversation ids start cnv_, contacts crd_, teammates tea_); the record may have been deleted or merged.',
    },
    // Front's 429 wording where a wrapper kept only the message.
    {
      id: 'front/rate-limit-message',
      category: 'transient',
      cause: 'rate limit',
      message: /\bRate limit exceeded(?: for tier-\d route)?\. Please retry in \d+ milliseconds\b/,
      summary: 'Front rate limit (company per-minute limit or a tiered route’s per-resource limit)',
      fix: fixes.rate,
    },
  ],
};
