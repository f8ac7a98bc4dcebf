import type { RuleCase } from '../rule-tester.js';

/**
 * Plivo REST errors (`{"api_id":…,"error":…}`), message status callbacks with an `error_code`, and
 * plivo-python's exceptions.
 * Sources: plivo.com/docs/messaging/api/response; plivo.com/docs/messaging/troubleshooting/
 * error-codes; support.plivo.com article 17000088423 (error 900, "Insufficient Credit");
 * plivo/plivo-python plivo/exceptions.py, plivo/rest/client.py, #201.
 */
const j = (o: unknown): string => JSON.stringify(o);
const API = 'https://api.plivo.com/v1/Account/MAXXXXXXXXXXXXXXXXXX';

export const plivoCases: RuleCase[] = [
  {
    line: j({ level: 'error', status: 400, url: `${API}/Message/`, body: { api_id: '4d1ca1a6-3d39-11ef-8b5f-0242ac110003', error: 'Insufficient Credit' } }),
    category: 'plan',
    destination: 'plivo',
    rule: 'plivo/insufficient-credit',
    note: 'support article: after a 900 failure every send answers "Insufficient Credit" for two minutes',
  },
  {
    line: j({ level: 'warn', event: 'message_status', provider: 'plivo', message_uuid: 'db3ce55a-7f1d-11e1-8ea7-1231380bc196', message_state: 'failed', error_code: '900', to: '+14155550100' }),
    category: 'plan',
    destination: 'plivo',
    rule: 'plivo/account-credit-code',
    note: 'error codes page / support article: queued messages fail with 900 when the balance runs out',
  },
  {
    line: j({ level: 'warn', event: 'message_status', provider: 'plivo', message_uuid: '2a3b4c5d-7f1d-11e1-8ea7-1231380bc196', message_state: 'undelivered', error_code: '20', to: '+447700900123' }),
    category: 'transient',
    destination: 'plivo',
    rule: 'plivo/network-error',
    note: 'error codes page: 20 Network Error, "a temporary error"',
  },
  {
    line: j({ level: 'warn', event: 'message_status', provider: 'plivo', message_uuid: '9f8e7d6c-7f1d-11e1-8ea7-1231380bc196', message_state: 'failed', error_code: '40', from: '+14155550199' }),
    category: 'validation',
    destination: 'plivo',
    rule: 'plivo/message-rejected',
    note: 'error codes page: 40 Invalid Source Number (not SMS-enabled or not this account’s)',
  },
  {
    line: "plivo.exceptions.AuthenticationError: Failed to authenticate while accessing resource at: https://api.plivo.com/v1/Account/MAXXXXXXXXXXXXXXXXXX/Message/",
    category: 'auth',
    destination: 'plivo',
    rule: 'plivo/sdk-auth',
    note: 'plivo-python client.py: a 401 with no JSON error',
  },
  {
    line: 'plivo.exceptions.GeoPermissionError: Request Failed : https://api.plivo.com/v1/Account/MAXXXXXXXXXXXXXXXXXX/Call/',
    category: 'permissions',
    destination: 'plivo',
    rule: 'plivo/geo-permission',
    note: 'plivo-python client.py: a 403 on a call or message endpoint is the destination country’s Geo Permissions',
  },
  {
    line: "plivo.exceptions.ValidationError: A parameter is missing or is invalid while accessing resourceat: https://api.plivo.com/v1/Account/MAXXXXXXXXXXXXXXXXXX/Message/",
    category: 'validation',
    destination: 'plivo',
    rule: 'plivo/sdk-validation',
    note: 'plivo-python client.py: a 400 with no JSON error (the missing space is the SDK’s)',
  },
  {
    line: 'plivo.exceptions.PlivoRestError: Received status code 403 for the HTTP method "POST"',
    category: 'permissions',
    destination: 'plivo',
    rule: 'http/403',
    note: 'plivo-python #201: an older client’s 403, generic; the module names Plivo',
  },
];
