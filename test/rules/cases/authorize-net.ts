import type { RuleCase } from '../rule-tester.js';

/**
 * Authorize.Net bodies (HTTP 200 with `messages.resultCode: "Error"`, E-codes under `message[]`,
 * transaction errors under `transactionResponse.errors[]`), their XML form and SDK log lines.
 * Sources: developer.authorize.net/api/reference/responseCodes.html (code texts);
 * AuthorizeNet/sdk-node test/test-customerprofiles.js (E00040 body) and sample-code-node (the
 * "Error Code: … Error message: …" printout); docs.qpilot.cloud (E00007, E00104);
 * support.authorize.net KA-04306 ("Try Again in 5 Minutes").
 */
const j = (o: unknown): string => JSON.stringify(o);
const failed = (code: string, text: string) => ({ messages: { resultCode: 'Error', message: [{ code, text }] } });
const declined = (errorCode: string, errorText: string) => ({
  transactionResponse: { responseCode: '3', authCode: '', transId: '0', errors: [{ errorCode, errorText }] },
  refId: '123456',
  messages: { resultCode: 'Error', message: [{ code: 'E00027', text: 'The transaction was unsuccessful.' }] },
});

export const authorizeNetCases: RuleCase[] = [
  {
    line: j(declined('19', 'An error occurred during processing. Please try again in 5 minutes.')),
    category: 'transient',
    destination: 'authorize-net',
    rule: 'authorize-net/processor-retry',
    note: 'response code tool: reason 19 under E00027 is the processor connection, retried later (KA-04306)',
  },
  {
    line: j(declined('13', 'The merchant login ID or password is invalid or the account is inactive.')),
    category: 'auth',
    destination: 'authorize-net',
    rule: 'authorize-net/merchant-login',
    note: 'response code tool: reason 13 is the merchant credentials, not the payment',
  },
  {
    line: j({ level: 'error', msg: 'createTransactionRequest failed', response: failed('E00007', 'User authentication failed due to invalid authentication values.') }),
    category: 'auth',
    destination: 'authorize-net',
    rule: 'authorize-net/invalid-credentials',
    note: 'docs.qpilot.cloud E00007: wrong or rotated API Login ID / Transaction Key; the E-code names the gateway',
  },
  {
    line: j(failed('E00008', 'User authentication failed. The account or API user is inactive.')),
    category: 'auth',
    destination: 'authorize-net',
    rule: 'authorize-net/inactive-user',
    note: 'response code tool: E00008 inactive account or API user',
  },
  {
    line: j(failed('E00011', 'Access denied. You do not have the appropriate permissions.')),
    category: 'permissions',
    destination: 'authorize-net',
    rule: 'authorize-net/permission',
    note: 'response code tool: E00011 the API user lacks the permission for the call',
  },
  {
    line: j(failed('E00009', 'The payment gateway account is in Test Mode. The request cannot be processed.')),
    category: 'plan',
    destination: 'authorize-net',
    rule: 'authorize-net/test-mode',
    note: 'response code tool: E00009 gateway account in Test Mode',
  },
  {
    line: j(failed('E00044', 'Customer Information Manager is not enabled.')),
    category: 'plan',
    destination: 'authorize-net',
    rule: 'authorize-net/service-not-enabled',
    note: 'response code tool: E00044 CIM service not enabled on the account',
  },
  {
    line: j(failed('E00104', 'Server in maintenance. Please try again later.')),
    category: 'outage',
    destination: 'authorize-net',
    rule: 'authorize-net/maintenance',
    note: 'docs.qpilot.cloud E00104: servers unavailable for maintenance',
  },
  {
    line: j(failed('E00001', 'An error occurred during processing. Please try again.')),
    category: 'transient',
    destination: 'authorize-net',
    rule: 'authorize-net/processing-error',
    note: 'response code tool: E00001 unexpected system error',
  },
  {
    line: j({ level: 'error', op: 'deleteCustomerPaymentProfile', body: failed('E00040', 'The record cannot be found.') }),
    category: 'validation',
    destination: 'authorize-net',
    rule: 'authorize-net/invalid-request',
    note: 'AuthorizeNet/sdk-node test-customerprofiles.js: E00040 for a profile that does not exist',
  },
  {
    line: j(declined('2', 'This transaction has been declined.')),
    category: 'validation',
    destination: 'authorize-net',
    rule: 'authorize-net/transaction-unsuccessful',
    note: 'response code tool: E00027 with reason 2, a declined card',
  },
  {
    line: '<?xml version="1.0" encoding="utf-8"?><ErrorResponse xmlns="AnetApi/xml/v1/schema/AnetApiSchema.xsd"><messages><resultCode>Error</resultCode><message><code>E00007</code><text>User authentication failed due to invalid authentication values.</text></message></messages></ErrorResponse>',
    category: 'auth',
    destination: 'authorize-net',
    rule: 'authorize-net/auth-message',
    note: 'the XML API: the same E00007 answer as text (code not read from XML)',
  },
  {
    line: 'Transaction Failed. Error Code: 19 Error message: An error occurred during processing. Please try again in 5 minutes.',
    category: 'transient',
    destination: 'authorize-net',
    rule: 'authorize-net/retry-message',
    note: 'AuthorizeNet sample-code-node printout of a reason 19 transaction error',
  },
  {
    line: "ERROR charge failed: E00003 The element 'createTransactionRequest' in namespace 'AnetApi/xml/v1/schema/AnetApiSchema.xsd' has invalid child element 'clientId' in namespace 'AnetApi/xml/v1/schema/AnetApiSchema.xsd'. List of possible elements expected: 'merchantAuthentication'",
    category: 'validation',
    destination: 'authorize-net',
    field: 'clientId',
    rule: 'authorize-net/schema-message',
    note: 'response code tool E00003: the JSON/XML request does not follow the schema (element order or name)',
  },
];
