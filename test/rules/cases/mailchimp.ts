import type { RuleCase } from '../rule-tester.js';

/**
 * Mailchimp Marketing API v3: problem+json whose `title` names the error; `errors[].field` only on
 * "Invalid Resource" (and the first may be ""); 429 is the 10-simultaneous-connections cap.
 * Sources: mailchimp.com/developer/marketing/docs/errors (glossary), real bodies in MC4WP,
 * mc-woocommerce, Gibbon, mailchimp3 and drewm/mailchimp-api issues. Expectations from DESIGN.md.
 *
 * Not covered: the "plan" category. DESIGN lists audience/plan limits, but no verified Mailchimp
 * body for a plan cap was found (the closest, 403 "User action not permitted" on audience creation,
 * is ambiguous), so no case invents one.
 */
const j = (o: unknown): string => JSON.stringify(o);
const TYPE_NEW = 'https://mailchimp.com/developer/marketing/docs/errors/';
const TYPE_OLD = 'http://developer.mailchimp.com/documentation/mailchimp/guides/error-glossary/';

export const mailchimpCases: RuleCase[] = [
  {
    line: '2026-03-02T08:00:00Z ERROR sync failed: GET https://us1.api.mailchimp.com/3.0/lists -> 403 {"type":"https://mailchimp.com/developer/marketing/docs/errors/","title":"Forbidden","status":403,"detail":"The API key provided is linked to datacenter \'us21\'","instance":"0b1c"}',
    category: 'auth',
    destination: 'mailchimp',
    rule: 'mailchimp/wrong-datacenter',
    note: 'WrongDatacenter: the key works only on its own server prefix; reconnect or fix the prefix, no grant helps',
  },
  // ---------------------------------------------------------------- auth
  {
    line: j({
      ts: '2024-06-10T08:00:01Z',
      level: 'error',
      destination: 'mailchimp',
      record_id: 'sub-1001',
      status: 401,
      body: { type: TYPE_NEW, title: 'API Key Invalid', status: 401, detail: "Your API key may be invalid, or you've attempted to access the wrong datacenter.", instance: '2f1b7c1e-8d5a-4a55-9a8b-6f1e3f1d2a10' },
    }),
    category: 'auth',
    cause: 'API Key Invalid',
    destination: 'mailchimp',
    note: '401 title "API Key Invalid"',
  },
  {
    line: j({
      ts: '2024-06-10T08:00:02Z',
      level: 'error',
      record_id: 'sub-1002',
      status: 401,
      body: { type: TYPE_NEW, title: 'API Key Missing', status: 401, detail: 'Your request did not include an API key.', instance: '7c0e4a2b-9f1d-4e3c-8b5a-0d6e7f8a9b0c' },
    }),
    category: 'auth',
    destination: 'mailchimp',
    note: '401 "API Key Missing", no destination field (the problem type URL identifies Mailchimp)',
  },
  {
    line: j({
      ts: '2024-06-10T08:00:03Z',
      level: 'error',
      destination: 'mailchimp',
      record_id: 'sub-1003',
      status: 403,
      body: { type: TYPE_NEW, title: 'User Disabled', status: 403, detail: 'This account has been deactivated.', instance: '1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6' },
    }),
    category: 'auth',
    cause: 'User Disabled',
    note: '403 "User Disabled": the account/key is deactivated (reconnect with a new key), auth despite 403',
  },
  {
    line: "2024-06-10 08:03:01 ERROR sync record=c-91 mailchimp3.mailchimpclient.MailChimpError: {'type': 'http://developer.mailchimp.com/documentation/mailchimp/guides/error-glossary/', 'title': 'API Key Invalid', 'status': 401, 'detail': \"Your API key may be invalid, or you've attempted to access the wrong datacenter.\", 'instance': ''}",
    category: 'auth',
    note: 'mailchimp3 MailChimpError with a Python dict repr (not JSON)',
  },
  {
    line: "[2024-06-10T08:03:05+00:00] ERROR mailchimp-woocommerce: Mailchimp says: API Request Error - 401 :: API Key Invalid :: Your API key may be invalid, or you've attempted to access the wrong datacenter.",
    category: 'auth',
    destination: 'mailchimp',
    note: 'mc-woocommerce plugin string',
  },

  // ---------------------------------------------------------------- permissions
  {
    line: j({
      ts: '2024-06-10T08:00:04Z',
      level: 'error',
      destination: 'mailchimp',
      record_id: 'aud-new',
      status: 403,
      body: { type: TYPE_OLD, title: 'User action not permitted', status: 403, detail: 'User does not have access to the requested operation', instance: '6504625c-e316-4a96-bedf-af444621979b' },
    }),
    category: 'permissions',
    note: '403 "User action not permitted"',
  },
  {
    line: j({
      ts: '2024-06-10T08:00:05Z',
      level: 'error',
      destination: 'mailchimp',
      record_id: 'sub-1005',
      status: 403,
      body: { type: TYPE_NEW, title: 'Forbidden', status: 403, detail: 'You are not permitted to access this resource.', instance: '4a5b6c7d-8e9f-40a1-b2c3-d4e5f6a7b8c9' },
    }),
    category: 'permissions',
    cause: 'Forbidden',
    note: '403 "Forbidden" (glossary): permissions',
  },

  // ---------------------------------------------------------------- validation
  {
    line: j({
      ts: '2024-06-10T08:01:00Z',
      level: 'error',
      destination: 'mailchimp',
      record_id: 'sub-2001',
      status: 400,
      body: { type: TYPE_NEW, title: 'Invalid Resource', status: 400, detail: 'Your merge fields were invalid.', instance: '617414cd-9852-42c6-97fc-9deea70f8218', errors: [{ field: 'LTV', message: 'Please enter a number' }] },
    }),
    category: 'validation',
    cause: 'Invalid Resource',
    field: 'LTV',
    note: 'Invalid Resource with errors[].field (merge tag)',
  },
  {
    line: j({
      ts: '2024-06-10T08:01:02Z',
      level: 'error',
      destination: 'mailchimp',
      record_id: 'sub-2003',
      status: 400,
      body: {
        type: TYPE_OLD,
        title: 'Invalid Resource',
        status: 400,
        detail: "The resource submitted could not be validated. For field-specific details, see the 'errors' array.",
        instance: '',
        errors: [{ field: '', message: 'Required fields were not provided: email_address' }],
      },
    }),
    category: 'validation',
    cause: 'Invalid Resource',
    field: 'email_address',
    note: 'Invalid Resource with errors[0].field == "": the field is named only in the message',
  },
  {
    line: j({
      ts: '2024-06-10T08:01:03Z',
      level: 'error',
      destination: 'mailchimp',
      record_id: 'sub-2004',
      status: 400,
      body: { type: TYPE_NEW, title: 'Invalid Resource', status: 400, detail: "jdoe@example.org has signed up to a lot of lists very recently; we're not allowing more signups for now", instance: 'cd25c7ac-d736-0ab1-78eb-e819d764e827' },
    }),
    category: 'validation',
    note: 'Invalid Resource anti-abuse "signed up to a lot of lists": record-level, not a rate limit',
  },
  {
    line: j({
      ts: '2024-06-10T08:01:04Z',
      level: 'error',
      destination: 'mailchimp',
      record_id: 'sub-2005',
      status: 400,
      body: { type: TYPE_NEW, title: 'Invalid Resource', status: 400, detail: 'Please provide a valid email address.', instance: 'b3c4d5e6-f7a8-4b9c-8d0e-1f2a3b4c5d6e', errors: [{ field: 'email_address', message: 'This email address looks fake or invalid. Please enter a real email address.' }] },
    }),
    category: 'validation',
    field: 'email_address',
    note: 'Invalid Resource: "looks fake or invalid" on email_address',
  },
  {
    line: j({
      ts: '2024-06-10T08:01:05Z',
      level: 'error',
      destination: 'mailchimp',
      record_id: 'sub-2006',
      status: 400,
      body: { type: TYPE_OLD, title: 'Member Exists', status: 400, detail: 'test1@test.cz is already a list member. Use PUT to insert or update list members.', instance: '85c2fcb7-c094-4d00-85d8-3db71bff8622' },
    }),
    category: 'validation',
    cause: 'Member Exists',
    note: '"Member Exists": record-level duplicate',
  },
  {
    line: j({
      ts: '2024-06-10T08:01:06Z',
      level: 'error',
      record_id: 'sub-2007',
      status: 400,
      body: { title: 'Member In Compliance State', status: 400, detail: 'x***@gm***.com is in a compliance state due to unsubscribe, bounce, or compliance review and cannot be subscribed.', instance: '10ce6c36-5379-d506-af72-293f72699eee' },
    }),
    category: 'validation',
    cause: 'Member In Compliance State',
    note: '"Member In Compliance State" with no type key and no destination field',
  },
  {
    line: j({
      ts: '2024-06-10T08:01:07Z',
      level: 'error',
      destination: 'mailchimp',
      record_id: 'sub-2008',
      status: 400,
      body: { title: 'Forgotten Email Not Subscribed', status: 400, detail: 'kati***@ho***.com was permanently deleted and cannot be re-imported. The contact must re-subscribe to get back on the list.', instance: '1bb14eff-6ac5-d792-e8a0-201d51d0288b' },
    }),
    category: 'validation',
    cause: 'Forgotten Email Not Subscribed',
    note: '"Forgotten Email Not Subscribed": permanent record-level reject',
  },
  {
    line: j({
      ts: '2024-06-10T08:01:08Z',
      level: 'error',
      destination: 'mailchimp',
      record_id: 'tag-3001',
      status: 404,
      body: { type: TYPE_NEW, title: 'Resource Not Found', status: 404, detail: 'The requested resource could not be found.', instance: '9d741ebc-c22a-4e34-af47-5463c4f5cd25' },
    }),
    category: 'validation',
    note: '404 "Resource Not Found" (member path)',
  },
  {
    line: j({
      ts: '2024-06-10T08:01:09Z',
      level: 'error',
      destination: 'mailchimp',
      record_id: 'del-3002',
      status: 405,
      body: { type: TYPE_NEW, title: 'Method Not Allowed', status: 405, detail: 'This list member cannot be removed. Can not archive a contact that is bounced, pending or archived', instance: 'c116af38-54cd-7c91-efff-548d25d48699' },
    }),
    category: 'validation',
    note: '405 "Method Not Allowed" on a bounced member',
  },
  {
    line: j({
      ts: '2024-06-10T08:02:02Z',
      level: 'error',
      destination: 'mailchimp',
      record_id: 'batch-op-add-xyz',
      status: 400,
      body: {
        operation_id: 'add-xyz@gmail.com',
        status_code: 400,
        response: j({ type: TYPE_OLD, title: 'Member In Compliance State', status: 400, detail: 'xyz@gmail.com is in a compliance state due to unsubscribe, bounce, or compliance review and cannot be subscribed.', instance: '' }),
      },
    }),
    category: 'validation',
    cause: 'Member In Compliance State',
    note: 'batch operation result: the problem document is a JSON string inside JSON',
  },
  {
    line:
      '[2018-04-02 13:06:26] ERROR: Registration Form > Mailchimp API error: Bad Request. Invalid Resource. Your merge fields were invalid. - LNAME : Please enter a value Response: 400 Bad Request - ' +
      j({ type: TYPE_OLD, title: 'Invalid Resource', status: 400, detail: 'Your merge fields were invalid.', instance: 'd147399a-19a7-4ee4-9e0f-50d5101740f1', errors: [{ field: 'LNAME', message: 'Please enter a value' }] }),
    category: 'validation',
    field: 'LNAME',
    destination: 'mailchimp',
    note: 'MC4WP plugin log: prose plus the embedded problem document',
  },
  {
    line:
      'E, [2024-06-10T08:03:00.112 #881] ERROR -- : record=u_77 Gibbon::MailChimpError: the server responded with status 400 @title="Invalid Resource", @detail="The resource submitted could not be validated. For field-specific details, see the \'errors\' array.", @body={"type"=>"http://developer.mailchimp.com/documentation/mailchimp/guides/error-glossary/", "title"=>"Invalid Resource", "status"=>400, "errors"=>[{"field"=>"merge_fields.FNAME", "message"=>"Data did not match any of the schemas described in anyOf."}]}',
    category: 'validation',
    field: 'merge_fields.FNAME',
    note: 'Gibbon (Ruby) string with a hash-rocket body: field merge_fields.FNAME',
  },
  {
    line: '2024-06-10 08:03:10 ERROR dest=mailchimp record=sub-2200 status=400 title="Member Exists" detail="ana@example.com is already a list member. Use PUT to insert or update list members."',
    category: 'validation',
    cause: 'Member Exists',
    note: 'text line with logfmt-ish pairs: Member Exists',
  },

  // ---------------------------------------------------------------- transient
  {
    line: j({
      ts: '2024-06-10T08:02:00Z',
      level: 'warn',
      destination: 'mailchimp',
      record_id: 'sub-4001',
      status: 429,
      body: { type: TYPE_NEW, title: 'Too Many Requests', status: 429, detail: 'You have exceeded the limit of 10 simultaneous connections.', instance: '3b4dcb40-0b6b-4820-bfaa-41267b3826ea' },
    }),
    category: 'transient',
    cause: 'Too Many Requests',
    note: '429 is the 10-simultaneous-connections cap: transient, not plan',
  },
  {
    line: j({
      ts: '2024-06-10T08:02:01Z',
      level: 'error',
      destination: 'mailchimp',
      record_id: 'sub-4002',
      status: 500,
      body: { type: TYPE_NEW, title: 'Internal Server Error', status: 500, detail: 'An unexpected internal error has occurred. Please contact Support for more information.', instance: 'a1efb240-f8d8-40fe-a680-c3a5619a42e9' },
    }),
    category: 'transient',
    note: '500 Internal Server Error',
  },
  {
    line: "HTTPSConnectionPool(host='us6.api.mailchimp.com', port=443): Max retries exceeded with url: /3.0/lists/abc123/members (Caused by ResponseError('too many 429 error responses'))",
    category: 'transient',
    destination: 'mailchimp',
    note: 'urllib3 retries exhausted on 429s: still the concurrency rate limit, transient',
  },

  // ---------------------------------------------------------------- outage
  {
    line: '2024-06-10T08:05:00.000Z error [mailchimp] upsert member failed: Error: connect ECONNREFUSED 104.98.226.70:443',
    category: 'outage',
    destination: 'mailchimp',
    note: 'ECONNREFUSED on the API host: outage',
  },

  // ---------------------------------------------------------------- unknown
  {
    line: '2024-06-10 08:03:02 ERROR sync record=c-92 mailchimp_marketing.api_client.ApiClientError',
    category: 'unknown',
    note: 'official Python SDK: str(ApiClientError) is empty, so nothing identifies the error',
  },
];

/**
 * Cases the first rule tables got wrong, fixed since and kept as regressions: each "was:" says
 * what the tool returned then and why that was wrong.
 */
export const regressions: RuleCase[] = [
  // was: field null (rule http/4xx, cause HTTP 400); category validation is right.
  // why: the two errors[] entries of ONE problem document are split as batch items; neither item has the title, so Invalid Resource and email_address are lost.
  {
    line: j({
      ts: '2024-06-10T08:01:02Z',
      level: 'error',
      destination: 'mailchimp',
      record_id: 'sub-2013',
      status: 400,
      body: {
        type: TYPE_OLD,
        title: 'Invalid Resource',
        status: 400,
        detail: "The resource submitted could not be validated. For field-specific details, see the 'errors' array.",
        instance: '',
        errors: [
          { field: '', message: 'Required fields were not provided: email_address' },
          { field: 'email_address', message: 'Schema describes string, NULL found instead' },
        ],
      },
    }),
    category: 'validation',
    field: 'email_address',
    note: 'errors[0].field == "" then errors[1].field email_address: the empty field must not count',
  },
];

/**
 * One case per rule that no other case decided (the rule-coverage test).
 */
export const ruleCoverage: RuleCase[] = [
  {
    line: '2026-03-15 11:00:02 ERROR Mailchimp subscribe member for list 4529508eb0 failed: 429: You have exceeded the limit of 10 simultaneous connections.',
    category: 'transient',
    cause: 'Too Many Requests',
    destination: 'mailchimp',
    rule: 'mailchimp/simultaneous-connections',
    note: 'drewm/mailchimp-api getLastError() ("status: detail", no title): the 429 detail alone names the connection cap',
  },
];

/** The v2 SDKs' exception classes. */
export const mailchimpSdkCases: RuleCase[] = [
  {
    line: "PHP Fatal error: Uncaught exception 'Mailchimp_Invalid_ApiKey' with message 'Invalid Mailchimp API key: 0123abcd' in /srv/vendor/mailchimp/mailchimp/src/Mailchimp.php:400",
    category: "auth",
    destination: "mailchimp",
    rule: "mailchimp/sdk-invalid-api-key",
    note: "Mailchimp_Invalid_ApiKey (a key without its data-centre suffix too)",
  },
];
