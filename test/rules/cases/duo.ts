import type { RuleCase } from '../rule-tester.js';

/**
 * Duo Admin API error bodies (`code`, `message`, `message_detail`, `stat`) and the clients'
 * wordings (duo_client_python "Received <status> <message> (<detail>)", DuoLogSync, Duo-PSModule).
 * Sources: duo.com/docs/adminapi; duosecurity/duo_client_python duo_client/client.py and #203;
 * duosecurity/duo_log_sync #31 and its producer's comments; mbegan/Duo-PSModule #62;
 * community.duo.com threads on 40103.
 */
const j = (o: unknown): string => JSON.stringify(o);
const HOST = 'https://api-9f3a1c2e.duosecurity.com';

export const duoCases: RuleCase[] = [
  {
    line: j({ level: 'error', status: 401, url: `${HOST}/admin/v1/logs/administrator`, body: { code: 40103, message: 'Invalid signature in request credentials', stat: 'FAIL' } }),
    category: 'auth',
    destination: 'duo',
    rule: 'duo/bad-credentials',
    note: 'community.duo.com: 40103 for a wrong secret key or a request signed differently from the one sent',
  },
  {
    line: 'RuntimeError: Received 401 Invalid integration key in request credentials',
    category: 'auth',
    destination: 'duo',
    rule: 'duo/bad-credentials-text',
    note: 'duo_log_sync producer comments: duo_client’s error for a bad integration key (no host in the line)',
  },
  {
    line: j({ level: 'error', status: 403, url: `${HOST}/admin/v1/admins`, body: { code: 40301, message: 'Access forbidden', stat: 'FAIL' } }),
    category: 'permissions',
    destination: 'duo',
    rule: 'duo/access-forbidden',
    note: 'duosecurity/duo_python #19: get_admins needs the Grant administrators permission',
  },
  {
    line: '2022-10-06 09:14:02,871 ERROR DuoLogSync: Shutting down due to [auth producer: [Received 403 Access forbidden]]',
    category: 'permissions',
    destination: 'duo',
    rule: 'duo/access-forbidden-text',
    note: 'duosecurity/duo_log_sync #31: the Admin API application may not read logs',
  },
  {
    line: '40301 ; Access forbidden At C:\\Program Files\\WindowsPowerShell\\Modules\\Duo\\Duo.psm1:31 char:5',
    category: 'permissions',
    destination: 'duo',
    rule: 'duo/access-forbidden-text',
    note: 'mbegan/Duo-PSModule #62: creating users without the Grant write resource permission',
  },
  {
    line: j({ level: 'error', status: 400, url: `${HOST}/admin/v1/users`, body: { code: 40002, message: 'Invalid request parameters', message_detail: 'username', stat: 'FAIL' } }),
    category: 'validation',
    destination: 'duo',
    rule: 'duo/invalid-request',
    note: 'Admin API 40002 with message_detail naming the parameter',
  },
  {
    line: 'File "/usr/lib/python3/site-packages/duo_client/client.py", line 471, in raise_error: RuntimeError: Received 400 Invalid request parameters (username)',
    category: 'validation',
    destination: 'duo',
    field: 'username',
    rule: 'duo/invalid-request-text',
    note: 'duo_client/client.py parse_json_response: "Received %s %s (%s)" with message_detail',
  },
];
