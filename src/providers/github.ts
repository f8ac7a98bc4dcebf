import type { Provider } from './provider.js';

/**
 * GitHub REST and GraphQL APIs (tap-github, PyGithub, Octokit): `{"message","documentation_url"}`,
 * 422 adds `errors[{resource, field, code}]`; GraphQL errors carry `type`.
 * A 403 is a rate limit as often as a permission: the message decides. The primary limit (5,000 an
 * hour per token) resets within the hour: transient, wait for x-ratelimit-reset.
 * Sources: docs.github.com/en/rest/using-the-rest-api/troubleshooting-the-rest-api ("Bad
 * credentials", "Resource not accessible by integration", 404 for resources the token may not
 * see), /rate-limits-for-the-rest-api (primary: x-ratelimit-remaining 0; secondary: "You have
 * exceeded a secondary rate limit"), /using-the-rest-api/…#client-errors (422 errors[].code:
 * missing, missing_field, invalid, already_exists, unprocessable, custom); GraphQL INSUFFICIENT_SCOPES.
 */
const G = ['github'];

export const provider: Provider = {
  name: 'github',
  display: 'GitHub',
  // Not the bare word: "github" is in half the paths and URLs of any log.
  // Error bodies carry `"documentation_url": "https://docs.github.com/rest…"` (developer.github.com/v3
  // in older ones); the extractor reads that key's URL, so these hosts name GitHub from it.
  // GitHub Enterprise Server answers at its own host under /api/v3 (`https://github.acme.com/api/v3/…`).
  hints: ['api\\.github\\.com', 'github(?:\\.[\\w-]{1,60}){1,4}/api/(?:v3|graphql)', 'developer\\.github\\.com/v3', 'docs\\.github\\.com/(?:en/)?(?:rest|graphql)', 'tap-github', 'PyGithub', 'github\\.GithubException', '@?octokit'],
  links: {
    auth: 'https://github.com/settings/tokens',
    permissions: 'https://docs.github.com/en/rest/authentication/permissions-required-for-github-apps',
    validation: 'https://docs.github.com/en/rest/using-the-rest-api/troubleshooting-the-rest-api',
    transient: 'https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api',
    outage: 'https://www.githubstatus.com',
  },
  rules: [
    {
      id: 'github/insufficient-scopes',
      category: 'permissions',
      cause: 'INSUFFICIENT_SCOPES',
      code: ['INSUFFICIENT_SCOPES'],
      fieldFrom: /requires one of the following scopes: \[([^\]]+)\]/,
      summary: 'GitHub token lacks a scope the GraphQL query needs',
      fix: 'Regenerate the token (or reinstall the app) with the scope the message names; keep syncing unaffected streams.',
    },
    // 422 "Validation Failed": errors[].code says why, errors[].field names the field.
    {
      id: 'github/validation-failed',
      category: 'validation',
      cause: '{code}',
      code: ['missing_field', 'missing', 'invalid', 'already_exists', 'unprocessable', 'custom'],
      destination: G,
      summary: 'GitHub rejected `{field}` ({code})',
      fix: 'Fix the value mapped to the field (already_exists: the object exists, update it instead); never retry the same payload.',
    },
    // A body that fails the endpoint's JSON schema: "Invalid request.\n\n\"archived\" is not a permitted key.",
    // "\"title\" wasn't supplied.", "For 'properties/private', \"yes\" is not a boolean."
    {
      id: 'github/invalid-request',
      category: 'validation',
      cause: 'Invalid request',
      status: [422],
      message: /\bInvalid request\.[\s\S]{0,300}?(?:"[\w.-]{1,80}" is not a permitted key|"[\w.-]{1,80}" wasn't supplied|For '(?:properties\/)?[\w.-]{1,80}', )/,
      destination: G,
      fieldFrom: /"([\w.-]{1,80})" is not a permitted key|"([\w.-]{1,80})" wasn't supplied|For '(?:properties\/)?([\w.-]{1,80})', /,
      summary: 'GitHub rejected the request body at `{field}`',
      fix: 'Remove or fix the key the message names (an older GitHub Enterprise Server may not know a newer key); never retry the same payload.',
    },
    {
      id: 'github/bad-credentials',
      category: 'auth',
      cause: 'Bad credentials',
      message: /\bBad credentials\b|\bRequires authentication\b|This endpoint requires you to be authenticated/i,
      destination: G,
      summary: 'GitHub token invalid, expired or revoked',
      fix: 'Generate a new token (or reinstall the GitHub App) and update the connection; pause the sync until then.',
    },
    {
      id: 'github/secondary-rate-limit',
      category: 'transient',
      cause: 'secondary rate limit',
      message: /exceeded a secondary rate limit|triggered an abuse detection mechanism/i,
      summary: 'GitHub secondary rate limit (too many concurrent or rapid requests)',
      fix: 'Retry after Retry-After (or at least a minute); make requests serially and slow down content-creating calls if it persists.',
    },
    {
      id: 'github/primary-rate-limit',
      category: 'transient',
      cause: 'primary rate limit',
      message: /API rate limit exceeded for (?:user ID \d+|installation ID \d+|[\d.:a-f]+)/i,
      summary: 'GitHub hourly rate limit used up',
      fix: 'Wait for x-ratelimit-reset (within the hour); authenticate, or use a GitHub App installation token for a higher limit, if it recurs every run.',
    },
    // The headers say it when the body does not: x-ratelimit-remaining: 0 on a 403/429.
    {
      id: 'github/rate-limit-header',
      category: 'transient',
      cause: 'primary rate limit',
      message: /x-ratelimit-remaining["']?\s*[:=]\s*["']?0\b/i,
      destination: G,
      summary: 'GitHub hourly rate limit used up',
      fix: 'Wait for x-ratelimit-reset (within the hour); authenticate, or use a GitHub App installation token for a higher limit, if it recurs every run.',
    },
    {
      id: 'github/not-accessible',
      category: 'permissions',
      cause: 'Resource not accessible',
      message:
        /Resource not accessible by (?:integration|personal access token)|Must have admin rights to Repository|organization has enabled OAuth App access restrictions|Resource protected by organization SAML enforcement/i,
      summary: 'GitHub token or app lacks access to the repository or organization',
      fix: 'Grant the GitHub App the permission (or the repository) it needs, authorize the token for the organization’s SSO, or approve the OAuth app in the organization; keep syncing other repositories.',
    },
    // Git LFS on GitHub: past the account's LFS bandwidth or storage quota the batch API refuses
    // every object until more data packs are bought (docs.github.com, "About storage and bandwidth
    // usage" of Git LFS).
    {
      id: 'github/lfs-quota',
      category: 'plan',
      cause: 'LFS data quota',
      message: /(?:repository|account) is over its data quota|purchase more data packs to restore access/i,
      summary: 'GitHub Git LFS bandwidth or storage quota used up',
      fix: 'Buy data packs (or wait for the monthly bandwidth reset) on the account that owns the repository; pause LFS syncs until then.',
      link: 'https://docs.github.com/en/billing/managing-billing-for-git-large-file-storage/about-billing-for-git-large-file-storage',
    },
    // GitHub answers 404 (not 403) for private resources the token may not see.
    {
      id: 'github/not-found',
      category: 'validation',
      cause: 'Not Found',
      status: [404],
      destination: G,
      summary: 'GitHub resource not found (or not visible to the token)',
      fix: 'Check the owner/repository/id; if it exists, the token cannot see it (a private repository outside the token’s or app’s access): grant access.',
    },
  ],
};
