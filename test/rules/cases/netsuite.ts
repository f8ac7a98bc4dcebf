import type { RuleCase } from '../rule-tester.js';

/**
 * NetSuite SuiteTalk SOAP faults, REST problem documents and RESTlet errors: docs.oracle.com
 * ns-online-help (concurrency violations; fault code enumerations).
 */
const j = (o: object) => JSON.stringify(o);
const detail = (code: string, message: string) =>
  `<platformCore:statusDetail type="ERROR"><platformCore:code>${code}</platformCore:code><platformCore:message>${message}</platformCore:message></platformCore:statusDetail>`;

export const netsuiteCases: RuleCase[] = [
  {
    line: 'ERROR netsuite login: <soapenv:Fault><faultcode>soapenv:Server.userException</faultcode><faultstring>You have entered an invalid email address or account number. Please try again.</faultstring><detail><platformFaults:invalidCredentialsFault xmlns:platformFaults="urn:faults_2019_1.platform.webservices.netsuite.com"><platformFaults:code>INVALID_LOGIN_CREDENTIALS</platformFaults:code><platformFaults:message>You have entered an invalid email address or account number. Please try again.</platformFaults:message></platformFaults:invalidCredentialsFault></detail></soapenv:Fault>',
    category: 'auth',
    cause: 'INVALID_LOGIN_CREDENTIALS',
    destination: 'netsuite',
    rule: 'netsuite/invalid-login',
    note: 'SOAP invalidCredentialsFault',
  },
  {
    line: 'ERROR netsuite upsert: <soapenv:Fault><faultcode>soapenv:Server.userException</faultcode><faultstring>Only one request may be made against a session at a time</faultstring><detail><platformFaults:exceededRequestLimitFault xmlns:platformFaults="urn:faults_2019_1.platform.webservices.netsuite.com"><platformFaults:code>WS_CONCUR_SESSION_DISALLWD</platformFaults:code><platformFaults:message>Only one request may be made against a session at a time</platformFaults:message></platformFaults:exceededRequestLimitFault></detail></soapenv:Fault>',
    category: 'transient',
    cause: 'WS_CONCUR_SESSION_DISALLWD',
    rule: 'netsuite/concurrency-limit',
    note: 'ExceededRequestLimitFault: concurrency, retry',
  },
  {
    line: j({ level: 'error', destination: 'netsuite', status: 400, body: { error: { code: 'SSS_REQUEST_LIMIT_EXCEEDED', message: 'Request limit exceeded' } } }),
    category: 'transient',
    rule: 'netsuite/concurrency-limit',
    note: 'RESTlet concurrency rejection is an HTTP 400: the code, not the status, decides',
  },
  {
    line: j({
      level: 'error',
      status: 401,
      body: {
        type: 'https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.2',
        title: 'Unauthorized',
        status: 401,
        'o:errorDetails': [{ detail: 'Invalid login attempt. For more details, see the Login Audit Trail in the NetSuite UI at Setup > Users/Roles > User Management > View Login Audit Trail.', 'o:errorCode': 'INVALID_LOGIN' }],
      },
    }),
    category: 'auth',
    destination: 'netsuite',
    rule: 'netsuite/invalid-login',
    note: 'REST 401 problem document; o:errorDetails names NetSuite',
  },
  {
    line: 'ERROR tap-netsuite: 401 Client Error: Unauthorized for url: https://1234567.suitetalk.api.netsuite.com/services/rest/record/v1/customer - Invalid login attempt. For more details, see the Login Audit Trail in the NetSuite UI at Setup > Users/Roles > User Management > View Login Audit Trail.',
    category: 'auth',
    destination: 'netsuite',
    rule: 'netsuite/invalid-login-message',
    note: 'the REST wording in prose',
  },
  {
    line: `2024-02-01 09:00:00 ERROR tap-netsuite upsert item 12: ${detail('INSUFFICIENT_PERMISSION', "Permission Violation: You need  the 'Lists -> Items' permission to access this page. Please contact your account administrator.")}`,
    category: 'permissions',
    rule: 'netsuite/insufficient-permission',
    note: 'INSUFFICIENT_PERMISSION status detail',
  },
  {
    line: "ERROR netsuite restlet: Permission Violation: You need a higher level of the 'Lists -> Customers' permission to access this page. Please contact your account administrator.",
    category: 'permissions',
    rule: 'netsuite/permission-message',
    note: 'the permission wording without the code',
  },
  {
    line: j({ level: 'error', destination: 'netsuite', status: 400, body: { type: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.1', title: 'Bad Request', status: 400, 'o:errorDetails': [{ detail: 'Your current role does not have permission to perform this action.', 'o:errorCode': 'USER_ERROR' }] } }),
    category: 'permissions',
    rule: 'netsuite/role-permission',
    note: 'a USER_ERROR whose wording is a missing role permission, not a bad value',
  },
  {
    line: `2024-02-01 09:00:01 ERROR tap-netsuite add customer c-88: ${detail('USER_ERROR', 'Please enter value(s) for: Subsidiary')}`,
    category: 'validation',
    field: 'Subsidiary',
    cause: 'USER_ERROR',
    rule: 'netsuite/record-error',
    note: 'USER_ERROR names the missing field',
  },
  {
    line: `2024-02-01 09:00:02 ERROR tap-netsuite add invoice 1042: ${detail('INVALID_KEY_OR_REF', 'Invalid entity reference key 4417 for subsidiary 1.')}`,
    category: 'validation',
    cause: 'INVALID_KEY_OR_REF',
    rule: 'netsuite/record-error',
    note: 'a reference to a record that does not exist',
  },
  {
    line: `2024-02-01 09:00:03 ERROR tap-netsuite: ${detail('UNEXPECTED_ERROR', 'An unexpected error occurred. Error ID: kx1j2k3l4m5n6o7p8')}`,
    category: 'transient',
    rule: 'netsuite/unexpected-error',
    note: 'UNEXPECTED_ERROR',
  },
  {
    line: 'ERROR netsuite: <platformFaults:code>ACCT_TEMP_UNAVAILABLE</platformFaults:code><platformFaults:message>The account you are trying to access is currently unavailable while we undergo our regularly scheduled maintenance.</platformFaults:message>',
    category: 'outage',
    rule: 'netsuite/account-unavailable',
    note: 'account unavailable during an upgrade / maintenance',
  },
  {
    line: 'ERROR netsuite: <platformFaults:code>WS_FEATURE_REQD</platformFaults:code><platformFaults:message>The Web Services feature is not enabled in your NetSuite account.</platformFaults:message>',
    category: 'plan',
    rule: 'netsuite/feature-required',
    note: 'the account lacks the SuiteTalk feature',
  },
  {
    line: 'ERROR netsuite: zeep.exceptions.Fault: Only one request may be made against a session at a time',
    category: 'transient',
    rule: 'netsuite/concurrency-message',
    note: 'zeep prints only the faultstring',
  },
  {
    line: j({ level: 'error', destination: 'acme', status: 400, error: { code: 'USER_ERROR', message: 'Name is required' } }),
    category: 'validation',
    rule: 'http/validation-message',
    note: 'near miss: USER_ERROR on another API stays generic',
  },
];

/** SuiteTalk SOAP fault for a refused login. */
export const netsuiteLoginCases: RuleCase[] = [
  {
    line: "PHP Fatal error:  Uncaught SoapFault exception: [soapenv:Server.userException] Invalid login attempt. in /srv/vendor/ryanwinchester/netsuite-php/src/NetSuiteClient.php:200",
    category: "auth",
    destination: "netsuite",
    rule: "netsuite/invalid-login-message",
    note: "netsuite-php: INVALID_LOGIN_ATTEMPT as a SOAP fault string",
  },
  {
    line: 'ERROR create salesorder failed: Please enter value(s) for: Department, Location',
    category: 'validation',
    destination: 'netsuite',
    field: 'Department, Location',
    rule: 'netsuite/field-message',
    note: 'required fields left empty, without the USER_ERROR code',
  },
  {
    line: 'WARN item 883 rejected: You have entered an Invalid Field Value 14.5kg for the following field: weightunit',
    category: 'validation',
    destination: 'netsuite',
    field: 'weightunit',
    rule: 'netsuite/field-message',
    note: 'INVALID_FLD_VALUE in prose',
  },
];
