import type { RuleCase } from '../rule-tester.js';

/**
 * Notion API: `{"object":"error","status","code","message","request_id"}`. Codes and example
 * messages from developers.notion.com/reference/status-codes (object_not_found "… Make sure the
 * relevant pages and databases are shared with your integration.", validation_error "body failed
 * validation: …", conflict_error "… try again", rate_limited) and /reference/request-limits.
 */
const j = (o: unknown): string => JSON.stringify(o);
const err = (status: number, code: string, message: string) => ({ object: 'error', status, code, message, request_id: '2c1e6f8a-3b4d-4e5f-9a0b-1c2d3e4f5a6b' });

export const notionCases: RuleCase[] = [
  {
    line: j({ ts: '2026-03-06T09:00:00Z', level: 'error', destination: 'notion', record_id: 'page_1', status: 401, body: err(401, 'unauthorized', 'API token is invalid.') }),
    category: 'auth',
    rule: 'notion/unauthorized',
    note: 'unauthorized: auth',
  },
  {
    line: j({ ts: '2026-03-06T09:00:10Z', level: 'error', destination: 'notion', record_id: 'page_2', status: 403, body: err(403, 'restricted_resource', 'API token does not have access to this resource.') }),
    category: 'permissions',
    rule: 'notion/restricted-resource',
    note: 'restricted_resource: the integration’s capabilities',
  },
  {
    line: j({
      ts: '2026-03-06T09:00:20Z',
      level: 'error',
      destination: 'notion',
      record_id: 'db_row_3',
      status: 404,
      body: err(404, 'object_not_found', 'Could not find database with ID: be907abe-510e-4116-a3d1-7ea71018c06f. Make sure the relevant pages and databases are shared with your integration.'),
    }),
    category: 'permissions',
    rule: 'notion/not-shared',
    note: 'object_not_found that says "shared with your integration": permissions',
  },
  {
    line: j({ ts: '2026-03-06T09:00:30Z', level: 'error', destination: 'notion', record_id: 'block_4', status: 404, body: err(404, 'object_not_found', 'Could not find block with ID: 4d1c6a2e-9f3b-4c5d-8e7f-0a1b2c3d4e5f.') }),
    category: 'validation',
    rule: 'notion/object-not-found',
    note: 'near miss for permissions: object_not_found without the sharing hint is a missing object',
  },
  {
    line: '@notionhq/client warn: request fail { code: "object_not_found", message: "Could not find page with ID: 5e2f. Make sure the relevant pages and databases are shared with your integration." }',
    category: 'permissions',
    destination: 'notion',
    note: 'SDK warn line: the sharing hint decides',
  },
  {
    line: 'APIResponseError: Could not find database with ID: 0c1d2e3f-4a5b-6c7d-8e9f-a0b1c2d3e4f5. Make sure the relevant pages and databases are shared with your integration.',
    category: 'permissions',
    rule: 'notion/not-shared-message',
    note: 'SDK exception message alone: permissions',
  },
  {
    line: j({
      ts: '2026-03-06T09:00:40Z',
      level: 'error',
      destination: 'notion',
      record_id: 'page_5',
      status: 400,
      body: err(400, 'validation_error', 'body failed validation: body.properties.Name.title[0].text.content.length should be ≤ `2000`, instead was `2170`.'),
    }),
    category: 'validation',
    field: 'Name',
    rule: 'notion/validation-error',
    note: 'validation_error names the property in its path',
  },
  {
    line: j({ ts: '2026-03-06T09:00:50Z', level: 'error', destination: 'notion', record_id: 'page_6', status: 400, body: err(400, 'validation_error', 'Due Date is not a property that exists.') }),
    category: 'validation',
    field: 'Due Date',
    rule: 'notion/validation-error',
    note: 'unknown property: validation on it',
  },
  {
    line: j({ ts: '2026-03-06T09:01:00Z', level: 'error', destination: 'notion', status: 400, body: err(400, 'missing_version', 'Notion-Version header failed validation: Notion-Version header should be defined, instead was `undefined`.') }),
    category: 'validation',
    rule: 'notion/invalid-request',
    note: 'missing_version: the connector’s request',
  },
  {
    line: j({ ts: '2026-03-06T09:01:10Z', level: 'warn', destination: 'notion', record_id: 'page_7', status: 409, body: err(409, 'conflict_error', 'Conflict occurred while saving. Please try again.') }),
    category: 'transient',
    rule: 'notion/conflict',
    note: 'conflict_error: Notion asks to retry, not a duplicate',
  },
  {
    line: j({ ts: '2026-03-06T09:01:20Z', level: 'warn', destination: 'notion', record_id: 'page_8', status: 429, body: err(429, 'rate_limited', 'You have been rate limited. Please try again in a few minutes.') }),
    category: 'transient',
    rule: 'notion/rate-limited',
    note: 'rate_limited: transient',
  },
  {
    line: j({ ts: '2026-03-06T09:01:30Z', level: 'error', destination: 'notion', record_id: 'page_9', status: 503, body: err(503, 'database_connection_unavailable', "Notion's database is unavailable or in an unqueryable state. Try again later.") }),
    category: 'transient',
    rule: 'notion/server',
    note: 'database_connection_unavailable: transient',
  },
  // ---------------------------------------------------------------- near misses
  {
    line: j({ ts: '2026-03-06T09:01:40Z', level: 'error', destination: 'slack', status: 200, body: { ok: false, error: 'ratelimited' } }),
    category: 'transient',
    destination: 'slack',
    note: 'near miss: Slack’s rate limit is not Notion’s rate_limited',
  },
  {
    line: j({ ts: '2026-03-06T09:01:50Z', level: 'error', destination: 'acme_api', status: 409, body: { code: 'conflict', message: 'record already exists' } }),
    category: 'validation',
    destination: 'acme_api',
    note: 'near miss: a generic 409 conflict is a duplicate (validation), not Notion’s conflict_error',
  },
];

/** Notion errors as @notionhq/client logs them: a util.inspect dump, unquoted keys. */
export const notionInspectCases: RuleCase[] = [
  {
    line: "@notionhq/client warn: request fail {\n  code: 'validation_error',\n  message: 'body failed validation: body.properties.Status.select.name should be a string, instead was `42`.'\n}",
    category: 'validation',
    destination: 'notion',
    note: 'the code under an unquoted key of a Node inspect dump is still the code',
  },
];

/** validation_error stated only by its sentence. */
export const notionMessageCases: RuleCase[] = [
  {
    line: "2026-03-02T10:00:00Z ERROR notion create page: body failed validation: body.parent.page_id should be a valid uuid, instead was `\"abc\"`.",
    category: "validation",
    destination: "notion",
    field: "parent.page_id",
    rule: "notion/failed-validation-message",
    note: "the body path names the field",
  },
];

/** The validator's sentence without its envelope (SDK and engine logs print only the message). */
export const notionValidatorCases: RuleCase[] = [
  {
    line: 'ERROR [notion-sync] page create failed: body.properties.Status.select.name should be defined, instead was `undefined`.',
    category: 'validation',
    field: 'Status',
    rule: 'notion/failed-validation-message',
    note: 'the sentence without its `body failed validation:` prefix: a select sent without its option name',
  },
  {
    line: 'ERROR append blocks failed: body failed validation: body.children.length should be ≤ `100`, instead was `143`.',
    category: 'validation',
    field: 'children.length',
    rule: 'notion/failed-validation-message',
    note: 'more than 100 blocks in one request: the member is named',
  },
];
