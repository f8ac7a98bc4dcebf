import type { RuleCase } from '../rule-tester.js';

/**
 * GitHub REST / GraphQL: docs.github.com troubleshooting and rate-limit pages; PyGithub and Octokit
 * exception text.
 */
const j = (o: object) => JSON.stringify(o);

export const githubCases: RuleCase[] = [
  {
    line: '* github_repository.docs: POST https://github.acme.internal/api/v3/orgs/acme/repos: 422 Invalid request. "archived" is not a permitted key. []',
    category: 'validation',
    destination: 'github',
    field: 'archived',
    rule: 'github/invalid-request',
    note: 'GitHub Enterprise Server at its own host; a key its schema does not know',
  },
  {
    line: j({ level: 'error', message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' }),
    category: 'auth',
    destination: 'github',
    rule: 'github/bad-credentials',
    note: 'documentation_url names GitHub when the log does not',
  },
  {
    line: 'tap-github | CRITICAL 401 Bad credentials',
    category: 'auth',
    destination: 'github',
    rule: 'github/bad-credentials',
    note: 'tap-github relays the 401',
  },
  {
    line: 'github.GithubException.RateLimitExceededException: 403 {"message": "API rate limit exceeded for user ID 1234567.", "documentation_url": "https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting"}',
    category: 'transient',
    destination: 'github',
    rule: 'github/primary-rate-limit',
    note: 'primary hourly limit on a 403: the message, not the status, decides',
  },
  {
    line: 'HttpError: API rate limit exceeded for installation ID 12345678. If you reach out to GitHub Support for help, please include the request ID C0DE:1234:5678.',
    category: 'transient',
    rule: 'github/primary-rate-limit',
    note: 'Octokit, GitHub App installation limit',
  },
  {
    line: 'RequestError [HttpError]: You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 1234:5678.',
    category: 'transient',
    rule: 'github/secondary-rate-limit',
    note: 'secondary limit (concurrency / content creation)',
  },
  {
    line: '2024-05-01 10:00:00 ERROR sync failed status=403 url=https://api.github.com/repos/acme/app/issues x-ratelimit-remaining=0 x-ratelimit-reset=1714561200',
    category: 'transient',
    destination: 'github',
    rule: 'github/rate-limit-header',
    note: 'only the headers say it: x-ratelimit-remaining 0',
  },
  {
    line: j({ level: 'error', status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/issues/issues#create-an-issue', status: '403' } }),
    category: 'permissions',
    rule: 'github/not-accessible',
    note: 'GitHub App lacks the permission',
  },
  {
    line: j({ level: 'error', status: 403, body: { message: 'Resource protected by organization SAML enforcement. You must grant your Personal Access token access to this organization.', documentation_url: 'https://docs.github.com/articles/authenticating-to-a-github-organization-with-saml-single-sign-on/' } }),
    category: 'permissions',
    rule: 'github/not-accessible',
    note: 'token not authorized for the organization’s SSO',
  },
  {
    line: j({
      level: 'error',
      errors: [
        {
          type: 'INSUFFICIENT_SCOPES',
          locations: [{ line: 1, column: 1 }],
          message: "Your token has not been granted the required scopes to execute this query. The 'login' field requires one of the following scopes: ['read:org'], but your token has only been granted the: ['repo'] scopes. Please modify your token's scopes at: https://github.com/settings/tokens.",
        },
      ],
    }),
    category: 'permissions',
    destination: 'github',
    rule: 'github/insufficient-scopes',
    note: 'GraphQL INSUFFICIENT_SCOPES',
  },
  {
    line: j({ level: 'error', status: 422, body: { message: 'Validation Failed', errors: [{ resource: 'Issue', code: 'missing_field', field: 'title' }], documentation_url: 'https://docs.github.com/rest/issues/issues#create-an-issue', status: '422' } }),
    category: 'validation',
    field: 'title',
    cause: 'missing_field',
    rule: 'github/validation-failed',
    note: '422 errors[].code and field',
  },
  {
    line: j({ level: 'error', status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/repos/repos#get-a-repository', status: '404' } }),
    category: 'validation',
    rule: 'github/not-found',
    note: '404 (also what a token sees for a private repository it may not read)',
  },
  {
    line: j({ level: 'error', destination: 'jira', status: 401, message: 'Bad credentials' }),
    category: 'auth',
    rule: 'http/auth-message',
    note: 'near miss: "Bad credentials" on another provider’s line is not GitHub’s',
  },
  {
    line: 'ERROR GET https://api.example.com/v1/items 429 x-ratelimit-remaining=0',
    category: 'transient',
    rule: 'http/rate-limit-message',
    note: 'near miss: x-ratelimit-remaining on another API is a generic rate limit',
  },
  {
    line: 'batch response: This repository is over its data quota. Account responsible for LFS bandwidth should purchase more data packs to restore access.',
    category: 'plan',
    destination: 'github',
    rule: 'github/lfs-quota',
    note: 'Git LFS on GitHub past its bandwidth quota; no level, the wording names it',
  },
];
