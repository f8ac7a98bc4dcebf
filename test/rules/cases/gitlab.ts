import type { RuleCase } from '../rule-tester.js';

/**
 * GitLab REST API v4. Sources: docs.gitlab.com/api/rest/troubleshooting (status codes),
 * docs.gitlab.com/api/rest/authentication (insufficient_scope body); python-gitlab's
 * GitlabListError / GitlabGetError text ("403: 403 Forbidden"), the gitlab Ruby gem's
 * "Server responded with code 403, message: …".
 */
const j = (o: unknown): string => JSON.stringify(o);

export const gitlabCases: RuleCase[] = [
  {
    line: j({ level: 'error', status: 403, url: 'https://gitlab.com/api/v4/projects/42/repository/tree', body: { error: 'insufficient_scope', error_description: 'The request requires higher privileges than provided by the access token.', scope: 'read_api' } }),
    category: 'permissions',
    destination: 'gitlab',
    note: 'a read_user token on a repository endpoint (OAuth’s code decides)',
  },
  {
    line: 'Gitlab::Error::Forbidden: Server responded with code 403, message: The request requires higher privileges than provided by the access token.. Request URI: https://gitlab.com/api/v4/projects/42',
    category: 'permissions',
    destination: 'gitlab',
    rule: 'gitlab/insufficient-scope',
    note: 'the Ruby gem relays the description without the code',
  },
  {
    line: 'gitlab.exceptions.GitlabGetError: 403: 403 Forbidden',
    category: 'permissions',
    destination: 'gitlab',
    rule: 'gitlab/forbidden',
    note: 'python-gitlab: the user’s role may not read the project',
  },
  {
    line: 'Gitlab::Error::Unauthorized: Server responded with code 401, message: 401 Unauthorized. Request URI: https://gitlab.acme.example.com/api/v4/user',
    category: 'auth',
    destination: 'gitlab',
    rule: 'gitlab/unauthorized',
    note: 'Ruby gem on a self-managed host: an expired personal access token',
  },
];
