import type { Provider } from './provider.js';

/**
 * Etsy Open API v3 (`openapi.etsy.com/v3/application/…`, also answered on `api.etsy.com/v3/…`;
 * OAuth 2.0 tokens from `api.etsy.com/v3/public/oauth/token`). Error bodies carry no code of their
 * own: `{"error":"<sentence>"}` (sometimes with `error_description`), and schema validation answers
 * an array `[{"path":"/images","type":"array_too_short","message":"cannot be less than 1 items"}]`
 * or the sentence "There was a problem with /sku : cannot be more than 32 characters". So the
 * wording decides, on top of what the generic rules already read:
 * - the `x-api-key` header: "Invalid API key" (400/403, generic wording), and since February 2026
 *   "Shared secret is required in x-api-key header." / "Invalid API key: should be in the format
 *   'keystring:shared_secret'." (403: the key must be sent as keystring:shared_secret); v2's
 *   "No ApiKeyIndex for keystring=": auth.
 * - OAuth: `{"error":"invalid_token","error_description":"access token is expired"}` (401),
 *   `{"error":"invalid_grant","error_description":"refresh_token is revoked"}` (a password change
 *   revokes every token), `insufficient_scope`: the generic OAuth rules decide them. "No user was
 *   provided as part of the bearer token." (403: a call that needs a user's OAuth token got none):
 *   auth.
 * - "User does not own Shop 123" (403: the token's user is not the shop's owner): permissions.
 * - 429 with "Exceeded per second rate limit" (QPS, x-limit-per-second): transient; "Exceeded daily
 *   rate limit" (QPD, a 24-hour sliding window, retry-after up to 86400): plan.
 * - 400 "There was a problem with /<path> : <reason>", "A shipping_profile_id is required for
 *   physical listings.", 404 "Could not find a shop for user with user_id = N": validation.
 * - 500 `{"error":"Server Error"}`: transient (generic).
 * Sources: developers.etsy.com/documentation/essentials/rate-limits, …/essentials/authentication
 * (scopes, token refresh); etsy/open-api issues #519 and #370 (invalid_token, invalid_grant bodies),
 * #498 and #561 ("Invalid API key"), #609 (No ApiKeyIndex), #588 and #438 ("User does not own Shop"),
 * #198 ("Exceeded per second rate limit" 429 body), #620 and #611 ("Exceeded daily rate limit"),
 * #256 (x-remaining-today 0, retry-after 86400), #472 / #511 / #622 (validation arrays), #855
 * ("There was a problem with /return/policy : cannot be null"), #549 (500 Server Error), discussion
 * #1529 (shared secret required); rhysnhall/etsy-php-sdk #13 ("No user was provided as part of the
 * bearer token", `Etsy\Exception\RequestException` text "Received HTTP status code [403] with error
 * …"); anitabyte/etsyv3 #31 and #13 (`etsyv3.etsy_api.BadRequest`).
 */
export const provider: Provider = {
  name: 'etsy',
  display: 'Etsy',
  // Hosts and client names only: order records name Etsy as the marketplace they came from.
  hints: [
    '(?:open)?api\\.etsy\\.com',
    'etsyv3(?:\\.\\w+)*',
    'Etsy\\\\(?:Exception|OAuth|Resources)(?:\\\\\\w+)*',
    'etsy-php-sdk',
    'X-Etsy-Request-Uuid',
  ],
  links: {
    auth: 'https://developers.etsy.com/documentation/essentials/authentication',
    permissions: 'https://developers.etsy.com/documentation/essentials/authentication#scopes',
    plan: 'https://developers.etsy.com/documentation/essentials/rate-limits',
    validation: 'https://developers.etsy.com/documentation/reference',
    transient: 'https://developers.etsy.com/documentation/essentials/rate-limits',
    outage: 'https://github.com/etsy/open-api/discussions',
  },
  rules: [
    {
      id: 'etsy/api-key-format',
      category: 'auth',
      cause: 'x-api-key rejected',
      message: /Shared secret is required in x-api-key header|Invalid API key: should be in the format 'keystring:shared_secret'|No ApiKeyIndex for keystring=/i,
      summary: 'Etsy rejected the x-api-key header (it must be keystring:shared_secret of an approved app)',
      fix: 'Send the app’s keystring and shared secret as `x-api-key: keystring:shared_secret` (Your apps on etsy.com/developers); pause the sync until the key works.',
    },
    {
      id: 'etsy/no-user-token',
      category: 'auth',
      cause: 'no user in bearer token',
      message: /No user was provided as part of the bearer token/i,
      summary: 'Etsy call needs a seller’s OAuth token and got none',
      fix: 'Have the seller connect the shop through OAuth and send its access token as `Authorization: Bearer …`; pause the sync until then.',
    },
    {
      id: 'etsy/shop-not-owned',
      category: 'permissions',
      cause: 'user does not own shop',
      message: /\bUser does not own Shop\b/i,
      summary: 'Etsy token belongs to a user who does not own this shop',
      fix: 'Reconnect with the shop owner’s account (one Etsy login per shop), or use the shop id of the connected user; keep syncing other shops.',
    },
    {
      id: 'etsy/daily-limit',
      category: 'plan',
      cause: 'QPD limit',
      message: /\bExceeded daily rate limit\b/i,
      summary: 'Etsy app’s requests-per-day allowance used up (24-hour sliding window)',
      fix: 'Pause until x-remaining-today recovers (retry-after says when); cut calls per run (batch getListingsByListingIds) or ask developers@etsy.com for a higher limit.',
    },
    {
      id: 'etsy/second-limit',
      category: 'transient',
      cause: 'QPS limit',
      message: /\bExceeded per second rate limit\b/i,
      summary: 'Etsy per-second rate limit',
      fix: 'Retry with backoff; keep under x-limit-per-second across all workers.',
    },
    {
      id: 'etsy/invalid-field',
      category: 'validation',
      cause: 'invalid listing field',
      message: /There was a problem with \/[\w/]{1,100} : /,
      fieldFrom: /There was a problem with \/([A-Za-z_]\w*(?:\/[A-Za-z_]\w*)*)/,
      summary: 'Etsy rejected `{field}`',
      fix: 'Fix the value mapped to `{field}` (the message says what Etsy expects: a length, a required policy, allowed characters); retrying as is fails again.',
    },
  ],
};
