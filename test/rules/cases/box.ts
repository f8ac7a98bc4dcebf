import type { RuleCase } from '../rule-tester.js';

/**
 * Box API client errors `{"type":"error","status","code","message",…}`, the OAuth token endpoint
 * and the Python SDK's BoxAPIException text.
 * Sources: developer.box.com/guides/api-calls/permissions-and-errors/common-errors; syndesis #5233
 * and ruby-box #6 (item_name_in_use bodies).
 */
const j = (o: unknown): string => JSON.stringify(o);

export const boxCases: RuleCase[] = [
  {
    line: j({ level: 'error', destination: 'box', status: 401, body: { type: 'error', status: 401, code: 'unauthorized', message: 'Unauthorized' } }),
    category: 'auth',
    rule: 'box/unauthorized',
    note: 'expired or revoked access token',
  },
  {
    line: j({ level: 'error', status: 400, url: 'https://api.box.com/oauth2/token', body: { error: 'invalid_grant', error_description: 'Invalid refresh token' } }),
    category: 'auth',
    destination: 'box',
    rule: 'box/unauthorized',
    note: 'refresh token used twice or expired; only the token host names Box',
  },
  {
    line: j({ level: 'error', destination: 'box', status: 403, body: { type: 'error', status: 403, code: 'access_denied_insufficient_permissions', message: 'Access denied - insufficient permission' } }),
    category: 'permissions',
    rule: 'box/insufficient-permissions',
    note: 'the service account is not collaborated on the folder',
  },
  {
    line: j({ level: 'error', destination: 'box', status: 403, body: { type: 'error', status: 403, code: 'storage_limit_exceeded', message: 'Account storage limit reached' } }),
    category: 'plan',
    rule: 'box/storage-limit',
    note: 'a 403 that is the plan’s storage',
  },
  {
    line: j({ level: 'warn', destination: 'box', status: 429, body: { type: 'error', status: 429, code: 'rate_limit_exceeded', message: 'Request rate limit exceeded, please try again later' } }),
    category: 'transient',
    rule: 'box/rate-limit',
    note: 'rate limit with Retry-After',
  },
  {
    line: j({ level: 'error', destination: 'box', status: 409, body: { type: 'error', status: 409, code: 'item_name_in_use', help_url: 'http://developers.box.com/docs/#errors', message: 'Item with the same name already exists', request_id: '8226856255131143079ff8' } }),
    category: 'validation',
    cause: 'item_name_in_use',
    rule: 'box/name-in-use',
    note: '409 name conflict: upload a new version instead',
  },
  {
    line: "boxsdk.exception.BoxAPIException: Message: Item with the same name already exists Status: 409 Code: item_name_in_use Request ID: pl0e5gg6mbh9zz0r Headers: {} URL: https://upload.box.com/api/2.0/files/content Method: POST Context Info: {'conflicts': {'type': 'file', 'id': '517752619323'}}",
    category: 'validation',
    destination: 'box',
    note: 'Python SDK text: the exception and upload host name Box; the generic duplicate wording decides',
  },
  {
    line: j({ level: 'error', destination: 'box', status: 400, body: { type: 'error', status: 400, code: 'item_name_invalid', message: 'Item name invalid' } }),
    category: 'validation',
    rule: 'box/invalid-request',
    note: 'name with a slash or over 255 characters',
  },
];
