import type { Provider } from './provider.js';

/**
 * Marketo REST answers HTTP 200 with `success:false` and `errors[].code` as strings; per-record
 * results carry `reasons[].code`. Codes 6xx/7xx/1xxx are Marketo's own, but numbers are other APIs'
 * codes too (502, Zoom's 1001): they decide only lines known to be Marketo's.
 * Sources: experienceleague.adobe.com/en/docs/marketo-developer/marketo/rest/error-codes (610 not found,
 * 1013 object not found, 1017 already exists, 1029 queue full or export daily quota, 1036 duplicate in
 * input); /rest/bulk-extract (500 MB daily export quota).
 */
const M = ['marketo'];

export const provider: Provider = {
  name: 'marketo',
  display: 'Marketo',
  hints: ['mktorest\\.com', 'marketo'],
  rank: 90,
  links: {
    auth: 'https://experienceleague.adobe.com/en/docs/marketo-developer/marketo/rest/authentication',
    permissions: 'https://experienceleague.adobe.com/en/docs/marketo-developer/marketo/rest/error-codes',
    plan: 'https://experienceleague.adobe.com/en/docs/marketo-developer/marketo/rest/error-codes',
    validation: 'https://experienceleague.adobe.com/en/docs/marketo-developer/marketo/rest/error-codes',
    transient: 'https://experienceleague.adobe.com/en/docs/marketo-developer/marketo/rest/error-codes',
  },
  rules: [
    {
      id: 'marketo/access-token',
      category: 'auth',
      cause: '601/602 access token',
      code: ['600', '601', '602'],
      destination: M,
      summary: 'Marketo access token missing, invalid or expired',
      fix: 'Check the Marketo client id / secret and re-authenticate; pause the sync until then.',
    },
    {
      id: 'marketo/access-denied',
      category: 'permissions',
      cause: '603 access denied',
      code: ['603', '1008'],
      destination: M,
      summary: 'Marketo API user lacks permission (role or IP allowlist)',
      fix: 'Give the API-only user’s role the needed permission, or allow the sync’s IPs.',
    },
    {
      id: 'marketo/daily-quota',
      category: 'plan',
      cause: '607 daily quota',
      code: ['607', '616', '703', '1026', '1027', '1028'],
      destination: M,
      summary: 'Marketo daily quota or subscription limit reached',
      fix: 'Wait for the daily reset (midnight CST) or raise the subscription’s limits.',
    },
    // 1029 is "Too many jobs in queue" (wait) or "Export daily quota exceeded" (the 500 MB bulk
    // export allowance, reset at midnight CST): the message tells which.
    {
      id: 'marketo/export-daily-quota',
      category: 'plan',
      cause: '1029 export daily quota',
      code: ['1029'],
      destination: M,
      message: /daily quota/i,
      summary: 'Marketo bulk export daily quota exceeded',
      fix: 'Wait for the daily reset (midnight CST), export smaller date ranges, or buy a larger bulk extract allowance.',
    },
    {
      id: 'marketo/rate-limit',
      category: 'transient',
      cause: '606/615 rate or concurrency limit',
      code: ['502', '604', '606', '608', '611', '614', '615', '713', '719', '1016', '1019', '1029'],
      destination: M,
      summary: 'Marketo rate, concurrency or temporary error',
      fix: 'Retry with backoff; keep ≤ 100 calls per 20 s and ≤ 10 in flight.',
    },
    {
      id: 'marketo/field',
      category: 'validation',
      cause: 'field error',
      code: ['701', '1001', '1002', '1006', '1011'],
      destination: M,
      fieldFrom: /Field '([^']+)'|parameter '([^']+)'|^(\w+) cannot be blank/,
      summary: 'Marketo rejected field `{field}`',
      fix: 'Fix the mapping for `{field}` (the field must exist in Marketo with a matching type).',
    },
    {
      id: 'marketo/record',
      category: 'validation',
      cause: 'record rejected',
      code: ['605', '609', '610', '612', '613', '704', '709', '710', '711', '712', '714', '718', '1003', '1004', '1005', '1007', '1009', '1010', '1013', '1017', '1021', '1036'],
      destination: M,
      summary: 'Marketo rejected the record',
      fix: 'Read the sample: the record’s data or lookup does not fit Marketo’s rules.',
    },
    // Codes and messages quoted in text by connectors (the SDK / connector printed the message only).
    {
      id: 'marketo/access-token-message',
      category: 'auth',
      cause: '601/602 access token',
      message: /\bAccess token (?:invalid|expired)\b/i,
      destination: M,
      summary: 'Marketo access token missing, invalid or expired',
      fix: 'Check the Marketo client id / secret and re-authenticate; pause the sync until then.',
    },
    // Codes and messages quoted in text by connectors ("Max rate limit '100' exceeded … (606)").
    {
      id: 'marketo/rate-limit-message',
      category: 'transient',
      cause: '606/615 rate or concurrency limit',
      message: /Max rate limit '\d+' exceeded|Concurrent access limit '\d+' reached|calls in the past 20 seconds/i,
      summary: 'Marketo rate, concurrency or temporary error',
      fix: 'Retry with backoff; keep ≤ 100 calls per 20 s and ≤ 10 in flight.',
    },
  ],
};
