import type { Provider } from './provider.js';

/**
 * Keap, formerly Infusionsoft (`api.infusionsoft.com/crm/rest/v1|v2/…`, XML-RPC at
 * `api.infusionsoft.com/crm/xmlrpc/v1` and the legacy `<app>.infusionsoft.com/api/xmlrpc`; OAuth
 * tokens from `api.infusionsoft.com/token`, or a Personal Access Token / Service Account Key sent
 * as `X-Keap-API-Key`). Three shapes:
 * - the REST application error `{"code":…,"message":"…","status":…,"details":[…]}`: the status
 *   decides (400 / 404 the record, 401 the token, 403 the user's permissions, 429 the quota).
 * - the Apigee gateway in front of it, which rejects credentials and throttles before Keap sees
 *   the request: `{"fault":{"faultstring":"Invalid Access Token","detail":{"errorcode":
 *   "keymanagement.service.invalid_access_token"}}}`. `oauth.v2.InvalidAccessToken` (no
 *   credential reached Keap), `keymanagement.service.invalid_access_token`,
 *   `keymanagement.service.access_token_expired`, `keymanagement.service.access_token_not_approved`,
 *   `keymanagement.service.invalid_client-client_id_not_approved`: auth. These codes are Apigee's,
 *   so they decide Keap's lines only.
 * - XML-RPC faults with a numeric faultCode and a tagged faultString, `[RecordNotFound]…`,
 *   `[Loading]Error loading follow-up sequence`: 2 InvalidKey, 13 FailedLoginAttempt, 15
 *   FailedLoginAttemptPasswordExpired (auth); 7 NoTableAccess, 8 NoFieldAccess, 14 NoAccess
 *   (permissions); 5 RecordNotFound, 9 NoTableFound, 10 NoFieldFound, 11 NoFields, 12
 *   InvalidParameter (validation); 3 UnexpectedError, 4 DatabaseError (transient). The Ruby gem
 *   raises `Infusionsoft::InvalidKeyError`, `Infusionsoft::RecordNotFoundError`… with the
 *   faultString; infusionsoft-php wraps HTTP failures in `Infusionsoft\Http\HttpException` and an
 *   expired token in `Infusionsoft\TokenExpiredException`.
 * Sources: nateleavitt/infusionsoft lib/infusionsoft/exception_handler.rb (faultCode → class) and
 * exceptions.rb, #42 ([Loading]); infusionsoft/infusionsoft-php #114, #158, #228;
 * infusionsoft/Official-API-Python-Library #11 (KeyInvalid); the Apigee fault codes handled by a
 * public Keap integration (pmpro-keap ERROR_CODES) and measured in a public Keap app's notes
 * (401 errorcodes per request, x-keap-product-quota / throttle headers); a public memberium
 * check for `[RecordNotFound]` in faultString; developer.keap.com REST and XML-RPC references.
 */
const K = ['keap'];

/** The XML-RPC faultString tags and the Ruby gem's classes for them. */
const fault = (tags: string, classes: string): RegExp => new RegExp(`\\[(?:${tags})\\]|\\bInfusionsoft::(?:${classes})\\b`);

export const provider: Provider = {
  name: 'keap',
  display: 'Keap',
  aliases: ['infusionsoft'],
  hints: ['(?:[\\w-]+\\.)?infusionsoft\\.com', 'infusionsoft\\w*', 'keap'],
  links: {
    auth: 'https://developer.keap.com/docs/rest/',
    permissions: 'https://developer.keap.com/docs/rest/',
    plan: 'https://keap.com/pricing',
    validation: 'https://developer.keap.com/docs/rest/',
    transient: 'https://developer.keap.com/docs/rest/',
    outage: 'https://status.thryv.com',
  },
  rules: [
    {
      id: 'keap/gateway-token',
      category: 'auth',
      cause: '{code}',
      code: [
        'keymanagement.service.invalid_access_token',
        'keymanagement.service.access_token_expired',
        'keymanagement.service.access_token_not_approved',
        'keymanagement.service.invalid_client-client_id_not_approved',
        'oauth.v2.InvalidAccessToken',
      ],
      destination: K,
      summary: 'Keap rejected the access token or key ({code})',
      fix: 'Refresh the OAuth token (Keap rotates the refresh token on every refresh: store the new one) or reconnect; for a Personal Access Token or Service Account Key, create a new one in Keap (Settings → API); pause the sync until then.',
    },
    {
      id: 'keap/xmlrpc-auth',
      category: 'auth',
      cause: 'XML-RPC key rejected',
      message: fault('InvalidKey|FailedLoginAttempt\\w*', 'InvalidKeyError|FailedLoginAttempt\\w*Error|InvalidConfigError'),
      summary: 'Keap rejected the API key of the XML-RPC call',
      fix: 'Use a valid OAuth token or Service Account Key (legacy API keys are being retired); pause the sync until then.',
    },
    {
      id: 'keap/xmlrpc-no-access',
      category: 'permissions',
      cause: 'no table or field access',
      message: fault('NoTableAccess|NoFieldAccess|NoAccess', 'NoTableAccessError|NoFieldAccessError|NoAccessError'),
      summary: 'Keap user may not read or write this table or field',
      fix: 'Connect as a Keap user with access to the table and fields the sync uses (or drop the field from the mapping); keep syncing the rest.',
    },
    {
      id: 'keap/xmlrpc-invalid',
      category: 'validation',
      cause: 'record or field not found',
      message: fault('RecordNotFound|NoTableFound|NoFieldFound|NoFields|InvalidParameter', 'RecordNotFoundError|NoTableFoundError|NoFieldFoundError|NoFieldsError|InvalidParameterError'),
      summary: 'Keap rejected the XML-RPC call for this record (a record, table or field that does not exist)',
      fix: 'Re-resolve the Keap id (deleted or merged record) or fix the field name in the mapping (custom fields start with an underscore); retrying as is fails again.',
    },
    {
      id: 'keap/xmlrpc-server',
      category: 'transient',
      cause: 'Keap database error',
      message: fault('DatabaseError|UnexpectedError', 'DatabaseError|UnexpectedError'),
      summary: 'Keap failed to process the XML-RPC call',
      fix: 'Retry with backoff; contact Keap support if it persists.',
    },
    {
      id: 'keap/token-expired-sdk',
      category: 'auth',
      cause: 'TokenExpiredException',
      message: /\bInfusionsoft\\TokenExpiredException\b/,
      summary: 'Keap access token expired and was not refreshed',
      fix: 'Refresh the token with the stored refresh token (and save the new refresh token Keap returns), or reconnect; pause the sync until then.',
    },
  ],
};
