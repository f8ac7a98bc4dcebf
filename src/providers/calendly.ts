import type { Provider } from './provider.js';

/**
 * Calendly API v2 (`api.calendly.com`; OAuth on `auth.calendly.com`). Error bodies carry a title
 * and a message, the title acting as the code: `{"title":"Unauthenticated","message":"The access
 * token is invalid"}`, `{"title":"Invalid Argument","message":"The supplied parameters are
 * invalid.","details":[{"parameter":"email","message":"must be filled"}]}`. The title is read as
 * the code (lower-cased: `permission denied`), `details[].parameter` names the field.
 * - 401 `Unauthenticated` ("The access token is invalid": a revoked personal access token, or an
 *   OAuth token past its two hours): auth. The generic OAuth rules know that title.
 * - 403 `Permission Denied` is three things: a missing role or another organization's user ("You
 *   do not have permission", "This user is not in your organization", "You must be an admin/owner
 *   with the data requests permission enabled", "…organization with SCIM enabled") is
 *   permissions; "Please upgrade your Calendly account to Professional / Enterprise" (webhooks,
 *   routing forms, activity log and data compliance need a paid tier) and the seat limit ("You
 *   already sent all the invitations you're allotted based upon the number of seats purchased",
 *   "…allotted to you with a trial account") are plan.
 * - 400 `Invalid Argument`, 404 `Resource Not Found`, `Invalid Email`, 409 `Already Exists`,
 *   `Already Invited`, `Already Organization Member`, `Invitation Already Accepted`: validation.
 * - 424 `External Calendar Error` ("There is a problem accessing your calendar."): the Calendly
 *   user's connected calendar (Google, Outlook) must be reconnected in Calendly: auth.
 * - `Race Condition` ("A race condition occurred when processing the request. Please try the
 *   request again."), 429, 500 `Internal Server Error`: transient.
 * Client libraries: the calendlyr gem raises `Calendlyr::Unauthenticated`, `PermissionDenied`,
 * `PaymentRequired` (a 403 whose message says upgrade), `ExternalCalendarError`, `TooManyRequests`
 * with "[Error 403] Permission Denied. <message>"; koshilife's calendly gem raises
 * `Calendly::ApiError` (title, status, message).
 * Sources: Calendly's OpenAPI (developer.calendly.com/openapi/calendly-api.yaml, as vendored in
 * speakeasy-sdks/calendly-python openapi/openapi.yaml: UNAUTHENTICATED, PERMISSION_DENIED,
 * INVALID_ARGUMENT, NOT_FOUND, ALREADY_EXISTS responses and the 403/409/424 examples);
 * araluce/calendlyr lib/calendlyr/error.rb; koshilife/calendly-api-ruby-client
 * lib/calendly/api_error.rb; botpress/botpress #14197 (webhooks need a paid plan); PostHog/posthog
 * #100696 (401 rejected personal access token, 403 narrowly scoped token).
 */
const C = ['calendly'];

export const provider: Provider = {
  name: 'calendly',
  display: 'Calendly',
  hints: ['(?:api|auth)\\.calendly\\.com', 'Calendlyr(?:::\\w+)?', 'Calendly::(?:ApiError|Error)', 'calendly-api-ruby-client', 'calendly[-_](?:api|client|sdk)', 'tap-calendly', 'source-calendly'],
  links: {
    auth: 'https://calendly.com/integrations/api_webhooks',
    permissions: 'https://developer.calendly.com/docs/authentication/overview',
    plan: 'https://calendly.com/pricing',
    validation: 'https://developer.calendly.com/api-docs',
    transient: 'https://developer.calendly.com/api-docs',
    outage: 'https://status.calendly.com',
  },
  rules: [
    // The tier answers under the title "Permission Denied": decided before the permission rule below.
    {
      id: 'calendly/upgrade-required',
      category: 'plan',
      cause: 'Calendly plan upgrade required',
      message: /Please upgrade your Calendly account\b|\bCalendlyr::PaymentRequired\b/i,
      summary: 'The Calendly account’s plan does not include this API feature',
      fix: 'Upgrade the Calendly subscription to the tier the message names (webhooks need a paid plan, some endpoints Enterprise), or stop syncing that feature; retrying fails again.',
    },
    {
      id: 'calendly/upgrade-required-title',
      category: 'plan',
      cause: 'Calendly plan upgrade required',
      code: ['permission denied'],
      message: /\bupgrade your Calendly account\b|\bYou already sent all the invitations\b/i,
      summary: 'The Calendly account’s plan or seats do not allow this',
      fix: 'Upgrade the Calendly subscription or buy more seats (a trial account has a fixed allotment of invitations); pause the affected stream until then.',
    },
    {
      id: 'calendly/permission-denied',
      category: 'permissions',
      cause: 'Permission Denied',
      code: ['permission denied'],
      destination: C,
      summary: 'Calendly user may not access this resource (Permission Denied)',
      fix: 'Connect as an owner or admin of the Calendly organization (or a user of that organization), or grant the token the scope the endpoint needs; keep syncing other streams.',
    },
    {
      id: 'calendly/external-calendar',
      category: 'auth',
      cause: 'External Calendar Error',
      code: ['external calendar error'],
      summary: 'Calendly cannot read the user’s connected calendar',
      fix: 'The Calendly user must reconnect their calendar (Google, Outlook, iCloud) under Calendly’s calendar connections; busy-time syncs fail until then.',
    },
    {
      id: 'calendly/race-condition',
      category: 'transient',
      cause: 'Race Condition',
      code: ['race condition'],
      destination: C,
      summary: 'Calendly hit a race condition processing the request',
      fix: 'Retried: Calendly asks for the same request again.',
    },
    {
      id: 'calendly/invalid-request',
      category: 'validation',
      cause: '{code}',
      code: ['invalid argument', 'invalid email', 'resource not found', 'already exists', 'already invited', 'already organization member', 'invitation already accepted'],
      destination: C,
      summary: 'Calendly rejected the request for this record ({code})',
      fix: 'Fix the parameter Calendly names (details[].parameter), the URI of a user or event that does not exist, or skip an invitee already invited; retrying as is fails again.',
    },
    {
      id: 'calendly/sdk-auth',
      category: 'auth',
      cause: 'Unauthenticated',
      message: /\bCalendlyr::Unauthenticated\b/,
      summary: 'Calendly rejected the access token',
      fix: 'Create a new personal access token (Integrations → API & Webhooks) or reconnect the OAuth app; pause the sync until then.',
    },
  ],
};
