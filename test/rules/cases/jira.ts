import type { RuleCase } from '../rule-tester.js';

/**
 * Jira Cloud REST: `{"errorMessages":[…],"errors":{"<fieldId>":"<message>"}}`; the OAuth 2.0 (3LO)
 * gateway's `{"code":401,"message":"Unauthorized; scope does not match"}`. Messages from
 * developer.atlassian.com (Jira Cloud REST v3 status codes, OAuth scopes, basic auth deprecation)
 * and real bodies quoted in integrations (DefectDojo, Workfront, jira-python JIRAError).
 */
const j = (o: unknown): string => JSON.stringify(o);

export const jiraCases: RuleCase[] = [
  {
    line: j({ ts: '2026-03-06T12:00:00Z', level: 'error', destination: 'jira', status: 401, url: 'https://api.atlassian.com/ex/jira/11223344-a1b2-4c3d-9e8f-001122334455/rest/agile/1.0/board', body: { code: 401, message: 'Unauthorized; scope does not match' } }),
    category: 'permissions',
    rule: 'jira/scope-mismatch',
    note: 'a 401 that is a missing OAuth scope: permissions',
  },
  {
    line: j({ ts: '2026-03-06T12:00:10Z', level: 'error', destination: 'jira', status: 401, body: { code: 401, message: 'Client must be authenticated to access this resource.' } }),
    category: 'auth',
    rule: 'jira/client-not-authenticated',
    note: 'bad or expired token: auth',
  },
  {
    line: j({
      ts: '2026-03-06T12:00:20Z',
      level: 'error',
      destination: 'jira',
      record_id: 'SUP-101',
      status: 400,
      body: { errorMessages: [], errors: { customfield_10010: "Field 'customfield_10010' cannot be set. It is not on the appropriate screen, or unknown." } },
    }),
    category: 'validation',
    field: 'customfield_10010',
    rule: 'jira/field-not-on-screen',
    note: 'field not on the screen: validation on the field id',
  },
  {
    line: "jira.exceptions.JIRAError: JiraError HTTP 400 url: https://acme.atlassian.net/rest/api/2/issue text: Field 'duedate' cannot be set. It is not on the appropriate screen, or unknown.",
    category: 'validation',
    field: 'duedate',
    destination: 'jira',
    rule: 'jira/field-not-on-screen',
    note: 'jira-python text: the field from the message',
  },
  {
    line: j({ ts: '2026-03-06T12:00:30Z', level: 'error', destination: 'jira', record_id: 'SUP-102', status: 400, body: { errorMessages: [], errors: { project: 'You do not have permission to create issues in this project.' } } }),
    category: 'permissions',
    rule: 'jira/no-permission',
    note: 'project permission scheme: permissions',
  },
  {
    line: 'jira.exceptions.JIRAError: JiraError HTTP 404 url: https://acme.atlassian.net/rest/api/2/issue/SUP-77 text: Issue does not exist or you do not have permission to see it.',
    category: 'validation',
    rule: 'jira/issue-not-found',
    note: 'deleted or hidden issue: record-level',
  },
  {
    line: 'ERROR jira sync: HTTP 404 {"errorMessages":["Issue does not exist or you do not have permission to see it."],"errors":{}} issue=SUP-77',
    category: 'validation',
    destination: 'jira',
    note: 'the raw body: errorMessages is not read by extract, so the 404 status decides (same category)',
  },
  {
    line: j({ ts: '2026-03-06T12:00:40Z', level: 'error', destination: 'jira', record_id: 'SUP-103', status: 400, body: { errorMessages: [], errors: { priority: "The value 'Critical+' does not exist for the field 'priority'." } } }),
    category: 'validation',
    field: 'priority',
    rule: 'jira/invalid-value',
    note: 'option that does not exist: validation',
  },
  {
    line: "JIRAError: HTTP 400 url: https://acme.atlassian.net/rest/api/2/issue/SUP-104/transitions text: It seems that you have tried to perform a workflow operation (Close Issue) that is not valid for the current state of this issue (SUP-104).",
    category: 'validation',
    rule: 'jira/workflow',
    note: 'invalid transition: validation',
  },
  // ---------------------------------------------------------------- near misses
  {
    line: j({ ts: '2026-03-06T12:00:50Z', level: 'error', destination: 'github', status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' } }),
    category: 'permissions',
    destination: 'github',
    note: 'near miss: another provider’s permission error is not Jira’s',
  },
  {
    line: j({ ts: '2026-03-06T12:01:00Z', level: 'error', destination: 'jira', status: 401, body: { errorMessages: ['You are not authenticated. Authentication required to perform this operation.'], errors: {} } }),
    category: 'auth',
    note: 'near miss for scope-mismatch: a plain 401 is auth',
  },
];

/** Jira bodies as Python clients print them. */
export const jiraPrintedCases: RuleCase[] = [
  {
    line: "restfly.errors.BadRequestError: [400: POST] https://jira.internal.example.org/rest/api/2/issue body=b'{\"errorMessages\":[],\"errors\":{\"customfield_10200\":\"Field \\'customfield_10200\\' cannot be set. It is not on the appropriate screen, or unknown.\"}}'",
    category: 'validation',
    destination: 'jira',
    field: 'customfield_10200',
    rule: 'jira/field-not-on-screen',
    note: 'a body inside a Python bytes repr escapes its quotes; a self-hosted Jira is named by its REST path',
  },
  {
    line: '2026-03-01T10:00:00Z ERROR search failed: 400 {"errorMessages":["Field \'customfield_10099\' does not exist or you do not have permission to view it."],"errors":{}}',
    category: 'validation',
    destination: 'jira',
    field: 'customfield_10099',
    note: 'Jira’s JQL answer for a field it cannot find (Atlassian community and REST docs): the query names a field that is not there far more often than a hidden one',
  },
];
