import type { RuleCase } from '../rule-tester.js';

/**
 * Zendesk Support API. `{"error":"<Code>","description":…}`; 401 `Couldn't authenticate you`;
 * 403 `Forbidden` "You do not have access to this page"; 404 `RecordNotFound` / `InvalidEndpoint`;
 * 409 `UpdateConflict` (safe_update collision: re-read and retry); 422 `RecordInvalid` keyed by
 * field; legacy `{"error":{"title":"Invalid attribute","message":…}}`.
 * Sources: developer.zendesk.com/api-reference/introduction/requests, /introduction/rate-limits,
 * ticket update collisions (safe_update); bodies in zenpy / node-zendesk issues.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const zendeskCases: RuleCase[] = [
  {
    line: 'org.zendesk.client.v2.ZendeskResponseRateLimitException: HTTP/429: Too Many Requests - {"error":"APIRateLimitExceeded","description":"Number of allowed incremental export API requests per minute exceeded"}',
    category: 'transient',
    destination: 'zendesk',
    rule: 'zendesk/rate-limit',
    note: 'incremental export limit (10 a minute)',
  },
  {
    line: '2026-03-07 06:10:00 source > [Errno Expecting value] Number of allowed API requests per minute exceeded: 0',
    category: 'transient',
    destination: 'zendesk',
    rule: 'zendesk/rate-limit',
    note: 'the 429 text body a JSON client failed to parse: no level, no status, the wording alone names Zendesk and the limit',
  },
  {
    line: j({ ts: '2026-03-05T09:00:00Z', level: 'error', destination: 'zendesk', record_id: 'tkt_4410', status: 404, body: { error: 'RecordNotFound', description: 'Not found' } }),
    category: 'validation',
    cause: 'RecordNotFound',
    rule: 'zendesk/record-not-found',
    note: 'Zendesk 404 RecordNotFound: the ticket was deleted or merged',
  },
  {
    line: j({
      ts: '2026-03-05T09:00:10Z',
      level: 'error',
      destination: 'zendesk',
      record_id: 'tkt_4411',
      status: 409,
      body: { error: 'UpdateConflict', description: 'Safe Update prevented the update due to outdated ticket data. Please fetch the latest ticket data and try again.' },
    }),
    category: 'transient',
    cause: 'UpdateConflict',
    rule: 'zendesk/update-conflict',
    note: 'safe_update collision (409 UpdateConflict): re-read and retry, transient',
  },
  {
    line: j({
      ts: '2026-03-05T09:00:20Z',
      level: 'error',
      destination: 'zendesk',
      record_id: 'org_77',
      status: 403,
      body: { error: 'Forbidden', description: 'You do not have access to this page. Please contact the account owner of this help desk for further help.' },
    }),
    category: 'permissions',
    rule: 'zendesk/forbidden',
    note: 'Zendesk 403 Forbidden on a Zendesk line: the Zendesk rule, not the generic one',
  },
  {
    line: "zenpy.lib.exception.APIException: {\"error\": \"Forbidden\", \"description\": \"You do not have access to this page. Please contact the account owner of this help desk for further help.\"}",
    category: 'permissions',
    destination: 'zendesk',
    note: 'zenpy prints the 403 body: permissions, named Zendesk by the SDK',
  },
  {
    line: 'ERROR sync.zendesk record=usr_9 agent lacks access: You do not have access to this page. Please contact the account owner of this help desk for further help.',
    category: 'permissions',
    rule: 'zendesk/no-access-page',
    note: 'the 403 wording alone, no body: Zendesk message rule',
  },
  {
    line: j({ ts: '2026-03-05T09:00:30Z', level: 'error', destination: 'zendesk', status: 404, url: 'https://acme.zendesk.com/api/v2/ticket.json', body: { error: 'InvalidEndpoint', description: 'Not found' } }),
    category: 'validation',
    cause: 'InvalidEndpoint',
    rule: 'zendesk/invalid-endpoint',
    note: 'wrong object path in the connection: InvalidEndpoint',
  },
  {
    line: j({
      ts: '2026-03-05T09:00:40Z',
      level: 'error',
      destination: 'zendesk',
      record_id: 'tkt_4420',
      status: 400,
      body: { error: { title: 'Invalid attribute', message: 'You passed an invalid value for the priority attribute. must be one of low, normal, high, urgent' } },
    }),
    category: 'validation',
    field: 'priority',
    rule: 'zendesk/invalid-attribute',
    note: 'legacy 400 "Invalid attribute": the field comes from the message',
  },
  {
    line: j({
      ts: '2026-03-05T09:00:50Z',
      level: 'error',
      destination: 'zendesk',
      record_id: 'usr_13',
      status: 422,
      body: { error: 'RecordInvalid', description: 'Record validation errors', details: { email: [{ description: 'Email: jane@example.com is already being used by another user', error: 'DuplicateValue' }] } },
    }),
    category: 'validation',
    field: 'email',
    rule: 'zendesk/record-invalid',
    note: 'RecordInvalid with a DuplicateValue detail: validation on the detail key',
  },
  {
    line: 'ZendeskResponseException: HTTP/401: Unauthorized - {"error":"Couldn\'t authenticate you"}',
    category: 'auth',
    destination: 'zendesk',
    rule: 'zendesk/authenticate',
    note: 'Java client text: auth',
  },
  // ---------------------------------------------------------------- near misses
  {
    line: j({ ts: '2026-03-05T09:01:00Z', level: 'error', destination: 'salesforce', record_id: 'a01', status: 404, body: [{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }] }),
    category: 'validation',
    destination: 'salesforce',
    note: 'near miss: a Salesforce 404 is never a Zendesk RecordNotFound',
  },
  {
    line: j({ ts: '2026-03-05T09:01:10Z', level: 'error', destination: 'github', status: 403, body: { message: 'Forbidden', documentation_url: 'https://docs.github.com/rest' } }),
    category: 'permissions',
    destination: 'github',
    note: 'near miss: another API’s Forbidden is not Zendesk’s',
  },
];
