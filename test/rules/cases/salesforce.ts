import type { RuleCase } from '../rule-tester.js';

/**
 * Salesforce. REST errors are JSON arrays of {message, errorCode, fields}; composite / sObject
 * Collections say statusCode; Bulk 1.0 and SOAP are XML; Apex DML text reads "first error: CODE".
 * Sources: REST API "Status Codes and Error Responses", the StatusCode enum, real bodies in
 * simple-salesforce / jsforce / restforce issues. Expectations from DESIGN.md §2/§7.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const salesforceCases: RuleCase[] = [
  {
    line: j({ ts: '2026-03-10T08:01:00Z', level: 'error', destination: 'salesforce', record_id: 'a01x1', status: 400, body: [{ errorCode: 'TXN_SECURITY_METERING_ERROR', message: 'The request could not complete: transaction security policies did not finish in time.' }] }),
    category: 'transient',
    rule: 'salesforce/txn-security-metering',
    note: 'Transaction Security policies too slow for the call: it passes when retried',
  },
  {
    line: " exceptionMessage='Invalid Session ID found in SessionHeader: Illegal Session. Session not found, missing session hash: 2b35c8'",
    category: 'auth',
    rule: 'salesforce/invalid-session-message',
    destination: 'salesforce',
    note: "the Bulk API's AsyncApiException in words: an expired or logged-out session",
  },
  // ---------------------------------------------------------------- auth
  {
    line: j({ ts: '2026-03-10T08:00:00Z', level: 'error', destination: 'salesforce', record_id: '003-a1', status: 401, body: [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }] }),
    category: 'auth',
    cause: 'INVALID_SESSION_ID',
    destination: 'salesforce',
    note: 'REST 401 [{errorCode: INVALID_SESSION_ID}]',
  },
  {
    line: '2026-03-10 08:00:05 ERROR sf token refresh failed: 400 {"error":"invalid_grant","error_description":"expired access/refresh token"}',
    category: 'auth',
    cause: 'invalid_grant',
    note: 'OAuth invalid_grant arrives as HTTP 400 but is auth',
  },
  {
    line: j({ ts: '2026-03-10T08:00:06Z', level: 'error', destination: 'sfdc', record_id: 'lead-7', status: 400, body: { error: 'invalid_grant', error_description: 'authentication failure' } }),
    category: 'auth',
    cause: 'invalid_grant',
    destination: 'salesforce',
    note: 'invalid_grant "authentication failure" (bad password / IP / login hours), destination alias sfdc',
  },
  {
    line: 'simple_salesforce.exceptions.SalesforceAuthenticationFailed: Authentication failed (code: INVALID_LOGIN): Invalid username, password, security token; or user locked out.',
    category: 'auth',
    note: 'simple-salesforce SOAP login failure INVALID_LOGIN',
  },
  {
    line: 'Error syncing Contact: 400 Client Error: Bad Request for url: https://acme.my.salesforce.com/services/async/58.0/job/7502K00000IcACtQAN/batch Response: <?xml version="1.0" encoding="UTF-8"?><error xmlns="http://www.force.com/2009/06/asyncapi/dataload"><exceptionCode>InvalidSessionId</exceptionCode><exceptionMessage>Invalid session id</exceptionMessage></error>',
    category: 'auth',
    destination: 'salesforce',
    note: 'Bulk 1.0 XML exceptionCode InvalidSessionId on HTTP 400 is auth',
  },
  {
    line: j({
      ts: '2026-03-10T08:01:00Z',
      level: 'error',
      status: 500,
      body: '<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:sf="urn:fault.partner.soap.sforce.com"><soapenv:Body><soapenv:Fault><faultcode>sf:INVALID_SESSION_ID</faultcode><faultstring>INVALID_SESSION_ID: Invalid Session ID found in SessionHeader: Illegal Session</faultstring></soapenv:Fault></soapenv:Body></soapenv:Envelope>',
    }),
    category: 'auth',
    note: 'SOAP fault sf:INVALID_SESSION_ID (XML body in a JSON string)',
  },
  {
    line: "SalesforceExpiredSession: Expired session for https://acme.my.salesforce.com/services/data/v59.0/sobjects/Contact/. Response content: [{'message': 'Session expired or invalid', 'errorCode': 'INVALID_SESSION_ID'}]",
    category: 'auth',
    cause: 'INVALID_SESSION_ID',
    destination: 'salesforce',
    note: 'simple-salesforce 401 string with a Python-repr body',
  },
  {
    line: 'Restforce::UnauthorizedError: INVALID_SESSION_ID: Session expired or invalid',
    category: 'auth',
    cause: 'INVALID_SESSION_ID',
    note: 'restforce UnauthorizedError string',
  },
  {
    line: 'ts=2026-03-10T08:02:00Z level=error dest=salesforce status=400 url=https://login.salesforce.com/services/oauth2/token body="{\\"error\\":\\"invalid_client_id\\",\\"error_description\\":\\"client identifier invalid\\"}"',
    category: 'auth',
    destination: 'salesforce',
    note: 'token endpoint invalid_client_id "client identifier invalid" (logfmt, escaped body)',
  },

  // ---------------------------------------------------------------- permissions
  {
    line: j({ ts: '2026-03-10T09:00:00Z', level: 'error', destination: 'salesforce', record_id: '001-b2', status: 403, body: [{ message: 'API is disabled for this User', errorCode: 'API_CURRENTLY_DISABLED' }] }),
    category: 'permissions',
    cause: 'API_CURRENTLY_DISABLED',
    note: 'API_CURRENTLY_DISABLED: integration user lacks "API Enabled"',
  },
  {
    line: j({ ts: '2026-03-10T10:08:00Z', level: 'error', destination: 'salesforce', record_id: '00T-t7', status: 400, body: [{ message: 'insufficient access rights on cross-reference id: 0055e00000tW1f0', errorCode: 'INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY', fields: ['OwnerId'] }] }),
    category: 'permissions',
    note: '400 INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY is permissions, not validation',
  },
  {
    line: j({ ts: '2026-03-10T10:08:30Z', level: 'error', destination: 'salesforce', record_id: '006-u9', status: 400, body: [{ message: 'insufficient access rights on object id', errorCode: 'INSUFFICIENT_ACCESS_OR_READONLY', fields: [] }] }),
    category: 'permissions',
    cause: 'INSUFFICIENT_ACCESS_OR_READONLY',
    note: '400 INSUFFICIENT_ACCESS_OR_READONLY is permissions',
  },
  {
    line: j({
      ts: '2026-03-10T10:09:00Z',
      level: 'error',
      destination: 'salesforce',
      record_id: '001-r8',
      status: 400,
      body: [
        {
          message: 'Unable to create/update fields: AnnualRevenue. Please check the security settings of this field and verify that it is read/write for your profile or permission set.',
          errorCode: 'INVALID_FIELD_FOR_INSERT_UPDATE',
          fields: ['AnnualRevenue'],
        },
      ],
    }),
    category: 'permissions',
    cause: 'INVALID_FIELD_FOR_INSERT_UPDATE',
    note: '400 INVALID_FIELD_FOR_INSERT_UPDATE = field-level security: permissions',
  },
  {
    line: 'org.apache.http.client.HttpResponseException: 400 Bad Request [{"message":"insufficient access rights on object id","errorCode":"INSUFFICIENT_ACCESS_OR_READONLY","fields":[]}]',
    category: 'permissions',
    cause: 'INSUFFICIENT_ACCESS_OR_READONLY',
    note: 'Java connector exception with an embedded REST array, no destination named',
  },
  {
    line: j({ ts: '2026-03-10T09:00:30Z', level: 'error', destination: 'salesforce', status: 400, body: { error: 'OAUTH_APP_BLOCKED', error_description: 'this app is blocked by admin' } }),
    category: 'permissions',
    cause: 'OAUTH_APP_BLOCKED',
    note: 'OAUTH_APP_BLOCKED: an admin blocked the connected app',
  },

  // ---------------------------------------------------------------- plan
  {
    line: j({ ts: '2026-03-10T09:01:00Z', level: 'error', destination: 'salesforce', record_id: '001-b3', status: 403, body: [{ message: 'The REST API is not enabled for this Organization.', errorCode: 'API_DISABLED_FOR_ORG' }] }),
    category: 'plan',
    cause: 'API_DISABLED_FOR_ORG',
    note: '403 API_DISABLED_FOR_ORG: the edition has no API access (plan)',
  },
  {
    line: '2026-03-10 09:02:00 ERROR record_id=003-c4 REQUEST_LIMIT_EXCEEDED: TotalRequests Limit exceeded.',
    category: 'plan',
    cause: 'REQUEST_LIMIT_EXCEEDED',
    note: 'jsforce string REQUEST_LIMIT_EXCEEDED TotalRequests: the 24 h org cap is plan',
  },
  {
    line: j({ ts: '2026-03-10T09:02:30Z', level: 'error', destination: 'salesforce', record_id: '003-c6', status: 403, body: [{ message: 'TotalRequests Limit exceeded.', errorCode: 'REQUEST_LIMIT_EXCEEDED' }] }),
    category: 'plan',
    cause: 'REQUEST_LIMIT_EXCEEDED',
    destination: 'salesforce',
    note: 'REST 403 REQUEST_LIMIT_EXCEEDED TotalRequests: plan',
  },
  {
    line: "simple_salesforce.exceptions.SalesforceRefusedRequest: Request refused for https://acme.my.salesforce.com/services/data/v59.0/sobjects/Account/. Response content: [{'message': 'TotalRequests Limit exceeded.', 'errorCode': 'REQUEST_LIMIT_EXCEEDED'}]",
    category: 'plan',
    cause: 'REQUEST_LIMIT_EXCEEDED',
    destination: 'salesforce',
    note: 'simple-salesforce 403 string, Python repr body, TotalRequests: plan',
  },
  {
    line: 'System.DmlException: Insert failed. First exception on row 0; first error: STORAGE_LIMIT_EXCEEDED, storage limit exceeded: []',
    category: 'plan',
    cause: 'STORAGE_LIMIT_EXCEEDED',
    note: 'Apex DML text STORAGE_LIMIT_EXCEEDED: plan',
  },
  {
    line: j({ ts: '2026-03-10T09:05:00Z', level: 'error', destination: 'salesforce', record_id: '00Q-s1', status: 400, body: [{ message: 'storage limit exceeded', errorCode: 'STORAGE_LIMIT_EXCEEDED', fields: [] }] }),
    category: 'plan',
    cause: 'STORAGE_LIMIT_EXCEEDED',
    note: 'REST STORAGE_LIMIT_EXCEEDED: org storage full, plan',
  },
  {
    line: j({ ts: '2026-03-10T09:10:00Z', level: 'error', destination: 'salesforce', record_id: '005-u1', status: 400, body: [{ message: 'License Limit Exceeded', errorCode: 'LICENSE_LIMIT_EXCEEDED', fields: [] }] }),
    category: 'plan',
    cause: 'LICENSE_LIMIT_EXCEEDED',
    note: 'LICENSE_LIMIT_EXCEEDED: plan',
  },

  // ---------------------------------------------------------------- validation
  {
    line: "simple_salesforce.exceptions.SalesforceMalformedRequest: Malformed request https://acme.my.salesforce.com/services/data/v59.0/sobjects/Contact/. Response content: [{'message': 'Required fields are missing: [LastName]', 'errorCode': 'REQUIRED_FIELD_MISSING', 'fields': ['LastName']}]",
    category: 'validation',
    cause: 'REQUIRED_FIELD_MISSING',
    field: 'LastName',
    destination: 'salesforce',
    note: 'simple-salesforce 400 string with a Python-repr body: REQUIRED_FIELD_MISSING',
  },
  {
    line: j({ ts: '2026-03-10T10:00:00Z', level: 'error', destination: 'salesforce', record_id: '006-o1', status: 400, body: [{ message: 'Close date must be in the future', errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', fields: [] }] }),
    category: 'validation',
    cause: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
    field: null,
    note: 'FIELD_CUSTOM_VALIDATION_EXCEPTION with fields: [] names no field',
  },
  {
    line: j({
      ts: '2026-03-10T10:01:00Z',
      level: 'error',
      destination: 'salesforce',
      record_id: '00Q-l2',
      status: 400,
      body: [{ message: 'duplicate value found: Connect_Project_Id__c duplicates value on record with id: 00Q58000003tW4u', errorCode: 'DUPLICATE_VALUE', fields: [] }],
    }),
    category: 'validation',
    cause: 'DUPLICATE_VALUE',
    field: 'Connect_Project_Id__c',
    note: 'DUPLICATE_VALUE with fields: []: the field is only quoted in the message',
  },
  {
    line: j({
      ts: '2026-03-10T10:02:00Z',
      level: 'error',
      destination: 'salesforce',
      record_id: '001-n3',
      status: 400,
      body: [{ message: 'Account Name: data value too large: ACME HOLDINGS INTERNATIONAL GROUP LIMITED (max length=255)', errorCode: 'STRING_TOO_LONG', fields: ['Name'] }],
    }),
    category: 'validation',
    cause: 'STRING_TOO_LONG',
    field: 'Name',
    note: 'STRING_TOO_LONG with fields[]: the API name wins over the label',
  },
  {
    line: j({
      ts: '2026-03-10T10:02:10Z',
      level: 'error',
      destination: 'salesforce',
      record_id: '001-n4',
      status: 400,
      body: [{ message: 'Billing City: data value too large: Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch (max length=40)', errorCode: 'STRING_TOO_LONG', fields: [] }],
    }),
    category: 'validation',
    cause: 'STRING_TOO_LONG',
    field: 'Billing City',
    note: 'STRING_TOO_LONG with no fields[]: the field appears only as a label ("Billing City: data value too large")',
  },
  {
    line: j({ ts: '2026-03-10T10:03:00Z', level: 'error', destination: 'salesforce', record_id: '003-e9', status: 400, body: [{ message: 'Email: invalid email address: jane@@example', errorCode: 'INVALID_EMAIL_ADDRESS', fields: ['Email'] }] }),
    category: 'validation',
    field: 'Email',
    note: 'INVALID_EMAIL_ADDRESS fields [Email]',
  },
  {
    line: j({
      ts: '2026-03-10T10:04:00Z',
      level: 'error',
      destination: 'salesforce',
      record_id: '003-p4',
      status: 400,
      body: [{ message: 'bad value for restricted picklist field: NURSE PRACTITIONER, SUPERVISING(NP,S)', errorCode: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST', fields: ['Job_Category__c'] }],
    }),
    category: 'validation',
    field: 'Job_Category__c',
    note: 'restricted picklist: fields[] names the field, the message only the value',
  },
  {
    line: j({ ts: '2026-03-10T10:05:00Z', level: 'error', destination: 'salesforce', record_id: '001-f5', status: 400, body: [{ message: "No such column 'Lead_Score__c' on sobject of type Account", errorCode: 'INVALID_FIELD' }] }),
    category: 'validation',
    cause: 'INVALID_FIELD',
    field: 'Lead_Score__c',
    note: "INVALID_FIELD: field only quoted in the message (\"No such column 'X' on sobject\")",
  },
  {
    line:
      "INVALID_FIELD: \\nSELECT Id, BadField FROM Account\\n           ^\\nERROR at Row:1:Column:12\\nNo such column 'BadField' on entity 'Account'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.",
    category: 'validation',
    cause: 'INVALID_FIELD',
    field: 'BadField',
    note: 'jsforce SOQL INVALID_FIELD with query context: field quoted in the message',
  },
  {
    line: j({
      ts: '2026-03-10T10:06:00Z',
      level: 'error',
      destination: 'salesforce',
      record_id: 'a01-x1',
      status: 404,
      body: [
        {
          message:
            "sObject type 'Invoice__c' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.",
          errorCode: 'INVALID_TYPE',
        },
      ],
    }),
    category: 'validation',
    note: 'INVALID_TYPE (object not deployed): validation',
  },
  {
    line: j({ ts: '2026-03-10T10:07:00Z', level: 'error', destination: 'salesforce', record_id: '001-m6', status: 400, body: [{ fields: ['Id'], message: 'Account ID: id value of incorrect type: 001900K0001pPuOAAU', errorCode: 'MALFORMED_ID' }] }),
    category: 'validation',
    field: 'Id',
    note: 'MALFORMED_ID (doc example body)',
  },
  {
    line: j({ ts: '2026-03-10T10:10:00Z', level: 'error', destination: 'salesforce', record_id: '001-d9', status: 404, body: [{ message: 'entity is deleted', errorCode: 'ENTITY_IS_DELETED', fields: [] }] }),
    category: 'validation',
    field: null,
    note: 'ENTITY_IS_DELETED: the target record was deleted',
  },
  {
    line: j({
      ts: '2026-03-10T10:11:30Z',
      level: 'error',
      destination: 'salesforce',
      record_id: '003-pt',
      status: 400,
      body: [{ message: 'Campos obrigatórios ausentes: [Name]', errorCode: 'REQUIRED_FIELD_MISSING', fields: ['Name'] }],
    }),
    category: 'validation',
    cause: 'REQUIRED_FIELD_MISSING',
    field: 'Name',
    note: 'messages are localised to the integration user: the errorCode decides',
  },
  {
    line: j({
      ts: '2026-03-10T10:12:30Z',
      level: 'error',
      destination: 'salesforce',
      record_id: '001-t2',
      status: 400,
      body: [{ message: 'record type missing for: Account', errorCode: 'CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY', fields: [] }],
    }),
    category: 'validation',
    note: 'CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY without a lock inside: automation rejected the record (validation)',
  },
  {
    line: j({
      ts: '2026-03-10T10:13:00Z',
      level: 'error',
      destination: 'salesforce',
      record_id: '003-k2',
      status: 200,
      body: {
        compositeResponse: [
          { body: [{ errorCode: 'PROCESSING_HALTED', message: 'The transaction was rolled back since another operation in the same transaction failed.' }], httpHeaders: {}, httpStatusCode: 400, referenceId: 'newAccount' },
          { body: [{ message: 'Required fields are missing: [LastName]', errorCode: 'REQUIRED_FIELD_MISSING', fields: ['LastName'] }], httpHeaders: {}, httpStatusCode: 400, referenceId: 'newContact' },
        ],
      },
    }),
    category: 'validation',
    field: 'LastName',
    note: 'composite on HTTP 200: PROCESSING_HALTED is collateral, the real error is REQUIRED_FIELD_MISSING',
  },
  {
    line: j({
      ts: '2026-03-10T10:13:30Z',
      level: 'error',
      record_id: 'sap-batch-17',
      status: 200,
      body: {
        compositeResponse: [
          { body: [{ errorCode: 'PROCESSING_HALTED', message: 'The transaction was rolled back since another operation in the same transaction failed.' }], httpHeaders: {}, httpStatusCode: 400, referenceId: 'item1' },
          { body: [{ message: 'data value too large: 20260915_105645_1056 (max length=15)', errorCode: 'STRING_TOO_LONG', fields: ['BST_SAP_Batch_Id__c'] }], httpHeaders: {}, httpStatusCode: 400, referenceId: 'item2' },
        ],
      },
    }),
    category: 'validation',
    field: 'BST_SAP_Batch_Id__c',
    note: 'composite STRING_TOO_LONG, no destination field',
  },
  {
    line: j({
      ts: '2026-03-10T10:14:00Z',
      level: 'error',
      destination: 'salesforce',
      record_id: '003-j3',
      status: 200,
      body: [{ id: null, success: false, errors: [{ statusCode: 'INVALID_CROSS_REFERENCE_KEY', message: "Record Type ID: this ID value isn't valid for the user: 0128M0000004HVOQA2", fields: ['RecordTypeId'] }] }],
    }),
    category: 'validation',
    field: 'RecordTypeId',
    note: 'sObject Collections SaveResult on HTTP 200 (statusCode, not errorCode)',
  },

  // ---------------------------------------------------------------- permissions via batch urgency
  {
    line: j({
      ts: '2026-03-10T10:15:00Z',
      level: 'error',
      destination: 'salesforce',
      status: 200,
      body: [
        { id: null, success: false, errors: [{ statusCode: 'UNABLE_TO_LOCK_ROW', message: 'unable to obtain exclusive access to this record or 1 records: 0015e00000AbC03AAF', fields: [] }] },
        { id: null, success: false, errors: [{ statusCode: 'INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY', message: 'insufficient access rights on cross-reference id: 0055e00000tW1f0', fields: ['OwnerId'] }] },
      ],
    }),
    category: 'permissions',
    note: 'Collections batch with a lock and an OwnerId access error: permissions is more urgent than transient',
  },

  // ---------------------------------------------------------------- transient
  {
    line: j({ ts: '2026-03-10T09:03:00Z', level: 'warn', destination: 'salesforce', record_id: '003-c5', status: 403, body: [{ message: 'ConcurrentRequests (Concurrent API Requests) Limit exceeded.', errorCode: 'REQUEST_LIMIT_EXCEEDED' }] }),
    category: 'transient',
    cause: 'REQUEST_LIMIT_EXCEEDED (concurrent)',
    note: '403 REQUEST_LIMIT_EXCEEDED ConcurrentRequests: transient (read the message)',
  },
  {
    line: '2026-03-10 09:03:30 WARN sfdc upsert Account 001-c7: REQUEST_LIMIT_EXCEEDED: ConcurrentPerOrgLongTxn Limit exceeded.',
    category: 'transient',
    cause: 'REQUEST_LIMIT_EXCEEDED (concurrent)',
    note: 'ConcurrentPerOrgLongTxn is the concurrent long-transaction limit: transient',
  },
  {
    line: j({
      ts: '2026-03-10T10:11:10Z',
      level: 'error',
      destination: 'salesforce',
      record_id: '001-l1',
      status: 400,
      body: [{ message: 'unable to obtain exclusive access to this record or 1 records: 0012S00002GWsZ0QAL', errorCode: 'UNABLE_TO_LOCK_ROW', fields: [] }],
    }),
    category: 'transient',
    cause: 'UNABLE_TO_LOCK_ROW',
    note: 'REST 400 UNABLE_TO_LOCK_ROW is transient, not validation',
  },
  {
    line: 'System.DmlException: Update failed. First exception on row 0 with id 0012S00002GWsZ0QAL; first error: UNABLE_TO_LOCK_ROW, unable to obtain exclusive access to this record or 25 records: 0012S00002GWsZ0QAL: []',
    category: 'transient',
    cause: 'UNABLE_TO_LOCK_ROW',
    note: 'Apex DML text UNABLE_TO_LOCK_ROW',
  },
  {
    line: j({
      ts: '2026-03-10T10:12:00Z',
      level: 'error',
      destination: 'salesforce',
      record_id: '001-s1',
      status: 400,
      body: [
        {
          message:
            'AccountTrigger: execution of AfterUpdate\n\ncaused by: System.DmlException: Update failed. First exception on row 0 with id 0012S00002GWsZ0QAL; first error: UNABLE_TO_LOCK_ROW, unable to obtain exclusive access to this record or 25 records: 0012S00002GWsZ0QAL: []',
          errorCode: 'CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY',
          fields: [],
        },
      ],
    }),
    category: 'transient',
    note: 'CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY wrapping a lock inside a trigger: transient',
  },
  {
    line: j({
      ts: '2026-03-10T10:12:10Z',
      level: 'error',
      destination: 'salesforce',
      record_id: '001-s2',
      status: 400,
      body: [
        {
          message: 'LeadTrigger: execution of AfterInsert\n\ncaused by: System.AsyncException: Rate Limiting Exception : AsyncApexExecutions Limit exceeded.',
          errorCode: 'CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY',
          fields: [],
        },
      ],
    }),
    category: 'transient',
    note: 'trigger hit "Rate Limiting Exception : AsyncApexExecutions": transient',
  },
  {
    line: j({ ts: '2026-03-10T11:00:00Z', level: 'error', destination: 'salesforce', record_id: '003-z1', status: 503, body: [{ message: 'Server Unavailable', errorCode: 'SERVER_UNAVAILABLE' }] }),
    category: 'transient',
    note: '503 SERVER_UNAVAILABLE: transient',
  },
  {
    line: j({
      ts: '2026-03-10T11:01:00Z',
      level: 'error',
      destination: 'salesforce',
      record_id: '003-z2',
      status: 500,
      body: [{ message: 'An unexpected error occurred. Please include this ErrorId if you contact support: 243926966-107564 (1182868337)', errorCode: 'UNKNOWN_EXCEPTION' }],
    }),
    category: 'transient',
    note: '500 UNKNOWN_EXCEPTION: transient',
  },
  {
    line: j({ ts: '2026-03-10T11:01:30Z', level: 'error', destination: 'salesforce', status: 400, body: [{ message: 'Your query request was running for too long.', errorCode: 'QUERY_TIMEOUT' }] }),
    category: 'transient',
    note: '400 QUERY_TIMEOUT: transient despite the status',
  },

  // ---------------------------------------------------------------- outage
  {
    line: j({
      ts: '2026-03-10T11:02:00Z',
      level: 'error',
      destination: 'salesforce',
      record_id: '003-z3',
      status: 503,
      body: '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd"><html><body><table><tr><td><span style="font-family: Verdana; font-size: medium; font-weight: bold;">We are down for maintenance.</span><br><br>Sorry for the inconvenience. We\'ll be back shortly.</td></tr></table></body></html>',
    }),
    category: 'outage',
    note: 'maintenance HTML page: outage',
  },
  {
    line: '2026-03-10T11:05:00Z ERROR destination=salesforce record_id=003-z4 error="java.net.UnknownHostException: invalid instance url"',
    category: 'outage',
    destination: 'salesforce',
    note: 'UnknownHostException on the instance url: outage',
  },
];

/**
 * Cases the first rule tables got wrong, fixed since and kept as regressions: each "was:" says
 * what the tool returned then and why that was wrong.
 */
export const regressions: RuleCase[] = [
  // was: none (builtin/none).
  // why: no status or level, and the invalid_grant code in the restforce string is not extracted from prose; OAuth invalid_grant is auth.
  {
    line: 'Restforce::AuthenticationError: invalid_grant: inactive user',
    category: 'auth',
    note: 'restforce exception string: invalid_grant inactive user',
  },
  // was: transient (rule salesforce/unable-to-lock-row), field Name.
  // why: a SaveResult array under body is not split into items, so all codes are pooled and the lock rule (earlier in the table) wins; DESIGN §2: a batch line takes its most urgent item (validation).
  {
    line: j({
      ts: '2026-03-10T10:14:30Z',
      level: 'error',
      destination: 'salesforce',
      status: 200,
      body: [
        { id: '0015e00000AbC01AAF', success: true, errors: [] },
        { id: null, success: false, errors: [{ statusCode: 'UNABLE_TO_LOCK_ROW', message: 'unable to obtain exclusive access to this record or 1 records: 0015e00000AbC02AAF', fields: [] }] },
        { id: null, success: false, errors: [{ statusCode: 'REQUIRED_FIELD_MISSING', message: 'Required fields are missing: [Name]', fields: ['Name'] }] },
      ],
    }),
    category: 'validation',
    field: 'Name',
    note: 'Collections batch with a success, a lock (transient) and a missing field (validation): the line takes the most urgent, validation',
  },
  // was: none (builtin/none), field null.
  // why: "BulkBatchFailed ... InvalidBatch : Field name not found : Region__c" has no level/status and the InvalidBatch code is not read from prose.
  {
    line: "salesforce_bulk.salesforce_bulk.BulkBatchFailed: Batch 7514x000004NePpAAK of job 7504x000004Qc36AAC failed: InvalidBatch : Field name not found : Region__c",
    category: 'validation',
    field: 'Region__c',
    note: 'Bulk 1.0 InvalidBatch "Field name not found : X"',
  },
  // was: none (builtin/none).
  // why: the Bulk 2.0 sf__Error key is not read as a code/message and the level is warn; the line carries UNABLE_TO_LOCK_ROW (transient).
  {
    line: j({ ts: '2026-03-10T10:11:00Z', level: 'warn', destination: 'salesforce', record_id: '0013000000ABCDeAAF', bulk_job: '750Ad00000RHw02IAD', sf__Error: 'UNABLE_TO_LOCK_ROW:unable to obtain exclusive access to this record or 1 records: 0013000000ABCDeAAF:--' }),
    category: 'transient',
    cause: 'UNABLE_TO_LOCK_ROW',
    note: 'Bulk 2.0 failedResults sf__Error "CODE:message:fields --"',
  },
  // An Apex exception e-mail: the wrapper, then its causes on "caused by:" lines (one event, see the
  // event stage); the lock among them decides.
  {
    line: 'caused by: System.DmlException: Upsert failed. First exception on row 2; first error: UNABLE_TO_LOCK_ROW, unable to obtain exclusive access to this record or 4 records: a2E0J000000i8bpUAA,a2Eb0000000gONHEA2: []',
    category: 'transient',
    cause: 'UNABLE_TO_LOCK_ROW',
    note: 'the caused-by that follows the wrapper: row lock contention, transient',
  },
  {
    line: 'System.DmlException: Update failed. First exception on row 0 with id a0N0J00000OPSAVUA5; first error: CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY, dlrs_SMSTrigger: execution of AfterUpdate\n\ncaused by: System.DmlException: Upsert failed. First exception on row 2; first error: UNABLE_TO_LOCK_ROW, unable to obtain exclusive access to this record or 4 records: a2E0J000000i8bpUAA: []',
    category: 'transient',
    cause: 'UNABLE_TO_LOCK_ROW',
    note: 'wrapper and lock in one event: the lock decides (transient)',
  },
  {
    line: j({
      ts: '2026-03-10T10:12:20Z',
      level: 'error',
      destination: 'salesforce',
      record_id: '001-s3',
      status: 400,
      body: [{ message: 'AccountTrigger: execution of BeforeInsert\n\ncaused by: System.NullPointerException: Attempt to de-reference a null object\n\nTrigger.AccountTrigger: line 12, column 1', errorCode: 'CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY', fields: [] }],
    }),
    category: 'validation',
    rule: 'salesforce/trigger-rejected',
    note: 'a trigger wrapper whose cause is no lock or limit: the record was rejected',
  },
];

/**
 * One case per rule that no other case decided (the rule-coverage test): each pins the rule that
 * must decide it, written as Salesforce (or a tool relaying it) sends it.
 */
export const ruleCoverage: RuleCase[] = [
  {
    line: j({
      ts: '2026-03-13T09:00:00Z',
      level: 'error',
      destination: 'salesforce',
      record_id: '003Dn00000XyZaBIAV',
      status: 404,
      url: 'https://acme.my.salesforce.com/services/data/v59.0/sobjects/Contact/003Dn00000XyZaBIAV',
      body: [{ message: 'The requested resource does not exist', errorCode: 'NOT_FOUND' }],
    }),
    category: 'validation',
    cause: 'NOT_FOUND',
    destination: 'salesforce',
    rule: 'salesforce/not-found',
    note: 'REST 404 NOT_FOUND (record deleted or merged): the Salesforce rule, not the generic not_found one',
  },
  {
    line: j({
      ts: '2026-03-13T09:01:00Z',
      level: 'error',
      destination: 'salesforce',
      record_id: '001Dn00000AbCdEIAX',
      status: 500,
      url: 'https://acme.my.salesforce.com/services/apexrest/sync/accounts',
      body: [
        {
          errorCode: 'APEX_ERROR',
          message:
            'System.DmlException: Update failed. First exception on row 0 with id 001Dn00000AbCdEIAX; first error: UNABLE_TO_LOCK_ROW, unable to obtain exclusive access to this record: []\n\nClass.AccountSyncResource.doPost: line 42, column 1',
        },
      ],
    }),
    category: 'transient',
    cause: 'UNABLE_TO_LOCK_ROW',
    rule: 'salesforce/apex-lock',
    note: 'an Apex REST endpoint answers APEX_ERROR; the DML text inside names UNABLE_TO_LOCK_ROW: lock contention, retried',
  },
  {
    line: j({
      ts: '2026-03-13T09:02:00Z',
      level: 'error',
      destination: 'salesforce',
      record_id: 'lead-881',
      status: 500,
      url: 'https://acme.my.salesforce.com/services/apexrest/sync/leads',
      body: [
        {
          errorCode: 'APEX_ERROR',
          message: 'System.DmlException: Insert failed. First exception on row 0; first error: STORAGE_LIMIT_EXCEEDED, storage limit exceeded: []\n\nClass.LeadSyncResource.doPost: line 18, column 1',
        },
      ],
    }),
    category: 'plan',
    cause: 'STORAGE_LIMIT_EXCEEDED',
    rule: 'salesforce/apex-storage',
    note: 'APEX_ERROR whose DML text names STORAGE_LIMIT_EXCEEDED: the org is out of data storage (plan), not a server error',
  },
  {
    line: j({
      ts: '2026-03-13T09:03:00Z',
      level: 'error',
      destination: 'salesforce',
      record_id: 'acct-5531',
      message: 'upsert Account failed: duplicate value found: Account_ID__c duplicates value on record with id: 001U000001c83gK',
    }),
    category: 'validation',
    cause: 'DUPLICATE_VALUE',
    field: 'Account_ID__c',
    rule: 'salesforce/duplicate-message',
    note: 'a sync tool relays only the DUPLICATE_VALUE message: the field comes from "duplicate value found: X duplicates"',
  },
  {
    line: "FAILED_PRECONDITION: Cannot establish connection to Salesforce to describe SObject: 'Opportunity' due to error: TotalRequests Limit exceeded., Cause:null Retry after some time post quota reset.",
    category: 'plan',
    cause: 'REQUEST_LIMIT_EXCEEDED',
    destination: 'salesforce',
    rule: 'salesforce/total-requests',
    note: 'BigQuery Data Transfer Salesforce connector: the gRPC code is Google\'s, the cause is the org\'s 24 h API limit (message only)',
  },
  {
    line: '2026-03-13 09:05:12 ERROR salesforce bulk update Account batch 7 failed: ConcurrentPerOrgLongTxn Limit exceeded',
    category: 'transient',
    cause: 'REQUEST_LIMIT_EXCEEDED (concurrent)',
    destination: 'salesforce',
    rule: 'salesforce/concurrent-requests-message',
    note: 'REQUEST_LIMIT_EXCEEDED message logged without its code (jsforce err.message): the concurrent long-running request limit',
  },
  {
    line: 'ERROR destination=salesforce record_id=003A1 Required fields are missing: [LastName]',
    category: 'validation',
    field: 'LastName',
    rule: 'salesforce/required-field-missing-message',
    note: 'REQUIRED_FIELD_MISSING relayed without its code (a CSV export message column)',
  },
];
