import type { RuleCase } from '../rule-tester.js';

/**
 * SparkPost `errors[]` bodies (four-digit string `code`, `message`, `description`) and the text of
 * python-sparkpost / django-anymail exceptions.
 * Sources: SparkPost/support-docs content/docs/tech-resources/extended-error-codes.md (codes and
 * statuses); developers.sparkpost.com/api introduction (error shape, 420 sending limit);
 * SparkPost/python-sparkpost examples/transmissions/handle_exception.py (7001 body) and
 * sparkpost/exceptions.py (message format); karrot-dev/karrot-backend #294, #434 and
 * DemokratieInBewegung/plenum #83 (1902, verbatim).
 */
const j = (o: unknown): string => JSON.stringify(o);
const API = 'https://api.sparkpost.com/api/v1';

export const sparkpostCases: RuleCase[] = [
  {
    line: j({ level: 'error', status: 403, url: `${API}/suppression-list`, body: { errors: [{ message: 'permission denied', code: '1100' }] } }),
    category: 'permissions',
    destination: 'sparkpost',
    rule: 'sparkpost/permission-denied',
    note: 'extended error codes: 1100 permission denied (403, check API key)',
  },
  {
    line: j({ level: 'error', status: 420, url: `${API}/transmissions`, body: { errors: [{ message: 'Exceed Sending Limit (sandbox)', code: '2103' }] } }),
    category: 'plan',
    destination: 'sparkpost',
    rule: 'sparkpost/sending-limit',
    note: 'extended error codes: 2103 sandbox sending limit (420); the API introduction: the sandbox domain sends 5 messages',
  },
  {
    line: j({ level: 'error', status: 400, url: `${API}/transmissions`, body: { errors: [{ message: 'Invalid domain', code: '7001', description: 'Unconfigured Sending Domain <gmail.com>' }] } }),
    category: 'validation',
    destination: 'sparkpost',
    rule: 'sparkpost/sending-domain',
    note: 'python-sparkpost examples/transmissions/handle_exception.py: 7001 for a from domain not set up',
  },
  {
    line: 'SparkPost API response 400: {"errors":[{"code":"1902","message":"Message generation rejected","description":"recipient address was suppressed due to system policy"}],"results":{"total_rejected_recipients":0,"id":"102593777022651116","total_accepted_recipients":1}}',
    category: 'validation',
    destination: 'sparkpost',
    rule: 'sparkpost/rejected',
    note: 'karrot-dev/karrot-backend #294: django-anymail prints the SparkPost body, 1902 for a suppressed recipient',
  },
  {
    line: j({ level: 'error', status: 503, url: `${API}/transmissions`, body: { errors: [{ message: 'Message generation module not available', code: '1900' }] } }),
    category: 'transient',
    destination: 'sparkpost',
    rule: 'sparkpost/server-error',
    note: 'extended error codes: 1900 (503, "retry, likely transient")',
  },
  {
    line: 'SparkPostAPIException: Call to https://api.sparkpost.com/api/v1/transmissions returned 400, errors:         Message generation rejected Code: 1902 Description: recipient address was suppressed due to system policy',
    category: 'validation',
    destination: 'sparkpost',
    rule: 'sparkpost/suppressed-message',
    note: 'DemokratieInBewegung/plenum #83: the python-sparkpost exception text (no JSON to read the code from)',
  },
  {
    line: 'SparkPostAPIException: Call to https://api.sparkpost.com/api/v1/transmissions returned 420, errors:  Exceed Sending Limit (sandbox) Code: 2103 Description: Sending limit exceeded for sparkpostbox.com',
    category: 'plan',
    destination: 'sparkpost',
    rule: 'sparkpost/sending-limit-message',
    note: 'python-sparkpost exceptions.py format with the 2103 message of the extended error codes',
  },
  {
    line: j({ level: 'error', destination: 'SparkPost', status: 420, msg: 'transmission failed' }),
    category: 'plan',
    destination: 'sparkpost',
    rule: 'sparkpost/http-420',
    note: 'API introduction: 420 is the sending limit, however little the line says',
  },
];
