import type { RuleCase } from '../rule-tester.js';

/**
 * RudderStack's gateway answers. Source: rudder-server gateway/response/response.go (messages and
 * statuses); rudderstack.com/docs/api/http-api.
 */
export const rudderstackCases: RuleCase[] = [
  {
    line: 'rudder 2026/03/01 09:34:30 **INFO**: response 401 401 Unauthorized – Failed to read writeKey from header',
    category: 'auth',
    destination: 'rudderstack',
    rule: 'rudderstack/write-key',
    note: 'rudder-sdk-go logs the gateway answer at INFO: no write key in the basic-auth header',
  },
  {
    line: 'ERROR track failed: POST https://acmecorp.dataplane.rudderstack.com/v1/batch -> 401 Invalid Write Key',
    category: 'auth',
    destination: 'rudderstack',
    rule: 'rudderstack/write-key',
    note: 'a write key the workspace does not know',
  },
  {
    line: 'ERROR POST https://acmecorp.dataplane.rudderstack.com/v1/track -> 404 Source is disabled',
    category: 'permissions',
    destination: 'rudderstack',
    rule: 'rudderstack/source-disabled',
    note: 'valid key, but the source was turned off in the workspace',
  },
  {
    line: 'WARN POST https://hosted.rudderlabs.com/v1/batch -> 429 Max Requests Limit reached',
    category: 'transient',
    destination: 'rudderstack',
    rule: 'rudderstack/rate-limit',
    note: "the workspace's request rate: retried",
  },
  {
    line: 'ERROR POST https://acmecorp.dataplane.rudderstack.com/v1/batch -> 413 Request size exceeds max limit',
    category: 'validation',
    destination: 'rudderstack',
    rule: 'rudderstack/payload',
    note: 'a batch over the size limit',
  },
  {
    line: 'ERROR @rudderstack/rudder-sdk-node: 400 Request neither has anonymousId nor userId',
    category: 'validation',
    destination: 'rudderstack',
    rule: 'rudderstack/payload',
    note: 'an event without any user identifier',
  },
  {
    line: 'ERROR POST https://api.example.com/v1/jobs -> 404 Source is disabled',
    category: 'validation',
    note: 'the same words from another API are no RudderStack finding (a 404)',
  },
];
