import type { Provider } from './provider.js';

/**
 * Postscript SMS marketing for Shopify (`api.postscript.io/api/v2/…`: subscribers, custom-events,
 * message_requests), Bearer API key plus an optional `X-Postscript-Partner-Key`. Errors carry a
 * `type`, a `message` and a `code` (at the top level or under `error`), validation errors a
 * `details.field`:
 * - `authentication_error` / `invalid_api_key` (401): auth; 403 (a key without access to the
 *   shop or endpoint): permissions.
 * - `rate_limit_error` / `rate_limit_exceeded` (429, Retry-After): transient.
 * - `validation_error` with `invalid_phone_number`, `missing_required_fields` ("Missing required
 *   fields: phone_number, keyword"), a keyword that does not exist, a subscriber already
 *   subscribed or unsubscribed: validation on the field named.
 * The codes are everyone's words: they decide only Postscript lines (named by the host, the
 * partner header or the destination field; the bare word is a page language's name).
 * Sources: developers.postscript.io (API reference, authentication, rate limits);
 * rudderlabs/rudder-transformer test/integrations/destinations/postscript (dataDelivery
 * network.ts: 401 invalid_api_key, 429 rate_limit_exceeded, 400 invalid_phone_number /
 * missing_required_fields with details, router errorHandlingTestData); PostHog postscript source
 * tests ("401 Client Error: Unauthorized for url: https://api.postscript.io/api/v2/subscribers").
 */
const PS = ['postscript'];

export const provider: Provider = {
  name: 'postscript',
  display: 'Postscript',
  aliases: ['postscript', 'postscriptio', 'postscriptsms'],
  // Not the bare word (PostScript the page language): the API host and headers.
  hints: ['api\\.postscript\\.io', 'postscript\\.io', 'X-Postscript-Partner-Key', 'destination-postscript', 'source-postscript'],
  links: {
    auth: 'https://developers.postscript.io/docs/authentication',
    permissions: 'https://developers.postscript.io/docs/authentication',
    plan: 'https://developers.postscript.io/docs/rate-limits',
    validation: 'https://developers.postscript.io/reference',
    transient: 'https://developers.postscript.io/docs/rate-limits',
    outage: 'https://status.postscript.io',
  },
  rules: [
    {
      id: 'postscript/invalid-key',
      category: 'auth',
      cause: '{code}',
      code: ['authentication_error', 'invalid_api_key'],
      destination: PS,
      summary: 'Postscript rejected the API key',
      fix: 'Create a new private API key in Postscript (Settings → API) and update the connection; pause the sync until then.',
    },
    {
      id: 'postscript/unauthorized',
      category: 'auth',
      cause: 'HTTP 401',
      status: [401],
      destination: PS,
      summary: 'Postscript rejected the API key',
      fix: 'Create a new private API key in Postscript (Settings → API) and update the connection; pause the sync until then.',
    },
    {
      id: 'postscript/forbidden',
      category: 'permissions',
      cause: 'HTTP 403',
      status: [403],
      destination: PS,
      summary: 'Postscript key may not use this endpoint or shop',
      fix: 'Use a key of the shop being synced (partner keys need the shop’s authorization); keep syncing other objects.',
    },
    {
      id: 'postscript/rate-limit',
      category: 'transient',
      cause: 'rate limit',
      code: ['rate_limit_error', 'rate_limit_exceeded'],
      destination: PS,
      summary: 'Postscript rate limit',
      fix: 'Retry after Retry-After; lower the sync’s request rate.',
    },
    {
      id: 'postscript/invalid-subscriber',
      category: 'validation',
      cause: '{code}',
      code: ['validation_error', 'invalid_phone_number', 'missing_required_fields', 'invalid_keyword', 'keyword_not_found'],
      destination: PS,
      fieldFrom: /Missing required fields?: ([\w, ]+)|invalid (phone number|keyword|email)/i,
      summary: 'Postscript rejected the subscriber or event (`{field}`)',
      fix: 'Fix the mapped value (phone numbers in E.164, an existing keyword or keyword_id, the subscriber id of a custom event); retrying the same payload fails again.',
    },
    {
      id: 'postscript/subscriber-state',
      category: 'validation',
      cause: 'subscriber state',
      message: /subscriber (?:is |has )?(?:already (?:exists|subscribed)|unsubscribed|opted[ -]out|not found)|already subscribed/i,
      destination: PS,
      summary: 'Postscript subscriber already exists, is unsubscribed or was not found',
      fix: 'Update the existing subscriber instead of creating it, and leave unsubscribed numbers out of the sync (SMS consent cannot be re-granted by API).',
    },
  ],
};
