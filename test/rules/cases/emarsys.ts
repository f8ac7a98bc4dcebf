import type { RuleCase } from '../rule-tester.js';

/**
 * SAP Emarsys `{"replyCode":N,"replyText":…,"data":…}`. Sources: dev.emarsys.com Core API
 * reference (HTTP 400 / 401 / 500 errors); kartonfarkas/api_docs contact_create.rst and
 * contact_update.rst error tables, api_demo.rst (1 Unauthorized).
 */
const j = (o: unknown): string => JSON.stringify(o);

export const emarsysCases: RuleCase[] = [
  {
    line: j({ level: 'error', url: 'https://api.emarsys.net/api/v2/contact', status: 400, record_id: 'u-5', body: { replyCode: 2008, replyText: 'No contact found with the external id: 3 - jane@example.com', data: '' } }),
    category: 'validation',
    destination: 'emarsys',
    rule: 'emarsys/contact-not-found',
    note: '2008 on update: the contact must be created first; the host names Emarsys',
  },
  {
    line: j({ level: 'error', destination: 'emarsys', status: 401, body: { replyCode: 1, replyText: 'Unauthorized', data: '' } }),
    category: 'auth',
    rule: 'emarsys/unauthorized',
    note: 'replyCode 1: API user, secret or WSSE header',
  },
  {
    line: j({ level: 'error', status: 400, body: { replyCode: 2004, replyText: 'Invalid key field id: 987', data: '' } }),
    category: 'validation',
    destination: 'emarsys',
    field: '987',
    rule: 'emarsys/field',
    note: 'the replyCode / replyText keys alone name Emarsys; the key field id is the field',
  },
  {
    line: j({ level: 'error', destination: 'emarsys', status: 400, body: { replyCode: 2007, replyText: 'Invalid date format for field id: 4', data: '' } }),
    category: 'validation',
    field: '4',
    rule: 'emarsys/field',
    note: '2007 names the field id',
  },
  {
    line: j({ level: 'error', destination: 'emarsys', status: 500, body: { replyCode: 2011, replyText: 'Database connection error', data: '' } }),
    category: 'transient',
    rule: 'emarsys/database',
    note: '2011: save failed on the server',
  },
  {
    line: 'WARNING 429 Too Many Requests for url: https://suite12.emarsys.net/api/v2/contact/getdata',
    category: 'transient',
    destination: 'emarsys',
    rule: 'emarsys/rate-limit',
    note: 'older suite host; per-minute limits',
  },
];
