import type { RuleCase } from '../rule-tester.js';

/**
 * Gainsight CS `{"result":false,"errorCode","errorDesc","requestId","data"}` envelopes.
 * Sources: support.gainsight.com error-code pages (Company / Relationship / Custom Object, Person)
 * and Company API throttling limits; rudder-transformer gainsight network fixtures.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const gainsightCases: RuleCase[] = [
  {
    line: j({
      level: 'error',
      url: 'https://demo-domain.gainsightcloud.com/v1/data/objects/Company',
      status: 400,
      record_id: 'acct-12',
      body: {
        result: false,
        errorCode: 'GSOBJ_1006',
        errorDesc: 'Invalid dateTimes format (OriginalContractDate = 210318).',
        requestId: '7cba3c98-b04b-4e21-9e57-44807fa52b8a',
        data: { count: 0, errors: [[{ success: false, parsedValue: 210318, errors: [{ errorMessage: 'Invalid dateTime format', errorCode: 'GSOBJ_1006', fieldName: 'OriginalContractDate', invalidValue: 210318 }] }]], records: null },
      },
    }),
    category: 'validation',
    destination: 'gainsight',
    field: 'OriginalContractDate',
    rule: 'gainsight/field-value',
    note: 'the field error names the field; the host names Gainsight',
  },
  {
    line: j({ level: 'error', status: 400, body: { result: false, errorCode: 'GSOBJ_VDTPKLST1002', errorDesc: 'Dropdownlist item not found (Status = Churned)', requestId: 'r-6', data: null } }),
    category: 'validation',
    destination: 'gainsight',
    field: 'Status',
    rule: 'gainsight/field-value',
    note: 'Person API picklist code; the GSOBJ code alone names Gainsight',
  },
  {
    line: j({ level: 'warn', destination: 'gainsight', status: 429, body: { result: false, errorCode: 'GU_2400', errorDesc: 'Too many request', requestId: 'request-2', data: null, message: null } }),
    category: 'transient',
    rule: 'gainsight/rate-limit',
    note: 'the per-minute limit',
  },
  {
    line: j({ level: 'error', destination: 'gainsight', status: 429, body: { result: false, errorCode: 'GU_2400', errorDesc: 'API limit of 50000 calls per day reached', requestId: 'request-7', data: null } }),
    category: 'plan',
    rule: 'gainsight/daily-limit',
    note: 'the same code for the daily cap: wait for tomorrow',
  },
  {
    line: j({ level: 'error', destination: 'gainsight', status: 500, body: { result: false, errorCode: 'GU_1101', errorDesc: 'Oops, something went wrong.', requestId: 'request-3', data: null, message: null } }),
    category: 'transient',
    rule: 'gainsight/server-error',
    note: 'GU_1101: server error',
  },
  {
    line: j({ level: 'error', destination: 'gainsight', status: 401, body: { result: false, errorCode: null, errorDesc: 'Unauthorized', requestId: 'r-4' } }),
    category: 'auth',
    rule: 'gainsight/access-key',
    note: 'access key missing or revoked',
  },
  {
    line: 'requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://acme.gainsightcloud.com/v1/data/objects/Relationship',
    category: 'permissions',
    destination: 'gainsight',
    rule: 'gainsight/forbidden',
    note: 'host-only line: the Gainsight status rule',
  },
];
