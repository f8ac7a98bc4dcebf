import type { Provider } from './provider.js';

/**
 * Toggl Track (API v9 `api.track.toggl.com/api/v9/…`, Reports API v3 `api.track.toggl.com/reports/
 * api/v3/…`; the retired v8 on `www.toggl.com/api/v8` and `toggl.com/reports/api/v2`). Error bodies
 * are a bare string (`"Workspace not found"`, plain text or a JSON string), so the status and the
 * wording decide:
 * - 403 with an empty body: the API token (Basic auth `<token>:api_token`) or email/password is
 *   wrong or missing; Toggl answers no 401. toggl-cli raises `TogglAuthenticationException`
 *   "Authentication credentials are not correct." for every 403: auth.
 * - 402 "You have hit your hourly limit for API calls. Your quota will reset in N seconds." (since
 *   September 2025: per user and organization, 30 an hour on Free, 240 on Starter, 600 on Premium;
 *   `X-Toggl-Quota-Remaining`, `X-Toggl-Quota-Resets-In`): the quota comes back within the hour:
 *   transient, raising the plan is the lasting fix.
 * - other 402s: a Premium feature on a workspace that is not Premium (toggl-cli's
 *   `TogglPremiumException` "Request tried to utilized Premium functionality on workspace which is
 *   not Premium!"): plan (generic 402 for the bare status).
 * - 429 (leaky bucket, about one request a second per token and IP; `TogglThrottlingException`):
 *   transient (generic). 400/404 strings: validation (generic); 5xx: transient.
 * Sources: developers.track.toggl.com/docs (API format, rate limiting, 403 and 404 responses of
 * /me), support.toggl.com/en-us/article/api-webhook-limits-85auc8 (hourly quotas by plan),
 * engineering.toggl.com/docs (402 for quota tied to the plan); AuHau/toggl-cli toggl/utils/others.py
 * handle_error (402/403/429/404 exceptions); toggl/toggl_api_docs #224, #311, #426;
 * fyyyyy/Toggl-to-Jira-Chrome-Extension #19 and #20 (403 without a token); kostajh/taskwarrior-time-
 * tracking-hook #31 (quota surfacing as the Premium exception); public clients parsing "quota will
 * reset in N seconds" from 402 bodies; beauraines/toggl-cli #227 (quota headers).
 */
const T = ['toggl'];

export const provider: Provider = {
  name: 'toggl',
  display: 'Toggl Track',
  aliases: ['toggltrack'],
  hints: [
    '(?:api\\.)?track\\.toggl\\.com',
    '(?:www\\.)?toggl\\.com/(?:api|reports)/',
    'toggl\\.(?:exceptions|api|utils)(?:\\.\\w+)*',
    'Toggl(?:Authentication|Premium|Throttling|NotFound|Server|Api|Validation)Exception',
    'TogglPy',
    'X-Toggl-Quota-[A-Za-z-]+',
  ],
  links: {
    auth: 'https://track.toggl.com/profile',
    permissions: 'https://support.toggl.com/en-us/article/api-webhook-limits-85auc8',
    plan: 'https://toggl.com/track/pricing/',
    validation: 'https://developers.track.toggl.com/docs',
    transient: 'https://support.toggl.com/en-us/article/api-webhook-limits-85auc8',
    outage: 'https://status.toggl.com',
  },
  rules: [
    {
      id: 'toggl/hourly-quota',
      category: 'transient',
      cause: 'hourly API quota',
      message: /You have hit your hourly limit for API calls|\b(?:Your|The) quota will reset in \d+ seconds\b/i,
      summary: 'Toggl Track hourly API quota used up (it resets within the hour)',
      fix: 'Wait for the reset (X-Toggl-Quota-Resets-In) and spread the sync’s calls over the hour; if every run hits it, the workspace’s plan allows too few calls (30/240/600 an hour on Free/Starter/Premium).',
    },
    {
      id: 'toggl/premium-required',
      category: 'plan',
      cause: 'Premium feature',
      message: /Request tried to utili[sz]ed? Premium functionality|\bTogglPremiumException\b/i,
      summary: 'Toggl Track workspace is not on a plan that allows this',
      fix: 'Upgrade the workspace (or stop syncing the paid feature: rates, tasks, time entries for other users); note that clients also raise this for the hourly quota on 402.',
    },
    {
      id: 'toggl/sdk-auth',
      category: 'auth',
      cause: 'credentials not correct',
      message: /\bTogglAuthenticationException\b|Authentication credentials are not correct/,
      summary: 'Toggl Track rejected the API token',
      fix: 'Copy the API token from the Toggl Track profile page again (send it as `<token>:api_token`); pause the sync until then.',
    },
    {
      // Toggl answers a wrong or missing token with 403, not 401.
      id: 'toggl/http-403',
      category: 'auth',
      cause: 'HTTP 403',
      status: [403],
      destination: T,
      summary: 'Toggl Track rejected the credentials (HTTP 403)',
      fix: 'Check the API token (profile page; `<token>:api_token` as Basic auth) and that the user belongs to the workspace the sync reads; pause the sync until then.',
    },
  ],
};
