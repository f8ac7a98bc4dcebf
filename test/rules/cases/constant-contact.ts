import type { RuleCase } from '../rule-tester.js';

/**
 * Constant Contact V3: `[{"error_key", "error_message"}]` arrays, the two 429s told apart by
 * error_key, privilege 403s, duplicate-contact 409s; near misses for keys other APIs share.
 * Sources: developer.constantcontact.com api_guide glossary_responses, rate_limits and
 * account_get_privileges pages (bodies quoted there); community.constantcontact.com API Developer
 * Support threads (contacts.api.conflict, http.status.bad_request, user.privilege.forbidden,
 * query.param.invalid bodies); client test fixtures answering 401 `unauthorized` and 429
 * `throttled`.
 */
const j = (o: unknown): string => JSON.stringify(o);
const cc = (key: string, message: string) => [{ error_key: key, error_message: message }];

export const constantContactCases: RuleCase[] = [
  {
    line: j({ level: 'error', status: 401, url: 'https://api.cc.email/v3/contacts?limit=500', body: cc('unauthorized', 'Unauthorized') }),
    category: 'auth',
    destination: 'constant-contact',
    cause: 'unauthorized',
    rule: 'constant-contact/unauthorized',
    note: '401 unauthorized: the access token is invalid or expired',
  },
  {
    line: j({ level: 'error', status: 403, url: 'https://api.cc.email/v3/contact_lists', body: cc('access_denied', 'Request forbidden due to insufficient user privileges.') }),
    category: 'permissions',
    destination: 'constant-contact',
    cause: 'access_denied',
    rule: 'constant-contact/privileges',
    note: 'account_get_privileges page: the 403 body for a user without the privilege',
  },
  {
    line: j({ level: 'error', status: 403, body: cc('user.privilege.forbidden', "You don't have permission to perform this action; please see your account owner.") }),
    category: 'permissions',
    destination: 'constant-contact',
    cause: 'user.privilege.forbidden',
    rule: 'constant-contact/privileges',
    note: 'community thread "403 creating a new list": the dotted key alone names Constant Contact',
  },
  {
    line: j({ level: 'error', destination: 'Constant Contact', status: 403, body: 'Forbidden' }),
    category: 'permissions',
    rule: 'constant-contact/forbidden',
    note: 'glossary: any 403 is a missing scope or user privilege (or a deactivated application)',
  },
  {
    line: j({ level: 'error', status: 429, url: 'https://api.cc.email/v3/contacts/sign_up_form', body: cc('quota_exceeded', 'Limit Exceeded') }),
    category: 'plan',
    destination: 'constant-contact',
    cause: 'quota_exceeded',
    rule: 'constant-contact/daily-quota',
    note: 'rate_limits page: 429 quota_exceeded is the 10,000-per-day quota, reset at 00:00 UTC',
  },
  {
    line: j({ level: 'warn', status: 429, url: 'https://api.cc.email/v3/contacts/sign_up_form', body: cc('throttled', 'Too Many Requests') }),
    category: 'transient',
    destination: 'constant-contact',
    cause: 'throttled',
    rule: 'constant-contact/throttled',
    note: 'rate_limits page: 429 throttled is the 4-per-second limit',
  },
  {
    line: j({ level: 'error', status: 409, url: 'https://api.cc.email/v3/contacts', record_id: 'sub_2291', body: cc('contacts.api.conflict', 'Validation failed: EmailAddress is not unique') }),
    category: 'validation',
    destination: 'constant-contact',
    cause: 'contacts.api.conflict',
    rule: 'constant-contact/contact-exists',
    note: 'community thread: POST /contacts for an address that exists, even as a deleted contact',
  },
  {
    line: '409 Conflict from POST /v3/contacts: [{"error_key":"contacts.api.conflict","error_message":"Validation failed: Email already exists for contact 6f9b1b10-2c3d-11ea-a7d5-fa163e56c9b0"}]',
    category: 'validation',
    destination: 'constant-contact',
    rule: 'constant-contact/contact-exists',
    note: 'free text with the body: contacts.api.conflict names the provider',
  },
  {
    line: j({ level: 'error', status: 400, url: 'https://api.cc.email/v3/activities/contacts_json_import', body: cc('http.status.bad_request', 'Bad request.') }),
    category: 'validation',
    destination: 'constant-contact',
    cause: 'http.status.bad_request',
    rule: 'constant-contact/bad-request',
    note: 'community thread "API Submitting Contacts limits?": the generic 400 key',
  },
  {
    line: j({ level: 'error', status: 400, body: cc('query.param.invalid', 'The query parameter status is not supported.') }),
    category: 'validation',
    destination: 'constant-contact',
    field: 'status',
    rule: 'constant-contact/bad-request',
    note: 'community thread: the message names the query parameter',
  },
  {
    line: j({ level: 'error', status: 404, url: 'https://api.cc.email/v3/contacts/abc', body: cc('contacts.api.not_found', 'contact_id is in an invalid format.') }),
    category: 'validation',
    destination: 'constant-contact',
    field: 'contact_id',
    rule: 'constant-contact/bad-request',
    note: 'the glossary page’s own example body',
  },
  // Keys other APIs share decide nothing on another provider's line.
  {
    line: j({ level: 'warn', destination: 'klaviyo', status: 429, body: { errors: [{ status: 429, code: 'throttled', title: 'Request was throttled.', detail: 'Request was throttled. Expected available in 1 second.' }] } }),
    category: 'transient',
    destination: 'klaviyo',
    rule: 'klaviyo/throttled',
    note: 'near miss: Klaviyo’s throttled stays Klaviyo’s',
  },
];
