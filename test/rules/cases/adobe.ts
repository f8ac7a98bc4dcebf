import type { RuleCase } from '../rule-tester.js';

/**
 * Adobe User Management API: the 401 JSON UMAPI answers before running a call, the User Sync
 * Tool's / umapi-client's log lines (logger `umapi`, `umapi.action`), the per-command error codes
 * of action results and an empty-bodied 403.
 * Sources: umapi-documentation docs/en/api/ErrorRef.md and partials (unauthorized, forbidden,
 * throttling, notFound); umapi-client connection.py / error.py; user-sync.py issues #412, #461,
 * #462, #664.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const adobeCases: RuleCase[] = [
  {
    line: '2018-10-02 10:00:00 ERROR GET https://usermanagement.adobe.io/v2/usermanagement/users/0A1B2C3D4E5F60718293A4B5@AdobeOrg/0 -> 401 {"lastPage":false,"result":"error.unauthorized","message":"Failed to authenticate provided token"}',
    category: 'auth',
    destination: 'adobe',
    rule: 'adobe/token-rejected',
    note: 'error.unauthorized: the token UMAPI was given does not authenticate; the host names Adobe',
  },
  {
    line: '2018-05-08 14:06:04 2960 ERROR main - Unhandled exception: umapi_client.error.ServerError: Failed to exchange token (401) for org 0A1B2C3D4E5F60718293A4B5@AdobeOrg',
    category: 'auth',
    destination: 'adobe',
    rule: 'adobe/ims-token',
    note: 'IMS would not exchange the integration’s credentials; only the SDK module and org id name Adobe',
  },
  {
    line: '2020-12-03 11:31:27 8052 ERROR umapi.action - Error in requestID: action_2 (User: {\'user\': \'test@mydomain.com\', \'requestID\': \'action_2\'}, Command: {\'createFederatedID\': {\'email\': \'test@mydomain.com\'}}): code: "error.user.belongs_to_another_org" message: "The specified user belongs to a different organization and cannot be accessed"',
    category: 'permissions',
    destination: 'adobe',
    rule: 'adobe/other-org',
    note: 'user owned by another org: this integration may not change it',
  },
  {
    line: j({ ts: '2026-03-09T08:00:00Z', level: 'error', destination: 'adobe', status: 403, url: 'https://usermanagement.adobe.io/v2/usermanagement/action/0A1B2C3D4E5F60718293A4B5@AdobeOrg', body: '' }),
    category: 'permissions',
    rule: 'adobe/forbidden',
    note: 'UMAPI 403 has an empty body: API key not permitted for the org',
  },
  {
    line: '2019-03-08 13:44:30 2160 WARNING umapi - UMAPI timeout...service unavailable (code 429 on try 1)',
    category: 'transient',
    destination: 'adobe',
    rule: 'adobe/throttled',
    note: 'umapi-client’s retry warning on a 429 (Retry-After)',
  },
  {
    line: '2019-03-08 13:44:38 2160 ERROR umapi.action - Error in requestID: action_251 (User: {\'user\': \'test@example.com\', \'requestID\': \'action_251\'}, Command: {\'add\': {\'product\': [\'test\']}}): code: "error.user.not_found" message: "No valid users were found in the request"',
    category: 'validation',
    destination: 'adobe',
    rule: 'adobe/command-error',
    note: 'per-command error code printed by user-sync',
  },
  {
    line: j({ ts: '2026-03-09T08:01:00Z', level: 'error', destination: 'Adobe UMAPI', status: 404, body: { result: 'error.user.not_found', message: 'User not found jane@example.com' } }),
    category: 'validation',
    destination: 'adobe',
    rule: 'adobe/not-found',
    note: 'GET user 404: the code sits in `result`, the message decides',
  },
];
