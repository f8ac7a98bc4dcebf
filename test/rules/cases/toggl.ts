import type { RuleCase } from '../rule-tester.js';

/**
 * Toggl Track API v9 / Reports v3: plain-string bodies, the hourly quota's 402, the 403 Toggl answers
 * for bad credentials, and toggl-cli's exceptions.
 * Sources: developers.track.toggl.com/docs (403 and 429); support.toggl.com api-webhook-limits
 * (hourly quotas since September 2025); AuHau/toggl-cli handle_error (TogglAuthenticationException,
 * TogglPremiumException, TogglThrottlingException); kostajh/taskwarrior-time-tracking-hook #31;
 * public Toggl clients' tests with the 402 "You have hit your hourly limit for API calls" body;
 * fyyyyy/Toggl-to-Jira-Chrome-Extension #19 / #20, arendjantetteroo/guzzle-toggl #28 (403 responses).
 */
const j = (o: object) => JSON.stringify(o);
const V9 = 'https://api.track.toggl.com/api/v9';

export const togglCases: RuleCase[] = [
  {
    line: j({ level: 'error', status: 402, url: `${V9}/workspaces/4081516/time_entries`, body: 'You have hit your hourly limit for API calls. Your quota will reset in 1838 seconds.' }),
    category: 'transient',
    destination: 'toggl',
    rule: 'toggl/hourly-quota',
    note: 'Toggl clients’ 402 fixtures: the hourly quota resets within the hour, not the generic 402’s plan',
  },
  {
    line: 'An error occurred: Request tried to utilized Premium functionality on workspace which is not Premium!',
    category: 'plan',
    destination: 'toggl',
    rule: 'toggl/premium-required',
    note: 'kostajh/taskwarrior-time-tracking-hook #31: toggl-cli’s TogglPremiumException text for a 402',
  },
  {
    line: "toggl.exceptions.TogglAuthenticationException: (403, '', 'Authentication credentials are not correct.')",
    category: 'auth',
    destination: 'toggl',
    rule: 'toggl/sdk-auth',
    note: 'AuHau/toggl-cli handle_error: every 403 is raised as an authentication failure',
  },
  {
    line: 'GuzzleHttp\\Exception\\ClientException (403) Client error: GET https://api.track.toggl.com/api/v9/me/time_entries?start_date=2024-01-01 resulted in a 403 Forbidden response',
    category: 'auth',
    destination: 'toggl',
    rule: 'toggl/http-403',
    note: 'arendjantetteroo/guzzle-toggl #28 and Toggl-to-Jira #20: a missing or wrong API token answers 403, not 401',
  },
  {
    line: "toggl.exceptions.TogglThrottlingException: (429, '', \"Toggl's API refused your request for throttling reasons.\")",
    category: 'transient',
    destination: 'toggl',
    rule: 'http/rate-limit-message',
    note: 'toggl-cli: the leaky-bucket 429 is the generic rate limit; the exception names Toggl',
  },
  {
    line: j({ level: 'error', status: 400, url: `${V9}/workspaces/4081516/time_entries`, body: '"Invalid project_id"' }),
    category: 'validation',
    destination: 'toggl',
    rule: 'http/4xx',
    note: 'developers.track.toggl.com: 4xx bodies are a bare string',
  },
];
