import type { RuleCase } from '../rule-tester.js';

/**
 * Provider-neutral failures: HTTP statuses with no provider body, OAuth 2.0 errors (RFC 6749 §5.2,
 * RFC 6750 §3.1, Google / Entra token endpoints), network errors in Node (libuv, undici, axios,
 * node-fetch, got) and Python (requests / urllib3) spellings, CDN / gateway pages.
 * DESIGN.md §2/§7: ENOTFOUND / ECONNREFUSED = outage; EAI_AGAIN / ECONNRESET / timeouts =
 * transient; Cloudflare 521/523 outage, 524 transient.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const genericCases: RuleCase[] = [
  {
    line: '2026-03-10T08:04:00Z ERROR sync failed: [HTTP 422] {"errors":["Email address has already been taken"]}',
    category: 'validation',
    field: 'Email address',
    note: 'a Rails full message names the attribute humanised and capitalised',
  },
  {
    line: '2026-03-10T08:04:10Z ERROR sync failed: [HTTP 400] {"requestId":"r-1","errors":["ownerId: must not be null","dueDate: must not be null"]}',
    category: 'validation',
    field: 'ownerId',
    note: 'Bean Validation (Java APIs): one "field: must not be null" per field',
  },
  {
    line: '2026-03-10T08:04:20Z ERROR sync failed: GET api.example-erp.com/odata/v4/customers -> 400 {"error":{"code":"BadRequest","message":"Could not find a property named \'creditLimitLCY\' on type \'Microsoft.NAV.customer\'."}}',
    category: 'validation',
    field: 'creditLimitLCY',
    note: 'OData names the unknown property in its message',
  },
  {
    line: '2026-03-10T08:04:30Z ERROR sync failed: [HTTP 400] {"code":13,"message":"One or more required parameters are missing: fields"}',
    category: 'validation',
    field: 'fields',
    note: 'the missing parameter named after the colon',
  },
  {
    line: '2026-03-10T08:04:40Z ERROR sync failed: [HTTP 400] {"errors":[{"message":"unknown_id_48211907 is not a valid ID"}]}',
    category: 'validation',
    field: null,
    note: 'the subject of "is not a valid ID" is an id the message quotes, not a field',
  },
  {
    line: j({ ts: '2026-03-10T08:02:00Z', level: 'error', destination: 'acme_crm', record_id: 'p-1', status: 200, body: { errors: [{ message: 'Cannot query field "middleName" on type "Person".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] } }),
    category: 'validation',
    rule: 'http/graphql-validation-code',
    note: 'Apollo / graphql-js: the query asks for a field the schema lacks; HTTP 200',
  },
  {
    line: "2026-03-10T08:02:30Z ERROR sync failed: GraphQL error: Field 'legacyId' doesn't exist on type 'Order'",
    category: 'validation',
    rule: 'http/graphql-validation-message',
    note: "graphql-ruby's wording without a code",
  },
  {
    line: '2026-03-10T08:03:00Z ERROR POST api.example-crm.io/v1/contacts -> 401 {"message":"You are not authorized to access this resource"}',
    category: 'auth',
    rule: 'http/401-permission-wording',
    note: 'HTTP 401 is unauthenticated (RFC 9110) whatever its body calls it',
  },
  {
    line: '2025-01-14 06:02:11.402 WARNING (MainThread) [appliance_sync.api] HTTP Error 429 - Too Many Requests. Sleeping for 61200 seconds and will retry',
    category: 'plan',
    rule: 'http/rate-limit-long-wait',
    note: 'a 429 whose wait is 17 hours is a daily call quota used up (Home Connect: 1,000 calls a day, Retry-After until it resets), not a burst',
  },
  {
    line: '2026-03-10T08:03:31Z ERROR export failed: 429 Too Many Requests, Retry-After: 86400',
    category: 'plan',
    rule: 'http/rate-limit-long-wait',
    note: "Retry-After of a day (RFC 9110 §10.2.3: seconds to wait) means the window is a day's quota",
  },
  {
    line: '2026-03-10T08:03:32Z WARN rate limited (429), retrying in 30 seconds',
    category: 'transient',
    rule: 'http/rate-limit-message',
    note: 'a wait of seconds is a burst limit: retried',
  },
  {
    line: '2026-03-10T08:03:30Z WARN mailbox sync: You have exceeded the available concurrent connections for your account',
    category: 'transient',
    rule: 'http/rate-limit-message',
    note: 'a concurrency cap: the next connection is let in when one closes',
  },
  {
    line: 'org.apache.kafka.connect.errors.ConnectException: com.amazonaws.SdkClientException: Unable to load AWS credentials from any provider in the chain: [EnvironmentVariableCredentialsProvider: Unable to load AWS credentials from environment variables]',
    category: 'auth',
    rule: 'http/auth-message',
    note: 'the AWS SDK found no credentials (Java; boto3 says "Unable to locate credentials", JS v3 "Could not load credentials from any providers")',
  },
  {
    line: 'botocore.exceptions.NoCredentialsError: Unable to locate credentials',
    category: 'auth',
    rule: 'http/auth-message',
  },
  {
    line: '2026-03-06T04:20:00Z ERROR export failed: the API returned 403 {"message":"Forbidden"}',
    category: 'permissions',
    note: 'the status stated before the body it returned ("returned 403 {…}")',
  },
  {
    line: '{"level":"error","destination":"acme","status":400,"body":{"success":false,"error":{"message":"Invalid input: \\"query\\" is not allowed to be empty","code":400}}}',
    category: 'validation',
    field: 'query',
    rule: 'http/validation-message',
    note: 'Joi’s message names the field in quotes; "not allowed to be empty" is a rejected value, not a permission',
  },
  // ================================================================ wording that names the cause
  {
    line: '2026-03-01T10:00:00Z ERROR sync failed: [HTTP 401] {"message":"Invalid access token: the token does not contain the required scopes"}',
    category: 'permissions',
    rule: 'http/scope-message',
    note: 'a token that lacks a scope is permissions even when the message calls it invalid',
  },
  {
    line: '2026-03-01T10:00:00Z ERROR sync failed: [HTTP 403] {"errors":[{"message":"Missing required scopes: read:org"}]}',
    category: 'permissions',
    rule: 'http/scope-message',
    note: 'missing scopes on a 403',
  },
  {
    line: '2026-03-01T10:00:00Z ERROR sync failed: [HTTP 403] {"error":"The maximum number of API calls has been reached for this window"}',
    category: 'transient',
    rule: 'http/rate-limit-message',
    note: 'a request-count limit said in words on a 403 is a rate limit, not a permission',
  },
  {
    line: '2026-03-01T10:00:00Z ERROR sync failed: [HTTP 429] {"message":"Daily rate limit reached for this app; it resets at 00:00 UTC"}',
    category: 'plan',
    rule: 'http/daily-quota-message',
    note: 'a daily rate limit waits for tomorrow: plan',
  },
  {
    line: 'Error: Billing account not configured. External network is not accessible and quotas are severely limited. Configure billing account to remove these restrictions',
    category: 'plan',
    rule: 'http/runtime-quota',
    note: "a cloud runtime without billing cannot call out: the runtime's plan, not the destination's",
  },
  {
    line: '2026-03-01T10:00:00Z ERROR sync failed: [HTTP 402] {"message":"The billing account is not linked to this workspace"}',
    category: 'plan',
    rule: 'http/plan-message',
    note: 'billing not enabled on the destination account',
  },
  {
    line: '{"level":"error","msg":"fetch transactions failed","status_code":401,"detail":"Token is invalid or expired","code":"token_not_valid"}',
    category: 'auth',
    rule: 'http/auth-message',
    note: 'djangorestframework-simplejwt’s default 401 detail (token_not_valid), which APIs built on it return as is',
  },
  {
    line: '2026-03-01T10:00:00Z ERROR add subscriber failed: You have reached your contact limit. Upgrade to add more contacts.',
    category: 'plan',
    rule: 'http/plan-message',
    note: 'email platforms cap stored contacts by tier (SendGrid Marketing Campaigns and Mailchimp plan pages): a full list is the plan, not the record',
  },
  {
    line: '2026-03-01T10:00:00Z ERROR POST /2/tweets failed: 429 {"title":"UsageCapExceeded","detail":"Usage cap exceeded: Monthly product cap","type":"https://api.twitter.com/2/problems/usage-capped"}',
    category: 'plan',
    rule: 'http/plan-message',
    note: 'X API v2 problem type usage-capped: the month’s post cap for the access tier, not a 15-minute window (developer.x.com response codes and errors)',
  },
  {
    line: '2026-03-01T10:00:00Z ERROR create cluster failed: 402 (Payment Required) No payment information was found for group 5f1a2b3c.',
    category: 'plan',
    rule: 'http/plan-message',
    note: 'MongoDB Atlas Admin API error NO_PAYMENT_INFORMATION_FOUND (402): a billing setup step',
  },
  {
    line: '2026-03-01T10:00:00Z ERROR sync failed: [HTTP 403] {"message":"Your account has been suspended due to non-payment"}',
    category: 'plan',
    rule: 'http/plan-message',
    note: 'an account suspended for payment is plan',
  },
  {
    line: '2026-03-01T10:00:00Z ERROR sync failed: [HTTP 403] You have exceeded your messaging limits',
    category: 'plan',
    rule: 'http/plan-message',
    note: 'a sending quota of the account: plan',
  },
  {
    line: '[2021/03/09 17:45:32] [error] [plugins/out_tcp/tcp.c:96 errno=32] Broken pipe',
    category: 'transient',
    cause: 'ECONNRESET',
    note: 'EPIPE: the peer closed the connection mid-write',
  },
  {
    line: 'getaddrinfo ENOTFOUND api.mailjet.com api.mailjet.com:443',
    category: 'outage',
    destination: 'mailjet',
    note: 'the host a network error names is the destination when no URL is shown',
  },
  // ================================================================ statuses said in other words
  {
    line: 'java.util.concurrent.ExecutionException: RestClientException{statusCode=Optional.of(401), errorCollections=[]}',
    category: 'auth',
    note: "Java's Optional-wrapped status",
  },
  {
    line: 'CRITICAL HTTP-error-code: 520, Error: Unknown Error',
    category: 'transient',
    note: 'a Singer tap prints "HTTP-error-code: N"; 520 is a CDN-relayed origin error',
  },
  {
    line: '[Intercom] ERROR - Tried to update user but there was a network error (400) - Request failed: bad request (400)',
    category: 'validation',
    note: 'a reason phrase with its status in parentheses',
  },
  {
    line: 'PartnerApiError: (401) token rejected',
    category: 'auth',
    note: 'an exception name, then the status in parentheses',
  },
  // ================================================================ HTTP statuses, no provider body
  {
    line: 'requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.example-crm.com/v2/contacts',
    category: 'auth',
    note: 'raise_for_status 401, no body: auth by status',
  },
  {
    line: j({ ts: '2026-03-04T13:02:10Z', level: 'error', destination: 'webhook', record_id: 'ev_3', error: { message: 'Request failed with status code 401', name: 'AxiosError', code: 'ERR_BAD_REQUEST', status: 401 } }),
    category: 'auth',
    note: 'axios toJSON() carries no body: 401 by status',
  },
  {
    line: 'ts=2026-03-04T13:03:00Z level=error dest=partner_api record_id=o_7 status=402 msg="Payment Required"',
    category: 'plan',
    note: '402 Payment Required: plan',
  },
  {
    line: 'HTTPError: Response code 403 (Forbidden)',
    category: 'permissions',
    note: 'got HTTPError 403 with no body: falls back to permissions',
  },
  {
    line: 'HTTPError: Response code 404 (Not Found)',
    category: 'validation',
    note: 'got HTTPError 404: record/resource missing, validation',
  },
  {
    line: j({ ts: '2026-03-04T13:03:10Z', level: 'error', destination: 'partner_api', record_id: 'o_8', status: 408, error: 'Request Timeout' }),
    category: 'transient',
    note: '408 Request Timeout: transient',
  },
  {
    line: j({ ts: '2026-03-04T13:03:20Z', level: 'error', destination: 'partner_api', record_id: 'o_9', status: 409, error: 'Conflict' }),
    category: 'validation',
    note: '409 Conflict with no body: record-level duplicate/conflict, validation',
  },
  {
    line: 'HTTPError: Response code 422 (Unprocessable Entity)',
    category: 'validation',
    field: null,
    note: 'got HTTPError 422 without a body: validation, no field',
  },
  {
    line: j({
      ts: '2026-03-04T13:03:30Z',
      level: 'error',
      destination: 'partner_api',
      record_id: 'o_10',
      status: 422,
      body: { errors: [{ status: '422', title: 'Invalid Attribute', detail: 'must be a valid email address', source: { pointer: '/data/attributes/email' } }] },
    }),
    category: 'validation',
    field: 'email',
    note: 'JSON:API error: the field is the tail of source.pointer',
  },
  {
    line: j({ ts: '2026-03-04T13:03:35Z', level: 'error', destination: 'partner_api', record_id: 'o_11', status: 413, error: 'Request Entity Too Large' }),
    category: 'validation',
    note: '413 payload too large: the batch / record must shrink (validation)',
  },
  {
    line: 'requests.exceptions.HTTPError: 429 Client Error: Too Many Requests for url: https://api.example.com/v1/events',
    category: 'transient',
    note: 'raise_for_status 429 with no policy: transient',
  },
  {
    line: j({ ts: '2026-03-04T13:04:00Z', level: 'error', destination: 'partner_api', record_id: 'o_12', status: 500, body: { message: 'Internal server error' } }),
    category: 'transient',
    note: '500: transient',
  },
  {
    line: 'ts=2026-03-04T13:12:00Z level=error dest=custom_webhook record_id=ev_9 status=502 body="<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx/1.21.6</center></body></html>"',
    category: 'transient',
    note: 'nginx 502 page: transient',
  },
  {
    line: 'requests.exceptions.HTTPError: 503 Server Error: Service Unavailable for url: https://api.example.com/v1/events',
    category: 'transient',
    note: 'raise_for_status 503: transient',
  },
  {
    line: j({ ts: '2026-03-04T13:13:00Z', level: 'error', destination: 'lambda_ingest', record_id: 'b_77', status: 504, error: { message: 'Endpoint request timed out' } }),
    category: 'transient',
    note: 'API Gateway 504 "Endpoint request timed out": transient',
  },
  {
    line: '2026-03-04T13:13:30Z ERROR ingest record=b_78 upstream returned 503 {"message":"Service Unavailable"}',
    category: 'transient',
    note: 'API Gateway canned 503 body: transient',
  },

  // ================================================================ CDN / gateway HTML
  {
    line: 'ts=2026-03-04T13:11:00Z level=error dest=partner_api record_id=o_5 status=521 body="<title>api.partner.io | 521: Web server is down</title>"',
    category: 'outage',
    note: 'Cloudflare 521 "Web server is down": outage',
  },
  {
    line: j({ ts: '2026-03-04T13:11:10Z', level: 'error', destination: 'partner_api', record_id: 'o_6', body: '<!DOCTYPE html><html><head><title>api.partner.io | 523: Origin is unreachable</title></head><body><span class="cf-error-code">523</span> Cloudflare Ray ID: 8a1b2c3d4e5f6a7b</body></html>' }),
    category: 'outage',
    note: 'Cloudflare 523 page with no status field: the page itself says origin unreachable',
  },
  {
    line: j({ ts: '2026-03-04T13:11:20Z', level: 'error', destination: 'partner_api', record_id: 'o_13', status: 524, body: '<!DOCTYPE html><html><head><title>api.partner.io | 524: A timeout occurred</title></head><body>Error code 524</body></html>' }),
    category: 'transient',
    note: 'Cloudflare 524 "A timeout occurred": origin up but slow, transient',
  },
  {
    line: j({ ts: '2026-03-04T13:11:30Z', level: 'error', destination: 'partner_api', record_id: 'o_14', status: 520, body: '<!DOCTYPE html><html><head><title>api.partner.io | 520: Web server is returning an unknown error</title></head><body>Error code 520</body></html>' }),
    category: 'transient',
    note: 'Cloudflare 520 unknown origin error: transient',
  },
  {
    line: j({ ts: '2026-03-04T13:11:40Z', level: 'error', destination: 'partner_api', record_id: 'o_15', status: 526, body: '<!DOCTYPE html><html><head><title>api.partner.io | 526: Invalid SSL certificate</title></head><body>Error code 526</body></html>' }),
    category: 'outage',
    note: 'Cloudflare 526 invalid origin certificate: outage',
  },
  {
    line: 'Error: Request failed: 504 <html><head><title>504 Gateway Time-out</title></head><body><center><h1>504 Gateway Time-out</h1></center><hr><center>nginx</center></body></html>',
    category: 'transient',
    note: 'nginx 504 page: transient',
  },

  // ================================================================ OAuth 2.0
  {
    line: "google.auth.exceptions.RefreshError: ('invalid_grant: Token has been expired or revoked.', {'error': 'invalid_grant', 'error_description': 'Token has been expired or revoked.'})",
    category: 'auth',
    note: 'Google refresh: invalid_grant "Token has been expired or revoked."',
  },
  {
    line: '2026/03/04 12:00:30 sync error: oauth2: "invalid_grant" "Token has been expired or revoked."',
    category: 'auth',
    note: 'Go golang.org/x/oauth2 spelling of invalid_grant',
  },
  {
    line: 'ts=2026-03-04T12:01:00Z level=error dest=dynamics record_id=acct_5 status=400 msg="Get Token request returned http error: 400" body="{\\"error\\":\\"invalid_grant\\",\\"error_description\\":\\"AADSTS700082: The refresh token has expired due to inactivity. The token was issued on 2025-11-20T08:00:00Z and was inactive for 90.00:00:00.\\",\\"error_codes\\":[700082]}"',
    category: 'auth',
    cause: 'invalid_grant',
    note: 'Entra ID AADSTS700082 invalid_grant on HTTP 400: auth',
  },
  {
    line: 'ts=2026-03-04T12:00:00Z level=error dest=salesforce record_id=- status=400 url=https://login.salesforce.com/services/oauth2/token msg="token refresh failed" body="{\\"error\\":\\"invalid_client\\",\\"error_description\\":\\"invalid client credentials\\"}"',
    category: 'auth',
    cause: 'invalid_client',
    note: 'invalid_client (bad or rotated client secret): auth',
  },
  {
    line: j({ ts: '2026-03-04T12:02:00Z', level: 'error', msg: 'token request failed', status: 400, body: { error: 'unauthorized_client', error_description: 'The client is not authorized to request a token using this method.' } }),
    category: 'auth',
    note: 'unauthorized_client (grant type not allowed for this client): auth',
  },
  {
    line: j({ ts: '2026-03-04T12:02:10Z', level: 'error', msg: 'token request failed', status: 400, body: { error: 'unsupported_grant_type', error_description: 'grant type not supported' } }),
    category: 'auth',
    note: 'unsupported_grant_type: connector misconfiguration, auth',
  },
  {
    line: j({ ts: '2026-03-04T12:02:20Z', level: 'error', msg: 'token request failed', status: 400, body: { error: 'invalid_request', error_description: 'missing required parameter: grant_type' } }),
    category: 'auth',
    note: 'invalid_request at the token endpoint: malformed token request (no record data), auth',
  },
  {
    line: j({ ts: '2026-03-04T12:02:30Z', level: 'error', msg: 'authorization failed', status: 400, body: { error: 'invalid_scope', error_description: 'The requested scope is invalid, unknown, or malformed.' } }),
    category: 'permissions',
    note: 'invalid_scope: the scope is not allowed for the client, permissions',
  },
  {
    line: j({ ts: '2026-03-04T12:02:40Z', level: 'error', msg: 'authorization failed', error: 'access_denied', error_description: 'The resource owner or authorization server denied the request.' }),
    category: 'permissions',
    note: 'access_denied: permissions',
  },
  {
    line: j({
      ts: '2026-03-04T12:02:50Z',
      level: 'error',
      destination: 'partner_api',
      record_id: 'o_20',
      status: 401,
      headers: { 'www-authenticate': 'Bearer realm="api", error="invalid_token", error_description="The access token expired"' },
    }),
    category: 'auth',
    note: 'RFC 6750 invalid_token in WWW-Authenticate: auth',
  },
  {
    line: j({ ts: '2026-03-04T12:03:00Z', level: 'error', destination: 'partner_api', record_id: 'o_21', status: 401, headers: { 'www-authenticate': 'Bearer realm="api"' } }),
    category: 'auth',
    note: 'bare 401 with WWW-Authenticate and no error code: no credentials sent, auth',
  },
  {
    line: j({
      ts: '2026-03-04T12:03:10Z',
      level: 'error',
      destination: 'partner_api',
      record_id: 'o_22',
      status: 403,
      body: { error: 'insufficient_scope', error_description: 'The request requires higher privileges than provided by the access token.' },
    }),
    category: 'permissions',
    cause: 'insufficient_scope',
    note: 'RFC 6750 insufficient_scope: permissions',
  },
  {
    line: j({ ts: '2026-03-04T12:03:30Z', level: 'error', msg: 'token refresh failed', status: 503, body: { error: 'temporarily_unavailable', error_description: 'The authorization server is currently unable to handle the request due to a temporary overloading or maintenance of the server.' } }),
    category: 'transient',
    cause: 'temporarily_unavailable',
    note: 'OAuth temporarily_unavailable: transient',
  },

  // ================================================================ network, Node
  {
    line: 'Error: connect ECONNREFUSED 10.0.0.5:443',
    category: 'outage',
    cause: 'ECONNREFUSED',
    note: 'ECONNREFUSED: nothing listening, outage',
  },
  {
    line: 'Error: getaddrinfo ENOTFOUND api.example-crm.com',
    category: 'outage',
    cause: 'ENOTFOUND',
    note: 'ENOTFOUND (NXDOMAIN): outage',
  },
  {
    line: "Error: getaddrinfo EAI_AGAIN api.hubapi.com { errno: -3001, code: 'EAI_AGAIN', syscall: 'getaddrinfo', hostname: 'api.hubapi.com' }",
    category: 'transient',
    cause: 'EAI_AGAIN',
    destination: 'hubspot',
    note: 'EAI_AGAIN: temporary resolver failure, transient (not outage like ENOTFOUND)',
  },
  {
    line: 'Error: read ECONNRESET',
    category: 'transient',
    cause: 'ECONNRESET',
    note: 'read ECONNRESET: transient',
  },
  {
    line: 'ts=2026-03-04T13:00:00Z level=error dest=hubspot record_id=c_99 err="Error: socket hang up" code=ECONNRESET',
    category: 'transient',
    note: 'socket hang up (logfmt): transient',
  },
  {
    line: 'Error: connect ETIMEDOUT 202.61.3.9:443',
    category: 'transient',
    cause: 'ETIMEDOUT',
    note: 'connect ETIMEDOUT: a single timeout is transient',
  },
  {
    line: 'Error: connect EHOSTUNREACH 172.17.48.1:38249',
    category: 'outage',
    note: 'EHOSTUNREACH: no route to the destination, outage',
  },
  {
    line: 'Error: connect ENETUNREACH 2606:4700:4700::1111:443 - Local (:::0)',
    category: 'outage',
    note: 'ENETUNREACH: network unreachable, outage',
  },
  {
    line: j({ ts: '2026-03-04T13:00:05Z', level: 'error', record_id: 'ev_4', error: { message: 'write EPIPE', code: 'EPIPE', errno: 'EPIPE', syscall: 'write' } }),
    category: 'transient',
    note: 'write EPIPE: peer closed the socket, transient',
  },
  {
    line: "TypeError: fetch failed { cause: ConnectTimeoutError: Connect Timeout Error { code: 'UND_ERR_CONNECT_TIMEOUT' } }",
    category: 'transient',
    note: 'undici connect timeout in the cause: transient',
  },
  {
    line: j({ ts: '2026-03-04T13:01:00Z', level: 'error', destination: 'webhook', record_id: 'ev_1', error: { name: 'TypeError', message: 'fetch failed', cause: { name: 'SocketError', code: 'UND_ERR_SOCKET', message: 'other side closed' } } }),
    category: 'transient',
    note: 'undici puts the code in cause.code (UND_ERR_SOCKET, no host in the message): transient',
  },
  {
    line: "TypeError: fetch failed\\n    at node:internal/deps/undici/undici:13502:13 {\\n  [cause]: Error: getaddrinfo ENOTFOUND api.example-erp.com\\n      at GetAddrInfoReqWrap.onlookupall [as oncomplete] (node:dns:120:26) {\\n    errno: -3008,\\n    code: 'ENOTFOUND',\\n    syscall: 'getaddrinfo',\\n    hostname: 'api.example-erp.com'\\n  }\\n}",
    category: 'outage',
    cause: 'ENOTFOUND',
    note: 'fetch failed with an ENOTFOUND cause: outage',
  },
  {
    line: j({ ts: '2026-03-04T13:01:10Z', level: 'error', destination: 'webhook', record_id: 'ev_6', error: { message: 'timeout of 30000ms exceeded', name: 'AxiosError', code: 'ECONNABORTED' } }),
    category: 'transient',
    note: 'axios "timeout of 30000ms exceeded" (ECONNABORTED): transient',
  },
  {
    line: 'FetchError: request to https://acme.my.salesforce.com/services/data/v59.0/sobjects/Lead failed, reason: getaddrinfo ENOTFOUND acme.my.salesforce.com',
    category: 'outage',
    destination: 'salesforce',
    note: 'node-fetch FetchError ENOTFOUND on the instance host: outage',
  },
  {
    line: 'FetchError: request to https://api.bol.com/retailer/orders/1557184952 failed, reason: connect ETIMEDOUT 185.14.168.83:443',
    category: 'transient',
    note: 'node-fetch FetchError ETIMEDOUT: transient',
  },
  {
    line: 'RequestError: getaddrinfo EAI_AGAIN www.example-shop.com',
    category: 'transient',
    note: 'got RequestError EAI_AGAIN: transient',
  },
  {
    line: "TimeoutError: Timeout awaiting 'request' for 15000ms",
    category: 'transient',
    note: 'got TimeoutError: transient',
  },
  {
    line: "Error: certificate has expired { code: 'CERT_HAS_EXPIRED' }",
    category: 'outage',
    note: 'destination TLS certificate expired: outage (retrying will not help)',
  },

  // ================================================================ network, Python
  {
    line: "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.pipedrive.com', port=443): Max retries exceeded with url: /v1/persons (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f3a2c1d0>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution'))",
    category: 'transient',
    cause: 'EAI_AGAIN',
    destination: 'pipedrive',
    note: 'Python [Errno -3] Temporary failure in name resolution = EAI_AGAIN: transient',
  },
  {
    line: "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='acme.zendesk.com', port=443): Max retries exceeded with url: /api/v2/tickets.json (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f3a2c1e0>: Failed to establish a new connection: [Errno -2] Name or service not known'))",
    category: 'outage',
    cause: 'ENOTFOUND',
    destination: 'zendesk',
    note: 'Python [Errno -2] Name or service not known = ENOTFOUND: outage',
  },
  {
    line: "requests.exceptions.ConnectionError: HTTPConnectionPool(host='10.1.2.3', port=8080): Max retries exceeded with url: /ingest (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3a2c1f0>: Failed to establish a new connection: [Errno 111] Connection refused'))",
    category: 'outage',
    cause: 'ECONNREFUSED',
    note: 'Python [Errno 111] Connection refused: outage',
  },
  {
    line: "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.example.com', port=443): Max retries exceeded with url: /v1/items (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f11aa22b0>: Failed to establish a new connection: [Errno 110] Connection timed out'))",
    category: 'transient',
    note: 'Python [Errno 110] Connection timed out: transient (Max retries alone decides nothing)',
  },
  {
    line: "requests.exceptions.ConnectTimeout: HTTPSConnectionPool(host='api.example.com', port=443): Max retries exceeded with url: /v1/items (Caused by ConnectTimeoutError(<urllib3.connection.HTTPSConnection object at 0x7f11aa22c0>, 'Connection to api.example.com timed out. (connect timeout=10)'))",
    category: 'transient',
    note: 'urllib3 ConnectTimeoutError: transient',
  },
  {
    line: "urllib3.exceptions.ReadTimeoutError: HTTPSConnectionPool(host='api.example.com', port=443): Read timed out. (read timeout=60)",
    category: 'transient',
    note: 'urllib3 ReadTimeoutError: transient',
  },
  {
    line: "requests.exceptions.ConnectionError: ('Connection aborted.', RemoteDisconnected('Remote end closed connection without response'))",
    category: 'transient',
    note: 'RemoteDisconnected (keep-alive race): transient',
  },
  {
    line: "requests.exceptions.ConnectionError: ('Connection aborted.', ConnectionResetError(104, 'Connection reset by peer'))",
    category: 'transient',
    note: 'ConnectionResetError 104: transient',
  },
  {
    line: "requests.exceptions.ChunkedEncodingError: ('Connection broken: IncompleteRead(0 bytes read)', IncompleteRead(0 bytes read))",
    category: 'transient',
    note: 'ChunkedEncodingError IncompleteRead: response cut off, transient',
  },
  {
    line: "requests.exceptions.SSLError: HTTPSConnectionPool(host='api.example-crm.com', port=443): Max retries exceeded with url: /v2/contacts (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has expired (_ssl.c:1006)')))",
    category: 'outage',
    note: 'SSLCertVerificationError certificate has expired: outage',
  },
  {
    line: "requests.exceptions.SSLError: HTTPSConnectionPool(host='api.example.com', port=443): Max retries exceeded with url: /v1/items (Caused by SSLError(SSLEOFError(8, 'EOF occurred in violation of protocol (_ssl.c:2426)')))",
    category: 'transient',
    note: 'SSLEOFError (handshake cut): transient, unlike a bad certificate',
  },
  {
    line: "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.example.com', port=443): Max retries exceeded with url: /v1/items (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f11aa22d0>: Failed to establish a new connection: [Errno 113] No route to host'))",
    category: 'outage',
    note: 'Python [Errno 113] No route to host: outage',
  },
  // Record-level rejections without a provider: a duplicate is its own cause; the kind of value names the field.
  {
    line: '{"level":"error","record_id":"c1","status":"failed","error":"Contact already exists. Existing ID: 12345"}',
    category: 'validation',
    cause: 'duplicate',
    rule: 'http/duplicate-message',
    note: 'an "already exists" rejection is a duplicate, apart from schema errors',
  },
  {
    line: '{"level":"error","record_id":"c2","status":"failed","error":"Invalid email address: foo@"}',
    category: 'validation',
    field: 'email',
    rule: 'http/validation-message',
    note: '"Invalid email address" names the field kind',
  },
  {
    line: 'ERROR insert failed: duplicate key value violates unique constraint "users_email_key"',
    category: 'validation',
    cause: 'duplicate',
    note: 'PostgreSQL unique violation (SQLSTATE 23505) wording',
  },
  {
    line: "requests.exceptions.RetryError: HTTPSConnectionPool(host='api.example.com', port=443): Max retries exceeded with url: /v1/pages (Caused by ResponseError('too many 504 error responses'))",
    category: 'transient',
    rule: 'network/too-many-5xx',
    note: 'urllib3 Retry gave up on 5xx: transient',
  },
  {
    line: 'CRITICAL Backoff gave up after 5 tries',
    category: 'transient',
    rule: 'network/retries-gave-up',
    note: 'a tap whose backoff budget ran out: a transient cause that stopped the run',
  },
  {
    line: "2026-03-01 10:00:04,311 ERROR backoff Giving up fetch_contacts(...) after 8 tries (requests.exceptions.ConnectionError: Connection aborted.)",
    category: 'transient',
    note: "the backoff library's give-up message (its on_giveup log); the exception in parentheses decides first",
  },
  {
    line: 'ERROR push failed: AxiosError: Request failed with status code 402',
    category: 'plan',
    rule: 'http/402',
    note: 'a bare 402 (Payment Required) from an API with no body: billing, not retryable',
  },
  // Statuses spelt in prose.
  {
    line: '2024-03-01 10:00:00 ERROR jira sync: HTTP 401 from https://acme.atlassian.net/rest/api/2/search',
    category: 'auth',
    note: '"HTTP 401" with a space',
  },
  {
    line: 'WARN fetch page 7 failed, Err: 429, backing off',
    category: 'transient',
    note: '"Err: 429"',
  },
  {
    line: 'ERROR upsert: the API returned 403 for /v1/items',
    category: 'permissions',
    note: '"returned 403"',
  },
  {
    line: '2026-03-01T10:00:00Z DEBUG response status=401, refreshing access token and retrying',
    category: 'none',
    note: "OAuth's normal flow at a quiet level: a client refreshing its token on a 401 is no auth finding",
  },
  {
    line: '2026-03-01T10:00:00Z ERROR response status=401, refreshing access token failed: invalid_grant',
    category: 'auth',
    note: 'the same refresh at ERROR, failed: auth',
  },
  {
    line: 'INFO export returned 500 rows in 3 s',
    category: 'none',
    note: 'a count after "returned" is no status',
  },
  {
    line: 'System.Net.WebException: Unable to connect to the remote server ---> System.Net.Sockets.SocketException: A socket operation was attempted to an unreachable host 10.0.0.7:443',
    category: 'outage',
    note: '.NET SocketException (WSAEHOSTUNREACH): outage',
  },
  {
    line: "urllib3.exceptions.NewConnectionError: <urllib3.connection.HTTPSConnection object at 0x10a2b3c40>: Failed to establish a new connection: [Errno 8] nodename nor servname provided, or not known",
    category: 'outage',
    note: 'macOS spelling [Errno 8] nodename nor servname = ENOTFOUND: outage',
  },
  {
    line: "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.example.com', port=443): Max retries exceeded with url: /v1/items (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x000001F2A3B4C5D0>: Failed to establish a new connection: [Errno 11001] getaddrinfo failed'))",
    category: 'outage',
    note: 'Windows spelling [Errno 11001] getaddrinfo failed = ENOTFOUND: outage',
  },
  {
    line: "HTTPSConnectionPool(host='www.example-video.com', port=443): Max retries exceeded with url: /api/timedtext?v=abc (Caused by ResponseError('too many 429 error responses'))",
    category: 'transient',
    note: '"Max retries exceeded" caused by too many 429s: transient rate limit',
  },

  // ================================================================ runtime quota, unknown
  {
    line: '2026-03-04 14:10:00 ERROR Exception: Bandwidth quota exceeded: https://api.hubapi.com/crm/v3/objects/contacts?limit=100. Try reducing the rate of data transfer.',
    category: 'plan',
    note: "DESIGN §7: a runtime's own quota that names a provider URL is not the provider's quota (still a quota cap: plan)",
  },
  {
    line: j({ ts: '2026-03-04T13:20:00Z', level: 'error', destination: 'webhook', record_id: 'ev_2', error: { name: 'InvalidArgumentError', code: 'UND_ERR_INVALID_ARG', message: 'invalid method' } }),
    category: 'unknown',
    note: 'undici UND_ERR_INVALID_ARG: a client bug, not the destination: unknown',
  },
  {
    line: j({ ts: '2026-03-04T13:21:00Z', level: 'error', record_id: 'r-9', msg: "mapper: Cannot read properties of undefined (reading 'email')" }),
    category: 'unknown',
    note: 'error-level line that no rule recognises: unknown (grouped by template)',
  },
  {
    line: '2026-03-04 13:22:00 ERROR worker-3 record=acct-19 sync aborted: unexpected payload shape from transform step',
    category: 'unknown',
    note: 'free-text error with no status, code or known message: unknown',
  },

  // ================================================================ auth wordings without a code
  // Sources: Microsoft.IdentityModel IDX10223 ("Lifetime validation failed. The token is expired.",
  // relayed by Microsoft Graph as InvalidAuthenticationToken); Meta Graph API error handling (code 190
  // "Error validating access token", subcode 463 session expired); Snowflake connector 250001 / 390100
  // "Incorrect username or password was specified."; Microsoft Entra AADSTS reference.
  {
    line: "      Microsoft.Graph.Models.ODataErrors.ODataError: Lifetime validation failed, the token is expired.",
    category: 'auth',
    cause: 'token or session expired',
    rule: 'http/expired-message',
    note: 'Graph SDK (Kiota) ODataError with only the IdentityModel text: expired access token',
  },
  {
    line: 'ERROR api call failed: IDX10223: Lifetime validation failed. The token is expired. ValidTo: 03/04/2026 10:00:00',
    category: 'auth',
    rule: 'http/expired-message',
    note: 'ASP.NET JWT bearer IDX10223 from any .NET API',
  },
  {
    line: 'ERROR sync aborted: Your session has expired. Please log in again.',
    category: 'auth',
    rule: 'http/expired-message',
    note: '"session has expired": sign in again',
  },
  {
    line: 'ERROR Snowflake: Authentication token has expired.  The user must authenticate again.',
    category: 'auth',
    note: 'Snowflake 390114: the connection\'s session token expired',
  },
  {
    line: 'ERROR upload failed: The upload session has expired',
    category: 'unknown',
    note: 'near miss: a resumable upload session is no credential (start a new upload, not a reconnect)',
  },
  {
    line: 'ERROR checkout: This Checkout Session has expired',
    category: 'unknown',
    note: 'near miss: a Stripe Checkout Session expiring is the session object, not the API key',
  },
  {
    line: 'ERROR calendar sync: The sync token has expired, start a full sync',
    category: 'unknown',
    note: 'near miss: an expired sync/delta token asks for a full resync, not new credentials',
  },
  {
    line: 'ERROR charge failed for customer cus_9: Your card has expired.',
    category: 'unknown',
    note: 'near miss: "card has expired" (Stripe expired_card) is the payment method, never auth',
  },
  {
    line: 'ERROR reset failed: password reset token has expired',
    category: 'unknown',
    note: 'near miss: a password-reset token is a user flow, not the sync\'s credential',
  },
  {
    line: '2017-01-05 06:13:19.689 WARN  - Error getting facebook token xxx for user. Reason : {"error":{"message":"Error validating access token: Session has expired on Sunday, 25-Dec-16 04:45:57 PST. The current time is Thursday, 05-Jan-17 03:13:18 PST.","type":"OAuthException","code":190,"error_subcode":463,"fbtrace_id":"AbCdEf"}}',
    category: 'auth',
    destination: 'facebook',
    note: 'Meta Graph OAuthException 190/463 logged at WARN: expired user token',
  },
  {
    line: 'ERROR fb insights: (#190) Invalid OAuth access token.',
    category: 'auth',
    rule: 'http/auth-message',
    note: 'Meta "Invalid OAuth access token": two qualifiers before "token"',
  },
  {
    line: 'ERROR tests/workflows/test_snowflake.py::test_etl - sqlalchemy.exc.DatabaseError: (snowflake.connector.errors.DatabaseError) 250001 (08001): Failed to connect to DB: acme.snowflakecomputing.com:443. Incorrect username or password was specified.',
    category: 'auth',
    destination: 'snowflake',
    rule: 'http/auth-message',
    note: 'Snowflake 250001 bad password',
  },
  {
    line: 'ERROR connector: Invalid username or password.',
    category: 'auth',
    rule: 'http/auth-message',
    note: 'invalid username or password',
  },
  {
    line: 'ERROR import row 12: username or email is invalid',
    category: 'validation',
    note: 'near miss: a record\'s username field being invalid is the row\'s data, not the connection\'s password',
  },
  {
    line: 'ERROR token refresh: msal MsalUiRequiredException: AADSTS700082: The refresh token has expired due to inactivity. The token was issued on 2025-11-20T08:00:00Z and was inactive for 90.00:00:00.',
    category: 'auth',
    cause: 'invalid_grant',
    rule: 'oauth/entra-expired-grant',
    note: 'Entra AADSTS700082 with no OAuth code in the text',
  },
  {
    line: 'ERROR graph: AADSTS50173: The provided grant has expired due to it being revoked, a fresh auth token is needed.',
    category: 'auth',
    rule: 'oauth/entra-expired-grant',
    note: 'Entra AADSTS50173 revoked grant',
  },
  {
    line: 'ERROR ClientSecretCredential.get_token failed: AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.',
    category: 'auth',
    cause: 'invalid_client',
    rule: 'oauth/entra-invalid-client',
    note: 'Entra AADSTS7000215 invalid client secret',
  },
  {
    line: 'ERROR ClientSecretCredential.get_token failed: AADSTS7000222: The provided client secret keys for app are expired.',
    category: 'auth',
    rule: 'oauth/entra-invalid-client',
    note: 'Entra AADSTS7000222 expired client secret',
  },
  {
    line: 'ERROR ROPC sign-in failed: AADSTS50126: Error validating credentials due to invalid username or password.',
    category: 'auth',
    rule: 'oauth/entra-user-credentials',
    note: 'Entra AADSTS50126 wrong password',
  },
  {
    line: 'ERROR sign-in: AADSTS65001: The user or administrator has not consented to use the application.',
    category: 'permissions',
    rule: 'oauth/entra-consent',
    note: 'AADSTS65001 is missing consent, none of the expired/invalid credential codes: permissions, not auth',
  },
  // ================================================================ field names
  {
    line: 'HTTP response body: {"errors":[{"id":"0f0e0d0c-0000-4000-8000-000000000001","status":429,"code":"throttled","title":"Request was throttled.","detail":"Request was throttled. Expected available in 0 seconds.","source":{"pointer":"[/data/](https://file+.vscode-resource.vscode-cdn.net/data/)"}}]}',
    category: 'transient',
    field: null,
    note: 'a pointer mangled into a Markdown link is no JSON Pointer: no field (was: field ")")',
  },
  {
    line: j({ level: 'error', destination: 'partner_api', status: 422, errors: [{ field: '(root)', message: 'is invalid' }] }),
    category: 'validation',
    field: null,
    note: 'a field value that is punctuation and not an identifier names no field',
  },
];

/**
 * Cases the first rule tables got wrong, fixed since and kept as regressions: each "was:" says
 * what the tool returned then and why that was wrong.
 */
export const regressions: RuleCase[] = [
  // was: unknown (builtin/unknown).
  // why: neither "(invalid_grant)" in the azure string nor "refresh token has expired" is recognised; invalid_grant is auth.
  {
    line: "azure.core.exceptions.ClientAuthenticationError: Azure Active Directory error '(invalid_grant) AADSTS700082: The refresh token has expired due to inactivity. The token was issued on 2025-11-20T08:00:00.0000000Z and was inactive for 90.00:00:00.'",
    category: 'auth',
    note: 'azure-sdk-for-python spelling of the same invalid_grant',
  },
  // was: unknown (builtin/unknown).
  // why: OAuth error server_error is in no generic rule (only intercom/server, gated on destination intercom); RFC 6749 server_error is transient.
  {
    line: j({
      ts: '2026-03-04T12:03:20Z',
      level: 'error',
      msg: 'token refresh failed',
      error: 'server_error',
      error_description: 'The authorization server encountered an unexpected condition that prevented it from fulfilling the request.',
    }),
    category: 'transient',
    note: 'OAuth server_error: transient',
  },
  // was: unknown (builtin/unknown).
  // why: undici puts UND_ERR_HEADERS_TIMEOUT in cause.code (DESIGN §7); network rules match message text only and "Headers Timeout Error" is not in the timeout pattern.
  {
    line: j({ ts: '2026-03-04T13:01:05Z', level: 'error', destination: 'webhook', record_id: 'ev_5', error: { name: 'TypeError', message: 'fetch failed', cause: { name: 'HeadersTimeoutError', code: 'UND_ERR_HEADERS_TIMEOUT', message: 'Headers Timeout Error' } } }),
    category: 'transient',
    note: 'undici UND_ERR_HEADERS_TIMEOUT in cause.code: transient',
  },
  // was: unknown (builtin/unknown).
  // why: ERR_SOCKET_CONNECTION_TIMEOUT / "Socket connection timeout" is not in the network timeout pattern.
  {
    line: 'TypeError: fetch failed [cause]: Error [ERR_SOCKET_CONNECTION_TIMEOUT]: Socket connection timeout',
    category: 'transient',
    note: 'Node 20 happy-eyeballs ERR_SOCKET_CONNECTION_TIMEOUT: transient',
  },
  // was: permissions (http/403): "exceeded a secondary rate limit" was not read as a rate limit, so the 403 decided.
  {
    line: '{"message":"You have exceeded a secondary rate limit. Please wait a few minutes before you try again.","documentation_url":"https://docs.github.com/rest/overview/resources-in-the-rest-api#secondary-rate-limits","status":"403"}',
    category: 'transient',
    note: 'GitHub secondary rate limit answers 403: the message, not the status, decides',
  },
  {
    line: 'botocore.exceptions.ClientError: An error occurred (ThrottlingException) when calling the PutRecords operation: Rate exceeded',
    category: 'transient',
    note: 'AWS SDK (Python) throttling',
  },
];

/**
 * One case per rule that no other case decided (the rule-coverage test): CDN pages, network codes,
 * HTTP codes, wording and statuses.
 */
export const ruleCoverage: RuleCase[] = [
  {
    line: j({ ts: '2026-03-18T07:00:00Z', level: 'error', destination: 'woocommerce', record_id: 'order-5521', status: 503, body: 'Briefly unavailable for scheduled maintenance. Check back in a minute.' }),
    category: 'outage',
    cause: 'maintenance',
    rule: 'edge/maintenance',
    note: 'WordPress core maintenance page (503) in front of a WooCommerce destination: outage, wait for it',
  },
  {
    line: j({
      level: 'error',
      time: 1773820800000,
      destination: 'postgres',
      msg: 'load batch 12 failed',
      err: { type: 'Error', message: 'connect ECONNREFUSED 10.0.4.17:5432', errno: -111, code: 'ECONNREFUSED', syscall: 'connect', address: '10.0.4.17', port: 5432 },
    }),
    category: 'outage',
    cause: 'ECONNREFUSED',
    rule: 'network/refused-code',
    note: 'pino-serialized Node error: the code under err.code decides before the message',
  },
  {
    line: j({
      ts: '2026-03-18T07:02:00Z',
      level: 'error',
      destination: 'google_drive',
      record_id: 'file_93',
      status: 404,
      error: {
        code: 404,
        message: 'File not found: 1aBcD3eFgH.',
        errors: [{ domain: 'global', reason: 'notFound', message: 'File not found: 1aBcD3eFgH.', locationType: 'parameter', location: 'fileId' }],
      },
    }),
    category: 'validation',
    cause: 'not found',
    rule: 'http/not-found-code',
    note: 'Drive 404 reason notFound: no Google rule owns it, the generic not-found code does',
  },
  {
    line: j({
      ts: '2026-03-18T07:03:00Z',
      level: 'error',
      stage: 'geocode',
      record_id: 'acct-2201',
      url: 'https://maps.googleapis.com/maps/api/geocode/json',
      body: {
        error_message:
          'You have exceeded your daily request quota for this API. If you did not set a custom daily request quota, verify your project has an active billing account: http://g.co/dev/maps-no-account',
        results: [],
        status: 'OVER_QUERY_LIMIT',
      },
    }),
    category: 'plan',
    cause: 'daily quota',
    rule: 'http/daily-quota-message',
    note: 'Maps web service OVER_QUERY_LIMIT on HTTP 200: the daily quota wording decides (plan)',
  },
  {
    line: j({
      ts: '2026-03-18T07:04:00Z',
      level: 'error',
      destination: 'github',
      url: 'https://api.github.com/repos/acme/takedown-example',
      status: 451,
      body: { message: 'Repository access blocked', block: { reason: 'dmca', created_at: '2016-03-17T15:39:46-07:00' } },
    }),
    category: 'permissions',
    cause: 'HTTP 451',
    rule: 'http/451',
    note: 'GitHub 451 for a repository taken down on a DMCA notice',
  },
  {
    line: j({
      ts: '2026-03-18T07:05:00Z',
      level: 'error',
      destination: 'nextcloud',
      url: 'https://cloud.example.com/remote.php/dav/files/sync/exports/orders-2026-03.csv',
      status: 507,
      body: '<?xml version="1.0" encoding="utf-8"?>\n<d:error xmlns:d="DAV:" xmlns:s="http://sabredav.org/ns">\n  <s:exception>Sabre\\DAV\\Exception\\InsufficientStorage</s:exception>\n  <s:message>Insufficient space in /exports/orders-2026-03.csv, 5255006 required, 3350118 available</s:message>\n</d:error>',
    }),
    category: 'plan',
    cause: 'HTTP 507',
    rule: 'http/507',
    note: 'Nextcloud WebDAV 507 (Sabre InsufficientStorage): the user quota is full',
  },
  {
    line: j({ ts: '2026-03-18T07:06:00Z', level: 'error', destination: 'webhook', url: 'https://hooks.example.com/ingest', status: 530, body: 'error code: 1016' }),
    category: 'outage',
    cause: 'HTTP 530',
    rule: 'http/down',
    note: 'Cloudflare 530 with "error code: 1016" (origin DNS error): the destination is unreachable',
  },
  {
    line: j({ ts: '2024-08-05T09:00:23Z', level: 'error', destination: 'pipedrive', record_id: 'deal-1301', status: 501, error: 'Not Implemented' }),
    category: 'validation',
    cause: 'HTTP 501',
    rule: 'http/not-implemented',
    note: 'Pipedrive 501 (non-existent functionality) with only the reason phrase: the connection calls an unsupported endpoint',
  },
];

/** Wording any API uses. */
export const genericWordingCases: RuleCase[] = [
  {
    line: "Appboy SDK Error: Backend error: The API key \"abcd1234\" is invalid.",
    category: "auth",
    rule: "http/auth-message",
    note: "an invalid API key, quoted",
  },
  {
    line: "PHP Fatal error: Uncaught InvalidArgumentException: App API Key not set!",
    category: "auth",
    rule: "http/auth-message",
    note: "no API key configured",
  },
  {
    line: "2026-03-02T10:00:00Z ERROR product sync failed: {'errors': {'handle': ['has already been taken']}}",
    category: "validation",
    note: "Rails uniqueness validation wording",
  },
  // AWS CLI / botocore when the IAM Identity Center (SSO) login behind a profile lapsed.
  {
    line: "2026-03-02T10:00:00Z [error    ] The SSO session associated with this profile has expired or is otherwise invalid. To refresh this SSO session run aws sso login with the corresponding profile.",
    category: "auth",
    rule: "http/auth-message",
    note: "an expired AWS SSO session: log in again",
  },
  {
    line: "ERROR botocore.exceptions.TokenRetrievalError: Error when retrieving token from sso: Token has expired and refresh failed",
    category: "auth",
    note: "botocore's SSO token could not be refreshed",
  },
  // A value outside what the type holds: Python's datetime / dateutil, PostgreSQL 22008 / 22003 wording.
  {
    line: "2026-03-02 21:38:34,995Z    tap - CRITICAL year is out of range: 21202-02-26 00:00:00+00",
    category: "validation",
    rule: "http/validation-message",
    note: "dateutil cannot build a date from the row's value",
  },
  {
    line: "ERROR load failed: value \"3000000000\" is out of range for type integer",
    category: "validation",
    note: "PostgreSQL numeric_value_out_of_range wording",
  },
  {
    line: "ERROR sync failed: ValueError: year 0 is out of range",
    category: "validation",
    note: "Python's datetime on a zero year",
  },
  {
    line: "ERROR request failed: index out of range [3] with length 3",
    category: "unknown",
    note: "a Go panic's index is the program's bug, not a rejected value",
  },
  // A bare "Quota exceeded" is the account's allowance (Honeybadger, Firestore, Vincere); a window
  // named with it ("per minute", "per 100 seconds") is a rate limit and stays transient.
  {
    line: '09:19:23.791 [error] [Honeybadger] API failure: "{\\"error\\":\\"Quota exceeded\\"}"',
    category: 'plan',
    rule: 'http/plan-message',
    note: 'a monitoring API refuses notices over the plan quota',
  },
  {
    line: "ERROR sync failed: 429 Quota exceeded for requests per minute per user",
    category: 'transient',
    note: 'a per-minute quota is a rate limit',
  },
  {
    line: '2026-09-10T10:14:21Z ERROR sync failed: 400015 Your account license expired.',
    category: 'plan',
    rule: 'http/plan-message',
    note: 'an expired licence is the subscription, not the credentials',
  },
  {
    line: 'ERROR sync failed: Server maintenance. Due to server maintenance the server is unavailable. Avoid making API calls during this time.',
    category: 'outage',
    rule: 'edge/maintenance',
    note: 'a maintenance window announced in the body',
  },
  {
    line: "<!DOCTYPE html><html><head><title>We'll be back soon!</title></head><body><h1>We’ll be back soon!</h1><p>Sorry for the inconvenience, we’re performing some maintenance at the moment.</p></body></html>",
    category: 'outage',
    rule: 'edge/maintenance',
    note: 'the maintenance page a site answers instead of its API, with no status or level',
  },
  {
    line: 'WARN export paused: the maximum number of report API requests per day has been reached for this account',
    category: 'plan',
    rule: 'http/daily-quota-message',
    note: 'a daily request cap in words, at WARN',
  },
  {
    line: '{"success":false,"errorInfo":{"message":"Cannot edit this candidate: the API key is lacking the required permission","requestId":"01J0000000000000000000000"}}',
    category: 'permissions',
    rule: 'http/permission-message',
    note: 'a key that lacks a permission, in words',
  },
];

/** The rejected field as clients print it, with no field key (go-github structs, octokit summaries, Rails full messages, pasted curly quotes). */
export const fieldInProseCases: RuleCase[] = [
  {
    line: "failed to create issue: POST https://api.github.com/repos/acme/app/issues: 422 Validation Failed [{Resource:Issue Field:labels Code:invalid Message:}]",
    category: "validation",
    field: "labels",
    note: "go-github prints the errors[] struct",
  },
  {
    line: "Octokit::UnprocessableEntity: POST https://api.github.com/repos/acme/app/issues: 422 - Validation Failed Error summary: resource: Issue code: missing_field field: title",
    category: "validation",
    field: "title",
    note: "octokit.rb's error summary",
  },
  {
    line: "{\"ts\":\"2026-03-02T10:00:00Z\",\"level\":\"error\",\"record_id\":\"c-9\",\"status\":422,\"body\":\"phone - has already been taken\"}",
    category: "validation",
    field: "phone",
    note: "Rails full message: field, dash, message",
  },
  {
    line: "2026-03-02T10:00:00Z ERROR insert failed: ERROR: null value in column “customer_id” violates not-null constraint",
    category: "validation",
    field: "customer_id",
    note: "Postgres not-null violation with the curly quotes of a paste",
  },
  {
    line: "2026-03-02T10:00:00Z ERROR sync failed: Missing required parameter idempotency_key",
    category: "validation",
    field: "idempotency_key",
    note: "a missing required parameter, named",
  },
  {
    line: 'ERROR: invalid input syntax for type timestamp with time zone: "{}"\nWhere: COPY _airbyte_tmp_users, line 1, column _airbyte_extracted_at: "{}"',
    category: "validation",
    destination: "postgres",
    field: "_airbyte_extracted_at",
    note: "PostgreSQL names the column in COPY's error context; the wording is PostgreSQL's",
  },
];

/** A 401 is an authentication failure whatever words its body uses (RFC 9110 §15.5.2). */
export const unauthorizedWordingCases: RuleCase[] = [
  {
    line: "{\"ts\": \"2026-03-02T10:00:00Z\", \"level\": \"error\", \"destination\": \"mailer\", \"status\": 401, \"body\": {\"errors\": [{\"message\": \"Permission denied, wrong credentials\"}]}}",
    category: "auth",
    rule: "http/401-permission-wording",
    note: "401 with \"Permission denied\" in the body",
  },
  {
    line: "{\"ts\": \"2026-03-02T10:00:00Z\", \"level\": \"error\", \"destination\": \"mailer\", \"status\": 403, \"body\": {\"errors\": [{\"message\": \"Permission denied\"}]}}",
    category: "permissions",
    note: "the same words on a 403 are permissions",
  },
];

/** Required-field wording with no level or code in the line. */
export const requiredMissingCases: RuleCase[] = [
  {
    line: "Required fields are missing: [Email__c]",
    category: "validation",
    field: "Email__c",
    rule: "http/validation-message",
    note: "names the field, names no destination",
  },
];

/**
 * Wording every API and client uses, found in real bodies of providers without a module.
 * Sources: RFC 7231 (payment and plans aside), vendors' plan pages (features "only available for
 * paid accounts"), Elasticsearch's Java transport client, Braintree's DownForMaintenanceError,
 * OAuth servers' 400 invalid_grant, Amazon SES "Daily message quota exceeded".
 */
export const planAndReachWordingCases: RuleCase[] = [
  {
    line: '[Error from: http://spider:1024/spider/vm] Status code: 500 Internal Server Error, Message: {"message":"[TencentCloudSDKError] Code=InvalidAccount.InsufficientBalance, Message=The balance of account is not enough., RequestId=834f"}',
    category: 'plan',
    note: 'a cloud account out of balance, relayed by a 500 from the tool in between',
  },
  {
    line: 'ApiError: {"token":"invalid","errors":["application has exceeded current limit of 7500 messages"],"status":0,"request":"a3c47e34"}',
    category: 'plan',
    rule: 'http/plan-message',
    note: 'a notification API’s monthly message allowance used up',
  },
  {
    line: "Caused by: org.apache.hive.service.cli.HiveSQLException: Error while compiling statement: No privilege 'Create' found for outputs { }",
    category: 'permissions',
    rule: 'http/permission-message',
    note: 'Hive’s authorizer: the user lacks the CREATE privilege',
  },
  {
    line: 'Failed to send message: ERROR: could not extend file because project size limit (3072 MB) has been exceeded (SQLSTATE 53100)',
    category: 'plan',
    destination: 'postgres',
    note: 'pgx prints the server’s message then "(SQLSTATE …)": a PostgreSQL error, out of disk for its plan',
  },
  {
    line: '15:11:08\tError\tException: Request failed for https://api.example.org/v2/docs returned code 401',
    category: 'auth',
    note: 'an Apps Script execution log copied with its tab-separated level column; UrlFetchApp names the status',
  },
  {
    line: '{"status":{"code":401,"is_success":false,"user_message":"The API is not accessible to unpaid accounts.","developer_message":null},"data":null}',
    category: 'plan',
    rule: 'http/plan-message',
    note: 'a 401 whose words are about the account’s tier (user_message is a message key)',
  },
  {
    line: 'ERROR zoom sync: Only available for Paid account.',
    category: 'plan',
    rule: 'http/plan-message',
  },
  {
    line: 'ERROR upload failed: storage_limit_exceeded - Account storage limit reached',
    category: 'plan',
    rule: 'http/plan-message',
  },
  {
    line: 'The job was not started because your account is locked due to a billing issue.',
    category: 'plan',
    rule: 'http/plan-message',
    note: 'no level: "billing" and "locked" are error words',
  },
  {
    line: '<ErrorResponse><Error><Code>Throttling</Code><Message>Daily message quota exceeded.</Message></Error></ErrorResponse>',
    category: 'plan',
    rule: 'http/daily-quota-message',
    note: 'a daily cap worded as throttling is still a daily cap',
  },
  {
    line: 'Authorization failed because your account lacks access to the required scopes [crm.objects.deals.read]',
    category: 'permissions',
    rule: 'http/scope-message',
  },
  {
    line: 'ERROR update failed: Id not specified in an update call',
    category: 'validation',
    rule: 'http/validation-message',
  },
  {
    line: 'Config validation error: Invalid creds were provided, please check your api token, domain and/or email.',
    category: 'auth',
    rule: 'http/auth-message',
    note: '"validation error" of a form whose cause is the credentials',
  },
  {
    line: 'Exception: DNS error: https://acme.my.example.com/services/data/v58.0/query',
    category: 'outage',
    rule: 'network/host-not-found',
  },
  {
    line: 'ERROR Unable to connect to warehouse: Network error. Could not reach the server.',
    category: 'outage',
    rule: 'network/unreachable',
  },
  {
    line: 'Braintree::DownForMaintenanceError: Braintree::DownForMaintenanceError',
    category: 'outage',
    destination: 'braintree',
    rule: 'braintree/maintenance',
  },
  {
    line: 'ERROR: site down for maintenance, please come back later',
    category: 'outage',
    destination: null,
    rule: 'edge/maintenance',
    note: 'maintenance words name no provider (Salesforce’s rule needs a Salesforce line)',
  },
  {
    line: 'org.elasticsearch.client.transport.NoNodeAvailableException: None of the configured nodes are available: [{#transport#-1}{10.0.0.5}{10.0.0.5:9300}]',
    category: 'outage',
    destination: 'elasticsearch',
    rule: 'elasticsearch/no-living-connections',
  },
  {
    line: 'discord.errors.HTTPException: 429 Too Many Requests (error code: 0): You are being rate limited.',
    category: 'transient',
    note: 'Cloudflare words on Discord’s API: not Pipedrive’s rule',
  },
  {
    line: 'Error loading deals RequiredError: Required parameter dealId was null or undefined when calling getDeal.',
    category: 'validation',
    field: 'dealId',
    rule: 'http/required-parameter',
    note: 'an openapi-generator client refuses the call before sending it',
  },
  {
    line: 'ERROR quota: Your account reached its email quota limit. Contact support to increase it.',
    category: 'plan',
    rule: 'http/plan-message',
  },
  {
    line: 'The job was not started because recent account payments have failed or your spending limit needs to be increased.',
    category: 'plan',
    rule: 'http/plan-message',
  },
  {
    line: '2026-07-01 09:00:00 +0000 [warn]: temporarily failed to flush the buffer. error_class="Seahorse::Client::NetworkingError" error="execution expired"',
    category: 'transient',
    rule: 'network/timeout',
    note: 'Ruby’s Timeout::Error message',
  },
  {
    line: '2026-07-01T09:00:00Z ERROR sync failed: POST sqs.eu-west-1.amazonaws.com/ -> 403 <ErrorResponse><Error><Type>Sender</Type><Code>InvalidClientTokenId</Code><Message>The security token included in the request is invalid.</Message></Error></ErrorResponse>',
    category: 'auth',
    rule: 'http/auth-message',
    note: 'AWS’s query-protocol answer to an unknown key id, on any AWS service',
  },
  {
    line: 'Could not create the log group: SubscriptionRequiredException: The AWS Access Key Id needs a subscription for the service',
    category: 'plan',
    rule: 'http/plan-message',
  },
  {
    line: 'ERROR GET https://api.example.com/v1/jobs -> 503 {"error":{"name":"MAINTENANCE","message":"Planned maintenance. Please check the service alerts."}}',
    category: 'outage',
    rule: 'edge/maintenance',
  },
  {
    line: '[ERROR]\t2026-07-01T09:00:00.519Z\t3148ff81-f3ec-4e5b-a265-f4feb94e34b6\terror: missing_scope',
    category: 'permissions',
    rule: 'http/scope-message',
    note: 'an API error string in prose, from an AWS Lambda log line',
  },
  {
    line: "'PG_USER \"sync\" needs to be superuser or have permission to read, create and destroy replication slots to perform this action.'",
    category: 'permissions',
    rule: 'sqlstate/insufficient-privilege-message',
  },
  {
    line: '2026/07/01 09:00:00.005930 transport.go:50: WARN DNS lookup failure "logs.example.net": lookup logs.example.net: No address associated with hostname',
    category: 'outage',
    rule: 'network/host-not-found',
  },
  {
    line: 'User: arn:aws:iam::123456789012:user/sync is not authorized to perform: kinesis:PutRecords on resource: arn:aws:kinesis:us-east-1:123456789012:stream/events',
    category: 'permissions',
    note: 'no level: "not authorized" is an error word',
  },
  {
    line: 'Error: HTTP 500: insufficient balance (1008)',
    category: 'plan',
    rule: 'http/plan-message',
    note: 'a plan refusal behind a 500: the wording decides',
  },
  {
    line: 'ERROR sync failed: POST api.example.com/v1/keys -> 403 {"message":"API subscription is required, but it is currently expired."}',
    category: 'plan',
    rule: 'http/plan-message',
  },
  {
    line: 'Error: Invalid login: 535-5.7.8 Username and Password not accepted.',
    category: 'auth',
    rule: 'http/auth-message',
    note: 'SMTP 535 5.7.8: the mail server refused the login',
  },
  {
    line: "ERROR AuthorizationFailed: The client 'sync-app' does not have authorization to perform action 'Microsoft.Storage/storageAccounts/read' over scope '/subscriptions/x'",
    category: 'permissions',
    destination: 'azure',
    rule: 'azure/authorization-failed-message',
    note: 'the Azure RBAC wording names Azure Resource Manager',
  },
];

/**
 * Entra ID numbers for access the tenant withheld, whatever OAuth code carries them.
 * Source: learn.microsoft.com/entra/identity-platform/reference-error-codes (AADSTS65001,
 * AADSTS650052, AADSTS50105, AADSTS53003).
 */
export const entraConsentCases: RuleCase[] = [
  {
    line: JSON.stringify({ level: 'error', msg: 'token request failed', status: 400, body: { error: 'invalid_client', error_description: "AADSTS650052: The app is trying to access a service '00000007-0000-0000-c000-000000000000'(Dynamics CRM) that your organization lacks a service principal for. Contact your IT Admin to review the configuration of your service subscriptions or consent to the application in order to create the required service principal.", error_codes: [650052] } }),
    category: 'permissions',
    rule: 'oauth/entra-consent-code',
    note: 'invalid_client, but 650052: a service the tenant has not enabled, not a bad secret',
  },
  {
    line: "ERROR msal.acquire_token_silent failed: AADSTS65001: The user or administrator has not consented to use the application with ID 'c0ffee00-1111-2222-3333-444455556666' named 'sync-app'. Send an interactive authorization request for this user and resource.",
    category: 'permissions',
    rule: 'oauth/entra-consent',
    note: 'AADSTS65001 with no OAuth code in the text: consent',
  },
  {
    line: "ERROR sign-in for sync user failed: AADSTS50105: Your administrator has configured the application sync-app ('c0ffee00-1111-2222-3333-444455556666') to block users unless they are specifically granted ('assigned') access to the application.",
    category: 'permissions',
    rule: 'oauth/entra-consent',
    note: 'AADSTS50105: the user is not assigned to the app',
  },
];

/** An access code whose message says the token itself is bad; Google's internalError reason is Google's only on its lines. */
export const tokenAndGrpcNameCases: RuleCase[] = [
  {
    line: '{"level":"error","status":401,"body":{"errorDescription":"Access token is unknown or invalid","error":"not_authorized"}}',
    category: 'auth',
    rule: 'oauth/denied-token-invalid',
    note: 'Wrike-style 401: the code says access, the message says the token (developers.wrike.com errors)',
  },
  {
    line: '{"level":"error","url":"https://sheets.googleapis.com/v4/spreadsheets/abc/values:append","status":500,"body":{"error":{"code":500,"message":"Internal error encountered.","errors":[{"message":"Internal error encountered.","domain":"global","reason":"internalError"}]}}}',
    category: 'transient',
    destination: 'google',
    rule: 'google/internal-error',
    note: 'the internalError reason on a Google API line',
  },
  {
    line: 'ERROR ads sync failed: HTTP/1.1 500 Internal Server Error <OperationError><Code>0</Code><ErrorCode>InternalError</ErrorCode><Message>An internal error has occurred.</Message></OperationError>',
    category: 'transient',
    destination: null,
    note: 'InternalError on a line that names no API is not Google’s',
  },
  {
    line: 'ERROR export job 4411 refused: too many concurrent requests for this workspace, wait for the running ones',
    category: 'transient',
    rule: 'http/rate-limit-message',
    note: 'too many … requests with words between: a concurrency limit',
  },
  {
    line: 'ERROR sync.client: upload of batch 12 failed: a temporary error has occurred, please retry',
    category: 'transient',
    rule: 'http/server-error-message',
    note: 'the server says the failure is temporary',
  },
  {
    line: "jsonschema.exceptions.ValidationError: 'email' is a required property",
    category: 'validation',
    field: 'email',
    rule: 'http/json-schema-validation',
    note: 'python-jsonschema (docs, "Handling Validation Errors"): a record missing a required property; Singer targets validate each record with it',
  },
  {
    line: "Failed validating 'type' in schema['properties']['amount']:",
    category: 'validation',
    field: 'amount',
    rule: 'http/json-schema-validation',
    note: 'python-jsonschema prints the keyword that failed and the schema path under the error: the last property is the field',
  },
  {
    line: 'sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) could not translate host name "warehouse" to address: Try again',
    category: 'transient',
    rule: 'network/dns-temporary',
    note: 'musl (Alpine images) words EAI_AGAIN "Try again" where glibc says "Temporary failure in name resolution"',
  },
  {
    line: 'ERROR sync failed: getaddrinfo ENOTFOUND db-redis-nyc1-01234-do-user-567-0.db.ondigitalocean.com',
    category: 'outage',
    destination: 'redis',
    rule: 'network/host-not-found',
    note: 'a managed database host is named by its engine word, not the cloud that hosts it',
  },
  {
    line: '2022-11-23T06:07:14Z ERR sync failed error="operation error S3: PutObject, failed to sign request: failed to retrieve credentials: operation error STS: AssumeRoleWithWebIdentity, https response error StatusCode: 403, RequestID: 1, api error ExpiredTokenException: Token expired: current date/time 1 must be before the expiration date/time 0"',
    category: 'auth',
    destination: 'sts',
    note: 'aws-sdk-go-v2 nests the call that failed inside the one it served (credentials for S3 come from STS): the innermost service answered',
  },
  {
    line: "[2024/02/01 10:00:05] [ warn] [engine] failed to flush chunk '1-1706781600.123456789.flb', retry in 9 seconds: task_id=3, input=tail.0 > output=http.0 (out_id=0)",
    category: 'transient',
    rule: 'network/output-flush-retry',
    note: 'Fluent Bit docs (Scheduling and Retries): the engine retries a chunk an output failed; the output’s own lines name why',
  },
  {
    line: "[2024/02/01 10:00:05] [ warn] [net] getaddrinfo(host='logs-collector', err=4): Domain name not found",
    category: 'outage',
    rule: 'network/host-not-found',
    note: 'Fluent Bit resolves with c-ares, whose ARES_ENOTFOUND reads "Domain name not found"; logged at warn, still a failure',
  },
  {
    line: '** (FunctionClauseError) no function clause matching in MyApp.Client.handle/1\n    (my_app) lib/my_app/client.ex:12: MyApp.Client.handle(%HTTPotion.ErrorResponse{message: "req_timedout"})',
    category: 'transient',
    rule: 'network/timeout',
    note: 'ibrowse (under HTTPotion) reports a request that timed out as req_timedout',
  },
  {
    line: 'ERROR create failed: HTTP 400 {"email": ["Enter a valid email address."], "zip_code": ["This field may not be blank."]}',
    category: 'validation',
    field: 'email, zip_code',
    note: 'Django REST Framework answers a failed serializer with field → messages and nothing else (DRF docs, "Validators" and "Exceptions")',
  },
  {
    line: '{"tags": ["vip", "beta"]}',
    category: 'none',
    note: 'near miss: a list of words under one key is a record, not a field → messages body',
  },
  {
    line: 'ERROR charge failed: The merchant has not given your application sufficient permissions to do that. The merchant must authorize your application for the following scopes: PAYMENTS_WRITE',
    category: 'permissions',
    rule: 'http/scope-message',
    note: 'an OAuth app asked to be authorised for more scopes (Square’s INSUFFICIENT_SCOPES detail words it so)',
  },
  {
    line: 'WARN upsert failed: An unexpected error has occurred. Please retry your request later.',
    category: 'transient',
    rule: 'http/server-error-message',
    note: 'the API says to retry later (Meta Graph API code 2 wording)',
  },
  {
    line: 'ERROR list tasks failed: The result is too large. You should use pagination!',
    category: 'validation',
    rule: 'http/validation-message',
    note: 'the request asked for more than one answer may hold (Asana’s errors docs): fix the request',
  },
  {
    line: 'ERROR Uncaught Exception: Error: 541, Invalid postcode: 0000, should be in format of: #####',
    category: 'validation',
    rule: 'http/validation-message',
    note: '541 is the carrier API’s own code, no HTTP status: the wording decides',
  },
  {
    line: '2024-02-11 21:50:18,957 [WARNING ] Error creating records: <Response [422]>',
    category: 'validation',
    rule: 'http/4xx',
    note: 'a Python requests Response printed as is carries its status in brackets (requests docs: Response.__repr__)',
  },
  {
    line: '✘ ERROR a request to the API failed. your account has reached the free usage limit for this operation for today [code: 10048]',
    category: 'plan',
    rule: 'http/daily-quota-message',
    note: 'a free tier’s daily allowance used up (Cloudflare Workers KV free-plan limits page): no retry helps before the reset',
  },
  {
    line: 'Caused by: com.box.sdk.BoxAPIException: The API returned an error code: 503',
    category: 'transient',
    rule: 'http/5xx',
    note: 'the Box Java SDK words the status "error code" (box-java-sdk BoxAPIException)',
  },
  {
    line: 'ERROR: unable to authorize account: 500 internal_error Unexpected exception',
    category: 'transient',
    rule: 'http/5xx',
    note: 'B2’s tools print the status then B2’s snake_case code (Backblaze B2 docs, "Error Handling")',
  },
  {
    line: "ERROR sync failed: Your application isn't assigned to the appropriate scope, so it can't perform this action",
    category: 'permissions',
    rule: 'http/scope-message',
    note: 'an app not granted the scope the call needs (Planday API docs wording)',
  },
  {
    line: '0: 403 Forbidden Reason: {"message":"FREE plan limit reached. Upgrade to continue."}',
    category: 'plan',
    rule: 'http/plan-message',
    note: 'a free plan’s allowance used up, answered 403: the wording decides, not the status',
  },
  {
    line: '2026-03-01T10:00:00Z INFO batch done: synced 500 new_contacts',
    category: 'none',
    note: 'near miss: a count before a snake_case word is no status',
  },
];
