import type { RuleCase } from '../rule-tester.js';

/**
 * Greenhouse Harvest answers a status and `{"message"}` / `{"errors":[{"message","field"}]}`.
 * Sources: grnhse/greenhouse-api-docs harvest/_introduction.md (the validation body, the error
 * table, rate limiting per 10 seconds) and _applications.md (the deleted-application body);
 * alecraso/grnhse-api #2 ("HTTPError: 401 {"message":"Invalid Basic Auth credentials"}");
 * airbytehq/airbyte #6238 ("This API Key does not have permission for this endpoint");
 * grnhse/greenhouse-api-docs #393 (an On-Behalf-Of user denied, `{"errors":[{"message":"Not
 * found"}]}`); greenhouse_io gem sources (GreenhouseIo::Error, ReauthorizationRequired).
 */
const j = (o: unknown): string => JSON.stringify(o);

export const greenhouseCases: RuleCase[] = [
  {
    line: 'grnhse.exceptions.HTTPError: 401 {"message":"Invalid Basic Auth credentials"}',
    category: 'auth',
    destination: 'greenhouse',
    rule: 'greenhouse/invalid-credentials',
    note: 'alecraso/grnhse-api #2: the Python client’s HTTPError with Harvest’s 401 body',
  },
  {
    line: j({ level: 'error', status: 401, url: 'https://harvest.greenhouse.io/v1/candidates?per_page=500' }),
    category: 'auth',
    destination: 'greenhouse',
    rule: 'greenhouse/unauthorized',
    note: 'Harvest error table: 401 — unauthenticated or wrong key (logged without its body)',
  },
  {
    line: 'WARN Endpoint \'demographic_answers\' error: 403 {"message":"This API Key does not have permission for this endpoint"} (GET https://harvest.greenhouse.io/v1/demographics/answers)',
    category: 'permissions',
    destination: 'greenhouse',
    rule: 'greenhouse/endpoint-permission',
    note: 'airbyte #6238 (the wording it tests for) and greenhouse-api-docs #505 (demographics endpoints not granted to the key)',
  },
  {
    line: j({ level: 'error', status: 403, url: 'https://harvest.greenhouse.io/v1/candidates/48213377/activity_feed/notes', body: { errors: [{ message: 'Access Denied' }] } }),
    category: 'permissions',
    destination: 'greenhouse',
    cause: 'HTTP 403',
    rule: 'greenhouse/forbidden',
    note: 'greenhouse-api-docs #393: the On-Behalf-Of user cannot access the candidate',
  },
  {
    line: j({ level: 'error', status: 404, url: 'https://harvest.greenhouse.io/v1/applications/29622362', body: { message: 'Application 29622362 has been deleted.' } }),
    category: 'validation',
    destination: 'greenhouse',
    rule: 'greenhouse/not-found',
    note: 'applications doc: the body of a deleted application',
  },
  {
    line: j({ level: 'error', status: 422, url: 'https://harvest.greenhouse.io/v1/candidates', body: { message: 'Validation error', errors: [{ message: 'Must be one of: candidate, prospect', field: 'type' }] } }),
    category: 'validation',
    destination: 'greenhouse',
    field: 'type',
    rule: 'greenhouse/validation',
    note: 'the Harvest introduction’s validation body: errors[].field names the field',
  },
  {
    line: j({ level: 'warn', status: 429, url: 'https://harvest.greenhouse.io/v1/scorecards?page=12', retry_after: 7 }),
    category: 'transient',
    destination: 'greenhouse',
    rule: 'greenhouse/rate-limit',
    note: 'Harvest rate limiting: 429 past X-RateLimit-Limit per 10 seconds',
  },
  {
    line: 'GreenhouseIo::ReauthorizationRequired: 401',
    category: 'auth',
    destination: 'greenhouse',
    rule: 'greenhouse/invalid-credentials',
    note: 'a greenhouse_io fork’s error when the Harvest v3 refresh fails',
  },
  {
    line: 'ERROR failed to load greenhouse gas emissions: 401 Unauthorized',
    category: 'auth',
    destination: null,
    rule: 'http/auth-message',
    note: 'near miss: the word greenhouse alone names no provider',
  },
];
