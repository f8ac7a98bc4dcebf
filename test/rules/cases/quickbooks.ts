import type { RuleCase } from '../rule-tester.js';

/**
 * QuickBooks Online faults: developer.intuit.com error codes / handling-common-errors pages, the
 * Intuit blog's frequent errors, and real bodies in python-quickbooks#127 and #83,
 * quickbooks-ruby#348, SDK tests (3200, 3100).
 */
const j = (o: object) => JSON.stringify(o);
const fault = (code: string, Message: string, Detail: string, type = 'ValidationFault') => ({
  Fault: { Error: [{ Message, Detail, code, element: '' }], type },
  time: '2024-06-06T16:55:47.155-07:00',
});
const AUTH_401 = {
  warnings: null,
  intuitObject: null,
  fault: { error: [{ message: 'message=AuthenticationFailed; errorCode=003200; statusCode=401', detail: 'Token expired: AB01730024136mqEofYN9fldzIcxH6lsAcqOYIbafE5z6ZdjPc', code: '3200', element: null }], type: 'AUTHENTICATION' },
  report: null,
  queryResponse: null,
  batchItemResponse: [],
  requestId: null,
  time: 1730024394085,
  cdcresponse: [],
};

export const quickbooksCases: RuleCase[] = [
  {
    line: j({ level: 'error', destination: 'quickbooks', status: 401, body: AUTH_401 }),
    category: 'auth',
    cause: '3200 AuthenticationFailed',
    rule: 'quickbooks/authentication-failed',
    note: '3200 in the lower-case 401 body',
  },
  {
    line: j(AUTH_401),
    category: 'auth',
    destination: 'quickbooks',
    rule: 'quickbooks/authentication-failed',
    note: 'the 401 body alone: intuitObject names Intuit',
  },
  {
    line: j({ level: 'error', destination: 'quickbooks', status: 403, body: { fault: { error: [{ message: 'message=ApplicationAuthorizationFailed; errorCode=003100; statusCode=403', detail: null, code: '3100', element: null }], type: 'SERVICE' } } }),
    category: 'auth',
    rule: 'quickbooks/application-authorization-failed',
    note: '3100 on a 403: keys or environment do not match the company',
  },
  {
    line: 'QuickBooks API error: {"fault":{"error":[{"message":"message=ApplicationAuthorizationFailed; errorCode=003100; statusCode=403"}],"type":"SERVICE"}}',
    category: 'auth',
    destination: 'quickbooks',
    rule: 'quickbooks/application-authorization-failed-message',
    note: '3100 with no code member: Intuit’s message text',
  },
  {
    line: 'quickbooks.exceptions.QuickbooksException: Error reading json response: <?xml version="1.0" encoding="UTF-8" standalone="yes"?><IntuitResponse time="2016-10-10T12:14:28.801-07:00" xmlns="http://schema.intuit.com/finance/v3"><Fault type="SERVICE"><Error code="3001"><Message>message=ThrottleExceeded; errorCode=003001; statusCode=403</Message><Detail>The request limit was reached.  Try again later</Detail></Error></Fault></IntuitResponse>',
    category: 'transient',
    destination: 'quickbooks',
    rule: 'quickbooks/throttle-message',
    note: 'ThrottleExceeded answered in XML on a 403 (python-quickbooks#43): a rate limit, not a permission',
  },
  {
    line: 'quickbooks.exceptions.ValidationException: message=ThrottleExceeded; errorCode=003001; statusCode=429',
    category: 'transient',
    rule: 'quickbooks/throttle-message',
    note: 'python-quickbooks files code 3001 under ValidationException: the class decides nothing',
  },
  {
    line: j({ level: 'error', destination: 'quickbooks', status: 429, body: fault('3001', 'message=ThrottleExceeded; errorCode=003001; statusCode=429', 'The request limit was reached.  Try again later', 'SERVICE') }),
    category: 'transient',
    rule: 'quickbooks/throttle',
    note: '3001 under the code member',
  },
  {
    line: 'quickbooks.exceptions.AuthorizationException: Application authentication failed',
    category: 'auth',
    destination: 'quickbooks',
    rule: 'quickbooks/authentication-failed-message',
    note: 'python-quickbooks on a 401',
  },
  {
    line: j({ level: 'error', destination: 'quickbooks', record_id: 'inv-1042', status: 400, body: fault('610', 'Object Not Found', "Object Not Found : Something you're trying to use has been made inactive. Check the fields with accounts, customers, items, vendors or employees.") }),
    category: 'validation',
    cause: '610 Object Not Found',
    rule: 'quickbooks/object-not-found',
    note: '610: a reference to an inactive list object',
  },
  {
    line: "ERROR invoice 1042: Object Not Found : Something you're trying to use has been made inactive. Check the fields with accounts, customers, items, vendors or employees.",
    category: 'validation',
    destination: 'quickbooks',
    rule: 'quickbooks/object-not-found-message',
    note: '610 wording alone',
  },
  {
    line: "quickbooks.exceptions.ValidationException: [{'Message': 'Stale Object Error', 'Detail': 'Stale Object Error : You and API API were working on this at the same time. API API finished before you did, so your work was not saved.', 'code': '5010', 'element': ''}]",
    category: 'validation',
    destination: 'quickbooks',
    rule: 'quickbooks/stale-object',
    note: 'python-quickbooks#127: 5010 stale SyncToken',
  },
  {
    line: 'BadRequest. Details: Stale Object Error : You and Craig Carlson were working on this at the same time. Craig Carlson finished before you did, so your work was not saved. , ;',
    category: 'validation',
    rule: 'quickbooks/stale-object-message',
    note: '.NET SDK text (QuickBooks-V3-DotNET-SDK#366)',
  },
  {
    line: j({ level: 'error', destination: 'quickbooks', status: 400, body: fault('6240', 'Duplicate Name Exists Error', 'The name supplied already exists. : Another customer is already using this name. Please use a different name.') }),
    category: 'validation',
    cause: '6240 duplicate',
    rule: 'quickbooks/duplicate',
    note: '6240 duplicate display name',
  },
  {
    line: 'ERROR customer push failed: Duplicate Document Number Error : You must specify a different number. This number has already been used.',
    category: 'validation',
    rule: 'quickbooks/duplicate-message',
    note: '6210 duplicate document number wording',
  },
  {
    line: j({
      level: 'error',
      destination: 'quickbooks',
      status: 400,
      body: fault('6190', 'Invalid Company Status', "Subscription period has ended or been canceled or there was a billing problem : You can't add data to QuickBooks Online Plus because your trial or subscription period ended, you canceled your subscription, or there was a billing problem."),
    }),
    category: 'plan',
    rule: 'quickbooks/subscription-ended',
    note: '6190: the company’s subscription ended',
  },
  {
    line: 'ERROR QBO sync failed: Invalid Company Status: Subscription period has ended or been canceled or there was a billing problem',
    category: 'plan',
    rule: 'quickbooks/subscription-ended-message',
    note: '6190 wording alone',
  },
  {
    line: j({ level: 'error', destination: 'quickbooks', status: 400, body: fault('6000', 'A business validation error has occurred while processing your request', 'Business Validation Error: You must select a product/service or an amount.') }),
    category: 'validation',
    cause: '6000 validation',
    rule: 'quickbooks/business-validation',
    note: '6000 business validation',
  },
  {
    line: j({ level: 'error', destination: 'quickbooks', status: 401, body: fault('120', 'Authorization Failure', 'AuthorizationFailure: -11014-You do not have access to use QuickBooks Online Plus.', 'AuthorizationFault') }),
    category: 'auth',
    rule: 'quickbooks/authorization-failure',
    note: '120: the connecting user lost access',
  },
  {
    line: j({ level: 'error', destination: 'acme', status: 500, error: { code: '3200', message: 'Internal processing error' } }),
    category: 'transient',
    rule: 'http/5xx',
    note: 'near miss: code 3200 from another API is not Intuit’s auth failure',
  },
  {
    line: '<IntuitResponse xmlns="http://schema.intuit.com/finance/v3" time="2025-01-02T10:00:00.000-08:00"><Fault type="ValidationFault"><Error code="2020" element="CustomerRef"><Message>Required param missing, need to supply the required value for the API</Message><Detail>Required parameter CustomerRef is missing in the request</Detail></Error></Fault></IntuitResponse>',
    category: 'validation',
    destination: 'quickbooks',
    field: 'CustomerRef',
    rule: 'quickbooks/validation-fault',
    note: 'the XML fault envelope names the element',
  },
];
