import type { RuleCase } from '../rule-tester.js';

/**
 * ClickUp `{"err","ECODE"}` bodies and the clickupython client's exception text.
 * Sources: developer.clickup.com/docs/common_errors; n8n #28584 (OAUTH_023), clickupython #63,
 * raycast/extensions #23964 (OAUTH_018).
 */
const j = (o: unknown): string => JSON.stringify(o);

export const clickupCases: RuleCase[] = [
  {
    line: j({ level: 'error', status: 401, url: 'https://api.clickup.com/api/v2/list/901/task', body: { err: 'Team(s) not authorized', ECODE: 'OAUTH_023' } }),
    category: 'permissions',
    destination: 'clickup',
    rule: 'clickup/team-not-authorized',
    note: 'a 401 whose ECODE says the Workspace was not authorized for the token: permissions',
  },
  {
    line: 'clickupython.exceptions.ClickupClientError: (401) Team not authorized',
    category: 'permissions',
    destination: 'clickup',
    rule: 'clickup/team-not-authorized-text',
    note: 'client exception without the ECODE; the package names ClickUp',
  },
  {
    line: j({ level: 'error', destination: 'clickup', status: 401, body: { err: 'Oauth token not found', ECODE: 'OAUTH_018' } }),
    category: 'auth',
    cause: 'OAUTH_018',
    rule: 'clickup/token-not-found',
    note: 'token revoked by the user',
  },
  {
    line: j({ level: 'error', destination: 'ClickUp', status: 401, msg: 'Authorization header required' }),
    category: 'auth',
    rule: 'clickup/token-text',
    note: 'OAUTH_017 wording: no token sent',
  },
  {
    line: j({ level: 'warn', destination: 'clickup', status: 429, body: { err: 'Rate limit reached', ECODE: 'APP_002' } }),
    category: 'transient',
    rule: 'clickup/rate-limit',
    note: 'per-token rate limit',
  },
  {
    line: j({ level: 'error', destination: 'clickup', status: 400, body: { err: 'Value must be an option index or uuid', ECODE: 'FIELD_011' } }),
    category: 'validation',
    rule: 'clickup/invalid-value',
    note: 'dropdown custom field given a label',
  },
];
