import type { RuleCase } from '../rule-tester.js';

/**
 * SendGrid v3 `{"errors":[{"message","field","help"}]}`: twilio.com/docs/sendgrid API reference and
 * real bodies in sendgrid-nodejs#1032, sendgrid-php#239, sendgrid-csharp#185, openwhyd#178.
 */
const j = (o: object) => JSON.stringify(o);
const sg = (message: string, field: string | null = null) => ({ errors: [{ message, field, help: null }] });

export const sendgridCases: RuleCase[] = [
  {
    line: j({ level: 'error', destination: 'sendgrid', status: 401, body: sg('The provided authorization grant is invalid, expired, or revoked') }),
    category: 'auth',
    rule: 'sendgrid/invalid-key',
    note: 'deleted or revoked API key',
  },
  {
    line: j({ level: 'error', destination: 'sendgrid', status: 401, body: sg('authorization required') }),
    category: 'auth',
    rule: 'sendgrid/authorization-required',
    note: 'no key sent',
  },
  {
    line: '(node:2233) UnhandledPromiseRejectionWarning: Unauthorized (401) Maximum credits exceeded',
    category: 'plan',
    destination: 'sendgrid',
    rule: 'sendgrid/credits-exceeded',
    note: 'a 401 that is the plan’s sending allowance (sendgrid-nodejs#1032)',
  },
  {
    line: 'email response:  {"errors":["Maximum credits exceeded"],"message":"error"}',
    category: 'plan',
    rule: 'sendgrid/credits-exceeded',
    note: 'v2 shape: errors as strings',
  },
  {
    line: j({
      level: 'error',
      destination: 'sendgrid',
      status: 403,
      body: sg('The from address does not match a verified Sender Identity. Mail cannot be sent until this error is resolved. Visit https://sendgrid.com/docs/for-developers/sending-email/sender-identity/ to see the Sender Identity requirements', 'from'),
    }),
    category: 'permissions',
    field: 'from',
    rule: 'sendgrid/sender-identity',
    note: 'unverified sender on a 403',
  },
  {
    line: j({ level: 'error', destination: 'sendgrid', status: 403, body: sg('access forbidden') }),
    category: 'permissions',
    rule: 'sendgrid/access-forbidden',
    note: 'key without the scope',
  },
  {
    line: j({ level: 'error', destination: 'sendgrid', status: 429, body: sg('too many requests') }),
    category: 'transient',
    rule: 'sendgrid/too-many-requests',
    note: 'rate limit',
  },
  {
    line: j({
      level: 'error',
      destination: 'sendgrid',
      status: 400,
      record_id: 'u_77',
      body: { errors: [{ message: 'Does not contain a valid address.', field: 'personalizations.0.to.0.email', help: 'http://sendgrid.com/docs/API_Reference/Web_API_v3/Mail/errors.html#message.personalizations.to' }] },
    }),
    category: 'validation',
    field: 'personalizations.0.to.0.email',
    rule: 'sendgrid/invalid-payload',
    note: 'invalid recipient address, field path',
  },
  {
    line: 'ERROR Twilio SendGrid: {"errors":[{"message":"Maximum credits exceeded","field":null,"help":null}]}',
    category: 'plan',
    destination: 'sendgrid',
    note: 'near miss: "Twilio SendGrid" names SendGrid, not Twilio',
  },
  {
    line: j({ level: 'error', destination: 'acme', status: 403, message: 'access forbidden' }),
    category: 'permissions',
    rule: 'http/permission-message',
    note: 'near miss: "access forbidden" elsewhere is generic',
  },
];
