import type { Provider } from './provider.js';

/**
 * Freshdesk API v2: field errors are `{"description":"Validation failed","errors":[{"field","message",
 * "code"}]}`; account-level errors are a flat `{"code","message"}` (`invalid_credentials` on 401,
 * `access_denied` / `require_feature` / `account_suspended` on 403). `require_feature` ("The X
 * feature(s) is/are not supported in your plan. Please upgrade your account to use it.") is plan,
 * not permissions. Rate limits are per minute (plan-dependent), answered with 429 and Retry-After.
 * Several codes (`invalid_value`, `missing_field`, `access_denied`, `duplicate_value`) are every
 * API's words, so those rules are Freshdesk's only on Freshdesk lines.
 * Sources: developers.freshdesk.com/api/#error (error codes) and #ratelimit; Freshdesk support
 * article 225440 (status codes and their reasons); python-freshdesk's error mapping.
 */
const F = ['freshdesk'];

export const provider: Provider = {
  name: 'freshdesk',
  display: 'Freshdesk',
  // Hosts (`acme.freshdesk.com/api/v2`), SDKs (python-freshdesk's FreshdeskError classes, node-freshdesk-api).
  hints: ['[\\w-]+\\.freshdesk\\.com', 'freshdesk', 'Freshdesk(?:BadRequest|Unauthorized|AccessDenied|NotFound|RateLimited|ServerError|Error)', 'node-freshdesk-api'],
  rank: 95,
  links: {
    auth: 'https://support.freshdesk.com/support/solutions/articles/215517-how-to-find-your-api-key',
    permissions: 'https://developers.freshdesk.com/api/#error',
    plan: 'https://www.freshworks.com/freshdesk/pricing/',
    validation: 'https://developers.freshdesk.com/api/#error',
    outage: 'https://status.freshworks.com',
    transient: 'https://developers.freshdesk.com/api/#ratelimit',
  },
  rules: [
    {
      id: 'freshdesk/invalid-credentials',
      category: 'auth',
      cause: 'invalid_credentials',
      code: ['invalid_credentials', 'password_expired', 'password_lockout'],
      destination: F,
      summary: 'Freshdesk API key missing, wrong or locked out',
      fix: 'Update the Freshdesk API key (Basic auth: the key as user name, base64-encoded); pause the sync until then.',
    },
    {
      id: 'freshdesk/require-feature',
      category: 'plan',
      cause: 'require_feature',
      code: ['require_feature', 'max_agents_reached'],
      summary: 'Freshdesk feature not available on the current plan',
      fix: 'Upgrade the Freshdesk plan (or enable the feature) or drop the object / field from the sync.',
    },
    {
      id: 'freshdesk/account-suspended',
      category: 'plan',
      cause: 'account_suspended',
      code: ['account_suspended'],
      summary: 'Freshdesk account suspended',
      fix: 'Reactivate the Freshdesk account (billing / subscription); pause the sync until then.',
    },
    // Field-level form of the same: an errors[] item with code access_denied whose message is the
    // plan sentence (seen on automation rule fields).
    {
      id: 'freshdesk/feature-denied',
      category: 'plan',
      cause: 'require_feature',
      code: ['access_denied'],
      message: /feature\(s\) is\/are not supported in your plan/i,
      destination: F,
      summary: 'Freshdesk feature not available on the current plan',
      fix: 'Upgrade the Freshdesk plan (or enable the feature) or drop the object / field from the sync.',
    },
    {
      id: 'freshdesk/access-denied',
      category: 'permissions',
      cause: 'access_denied',
      code: ['access_denied', 'inaccessible_field'],
      destination: F,
      summary: 'Freshdesk agent behind the API key lacks permission',
      fix: 'Give the agent whose API key the sync uses a role with this privilege (some calls need an admin).',
    },
    {
      id: 'freshdesk/duplicate-value',
      category: 'validation',
      cause: 'duplicate_value',
      code: ['duplicate_value'],
      destination: F,
      summary: 'Freshdesk record already exists (`{field}` must be unique)',
      fix: 'Update the existing contact / company instead of creating it, or dedupe `{field}` at the source.',
    },
    {
      id: 'freshdesk/field',
      category: 'validation',
      cause: '{code}',
      code: ['missing_field', 'invalid_value', 'datatype_mismatch', 'invalid_field', 'readonly_field', 'incompatible_field', 'inconsistent_state', 'invalid_json', 'no_content_required'],
      destination: F,
      summary: 'Freshdesk rejected `{field}` ({code})',
      fix: 'Fix the mapping for `{field}` (required, type, allowed values or read-only; see the sample).',
    },
    {
      id: 'freshdesk/ssl-required',
      category: 'validation',
      cause: 'ssl_required',
      code: ['ssl_required'],
      destination: F,
      summary: 'Freshdesk requires HTTPS',
      fix: 'Use the https:// domain URL in the connection.',
    },
    // Message-only forms: SDKs that print the text, not the body.
    {
      id: 'freshdesk/feature-message',
      category: 'plan',
      cause: 'require_feature',
      message: /feature\(s\) is\/are not supported in your plan/i,
      summary: 'Freshdesk feature not available on the current plan',
      fix: 'Upgrade the Freshdesk plan (or enable the feature) or drop the object / field from the sync.',
    },
    {
      id: 'freshdesk/rate-limited',
      category: 'transient',
      cause: 'rate limit (per minute)',
      message: /FreshdeskRateLimited|API rate-limit has been reached/i,
      summary: 'Freshdesk per-minute API rate limit',
      fix: 'Retry after Retry-After; lower concurrency (the per-minute limit depends on the plan and is shared by all apps).',
    },
  ],
};
