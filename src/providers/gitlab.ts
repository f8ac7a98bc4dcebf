import type { Provider } from './provider.js';

/**
 * GitLab REST API v4 (gitlab.com and self-managed hosts, conventionally `gitlab.<company>.<tld>`),
 * clients python-gitlab (`gitlab.exceptions.GitlabListError: 403: …`), the Ruby gem
 * (`Gitlab::Error::Forbidden`, "Server responded with code 403, message: …"), go-gitlab,
 * @gitbeaker. Bodies are `{"message": "401 Unauthorized"}` or, for a token without the scope the
 * endpoint needs, OAuth's `{"error": "insufficient_scope", "error_description": "The request
 * requires higher privileges than provided by the access token.", "scope": "api"}`.
 * - 401, `invalid_token` (expired or revoked personal / project access token): auth.
 * - 403 insufficient_scope, "403 Forbidden" on a project the user's role may not touch: permissions.
 * - 429 "Retry later" (rate limits per user and IP): transient.
 * Sources: docs.gitlab.com/ee/api/rest/troubleshooting.html (status codes), /api/rest/authentication
 * (insufficient_scope), /user/gitlab_com/index.html#gitlabcom-specific-rate-limits.
 */
const GL = ['gitlab'];

export const provider: Provider = {
  name: 'gitlab',
  display: 'GitLab',
  hints: ['gitlab\\.com', 'gitlab(?:\\.[\\w-]+){2,}', 'Gitlab::Error::\\w+', 'gitlab\\.exceptions\\.\\w+', 'python-gitlab', 'go-gitlab', '@gitbeaker/\\w+', 'Gitlab\\w*Error'],
  aliases: ['gitlabcom'],
  links: {
    auth: 'https://docs.gitlab.com/user/profile/personal_access_tokens/',
    permissions: 'https://docs.gitlab.com/user/permissions/',
    validation: 'https://docs.gitlab.com/api/rest/troubleshooting/',
    transient: 'https://docs.gitlab.com/user/gitlab_com/#rate-limits-on-gitlabcom',
    outage: 'https://status.gitlab.com',
  },
  rules: [
    {
      id: 'gitlab/insufficient-scope',
      category: 'permissions',
      cause: 'insufficient_scope',
      message: /requires higher privileges than provided by the access token|\binsufficient_scope\b/,
      destination: GL,
      summary: 'GitLab token lacks the scope (or the user the role) this call needs',
      fix: 'Create the token with the scope the body names (api, read_api, write_repository) and a role on the project that allows the call; keep syncing the rest.',
    },
    {
      id: 'gitlab/forbidden',
      category: 'permissions',
      cause: '403 Forbidden',
      message: /\b403(?: Forbidden|: 403 Forbidden)\b|Gitlab::Error::Forbidden/,
      destination: GL,
      summary: 'GitLab refused the call for this user or token (403)',
      fix: 'Give the token’s user a role on the project or group that allows the call (Developer, Maintainer); keep syncing the rest.',
    },
    {
      id: 'gitlab/unauthorized',
      category: 'auth',
      cause: '401 Unauthorized',
      message: /\b401(?: Unauthorized|: 401 Unauthorized)\b|Gitlab::Error::Unauthorized|\binvalid_token\b/,
      destination: GL,
      summary: 'GitLab token rejected (expired, revoked or wrong)',
      fix: 'Create a new access token (they expire) and update the connection; pause the sync until then.',
    },
  ],
};
