import type { Provider } from './provider.js';

/**
 * Freshservice API v2 (`<domain>.freshservice.com/api/v2`), Freshworks' ITSM sibling of Freshdesk
 * with the same error shape: field errors are `{"description":"Validation failed","errors":[{"field",
 * "message","code"}]}` (`missing_field`, `invalid_value`, `duplicate_value`, `datatype_mismatch`,
 * `invalid_field`, `readonly_field`…); account-level errors a flat `{"code","message"}`:
 * `invalid_credentials` on 401 (API key as Basic user, "X" as password), `access_denied` on 403 (the
 * agent's role), `require_feature` on 403 (the plan lacks the module: plan, not permissions),
 * `account_suspended`, `ssl_required`. Rate limits are per minute and per plan (Starter 100, Growth
 * 200, Pro 400, Enterprise 500 calls a minute, with lower per-endpoint caps), shared by the whole
 * account, answered with 429 and Retry-After.
 * The codes are Freshdesk's words too: every rule here is Freshservice's only on Freshservice lines
 * (a line with no destination stays Freshdesk's, which sorts first).
 * Sources: api.freshservice.com (#error_handling, #rate_limit); Freshworks support articles on API
 * rate limits per plan; Exalate's Freshservice rate-limit page (the per-plan table).
 */
const FS = ['freshservice'];

export const provider: Provider = {
  name: 'freshservice',
  display: 'Freshservice',
  hints: ['[\\w-]+\\.freshservice\\.com', 'freshservice', 'tap-freshservice', 'source-freshservice'],
  rank: 96,
  links: {
    auth: 'https://api.freshservice.com/#authentication',
    permissions: 'https://api.freshservice.com/#error_handling',
    plan: 'https://www.freshworks.com/freshservice/pricing/',
    validation: 'https://api.freshservice.com/#error_handling',
    outage: 'https://status.freshworks.com',
    transient: 'https://api.freshservice.com/#rate_limit',
  },
  rules: [
    {
      id: 'freshservice/invalid-credentials',
      category: 'auth',
      cause: 'invalid_credentials',
      code: ['invalid_credentials', 'password_expired', 'password_lockout'],
      destination: FS,
      summary: 'Freshservice API key missing, wrong or locked out',
      fix: 'Update the Freshservice API key (Basic auth: the key as user name, "X" as password); pause the sync until then.',
    },
    {
      id: 'freshservice/require-feature',
      category: 'plan',
      cause: 'require_feature',
      code: ['require_feature', 'account_suspended'],
      destination: FS,
      summary: 'Freshservice feature not on the current plan (or account suspended)',
      fix: 'Upgrade the Freshservice plan or enable the module (or reactivate the account), or drop the object from the sync.',
    },
    {
      id: 'freshservice/access-denied',
      category: 'permissions',
      cause: 'access_denied',
      code: ['access_denied', 'inaccessible_field'],
      destination: FS,
      summary: 'Freshservice agent behind the API key lacks permission',
      fix: 'Give the agent whose API key the sync uses a role with this privilege (some calls need an admin, some a workspace).',
    },
    {
      id: 'freshservice/duplicate-value',
      category: 'validation',
      cause: 'duplicate_value',
      code: ['duplicate_value'],
      destination: FS,
      summary: 'Freshservice record already exists (`{field}` must be unique)',
      fix: 'Update the existing requester / asset instead of creating it, or dedupe `{field}` at the source.',
    },
    {
      id: 'freshservice/field',
      category: 'validation',
      cause: '{code}',
      code: ['missing_field', 'invalid_value', 'datatype_mismatch', 'invalid_field', 'readonly_field', 'incompatible_field', 'inconsistent_state', 'invalid_json', 'invalid_size', 'no_content_required'],
      destination: FS,
      summary: 'Freshservice rejected `{field}` ({code})',
      fix: 'Fix the mapping for `{field}` (required, type, allowed values or read-only; see the sample).',
    },
    {
      id: 'freshservice/ssl-required',
      category: 'validation',
      cause: 'ssl_required',
      code: ['ssl_required'],
      destination: FS,
      summary: 'Freshservice requires HTTPS',
      fix: 'Use the https:// domain URL in the connection.',
    },
    {
      id: 'freshservice/feature-message',
      category: 'plan',
      cause: 'require_feature',
      message: /feature\(s\) is\/are not supported in your plan|not (?:available|supported) in your (?:current )?plan/i,
      destination: FS,
      summary: 'Freshservice feature not on the current plan',
      fix: 'Upgrade the Freshservice plan or enable the module, or drop the object from the sync.',
    },
    // A 429 names no code: the per-minute, per-plan account limit.
    {
      id: 'freshservice/429',
      category: 'transient',
      cause: 'rate limit (per minute)',
      status: [429],
      destination: FS,
      summary: 'Freshservice per-minute API rate limit',
      fix: 'Retry after Retry-After; lower concurrency (the per-minute limit depends on the plan and is shared by every integration on the account).',
    },
  ],
};
