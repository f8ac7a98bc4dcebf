import type { Provider } from './provider.js';

/** GitHub REST and GraphQL APIs (tap-github, PyGithub, Octokit). */
export const provider: Provider = {
  name: 'github',
  display: 'GitHub',
  // Not the bare word: "github" is in half the paths and URLs of any log.
  // Error bodies carry `"documentation_url": "https://docs.github.com/rest…"` (developer.github.com/v3 in older ones).
  hints: ['api\\.github\\.com', 'developer\\.github\\.com/v3', 'docs\\.github\\.com/rest', 'tap-github', 'PyGithub', '@?octokit'],
  links: {
    transient: 'https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api',
    outage: 'https://www.githubstatus.com',
  },
};
