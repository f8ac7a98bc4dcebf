import type { Provider } from './provider.js';

/**
 * Sage: Sage Business Cloud Accounting API v3.1 (`api.accounting.sage.com`, OAuth on
 * `oauth.accounting.sage.com`, formerly `sageone.com`), Sage 200 (`api.columbus.sage.com`),
 * Sage X3 and Sage Intacct (XML gateway `api.intacct.com/ia/xml/xmlgw.phtml`, REST
 * `api.intacct.com/ia/api/v1`). Shapes:
 * - Accounting (and X3): a bare array of diagnoses `[{"$severity":"error","$dataCode":
 *   "RecordInvalid","$message":"This field is required.","$source":"line_items.tax_rate_id"}]`
 *   (`$source` the field; older v1 bodies wrap them in `$diagnoses`). AccessTokenVerificationError
 *   ("Access token is invalid (JWT malformed or missing)") and AuthorizationFailure: auth, unless
 *   the message is "No active subscription. (MSE)" (the business's trial ended or it cancelled:
 *   plan); MultiUserAccessDenied ("The current user is not allowed to access that resource with
 *   that method", user access rights): permissions; RecordInvalid / ValidationError /
 *   ResourceNotFound: validation; UnexpectedError / InternalServerError (500): transient.
 * - Intacct XML: `<errormessage><error><errorno>XL03000006</errorno><description/>
 *   <description2>Sign-in information is incorrect</description2><correction/></error>
 *   </errormessage>` under a failed `<control>` or `<authentication>` status. Sign-in incorrect /
 *   "Incorrect Intacct XML Partner ID or password" (auth); "Invalid Web Services Authorization:
 *   The sender ID 'x' is not authorized to make Web Services requests to company ID 'y'" and
 *   "You do not have permission for API operation READ_BY_QUERY on objects of type …" (the Web
 *   Services user's role) (permissions); "There are too many operations running for this company"
 *   (offline job queue, one job at a time on the standard level of service: transient);
 *   "The Service is Temporarily Off-line" (outage). Intacct REST answers `{"ia::error":{"code":
 *   "invalidRequest","message":…,"supportId":…}}` (invalidRequest: validation).
 * Sources: developer.sage.com/accounting/guides/concepts/response_codes and
 * frequently_raised_errors (AuthorizationFailure MSE, MultiUserAccessDenied, UnexpectedError);
 * developer.sage.com/x3/graphql/guides/api-error-codes; developer.sage.com/intacct/docs …
 * error-handling (REST); Intacct SDK tests (intacct-sdk-php / -net / -python: XL03000006 bodies,
 * "Response authentication status failure"); fylein/sageintacct-sdk-py api_base.py
 * ("You do not have permission for API"); Vena support articles quoting Intacct's "too many
 * operations running for this company (200024)" and "The Service is Temporarily Off-line";
 * real Accounting bodies in public code (RecordInvalid with $source, AccessTokenVerificationError).
 * Sage 200 is recognised by its host only: no Sage 200 error body was found to write rules for.
 */
const G = ['sage'];

export const provider: Provider = {
  name: 'sage',
  display: 'Sage',
  // "sage" starts other names (SageMaker): only the name itself or an alias is Sage.
  familyName: true,
  aliases: ['sageone', 'intacct', 'sage200', 'sageaccounting', 'sagebusinesscloud', 'sagex3'],
  hints: [
    '(?:api|oauth)\\.accounting\\.sage\\.com',
    'api\\.columbus\\.sage\\.com',
    '(?:app|api)\\.sageone\\.com',
    'api\\.intacct\\.com',
    '<errorno>[A-Za-z0-9_]{4,24}</errorno>',
    'sageintacctsdk(?:\\.\\w+)*',
    'Intacct(?:\\\\\\w+)+',
    'SageOne::\\w+',
    'Sage (?:Business Cloud )?Accounting',
    'Sage Intacct',
    'Sage 200',
    'intacct',
  ],
  keys: { code: ['$dataCode', 'errorno'], message: ['$message', 'description2'], field: ['$source'] },
  // Keys only Sage's answers carry.
  bodyKeys: ['$dataCode', '$severity', '$diagnoses', 'ia::error', 'ia::result'],
  links: {
    auth: 'https://developer.sage.com/accounting/guides/authenticating/authentication/',
    permissions: 'https://developer.sage.com/accounting/guides/concepts/frequently_raised_errors',
    plan: 'https://developer.sage.com/accounting/guides/concepts/frequently_raised_errors',
    validation: 'https://developer.sage.com/accounting/guides/concepts/response_codes',
    transient: 'https://developer.sage.com/accounting/guides/concepts/response_codes',
    outage: 'https://status.sage.com',
  },
  rules: [
    {
      id: 'sage/no-subscription',
      category: 'plan',
      cause: 'no active subscription',
      code: ['AuthorizationFailure'],
      message: /\bNo active subscription\b/i,
      destination: G,
      summary: 'Sage Accounting business has no active subscription (trial ended or cancelled)',
      fix: 'Renew the business’s Sage Accounting subscription (or connect an active business); pause the sync until then.',
    },
    {
      id: 'sage/access-token',
      category: 'auth',
      cause: '{code}',
      code: ['AccessTokenVerificationError', 'AuthorizationFailure'],
      destination: G,
      summary: 'Sage rejected the access token ({code})',
      fix: 'Refresh the OAuth token (or reconnect the business if the refresh token was revoked); pause the sync until then.',
    },
    {
      id: 'sage/access-denied',
      category: 'permissions',
      cause: 'MultiUserAccessDenied',
      code: ['MultiUserAccessDenied'],
      destination: G,
      summary: 'Sage user lacks the access rights for this resource and method',
      fix: 'Give the connected user the access right in Sage Accounting (Settings → Manage Users), or connect a user who has it; keep syncing other objects.',
    },
    {
      id: 'sage/record-invalid',
      category: 'validation',
      cause: '{code}',
      code: ['RecordInvalid', 'ValidationError', 'ResourceNotFound', 'invalidRequest'],
      destination: G,
      summary: 'Sage rejected the record ({code}, `{field}`)',
      fix: 'Fix the value of the field Sage names ($source) at the source or in the mapping; retrying the same record fails again.',
    },
    {
      id: 'sage/unexpected-error',
      category: 'transient',
      cause: '{code}',
      code: ['UnexpectedError', 'InternalServerError'],
      destination: G,
      summary: 'Sage server error ({code})',
      fix: 'Retried; if it persists for the same record, send Sage the request id and body.',
    },
    // Intacct's XML answers: the description2 wording (the SDKs print it too).
    {
      id: 'sage/intacct-sender-not-authorized',
      category: 'permissions',
      cause: 'sender ID not authorized',
      message: /\bsender ID '[^']{0,80}' is not authorized to make Web Services requests\b|\bInvalid Web Services Authorization\b/,
      summary: 'Sage Intacct company has not authorized the Web Services sender ID',
      fix: 'Add the sender ID under Company → Setup → Company → Security → Web Services authorizations in the Intacct company; pause the sync until then.',
    },
    {
      id: 'sage/intacct-sign-in',
      category: 'auth',
      cause: 'sign-in incorrect',
      message: /\bSign-in information is incorrect\b|\bIncorrect Intacct XML Partner ID or password\b|\bSender ID\/Password is invalid\b/,
      summary: 'Sage Intacct rejected the Web Services user or sender credentials',
      fix: 'Fix the company ID, Web Services user and password (or sender ID and password) in the connection; pause the sync until then.',
    },
    {
      id: 'sage/intacct-no-permission',
      category: 'permissions',
      cause: 'no permission for API operation',
      message: /\bYou do not have permission for API operation\b/,
      summary: 'Sage Intacct Web Services user’s role lacks this object or operation',
      fix: 'Grant the Web Services user’s role the permission on the object the message names (e.g. Accounts Receivable → List for READ_BY_QUERY); keep syncing other objects.',
    },
    {
      id: 'sage/intacct-too-many-operations',
      category: 'transient',
      cause: 'too many operations running',
      message: /\bThere are too many operations running for this company\b/i,
      summary: 'Sage Intacct company’s job queue is full (too many operations running)',
      fix: 'Retry later, when other integrations or offline jobs of the company finish; a higher level of service allows more concurrent jobs.',
    },
    {
      id: 'sage/intacct-offline',
      category: 'outage',
      cause: 'service temporarily off-line',
      message: /\bThe Service is Temporarily Off-?line\b/i,
      destination: G,
      summary: 'Sage Intacct is temporarily off-line',
      fix: 'Nothing to fix: check status.sage.com and resume when Intacct is back.',
    },
  ],
};
