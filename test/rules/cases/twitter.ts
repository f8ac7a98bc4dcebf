import type { RuleCase } from '../rule-tester.js';

/** X (Twitter) API error codes. Source: developer.x.com/en/support/x-api/error-troubleshooting. */
export const twitterCases: RuleCase[] = [
  {
    line: '2026-07-01T09:00:00Z ERROR sync failed: POST api.twitter.com/1.1/statuses/update.json -> 403 {"errors":[{"message":"You currently have access to a subset of X API v2 endpoints and limited v1.1 endpoints only.","code":453}]}',
    category: 'plan',
    destination: 'twitter',
    rule: 'twitter/access-level',
  },
  {
    line: 'tweepy.errors.Unauthorized: 401 Unauthorized 89 - Invalid or expired token.',
    category: 'auth',
    destination: 'twitter',
    rule: 'twitter/bad-token',
  },
  {
    line: "twitter.error.TwitterError: [{'message': 'You currently have Essential access which includes access to Twitter API v2 endpoints only.', 'code': 453}]",
    category: 'plan',
    destination: 'twitter',
    rule: 'twitter/access-level',
    note: 'the 2022 wording, in a Python repr',
  },
];
