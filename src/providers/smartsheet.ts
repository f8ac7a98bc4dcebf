import type { Provider } from './provider.js';

/**
 * Smartsheet API 2.0 (`api.smartsheet.com/2.0/…`; EU `api.smartsheet.eu`, Australia
 * `api.smartsheet.au`, Smartsheet Gov `api.smartsheetgov.com`). Every error body is flat:
 * `{"errorCode":1006,"message":"Not Found","refId":"exlxshtxlpl8"}` (plus `detail` for a few
 * codes); a bulk call with partial success answers 200 with `failedItems[]`, each
 * `{"index","rowId","error":{"errorCode","message","refId"}}`. The codes are bare numbers other
 * APIs use too (Marketo's 1003, eBay's 1001), so every code rule is Smartsheet's lines only, and the
 * few rules that name no destination also want Smartsheet's own wording.
 * SDKs and how they print an error:
 * - smartsheet-python-sdk raises `smartsheet.exceptions.ApiError` (and, by code, its
 *   `SystemMaintenanceError` 4001, `ServerTimeoutExceededError` 4002, `RateLimitExceededError`
 *   4003, `UnexpectedErrorShouldRetryError` 4004) whose text is the JSON of the SDK's Error object:
 *   `{"result": {"code": 1006, "errorCode": 1006, "message": "Not Found", "name": "ApiError",
 *   "recommendation": "…", "refId": "…", "shouldRetry": false, "statusCode": 404}}`.
 * - smartsheet-javascript-sdk logs `[Smartsheet] … Response: Failure (HTTP 401)` then
 *   `Error Code: 1002 - Your Access Token is invalid.` and `Ref ID: …`; its error object has
 *   `statusCode`, `errorCode`, `message`, `refId`.
 * - smartsheet-java-sdk (`com.smartsheet.api.AuthorizationException` for 401 and 403 alike,
 *   `AccessTokenExpiredException` for 1003, `InvalidRequestException`, `ResourceNotFoundException`,
 *   `ServiceUnavailableException`, `SmartsheetRestException`) and the C# SDK
 *   (`Smartsheet.Api.AuthorizationException`…) put the message alone in the exception text, so
 *   the message decides there.
 * The codes, as the Complete Error Code List gives them (status, code):
 * - 401 1001 "An Access Token is required", 1002 "Your Access Token is invalid", 1003 "…has
 *   expired", 1005 "Single Sign-On is required for this account"; 400 1132 "The token provided has
 *   previously been revoked": auth. OAuth: 401 1067 invalid client_id, 400 1069 authorization code
 *   expired, 1071 invalid grant (code or refresh token), 1238 invalid secret: auth.
 * - 403 1004 "You are not authorized to perform this action" (the user's sharing level on the
 *   sheet), 401 1030 unable to assume the user, 1045 resource read-only, 1081, 1104, 1181, 1212,
 *   1270/1271 (impersonation refused), 1301 column formulas, 500 5502 (sheet admin needed), 5151
 *   (outside the approved domain sharing list); 1039 locked column, 1050 locked row, 1092 locked
 *   row or children: permissions.
 * - 403 1013 "The operation you are attempting to perform is not supported by your plan", 1014 "There
 *   are no licenses available on your account", 1076/1140 (must be a licensed user), 1173 (Team or
 *   Enterprise only), 1275 (impersonation not enabled), 1314 (plan cannot use column formulas): plan.
 * - 429 4003 "Rate limit exceeded" (300 requests per minute per token): transient.
 * - 500 4000 unexpected error, 4002 server timeout, 4004 "unexpected error, please retry" or "sheet
 *   … is currently being updated by another request that uses the same access token": transient.
 * - 503 4001 "Smartsheet.com is currently offline for system maintenance": outage.
 * - 404 1006, 1020, 1027, 1033, 1043, 1106, 1114, 1204 and 400 1034/1036 (ids that do not exist):
 *   validation (re-resolve the ids); 400 1008, 1009, 1012, 1018, 1031, 1032, 1041, 1042 and the
 *   other cell / attribute errors: validation, the field from the message ("…for the parameter
 *   'transferTo'", "…missing from your request: row.id", "…cell in column <id>, <title>, did not
 *   conform…"); 1025/1129/1103 already exists; 1007, 4005 (410, API version retired), 1010/1122
 *   (method), 1052/1091/1124 (media type): the request itself is wrong.
 * Sources: smartsheet-platform/api-docs source/_additional.html.md.erb (Error object, BulkItemFailure,
 * Complete Error Code List) and snippets/rateLimiting.md.erb (300 requests per minute);
 * developers.smartsheet.com/api/smartsheet/error-codes; smartsheet-python-sdk smartsheet/smartsheet.py
 * (OperationErrorResult.error_lookup 4001–4004) and exceptions.py; smartsheet-javascript-sdk
 * lib/utils/requestLogger.js, responseHandler.js and httpRequestor.js (retries 4001–4004);
 * smartsheet-java-sdk internal/AbstractResources.java handleError, AccessTokenExpiredException;
 * smartsheet-javascript-sdk issues #48 (4004 on a 500) and #108 (1012 "row.id"); public code
 * quoting the Python SDK's serialized ApiError (1006, 1018 'transferTo').
 */
const S = ['smartsheet'];

/** The field an error message names (the codes' templates in the error code list). */
const FIELD_IN_MESSAGE =
  /\bfor the (?:parameter|attribute) '?([\w.[\]]{1,100})'?|missing from your request: ([\w.[\]]{1,100})|The value for cell in column \d+, ([^,]{1,100}), did not conform|The value for ([\w.[\]]{1,100}) must be \d+ characters|\bcell\.\w+ for column ([^ ]{1,100}) was of the wrong object type|The attribute\(s\) ([\w.[\], ]{1,100}) are not allowed/;

export const provider: Provider = {
  name: 'smartsheet',
  display: 'Smartsheet',
  aliases: ['smartsheets'],
  // The hosts (the maintenance message names "Smartsheet.com" too), the SDKs' packages and
  // exception namespaces, the JavaScript SDK's log prefix, the Singer / Airbyte connectors.
  hints: [
    '(?:api\\.|app\\.)?smartsheet(?:gov)?\\.(?:com|eu|au)',
    'smartsheet\\.exceptions(?:\\.\\w+)?',
    'smartsheet\\.api(?:\\.\\w+)*',
    'smartsheet-(?:python|javascript|java|csharp|ruby)-sdk',
    'node_modules/smartsheet',
    '\\[Smartsheet\\]',
    '(?:tap|source)[-_]smartsheets?',
  ],
  links: {
    auth: 'https://developers.smartsheet.com/api/smartsheet/guides/basics/authentication',
    permissions: 'https://help.smartsheet.com/articles/1155182-sharing-permission-levels',
    plan: 'https://www.smartsheet.com/pricing',
    validation: 'https://developers.smartsheet.com/api/smartsheet/error-codes',
    transient: 'https://developers.smartsheet.com/api/smartsheet/guides/best-practices/rate-limiting',
    outage: 'https://status.smartsheet.com',
  },
  rules: [
    {
      id: 'smartsheet/token',
      category: 'auth',
      cause: '{code} access token',
      code: ['1001', '1002', '1003', '1005', '1132'],
      destination: S,
      summary: 'Smartsheet rejected the access token ({code}: missing, invalid, expired, revoked, or SSO required)',
      fix: 'Generate a new API access token (Account → Apps & Integrations → API Access) or reconnect the OAuth app, and update the connection; pause the sync until then.',
    },
    {
      id: 'smartsheet/oauth',
      category: 'auth',
      cause: '{code} OAuth',
      code: ['1067', '1069', '1071', '1238'],
      destination: S,
      summary: 'Smartsheet refused the OAuth client or grant ({code}: client id, secret, authorization code or refresh token)',
      fix: 'Check the app’s client id and secret, then have the user authorize the app again (the refresh token is no longer valid); pause the sync until then.',
    },
    {
      id: 'smartsheet/locked',
      category: 'permissions',
      cause: '{code} locked',
      code: ['1039', '1050', '1092'],
      destination: S,
      summary: 'Smartsheet column or row is locked ({code})',
      fix: 'Only the sheet owner and admins can edit locked columns and rows: unlock them, or connect with a user who is Admin on the sheet; keep syncing other records.',
    },
    {
      id: 'smartsheet/not-authorized',
      category: 'permissions',
      cause: '{code} not authorized',
      code: ['1004', '1030', '1045', '1081', '1104', '1181', '1211', '1212', '1270', '1271', '1301', '5151', '5502'],
      destination: S,
      summary: 'Smartsheet user is not allowed to do this ({code}: sharing level, read-only resource or admin role)',
      fix: 'Share the sheet, workspace or report with the connected user at Editor or Admin level (or use a System Admin token for user and group operations); keep syncing other records.',
    },
    {
      id: 'smartsheet/plan',
      category: 'plan',
      cause: '{code} plan',
      code: ['1013', '1014', '1076', '1140', '1173', '1275', '1314'],
      destination: S,
      summary: 'Smartsheet plan or licence does not allow this ({code})',
      fix: 'Upgrade the plan or free a licence in Admin Center (user licences, Team / Enterprise features); retrying before that fails again.',
    },
    {
      id: 'smartsheet/rate-limit',
      category: 'transient',
      cause: '4003 rate limit',
      code: ['4003'],
      destination: S,
      summary: 'Smartsheet rate limit (4003: 300 requests per minute per token)',
      fix: 'Retry with exponential backoff; use bulk row operations (one call per batch of rows) and fewer concurrent calls on the same token.',
    },
    {
      id: 'smartsheet/maintenance',
      category: 'outage',
      cause: '4001 system maintenance',
      code: ['4001'],
      destination: S,
      summary: 'Smartsheet is offline for system maintenance (4001)',
      fix: 'Nothing to fix: wait minutes, not seconds, between retries (status.smartsheet.com), then resume.',
    },
    {
      id: 'smartsheet/server',
      category: 'transient',
      cause: '{code} server error',
      code: ['4000', '4002', '4004'],
      destination: S,
      summary: 'Smartsheet server error or timeout ({code})',
      fix: 'Retry with exponential backoff; 4004 also means another request on the same token is updating the sheet: serialise writes per sheet.',
    },
    {
      id: 'smartsheet/not-found',
      category: 'validation',
      cause: '{code} not found',
      code: ['1006', '1020', '1027', '1033', '1034', '1036', '1043', '1106', '1114', '1204'],
      destination: S,
      summary: 'Smartsheet object not found ({code}: a sheet, row, column, user or share id that does not exist)',
      fix: 'Re-resolve the ids the mapping uses (a deleted row or sheet, a column id from another sheet); skip or fix the record.',
    },
    {
      id: 'smartsheet/exists',
      category: 'validation',
      cause: '{code} already exists',
      code: ['1016', '1025', '1103', '1129'],
      destination: S,
      summary: 'Smartsheet object already exists ({code})',
      fix: 'Update the existing share, group or member instead of creating it again; dedupe the source.',
    },
    {
      id: 'smartsheet/request',
      category: 'validation',
      cause: '{code} request not supported',
      code: ['1007', '4005', '1010', '1122', '1052', '1091', '1124'],
      destination: S,
      summary: 'Smartsheet does not support this request ({code}: API version, method or media type)',
      fix: 'The connector calls an API version, method or content type Smartsheet does not accept (4005: the API version is retired): update the connector or its configuration.',
    },
    {
      id: 'smartsheet/invalid-value',
      category: 'validation',
      cause: '{code} invalid value',
      code: [
        '1008', '1009', '1011', '1012', '1018', '1024', '1029', '1031', '1032', '1037', '1038', '1041', '1042', '1046', '1061', '1062', '1063', '1064',
        '1109', '1110', '1111', '1112', '1113', '1115', '1130', '1131', '1148', '1155', '1156', '1160', '1176', '1177', '1178', '1207', '1217', '1219',
        '1224', '1229', '1235', '1240', '1277', '1282', '1283',
      ],
      destination: S,
      fieldFrom: FIELD_IN_MESSAGE,
      summary: 'Smartsheet rejected `{field}` ({code})',
      fix: 'Fix the value or attribute the message names (a cell that does not fit a strict column type, a missing row.id, a value too long); retrying as is fails again.',
    },
    // Smartsheet's own wording with its code, on a body no host names (the code alone is another
    // API's too).
    {
      id: 'smartsheet/token-body',
      category: 'auth',
      cause: '{code} access token',
      code: ['1001', '1002', '1003'],
      message: /\bAn Access Token is required\b|\bYour Access Token (?:is invalid|has expired)\b/,
      summary: 'Smartsheet rejected the access token ({code})',
      fix: 'Generate a new API access token or reconnect the OAuth app, and update the connection; pause the sync until then.',
    },
    // The SDKs' text: the JavaScript SDK's "Error Code: 1002 - …", the Java and C# exceptions'
    // message alone, the Python SDK's exception classes.
    {
      id: 'smartsheet/token-message',
      category: 'auth',
      cause: 'access token',
      message: /\bError Code: 100[1235]\b|\bAn Access Token is required\b|\bYour Access Token (?:is invalid|has expired)\b|\bAccessTokenExpiredException\b|\bSingle Sign-On is required for this account\b/,
      destination: S,
      summary: 'Smartsheet rejected the access token (missing, invalid or expired)',
      fix: 'Generate a new API access token or reconnect the OAuth app, and update the connection; pause the sync until then.',
    },
    {
      id: 'smartsheet/not-authorized-message',
      category: 'permissions',
      cause: '1004 not authorized',
      message: /\bError Code: 1004\b|\bYou are not authorized to perform this action\b/,
      destination: S,
      summary: 'Smartsheet user is not allowed to do this (1004: sharing level)',
      fix: 'Share the sheet or workspace with the connected user at Editor or Admin level; keep syncing other records.',
    },
    {
      id: 'smartsheet/plan-message',
      category: 'plan',
      cause: 'plan',
      message: /\bError Code: 101[34]\b|\bnot supported by your plan\b|\bno licenses available on your account\b/,
      destination: S,
      summary: 'Smartsheet plan or licence does not allow this',
      fix: 'Upgrade the plan or free a licence in Admin Center; retrying before that fails again.',
    },
    {
      id: 'smartsheet/maintenance-message',
      category: 'outage',
      cause: '4001 system maintenance',
      message: /\bError Code: 4001\b|\bSmartsheet\.com is currently offline for system maintenance\b|\bSystemMaintenanceError\b/,
      destination: S,
      summary: 'Smartsheet is offline for system maintenance (4001)',
      fix: 'Nothing to fix: wait minutes between retries (status.smartsheet.com), then resume.',
    },
    {
      id: 'smartsheet/rate-limit-message',
      category: 'transient',
      cause: '4003 rate limit',
      message: /\bError Code: 4003\b|\bRateLimitExceededError\b|\bRate limit exceeded\b/,
      destination: S,
      summary: 'Smartsheet rate limit (4003: 300 requests per minute per token)',
      fix: 'Retry with exponential backoff; batch rows into bulk calls.',
    },
    {
      id: 'smartsheet/server-message',
      category: 'transient',
      cause: 'server error',
      message: /\bError Code: 400[024]\b|\bServerTimeoutExceededError\b|\bUnexpectedErrorShouldRetryError\b|\bis currently being updated by another request\b/,
      destination: S,
      summary: 'Smartsheet server error, timeout or concurrent update of the sheet',
      fix: 'Retry with exponential backoff; serialise writes per sheet.',
    },
  ],
};
