import type { RuleCase } from '../rule-tester.js';

/**
 * LinkedIn Marketing API: learn.microsoft.com/linkedin error handling and rate limits; real bodies
 * in react-native-linkedin#80, hybridauth#1020, PostHog/posthog#64614.
 */
const j = (o: object) => JSON.stringify(o);

export const linkedinCases: RuleCase[] = [
  {
    line: j({ level: 'error', destination: 'linkedin_ads', status: 401, body: { serviceErrorCode: 65600, message: 'Invalid access token', status: 401 } }),
    category: 'auth',
    destination: 'linkedin',
    rule: 'linkedin/invalid-token',
    note: '65600 invalid access token',
  },
  {
    line: j({ serviceErrorCode: 65601, message: 'The token used in the request has expired', status: 401 }),
    category: 'auth',
    destination: 'linkedin',
    rule: 'linkedin/token-expired',
    note: 'serviceErrorCode names LinkedIn',
  },
  {
    line: 'Signed API request has returned an error. HTTP error 403. Raw Provider API response: {"serviceErrorCode":100,"message":"Not enough permissions to access: GET /me","status":403}.',
    category: 'permissions',
    destination: 'linkedin',
    rule: 'linkedin/not-enough-permissions',
    note: 'hybridauth#1020',
  },
  {
    line: j({ level: 'error', destination: 'linkedin', status: 429, body: { message: 'Resource level throttle APPLICATION DAY limit for calls to this resource is reached.', status: 429 } }),
    category: 'plan',
    rule: 'linkedin/daily-throttle',
    note: 'DAY throttle resets at midnight UTC: plan, not a retry',
  },
  {
    line: j({ level: 'error', destination: 'linkedin', status: 429, body: { message: 'Throttle limit for calls to this resource is reached.', status: 429 } }),
    category: 'transient',
    rule: 'linkedin/throttle',
    note: 'a throttle with no window named stays a retry',
  },
  {
    line: j({ level: 'error', status: 426, body: { status: 426, code: 'NONEXISTENT_VERSION', message: 'Requested version 20220101 is not active' } }),
    category: 'validation',
    destination: 'linkedin',
    rule: 'linkedin/version',
    note: 'a sunset Linkedin-Version',
  },
  {
    line: j({ level: 'error', destination: 'linkedin', status: 422, body: { message: 'ERROR :: /account :: field is required but not found and has no default value\n', status: 422 } }),
    category: 'validation',
    field: 'account',
    rule: 'linkedin/validation',
    note: 'Rest.li validation names the field path',
  },
  {
    line: 'ERROR import row 12: LinkedIn URL is not a valid URL',
    category: 'validation',
    destination: null,
    note: 'near miss: a record’s "LinkedIn URL" field does not make the line LinkedIn’s',
  },
  {
    line: j({ level: 'error', destination: 'acme', status: 401, message: 'Invalid access token' }),
    category: 'auth',
    rule: 'http/auth-message',
    note: 'near miss: the same words on another API are generic',
  },
  {
    line: j({ level: 'error', status: 401, message: 'expired_access_token/' }),
    category: 'auth',
    destination: null,
    rule: 'http/401',
    note: 'near miss: Dropbox’s lowercase expired_access_token is not LinkedIn’s EXPIRED_ACCESS_TOKEN',
  },
];
