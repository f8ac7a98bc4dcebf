import type { RuleCase } from '../rule-tester.js';

/**
 * Marketo REST: HTTP 200 with `success:false` and `errors[].code`. 1029 is either "Too many jobs in
 * queue" (wait) or "Export daily quota exceeded" (the bulk extract allowance, reset at midnight
 * CST); 610 / 1013 / 1017 / 1036 are record-level. Sources:
 * experienceleague.adobe.com/en/docs/marketo-developer/marketo/rest/error-codes and /bulk-extract.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const marketoCases: RuleCase[] = [
  {
    line: j({
      ts: '2026-03-05T15:00:00Z',
      level: 'error',
      destination: 'marketo',
      http_status: 200,
      response: { requestId: 'c2d3#18e0a1b2c3d', success: false, errors: [{ code: '1029', message: 'Export daily quota 500MB exceeded' }] },
    }),
    category: 'plan',
    rule: 'marketo/export-daily-quota',
    note: '1029 export daily quota: plan until the reset',
  },
  {
    line: j({
      ts: '2026-03-05T15:00:10Z',
      level: 'error',
      destination: 'marketo',
      http_status: 200,
      response: { requestId: 'c2d4#18e0a1b2c3e', success: false, errors: [{ code: '1029', message: 'Too many jobs (10) in queue' }] },
    }),
    category: 'transient',
    rule: 'marketo/rate-limit',
    note: 'near miss: 1029 without "daily quota" is the job queue, transient',
  },
  {
    line: '2026-03-05 15:00:20 ERROR target-marketo lead upsert failed: [602] Access token expired',
    category: 'auth',
    destination: 'marketo',
    rule: 'marketo/access-token-message',
    note: 'connector prints only the 602 message',
  },
  {
    line: j({ ts: '2026-03-05T15:00:30Z', level: 'error', destination: 'marketo', record_id: 'lead_3001', result: { status: 'skipped', reasons: [{ code: '1036', message: 'Duplicate object found in input' }] } }),
    category: 'validation',
    rule: 'marketo/record',
    note: '1036 duplicate in input: record-level',
  },
  {
    line: j({ ts: '2026-03-05T15:00:32Z', level: 'error', destination: 'marketo', http_status: 200, response: { requestId: 'a1#18e0', success: false, errors: [{ code: '601', message: 'Access token invalid' }] } }),
    category: 'auth',
    rule: 'marketo/access-token',
    note: '601 on HTTP 200: auth',
  },
  {
    line: j({ ts: '2026-03-05T15:00:33Z', level: 'error', destination: 'marketo', http_status: 200, response: { requestId: 'a2#18e0', success: false, errors: [{ code: '603', message: 'Access denied' }] } }),
    category: 'permissions',
    rule: 'marketo/access-denied',
    note: '603: the API user’s role or IP allowlist',
  },
  {
    line: j({ ts: '2026-03-05T15:00:34Z', level: 'error', destination: 'marketo', http_status: 200, response: { requestId: 'a3#18e0', success: false, errors: [{ code: '607', message: 'Daily quota reached' }] } }),
    category: 'plan',
    rule: 'marketo/daily-quota',
    note: '607 daily API quota: plan',
  },
  {
    line: j({ ts: '2026-03-05T15:00:35Z', level: 'error', destination: 'marketo', record_id: 'lead_3002', result: { status: 'skipped', reasons: [{ code: '1006', message: "Field 'leadScoreCustom__c' not found" }] } }),
    category: 'validation',
    field: 'leadScoreCustom__c',
    rule: 'marketo/field',
    note: '1006 unknown field: validation on it',
  },
  {
    line: "2026-03-05 15:00:36 WARN target-marketo backing off: Max rate limit '100' exceeded within '20' secs",
    category: 'transient',
    rule: 'marketo/rate-limit-message',
    note: '606 wording in prose: transient',
  },
  {
    line: j({ ts: '2026-03-05T15:00:40Z', level: 'error', destination: 'hubspot', record_id: '77', status: 401, message: 'Access token expired', category: 'EXPIRED_AUTHENTICATION' }),
    category: 'auth',
    destination: 'hubspot',
    rule: 'hubspot/expired-authentication',
    note: 'near miss: the same words on a HubSpot line are HubSpot’s',
  },
];
