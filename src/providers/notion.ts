import type { Provider } from './provider.js';

/**
 * Notion API: `{"object":"error","status":N,"code":"…","message":"…","request_id":"…"}`.
 * 401 `unauthorized` ("API token is invalid."); 403 `restricted_resource` (the integration lacks the
 * capability); 404 `object_not_found` — either the object is gone or, as its message says ("Make
 * sure the relevant pages and databases are shared with your integration"), it was never shared
 * with the integration: that one is permissions; 400 `validation_error` names the property in its
 * message ("body.properties.Name.title…", "Name is not a property that exists."); 409
 * `conflict_error` is a data collision Notion asks to retry (transient); 429 `rate_limited` (about
 * 3 requests per second per integration); 5xx `internal_server_error`, `service_unavailable`,
 * `database_connection_unavailable`, `gateway_timeout`. `unauthorized`, `rate_limited`,
 * `validation_error` are everyone's words: Notion's only on Notion lines.
 * Sources: developers.notion.com/reference/status-codes, /reference/request-limits,
 * /docs/authorization; @notionhq/client APIErrorCode.
 */
const N = ['notion'];
/** The property a validation message names (`body.properties.Name.title…`), else the body's member (`body.children.length`). */
const NOTION_FIELD = /body\.properties\.([^.\s[`]+)|(?:^|\| )([^|.]+?) is not a property that exists|(?:^|\| )([^|.]+?) is expected to be |\bbody\.(?!properties\.)([A-Za-z_]\w{0,60})\b/;

export const provider: Provider = {
  name: 'notion',
  display: 'Notion',
  // Not the bare word ("the notion of").
  // Hosts (the official API, and www.notion.so/api/v3 that notion-py and react-notion-x call), SDKs.
  // APIResponseError: the error class of @notionhq/client.
  // Its error body's envelope: {"object":"error","status":400,"code":"validation_error",…}.
  hints: ['"object"\\s*:\\s*"error"', 'api\\.notion\\.com', '(?:www\\.)?notion\\.so', '@notionhq/client', 'APIResponseError', 'notion_client', 'notion-py', 'NotionAPI', 'react-notion-x'],
  rank: 95,
  links: {
    auth: 'https://www.notion.so/my-integrations',
    permissions: 'https://www.notion.so/help/add-and-manage-connections-with-the-api',
    validation: 'https://developers.notion.com/reference/status-codes',
    transient: 'https://developers.notion.com/reference/request-limits',
    outage: 'https://status.notion.so',
  },
  rules: [
    {
      id: 'notion/unauthorized',
      category: 'auth',
      cause: 'unauthorized',
      code: ['unauthorized'],
      destination: N,
      summary: 'Notion integration token invalid or revoked',
      fix: 'Reconnect Notion (or paste the integration’s current secret); pause the sync until then.',
    },
    {
      id: 'notion/restricted-resource',
      category: 'permissions',
      cause: 'restricted_resource',
      code: ['restricted_resource'],
      summary: 'Notion integration lacks the capability for this call',
      fix: 'Enable the capability (read / update / insert content, user information) in the integration’s settings.',
    },
    {
      id: 'notion/not-shared',
      category: 'permissions',
      cause: 'object_not_found (not shared)',
      code: ['object_not_found'],
      message: /shared with your integration/i,
      summary: 'Notion page or database not shared with the integration',
      fix: 'Share the page / database with the integration (••• → Connections → add it); keep syncing the rest.',
    },
    {
      id: 'notion/object-not-found',
      category: 'validation',
      cause: 'object_not_found',
      code: ['object_not_found'],
      destination: N,
      summary: 'Notion page, block or database does not exist',
      fix: 'Re-resolve the Notion id (deleted, moved to trash, or from another workspace).',
    },
    {
      id: 'notion/validation-error',
      category: 'validation',
      cause: 'validation_error',
      code: ['validation_error'],
      destination: N,
      fieldFrom: NOTION_FIELD,
      summary: 'Notion rejected property `{field}`',
      fix: 'Map `{field}` to a property that exists on the database, with its type (title, rich_text, select…) and limits (2,000 characters per text).',
    },
    {
      id: 'notion/invalid-request',
      category: 'validation',
      cause: '{code}',
      code: ['invalid_json', 'invalid_request_url', 'invalid_request', 'missing_version'],
      destination: N,
      summary: 'Notion rejected the request ({code})',
      fix: 'Fix the request the connector builds (Notion-Version header, endpoint, JSON body).',
    },
    {
      id: 'notion/conflict',
      category: 'transient',
      cause: 'conflict_error',
      code: ['conflict_error'],
      summary: 'Notion write conflicted with another change',
      fix: 'Retry with fresh data; serialise writes to the same page.',
    },
    {
      id: 'notion/rate-limited',
      category: 'transient',
      cause: 'rate_limited',
      code: ['rate_limited'],
      destination: N,
      summary: 'Notion rate limit (about 3 requests per second)',
      fix: 'Retry after Retry-After; lower concurrency to about 3 requests per second per integration.',
    },
    {
      id: 'notion/server',
      category: 'transient',
      cause: '{code}',
      code: ['internal_server_error', 'service_unavailable', 'database_connection_unavailable', 'gateway_timeout', 'bad_gateway'],
      destination: N,
      summary: 'Notion server error or timeout',
      fix: 'Retry with backoff; a request that always times out (60 s) needs a smaller page or batch.',
    },
    // SDK texts that drop the code: @notionhq/client's APIResponseError message.
    {
      id: 'notion/not-shared-message',
      category: 'permissions',
      cause: 'object_not_found (not shared)',
      message: /Make sure the relevant pages and databases are shared with your integration/i,
      summary: 'Notion page or database not shared with the integration',
      fix: 'Share the page / database with the integration (••• → Connections → add it); keep syncing the rest.',
    },
    // validation_error's own sentence, when the line carries no code: "body failed validation:
    // body.parent.database_id should be a valid uuid", "path failed validation: path.database_id …".
    {
      id: 'notion/failed-validation-message',
      category: 'validation',
      cause: 'validation_error',
      // …and the client's wording of a property of the wrong type: "Name is expected to be rich_text."
      // The sentence alone, without its prefix: `body.properties.X.select.id should be defined, instead was …`.
      message: /\b(?:body|path|query) failed validation\b|\bbody(?:\.[^\s.]{1,100}){1,12} should be [^\n]{1,120}?, instead was\b|\bis expected to be (?:title|rich_text|number|url|select|multi_select|people|email|phone_number|date|checkbox|relation|files|status)\b/,
      fieldFrom: /\bbody\.properties\.([^.\s[`]+)|(?:Error: |^|\| )([^|.:]+?) is expected to be (?:title|rich_text|number|url|select|multi_select|people|email|phone_number|date|checkbox|relation|files|status)\b|\b(?:body|path|query)\.([\w.-]+?)(?:\.(?:title|rich_text|number|url|select|multi_select|people|email|phone_number|date|checkbox|relation|files|status))? should (?:be|not)\b/,
      summary: 'Notion rejected property `{field}`',
      fix: 'Map `{field}` to a property that exists on the database, with its type (title, rich_text, select…) and limits (2,000 characters per text).',
    },
  ],
};
