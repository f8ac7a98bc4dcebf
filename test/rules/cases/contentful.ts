import type { RuleCase } from '../rule-tester.js';

/**
 * Contentful's `{"sys":{"type":"Error","id":…},"message","details","requestId"}` bodies, the
 * JavaScript SDK's error JSON (`status`, `statusText`, `message`, `details`, `request`), the
 * import/export tools' line and the Python / Ruby SDKs' exceptions.
 * Sources: contentful.com/developers/docs/references/errors (ids and statuses);
 * contentful-sdk-core src/error-handler.ts (the SDK's error name and JSON); contentful-management.py
 * errors.py (exception classes and text); contentful.rb error.rb; contentful.php / contentful-
 * management.rb specs (the RateLimitExceeded body); lotas/contentful-graph #43, contentful-export
 * #98, contentful-cli #158, contentful-import #57, contentful-space-sync #77, contentful.js #13;
 * public test fixtures quoting VersionMismatch ("The given version value is not the current one")
 * and ValidationFailed details ("The property \"jwk\" is required here").
 */
const j = (o: unknown): string => JSON.stringify(o);
const sys = (id: string) => ({ type: 'Error', id });
const sdkRequest = (url: string, method = 'get') => ({
  url,
  headers: { Accept: 'application/json, text/plain, */*', 'Content-Type': 'application/vnd.contentful.management.v1+json', 'X-Contentful-User-Agent': 'sdk contentful-management.js/7.54.2; platform node.js/v16.0.0; os macOS/v16.0.0;', Authorization: 'Bearer ...BaWpw' },
  method,
});

export const contentfulCases: RuleCase[] = [
  {
    line: j({ level: 'error', status: 401, url: 'https://cdn.contentful.com/spaces/n3ga73o12ziq/environments/master/entries', body: { sys: sys('AccessTokenInvalid'), message: 'The access token you sent could not be found or is invalid.', requestId: '9f6c1c0f-3e1a-4b25-8e0d-6d2f4d3a1b77' } }),
    category: 'auth',
    destination: 'contentful',
    cause: 'AccessTokenInvalid',
    rule: 'contentful/access-token-invalid',
    note: 'the AccessTokenInvalid body (contentful.js #13, the docs’ error table) on the delivery host',
  },
  {
    line: `AccessTokenInvalid: ${j({ status: 403, statusText: 'Forbidden', message: 'The access token you sent could not be found or is invalid.', details: {}, request: sdkRequest('/spaces/jq8d65xjulgq'), requestId: 'd95706be-c9b6-4cdb-9fc9-d7c1f6c91b11' })}`,
    category: 'auth',
    destination: 'contentful',
    rule: 'contentful/access-token-invalid',
    note: 'lotas/contentful-graph #43: the SDK’s error on a 403 still says AccessTokenInvalid; the wording decides, not the status (the SDK header names Contentful)',
  },
  {
    line: 'Error: Status: 403 - Forbidden - Message: The access token you sent could not be found or is invalid.',
    category: 'auth',
    destination: 'contentful',
    rule: 'contentful/access-token-message',
    note: 'contentful-export #98: a delivery token used where a management token is needed; only the wording names Contentful',
  },
  {
    line: j({ level: 'error', status: 404, url: 'https://api.contentful.com/spaces/wrongspace1/environments/master/entries', body: { sys: sys('NotFound'), message: 'The resource could not be found.', details: { type: 'Space', id: 'wrongspace1' }, requestId: 'c1f0b0d2' } }),
    category: 'auth',
    destination: 'contentful',
    rule: 'contentful/space-not-found',
    note: 'NotFound whose details.type is Space (contentful-management.py NotFoundError reads details.type): the connection’s space is wrong for the token',
  },
  {
    line: j({ level: 'error', status: 404, url: 'https://api.contentful.com/spaces/n3ga73o12ziq/environments/master/entries/4sRB2auKrCEAumue8wSwiw', body: { sys: sys('NotFound'), message: 'The resource could not be found.', details: { type: 'Entry', id: '4sRB2auKrCEAumue8wSwiw' }, requestId: 'a17e55c3' } }),
    category: 'validation',
    destination: 'contentful',
    rule: 'contentful/not-found',
    note: 'NotFound of an entry: a record-level missing id',
  },
  {
    line: `ERR! import Forbidden: ${j({ status: 403, statusText: 'Forbidden', message: 'You are not authorized to do this action or exceeded your plan limits.', details: {}, request: { url: 'https://api.contentful.com:443/spaces/destspace01/locales', headers: { 'X-Contentful-User-Agent': 'app contentful.import/5.0.0' }, method: 'post' } })}`,
    category: 'permissions',
    destination: 'contentful',
    rule: 'contentful/forbidden-code',
    note: 'contentful-import #57: the SDK’s 403 (statusText Forbidden) with Contentful’s role-or-plan-limit wording',
  },
  {
    line: j({ level: 'error', status: 403, url: 'https://api.contentful.com/spaces/n3ga73o12ziq/environments/master/entries/6sYQ', body: { sys: sys('AccessDenied'), message: 'Forbidden', details: { reasons: ['Your role does not allow you to update this entry'] }, requestId: 'b53d9a1e' } }),
    category: 'permissions',
    destination: 'contentful',
    cause: 'AccessDenied',
    rule: 'contentful/access-denied',
    note: 'the docs’ 403 AccessDenied (a missing role); contentful-management.py reads details.reasons',
  },
  {
    line: '16:59:07 - AccessDenied: Status: 403 - Forbidden - Message: Forbidden - Request ID: 8e4ab1c5a6e13f8c2c6e1d90f2e6bb5b',
    category: 'permissions',
    destination: 'contentful',
    rule: 'contentful/access-denied-message',
    note: 'contentful-cli #158: contentful-batch-libs’ error line during an import',
  },
  {
    line: j({ level: 'error', status: 409, url: 'https://api.contentful.com/spaces/n3ga73o12ziq/environments/master/entries/3j5ctssw0w6o8gEoeUUu2G', body: { sys: sys('VersionMismatch'), message: 'The given version value is not the current one', requestId: '4d0274fb' } }),
    category: 'validation',
    destination: 'contentful',
    cause: 'VersionMismatch',
    rule: 'contentful/version-mismatch',
    note: '409 VersionMismatch: the update carried an outdated X-Contentful-Version',
  },
  {
    line: `VersionMismatch: ${j({ status: 409, statusText: 'Conflict', message: '', details: {}, request: sdkRequest('https://api.contentful.com:443/spaces/n3ga73o12ziq/environments/master/entries/3j5ctssw0w6o8gEoeUUu2G', 'put'), requestId: 'e0b1c2d3' })}`,
    category: 'validation',
    destination: 'contentful',
    rule: 'contentful/conflict-code',
    note: 'the SDK’s error JSON for a 409: statusText Conflict is the only code',
  },
  {
    line: j({ level: 'error', status: 422, url: 'https://api.contentful.com/spaces/n3ga73o12ziq/environments/master/entries/y7Gh/published', body: { sys: sys('ValidationFailed'), message: 'Validation error', details: { errors: [{ name: 'required', path: ['fields', 'title'], details: 'The property "title" is required here' }] }, requestId: 'f3a9' } }),
    category: 'validation',
    destination: 'contentful',
    field: 'title',
    rule: 'contentful/validation-failed',
    note: '422 ValidationFailed on publish; the detail text names the property (path is an array the key map cannot read)',
  },
  {
    line: `ValidationFailed: ${j({ status: 422, statusText: 'Unprocessable Entity', message: 'Validation error', details: { errors: [{ name: 'size', path: ['fields', 'slug', 'en-US'], max: 64, details: 'Size must be at most 64' }] }, request: sdkRequest('https://api.contentful.com:443/spaces/n3ga73o12ziq/environments/master/entries', 'post') })}`,
    category: 'validation',
    destination: 'contentful',
    rule: 'contentful/sdk-validation',
    note: 'the SDK’s error named ValidationFailed (ivo-toby/contentful-mcp #47 shape); "Unprocessable Entity" is no code',
  },
  {
    line: "contentful_management.errors.UnprocessableEntityError: HTTP status code: 422 Message: Validation error Details: \t* Name: required - Path: '['fields', 'name', 'en-US']' Request ID: 1a2b3c",
    category: 'validation',
    destination: 'contentful',
    field: 'name',
    rule: 'contentful/sdk-validation',
    note: 'contentful-management.py UnprocessableEntityError text (name and path of each detail), joined onto one line',
  },
  {
    line: j({ level: 'warn', status: 429, url: 'https://api.contentful.com/spaces/n3ga73o12ziq/environments/master/entries', body: { sys: sys('RateLimitExceeded'), message: 'You have exceeded the rate limit of the Organization this Space belongs to by making too many API requests within a short timespan. Please wait a moment before trying the request again.', requestId: '4d0274fb176b51ae43a64b98639a3090' } }),
    category: 'transient',
    destination: 'contentful',
    rule: 'contentful/rate-limit-message',
    note: 'the RateLimitExceeded body of the contentful.php and contentful-management.rb specs; the wording names Contentful',
  },
  {
    line: j({ level: 'warn', status: 429, destination: 'contentful', body: { sys: sys('RateLimitExceeded') } }),
    category: 'transient',
    rule: 'contentful/rate-limit',
    note: 'a 429 with no message (public test fixture): the status on a Contentful line',
  },
  {
    line: 'Contentful::Management::RateLimitExceeded: Rate limit exceeded (retry after 1 second)',
    category: 'transient',
    destination: 'contentful',
    rule: 'contentful/sdk-rate-limit',
    note: 'contentful-management.rb / contentful.rb RateLimitExceeded error class',
  },
  {
    line: 'contentful_management.errors.UnauthorizedError: HTTP status code: 401 Message: The authorization token was invalid.',
    category: 'auth',
    destination: 'contentful',
    rule: 'contentful/sdk-unauthorized',
    note: 'contentful-management.py UnauthorizedError with its default message (no JSON body)',
  },
  {
    line: 'Contentful::Management::AccessDenied: Forbidden',
    category: 'permissions',
    destination: 'contentful',
    rule: 'contentful/sdk-access-denied',
    note: 'contentful-management.rb AccessDenied (contentful-importer.rb #32)',
  },
  {
    line: 'contentful_management.errors.VersionMismatchError: HTTP status code: 409 Message: Version mismatch error. The version you specified was incorrect. This may be due to someone else editing the content.',
    category: 'validation',
    destination: 'contentful',
    rule: 'contentful/sdk-version-mismatch',
    note: 'contentful-management.py VersionMismatchError',
  },
  {
    line: j({ level: 'error', status: 401, url: 'https://api.contentful.com/spaces/n3ga73o12ziq/entries', body: { sys: sys('AccessTokenInvalid'), message: 'Unauthorized', requestId: '77e1' } }),
    category: 'auth',
    destination: 'contentful',
    rule: 'contentful/unauthorized',
    note: 'a 401 whose message is only the status text: the status on a Contentful line',
  },
  {
    line: j({ level: 'error', status: 502, url: 'https://cdn.contentful.com/spaces/oldspace9/environments/master/entries', body: { sys: sys('Hibernated'), message: 'The space is hibernated.' } }),
    category: 'transient',
    destination: 'contentful',
    rule: 'contentful/hibernated',
    note: 'the docs’ 502 Hibernated: a long-unused space, woken by the request',
  },
  {
    line: j({ level: 'error', destination: 'aws-s3', status: 403, body: { Error: { Code: 'AccessDenied', Message: 'Access Denied' } } }),
    category: 'permissions',
    destination: 's3',
    rule: 's3/access-denied',
    note: 'near miss: S3’s AccessDenied is not Contentful’s',
  },
  {
    line: 'RateLimitExceeded: too many requests to api.example.com',
    category: 'transient',
    destination: null,
    rule: 'http/rate-limit-message',
    note: 'near miss: an exception named RateLimitExceeded on a line that names no Contentful host or SDK is not Contentful’s',
  },
];
