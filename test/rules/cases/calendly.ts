import type { RuleCase } from '../rule-tester.js';

/**
 * Calendly API v2 bodies (`{"title":…,"message":…,"details":[…]}`, the title read as the code) and
 * the calendlyr gem's exception lines.
 * Sources: Calendly's OpenAPI as vendored in speakeasy-sdks/calendly-python openapi/openapi.yaml
 * (UNAUTHENTICATED, PERMISSION_DENIED, INVALID_ARGUMENT responses; the 403 "upgrade" and seat
 * examples, 409 Already Invited, 424 External Calendar Error, Race Condition);
 * araluce/calendlyr lib/calendlyr/error.rb; botpress/botpress #14197; PostHog/posthog #100696.
 */
const j = (o: unknown): string => JSON.stringify(o);
const API = 'https://api.calendly.com';

export const calendlyCases: RuleCase[] = [
  {
    line: j({ level: 'error', status: 401, url: `${API}/users/me`, body: { title: 'Unauthenticated', message: 'The access token is invalid' } }),
    category: 'auth',
    destination: 'calendly',
    rule: 'oauth/invalid-token',
    note: 'OpenAPI UNAUTHENTICATED (PostHog #100696: a rejected personal access token): the generic OAuth rule knows the title; the host names Calendly',
  },
  {
    line: j({ level: 'error', status: 403, url: `${API}/webhook_subscriptions`, body: { title: 'Permission Denied', message: 'Please upgrade your Calendly account to Professional' } }),
    category: 'plan',
    destination: 'calendly',
    rule: 'calendly/upgrade-required-title',
    note: 'OpenAPI 403 example (basic and essentials tiers) and botpress #14197: webhooks need a paid plan, not a role',
  },
  {
    line: j({ level: 'error', status: 403, url: `${API}/organizations/AAAAAAAAAAAAAAAA/invitations`, body: { title: 'Permission Denied', message: "You already sent all the invitations you're allotted based upon the number of seats purchased with your account. Please purchase more seats to send more invitations." } }),
    category: 'plan',
    destination: 'calendly',
    rule: 'calendly/upgrade-required-title',
    note: 'OpenAPI "Quantity Overflow": the seats bought, not a permission',
  },
  {
    line: j({ level: 'error', status: 403, url: `${API}/user_busy_times?user=${encodeURIComponent(`${API}/users/BBBBBBBBBBBBBBBB`)}`, body: { title: 'Permission Denied', message: 'This user is not in your organization' } }),
    category: 'permissions',
    destination: 'calendly',
    rule: 'calendly/permission-denied',
    note: 'OpenAPI 403 "Caller and user are not in same organization"',
  },
  {
    line: j({ level: 'error', status: 403, url: `${API}/data_compliance/deletion/invitees`, body: { title: 'Permission Denied', message: 'You must be an admin/owner with the data requests permission enabled to use this resource. Contact Calendly support and ask them to grant you data requests permission.' } }),
    category: 'permissions',
    destination: 'calendly',
    rule: 'calendly/permission-denied',
    note: 'OpenAPI 403 on data compliance: the role of the connected user',
  },
  {
    line: j({ level: 'error', status: 424, url: `${API}/user_busy_times`, body: { title: 'External Calendar Error', message: 'There is a problem accessing your calendar.' } }),
    category: 'auth',
    destination: 'calendly',
    rule: 'calendly/external-calendar',
    note: 'OpenAPI 424 "Calendar Connection Failed": the user must reconnect the calendar in Calendly',
  },
  {
    line: j({ level: 'warn', status: 400, url: `${API}/organizations/AAAAAAAAAAAAAAAA/invitations`, body: { title: 'Race Condition', message: 'A race condition occurred when processing the request.  Please try the request again.' } }),
    category: 'transient',
    destination: 'calendly',
    rule: 'calendly/race-condition',
    note: 'OpenAPI "Race Condition" example: Calendly asks for the same request again',
  },
  {
    line: j({ level: 'error', status: 400, url: `${API}/organizations/AAAAAAAAAAAAAAAA/invitations`, body: { title: 'Invalid Argument', message: 'The supplied parameters are invalid.', details: [{ parameter: 'email', message: 'must be filled' }] } }),
    category: 'validation',
    destination: 'calendly',
    field: 'email',
    rule: 'calendly/invalid-request',
    note: 'OpenAPI INVALID_ARGUMENT with details[].parameter',
  },
  {
    line: j({ level: 'error', status: 400, url: `${API}/organizations/AAAAAAAAAAAAAAAA/invitations`, body: { title: 'Already Invited', message: 'email@example.com has already been invited' } }),
    category: 'validation',
    destination: 'calendly',
    rule: 'calendly/invalid-request',
    note: 'OpenAPI "Invitation Already Exists": the record, not the connection',
  },
  {
    line: 'Calendlyr::PaymentRequired: [Error 403] Permission Denied. Please upgrade your Calendly account to Professional',
    category: 'plan',
    destination: 'calendly',
    rule: 'calendly/upgrade-required',
    note: 'calendlyr error.rb: a 403 whose message says upgrade raises PaymentRequired',
  },
  {
    line: 'Calendlyr::Unauthenticated: [Error 401] Unauthenticated. The access token is invalid',
    category: 'auth',
    destination: 'calendly',
    rule: 'calendly/sdk-auth',
    note: 'calendlyr error.rb: the 401 class and its "[Error <code>] <title>. <message>" text',
  },
  {
    line: j({ level: 'warn', status: 429, url: `${API}/scheduled_events?organization=${encodeURIComponent(`${API}/organizations/AAAAAAAAAAAAAAAA`)}`, body: { title: 'Too Many Requests', message: 'You have exceeded the rate limit' } }),
    category: 'transient',
    destination: 'calendly',
    rule: 'http/rate-limit-message',
    note: 'a plain 429 is the generic rules’ (calendlyr raises TooManyRequests for it); the host names Calendly',
  },
];
