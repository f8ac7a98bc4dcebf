import type { RuleCase } from '../rule-tester.js';

/**
 * Meta Graph / Marketing API. Bodies from developers.facebook.com/docs/graph-api/guides/error-handling
 * and real ones in singer-io/tap-facebook#192 and #93, airbytehq/airbyte#8773 and #10655,
 * facebook-python-business-sdk#333 and #416, restfb#1075, php-graph-sdk#999.
 */
const j = (o: object) => JSON.stringify(o);
const fb = (error: object) => j({ error });

export const facebookCases: RuleCase[] = [
  // ---------------------------------------------------------------- rate limits (transient)
  {
    line: '2021-12-14 10:01:02 ERROR Status:  400 Response: {"error":{"message":"(#80004) There have been too many calls to this ad-account. Wait a bit and try again. For more info, please refer to https://developers.facebook.com/docs/graph-api/overview/rate-limiting.","type":"OAuthException","code":80004,"error_subcode":2446079,"fbtrace_id":"AFm-w0VSqFxoRyuKXJgg48H"}}',
    category: 'transient',
    cause: '80004 rate limit',
    destination: 'facebook',
    rule: 'facebook/rate-limit',
    note: '80004 Business Use Case limit on an ad account (airbyte#8773): a window, not a plan limit',
  },
  {
    line: j({
      ts: '2026-03-04T10:00:00Z',
      level: 'error',
      destination: 'facebook_ads',
      status: 400,
      response: fb({ message: '(#17) User request limit reached', type: 'OAuthException', is_transient: true, code: 17, error_subcode: 2446079, fbtrace_id: 'HsDsvTm9trr' }),
    }),
    category: 'transient',
    cause: '17 rate limit',
    destination: 'facebook',
    rule: 'facebook/rate-limit',
    note: '17 user request limit on HTTP 400: the code, not the status, decides',
  },
  {
    line: fb({ message: '(#4) Application request limit reached', type: 'OAuthException', is_transient: true, code: 4, fbtrace_id: 'A1b2c3D4' }),
    category: 'transient',
    destination: 'facebook',
    rule: 'facebook/rate-limit',
    note: '4 app-level limit; fbtrace_id names Meta when the log does not',
  },
  {
    line: fb({ message: '(#613) Calls to this api have exceeded the rate limit.', type: 'OAuthException', code: 613, error_subcode: 1487742, fbtrace_id: 'Bx9' }),
    category: 'transient',
    cause: '613 rate limit',
    rule: 'facebook/rate-limit',
    note: '613 ad-account mutation limit',
  },
  {
    line: 'com.restfb.exception.FacebookOAuthException: Received Facebook error response of type OAuthException: (#17) User request limit reached (code 17, subcode 2446079)',
    category: 'transient',
    destination: 'facebook',
    rule: 'facebook/rate-limit-message',
    note: 'restfb prints the message and code in prose, no body',
  },
  // ---------------------------------------------------------------- 190 access token (auth)
  {
    line: j({
      level: 'error',
      status: 400,
      body: fb({
        message: 'Error validating access token: Session has expired on Thursday, 05-Jan-17 03:00:00 PST. The current time is Thursday, 05-Jan-17 05:12:48 PST.',
        type: 'OAuthException',
        code: 190,
        error_subcode: 463,
        fbtrace_id: 'A1b2C3',
      }),
    }),
    category: 'auth',
    destination: 'facebook',
    rule: 'facebook/token-expired',
    note: '190/463: the user token expired',
  },
  {
    line: fb({
      message: 'Error validating access token: The session has been invalidated because the user changed their password or Facebook has changed the session for security reasons.',
      type: 'OAuthException',
      code: 190,
      error_subcode: 460,
      fbtrace_id: 'Dk2',
    }),
    category: 'auth',
    rule: 'facebook/token-invalidated-by-user',
    note: '190/460: password changed',
  },
  {
    line: fb({ message: 'Error validating access token: User 1234567 has not authorized application 98765.', type: 'OAuthException', code: 190, error_subcode: 458, fbtrace_id: 'Ek3' }),
    category: 'auth',
    rule: 'facebook/token-invalidated-by-user',
    note: '190/458: the user removed the app',
  },
  {
    line: fb({ message: 'Invalid OAuth access token - Cannot parse access token', type: 'OAuthException', code: 190, fbtrace_id: 'Fm4' }),
    category: 'auth',
    cause: '190 invalid access token',
    rule: 'facebook/invalid-token',
    note: '190 with no subcode: invalid or revoked',
  },
  {
    line: '2024-03-02 11:04:09 ERROR source-facebook-marketing - Error validating access token: The user has not authorized application 1234567.',
    category: 'auth',
    destination: 'facebook',
    rule: 'facebook/token-message',
    note: 'the connector logs Meta’s token wording without the body',
  },
  // ---------------------------------------------------------------- permissions
  {
    line: fb({ message: '(#200) Requires business_management permission to manage the object', type: 'OAuthException', code: 200, fbtrace_id: 'Gn5' }),
    category: 'permissions',
    cause: '200 permission missing',
    destination: 'facebook',
    rule: 'facebook/permission',
    note: 'code 200 is no HTTP 200: a Meta permission error, never "not an error"',
  },
  {
    line: j({ level: 'error', destination: 'facebook', status: 403, error: { message: '(#294) Managing advertisements requires an access token with the extended permission for ads_management', type: 'OAuthException', code: 294, fbtrace_id: 'Hp6' } }),
    category: 'permissions',
    cause: '294 permission missing',
    rule: 'facebook/permission',
    note: '294: ads_management not granted',
  },
  {
    line: '2024-03-02 11:04:09 ERROR source-facebook-marketing - (#10) Application does not have permission for this action',
    category: 'permissions',
    destination: 'facebook',
    rule: 'facebook/permission-message',
    note: '(#10) in prose',
  },
  {
    line: 'Response: {"error":{"type":"GraphMethodException","message":"Unsupported get request. Object with ID \'act_4123412341234\' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api","code":100,"fbtrace_id":"AkC_QOl81J_K3geIwCnMSj9","error_subcode":33}}',
    category: 'permissions',
    destination: 'facebook',
    rule: 'facebook/object-not-accessible',
    note: '100/33 on an ad account that worked before (tap-facebook#93): access lost, not a bad parameter',
  },
  {
    line: "com.restfb.exception.FacebookGraphException: Received Facebook error response of type GraphMethodException: Unsupported get request. Object with ID 'me' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api (code 100, subcode 33) 'null - null'",
    category: 'permissions',
    destination: 'facebook',
    rule: 'facebook/object-not-accessible-message',
    note: 'restfb#1075: the same 100/33 in prose',
  },
  {
    line: fb({ message: "It looks like you were misusing this feature by going too fast. You've been temporarily blocked from using it.", type: 'OAuthException', code: 368, error_subcode: 1390008, fbtrace_id: 'Jq7' }),
    category: 'permissions',
    rule: 'facebook/temporarily-blocked',
    note: '368 temporarily blocked for policy reasons: not a short retry',
  },
  // ---------------------------------------------------------------- validation
  {
    line: j({ level: 'error', status: 400, error: { message: '(#100) The parameter page_id is required', type: 'OAuthException', code: 100, fbtrace_id: 'Kr8' } }),
    category: 'validation',
    field: 'page_id',
    destination: 'facebook',
    rule: 'facebook/invalid-parameter',
    note: '100 invalid parameter names the field',
  },
  {
    line: '2024-03-02 11:04:09 ERROR tap-facebook - (#100) Tried accessing nonexisting field (video_avg_pct_watched_actions) on node type (AdsInsights)',
    category: 'validation',
    field: 'video_avg_pct_watched_actions',
    destination: 'facebook',
    rule: 'facebook/invalid-parameter-message',
    note: 'a field removed from the API version: the mapping',
  },
  {
    line: fb({ message: '(#506) Duplicate status message', type: 'OAuthException', code: 506, fbtrace_id: 'Ls9' }),
    category: 'validation',
    rule: 'facebook/duplicate-post',
    note: '506 duplicate post',
  },
  // ---------------------------------------------------------------- temporary (1, 2)
  {
    line: fb({ message: 'An unexpected error has occurred. Please retry your request later.', type: 'OAuthException', is_transient: true, code: 2, fbtrace_id: 'Mt0' }),
    category: 'transient',
    cause: '2 temporary Meta error',
    rule: 'facebook/unknown-or-service',
    note: '2 API service: temporary',
  },
  {
    line: j({ level: 'error', destination: 'facebook', status: 500, error: { message: "Please reduce the amount of data you're asking for, then retry your request", type: 'OAuthException', code: 1, fbtrace_id: 'Nu1' } }),
    category: 'transient',
    rule: 'facebook/unknown-or-service',
    note: '1 API unknown on insights: retry smaller',
  },
  // ---------------------------------------------------------------- near misses
  {
    line: j({ level: 'error', destination: 'partner_api', status: 400, error: { code: 100, message: "Parameter 'email' is invalid" } }),
    category: 'validation',
    rule: 'http/validation-message',
    note: 'near miss: code 100 from another API is not Meta’s invalid parameter',
  },
  {
    line: j({ level: 'error', destination: 'acme_api', status: 429, error: { code: 17, message: 'Too many requests' } }),
    category: 'transient',
    rule: 'http/rate-limit-message',
    note: 'near miss: code 17 elsewhere is not Meta’s user request limit',
  },
];
