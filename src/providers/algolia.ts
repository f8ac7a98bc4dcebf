import type { Provider } from './provider.js';

/**
 * Algolia Search and Insights APIs: `<APP_ID>.algolia.net`, `<APP_ID>-dsn.algolia.net`,
 * `<APP_ID>-{1,2,3}.algolianet.com` (retry hosts), `insights.algolia.io` (events), `analytics.`,
 * `query-suggestions.`. Errors are `{"message":"…","status":N}`; the clients throw
 * `AlgoliaSearchError` / `ApiError` (JS), `algoliasearch.exceptions.RequestException` (Python),
 * `Algolia::AlgoliaProtocolError` (Ruby: "Cannot POST to https://…: {…} (403)"),
 * `AlgoliaSearch\AlgoliaException` (PHP).
 * - 403 "Invalid Application-ID or API key" (a wrong pair, a deleted key, or an ad blocker
 *   rewriting the headers): auth.
 * - 403 "Method not allowed with this API key", "Index not allowed with this API key" (the key's
 *   ACL or index restriction), "not enough rights": permissions.
 * - 403 "Operations quota exceeded, change plan to get more Operations.", "Record quota exceeded",
 *   "Record at the position N objectID=x is too big size=N bytes. Contact us if you need an
 *   extended quota" (the record size cap of the plan): plan.
 * - 429 (per-key maxQueriesPerIPPerHour, or too many indexing jobs): transient.
 * - Insights `/1/events` answers 400 / 422 naming the event attribute that is wrong or missing
 *   (eventName 1-64 characters, eventType click / conversion / view, userToken pattern, objectIDs
 *   and positions up to 20, queryID 32 hex characters) or "No events to process": validation on
 *   that attribute.
 * Sources: algolia.com/doc/rest-api/search (errors), support.algolia.com "Why am I getting 403
 * Invalid Application-ID or API key", the Insights API spec (algolia/api-clients-automation
 * specs/insights/paths/pushEvents.yml and PR #1647); real bodies in
 * algoliasearch-client-javascript #1157 and #1492, algoliasearch-rails #124, docsearch-configs
 * #3008, minimal-mistakes #1868, algoliasearch-client-python #82, statamic/v2-hub #887, cdnjs #4190,
 * forem #759, algoliasearch-magento #884.
 */
const A = ['algolia'];

export const provider: Provider = {
  name: 'algolia',
  display: 'Algolia',
  aliases: ['algolia', 'algoliasearch', 'algoliainsights'],
  hints: [
    'algolia',
    '[\\w-]+\\.algolia\\.(?:net|io)',
    'algolianet\\.com',
    'algoliasearch',
    'AlgoliaSearchError',
    'Algolia(?:Exception|ProtocolError|HttpError)',
    'Algolia::\\w+',
  ],
  links: {
    auth: 'https://www.algolia.com/doc/guides/security/api-keys/',
    permissions: 'https://www.algolia.com/doc/guides/security/api-keys/',
    plan: 'https://www.algolia.com/pricing/',
    validation: 'https://www.algolia.com/doc/rest-api/insights/',
    transient: 'https://www.algolia.com/doc/rest-api/search/',
    outage: 'https://status.algolia.com',
  },
  rules: [
    {
      id: 'algolia/invalid-key',
      category: 'auth',
      cause: 'invalid Application-ID or API key',
      message: /Invalid Application-?ID or API key/i,
      summary: 'Algolia rejected the Application ID / API key pair',
      fix: 'Check the Application ID and use an existing key of that application (Settings → API Keys: an admin or write key for indexing); pause the sync until then.',
    },
    {
      id: 'algolia/key-acl',
      category: 'permissions',
      cause: 'API key ACL',
      message: /\b(?:Method|Index|Operation|Referer|IP|Host)s? not allowed with this API key|not enough rights|(?:doesn't|does not) have the required ACL/i,
      summary: 'Algolia API key lacks the ACL or index access for this call',
      fix: 'Give the key the needed ACLs (addObject, deleteObject, editSettings…) and the index pattern, or use the application’s write / admin key for the sync.',
    },
    {
      id: 'algolia/quota',
      category: 'plan',
      cause: 'plan quota',
      message: /(?:Operations?|Records?) quota exceeded|change plan to get more|Record (?:at the position \d+ )?(?:objectID=\S+ )?is too big|Record is too big|extended quota/i,
      summary: 'Algolia plan limit reached (records, operations or record size)',
      fix: 'Delete unused records or indices, trim large attributes below the plan’s record size cap, or upgrade the Algolia plan.',
    },
    {
      id: 'algolia/insights-event',
      category: 'validation',
      cause: 'invalid event attribute',
      message: /\b(?:eventType|eventName|userToken|authenticatedUserToken|objectIDs|queryID|positions|timestamp|filters)\b|No events to process/,
      status: [400, 422],
      destination: A,
      fieldFrom: /\b(eventType|eventName|userToken|authenticatedUserToken|objectIDs|queryID|positions|timestamp|filters)\b/,
      summary: 'Algolia Insights rejected the event (`{field}`)',
      fix: 'Fix the event attribute named (eventName 1-64 characters, eventType click / conversion / view, userToken [a-zA-Z0-9_=/+-]{1,128}, up to 20 objectIDs with matching positions, a 32-character queryID); retrying the same event fails again.',
    },
    {
      id: 'algolia/rate-limit',
      category: 'transient',
      cause: 'HTTP 429',
      status: [429],
      destination: A,
      summary: 'Algolia rate limit (per key or per IP)',
      fix: 'Retry with backoff; batch objects (saveObjects / batch) instead of one call per record.',
    },
  ],
};
