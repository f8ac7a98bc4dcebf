import type { RuleCase } from '../rule-tester.js';

/**
 * Salesforce Marketing Cloud: OAuth errors at `<tenant>.auth.marketingcloudapis.com/v2/token`, REST
 * `{"message","errorcode","documentation"}` with documented custom codes, data-extension row errors
 * naming the column. Sources: developer.salesforce.com/docs/marketing/marketing-cloud/guide/
 * error-handling.html and rate-limiting-errors.html; FuelSDK-Python #39, FuelSDK-Node #20,
 * FiB3/ssjs-vsc sfmcErrors.md; segmentio/action-destinations SFMC tests and PR #3967.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const marketingCloudCases: RuleCase[] = [
  {
    line: j({
      level: 'error',
      status: 400,
      url: 'https://mc563885gzs27c5t9-63k636ttgm.auth.marketingcloudapis.com/v2/token',
      body: { error: 'invalid_client', error_description: 'Invalid client ID. Use the client ID in Marketing Cloud Installed Packages.', error_uri: 'https://developer.salesforce.com/docs', accessToken: null },
    }),
    category: 'auth',
    destination: 'marketing-cloud',
    rule: 'marketing-cloud/token-rejected',
    note: 'the auth host names Marketing Cloud, not the Salesforce CRM',
  },
  {
    line: j({ level: 'error', destination: 'sfmc', status: 401, body: { documentation: 'https://developer.salesforce.com/docs/atlas.en-us.mc-apis.meta/mc-apis/error-handling.htm', errorcode: 0, message: 'Not Authorized' } }),
    category: 'auth',
    destination: 'marketing-cloud',
    rule: 'marketing-cloud/not-authorized',
    note: 'errorcode 0 Not Authorized: the token is missing, invalid or expired',
  },
  {
    line: "Exception: Unable to validate App Keys(ClientID/ClientSecret) provided: {'message': 'Unauthorized', 'errorcode': 1, 'documentation': ''}",
    category: 'auth',
    destination: 'marketing-cloud',
    rule: 'marketing-cloud/app-keys',
    note: 'FuelSDK-Python’s exception: the legacy requestToken refused the keys',
  },
  {
    line: "Error: No access token res: { message: 'This integration is not eligible to use the legacy /v1/requestToken endpoint because the integration uses enhanced OAuth 2.0 functionality.', errorcode: 10007, documentation: '' } at fuel-auth/lib/fuel-auth.js:91",
    category: 'auth',
    destination: 'marketing-cloud',
    rule: 'marketing-cloud/app-keys',
    note: '10007 from fuel-auth: an enhanced package must use /v2/token',
  },
  {
    line: j({ level: 'error', destination: 'Salesforce Marketing Cloud', status: 403, body: { message: 'Insufficient privileges', errorcode: 20002, documentation: '' } }),
    category: 'permissions',
    destination: 'marketing-cloud',
    rule: 'marketing-cloud/insufficient-privileges',
    note: '20002: the installed package lacks the scope',
  },
  {
    line: j({
      level: 'warn',
      status: 429,
      url: 'https://mc123.rest.marketingcloudapis.com/data/v1/async/dataextensions/key:Orders/rows',
      body: { message: 'Rate limit exceeded', errorcode: 50100, retryAfter: 5, documentation: 'https://developer.salesforce.com/docs/atlas.en-us.mc-apis.meta/mc-apis/error-handling.htm' },
    }),
    category: 'transient',
    destination: 'marketing-cloud',
    rule: 'marketing-cloud/rate-limit',
    note: '50100 throttling: retry after Retry-After',
  },
  {
    line: j({ level: 'warn', destination: 'marketing-cloud', status: 429, body: { message: 'Your requests are temporarily blocked.', errorcode: 50200, documentation: '' } }),
    category: 'transient',
    cause: 'errorcode 50200 throttled',
    rule: 'marketing-cloud/rate-limit',
    note: '50200: temporarily blocked, lifts when the load drops',
  },
  {
    line: j({
      level: 'error',
      status: 400,
      record_id: 'cust-17',
      url: 'https://mc123.rest.marketingcloudapis.com/hub/v1/dataevents/key:Customers/rowset',
      body: {
        message: 'Unable to save rows for data extension ID dcf7a0f9-ff23-ef11-b859-48df37dc1382',
        errorcode: 10006,
        documentation: '',
        additionalErrors: [{ message: 'Email: The value for column [Email] is not a valid email address. Parse error [InvalidEmailAddress]', errorcode: 10000, documentation: '' }],
      },
    }),
    category: 'validation',
    destination: 'marketing-cloud',
    field: 'Email',
    cause: 'errorcode 10006',
    rule: 'marketing-cloud/row-rejected',
    note: '10006 aggregate: the additional error names the column',
  },
  {
    line: '2026-03-12T07:00:00Z ERROR row cust-18 rejected: Phone: The value for column [Phone] is not a valid phone number.',
    category: 'validation',
    destination: 'marketing-cloud',
    field: 'Phone',
    rule: 'marketing-cloud/row-rejected-text',
    note: 'the async row status as text names the column',
  },
  {
    line: j({ level: 'error', destination: 'marketing-cloud', record_id: 'r-9', status: 'Error', message: 'Transaction (Process ID 83) was deadlocked on lock resources with another process and has been chosen as the deadlock victim. Rerun the transaction.' }),
    category: 'transient',
    rule: 'marketing-cloud/deadlock',
    note: 'an async row error that is a deadlock: retry, unlike the other row errors',
  },
  {
    line: j({ level: 'error', destination: 'zoom', status: 400, body: { code: 300, message: 'Validation Failed.', errorcode: 10006 } }),
    category: 'validation',
    destination: 'zoom',
    rule: 'zoom/invalid-request',
    note: 'near miss: errorcode 10006 on another provider’s line is not Marketing Cloud’s',
  },
];
