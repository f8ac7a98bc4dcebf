import type { RuleCase } from '../rule-tester.js';

/**
 * Etsy Open API v3: `{"error":"…"}` sentences, OAuth errors, schema-validation arrays, and client
 * exception text (Guzzle, rhysnhall/etsy-php-sdk, anitabyte/etsyv3).
 * Sources: developers.etsy.com/documentation/essentials/rate-limits; etsy/open-api issues #519
 * (invalid_token), #588 (User does not own Shop), #198 (per-second 429 body), #620 / #611 (daily rate
 * limit), #855 and public Etsy clients quoting "There was a problem with /sku : …", #298 / #472
 * (array_too_short), discussion #1529 and anitabyte/etsyv3 #31 (shared secret required),
 * HelpCode-ai/anythingmcp #637 (keystring:shared_secret format); rhysnhall/etsy-php-sdk #13.
 */
const j = (o: object) => JSON.stringify(o);
const API = 'https://openapi.etsy.com/v3/application';

export const etsyCases: RuleCase[] = [
  {
    line: 'Client error: `GET https://openapi.etsy.com/v3/application/shops/31174029/listings` resulted in a `403 Forbidden` response: {"error":"User does not own Shop 31174029"}',
    category: 'permissions',
    destination: 'etsy',
    rule: 'etsy/shop-not-owned',
    note: 'etsy/open-api #588: a Guzzle error with the 403 body; the token belongs to another user',
  },
  {
    line: 'Etsy\\Exception\\RequestException: Received HTTP status code [403] with error "No user was provided as part of the bearer token.".',
    category: 'auth',
    destination: 'etsy',
    rule: 'etsy/no-user-token',
    note: 'rhysnhall/etsy-php-sdk #13: the SDK’s exception text; a user-scoped call made without a seller token',
  },
  {
    line: j({ level: 'error', status: 403, url: `${API}/shops/40218933/receipts`, body: { error: 'Shared secret is required in x-api-key header.' } }),
    category: 'auth',
    destination: 'etsy',
    rule: 'etsy/api-key-format',
    note: 'etsy/open-api discussion #1529 and anitabyte/etsyv3 #31: keystring alone rejected since February 2026',
  },
  {
    line: 'connector failed: 403 {"error":"Invalid API key: should be in the format \'keystring:shared_secret\'."}',
    category: 'auth',
    destination: 'etsy',
    rule: 'etsy/api-key-format',
    note: 'HelpCode-ai/anythingmcp #637: no host on the line, Etsy’s wording names it',
  },
  {
    line: j({ level: 'warn', status: 429, url: `${API}/listings/active?limit=100`, body: { error: 'Exceeded per second rate limit' } }),
    category: 'transient',
    destination: 'etsy',
    rule: 'etsy/second-limit',
    note: 'etsy/open-api #198: the 429 body past x-limit-per-second',
  },
  {
    line: 'ERROR sync shop 37968246: Exceeded daily rate limit (x-remaining-today: 0, retry-after: 86400)',
    category: 'plan',
    destination: 'etsy',
    rule: 'etsy/daily-limit',
    note: 'etsy/open-api #620 / #611 and #256: the 24-hour QPD allowance used up',
  },
  {
    line: "etsyv3.etsy_api.BadRequest: {'error': 'There was a problem with /sku : cannot be more than 32 characters'}",
    category: 'validation',
    destination: 'etsy',
    field: 'sku',
    rule: 'etsy/invalid-field',
    note: 'anitabyte/etsyv3 BadRequest text with the validation sentence of public Etsy sync notes (SKU over 32 characters)',
  },
  {
    line: j({ level: 'error', status: 400, url: `${API}/shops/1234567/listings/1215498087`, body: { error: 'There was a problem with /return/policy : cannot be null' } }),
    category: 'validation',
    destination: 'etsy',
    field: 'return/policy',
    rule: 'etsy/invalid-field',
    note: 'etsy/open-api #855: activating a listing without a return policy',
  },
  {
    line: j({ level: 'error', status: 401, url: 'https://api.etsy.com/v3/application/shops/10051834/receipts', body: { error: 'invalid_token', error_description: 'access token is expired' } }),
    category: 'auth',
    destination: 'etsy',
    rule: 'oauth/invalid-token',
    note: 'etsy/open-api #519 / #370: OAuth’s invalid_token is the generic rule’s; the host names Etsy',
  },
  {
    line: 'Client error: `POST https://openapi.etsy.com/v3/application/shops/19453804/listings?language=en` resulted in a `400 Bad Request` response: [{"path":"\\/images","type":"array_too_short","message":"cannot be less than 1 items"}]',
    category: 'validation',
    destination: 'etsy',
    rule: 'http/4xx',
    note: 'etsy/open-api #298: a schema-validation array is a 400 like any other',
  },
];
