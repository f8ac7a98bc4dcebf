import type { RuleCase } from '../rule-tester.js';

/**
 * Sage Accounting `[{"$severity","$dataCode","$message","$source"}]` diagnoses, Sage X3's 500,
 * Sage Intacct XML `<errormessage><error><errorno>` answers and the Intacct SDKs' text.
 * Sources: developer.sage.com accounting response_codes / frequently_raised_errors, x3 graphql
 * api-error-codes; Intacct SDK tests (XL03000006 bodies); sageintacct-sdk-py api_base.py; Vena
 * support articles quoting Intacct's queue and off-line messages; public code quoting
 * RecordInvalid and AccessTokenVerificationError bodies.
 */
const j = (o: object) => JSON.stringify(o);
const diag = (dataCode: string, message: string, source = '') => [{ $severity: 'error', $dataCode: dataCode, $message: message, $source: source }];
const intacct = (errorno: string, description2: string, description = '') =>
  `<?xml version="1.0" encoding="UTF-8"?><response><control><status>failure</status><senderid>acmesender</senderid><controlid>1582314102</controlid><uniqueid>false</uniqueid><dtdversion>3.0</dtdversion></control><errormessage><error><errorno>${errorno}</errorno><description>${description}</description><description2>${description2}</description2><correction></correction></error></errormessage></response>`;

export const sageCases: RuleCase[] = [
  {
    line: j({ level: 'error', status: 401, url: 'https://api.accounting.sage.com/v3.1/contacts', body: diag('AuthorizationFailure', 'No active subscription. (MSE)') }),
    category: 'plan',
    destination: 'sage',
    rule: 'sage/no-subscription',
    note: 'the business’s trial ended: AuthorizationFailure with the MSE message (frequently raised errors)',
  },
  {
    line: j({ level: 'error', status: 401, url: 'https://api.accounting.sage.com/v3.1/sales_invoices', body: diag('AccessTokenVerificationError', 'Access token is invalid (JWT malformed or missing).', 'Authorization') }),
    category: 'auth',
    destination: 'sage',
    cause: 'AccessTokenVerificationError',
    rule: 'sage/access-token',
    note: 'a bad bearer token; the API host names Sage',
  },
  {
    line: j({ level: 'error', status: 403, body: diag('MultiUserAccessDenied', 'The current user is not allowed to access that resource with that method.') }),
    category: 'permissions',
    destination: 'sage',
    rule: 'sage/access-denied',
    note: 'v3.1 access rights; the $-prefixed keys alone name Sage',
  },
  {
    line: j({ level: 'error', status: 422, record_id: 'INV-2087', body: diag('RecordInvalid', 'This field is required.', 'line_items.tax_rate_id') }),
    category: 'validation',
    destination: 'sage',
    field: 'line_items.tax_rate_id',
    rule: 'sage/record-invalid',
    note: '$source names the field',
  },
  {
    line: j({ level: 'error', destination: 'sage', status: 500, body: { $severity: 'error', $dataCode: 'InternalServerError', $message: '', $source: 'Gateway' } }),
    category: 'transient',
    rule: 'sage/unexpected-error',
    note: 'Sage X3 GraphQL gateway’s unknown error',
  },
  {
    line: `ERROR ledger export failed: ${intacct('XL03000006', "The sender ID 'acmesender' is not authorized to make Web Services requests to company ID 'acme-co'.", 'Invalid Web Services Authorization')}`,
    category: 'permissions',
    destination: 'sage',
    rule: 'sage/intacct-sender-not-authorized',
    note: 'the same XL03000006 when the company has not authorized the sender ID; <errorno> names Intacct',
  },
  {
    line: 'Intacct\\Exception\\ResponseException: Response authentication status failure - XL03000006 Sign-in information is incorrect',
    category: 'auth',
    destination: 'sage',
    rule: 'sage/intacct-sign-in',
    note: 'intacct-sdk-php exception text (its ResponseException test)',
  },
  {
    line: "sageintacctsdk.exceptions.WrongParamsError: 'Error during readByQuery', {'error': [{'errorno': 'PL04000005', 'description': None, 'description2': 'You do not have permission for API operation READ_BY_QUERY on objects of type arinvoice', 'correction': None}]}",
    category: 'permissions',
    destination: 'sage',
    rule: 'sage/intacct-no-permission',
    note: 'the Web Services user’s role lacks the object (sageintacct-sdk-py)',
  },
  {
    line: 'ERROR Error retrieving data from Intacct: Intacct has encountered an error. Response from Intacct: There are too many operations running for this company (200024).',
    category: 'transient',
    destination: 'sage',
    rule: 'sage/intacct-too-many-operations',
    note: 'the offline job queue is full',
  },
  {
    line: 'ERROR Error retrieving data from Intacct: Intacct has encountered an error. Response from Intacct: The Service is Temporarily Off-line, [Support ID: 9PvcxEBXMLGW216418822]',
    category: 'outage',
    destination: 'sage',
    rule: 'sage/intacct-offline',
    note: 'Intacct off-line',
  },
  {
    line: j({ level: 'error', destination: 'sagemaker', status: 403, body: { message: 'User is not authorized to perform: sagemaker:InvokeEndpoint' } }),
    category: 'permissions',
    destination: 'sagemaker',
    note: 'near miss: SageMaker is not Sage',
  },
];
