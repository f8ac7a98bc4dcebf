import type { RuleCase } from '../rule-tester.js';

/**
 * Intercom: {"type":"error.list","request_id","errors":[{"code","message","field"?}]}.
 * api_plan_restricted (403) is plan; token_* codes are auth, except token_unauthorized (a valid
 * token without the scope) which is permissions; conflict names no field.
 * Sources: developers.intercom.com error codes / HTTP responses pages; intercom-node, -ruby, -php
 * issues. Expectations from DESIGN.md §2/§7.
 */
const j = (o: unknown): string => JSON.stringify(o);
const body = (request_id: string | undefined, errors: Array<Record<string, unknown>>) =>
  request_id === undefined ? { type: 'error.list', errors } : { type: 'error.list', request_id, errors };

export const intercomCases: RuleCase[] = [
  {
    line: 'Exception in thread "sync-3" io.intercom.api.ServerException: service error\n\tat io.intercom.api.HttpClient.throwException(HttpClient.java:214)',
    category: 'transient',
    destination: 'intercom',
    rule: 'intercom/server-exception',
    note: 'intercom-java maps a 5xx answer to ServerException',
  },
  // ---------------------------------------------------------------- auth
  {
    line: j({ ts: '2024-07-01T12:00:00Z', level: 'error', destination: 'intercom', record_id: 'contact-501', status: 401, body: body('000hjqhpf95ef3b8f8v0', [{ code: 'unauthorized', message: 'Access Token Invalid' }]) }),
    category: 'auth',
    cause: 'unauthorized',
    destination: 'intercom',
    note: '401 code unauthorized "Access Token Invalid"',
  },
  {
    line: j({ ts: '2024-07-01T12:00:02Z', level: 'error', record_id: 'contact-503', status: 401, body: body('b2jiv6iroeecej5qclm0', [{ code: 'token_suspended', message: 'Unauthorized token, suspended application' }]) }),
    category: 'auth',
    destination: 'intercom',
    note: 'token_suspended (no destination field; type error.list identifies Intercom)',
  },
  {
    line: j({ ts: '2024-07-01T12:00:02Z', level: 'error', destination: 'intercom', record_id: 'contact-504', status: 401, body: body('c3kjw7jspffdfk4rdmn1', [{ code: 'token_revoked', message: 'The token or API Key has been revoked' }]) }),
    category: 'auth',
    note: 'token_revoked',
  },
  {
    line: '2024-07-01 12:01:00 ERROR dest=intercom record=u-4 UnauthorizedError: UnauthorizedError Status code: 401 Body: { "type": "error.list", "request_id": "0002a8l8ommabn4llkq0", "errors": [ { "code": "token_not_found", "message": "Unauthorized" } ] }',
    category: 'auth',
    note: 'intercom-node (Fern) error string with newlines collapsed: token_not_found',
  },
  {
    line: 'Error: {"statusCode":401,"body":{"type":"error.list","request_id":"9a8b7c6d5e4f3a2b1c0d","errors":[{"code":"token_not_found","message":"Unauthorized"}]},"headers":{"content-type":"application/json; charset=utf-8"}}',
    category: 'auth',
    note: 'old intercom-node client: Error with a JSON {statusCode, body, headers} message',
  },

  // ---------------------------------------------------------------- permissions
  {
    line: j({ ts: '2024-07-01T12:00:03Z', level: 'error', destination: 'intercom', record_id: 'lead-88', status: 401, body: body('7307accd-301f-4319-b728-123476dc9288', [{ code: 'token_unauthorized', message: 'Not authorized to access resource' }]) }),
    category: 'permissions',
    cause: 'token_unauthorized',
    note: 'token_unauthorized on HTTP 401: the token lacks the scope, permissions not auth',
  },
  {
    line: j({
      ts: '2024-07-01T12:00:06Z',
      level: 'error',
      destination: 'intercom',
      record_id: 'conv-71',
      status: 403,
      body: body('9f3e0d1c-2b3a-4c5d-8e6f-7a8b9c0d1e2f', [{ code: 'action_forbidden', message: 'The action is not authorized', data: { required_permissions: ['manage_conversations'] } }]),
    }),
    category: 'permissions',
    cause: 'action_forbidden',
    note: '403 action_forbidden (2.17 data.required_permissions)',
  },
  {
    line: "2024-07-01 12:01:02 ERROR dest=intercom record=u-6 Intercom::UnexpectedError: The error of type '' is not recognized. It occurred with the message: Not authorized to access resource and http_code: '401'. Please contact Intercom with these details.",
    category: 'permissions',
    note: 'intercom-ruby UnexpectedError wrapping "Not authorized to access resource" (the scope case), despite "Unexpected" and 401',
  },

  // ---------------------------------------------------------------- plan
  {
    line: j({ ts: '2024-07-01T12:00:05Z', level: 'error', destination: 'intercom', record_id: 'ticket-9', status: 403, body: body('request124', [{ code: 'api_plan_restricted', message: 'Active subscription needed.' }]) }),
    category: 'plan',
    cause: 'api_plan_restricted',
    destination: 'intercom',
    note: '403 api_plan_restricted is plan, not permissions',
  },

  // ---------------------------------------------------------------- validation
  {
    line: j({ ts: '2024-07-01T12:00:07Z', level: 'error', destination: 'intercom', record_id: 'conv-68', status: 400, body: body('e1f0a2b3-c4d5-4e6f-8a9b-0c1d2e3f4a5b', [{ code: 'parameter_invalid', message: "Conversation attribute 'anything' does not exist" }]) }),
    category: 'validation',
    field: 'anything',
    note: 'parameter_invalid: field only quoted in the message',
  },
  {
    line: j({ ts: '2024-07-01T12:00:08Z', level: 'error', destination: 'intercom', record_id: 'user-314159', status: 404, body: body('f93ecfa8-d08a-4325-8694-89aeb89c8f85', [{ code: 'not_found', message: 'No such user_id[314159]', field: 'user_id' }]) }),
    category: 'validation',
    field: 'user_id',
    note: 'not_found with errors[].field (docs example)',
  },
  {
    line: j({ ts: '2024-07-01T12:00:10Z', level: 'error', destination: 'intercom', record_id: 'contact-511', status: 409, body: body('c0ff4e5d-6a7b-4c8d-9e0f-1a2b3c4d5e6f', [{ code: 'conflict', message: 'A contact matching those details already exists with id=6570a1b2c3d4e5f6a7b8c9d0' }]) }),
    category: 'validation',
    cause: 'conflict',
    field: null,
    note: '409 conflict (contact exists): validation, names no field',
  },
  {
    line: j({
      ts: '2024-07-01T12:00:11Z',
      level: 'error',
      destination: 'intercom',
      record_id: 'msg-12',
      status: 400,
      body: body('almvmvb7hnr3hjonq670', [{ code: 'conflict', message: 'Multiple existing users match this email address x@gmail.com - must be more specific using user_id' }]),
    }),
    category: 'validation',
    note: 'conflict returned with HTTP 400 (several users match the email)',
  },
  {
    line: j({
      ts: '2024-07-01T12:00:12Z',
      level: 'error',
      destination: 'intercom',
      record_id: 'macro-1',
      status: 400,
      body: body('7a80b950-b392-499f-85db-ea7c6c424d37', [{ code: 'intercom_version_invalid', message: 'Requested resource is not available in current API version.' }]),
    }),
    category: 'validation',
    note: 'intercom_version_invalid: wrong Intercom-Version header for the resource',
  },
  {
    line: "2024-07-01 12:01:05 ERROR dest=intercom record=u-9 Error from intercom api (status 409): {'type': 'error.list', 'errors': [{'code': 'conflict', 'message': 'A contact matching those details already exists with id=65f1a2b3c4d5e6f7a8b9c0d1'}]}",
    category: 'validation',
    note: 'third-party destination logs a Python dict repr: conflict',
  },

  // ---------------------------------------------------------------- transient
  {
    line: j({ ts: '2024-07-01T12:00:13Z', level: 'warn', destination: 'intercom', record_id: 'conv-900', status: 429, body: body('a9b8c7d6-e5f4-4a3b-9c2d-1e0f9a8b7c6d', [{ code: 'rate_limit_exceeded', message: 'Exceeded rate limit of 83 in 10_seconds' }]) }),
    category: 'transient',
    cause: 'rate_limit_exceeded',
    note: '429 rate_limit_exceeded (per 10 s window)',
  },
  {
    line: '2024-07-01 12:01:01 ERROR dest=intercom record=u-5 Intercom::RateLimitExceeded (Exceeded rate limit of 83 in 10_seconds)',
    category: 'transient',
    note: 'intercom-ruby RateLimitExceeded',
  },
  {
    line: j({ ts: '2024-07-01T12:00:14Z', level: 'error', destination: 'intercom', record_id: 'conv-901', status: 500, body: body('77aa88bb-99cc-4ddd-8eee-ffaa00bb11cc', [{ code: 'server_error', message: 'Server Error' }]) }),
    category: 'transient',
    note: '500 server_error',
  },
  {
    line: j({ ts: '2024-07-01T12:00:15Z', level: 'error', destination: 'intercom', record_id: 'conv-902', status: 503, body: body(undefined, [{ code: 'service_unavailable', message: 'Sorry, the API service is temporarily unavailable' }]) }),
    category: 'transient',
    note: '503 service_unavailable (no request_id)',
  },
  {
    line: j({ ts: '2024-07-01T12:00:16Z', level: 'error', destination: 'intercom', record_id: 'u_12', error: { message: 'Request failed with status code 503', name: 'AxiosError', code: 'ERR_BAD_RESPONSE', status: 503 } }),
    category: 'transient',
    note: 'axios toJSON() has no body: 503 by status',
  },
  {
    line: '2024-07-01 12:01:06 ERROR dest=intercom record=u-10 connect ETIMEDOUT 34.231.1.2:443 (api.intercom.io)',
    category: 'transient',
    destination: 'intercom',
    note: 'connect ETIMEDOUT: transient',
  },

  // ---------------------------------------------------------------- outage
  {
    line: '2024-07-01T12:02:00.000Z ERROR intercom sync failed for contact u-11: Error: getaddrinfo ENOTFOUND api.intercom.io',
    category: 'outage',
    destination: 'intercom',
    note: 'ENOTFOUND on the API host: outage',
  },
];

/**
 * Cases the first rule tables got wrong, fixed since and kept as regressions: each "was:" says
 * what the tool returned then and why that was wrong.
 */
export const regressions: RuleCase[] = [
  // was: auth (rule http/auth-message).
  // why: the truncated JSON cannot be parsed and the literal "code":"token_unauthorized" is not picked from the text, so "401 Unauthorized" decides; token_unauthorized is permissions.
  {
    line: '2024-07-01 12:01:03 ERROR dest=intercom record=u-7 Client error: `GET https://api.intercom.io/users` resulted in a `401 Unauthorized` response: {"type":"error.list","request_id":"b4lgfoceq2b4v78dj4k0","errors":[{"code":"token_unauthorized","message":"Not authorize (truncated...)',
    category: 'permissions',
    destination: 'intercom',
    note: 'intercom-php Guzzle message truncates the JSON: token_unauthorized must still be found',
  },
  // was: cause "plan limit" (rule http/plan-message); category plan is right.
  // why: the Fern SDK body starts with "{ \"" (a space), so the embedded JSON is not found and the provider code api_plan_restricted is lost.
  {
    line: '2024-07-01 12:01:10 ERROR dest=intercom record=tk-12 ForbiddenError: ForbiddenError Status code: 403 Body: { "type": "error.list", "request_id": "0003b9m9pnnbco5mmlr1", "errors": [ { "code": "api_plan_restricted", "message": "Active subscription needed." } ] }',
    category: 'plan',
    cause: 'api_plan_restricted',
    note: 'intercom-node ForbiddenError string with api_plan_restricted: plan',
  },
  // was: unknown (builtin/unknown).
  // why: "ClientErrorException(code: 409): Conflict" is not read as status 409; a 409 conflict is validation.
  {
    line: '2024-07-01 12:01:04 ERROR dest=intercom record=u-8 Conflict {"exception":"[object] (Http\\\\Client\\\\Common\\\\Exception\\\\ClientErrorException(code: 409): Conflict at /app/vendor/php-http/client-common/src/Plugin/ErrorPlugin.php:83)"}',
    category: 'validation',
    note: 'intercom-php ClientErrorException 409 with the body lost: a 409 conflict is still validation',
  },
];

/** Intercom wording with no code in the line. */
export const intercomMessageCases: RuleCase[] = [
  {
    line: '2026-03-02T10:00:00Z ERROR intercom upsert failed: Multiple existing users match this email address jo@example.com - must be more specific using user_id',
    category: 'validation',
    destination: 'intercom',
    rule: 'intercom/multiple-matches',
    note: 'several Intercom users share the email: identify the contact by user_id',
  },
];

/** intercom-ruby error classes for plan limits. */
export const intercomPlanCases: RuleCase[] = [
  {
    line: "Intercom::CDALimitReachedError: Custom data limit reached",
    category: "plan",
    destination: "intercom",
    rule: "intercom/custom-data-limit",
    note: "the custom data attribute limit of the workspace",
  },
];

/** intercom-ruby error classes (github.com/intercom/intercom-ruby, lib/intercom/errors.rb). */
export const intercomRubyCases: RuleCase[] = [
  {
    line: "app/worker.1: WARN: Intercom::ResourceNotFound: Company Not Found",
    category: "validation",
    destination: "intercom",
    rule: "intercom/sdk-not-found",
    note: "a deleted or merged company",
  },
  {
    line: "Intercom::AuthenticationError: Access Token Invalid",
    category: "auth",
    destination: "intercom",
    rule: "intercom/sdk-authentication",
    note: "a revoked token",
  },
  {
    line: "Intercom::RateLimitExceeded: Exceeded rate limit of 1000 in 60 seconds",
    category: "transient",
    destination: "intercom",
    rule: "intercom/sdk-rate-limit",
    note: "the per-minute limit",
  },
];
