import type { RuleCase } from '../rule-tester.js';

/** Basecamp API. Source: github.com/basecamp/bc3-api README (404 with Reason: Account Inactive; 429; 401). */
export const basecampCases: RuleCase[] = [
  {
    line: '2026-05-01T10:00:00Z ERROR todo sync failed: GET https://3.basecampapi.com/4000001/buckets/1/todolists.json -> 404 Not Found (Reason: Account Inactive)',
    category: 'plan',
    destination: 'basecamp',
    rule: 'basecamp/account-inactive',
    note: 'the 404 is the account, not the record',
  },
  {
    line: '{"level":"error","url":"https://3.basecampapi.com/4000001/projects.json","status":401,"body":"OAuth token expired (old age)"}',
    category: 'auth',
    destination: 'basecamp',
    rule: 'basecamp/401',
  },
  {
    line: '{"level":"warn","url":"https://3.basecampapi.com/4000001/projects.json","status":429,"body":""}',
    category: 'transient',
    destination: 'basecamp',
    rule: 'basecamp/429',
  },
];
