import type { Provider } from './provider.js';

/**
 * Help Scout Mailbox API 2.0 (`https://api.helpscout.net/v2/…`, OAuth2 tokens from
 * `api.helpscout.net/v2/oauth2/token`; Docs API on `docsapi.helpscout.net`). Errors are
 * vnd.error documents: `{"logRef": "…", "message": "Bad request", "_embedded": {"errors": [{"path":
 * "subject", "message": "may not be empty", "rejectedValue": …, "source": "JSON", "_links":
 * {"about": {"href": "…/errors#NotEmpty"}}}]}}`; each `errors[].path` is a rejected field (the PHP
 * SDK's fixture spells the links `links`). There are no error codes, so the status decides, as the
 * docs define it: 400 not formatted correctly / validation, 401 invalid credentials (the token, or a
 * user that is not an active invited user of the account), 402 API key suspended, 403 access
 * denied, 404, 409 the resource already exists (a customer with that email), 413 request too large
 * (100 kB, 256 kB for conversations), 429 the per-minute limit shared by the account (writes count
 * twice; body `{"message": "API rate limit exceeded"}`), 503 temporarily unavailable.
 * SDK: helpscout/helpscout-api-php (`HelpScout\Api\Exception\AuthenticationException` "Invalid
 * Credentials", `RateLimitExceededException` "Rate limit exceeded", `ValidationErrorException`
 * "Validation error - use getError() to see the underlying validation issues").
 * Sources: developer.helpscout.com/mailbox-api/overview/errors/ (the body above),
 * /overview/authentication, /overview/rate-limiting; the legacy /help-desk-api/status-codes table
 * (statuses, unchanged in 2.0); helpscout/helpscout-api-php src/Http/Handlers/*.php,
 * src/Exception/*.php and tests/Payloads/ErrorPayloads.php.
 */
const H = ['helpscout'];

const fixes = {
  auth: 'Re-authorize the Help Scout app (or create a new client id / secret) with an active, invited user and update the connection; pause the sync until then.',
  validation: 'Fix the value mapped to `{field}` (the sample shows what Help Scout expected); retrying the same record fails again.',
  rate: 'Retry after X-RateLimit-Retry-After; the per-minute limit is shared by every app of the account and writes count twice.',
};

export const provider: Provider = {
  name: 'helpscout',
  display: 'Help Scout',
  hints: ['(?:api|docsapi|secure)\\.helpscout\\.net', 'developer\\.helpscout\\.(?:com|net)', 'help ?scout', 'HelpScout\\\\Api\\\\\\w+(?:\\\\\\w+)*', 'helpscout[-_]mailbox[-_]api'],
  bodyKeys: ['logRef'],
  // {"path": "subject", "message": "may not be empty", "_links": {…}}
  fieldShapes: [
    { key: 'path', beside: '_links' },
    { key: 'path', beside: 'links' },
  ],
  links: {
    auth: 'https://developer.helpscout.com/mailbox-api/overview/authentication/',
    permissions: 'https://developer.helpscout.com/mailbox-api/overview/authentication/',
    plan: 'https://www.helpscout.com/pricing/',
    validation: 'https://developer.helpscout.com/mailbox-api/overview/errors/',
    transient: 'https://developer.helpscout.com/mailbox-api/overview/rate-limiting/',
    outage: 'https://status.helpscout.net',
  },
  rules: [
    // The PHP SDK's exception classes (the status is mapped onto the class).
    {
      id: 'helpscout/sdk-authentication',
      category: 'auth',
      cause: 'invalid credentials',
      message: /\bHelpScout\\Api\\Exception\\AuthenticationException\b/,
      summary: 'Help Scout rejected the credentials',
      fix: fixes.auth,
    },
    {
      id: 'helpscout/sdk-rate-limit',
      category: 'transient',
      cause: 'rate limit',
      message: /\bHelpScout\\Api\\Exception\\RateLimitExceededException\b/,
      summary: 'Help Scout rate limit (per minute, per account)',
      fix: fixes.rate,
    },
    {
      id: 'helpscout/sdk-validation',
      category: 'validation',
      cause: 'validation error',
      message: /\bHelpScout\\Api\\Exception\\ValidationErrorException\b/,
      summary: 'Help Scout rejected the record’s values',
      fix: fixes.validation,
    },
    {
      id: 'helpscout/rate-limit',
      category: 'transient',
      cause: 'rate limit',
      message: /^API rate limit exceeded\b/,
      destination: H,
      summary: 'Help Scout rate limit (per minute, per account)',
      fix: fixes.rate,
    },
    // vnd.error bodies: the top message names the kind, `_embedded.errors[].path` the fields.
    {
      id: 'helpscout/validation',
      category: 'validation',
      cause: 'validation error',
      message: /^(?:Validation error|Bad request)\b/,
      destination: H,
      summary: 'Help Scout rejected the record’s values',
      fix: fixes.validation,
    },
    // The documented statuses, on Help Scout's own lines.
    {
      id: 'helpscout/unauthorized',
      category: 'auth',
      cause: 'HTTP 401',
      status: [401],
      destination: H,
      summary: 'Help Scout rejected the token (invalid, expired, or its user is not an active user)',
      fix: fixes.auth,
    },
    {
      id: 'helpscout/suspended',
      category: 'plan',
      cause: 'HTTP 402',
      status: [402],
      destination: H,
      summary: 'Help Scout API access suspended for the account',
      fix: 'Settle the account’s billing or suspension with Help Scout; retrying will not help until then.',
    },
    {
      id: 'helpscout/access-denied',
      category: 'permissions',
      cause: 'HTTP 403',
      status: [403],
      destination: H,
      summary: 'Help Scout denied access (the user cannot see this mailbox or resource)',
      fix: 'Give the token’s user access to the mailbox (or an administrator role); keep syncing other mailboxes.',
    },
    {
      id: 'helpscout/already-exists',
      category: 'validation',
      cause: 'HTTP 409',
      status: [409],
      destination: H,
      summary: 'Help Scout resource already exists (e.g. a customer with this email)',
      fix: 'Update the existing customer instead of creating it, or dedupe the source.',
    },
    {
      id: 'helpscout/too-large',
      category: 'validation',
      cause: 'HTTP 413',
      status: [413],
      destination: H,
      summary: 'Help Scout request too large',
      fix: 'Keep the request under 100 kB (256 kB for a conversation, 10 MB for an attachment): trim the body or send attachments separately.',
    },
    {
      id: 'helpscout/throttled',
      category: 'transient',
      cause: 'rate limit',
      status: [429],
      destination: H,
      summary: 'Help Scout rate limit (per minute, per account)',
      fix: fixes.rate,
    },
  ],
};
