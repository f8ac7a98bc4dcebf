import type { RuleCase } from '../rule-tester.js';

/**
 * Algolia `{"message","status"}` bodies as the clients print them. Sources: algolia.com/doc/rest-api;
 * the Insights API spec (api-clients-automation pushEvents.yml); algoliasearch-client-javascript
 * #1157, algoliasearch-rails #124, docsearch-configs #3008, minimal-mistakes #1868,
 * algoliasearch-client-python #82, forem #759.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const algoliaCases: RuleCase[] = [
  {
    line: '[algoliasearch-rails] Cannot POST to https://XXXXXXXX.algolia.net/1/indexes/Place/batch: {"message":"Invalid Application-ID or API key","status":403} (403)',
    category: 'auth',
    destination: 'algolia',
    rule: 'algolia/invalid-key',
    note: '403 that is an authentication failure: the wording decides',
  },
  {
    line: 'algoliasearch.exceptions.RequestException: Invalid Application-ID or API key',
    category: 'auth',
    destination: 'algolia',
    rule: 'algolia/invalid-key',
    note: 'the Python client’s exception names Algolia',
  },
  {
    line: '[jekyll-algolia] Error: 403: Cannot POST to https://app.algolia.net/1/indexes/*/batch: {"message":"Index not allowed with this API key","status":403} (403)',
    category: 'permissions',
    rule: 'algolia/key-acl',
    note: 'the key is restricted to other indices',
  },
  {
    line: j({ level: 'error', destination: 'algolia', status: 403, body: { message: 'Method not allowed with this API key', status: 403 } }),
    category: 'permissions',
    rule: 'algolia/key-acl',
    note: 'a search-only key used for indexing',
  },
  {
    line: 'Algolia::AlgoliaProtocolError: Cannot PUT to https://APPID.algolia.net/1/indexes/User_development/settings: {"message":"Operations quota exceeded, change plan to get more Operations.","status":403} (403)',
    category: 'plan',
    destination: 'algolia',
    rule: 'algolia/quota',
    note: '403 that is the plan’s operations quota',
  },
  {
    line: 'ERROR algoliasearch.helpers.AlgoliaException: Record at the position 42 objectID=1337 is too big size=100021 bytes. Contact us if you need an extended quota',
    category: 'plan',
    destination: 'algolia',
    rule: 'algolia/quota',
    note: 'the record size cap of the plan',
  },
  {
    line: j({ level: 'error', url: 'https://insights.algolia.io/1/events', status: 422, body: { status: 422, message: 'eventName should be between 1 and 64 characters long' } }),
    category: 'validation',
    destination: 'algolia',
    field: 'eventName',
    rule: 'algolia/insights-event',
    note: 'Insights names the event attribute',
  },
  {
    line: j({ level: 'warn', destination: 'algolia', status: 429, body: { message: 'Too many requests', status: 429 } }),
    category: 'transient',
    rule: 'algolia/rate-limit',
    note: '429: retry',
  },
];
