import type { RuleCase } from '../rule-tester.js';

/**
 * BambooHR's official Python SDK exception lines (`bamboohr_sdk.exceptions.<Class>: (<status>)
 * Reason: … Request ID: …`); the plain statuses are the generic rules'.
 * Sources: BambooHR/bhr-api-python bamboohr_sdk/exceptions.py (classes, status map, ApiException
 * __str__, x-bamboohr-request-id); documentation.bamboohr.com/docs/api-details (statuses).
 */
const line = (cls: string, status: string, reason: string): string =>
  `bamboohr_sdk.exceptions.${cls}: (${status}) Reason: ${reason} Request ID: 3f2c9a1e-7b7d-4e0c-9d7a-5d7e2b1c8a40 HTTP response headers: HTTPHeaderDict({'content-type': 'application/json'})`;

export const bamboohrCases: RuleCase[] = [
  {
    line: line('AuthenticationFailedException', '401', 'Unauthorized'),
    category: 'auth',
    destination: 'bamboohr',
    rule: 'bamboohr/sdk-auth',
    note: 'bhr-api-python: 401 raises AuthenticationFailedException (invalid API key or subdomain)',
  },
  {
    line: line('PermissionDeniedException', '403', 'Forbidden'),
    category: 'permissions',
    destination: 'bamboohr',
    rule: 'bamboohr/sdk-permission',
    note: 'bhr-api-python: 403 raises PermissionDeniedException (the key’s user lacks the privilege)',
  },
  {
    line: line('RateLimitExceededException', '429', 'Too Many Requests'),
    category: 'transient',
    destination: 'bamboohr',
    rule: 'bamboohr/sdk-rate-limit',
    note: 'bhr-api-python: 429 raises RateLimitExceededException (planned changes: throttling moves from 503 to 429)',
  },
  {
    line: line('ResourceNotFoundException', '404', 'Not Found'),
    category: 'validation',
    destination: 'bamboohr',
    rule: 'bamboohr/sdk-invalid',
    note: 'bhr-api-python: 404 raises ResourceNotFoundException (an unknown employee id or URL)',
  },
  {
    line: line('InternalServerErrorException', '500', 'Internal Server Error'),
    category: 'transient',
    destination: 'bamboohr',
    rule: 'bamboohr/sdk-server',
    note: 'bhr-api-python: 500 raises InternalServerErrorException',
  },
];
