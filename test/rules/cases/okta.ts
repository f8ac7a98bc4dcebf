import type { RuleCase } from '../rule-tester.js';

/**
 * Okta management API: `{"errorCode":"E0000011","errorSummary","errorLink","errorId","errorCauses"}`.
 * E0000011 / E0000004 auth, E0000006 permissions, E0000015 plan (feature not enabled), E0000047
 * rate limit, E0000001 validation with the field in `errorCauses` ("login: …"), E0000007 not found;
 * SDKs print "Okta HTTP 401 E0000011 Invalid token provided".
 * Sources: developer.okta.com/docs/reference/error-codes, /docs/reference/rl-global-mgmt.
 */
const j = (o: unknown): string => JSON.stringify(o);
const okta = (status: number, errorCode: string, errorSummary: string, errorCauses: unknown[] = [], extra: Record<string, unknown> = { destination: 'okta' }): string =>
  j({ ts: '2026-03-08T10:00:00Z', level: 'error', ...extra, status, body: { errorCode, errorSummary, errorLink: errorCode, errorId: 'oaeJ5kT2ZmRSxWnCQ8oNNbYaQ', errorCauses } });

export const oktaCases: RuleCase[] = [
  {
    line: okta(401, 'E0000011', 'Invalid token provided'),
    category: 'auth',
    cause: 'E0000011',
    rule: 'okta/auth',
    note: 'E0000011: the SSWS API token',
  },
  {
    line: okta(403, 'E0000006', 'You do not have permission to perform the requested action', [], {}),
    category: 'permissions',
    destination: 'okta',
    rule: 'okta/permission',
    note: 'E0000006 with no destination key: errorCauses / errorLink name Okta',
  },
  {
    line: okta(401, 'E0000015', 'You do not have permission to access the feature you are requesting'),
    category: 'plan',
    rule: 'okta/feature',
    note: 'E0000015: feature not enabled on the org, not a permission',
  },
  {
    line: okta(429, 'E0000047', 'API call exceeded rate limit due to too many requests.'),
    category: 'transient',
    rule: 'okta/rate-limit',
    note: 'E0000047: per-endpoint org rate limit',
  },
  {
    line: '2026-03-08T10:00:10Z ERROR POST https://acme.okta.com/api/v1/users?activate=true -> 400 {"errorCode":"E0000001","errorSummary":"Api validation failed: login","errorLink":"E0000001","errorId":"oaeA1b2C3d4","errorCauses":[{"errorSummary":"login: An object with this field already exists in the current organization"}]}',
    category: 'validation',
    destination: 'okta',
    field: 'login',
    rule: 'okta/validation',
    note: 'E0000001 names the field; org host only',
  },
  {
    line: okta(404, 'E0000007', 'Not found: Resource not found: 00u1abcd2EFGH3ijk4l5 (User)'),
    category: 'validation',
    cause: 'E0000007',
    rule: 'okta/validation',
    note: 'E0000007: the user was deleted',
  },
  {
    line: 'okta.exceptions.exceptions.OktaAPIError: Okta HTTP 401 E0000011 Invalid token provided',
    category: 'auth',
    destination: 'okta',
    rule: 'okta/auth-text',
    note: 'okta-sdk-python prints the E-code in text',
  },
  {
    line: 'com.okta.sdk.resource.ResourceException: HTTP 400, Okta E0000001 (Api validation failed: email - email: Does not match required pattern), ErrorId oae123',
    category: 'validation',
    destination: 'okta',
    field: 'email',
    rule: 'okta/validation-text',
    note: 'Java SDK ResourceException with the field',
  },
  {
    line: 'OktaApiError: Okta HTTP 403 E0000006 You do not have permission to perform the requested action',
    category: 'permissions',
    destination: 'okta',
    rule: 'okta/permission-text',
    note: 'Node SDK OktaApiError',
  },
  {
    line: 'OktaApiError: Okta HTTP 429 E0000047 API call exceeded rate limit due to too many requests.',
    category: 'transient',
    destination: 'okta',
    rule: 'okta/rate-limit-text',
    note: 'Node SDK rate limit',
  },
  {
    line: 'OktaApiError: Okta HTTP 401 E0000015 You do not have permission to access the feature you are requesting',
    category: 'plan',
    destination: 'okta',
    rule: 'okta/feature-text',
    note: 'Node SDK feature not enabled',
  },
  // ---------------------------------------------------------------- near misses
  {
    line: '2026-03-08T12:00:00Z ERROR sync to okta-like directory failed: 401 Unauthorized',
    category: 'auth',
    destination: null,
    note: 'near miss: "okta" in prose is no hint (org hosts and SDK names only)',
  },
];
