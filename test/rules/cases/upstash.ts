import type { RuleCase } from '../rule-tester.js';

/** Upstash's own limits. Source: upstash.com/docs/redis/troubleshooting/max_requests_limit. */
export const upstashCases: RuleCase[] = [
  {
    line: 'ReplyError: ERR max requests limit exceeded. Limit: 10000, Usage: 10000. See https://upstash.com/docs/redis/troubleshooting/max_requests_limit for details',
    category: 'plan',
    destination: 'upstash',
    rule: 'upstash/plan-limit',
    note: "the database's plan allows no more commands",
  },
  {
    line: 'ERROR cache write failed: ERR max request size exceeded (https://eu1-happy-cat-30001.upstash.io)',
    category: 'plan',
    destination: 'upstash',
    rule: 'upstash/plan-limit',
    note: "a request over the plan's size",
  },
];
