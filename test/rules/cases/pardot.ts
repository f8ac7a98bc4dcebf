import type { RuleCase } from '../rule-tester.js';

/**
 * Salesforce Account Engagement (Pardot): v3/v4 `{"@attributes":{"stat":"fail","err_code":N},"err":…}`
 * (or `<err code="N">` XML) on HTTP 200, v5 `{"code":N,"message":…}`; the numeric codes decide
 * only Pardot lines, and a Pardot line stays Pardot's although its OAuth runs on Salesforce.
 * Sources: developer.salesforce.com/docs/marketing/pardot/guide/error-codes.html (pardot/api-docs
 * error-codes-messages.md, rate limits); pardot/api-docs #38, #181, #188, #215; ruby-pardot #26;
 * PyPardot #4.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const pardotCases: RuleCase[] = [
  {
    line: j({ level: 'error', destination: 'pardot', status: 200, body: { '@attributes': { stat: 'fail', version: 1, err_code: 184 }, err: 'access_token is invalid, unknown, or malformed: Inactive token' } }),
    category: 'auth',
    destination: 'pardot',
    rule: 'pardot/auth',
    note: '184 on HTTP 200: the Salesforce OAuth token behind the Pardot call is dead',
  },
  {
    line: '2026-03-10T10:00:00Z ERROR Pardot::ResponseError: Invalid API key or user key',
    category: 'auth',
    destination: 'pardot',
    rule: 'pardot/auth-text',
    note: 'ruby-pardot prints the wording without the code; the exception class names Pardot',
  },
  {
    line: '2026-03-10T10:00:01Z ERROR sync POST https://pi.pardot.com/api/prospect/version/3/do/create/email/ada%40example.com -> <rsp stat="fail" version="1.0"><err code="1">Invalid API key or user key</err></rsp>',
    category: 'auth',
    destination: 'pardot',
    rule: 'pardot/auth-text',
    note: 'the XML body: the host names Pardot',
  },
  {
    line: j({ level: 'error', destination: 'Salesforce Pardot', status: 200, body: { '@attributes': { stat: 'fail', version: 1, err_code: 49 }, err: 'Access Denied' } }),
    category: 'permissions',
    destination: 'pardot',
    rule: 'pardot/permissions',
    note: '49 Access Denied (role, wrong business unit, credentials in the query string); "Salesforce Pardot" names Pardot, not the CRM',
  },
  {
    line: j({ level: 'error', destination: 'pardot', status: 200, body: { '@attributes': { stat: 'fail', version: 1, err_code: 122 }, err: 'Daily API rate limit met' } }),
    category: 'plan',
    rule: 'pardot/daily-limit',
    note: '122: the edition’s daily call allowance, reset at the account’s midnight',
  },
  {
    line: '2026-03-10 10:00:02,114 ERROR tap_pardot.client PardotAPIError: Error #122: Daily API rate limit met',
    category: 'plan',
    destination: 'pardot',
    rule: 'pardot/daily-limit-text',
    note: 'PyPardot’s exception text; the tap package names Pardot',
  },
  {
    line: j({ level: 'warn', destination: 'pardot', status: 200, body: { '@attributes': { stat: 'fail', version: 1, err_code: 66 }, err: 'You have exceeded your concurrent request limit.  Please wait, before trying again' } }),
    category: 'transient',
    rule: 'pardot/concurrency',
    note: '66 is the five-in-flight concurrency limit, not the daily quota',
  },
  {
    line: '2026-03-10 10:00:03 WARNING pypardot4 PardotAPIError: Error #66: You have exceeded your concurrent request limit.  Please wait, before trying again',
    category: 'transient',
    destination: 'pardot',
    rule: 'pardot/concurrency-text',
    note: 'the same limit printed by PyPardot4',
  },
  {
    line: j({ level: 'error', url: 'https://pi.pardot.com/api/prospect/version/4/do/upsert/email/ada@example', record_id: 'lead-42', body: { '@attributes': { stat: 'fail', version: 1, err_code: 4 }, err: 'Invalid prospect email address' } }),
    category: 'validation',
    destination: 'pardot',
    field: 'email',
    rule: 'pardot/prospect-email',
    note: '4 on create/upsert: the email is malformed or too long; the host names Pardot',
  },
  {
    line: '2026-03-10T10:00:04Z ERROR pardot upsert failed for lead-43: Invalid prospect email address',
    category: 'validation',
    field: 'email',
    rule: 'pardot/prospect-email-text',
    note: 'the wording alone',
  },
  {
    line: j({ level: 'error', destination: 'pardot', status: 400, body: { code: 9, message: 'A prospect with the specified email address already exists' } }),
    category: 'validation',
    cause: '9 duplicate',
    rule: 'pardot/duplicate',
    note: 'v5 body: 9 create of an existing prospect',
  },
  {
    line: j({ level: 'error', destination: 'pardot', status: 400, record_id: 'lead-44', body: { code: 57, message: 'Invalid date entered for field: birthday__c' } }),
    category: 'validation',
    field: 'birthday__c',
    rule: 'pardot/invalid-request',
    note: '57 names the field',
  },
  {
    line: j({ level: 'error', destination: 'pardot', status: 200, body: { '@attributes': { stat: 'fail', version: 1, err_code: 89 }, err: 'Your account is unable to use version 4 of the API.' } }),
    category: 'auth',
    rule: 'pardot/api-version',
    note: '89: the account’s AMPSEA setting fixes the API version; every call fails until the connection switches',
  },
  {
    line: j({ level: 'error', destination: 'pardot', status: 400, body: { code: 67, message: 'You have reached or exceeded the limit of how many of this type of object you may have.' } }),
    category: 'plan',
    rule: 'pardot/account-limit',
    note: '67: the account’s object count limit',
  },
  {
    line: j({ level: 'error', destination: 'pardot', status: 200, body: { '@attributes': { stat: 'fail', version: 1, err_code: 37 }, err: 'A SalesForce connector was detected' } }),
    category: 'validation',
    rule: 'pardot/crm-connector',
    note: '37: opportunities are edited in Salesforce when the connector is on',
  },
  {
    line: j({ level: 'error', destination: 'pardot', status: 400, url: 'https://login.salesforce.com/services/oauth2/token', error: 'invalid_grant', error_description: 'expired access/refresh token' }),
    category: 'auth',
    destination: 'pardot',
    rule: 'oauth/invalid-grant',
    note: 'Pardot’s OAuth runs on login.salesforce.com: the destination field keeps the line Pardot’s',
  },
  {
    line: j({ level: 'error', destination: 'zendesk', status: 422, body: { error: { code: 4, message: 'Invalid prospect' } } }),
    category: 'validation',
    destination: 'zendesk',
    note: 'near miss: a numeric 4 on another provider’s line is not Pardot’s invalid email',
  },
];
