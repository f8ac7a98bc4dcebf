import type { Provider } from './provider.js';

/**
 * Pinterest API v5 (`api.pinterest.com/v5/…`: pins, boards, ad accounts, audiences, catalogs, and the
 * Conversions API `…/ad_accounts/<id>/events`). Errors are `{"code":<n>,"message":"…"}` with a
 * Pinterest code (the OpenAPI spec's examples):
 * - 2 "Authentication failed." (401), 1104 "The token you provided is not valid or has expired.": auth.
 * - 3 "Your token does not have sufficient permissions to perform this operation. Please ensure your
 *   token is authorized with the correct set of scopes.": a missing scope, permissions.
 * - 29 "You are not permitted to access that resource." (403), 7 "Not authorized to access board or
 *   Pin.": permissions.
 * - 8 "This request exceeded a rate limit. This can happen if the client exceeds one of the
 *   published rate limits within a short time window." (429): transient.
 * - 2625 "…your account has been disapproved", 2626 "We are reviewing your account": the business
 *   account is not in good standing: plan (nothing to fix in the sync).
 * - 1 "Invalid parameters" / "Invalid request: …", 4196 "The request was invalid." and the not-found
 *   codes (40 board, 50 Pin, 678 / 4161 / 4180 catalog, feed, product group): validation. The
 *   Conversions API answers 422 "Not all events were successfully processed" with
 *   `events[].status: "failed"` and `error_message`: validation.
 * The codes are small numbers many APIs use: they decide only lines known to be Pinterest's.
 * Sources: pinterest/api-description v5/openapi.yaml (response examples per operation),
 * developers.pinterest.com/docs/reference/rate-limits; vijaypatoliya/pinterest-node-api #20
 * ({ code: 2, message: 'Authentication failed.' }), dirkgroenen/pinterest-api-php #75.
 */
const P = ['pinterest'];

export const provider: Provider = {
  name: 'pinterest',
  display: 'Pinterest',
  aliases: ['pinterestads', 'pinterestconversions'],
  hints: [
    'api(?:-sandbox)?\\.pinterest\\.com',
    'pinterest[ _-](?:ads|conversions?(?:[ _-]api)?|tag|capi)',
    'pinterest[_-]api[\\w-]*',
    // Client wrappers' own wording: "Pinterest error (code: 401) with message: …".
    'Pinterest (?:API )?error',
    'pinterest-node-api',
    'pinterest\\.(?:client|utils|ads|organic)(?:\\.\\w+)*',
    'tap-pinterest(?:-ads)?',
    'source-pinterest',
    // the PHP SDK's namespace: Pinterest\Http\Exceptions\RateLimitedReached
    'Pinterest\\\\(?:Http|Exceptions?|Api)(?=\\\\)',
  ],
  links: {
    auth: 'https://developers.pinterest.com/docs/getting-started/authentication-and-scopes/',
    permissions: 'https://developers.pinterest.com/docs/getting-started/authentication-and-scopes/',
    plan: 'https://www.pinterest.com/business/hub/',
    validation: 'https://developers.pinterest.com/docs/api/v5/',
    transient: 'https://developers.pinterest.com/docs/reference/rate-limits/',
    outage: 'https://status.pinterest.com',
  },
  rules: [
    {
      id: 'pinterest/authentication',
      category: 'auth',
      cause: '{code}',
      code: ['2', '1104'],
      destination: P,
      summary: 'Pinterest rejected the access token ({code})',
      fix: 'Refresh the token with the refresh token (access tokens last 30 days) or reconnect the Pinterest account; pause the sync until then.',
    },
    {
      id: 'pinterest/scope',
      category: 'permissions',
      cause: '3',
      code: ['3'],
      destination: P,
      summary: 'Pinterest token lacks a scope this call needs',
      fix: 'Reconnect the Pinterest account granting the missing scope (e.g. ads:write for conversions, boards:write).',
    },
    {
      id: 'pinterest/not-permitted',
      category: 'permissions',
      cause: '{code}',
      code: ['29', '7'],
      destination: P,
      summary: 'Pinterest user cannot access this ad account, board or Pin ({code})',
      fix: 'Give the connected user access to the ad account (Business Access) or the board, or reconnect with a user that has it.',
    },
    {
      id: 'pinterest/rate-limit',
      category: 'transient',
      cause: '8',
      code: ['8'],
      destination: P,
      summary: 'Pinterest rate limit (short window)',
      fix: 'Retry with backoff; stay within the per-user and per-app limits of the endpoint category.',
    },
    {
      id: 'pinterest/account-standing',
      category: 'plan',
      cause: '{code}',
      code: ['2625', '2626'],
      destination: P,
      summary: 'Pinterest business account disapproved or under review ({code})',
      fix: 'Resolve the account status in Pinterest Business Hub; requests fail until the review ends.',
    },
    {
      id: 'pinterest/invalid',
      category: 'validation',
      cause: '{code}',
      code: ['1', '4196', '6126', '40', '50', '678', '2031', '4161', '4180'],
      destination: P,
      summary: 'Pinterest rejected the request or did not find the object ({code})',
      fix: 'Fix the parameter or id the message names (ad account, board, catalog, feed); retrying the same request fails again.',
    },
    {
      id: 'pinterest/rate-limit-text',
      category: 'transient',
      cause: '8',
      message: /\bThis request exceeded a rate limit\b/i,
      destination: P,
      summary: 'Pinterest rate limit (short window)',
      fix: 'Retry with backoff; stay within the per-user and per-app limits of the endpoint category.',
    },
    {
      id: 'pinterest/events-failed',
      category: 'validation',
      cause: 'HTTP 422 events not processed',
      status: [422],
      destination: P,
      summary: 'Pinterest Conversions API rejected some events',
      fix: 'Read events[].error_message of the response (hashing, event_time window, required user_data); resend only the failed events.',
    },
  ],
};
