import type { Provider } from './provider.js';

/**
 * Marketo REST answers HTTP 200 with `success:false` and `errors[].code` as strings; per-record
 * results carry `reasons[].code`. Codes 6xx/7xx/1xxx are Marketo's own.
 * Source: experienceleague.adobe.com Marketo REST error codes.
 */
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
      summary: 'Marketo access token missing, invalid or expired',
      fix: 'Check the Marketo client id / secret and re-authenticate; pause the sync until then.',
    },
    {
      id: 'marketo/access-denied',
      category: 'permissions',
      cause: '603 access denied',
      code: ['603', '1008'],
      summary: 'Marketo API user lacks permission (role or IP allowlist)',
      fix: 'Give the API-only user’s role the needed permission, or allow the sync’s IPs.',
    },
    {
      id: 'marketo/daily-quota',
      category: 'plan',
      cause: '607 daily quota',
      code: ['607', '616', '703', '1026', '1027', '1028'],
      summary: 'Marketo daily quota or subscription limit reached',
      fix: 'Wait for the daily reset (midnight CST) or raise the subscription’s limits.',
    },
    {
      id: 'marketo/rate-limit',
      category: 'transient',
      cause: '606/615 rate or concurrency limit',
      code: ['502', '604', '606', '608', '611', '614', '615', '713', '719', '1016', '1019', '1029'],
      summary: 'Marketo rate, concurrency or temporary error',
      fix: 'Retried with backoff; keep ≤ 100 calls per 20 s and ≤ 10 in flight.',
    },
    {
      id: 'marketo/field',
      category: 'validation',
      cause: 'field error',
      code: ['701', '1001', '1002', '1006', '1011'],
      fieldFrom: /Field '([^']+)'|parameter '([^']+)'|^(\w+) cannot be blank/,
      summary: 'Marketo rejected field `{field}`',
      fix: 'Fix the mapping for `{field}` (the field must exist in Marketo with a matching type).',
    },
    {
      id: 'marketo/record',
      category: 'validation',
      cause: 'record rejected',
      code: ['605', '609', '612', '613', '704', '709', '710', '711', '712', '714', '718', '1003', '1004', '1005', '1007', '1009', '1010', '1021'],
      summary: 'Marketo rejected the record',
      fix: 'Read the sample: the record’s data or lookup does not fit Marketo’s rules.',
    },
    // Codes and messages quoted in text by connectors ("Max rate limit '100' exceeded … (606)").
    {
      id: 'marketo/rate-limit-message',
      category: 'transient',
      cause: '606/615 rate or concurrency limit',
      message: /Max rate limit '\d+' exceeded|Concurrent access limit '\d+' reached|calls in the past 20 seconds/i,
      summary: 'Marketo rate, concurrency or temporary error',
      fix: 'Retried with backoff; keep ≤ 100 calls per 20 s and ≤ 10 in flight.',
    },
  ],
};
