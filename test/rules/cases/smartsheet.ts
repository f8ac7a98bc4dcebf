import type { RuleCase } from '../rule-tester.js';

/**
 * Smartsheet's flat `{"errorCode","message","refId"}` bodies, raw and as the SDKs print them.
 * Sources: smartsheet-platform/api-docs source/_additional.html.md.erb (the Error object sample,
 * the BulkItemFailure sample, the Complete Error Code List: statuses, codes and message templates)
 * and snippets/rateLimiting.md.erb (the 4003 body); smartsheet-python-sdk smartsheet.py
 * (OperationErrorResult, error_lookup 4001–4004) and models/error_result.py (the serialized
 * ApiError text); smartsheet-javascript-sdk lib/utils/requestLogger.js ("Error Code: %d - %s") and
 * issues #48 (4004 on a 500) and #108 (1012 "row.id"); smartsheet-java-sdk AbstractResources.java
 * (401 and 403 both AuthorizationException); public code quoting the Python SDK's ApiError text
 * (1006 "Not Found", 1018 'transferTo').
 */
const j = (o: unknown): string => JSON.stringify(o);
const ref = 'exlxshtxlpl8';
const pyApiError = (code: number, message: string, status: number, name = 'ApiError', retry = false) =>
  `smartsheet.exceptions.${name}: ${j({ result: { code, errorCode: code, message, name, recommendation: retry ? 'Retry using exponential backoff.' : 'Do not retry without fixing the problem. ', refId: '1uxmonxvg9wxl', shouldRetry: retry, statusCode: status } })}`;

export const smartsheetCases: RuleCase[] = [
  {
    line: j({ level: 'error', status: 401, url: 'https://api.smartsheet.com/2.0/sheets/4583173393803140/rows', body: { errorCode: 1002, message: 'Your Access Token is invalid.', refId: ref } }),
    category: 'auth',
    destination: 'smartsheet',
    cause: '1002 access token',
    rule: 'smartsheet/token',
    note: 'error code list: 401 1002 "Your Access Token is invalid."; the API host names Smartsheet',
  },
  {
    line: pyApiError(1003, 'Your Access Token has expired.', 401),
    category: 'auth',
    destination: 'smartsheet',
    cause: '1003 access token',
    rule: 'smartsheet/token',
    note: 'the Python SDK raises ApiError whose text is the serialized Error (code, errorCode, statusCode); 1003 expired token',
  },
  {
    line: j({ level: 'error', errorCode: 1002, message: 'Your Access Token is invalid.', refId: ref }),
    category: 'auth',
    destination: 'smartsheet',
    rule: 'smartsheet/token-body',
    note: 'a bare body with no host: the code with Smartsheet’s own wording names it (1002 alone is another API’s code too)',
  },
  {
    line: '[Smartsheet] 2025-01-16T19:42:15.776Z[  ERROR] Response: Failure (HTTP 401) Error Code: 1002 - Your Access Token is invalid. Ref ID: 1yqx0e7tkvx1t',
    category: 'auth',
    destination: 'smartsheet',
    rule: 'smartsheet/token-message',
    note: 'the JavaScript SDK’s request logger (requestLogger.js "Error Code: %d - %s"), joined onto one line',
  },
  {
    line: j({ level: 'error', destination: 'Smartsheet', status: 401, body: { errorCode: 1067, message: 'Invalid client_id', refId: ref } }),
    category: 'auth',
    rule: 'smartsheet/oauth',
    note: 'error code list: 401 1067 invalid client_id (the OAuth app’s credentials)',
  },
  {
    line: j({ level: 'error', status: 403, url: 'https://api.smartsheet.com/2.0/sheets/4583173393803140/rows', body: { errorCode: 1004, message: 'You are not authorized to perform this action.', refId: ref } }),
    category: 'permissions',
    destination: 'smartsheet',
    cause: '1004 not authorized',
    rule: 'smartsheet/not-authorized',
    note: 'error code list: 403 1004 — the token is valid but the user’s sharing level on the sheet is too low',
  },
  {
    line: 'com.smartsheet.api.AuthorizationException: You are not authorized to perform this action.',
    category: 'permissions',
    destination: 'smartsheet',
    rule: 'smartsheet/not-authorized-message',
    note: 'the Java SDK maps 401 and 403 alike to AuthorizationException with the message alone: the wording decides',
  },
  {
    line: j({ level: 'error', status: 403, url: 'https://api.smartsheet.eu/2.0/sheets/2331373580117892/rows', body: { errorCode: 1039, message: 'Cannot edit a locked column 7909615123779460.', refId: ref } }),
    category: 'permissions',
    destination: 'smartsheet',
    rule: 'smartsheet/locked',
    note: 'error code list: 403 1039 locked column (EU host)',
  },
  {
    line: j({ level: 'error', status: 403, url: 'https://api.smartsheet.com/2.0/users', body: { errorCode: 1014, message: 'There are no licenses available on your account.', refId: ref } }),
    category: 'plan',
    destination: 'smartsheet',
    cause: '1014 plan',
    rule: 'smartsheet/plan',
    note: 'error code list: 403 1014 no licences left on the account',
  },
  {
    line: 'Smartsheet.Api.AuthorizationException: The operation you are attempting to perform is not supported by your plan.',
    category: 'plan',
    destination: 'smartsheet',
    rule: 'smartsheet/plan-message',
    note: 'the C# SDK’s exception with 1013’s message: a 403 that is the plan, not a role',
  },
  {
    line: j({ level: 'warn', status: 429, url: 'https://api.smartsheet.com/2.0/sheets/4583173393803140/rows', body: { errorCode: 4003, message: 'Rate limit exceeded.' } }),
    category: 'transient',
    destination: 'smartsheet',
    cause: '4003 rate limit',
    rule: 'smartsheet/rate-limit',
    note: 'rateLimiting snippet: 429 with errorCode 4003 (300 requests per minute per token)',
  },
  {
    line: pyApiError(4003, 'Rate limit exceeded.', 429, 'RateLimitExceededError', true),
    category: 'transient',
    destination: 'smartsheet',
    rule: 'smartsheet/rate-limit',
    note: 'the Python SDK’s RateLimitExceededError for 4003 (error_lookup, should_retry true)',
  },
  {
    line: '[Smartsheet] 2025-01-16T19:42:15.776Z[  ERROR] Response: Failure (HTTP 429) Error Code: 4003 - Rate limit exceeded. Ref ID: undefined',
    category: 'transient',
    destination: 'smartsheet',
    rule: 'smartsheet/rate-limit-message',
    note: 'the JavaScript SDK’s log line for 4003',
  },
  {
    line: j({ level: 'error', status: 503, url: 'https://api.smartsheet.com/2.0/sheets', body: { errorCode: 4001, message: 'Smartsheet.com is currently offline for system maintenance. Please check back again shortly.', refId: ref } }),
    category: 'outage',
    destination: 'smartsheet',
    rule: 'smartsheet/maintenance',
    note: 'error code list: 503 4001 system maintenance (the SDK waits minutes between retries)',
  },
  {
    line: 'ERROR sheet sync failed: Smartsheet.com is currently offline for system maintenance. Please check back again shortly.',
    category: 'outage',
    destination: 'smartsheet',
    rule: 'smartsheet/maintenance-message',
    note: '4001’s message alone names Smartsheet.com',
  },
  {
    line: j({ level: 'error', status: 500, url: 'https://api.smartsheet.com/2.0/sheets/', body: { errorCode: 4004, message: 'An unexpected error has occurred. Please retry your request. If you encounter this error repeatedly, please contact api@smartsheet.com for assistance.' } }),
    category: 'transient',
    destination: 'smartsheet',
    cause: '4004 server error',
    rule: 'smartsheet/server',
    note: 'smartsheet-javascript-sdk #48: 4004 on a 500, which the SDKs retry',
  },
  {
    line: '[Smartsheet] 2025-04-18T02:11:09.102Z[  ERROR] Response: Failure (HTTP 500) Error Code: 4004 - Request failed because sheetId 3028600315924356 is currently being updated by another request that uses the same access token. Please retry your request once the previous request has completed. Ref ID: 5zkyd6d2fhwy',
    category: 'transient',
    destination: 'smartsheet',
    rule: 'smartsheet/server-message',
    note: 'error code list: 4004’s second wording (concurrent updates of one sheet on one token)',
  },
  {
    line: `ERROR Failed to delete attachment ${pyApiError(1006, 'Not Found', 404)}`,
    category: 'validation',
    destination: 'smartsheet',
    cause: '1006 not found',
    rule: 'smartsheet/not-found',
    note: 'public code quoting the Python SDK’s ApiError for a deleted attachment (1006 Not Found)',
  },
  {
    line: j({ level: 'error', status: 400, url: 'https://api.smartsheet.com/2.0/sheets/3028600315924356/rows', body: { errorCode: 1012, message: 'Required object attribute(s) are missing from your request: row.id.', refId: '1t6v0yvk5j4ua' } }),
    category: 'validation',
    destination: 'smartsheet',
    field: 'row.id',
    rule: 'smartsheet/invalid-value',
    note: 'smartsheet-javascript-sdk #108: 1012 names the missing attribute after the colon',
  },
  {
    line: pyApiError(1018, "The value 'test' was not valid for the parameter 'transferTo'.", 400),
    category: 'validation',
    destination: 'smartsheet',
    field: 'transferTo',
    rule: 'smartsheet/invalid-value',
    note: 'public code quoting the Python SDK’s ApiError for 1018 (remove user with transferTo)',
  },
  {
    line: j({ level: 'error', status: 200, url: 'https://api.smartsheet.com/2.0/sheets/4583173393803140/rows?allowPartialSuccess=true', body: { message: 'PARTIAL_SUCCESS', resultCode: 3, failedItems: [{ index: 0, rowId: 564480076736388, error: { errorCode: 1042, message: 'The value for cell in column 647615814625156, Mad Hatter, did not conform to the strict requirements for type PICKLIST.', refId: '136g6zxtcekx2' } }] } }),
    category: 'validation',
    destination: 'smartsheet',
    field: 'Mad Hatter',
    rule: 'smartsheet/invalid-value',
    note: 'the BulkItemFailure sample: a partial success (200) whose failed row names the column by title',
  },
  {
    line: j({ level: 'error', destination: 'smartsheet', status: 400, body: { errorCode: 1025, message: 'The share already exists.', refId: ref } }),
    category: 'validation',
    rule: 'smartsheet/exists',
    note: 'error code list: 400 1025 share already exists',
  },
  {
    line: j({ level: 'error', status: 410, url: 'https://api.smartsheet.com/1.1/sheets', body: { errorCode: 4005, message: 'API version retired.', refId: ref } }),
    category: 'validation',
    destination: 'smartsheet',
    rule: 'smartsheet/request',
    note: 'error code list: 410 4005 API version retired',
  },
  {
    line: j({ level: 'error', destination: 'marketo', status: 200, errors: [{ code: '1003', message: 'Lead already exists' }] }),
    category: 'validation',
    rule: 'marketo/record',
    note: 'near miss: Marketo’s 1003 on a Marketo line is not Smartsheet’s 1003 (expired token)',
  },
];
