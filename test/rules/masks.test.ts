import { describe, expect, it } from 'vitest';
import { template } from '../../src/rules/masks.js';

describe('template masks', () => {
  it.each([
    ['Contact 12345 not found', 'Contact <num> not found'],
    ['No such customer: cus_9s6XKzkNRiz8i3', 'No such customer: <id>'],
    ['Email jane@example.com is invalid', 'Email <email> is invalid'],
    ["Value 'abc' rejected at 2024-01-01T10:00:00Z", 'Value <str> rejected at <time>'],
    ['request 3f1d0e6b-6b0e-4a55-9d6c-7d2f0b2e9a10 failed', 'request <uuid> failed'],
    ['crash while syncing usr_00333', 'crash while syncing <id>'],
    ['The request failed. (url: https://slack.com/api/chat.postMessage)', 'The request failed. (url: <url>)'],
    ['account acct-1042 locked', 'account <id> locked'],
    ['payload is not utf-8', 'payload is not utf-<num>'],
    ['ERR_BAD_REQUEST from upstream', 'ERR_BAD_REQUEST from upstream'],
  ])('%s → %s', (input, expected) => {
    expect(template(input)).toBe(expected);
  });

  it('collapses messages that differ only in ids into one template', () => {
    expect(template('Record 1 failed for a@b.co')).toBe(template('Record 99 failed for x@y.org'));
  });
});
