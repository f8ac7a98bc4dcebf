import type { RuleCase } from '../rule-tester.js';

/**
 * ActiveCampaign v3 (`<account>.api-us1.com/api/3`): `errors[]` with `code` and `source.pointer`,
 * bare `{"message"}` bodies for 403 / 404, v1 `result_message`. Sources:
 * developers.activecampaign.com/reference/errors; webgriffe/SyliusActiveCampaignPlugin specs;
 * activecampaign-api-php #8 / #12.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const activecampaignCases: RuleCase[] = [
  {
    line: j({
      level: 'error',
      url: 'https://acme1646663336.api-us1.com/api/3/contacts',
      status: 422,
      record_id: 'c-88',
      body: { errors: [{ title: 'Email address already exists in the system', detail: '', code: 'duplicate', source: { pointer: '/data/attributes/email' } }] },
    }),
    category: 'validation',
    destination: 'activecampaign',
    field: 'email',
    rule: 'activecampaign/duplicate',
    note: 'create of an existing contact; the account host names ActiveCampaign',
  },
  {
    line: j({ level: 'error', destination: 'activecampaign', status: 422, body: { errors: [{ title: 'The contact first name is required', detail: '', code: 'field_missing', source: { pointer: '/data/attributes/firstName' } }] } }),
    category: 'validation',
    field: 'firstName',
    rule: 'activecampaign/field',
    note: 'field_missing names the attribute by its pointer',
  },
  {
    line: j({ level: 'error', destination: 'activecampaign', status: 403, body: { message: 'You are not authorized to access this resource' } }),
    category: 'auth',
    rule: 'activecampaign/not-authorized',
    note: '403 with this body: a wrong token or account URL',
  },
  {
    line: j({ level: 'error', destination: 'activecampaign', status: 200, body: { result_code: 0, result_message: 'You are not authorized to access this file', result_output: 'json' } }),
    category: 'auth',
    rule: 'activecampaign/not-authorized',
    note: 'v1 API: the same refusal on HTTP 200',
  },
  {
    line: j({ level: 'error', destination: 'activecampaign', status: 404, body: { message: 'No Result found for Subscriber with id 1' } }),
    category: 'validation',
    rule: 'activecampaign/not-found',
    note: 'the contact is gone',
  },
  {
    line: j({ level: 'error', destination: 'ActiveCampaign', status: 402, body: { message: 'Payment Required' } }),
    category: 'plan',
    rule: 'activecampaign/payment',
    note: '402: the account’s payment issue',
  },
  {
    line: 'WARN POST https://acme.api-us1.com/api/3/contact/sync 429 Too Many Requests',
    category: 'transient',
    destination: 'activecampaign',
    rule: 'activecampaign/rate-limit',
    note: 'five requests a second; host-only line',
  },
];
