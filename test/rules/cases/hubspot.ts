import type { RuleCase } from '../rule-tester.js';

export const hubspotCases: RuleCase[] = [
  {
    line: '{"ts":"2026-03-10T16:04:42Z","level":"error","destination":"hubspot","record_id":"c-1001","status":401,"body":{"status":"error","message":"The OAuth token used to make this call expired 0 second(s) ago.","correlationId":"019cd9fe-d093-7d4f-99bc-45975fdcf7c6","category":"EXPIRED_AUTHENTICATION","context":{"expire time":["2026-03-10T23:04:41.164Z"]}}}',
    category: 'auth',
    cause: 'EXPIRED_AUTHENTICATION',
    destination: 'hubspot',
  },
];
