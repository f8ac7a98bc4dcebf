import type { Provider } from './provider.js';

/**
 * Oracle NetSuite: SuiteTalk SOAP faults (`<platformFaults:code>INVALID_LOGIN_CREDENTIALS</…>`,
 * read from prose as SCREAMING_SNAKE codes), REST web services problem documents
 * (`{"type":"https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.1","title":"Bad
 * Request","status":400,"o:errorDetails":[{"detail","o:errorCode","o:errorPath"}]}` — extract reads
 * `detail` but not `o:errorCode` / `o:errorPath`) and RESTlet errors `{"error":{"code","message"}}`.
 * Concurrency governance rejects a request over the account's limit: transient (the RESTlet form
 * is an HTTP 400).
 * Sources: docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/bridgehead_1525252812.html
 * (Errors Related to Concurrency Violations: SSS_REQUEST_LIMIT_EXCEEDED on a 400,
 * ExceededRequestLimitFault WS_CONCUR_SESSION_DISALLWD, ExceededConcurrentRequestLimitFault
 * WS_REQUEST_BLOCKED); section_4502013915.html (TBA governance); the SOAP FaultCodeType and
 * StatusDetailCodeType enumerations (INVALID_LOGIN_CREDENTIALS, INVALID_LOGIN_ATTEMPT,
 * INSUFFICIENT_PERMISSION, USER_ERROR, ACCT_TEMP_UNAVAILABLE, UNEXPECTED_ERROR, WS_FEATURE_REQD…);
 * the REST "Invalid login attempt. For more details, see the Login Audit Trail" wording.
 */
const N = ['netsuite'];

export const provider: Provider = {
  name: 'netsuite',
  display: 'NetSuite',
  keys: { code: ['o:errorCode'], field: ['o:errorPath'], body: ['o:errorDetails'] },
  aliases: ['suitetalk'],
  hints: [
    '[\\w-]+\\.suitetalk\\.api\\.netsuite\\.com',
    '[\\w-]+\\.restlets\\.api\\.netsuite\\.com',
    '[\\w-]+\\.app\\.netsuite\\.com',
    'webservices\\.netsuite\\.com',
    'netsuitesdk',
    'tap-netsuite',
    'netsuite',
    // Its own wording for a missing or invalid field (USER_ERROR, INVALID_FLD_VALUE), as relayed without a code.
    'Please enter value\\(s\\) for:',
    'You have entered an Invalid Field Value',
  ],
  // REST web services' problem documents carry Oracle's "o:" extension members.
  bodyKeys: ['o:errorDetails', 'o:errorCode', 'o:errorPath'],
  links: {
    transient: 'https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/bridgehead_1525252812.html',
  },
  rules: [
    {
      id: 'netsuite/concurrency-limit',
      category: 'transient',
      cause: '{code}',
      code: ['WS_CONCUR_SESSION_DISALLWD', 'WS_REQUEST_BLOCKED', 'SSS_REQUEST_LIMIT_EXCEEDED', 'WS_EXCEEDED_CONCUR_USERS_ALLWD'],
      summary: 'NetSuite concurrency limit exceeded ({code})',
      fix: 'Retry with backoff; serialise requests or lower the integration’s concurrency below the account limit (Setup → Integration → Integration Governance).',
    },
    {
      id: 'netsuite/invalid-login',
      category: 'auth',
      cause: '{code}',
      // REST answers a bad token as a problem document titled "Unauthorized" (o:errorCode is not read).
      code: ['INVALID_LOGIN_CREDENTIALS', 'INVALID_LOGIN_ATTEMPT', 'INVALID_LOGIN', 'LOGIN_DISABLED', 'TWO_FA_REQD', 'INVALID_ACCT', 'ROLE_REQUIRED', 'INVALID_ROLE', 'Unauthorized'],
      destination: N,
      summary: 'NetSuite rejected the login or token ({code})',
      fix: 'Check the account id, the token id/secret and consumer key/secret (a revoked or expired token, a disabled integration record or role); the Login Audit Trail shows why. Pause the sync until then.',
    },
    {
      id: 'netsuite/insufficient-permission',
      category: 'permissions',
      cause: '{code}',
      code: ['INSUFFICIENT_PERMISSION', 'WS_PERMISSION_REQD', 'OI_PERMISSION_REQD'],
      destination: N,
      summary: 'NetSuite role lacks a permission ({code})',
      fix: 'Give the integration role the permission the message names (Setup → Users/Roles → Manage Roles); keep syncing other records.',
    },
    {
      id: 'netsuite/feature-required',
      category: 'plan',
      cause: '{code}',
      code: ['WS_FEATURE_REQD', 'OI_FEATURE_REQD', 'FEATURE_DISABLED'],
      destination: N,
      summary: 'NetSuite feature not enabled for the account ({code})',
      fix: 'Enable the feature (Setup → Company → Enable Features: SuiteCloud / web services), or buy the module it needs.',
    },
    {
      id: 'netsuite/account-unavailable',
      category: 'outage',
      cause: 'ACCT_TEMP_UNAVAILABLE',
      code: ['ACCT_TEMP_UNAVAILABLE'],
      summary: 'NetSuite account temporarily unavailable (upgrade or maintenance)',
      fix: 'Nothing to fix on the records: wait for the account to come back (release upgrades, maintenance) and resume.',
    },
    // A role without the permission is reported as a USER_ERROR too: its wording tells it apart.
    {
      id: 'netsuite/role-permission',
      category: 'permissions',
      cause: 'role lacks permission',
      code: ['USER_ERROR'],
      destination: N,
      message: /\b(?:current )?role does not have (?:the )?permission\b|\bYou do not have permissions? to\b/i,
      summary: 'NetSuite role lacks the permission for this record or action',
      fix: 'Give the integration role the permission (Setup › Users/Roles › Manage Roles); keep syncing the records it may change.',
    },
    {
      id: 'netsuite/record-error',
      category: 'validation',
      cause: '{code}',
      code: ['USER_ERROR', 'INVALID_KEY_OR_REF', 'RCRD_DSNT_EXIST', 'INVALID_FLD_VALUE', 'INVALID_FLD', 'DUP_ENTITY', 'DUP_RCRD', 'INVALID_VALUE', 'INVALID_REFKEY', 'INVALID_RCRD_TYPE', 'CANT_UPDATE_RECORD'],
      destination: N,
      // "Please enter value(s) for: Subsidiary", "Invalid … reference key 12 for subsidiary".
      fieldFrom: /Please enter value\(s\) for: ([\w ,]+)|Invalid (?:field value '[^']*' for field |\w+ reference key \S+ for )'?(\w+)'?/,
      summary: 'NetSuite rejected the record ({code})',
      fix: 'Fix the value or reference the message names (a required field, a record that does not exist or is inactive, a duplicate); never retry as is.',
    },
    {
      id: 'netsuite/unexpected-error',
      category: 'transient',
      cause: 'UNEXPECTED_ERROR',
      code: ['UNEXPECTED_ERROR'],
      destination: N,
      summary: 'NetSuite unexpected server error',
      fix: 'Retry with backoff; if one record keeps failing, its script or workflow is the cause.',
    },
    // Prose, with no code: the REST and RESTlet wording.
    {
      id: 'netsuite/invalid-login-message',
      category: 'auth',
      cause: 'INVALID_LOGIN',
      // REST's sentence goes on "For more details, see the Login Audit Trail"; SOAP's fault string stops after it.
      message: /\bInvalid login attempt\b/i,
      summary: 'NetSuite rejected the login or token',
      fix: 'Check the token id/secret, consumer key/secret and account id; the Login Audit Trail (Setup → Users/Roles → View Login Audit Trail) shows why. Pause the sync until then.',
    },
    {
      id: 'netsuite/concurrency-message',
      category: 'transient',
      cause: 'concurrency limit',
      message: /Only one request may be made against a session at a time|exceeded(?:Concurrent)?RequestLimitFault|concurrent request limit exceeded|exceeded the (?:account )?concurrency (?:limit|governance)/i,
      destination: N,
      summary: 'NetSuite concurrency limit exceeded',
      fix: 'Retry with backoff; serialise requests or lower the integration’s concurrency below the account limit.',
    },
    {
      id: 'netsuite/permission-message',
      category: 'permissions',
      cause: 'INSUFFICIENT_PERMISSION',
      message: /Permission Violation: You need (?:a higher level of )?the '[^']+' permission/i,
      summary: 'NetSuite role lacks a permission',
      fix: 'Give the integration role the permission the message names (Setup → Users/Roles → Manage Roles); keep syncing other records.',
    },
    // The same wording without its code: a required field left empty, a value of the wrong type or list.
    {
      id: 'netsuite/field-message',
      category: 'validation',
      cause: 'field value',
      message: /Please enter value\(s\) for: |You have entered an Invalid Field Value /,
      fieldFrom: /Please enter value\(s\) for: ([\w ,]+)|Invalid Field Value .{0,300}? for the following field: ([\w.]+)/,
      summary: 'NetSuite rejected `{field}`',
      fix: 'Fill the required field or map a value NetSuite accepts (an internal id for a list or record field); never retry as is.',
    },
  ],
};
