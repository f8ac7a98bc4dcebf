import type { RuleCase } from '../rule-tester.js';

/**
 * Google APIs, Microsoft Graph, Marketo, Shopify, Zendesk, Klaviyo.
 * Google: decide on reason/status, not HTTP status (DESIGN §7). Graph: error.code. Marketo: HTTP
 * 200 with success:false and errors[].code (601/602 auth, 603 permissions, 606/615 transient, 607
 * plan, 1003+/1006 validation). Shopify GraphQL THROTTLED on HTTP 200; REST 429 errors string.
 * Zendesk RecordInvalid details keyed by field. Klaviyo JSON:API errors[].code + source.pointer.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const othersCases: RuleCase[] = [
  {
    line: '2026-03-06 04:10:00 ERROR token refresh failed: POST https://accounts.google.com/o/oauth2/token -> 400 {"error": "invalid_grant", "error_description": "Token has been expired or revoked."}',
    category: 'auth',
    destination: 'google',
    note: 'Google’s OAuth host names Google: the refresh token is dead, reconnect',
  },
  // ================================================================ Google
  {
    line: j({
      ts: '2026-03-04T11:05:12Z',
      level: 'error',
      destination: 'google_calendar',
      record_id: 'evt_19',
      status: 401,
      error: {
        code: 401,
        message:
          'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.',
        status: 'UNAUTHENTICATED',
      },
    }),
    category: 'auth',
    cause: 'UNAUTHENTICATED',
    destination: 'google',
    note: 'Google 401 UNAUTHENTICATED',
  },
  {
    line: j({
      ts: '2026-03-04T11:05:30Z',
      level: 'error',
      record_id: 'msg_31',
      status: 401,
      body: { error: { errors: [{ domain: 'global', reason: 'authError', message: 'Invalid Credentials', locationType: 'header', location: 'Authorization' }], code: 401, message: 'Invalid Credentials' } },
    }),
    category: 'auth',
    note: 'Google legacy authError "Invalid Credentials" (location is a header, not a record field)',
  },
  {
    line: j({
      ts: '2026-03-04T11:06:30Z',
      level: 'error',
      destination: 'google_calendar',
      record_id: 'evt_20',
      status: 403,
      error: {
        code: 403,
        message: 'Request had insufficient authentication scopes.',
        errors: [{ message: 'Insufficient Permission', domain: 'global', reason: 'insufficientPermissions' }],
        status: 'PERMISSION_DENIED',
        details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'ACCESS_TOKEN_SCOPE_INSUFFICIENT', domain: 'googleapis.com', metadata: { service: 'calendar-json.googleapis.com', method: 'calendar.v3.CalendarList.List' } }],
      },
    }),
    category: 'permissions',
    note: 'Google 403 PERMISSION_DENIED / ACCESS_TOKEN_SCOPE_INSUFFICIENT: permissions',
  },
  {
    line: 'ts=2026-03-04T11:07:00Z level=error dest=google_sheets record_id=row_1 status=403 msg="googleapi: Error 403: Google Sheets API has not been used in project 1021909506549 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/sheets.googleapis.com/overview?project=1021909506549 then retry., accessNotConfigured"',
    category: 'permissions',
    note: 'Go client accessNotConfigured (API disabled in the project): permissions, not auth',
  },
  {
    line: j({
      ts: '2026-03-04T11:02:11Z',
      level: 'error',
      destination: 'google_drive',
      record_id: 'file_77',
      status: 403,
      error: { code: 403, message: 'Daily Limit Exceeded', errors: [{ message: 'Daily Limit Exceeded', domain: 'usageLimits', reason: 'dailyLimitExceeded' }] },
    }),
    category: 'plan',
    cause: 'dailyLimitExceeded',
    note: 'Google 403 reason dailyLimitExceeded: plan',
  },
  {
    line: '2026-03-04 11:05:00 SMTP ERROR: 550 5.4.5 Daily user sending limit exceeded. For more information on Gmail sending limits go to the help center. x12-20020a05 - gsmtp',
    category: 'plan',
    destination: 'google',
    rule: 'google/gmail-sending-limit',
    note: "Gmail's SMTP answer past the daily sending limit; gsmtp names Google's server",
  },
  {
    line: '2026/03/04 11:02:10 ERROR : reports/q1.pdf: Failed to copy: failed to open source object: googleapi: Error 403: The download quota for this file has been exceeded., downloadQuotaExceeded',
    category: 'plan',
    destination: 'google',
    rule: 'google/drive-quota',
    note: 'Go client (google.golang.org/api) error string, as rclone logs it: Drive blocks a file downloaded too often for up to a day',
  },
  {
    line: j({ ts: '2026-03-04T11:02:30Z', level: 'error', destination: 'google_drive', record_id: 'file_80', status: 403, error: { code: 403, message: "The user's Drive storage quota has been exceeded.", errors: [{ domain: 'usageLimits', reason: 'storageQuotaExceeded', message: "The user's Drive storage quota has been exceeded." }] } }),
    category: 'plan',
    rule: 'google/drive-quota',
    note: 'Drive storage full: uploads fail until space is freed or bought',
  },
  {
    line: 'ts=2026-03-04T11:03:00Z level=error dest=google_drive record_id=file_78 status=403 reason=userRateLimitExceeded msg="User Rate Limit Exceeded. Rate of requests for user exceed configured project quota."',
    category: 'transient',
    note: 'Google 403 userRateLimitExceeded: a rate window, transient even on 403',
  },
  {
    line: j({
      ts: '2026-03-04T11:03:10Z',
      level: 'error',
      destination: 'google_calendar',
      record_id: 'evt_21',
      status: 403,
      error: { code: 403, message: 'Rate Limit Exceeded', errors: [{ message: 'Rate Limit Exceeded', domain: 'usageLimits', reason: 'rateLimitExceeded' }] },
    }),
    category: 'transient',
    cause: 'rateLimitExceeded',
    note: 'Google 403 rateLimitExceeded: transient',
  },
  {
    line: j({
      ts: '2026-03-04T11:03:20Z',
      level: 'error',
      destination: 'youtube',
      record_id: 'vid_5',
      status: 403,
      error: {
        code: 403,
        message: 'The request cannot be completed because you have exceeded your <a href="/youtube/v3/getting-started#quota">quota</a>.',
        errors: [{ message: 'The request cannot be completed because you have exceeded your <a href="/youtube/v3/getting-started#quota">quota</a>.', domain: 'youtube.quota', reason: 'quotaExceeded' }],
      },
    }),
    category: 'plan',
    cause: 'quotaExceeded',
    note: 'DESIGN: Google quotaExceeded is plan (YouTube Data API daily unit quota)',
  },
  {
    line: j({
      ts: '2026-03-04T11:03:30Z',
      level: 'error',
      destination: 'youtube',
      record_id: 'vid_4',
      status: 403,
      error: { code: 403, message: 'Daily Limit for Unauthenticated Use Exceeded. Continued use requires signup.', errors: [{ message: 'Daily Limit for Unauthenticated Use Exceeded. Continued use requires signup.', domain: 'usageLimits', reason: 'dailyLimitExceededUnreg' }] },
    }),
    category: 'auth',
    cause: 'dailyLimitExceededUnreg',
    note: 'DESIGN: dailyLimitExceededUnreg means no credential was sent: auth, not plan',
  },
  {
    line: j({
      ts: '2026-03-04T10:16:40Z',
      level: 'error',
      destination: 'google_sheets',
      record_id: 'row_5521',
      status: 429,
      error: {
        code: 429,
        message: "Quota exceeded for quota metric 'Write requests' and limit 'Write requests per minute per user' of service 'sheets.googleapis.com' for consumer 'project_number:1234567890'.",
        status: 'RESOURCE_EXHAUSTED',
      },
    }),
    category: 'transient',
    note: 'RESOURCE_EXHAUSTED on a per-minute limit: transient',
  },
  {
    line: "google.api_core.exceptions.ResourceExhausted: 429 Quota exceeded for quota metric 'Write requests' and limit 'Write requests per minute' of service 'cloudkms.googleapis.com' for consumer 'project_number:8123456789'.",
    category: 'transient',
    note: 'gRPC ResourceExhausted per-minute: transient',
  },
  {
    line: j({
      ts: '2026-03-04T10:17:00Z',
      level: 'error',
      destination: 'bigquery',
      status: 429,
      error: {
        code: 429,
        message: "Quota exceeded for quota metric 'Queries' and limit 'Queries per day' of service 'bigquery.googleapis.com' for consumer 'project_number:1234567890'.",
        status: 'RESOURCE_EXHAUSTED',
      },
    }),
    category: 'plan',
    note: 'RESOURCE_EXHAUSTED on a per-day limit: plan',
  },
  {
    line: j({ ts: '2026-03-04T11:10:00Z', level: 'error', destination: 'google_drive', record_id: 'file_80', status: 500, error: { code: 500, message: 'Backend Error', errors: [{ domain: 'global', reason: 'backendError', message: 'Backend Error' }] } }),
    category: 'transient',
    note: 'Google backendError: transient',
  },

  // ================================================================ Microsoft Graph
  {
    line: j({
      ts: '2026-03-04T12:10:00Z',
      level: 'error',
      destination: 'ms_graph',
      record_id: 'user_alice',
      status: 401,
      error: { code: 'InvalidAuthenticationToken', message: 'Access token has expired or is not yet valid.', innerError: { date: '2026-03-04T12:10:00', 'request-id': 'e6ea1bde-9f04-46a8-9705-824047cfd611' } },
    }),
    category: 'auth',
    cause: 'InvalidAuthenticationToken',
    destination: 'microsoft-graph',
    note: 'Graph InvalidAuthenticationToken',
  },
  {
    line: '2026-03-04 12:10:05 ERROR GET https://graph.microsoft.com/v1.0/users/bob 401 {"error":{"code":"InvalidAuthenticationToken","message":"Access token is empty.","innerError":{"date":"2026-03-04T12:10:05","request-id":"0b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e"}}}',
    category: 'auth',
    destination: 'microsoft-graph',
    note: 'Graph "Access token is empty." in a text line; destination from the host',
  },
  {
    line: j({
      ts: '2026-03-04T12:11:00Z',
      level: 'error',
      destination: 'ms_graph',
      record_id: 'user_bob',
      status: 403,
      error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.', innerError: { 'request-id': '96c34f44-946c-45d4-a2b1-fbc7b1a1eab6' } },
    }),
    category: 'permissions',
    cause: 'Authorization_RequestDenied',
    note: 'Graph Authorization_RequestDenied: permissions',
  },
  {
    line: 'ts=2026-03-04T12:12:00Z level=error dest=outlook record_id=msg_88 status=403 code=ErrorAccessDenied msg="Access is denied. Check credentials and try again."',
    category: 'permissions',
    note: 'Graph ErrorAccessDenied says "credentials" but the fix is a Mail.* permission: permissions, not auth',
  },
  {
    line: 'ts=2026-03-04T12:13:00Z level=error dest=outlook record_id=msg_89 status=429 code=ApplicationThrottled msg="Application is over its MailboxConcurrency limit." retry_after=1',
    category: 'transient',
    note: 'Graph ApplicationThrottled (Exchange concurrency): transient',
  },
  {
    line: j({
      ts: '2026-03-04T12:13:30Z',
      level: 'error',
      destination: 'ms_graph',
      record_id: 'wb_2',
      status: 429,
      error: { code: 'TooManyRequests', message: 'Too many requests from Identifier:8f1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d+8f1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d under category:throttle.aad.ags.excel.app.' },
    }),
    category: 'transient',
    cause: 'TooManyRequests',
    note: 'Graph TooManyRequests: transient',
  },
  {
    line: j({
      ts: '2026-03-04T12:14:00Z',
      level: 'error',
      destination: 'ms_graph',
      record_id: 'user_carol',
      status: 400,
      error: { code: 'Request_BadRequest', message: "Invalid value specified for property 'mailNickname' of resource 'User'.", details: [{ code: 'InvalidValue', target: 'mailNickname' }] },
    }),
    category: 'validation',
    field: 'mailNickname',
    note: 'Graph Request_BadRequest with details[].target',
  },
  {
    line: j({ ts: '2026-03-04T12:15:00Z', level: 'error', destination: 'onedrive', record_id: 'file_9', status: 507, error: { code: 'quotaLimitReached', message: 'The user has reached their quota limit.' } }),
    category: 'plan',
    cause: 'quotaLimitReached',
    note: 'Graph 507 quotaLimitReached: storage cap, plan',
  },
  {
    line: j({ ts: '2026-03-04T12:15:30Z', level: 'error', destination: 'ms_graph', record_id: 'chat_3', status: 402, error: { code: 'PaymentRequired', message: 'Payment Required. Ensure that your subscription has the required licenses.' } }),
    category: 'plan',
    note: 'Graph 402 (metered API payment requirements not met): plan [body text unverified]',
  },
  {
    line: j({ ts: '2026-03-04T12:16:00Z', level: 'error', destination: 'ms_graph', record_id: 'user_dan', status: 503, error: { code: 'serviceNotAvailable', message: 'Service Unavailable' } }),
    category: 'transient',
    note: 'Graph 503 serviceNotAvailable: transient',
  },

  // ================================================================ Marketo (HTTP 200 failures)
  {
    line: j({ ts: '2026-03-04T12:20:00Z', level: 'error', destination: 'marketo', record_id: 'lead_1001', http_status: 200, response: { requestId: 'e42b#14272d07d78', success: false, errors: [{ code: '601', message: 'Access token invalid' }] } }),
    category: 'auth',
    destination: 'marketo',
    note: 'Marketo 601 on HTTP 200: auth (status alone never decides none)',
  },
  {
    line: j({ ts: '2026-03-04T12:20:10Z', level: 'warn', record_id: 'lead_1006', status: 200, body: { requestId: '1a2b#18e0c3d4e5f', success: false, errors: [{ code: '602', message: 'Access token expired' }] } }),
    category: 'auth',
    note: 'Marketo 602 on HTTP 200, WARN level, no destination field',
  },
  {
    line: 'ts=2026-03-04T12:21:00Z level=error dest=marketo record_id=lead_1002 status=200 success=false code=603 msg="Access denied"',
    category: 'permissions',
    note: 'Marketo 603 Access denied (API role or IP allowlist): permissions',
  },
  {
    line: 'ts=2026-03-04T12:22:00Z level=error dest=marketo record_id=lead_1003 status=200 success=false code=606 msg="Max rate limit \'100\' exceeded within \'20\' secs"',
    category: 'transient',
    note: 'Marketo 606 (100 calls / 20 s): transient',
  },
  {
    line: j({ ts: '2026-03-04T12:22:30Z', level: 'error', destination: 'marketo', record_id: 'lead_1007', http_status: 200, response: { requestId: '5c6d#18e0a1b2c3d', success: false, errors: [{ code: '615', message: 'Concurrent access limit reached' }] } }),
    category: 'transient',
    note: 'Marketo 615 concurrent access limit: transient',
  },
  {
    line: 'ts=2026-03-04T12:23:00Z level=error dest=marketo record_id=lead_1004 status=200 success=false code=607 msg="Daily quota reached"',
    category: 'plan',
    note: 'Marketo 607 daily quota: plan',
  },
  {
    line: j({ ts: '2026-03-04T12:24:00Z', level: 'error', destination: 'marketo', record_id: 'lead_1005', result: { status: 'skipped', reasons: [{ code: '1006', message: "Field 'leadScoreCustom__c' not found" }] } }),
    category: 'validation',
    field: 'leadScoreCustom__c',
    note: 'Marketo per-record 1006 "Field \'x\' not found": validation, field from the message',
  },
  {
    line: j({
      ts: '2026-03-04T12:24:30Z',
      level: 'error',
      destination: 'marketo',
      http_status: 200,
      response: { requestId: '9f8e#18e0b2c3d4e', success: true, result: [{ status: 'skipped', reasons: [{ code: '1003', message: 'Invalid data' }] }] },
    }),
    category: 'validation',
    note: 'Marketo success:true envelope but the record skipped with 1003: validation',
  },
  {
    line: j({ ts: '2026-03-04T12:25:00Z', level: 'error', destination: 'marketo', record_id: 'lead_1010', result: { status: 'skipped', reasons: [{ code: '1004', message: 'Lead not found' }] } }),
    category: 'validation',
    note: 'Marketo 1004 Lead not found: validation',
  },

  // ================================================================ Shopify
  {
    line: 'ts=2026-03-04T12:30:00Z level=error dest=shopify record_id=prod_55 status=401 body="{\\"errors\\":\\"[API] Invalid API key or access token (unrecognized login or wrong password)\\"}"',
    category: 'auth',
    note: 'Shopify REST 401 errors string: auth',
  },
  {
    line: j({ ts: '2026-03-04T12:31:00Z', level: 'error', record_id: 'ord_9', status: 429, body: { errors: 'Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service.' } }),
    category: 'transient',
    note: 'Shopify REST 429: errors is a string; transient',
  },
  {
    line: j({ ts: '2026-03-04T12:32:30Z', level: 'error', destination: 'shopify', record_id: 'prod_58', status: 400, body: { errors: { product: 'Required parameter missing or invalid' } } }),
    category: 'validation',
    note: 'Shopify REST 400 "Required parameter missing or invalid" (wrong envelope)',
  },
  {
    line: j({
      ts: '2026-03-04T12:33:00Z',
      level: 'error',
      destination: 'shopify_gql',
      record_id: 'cust_7',
      status: 200,
      errors: [{ message: 'Throttled', extensions: { code: 'THROTTLED', documentation: 'https://shopify.dev/api/usage/rate-limits' } }],
      extensions: { cost: { requestedQueryCost: 502, actualQueryCost: null, throttleStatus: { maximumAvailable: 1000, currentlyAvailable: 48, restoreRate: 50 } } },
    }),
    category: 'transient',
    cause: 'THROTTLED',
    destination: 'shopify',
    note: 'Shopify GraphQL THROTTLED on HTTP 200: transient',
  },
  {
    line: j({ ts: '2026-03-04T12:35:00Z', level: 'error', destination: 'shopify_gql', record_id: 'prod_57', op: 'productCreate', userErrors: [{ field: ['title'], message: "Title can't be blank" }] }),
    category: 'validation',
    field: 'title',
    note: 'Shopify GraphQL mutation userErrors (field is a path array)',
  },
  {
    line: j({
      ts: '2026-03-04T12:36:00Z',
      level: 'error',
      destination: 'shopify',
      record_id: 'rep_1',
      status: 200,
      body: { errors: [{ message: 'Access denied for shopifyqlQuery field. Required access: "read_reports" access scope.', locations: [{ line: 2, column: 3 }], path: ['shopifyqlQuery'], extensions: { code: 'ACCESS_DENIED', documentation: 'https://shopify.dev/api/usage/access-scopes', requiredAccess: '"read_reports" access scope.' } }] },
    }),
    category: 'permissions',
    cause: 'ACCESS_DENIED',
    note: 'Shopify GraphQL ACCESS_DENIED for a missing access scope: permissions',
  },
  {
    line: j({ ts: '2026-03-04T12:37:00Z', level: 'error', destination: 'shopify', record_id: 'ord_12', status: 402, body: { errors: 'Unavailable Shop' } }),
    category: 'plan',
    note: 'Shopify 402 Payment Required (shop frozen / unpaid): plan',
  },
  {
    line: 'HTTPError: Response code 422 (Unprocessable Entity) url=https://acme-store.myshopify.com/admin/api/2024-01/products.json',
    category: 'validation',
    field: null,
    destination: 'shopify',
    note: 'got-based Shopify client: 422 with the body lost, validation with no field',
  },

  // ================================================================ Zendesk
  {
    line: 'ts=2026-03-04T12:40:00Z level=error dest=zendesk record_id=tkt_301 status=422 body="{\\"error\\":\\"RecordInvalid\\",\\"description\\":\\"Record validation errors\\",\\"details\\":{\\"base\\":[{\\"description\\":\\"Description: cannot be blank\\",\\"error\\":\\"BlankValue\\",\\"ticket_field_id\\":21414565,\\"ticket_field_type\\":\\"FieldDescription\\"}]}}"',
    category: 'validation',
    cause: 'RecordInvalid',
    note: 'Zendesk 422 RecordInvalid (details.base: the record as a whole)',
  },
  {
    line: j({
      ts: '2026-03-04T12:40:30Z',
      level: 'error',
      destination: 'zendesk',
      record_id: 'usr_12',
      status: 422,
      body: { error: 'RecordInvalid', description: 'Record validation errors', details: { email: [{ description: 'Email: jane@ is not properly formatted', error: 'InvalidValue' }] } },
    }),
    category: 'validation',
    field: 'email',
    note: 'Zendesk RecordInvalid: the field is the details key',
  },
  {
    line: 'ZendeskResponseException: HTTP/401: Unauthorized - {"error":"Couldn\'t authenticate you"}',
    category: 'auth',
    note: 'Zendesk "Couldn\'t authenticate you": auth',
  },
  {
    line: j({
      ts: '2026-03-04T12:41:00Z',
      level: 'error',
      destination: 'zendesk',
      record_id: 'tkt_302',
      status: 403,
      body: { error: 'Forbidden', description: 'You do not have access to this page. Please contact the account owner of this help desk for further help.' },
    }),
    category: 'permissions',
    note: 'Zendesk 403 Forbidden: permissions [exact JSON unverified]',
  },
  {
    line: 'zenpy.lib.exception.APIException: 429 Too Many Requests (Number of allowed requests per hour exceeded)',
    category: 'transient',
    note: 'Zendesk 429 (rolling per-hour limit with Retry-After): transient',
  },

  // ================================================================ Klaviyo
  {
    line: j({
      ts: '2026-03-04T12:45:00Z',
      level: 'error',
      destination: 'klaviyo',
      record_id: 'prof_a1',
      status: 429,
      error: { errors: [{ id: '8c8f4aea-7289-4a13-b697-5dd5dde38f1e', status: 429, code: 'throttled', title: 'Request was throttled.', detail: 'Request was throttled. Expected available in 1 second.', source: { pointer: '/data' } }] },
    }),
    category: 'transient',
    note: 'Klaviyo 429 throttled: transient',
  },
  {
    line: "klaviyo.exceptions.KlaviyoRateLimitException: {'detail': 'Request was throttled. Expected available in 56.0 seconds.'}",
    category: 'transient',
    note: 'legacy Klaviyo v2 throttle (Python dict repr): transient',
  },
  {
    line: j({
      ts: '2026-03-04T12:46:00Z',
      level: 'error',
      destination: 'klaviyo',
      record_id: 'prof_a2',
      status: 400,
      error: { errors: [{ id: '3f1c0d9e-1111-4a2b-9c3d-000000000001', status: 400, code: 'invalid', title: 'Invalid input.', detail: 'Invalid email address', source: { pointer: '/data/attributes/email' } }] },
    }),
    category: 'validation',
    field: 'email',
    note: 'Klaviyo 400 invalid with source.pointer /data/attributes/email',
  },
  {
    line: j({
      ts: '2026-03-04T12:47:00Z',
      level: 'error',
      destination: 'klaviyo',
      record_id: 'prof_a4',
      status: 409,
      error: {
        errors: [
          { id: '5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f', status: 409, code: 'duplicate_profile', title: 'Conflict.', detail: 'A profile already exists with one of these identifiers.', source: { pointer: '/data/attributes' }, meta: { duplicate_profile_id: '01JAFS0VVWGJFE7QE4EJQBA5AS' } },
        ],
      },
    }),
    category: 'validation',
    cause: 'duplicate_profile',
    note: 'Klaviyo 409 duplicate_profile (create that should have been an update): validation',
  },
  {
    line: j({
      ts: '2026-03-04T12:48:00Z',
      level: 'error',
      destination: 'klaviyo',
      record_id: 'prof_a5',
      status: 401,
      error: { errors: [{ id: '6e7f8091-a2b3-4c4d-9e5f-6a7b8c9d0e1f', status: 401, code: 'not_authenticated', title: 'Authentication credentials were not provided.', detail: 'Missing or invalid private key.', source: { pointer: '/data/' } }] },
    }),
    category: 'auth',
    note: 'Klaviyo 401 not_authenticated: auth [body by analogy, unverified]',
  },
  {
    line: j({
      ts: '2026-03-04T12:49:00Z',
      level: 'error',
      destination: 'klaviyo',
      record_id: 'prof_a6',
      status: 403,
      error: { errors: [{ id: '7f8091a2-b3c4-4d5e-8f6a-7b8c9d0e1f2a', status: 403, code: 'permission_denied', title: 'You do not have permission to perform this action.', detail: 'This API key is missing required scopes: profiles:write', source: { pointer: '/data/' } }] },
    }),
    category: 'permissions',
    note: 'Klaviyo 403 permission_denied (key scopes): permissions [body by analogy, unverified]',
  },
  // ================================================================ Snowflake
  // 002003 says "does not exist or not authorized" for both: Snowflake shows a role only the objects
  // it has a privilege on. Permissions first (the fix also names the typo case).
  {
    line: "sqlalchemy.exc.ProgrammingError: (snowflake.connector.errors.ProgrammingError) 002003 (42S02): SQL compilation error:\nTable 'APPLICABLE_ROLES' does not exist or not authorized. [SQL: 'DESCRIBE TABLE APPLICABLE_ROLES']",
    category: 'permissions',
    destination: 'snowflake',
    cause: '002003 does not exist or not authorized',
    rule: 'snowflake/does-not-exist-or-not-authorized',
    note: 'Snowflake 002003 on a table the role cannot see',
  },
  {
    line: "snowflake.connector.errors.ProgrammingError: 002003 (02000): 01938587-0027-5d4d-0000-012516bbcafe: SQL compilation error:\nDatabase 'UTIL_DB' does not exist or not authorized.",
    category: 'permissions',
    destination: 'snowflake',
    rule: 'snowflake/does-not-exist-or-not-authorized',
    note: 'Snowflake 002003 on a database (needs a role with USAGE)',
  },
  {
    line: 'psycopg2.errors.UndefinedTable: relation "public.contacts" does not exist',
    category: 'validation',
    note: 'near miss: Postgres says "does not exist" alone: a missing table is the mapping\'s, not a grant',
  },
  // ================================================================ BigQuery
  {
    line: j({
      level: 'error',
      destination: 'bigquery',
      status: 403,
      error: {
        code: 403,
        errors: [{ domain: 'global', message: 'Response too large to return. Consider specifying a destination table in your job configuration.', reason: 'responseTooLarge' }],
        message: 'Response too large to return. Consider specifying a destination table in your job configuration.',
        status: 'PERMISSION_DENIED',
      },
    }),
    category: 'validation',
    cause: 'responseTooLarge',
    rule: 'google/response-too-large',
    note: 'BigQuery responseTooLarge comes as 403 PERMISSION_DENIED: the reason decides (validation)',
  },
  {
    line: j({
      level: 'error',
      destination: 'bigquery',
      status: 403,
      error: {
        code: 403,
        errors: [{ domain: 'global', message: 'Access Denied: Dataset acme:analytics: Permission bigquery.tables.create denied on dataset acme:analytics', reason: 'accessDenied' }],
        message: 'Access Denied: Dataset acme:analytics: Permission bigquery.tables.create denied on dataset acme:analytics',
        status: 'PERMISSION_DENIED',
      },
    }),
    category: 'permissions',
    rule: 'google/permission-denied',
    note: 'near miss: the same 403 PERMISSION_DENIED with reason accessDenied is permissions',
  },
  {
    line: "ERROR load failed: <class 'google.api_core.exceptions.PermissionDenied'> 403 request failed: the user does not have 'bigquery.readsessions.create' permission for 'projects/acme'",
    category: 'permissions',
    destination: 'bigquery',
    rule: 'google/iam-permission-message',
    note: 'an IAM permission named service.resource.verb is Google Cloud’s; the service names BigQuery',
  },
  {
    line: "2026-03-01T10:00:00Z ERROR publish failed: Permission 'pubsub.topics.publish' denied on resource (or it may not exist).",
    category: 'permissions',
    rule: 'google/iam-permission-message',
    note: 'the other spelling of a missing IAM permission',
  },
  {
    line: 'destination - 2021-11-12 06:25:23 ERROR () LineGobbler(voidCall):82 - Exception in thread "main" java.lang.RuntimeException: com.google.cloud.bigquery.BigQueryException: Error while reading data, error message: JSON table encountered too many errors, giving up. Rows: 45; errors: 1. Please look into the errors[] collection for more details.',
    category: 'validation',
    destination: 'bigquery',
    rule: 'bigquery/load-too-many-errors',
    note: 'BigQuery load job past maxBadRecords (reason invalid): rows rejected, validation',
  },
  {
    line: 'google.api_core.exceptions.BadRequest: 400 Error while reading data, error message: CSV table encountered too many errors, giving up. Rows: 3; errors: 1.',
    category: 'validation',
    rule: 'bigquery/load-too-many-errors',
    note: 'the CSV spelling of the same load-job error',
  },
  {
    line: 'ERROR worker: too many errors in this batch, stopping',
    category: 'unknown',
    note: 'near miss: "too many errors" from an engine is not BigQuery\'s load-job error',
  },
  // ================================================================ one provider's words in another's line
  {
    line: JSON.stringify({ level: 'error', status: 429, body: { error: { type: 'rate_limit_error', code: 'RATE_LIMIT_EXCEEDED', message: 'Slow down: 20 requests per second allowed.' } } }),
    category: 'transient',
    destination: null,
    note: 'RATE_LIMIT_EXCEEDED is many APIs\' word: on a line that names no provider it names none (was: Google)',
  },
  {
    line: JSON.stringify({ level: 'error', status: 502, body: { type: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-502/', title: 'Error 502: Bad gateway', status: 502, detail: 'The origin returned an invalid response to Cloudflare.' } }),
    category: 'transient',
    destination: null,
    note: 'a 502 problem+json from a CDN is no Marketo code 502 (Marketo\'s numbers decide only Marketo lines)',
  },
  {
    line: "Warning: Error in py_call_impl: HttpError: <HttpError 429 when requesting https://sheets.googleapis.com/v4/spreadsheets/abc/values/Sheet2?alt=json returned \"Quota exceeded for quota metric 'Write requests' and limit 'Write requests per minute per user' of service 'sheets.googleapis.com'\". Details: \"[{'@type': 'type.googleapis.com/google.rpc.ErrorInfo', 'reason': 'RATE_LIMIT_EXCEEDED', 'domain': 'googleapis.com'}]\">",
    category: 'transient',
    destination: 'google',
    rule: 'google/rate-limit-status',
    note: 'Google RATE_LIMIT_EXCEEDED is not Intercom\'s rate_limit_exceeded (was: "Intercom rate limit")',
  },
  {
    line: j({ level: 'error', destination: 'brevo', status: 429, code: 'too_many_requests', message: 'The expected rate limit is exceeded.' }),
    category: 'transient',
    rule: 'http/rate-limit-code',
    note: 'too_many_requests from another API is a generic rate limit, not Intercom\'s',
  },
  {
    line: j({ level: 'error', status: 401, body: { ok: false, error: 'token_revoked' } }),
    category: 'auth',
    rule: 'oauth/invalid-token',
    note: 'Slack token_revoked with no destination: a generic revoked token, not Intercom\'s',
  },
  {
    line: j({
      ts: '2026-03-04T12:49:10Z',
      level: 'error',
      destination: 'klaviyo',
      status: 403,
      error: { errors: [{ id: '7f8091a2-b3c4-4d5e-8f6a-7b8c9d0e1f2b', status: 403, code: 'permission_denied', title: 'You do not have permission to perform this action.', detail: 'This API key is missing required scopes: profiles:write', source: { pointer: '/data/' } }] },
    }),
    category: 'permissions',
    rule: 'klaviyo/permission-denied',
    note: 'Klaviyo permission_denied is Klaviyo\'s (was: google/permission-denied)',
  },
  {
    line: j({ level: 'error', destination: 'stripe', status: 400, error: { code: 'expired', message: 'This invitation has expired.' } }),
    category: 'validation',
    note: 'near miss: a bare "expired" code is Google\'s expired credential only on Google lines',
  },
];

/**
 * Cases the first rule tables got wrong, fixed since and kept as regressions: each "was:" says
 * what the tool returned then and why that was wrong.
 */
export const regressions: RuleCase[] = [
  // was: transient (rule google/rate-limit, cause rateLimitExceeded).
  // why: no "per day" text, but the Google Ads quotaErrorDetails (rateScope DEVELOPER, "Number of operations for basic access", retryDelay 40591s = 11 h) is the 15,000 ops/day basic-access cap: plan.
  {
    line: j({
      ts: '2026-03-04T10:15:02Z',
      level: 'error',
      destination: 'google_ads',
      record_id: 'conv_88121',
      status: 429,
      error: {
        code: 429,
        status: 'RESOURCE_EXHAUSTED',
        message: 'Resource has been exhausted (e.g. check quota).',
        details: [
          {
            '@type': 'type.googleapis.com/google.ads.googleads.v21.errors.GoogleAdsFailure',
            errors: [
              {
                errorCode: { quotaError: 'RESOURCE_EXHAUSTED' },
                message: 'Too many requests. Retry in 40591 seconds.',
                details: { quotaErrorDetails: { rateScope: 'DEVELOPER', rateName: 'Number of operations for basic access', retryDelay: '40591s' } },
              },
            ],
            requestId: 'xN_KaZRHZuU6Rlgt3cM2uQ',
          },
        ],
      },
    }),
    category: 'plan',
    note: 'Google Ads basic-access daily operations cap (retry in 11 h, rateScope DEVELOPER): plan',
  },
  // was: field null (rule google/invalid-argument).
  // why: Google errors[].location (locationType parameter) is not read as the field.
  {
    line: j({
      ts: '2026-03-04T11:09:44Z',
      level: 'error',
      destination: 'youtube',
      record_id: 'vid_3',
      status: 400,
      error: { code: 400, message: "Invalid string value: 'asdf'. Allowed values: [mostpopular]", errors: [{ domain: 'global', reason: 'invalidParameter', locationType: 'parameter', location: 'chart' }] },
    }),
    category: 'validation',
    field: 'chart',
    note: 'Google invalidParameter: field is errors[].location',
  },
  // was: field null (rule http/4xx, cause HTTP 422).
  // why: Shopify REST errors object keys ({"title": [...]}) are not read as fields.
  {
    line: j({ ts: '2026-03-04T12:32:00Z', level: 'error', destination: 'shopify', record_id: 'prod_56', status: 422, error: { errors: { title: ["can't be blank"] } } }),
    category: 'validation',
    field: 'title',
    note: 'Shopify REST 422: the field is the key of errors',
  },
  // was: none / unknown. Found by a check against real bodies from public issues: a top-level
  // "errors"/"error" with no status, provider codes and titles written in prose, OData messages.
  {
    line: '{"errors": "Exceeded 4 calls per second for api client. Reduce request rates to resume uninterrupted service."}',
    category: 'transient',
    note: 'Shopify REST 429 body logged without its status: the "errors" key makes it an error',
  },
  {
    line: '{"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation.","innerError":{"request-id":"r1"}}}',
    category: 'permissions',
    cause: 'Authorization_RequestDenied',
    note: 'Graph Authorization_RequestDenied with no destination field',
  },
  {
    line: 'DataServiceClientException: {"odata.error":{"code":"Authorization_RequestDenied","message":{"lang":"en","value":"Insufficient privileges to complete the operation."}}}',
    category: 'permissions',
    note: 'Azure AD Graph odata.error with message.value',
  },
  {
    line: 'Exception in thread "main" com.microsoft.graph.http.GraphServiceException: Error code: InvalidAuthenticationToken',
    category: 'auth',
    note: 'Graph SDK exception text "Error code: X"',
  },
  {
    line: 'google.api_core.exceptions.PermissionDenied: 403 Request had insufficient authentication scopes.',
    category: 'permissions',
    note: 'Python google-api-core exception text with the status after the exception name',
  },
  {
    line: "Error while attempting to use REST API: Max rate limit '100' exceeded with in '20' secs (606)",
    category: 'transient',
    note: 'Marketo 606 quoted in a connector message',
  },
  {
    line: '[2026-01-01 10:00:00] ERROR: MailChimp API Error: Bad Request. Invalid Resource. Your merge fields were invalid.',
    category: 'validation',
    note: 'Mailchimp title quoted in a plugin log',
  },
  {
    line: 'Errors when adding to Salesforce (Lead): STRING_TOO_LONG: Billing City: data value too large: Somewhere Very Long (max length=40)',
    category: 'validation',
    field: 'Billing City',
    note: 'Salesforce label form of the field after the code',
  },
  {
    line: 'The OAuth token used to make this call expired 3 day(s) ago.',
    category: 'auth',
    note: 'HubSpot expired-token message on its own line',
  },
  // Google Ads and BigQuery name the quota in words.
  {
    line: '{"type": "LOG", "log": {"level": "ERROR", "message": "Trigger: Basic Access Daily Reporting Quota"}}',
    category: 'plan',
    rule: 'google-ads/daily-quota-message',
    note: 'Google Ads Basic access: a daily cap lifted by Standard access',
  },
  {
    line: '{"type": "LOG", "log": {"level": "ERROR", "message": "CRITICAL Type: RateExceededError.RATE_EXCEEDED"}}',
    category: 'transient',
    rule: 'google-ads/rate-exceeded',
    note: 'Google Ads rate enum on its own',
  },
  {
    line: 'ERROR Quota exceeded: Your table exceeded quota for imports or query appends per table. For more information, see https://cloud.google.com/bigquery/docs/troubleshoot-quotas',
    category: 'plan',
    rule: 'google/bigquery-table-daily-quota',
    note: 'BigQuery per-table daily job limit (troubleshoot-quotas)',
  },
  {
    line: 'ERROR Exceeded rate limits: too many table update operations for this table. For more information, see https://cloud.google.com/bigquery/docs/troubleshoot-quotas',
    category: 'transient',
    rule: 'google/bigquery-table-update-rate',
    note: 'near miss: the short-window table update limit is transient, not the daily cap',
  },
];

/**
 * One case per rule that no other case decided (the rule-coverage test): Google and Microsoft Graph.
 */
export const ruleCoverage: RuleCase[] = [
  {
    line: j({
      ts: '2026-03-16T12:00:00Z',
      level: 'error',
      destination: 'bigquery',
      status: 403,
      error: {
        code: 403,
        message: 'Quota exceeded: Your project exceeded quota for concurrent queries.',
        errors: [{ message: 'Quota exceeded: Your project exceeded quota for concurrent queries.', domain: 'usageLimits', reason: 'quotaExceeded' }],
      },
    }),
    category: 'transient',
    cause: 'quotaExceeded (concurrent)',
    destination: 'bigquery',
    rule: 'google/quota-concurrent',
    note: 'BigQuery quotaExceeded on concurrent queries: a concurrency cap, transient, not the plan quota',
  },
  {
    line: j({
      ts: '2026-03-16T12:01:00Z',
      level: 'error',
      destination: 'google_drive',
      record_id: 'file_81',
      status: 401,
      error: { errors: [{ domain: 'global', reason: 'expired', locationType: 'header', location: 'Authorization' }], code: 401 },
    }),
    category: 'auth',
    cause: 'UNAUTHENTICATED',
    destination: 'google',
    rule: 'google/expired',
    note: 'global-domain 401 reason "expired" (session expired, Authorization header) on a Google line',
  },
  {
    line: j({
      ts: '2026-03-16T12:02:00Z',
      level: 'error',
      destination: 'google_sheets',
      record_id: 'row_77',
      status: 400,
      error: { code: 400, message: 'Request contains an invalid argument.', status: 'INVALID_ARGUMENT' },
    }),
    category: 'validation',
    cause: 'INVALID_ARGUMENT',
    destination: 'google',
    rule: 'google/invalid-argument',
    note: 'AIP-193 status INVALID_ARGUMENT with the canonical message',
  },
  {
    line: j({
      ts: '2026-03-16T12:03:00Z',
      level: 'error',
      destination: 'google_calendar',
      record_id: 'evt_44',
      status: 400,
      error: { errors: [{ domain: 'global', reason: 'required', message: 'Missing end time.' }], code: 400, message: 'Missing end time.' },
    }),
    category: 'validation',
    cause: 'required',
    destination: 'google',
    rule: 'google/invalid-reason',
    note: 'Calendar API v1-style reason "required" ("Missing end time."): a Google reason on a Google line',
  },
  {
    line: j({
      ts: '2026-03-17T08:00:00Z',
      level: 'error',
      url: 'https://graph.microsoft.com/v1.0/drives/b!x1/root:/Clients:/children',
      status: 403,
      body: { error: { code: 'accessDenied', message: 'Access denied' } },
    }),
    category: 'permissions',
    cause: 'accessDenied',
    destination: 'microsoft-graph',
    rule: 'microsoft-graph/access-denied',
    note: 'OneDrive/SharePoint accessDenied (app lacks Files.ReadWrite.All); destination from the Graph host',
  },
  {
    line: '2026-03-17 08:01:00 ERROR outlook sync mailbox ops@contoso.com: 429 - "Application is over its MailboxConcurrency limit."',
    category: 'transient',
    cause: 'ApplicationThrottled',
    destination: 'microsoft-graph',
    rule: 'microsoft-graph/throttled-message',
    note: 'the Graph throttling message without its code (as workflow tools print it): Exchange mailbox concurrency, transient',
  },
];

/** Google APIs named by their client libraries, with no host in the line. */
export const googleClientCases: RuleCase[] = [
  {
    line: 'Google.GoogleApiException: Google.Apis.Requests.RequestError Request had insufficient authentication scopes. [403] Errors [ Message[Insufficient Permission] Location[ - ] Reason[insufficientPermissions] Domain[global] ]',
    category: 'permissions',
    destination: 'google',
    note: '.NET client: Google.GoogleApiException names Google; insufficientPermissions is a scope the token lacks',
  },
  {
    line: "GaxiosError: Quota exceeded for quota metric 'Write requests' and limit 'Write requests per minute per user' of service 'sheets.googleapis.com'",
    category: 'transient',
    destination: 'google',
    note: 'Node googleapis client: a per-minute quota is a rate limit',
  },
  {
    line: 'WARN Sync.Calendar - Google.Apis.Requests.RequestError You need to have writer access to this calendar. [403] Errors [ Message[You need to have writer access to this calendar.] Location[ - ] Reason[requiredAccessLevel] Domain[calendar] ]',
    category: 'permissions',
    destination: 'google',
    rule: 'google/permission-denied',
    note: '.NET client at WARN: the status in brackets and the reason in Reason[…]',
  },
  {
    line: 'E, [2026-02-01T10:00:00] ERROR -- : Google::Apis::ClientError: insufficientPermissions: User does not have sufficient permissions for this profile.',
    category: 'permissions',
    destination: 'google',
    rule: 'google/scope',
    note: 'Ruby client: the reason starts the message',
  },
  {
    line: 'Unable to get the list of Google calendars. The following error occurred:\n\nRequest had insufficient authentication scopes. [403=Forbidden]',
    category: 'permissions',
    destination: 'google',
    rule: 'google/scope-message',
    note: "Google's message for ACCESS_TOKEN_SCOPE_INSUFFICIENT (Google APIs error model) where a client prints only the message",
  },
  {
    line: "ERROR twilio.base.exceptions.TwilioRestException: TwilioRestException(503, '/Messages', 'Unable to create record: Service is unavailable. Please try again', 20503, 'POST')",
    category: 'transient',
    destination: 'twilio',
    note: 'a Python repr of the exception: the status is its first argument',
  },
];

export const googleQuotaMessageCases: RuleCase[] = [
  {
    line: "2026-03-02T10:00:00Z ERROR append failed: Quota exceeded for quota metric 'Queries' and limit 'Queries per day' of service 'youtube.googleapis.com' for consumer 'project_number:1234'.",
    category: 'plan',
    destination: 'google',
    rule: 'google/quota-metric-daily',
    note: 'the limit named in the quota message is per day: plan',
  },
  {
    line: 'google.api_core.exceptions.ResourceExhausted: 429 Quota exceeded for metric: generativelanguage.googleapis.com/generate_content_free_tier_requests, limit: 0, model: gemini-2.5-pro',
    category: 'plan',
    destination: 'google',
    rule: 'google/quota-limit-zero',
    note: 'Gemini API (ai.google.dev rate-limits page; google-gemini/gemini-cli issues): a quota of 0 is a model the free tier does not serve',
  },
  {
    line: 'ApiError: 429 RESOURCE_EXHAUSTED Quota exceeded for metric: generativelanguage.googleapis.com/generate_content_free_tier_requests, limit: 15, model: gemini-2.0-flash. Please retry in 41s.',
    category: 'transient',
    destination: 'google',
    note: 'the same quota with a non-zero per-minute limit: wait and retry',
  },
];

/** BigQuery quota sentences (cloud.google.com/bigquery/docs/troubleshoot-quotas). */
export const bigqueryQuotaCases: RuleCase[] = [
  {
    line: "google.api_core.exceptions.Forbidden: 403 Quota exceeded: Your project exceeded quota for free query bytes scanned. For more information, see https://cloud.google.com/bigquery/docs/troubleshoot-quotas",
    category: "plan",
    destination: "bigquery",
    rule: "google/bigquery-project-quota",
    note: "the sandbox / free tier query quota: billing, not a retry",
  },
  {
    line: "google.api_core.exceptions.Forbidden: 403 Exceeded rate limits: too many table update operations for this table. For more information, see https://cloud.google.com/bigquery/docs/troubleshoot-quotas",
    category: "transient",
    destination: "bigquery",
    note: "a rate limit, not the project quota",
  },
];

/**
 * Google Cloud projects without billing, Ruby's aws-sdk class names, Vector component types and
 * Notion's client wording. Sources: cloud.google.com/billing/docs/how-to/modify-project (API calls
 * fail until billing is enabled: PERMISSION_DENIED / FAILED_PRECONDITION "billing"), aws-sdk-ruby's
 * `Aws::S3::Errors::<Code>`, vector.dev sink docs (component types), developers.notion.com
 * /reference/errors (validation_error) and @notionhq/client's APIResponseError.
 */
export const billingAndClientNameCases: RuleCase[] = [
  {
    line: 'com.google.api.client.googleapis.json.GoogleJsonResponseException: 403 Forbidden {"code":403,"errors":[{"domain":"global","message":"This API method requires billing to be enabled. Please enable billing on project #4711 by visiting https://console.developers.google.com/billing/enable?project=4711 then retry.","reason":"accessNotConfigured"}],"status":"PERMISSION_DENIED"}',
    category: 'plan',
    destination: 'google',
    rule: 'google/billing-disabled',
    note: 'billing not enabled answers PERMISSION_DENIED: plan, not a role',
  },
  {
    line: "ERROR: (gcloud.services.enable) FAILED_PRECONDITION: Billing must be enabled for activation of service(s) 'pubsub.googleapis.com' to proceed.",
    category: 'plan',
    destination: 'google',
    rule: 'google/billing-disabled',
    note: 'gcloud names the call; FAILED_PRECONDITION on billing is plan',
  },
  {
    line: '2024-03-01 10:00:00 +0000 [warn]: #0 failed to flush the buffer. retry_time=1 error_class="Aws::S3::Errors::AccessDenied" error="Access Denied" plugin_id="out_s3"',
    category: 'permissions',
    destination: 's3',
    note: 'aws-sdk-ruby class names the service; fluentd prefix and worker id',
  },
  {
    line: '2024-03-01T10:00:00.000Z  WARN sink{component_kind="sink" component_id=logs component_type=loki}:request{request_id=7}: vector::sinks::util::retries: Retrying after response. reason=Too many requests',
    category: 'transient',
    destination: 'loki',
    note: 'Vector names the sink’s service in component_type',
  },
  {
    line: '2024-03-01T10:00:00.000Z ERROR sink{component_kind="sink" component_id=out component_type=http}:request{request_id=3}: vector::sinks::util::retries: Not retriable; dropping the request. reason="response status: 401 Unauthorized"',
    category: 'auth',
    destination: null,
    note: 'an http sink names no service',
  },
  {
    line: 'Failed to create page with error:  APIResponseError: Rating is expected to be number.',
    category: 'validation',
    destination: 'notion',
    field: 'Rating',
    rule: 'notion/failed-validation-message',
    note: '@notionhq/client wording of a property of the wrong type',
  },
];

/**
 * QuickBooks 3100 when the token lacks the accounting scope. Source: developer.intuit.com
 * "Error codes" (3100 ApplicationAuthorizationFailed; detail names the scope).
 */
export const quickbooksScopeCases: RuleCase[] = [
  {
    line: 'QuickBooksOnline\\API\\Exception\\ServiceException: Http Status Code [403]: Response Code:[403] with body: [<IntuitResponse><Fault type="SERVICE"><Error code="3100"><Message>message=ApplicationAuthorizationFailed; errorCode=003100; statusCode=403</Message><Detail>The access token does not have sufficient scope</Detail></Error></Fault></IntuitResponse>]',
    category: 'permissions',
    destination: 'quickbooks',
    rule: 'quickbooks/insufficient-scope-message',
    note: '3100 with "sufficient scope": a missing scope, not bad keys',
  },
];

/**
 * Elasticsearch's licence in prose and BigQuery row errors in words. Sources: elastic.co
 * subscriptions (security features need a valid licence: "current license is non-compliant for
 * [security]"); cloud.google.com/bigquery/docs/error-messages (insertAll insertErrors reason
 * "invalid" with the field in the message).
 */
export const licenceAndRowCases: RuleCase[] = [
  {
    line: "[2025-01-02T10:00:00.000+00:00][ERROR][plugins.security] Root causes: security_exception: current license is non-compliant for [security]",
    category: 'plan',
    destination: 'elasticsearch',
    rule: 'elasticsearch/license-message',
  },
  {
    line: '{"level":"error","destination":"bigquery","message":"insertAll failed for 3 rows: Array specified for non-repeated field: tags."}',
    category: 'validation',
    field: 'tags',
    rule: 'bigquery/row-invalid-message',
  },
  {
    line: '2023/03/01 10:00:00 E! [outputs.influxdb_v2] When writing to [https://influx.acme.example.com]: failed to write metric (401 Unauthorized): unauthorized access',
    category: 'auth',
    destination: 'influxdb',
    note: 'Telegraf names its output plugin; the version suffix goes',
  },
  {
    line: '[2023/11/02 12:21:39] [error] [output:es:es.0] HTTP status=503 URI=/_bulk, response: {"error":"unavailable"}',
    category: 'transient',
    destination: 'elasticsearch',
    note: 'Fluent Bit’s es output is Elasticsearch',
  },
  {
    line: 'Fatal: unable to open config file: Head "http://:***@xxxxxx.xx:8000/repo/config": dial tcp: lookup xxxxxx.xx: no such host',
    category: 'outage',
    destination: null,
    note: 'a host the reporter masked names no destination',
  },
];

/**
 * Core providers' less common answers and wording shared by many clients. Sources: Stripe Connect
 * docs (a platform needs a connection to act on an account, per mode); HubSpot's API-key sunset
 * notice (hapikey); Slack's Web API error lists (paid_teams_only); botocore's
 * EndpointConnectionError; curl's error 6 (CURLE_COULDNT_RESOLVE_HOST); Rails' strong parameters
 * ("found unpermitted parameter"); Anthropic's and OpenAI's billing pages (credit balance).
 */
export const coreEdgeCases: RuleCase[] = [
  {
    line: '{"level":"error","destination":"stripe","status":403,"body":{"error":{"type":"invalid_request_error","message":"The provided key \'rk_live_****1234\' does not have access to account \'acct_1Nxyz\' (or that account does not exist). Application access may have been revoked."}}}',
    category: 'permissions',
    rule: 'stripe/connect-no-access',
  },
  {
    line: 'ERROR GET https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=**** -> 401 {"status":"error","message":"This hapikey (****) doesn\'t exist.","correlationId":"0c8a1f0e"}',
    category: 'auth',
    destination: 'hubspot',
    rule: 'hubspot/hapikey',
  },
  {
    line: "slack_sdk.errors.SlackApiError: The request to the Slack API failed. (url: https://slack.com/api/usergroups.create)\nThe server responded with: {'ok': False, 'error': 'paid_teams_only'}",
    category: 'plan',
    destination: 'slack',
    rule: 'slack/paid-only',
  },
  {
    line: 'botocore.exceptions.EndpointConnectionError: Could not connect to the endpoint URL: "https://sqs.eu-west-1.amazonaws.com/"',
    category: 'outage',
    rule: 'network/unreachable',
  },
  {
    line: "ERROR Error connecting to API: cURL error 6: Couldn't resolve host 'api.acme.example.net'",
    category: 'outage',
    rule: 'network/host-not-found',
  },
  {
    line: 'Intercom::BadRequestError: found unpermitted parameter: plan',
    category: 'validation',
    rule: 'http/validation-message',
  },
  {
    line: 'ERROR summarize failed: 400 {"type":"error","error":{"type":"invalid_request_error","message":"Your credit balance is too low to access the API. Please go to Plans & Billing to upgrade or purchase credits."}}',
    category: 'plan',
    rule: 'http/plan-message',
  },
  {
    line: 'ERROR mailer: (432, "4.3.2 Concurrent connections limit exceeded. Visit https://aka.ms/concurrent_sending for more information.")',
    category: 'transient',
    rule: 'http/rate-limit-message',
  },
  {
    line: 'Intercom::ServiceConnectionError (Failed to connect to service [connection attempt timed out])',
    category: 'transient',
    rule: 'network/timeout',
  },
  {
    line: '403 Custom quota exceeded: Your usage exceeded the custom quota for QueryUsagePerDay, which is set by your administrator.; reason: quotaExceeded, location: null',
    category: 'plan',
    note: 'an unquoted reason is a code too',
  },
];

/** GA4 Measurement Protocol validation (developers.google.com/analytics/devguides/collection/protocol/ga4/validating-events). */
export const measurementProtocolCases: RuleCase[] = [
  {
    line: 'ERROR POST https://www.google-analytics.com/debug/mp/collect -> 200 {"validationMessages":[{"fieldPath":"events.params.value","description":"Value for param [value] is invalid.","validationCode":"VALUE_INVALID"}]}',
    category: 'validation',
    destination: 'google-analytics',
    field: 'events.params.value',
    rule: 'google-analytics/mp-validation',
  },
  {
    line: "Rejected: 'Welcome' Free accounts are for test purposes only. Please upgrade or add the address to authorized recipients in Account Settings.",
    category: 'plan',
    destination: 'mailgun',
    rule: 'mailgun/sandbox-recipient',
    note: 'no level: "Rejected" is an error word',
  },
];

/** Kafka and Redis named by their clients (librdkafka's log format, node-redis's connection error). */
export const kafkaRedisCases: RuleCase[] = [
  {
    line: '%3|1700000000.123|FAIL|rdkafka#producer-1| [thrd:broker-1:9092/bootstrap]: broker-1:9092/bootstrap: Connect to ipv4#10.0.0.7:9092 failed: Connection refused (after 0ms in state CONNECT)',
    category: 'outage',
    destination: 'kafka',
  },
  {
    line: 'Error: Redis connection to cache.internal:6379 failed - connect ECONNREFUSED 10.0.0.9:6379',
    category: 'outage',
    destination: 'redis',
  },
];

/** Slack's Web API envelope names Slack, also when a wrapper escaped it again (api.slack.com/web#responses). */
export const slackEnvelopeCases: RuleCase[] = [
  {
    line: 'ERROR notify failed: {"ok":false,"error":"channel_not_found"}',
    category: 'validation',
    destination: 'slack',
  },
  {
    line: 'Error: ["\\"Error! {\\\\\\"statusCode\\\\\\":200,\\\\\\"result\\\\\\":\\\\\\"{\\\\\\\\\\\\\\"ok\\\\\\\\\\\\\\":false,\\\\\\\\\\\\\\"error\\\\\\\\\\\\\\":\\\\\\\\\\\\\\"missing_scope\\\\\\\\\\\\\\"}\\\\\\"}\\""]',
    category: 'permissions',
    destination: 'slack',
    note: 'the envelope escaped three times by the wrappers of a CI action',
  },
  {
    line: '2026-03-01 11:00:00 ERROR : photos/2026.jpg: Failed to copy: googleapi: Error 403: The user has exceeded their Drive storage quota, quotaExceeded',
    category: 'plan',
    destination: 'google',
    note: "google-api-go-client puts the reason after the last comma (rclone): the user's Drive is full",
  },
  {
    line: '2026-03-01 11:00:00 ERROR : Failed to copy: googleapi: Error 403: Rate Limit Exceeded, rateLimitExceeded',
    category: 'transient',
    destination: 'google',
    note: 'the same shape with a short-window reason',
  },
  {
    line: '2026-03-01 11:00:00 ERROR [backup.model.coordinator] Google Drive is out of space',
    category: 'plan',
    destination: 'google',
    note: 'a Drive backup tool says the account\'s storage is full',
  },
  {
    line: '[2026-03-01 09:58:14,124] ERROR connector poll failed: java.sql.SQLException: I/O Error: DB server closed connection.',
    category: 'transient',
    note: 'jTDS: the server closed the connection; retried on a new one',
  },
];
