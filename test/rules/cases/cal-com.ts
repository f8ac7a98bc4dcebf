import type { RuleCase } from '../rule-tester.js';

/**
 * Cal.com API v2 (NestJS `{"status":"error","path":…,"error":{"code","message"}}`) and v1
 * (`{"message":…}`) answers.
 * Sources: calcom/cal.com apps/api/v2/src/filters/http-exception.filter.ts, api-auth.strategy.ts
 * (messages), @calcom/platform-constants (INVALID_ACCESS_TOKEN), apps/api/v1/lib/helpers/
 * verifyApiKey.ts ("No apiKey provided"), packages/lib/errorCodes (booking codes), the v2 bookings
 * e2e spec (400 no_available_users_found_error); calcom/cal.com issues #11461 and #12685 ("An error
 * occured while querying the database.").
 */
const j = (o: object) => JSON.stringify(o);
const v2 = (path: string, code: string, message: string) => ({ status: 'error', timestamp: '2025-01-10T09:12:44.123Z', path, error: { code, message } });

export const calComCases: RuleCase[] = [
  {
    line: j({ level: 'error', status: 401, url: 'https://api.cal.com/v2/bookings', body: v2('/v2/bookings', 'UnauthorizedException', 'Your api key is expired') }),
    category: 'auth',
    destination: 'cal-com',
    rule: 'cal-com/api-key',
    note: 'api-auth.strategy.ts: an expired API key (keys carry an expiry set at creation)',
  },
  {
    line: 'Error: {"message":"No apiKey provided"}',
    category: 'auth',
    destination: 'cal-com',
    rule: 'cal-com/api-key',
    note: 'v1 verifyApiKey.ts: the apiKey query parameter missing; no host, Cal.com’s camelCase wording names it',
  },
  {
    line: 'UnauthorizedException: Invalid or missing CALCOM_LICENSE_KEY environment variable',
    category: 'plan',
    destination: 'cal-com',
    rule: 'cal-com/license',
    note: 'api-auth.strategy.ts: a self-hosted instance refuses API keys without a license, whatever the 401 says',
  },
  {
    line: j(v2('/v2/oauth-clients/clxyz123/users', 'UnauthorizedException', "Invalid request origin - please open https://app.cal.com/settings/platform and add the origin 'https://booking.example.org' to the 'Redirect uris' of your OAuth client.")),
    category: 'auth',
    destination: 'cal-com',
    rule: 'cal-com/platform-client',
    note: 'api-auth.strategy.ts: a platform OAuth client called from an origin it does not list',
  },
  {
    line: j({ level: 'error', status: 400, url: 'https://api.cal.com/v2/bookings', body: v2('/v2/bookings', 'BadRequestException', 'no_available_users_found_error') }),
    category: 'validation',
    destination: 'cal-com',
    rule: 'cal-com/slot-unavailable',
    note: 'v2 bookings e2e spec: the booking error code comes back as the message',
  },
  {
    line: j({ level: 'error', status: 400, url: 'https://api.cal.com/v1/bookings?apiKey=cal_live_REDACTED', body: { message: 'couldnt_charge_card_error' } }),
    category: 'validation',
    destination: 'cal-com',
    rule: 'cal-com/payment-failed',
    note: 'errorCodes ChargeCardFailure: the attendee’s card for a paid event type',
  },
  {
    line: j({ level: 'error', status: 500, url: 'https://api.cal.com/v1/bookings?apiKey=cal_live_REDACTED', body: { message: 'An error occured while querying the database.' } }),
    category: 'transient',
    destination: 'cal-com',
    rule: 'cal-com/database-error',
    note: 'calcom/cal.com #11461 / #12685: v1’s Prisma error wrapper',
  },
  {
    line: j({ level: 'error', status: 401, url: 'https://api.cal.com/v2/me', body: v2('/v2/me', 'UnauthorizedException', 'Invalid Access Token.') }),
    category: 'auth',
    destination: 'cal-com',
    rule: 'http/auth-message',
    note: '@calcom/platform-constants INVALID_ACCESS_TOKEN: generic wording, the generic rule decides; the host names Cal.com',
  },
];
