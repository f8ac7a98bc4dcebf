import type { Provider } from './provider.js';

/**
 * Zendesk Support API: `{"error":"<Code>","description":"…","details":{field:[{description,error}]}}`;
 * a 401 is the bare `{"error":"Couldn't authenticate you"}`; a 403 says `"Forbidden"` with "You do
 * not have access to this page"; a 404 says `RecordNotFound`; an 422 `RecordInvalid` keys its
 * details by field (each detail's `error` is `BlankValue`, `InvalidValue`, `DuplicateValue`…);
 * a `safe_update` collision is a 409 `UpdateConflict`; old-style 400s carry
 * `{"error":{"title":"Invalid attribute","message":"You passed an invalid value for the X attribute…"}}`.
 * Sources: developer.zendesk.com/api-reference/introduction/requests (errors),
 * /introduction/rate-limits, /documentation/ticketing/managing-tickets/creating-and-updating-tickets
 * (protecting against ticket update collisions); bodies in zenpy and node-zendesk issues,
 * zendesk-java-client #319 and zendesk_api_client_php #422 (429 wording).
 */
const Z = ['zendesk'];

export const provider: Provider = {
  name: 'zendesk',
  display: 'Zendesk',
  aliases: ['zendesksupport'],
  // Hosts (`acme.zendesk.com`), SDKs (zenpy, node-zendesk, the Ruby zendesk_api gem, Java ZendeskClient).
  // The 429 body's own wording ("Number of allowed API requests per minute exceeded", also for
  // incremental exports and, on trial accounts, per hour) names Zendesk where nothing else does.
  hints: ['Number of allowed (?:incremental export )?(?:API )?requests per (?:minute|hour) exceeded', 'zendesk\\.com', 'zendesk', 'zenpy', 'zendesk_api', 'ZendeskAPI', 'ZendeskClient', 'ZendeskResponseException', 'zdesk'],
  // 422 RecordInvalid: the keys of "details" are the fields ({"email": [{"description": …}]}).
  fieldShapes: [{ key: 'details', beside: 'error', equals: 'RecordInvalid', keysAreFields: true }],
  rank: 95,
  links: {
    auth: 'https://support.zendesk.com/hc/en-us/articles/4408889192858',
    permissions: 'https://support.zendesk.com/hc/en-us/articles/4408832171034',
    validation: 'https://developer.zendesk.com/api-reference/introduction/requests/',
    outage: 'https://status.zendesk.com',
    transient: 'https://developer.zendesk.com/api-reference/introduction/rate-limits/',
  },
  rules: [
    {
      id: 'zendesk/record-invalid',
      category: 'validation',
      cause: 'RecordInvalid',
      code: ['RecordInvalid', 'DuplicateValue', 'InvalidValue', 'BlankValue'],
      summary: 'Zendesk record validation failed',
      fix: 'Fix the value of the named field (details key) in the mapping.',
    },
    {
      id: 'zendesk/record-not-found',
      category: 'validation',
      cause: 'RecordNotFound',
      code: ['RecordNotFound'],
      destination: Z,
      summary: 'Zendesk record not found (deleted, merged or wrong id)',
      fix: 'Re-resolve the Zendesk id for the record (it was deleted or merged), or create it instead of updating.',
    },
    // 429: `{"error":"APIRateLimitExceeded","description":"Number of allowed … requests per minute
    // exceeded"}`, or the description alone as a text body (which JSON clients then fail to parse).
    {
      id: 'zendesk/rate-limit',
      category: 'transient',
      cause: 'APIRateLimitExceeded',
      message: /\bAPIRateLimitExceeded\b|Number of allowed (?:incremental export )?(?:API )?requests per (?:minute|hour) exceeded/i,
      summary: 'Zendesk API rate limit (requests per minute)',
      fix: 'Retry after Retry-After; lower the request rate (the limit is per account and plan; incremental exports allow 10 a minute).',
    },
    // `safe_update: true` refused the write because the ticket changed since it was read.
    {
      id: 'zendesk/update-conflict',
      category: 'transient',
      cause: 'UpdateConflict',
      code: ['UpdateConflict'],
      summary: 'Zendesk ticket changed since it was read (safe update collision)',
      fix: 'Re-read the ticket and retry with its new updated_stamp; serialise writes to the same ticket.',
    },
    {
      id: 'zendesk/forbidden',
      category: 'permissions',
      cause: 'Forbidden',
      code: ['Forbidden', 'AccessDenied'],
      destination: Z,
      summary: 'Zendesk user or token lacks access to this resource',
      fix: 'Give the API user an agent/admin role with access to this object (or enable API token access in Admin Center).',
    },
    {
      id: 'zendesk/invalid-endpoint',
      category: 'validation',
      cause: 'InvalidEndpoint',
      code: ['InvalidEndpoint'],
      destination: Z,
      summary: 'Zendesk rejected the endpoint or its parameters',
      fix: 'Fix the object / endpoint configured in the connection (a typo in the object or a path Zendesk does not serve).',
    },
    {
      id: 'zendesk/authenticate',
      category: 'auth',
      cause: "Couldn't authenticate you",
      message: /Couldn't authenticate you/i,
      summary: 'Zendesk credentials rejected',
      fix: 'Update the Zendesk API token / OAuth connection; pause the sync until then.',
    },
    {
      id: 'zendesk/no-access-page',
      category: 'permissions',
      cause: 'Forbidden',
      message: /You do not have access to this page\. Please contact the account owner of this help desk/i,
      summary: 'Zendesk user or token lacks access to this resource',
      fix: 'Give the API user an agent/admin role with access to this object (or enable API token access in Admin Center).',
    },
    {
      id: 'zendesk/invalid-attribute',
      category: 'validation',
      cause: 'Invalid attribute',
      message: /You passed an invalid value for the \w+ attribute/i,
      fieldFrom: /invalid value for the (\w+) attribute/i,
      destination: Z,
      summary: 'Zendesk rejected the value of `{field}`',
      fix: 'Map `{field}` to one of the values Zendesk accepts (see the sample).',
    },
  ],
};
