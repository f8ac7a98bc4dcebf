import type { RuleCase } from '../rule-tester.js';

/**
 * Zoho CRM: `{"code","details","message","status":"error"}`, per record under `data[]`. Codes per
 * zoho.com/crm/developer/docs/api/v8/status-codes.html and /api-limits.html (credits over a rolling
 * 24 h, concurrency → TOO_MANY_REQUESTS); bodies from Zoho API examples (NO_PERMISSION "feature not
 * available in this edition", OAUTH_SCOPE_MISMATCH "Unauthorized") and sync logs.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const zohoCases: RuleCase[] = [
  {
    line: j({ ts: '2026-03-05T16:00:00Z', level: 'error', destination: 'zoho_crm', record_id: 'lead_1', status: 401, body: { code: 'INVALID_TOKEN', details: {}, message: 'invalid oauth token', status: 'error' } }),
    category: 'auth',
    destination: 'zoho',
    rule: 'zoho/invalid-token',
    note: 'INVALID_TOKEN: auth',
  },
  {
    line: j({ ts: '2026-03-05T16:00:10Z', level: 'error', destination: 'zoho', url: 'https://accounts.zoho.eu/oauth/v2/token', status: 200, body: { error: 'invalid_code' } }),
    category: 'auth',
    rule: 'zoho/invalid-token',
    note: 'refresh with a revoked grant: accounts.zoho answers 200 {"error":"invalid_code"}',
  },
  {
    line: j({ ts: '2026-03-05T16:00:20Z', level: 'error', destination: 'zoho', status: 401, body: { code: 'OAUTH_SCOPE_MISMATCH', details: {}, message: 'Unauthorized', status: 'error' } }),
    category: 'permissions',
    rule: 'zoho/scope-mismatch',
    note: 'a 401 that is a missing scope: permissions',
  },
  {
    line: j({ ts: '2026-03-05T16:00:30Z', level: 'error', destination: 'zoho', status: 403, body: { code: 'NO_PERMISSION', details: { permissions: ['Crm_Implied_Manage_Workflow', 'WorkFlow_Tasks'] }, message: 'feature not available in this edition', status: 'error' } }),
    category: 'plan',
    rule: 'zoho/feature-not-in-edition',
    note: 'NO_PERMISSION "not available in this edition": plan',
  },
  {
    line: j({ ts: '2026-03-05T16:00:40Z', level: 'error', destination: 'zoho', record_id: 'deal_4', status: 403, body: { code: 'NO_PERMISSION', details: {}, message: 'permission denied', status: 'error' } }),
    category: 'permissions',
    rule: 'zoho/no-permission',
    note: 'near miss for plan: a plain NO_PERMISSION is the user’s profile',
  },
  {
    line: 'ERROR zoho-sync leads: Zoho CRM API error: 400 - {"code":"LIMIT_REACHED"} url=https://www.zohoapis.com/crm/v8/Leads/upsert',
    category: 'plan',
    destination: 'zoho',
    rule: 'zoho/credits-exhausted',
    note: 'API credits for the 24 h window spent: plan',
  },
  {
    line: j({ ts: '2026-03-05T16:00:50Z', level: 'warn', destination: 'zoho', status: 429, body: { code: 'TOO_MANY_REQUESTS', details: {}, message: 'You have made too many concurrent requests. Please try again later.', status: 'error' } }),
    category: 'transient',
    rule: 'zoho/too-many-requests',
    note: 'concurrency limit: transient',
  },
  {
    line: j({ ts: '2026-03-05T16:01:00Z', level: 'error', destination: 'zoho', status: 500, body: { code: 'INTERNAL_ERROR', details: {}, message: 'Internal Server Error', status: 'error' } }),
    category: 'transient',
    rule: 'zoho/internal-error',
    note: 'INTERNAL_ERROR: transient',
  },
  {
    line: j({ ts: '2026-03-05T16:01:10Z', level: 'error', destination: 'zoho', record_id: 'contact_5', status: 202, body: { data: [{ code: 'DUPLICATE_DATA', details: { api_name: 'Email', id: '5725767000000524157' }, message: 'duplicate data', status: 'error' }] } }),
    category: 'validation',
    rule: 'zoho/duplicate-data',
    note: 'per-record DUPLICATE_DATA inside a 202: validation, not success',
  },
  {
    line: j({ ts: '2026-03-05T16:01:20Z', level: 'error', destination: 'zoho', record_id: 'lead_6', status: 400, body: { data: [{ code: 'MANDATORY_NOT_FOUND', details: { api_name: 'Last_Name' }, message: 'required field not found', status: 'error' }] } }),
    category: 'validation',
    cause: 'MANDATORY_NOT_FOUND',
    rule: 'zoho/record-data',
    note: 'MANDATORY_NOT_FOUND: validation',
  },
  {
    line: j({ ts: '2026-03-05T16:01:30Z', level: 'error', destination: 'zoho', status: 400, body: { code: 'INVALID_MODULE', details: {}, message: 'the module name given seems to be invalid', status: 'error' } }),
    category: 'validation',
    rule: 'zoho/request',
    note: 'INVALID_MODULE: the connection’s module',
  },
  // ---------------------------------------------------------------- near misses
  {
    line: j({ ts: '2026-03-05T16:01:40Z', level: 'error', destination: 'acme_api', status: 401, body: { code: 'INVALID_TOKEN', message: 'token invalid' } }),
    category: 'auth',
    destination: 'acme_api',
    rule: 'oauth/invalid-token',
    note: 'near miss: INVALID_TOKEN from another API is the OAuth rule, not Zoho’s',
  },
];

/** The edition's record cap. Source: Zoho CRM API status codes (MAX_RECORDS_LIMIT_REACHED) and edition limits. */
export const zohoRecordLimitCases: RuleCase[] = [
  {
    line: 'ERROR sync failed: POST https://www.zohoapis.com/crm/v2/Contacts -> 400 {"code":"MAX_RECORDS_LIMIT_REACHED","details":{},"message":"maximum number of records limit reached","status":"error"}',
    category: 'plan',
    destination: 'zoho',
    rule: 'zoho/record-limit',
    note: 'a 400 that only a bigger edition (or deleting records) fixes',
  },
];
