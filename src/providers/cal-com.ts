import type { Provider } from './provider.js';

/**
 * Cal.com (API v2 `api.cal.com/v2/…` with a `cal-api-version` header, the older v1
 * `api.cal.com/v1/…?apiKey=…`; self-hosted instances answer on their own host, so the wording
 * matters as much as the host). v2 is a NestJS app whose filters answer `{"status":"error",
 * "timestamp":"…","path":"/v2/bookings","error":{"code":"<Nest exception name>","message":"…"}}`;
 * v1 answers `{"message":"…"}` or `{"error":"…"}`. What the messages say:
 * - API key and token strategies (401 UnauthorizedException): "Your api key is not valid", "Your api
 *   key is expired", "No user tied to this apiKey", "Invalid Access Token.", "No authentication
 *   method provided. Either pass an API key as 'Bearer' header or OAuth client credentials…"; v1
 *   "No apiKey provided", "Your apiKey is not valid", "This apiKey is expired": auth.
 * - platform OAuth clients: "Client with ID … not found", "Invalid client secret", "Invalid request
 *   origin - please open https://app.cal.com/settings/platform and add the origin …": auth.
 * - "Invalid or missing CALCOM_LICENSE_KEY environment variable" (a self-hosted instance without a
 *   valid license refuses API keys): plan.
 * - booking errors come back as snake_case codes in `message`: no_available_users_found_error,
 *   hosts_unavailable_for_booking, already_signed_up_for_this_booking_error,
 *   booking_time_out_of_bounds_error, booker_limit_exceeded_error, booking_limit_reached (the slot
 *   or the attendee is not bookable): validation; couldnt_charge_card_error,
 *   payment_not_created_error (the attendee's payment): validation.
 * - v1's "An error occured while querying the database." (500, any Prisma failure): transient.
 * - 429 ThrottlerException "Too Many Requests", 5xx: transient (generic).
 * Sources: calcom/cal.com apps/api/v2/src/filters/http-exception.filter.ts and zod-exception.filter.ts
 * (the v2 error shape), apps/api/v2/src/modules/auth/strategies/api-auth/api-auth.strategy.ts (auth
 * messages, license check), @calcom/platform-constants (INVALID_ACCESS_TOKEN "Invalid Access
 * Token.", ACCESS_TOKEN_IS_EXPIRED), apps/api/v1/lib/helpers/verifyApiKey.ts, packages/lib/errorCodes
 * (booking ErrorCode values), the v2 bookings e2e spec (`error.message` no_available_users_found_error
 * at 400); calcom/cal.com issues #11461, #12685, #14500 ("An error occured while querying the
 * database."), #16925 and #17777 (400 on GET /v2/bookings), #20808; cal.com/docs/api-reference/v2 and cal.com/docs/developing/guides/api/how-to-setup-api-in-a-
 * local-instance (CALCOM_LICENSE_KEY, /settings/developer/api-keys).
 */
export const provider: Provider = {
  name: 'cal-com',
  display: 'Cal.com',
  aliases: ['calcom', 'caldotcom'],
  hints: ['(?:api|app)\\.cal\\.com', '@calcom/[\\w-]+', 'cal-api-version', 'cal_(?:live|test)_[\\w*.]{4,}', 'CALCOM_[A-Z_]{3,40}'],
  links: {
    auth: 'https://app.cal.com/settings/developer/api-keys',
    plan: 'https://cal.com/docs/developing/guides/api/how-to-setup-api-in-a-local-instance',
    validation: 'https://cal.com/docs/api-reference/v2/bookings/get-all-bookings',
    transient: 'https://status.cal.com',
    outage: 'https://status.cal.com',
  },
  rules: [
    {
      id: 'cal-com/license',
      category: 'plan',
      cause: 'license key missing',
      message: /Invalid or missing CALCOM_LICENSE_KEY/,
      summary: 'Self-hosted Cal.com instance has no valid license for API access',
      fix: 'Set a valid CALCOM_LICENSE_KEY on the Cal.com instance (API keys need a licensed deployment) and restart it; pause the sync until then.',
    },
    {
      // Case-sensitive: Cal.com writes "api key" and "apiKey" where other APIs write "API key".
      id: 'cal-com/api-key',
      category: 'auth',
      cause: 'API key invalid or expired',
      message: /\bYour api ?[kK]ey is (?:not valid|expired)\b|\bThis apiKey is expired\b|\bNo apiKey provided\b|\bNo user tied to this apiKey\b|\bACCESS_TOKEN_IS_EXPIRED\b|\bNo authentication method provided\. Either pass an API key as 'Bearer' header/,
      summary: 'Cal.com rejected the API key or access token',
      fix: 'Create a new API key in Cal.com settings (Developer → API keys; keys can expire) or refresh the platform access token; pause the sync until then.',
    },
    {
      id: 'cal-com/platform-client',
      category: 'auth',
      cause: 'OAuth client rejected',
      message: /\bClient with ID \S{1,80} not found\b|\bNo owner ID found for this OAuth client\b|\bInvalid request origin - please open https:\/\/app\.cal\.com\/settings\/platform/,
      summary: 'Cal.com rejected the platform OAuth client (id, secret or origin)',
      fix: 'Check the x-cal-client-id / x-cal-secret-key of the platform OAuth client and add the calling origin to its redirect URIs (app.cal.com/settings/platform); pause the sync until then.',
    },
    {
      id: 'cal-com/slot-unavailable',
      category: 'validation',
      cause: 'slot not bookable',
      message: /\b(?:no_available_users_found_error|hosts_unavailable_for_booking|already_signed_up_for_this_booking_error|booking_time_out_of_bounds_error|booker_limit_exceeded_error|booking_limit_reached)\b/,
      summary: 'Cal.com cannot book this slot (no available host, outside the bookable window, or a booking limit)',
      fix: 'Pick a slot from GET /slots for the event type (time zone and length included), or relax the event type’s limits; retrying the same slot fails again.',
    },
    {
      id: 'cal-com/payment-failed',
      category: 'validation',
      cause: 'booking payment failed',
      message: /\b(?:couldnt_charge_card_error|payment_not_created_error)\b/,
      summary: 'Cal.com could not take the payment for this booking',
      fix: 'Check the attendee’s payment details and the event type’s payment app (Stripe connection); the booking needs the attendee again.',
    },
    {
      id: 'cal-com/database-error',
      category: 'transient',
      cause: 'database query failed',
      message: /An error occured while querying the database/,
      summary: 'Cal.com failed on its side while querying its database',
      fix: 'Retry with backoff; if the same record fails every time, report the request (and the booking or event type id) to Cal.com support.',
    },
  ],
};
