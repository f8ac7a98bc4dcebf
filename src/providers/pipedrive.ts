import type { Provider } from './provider.js';

/**
 * Pipedrive: `{"success":false,"error","error_info"}`; 403 with `code: feature_capping_*` or
 * "…limit reached" wording is plan; a Cloudflare 403 after ignored 429s is rate limiting; 402 is
 * the company account not being open. The same 401 answers a bad token and a missing one.
 * Sources: pipedrive.readme.io HTTP status codes, responses and rate limiting pages; changelog.
 */
const P = ['pipedrive'];

export const provider: Provider = {
  name: 'pipedrive',
  display: 'Pipedrive',
  keys: { message: ['error_info'] },
  hints: ['[\\w-]*\\.?pipedrive\\.com', 'pipedrive'],
  bodyKeys: ['error_info', 'additional_data'],
  rank: 60,
  links: {
    auth: 'https://pipedrive.readme.io/docs/how-to-find-the-api-token',
    permissions: 'https://support.pipedrive.com/en/article/permission-sets',
    plan: 'https://support.pipedrive.com/en/article/billing',
    validation: 'https://pipedrive.readme.io/docs/core-api-concepts-http-status-codes',
    outage: 'https://status.pipedrive.com',
    transient: 'https://status.pipedrive.com',
  },
  rules: [
    {
      id: 'pipedrive/feature-capping',
      category: 'plan',
      cause: '{code}',
      code: [
        'feature_capping_deals_limit',
        'feature_capping_custom_fields_limit',
        'feature_capping_activity_types_limit',
        'feature_capping_filters_limit',
        'feature_capping_users_limit',
      ],
      summary: 'Pipedrive plan limit for this entity reached',
      fix: 'Upgrade the Pipedrive plan or free entities (close deals, remove custom fields).',
    },
    {
      id: 'pipedrive/schema-validation',
      category: 'validation',
      cause: 'ERR_SCHEMA_VALIDATION_FAILED',
      code: ['ERR_SCHEMA_VALIDATION_FAILED'],
      fieldFrom: /Parameter '([^']+)'/,
      summary: 'Pipedrive rejected a parameter',
      fix: 'Fix the mapping: the named (custom field) key is not accepted on this object.',
    },
    {
      id: 'pipedrive/unknown-server',
      category: 'transient',
      cause: 'ERR_UNKNOWN',
      code: ['ERR_UNKNOWN'],
      destination: P,
      summary: 'Pipedrive server error',
      fix: 'Retry with backoff; check status.pipedrive.com if it persists.',
    },
    {
      id: 'pipedrive/limit-message',
      category: 'plan',
      cause: 'entity limit',
      message: /limit reached|You've reached the .{1,60} limit/i,
      destination: P,
      status: [403, 422],
      summary: 'Pipedrive plan limit for this entity reached',
      fix: 'Upgrade the Pipedrive plan or free entities (close deals, remove custom fields, webhooks).',
    },
    {
      id: 'pipedrive/cloudflare-block',
      category: 'transient',
      cause: 'rate limit block',
      message: /used Cloudflare to restrict access|Error 1015|You are being rate limited/i,
      // Cloudflare's words on any site behind it (Discord's API too): Pipedrive's only on its lines.
      destination: P,
      summary: 'Blocked by the destination’s Cloudflare rate limiting',
      fix: 'The engine ignored 429s: honour Retry-After and lower concurrency; the block lifts by itself.',
    },
    {
      id: 'pipedrive/scope-mismatch',
      category: 'permissions',
      cause: 'Scope and URL mismatch',
      message: /Scope and URL mismatch/i,
      summary: 'Pipedrive OAuth app lacks the scope for this endpoint',
      fix: 'Add the scope to the Pipedrive app and have the user re-authorise it.',
    },
    {
      id: 'pipedrive/unauthorized',
      category: 'auth',
      cause: 'unauthorized access',
      message: /unauthorized access|Invalid API token|Invalid grant: refresh_token/i,
      destination: P,
      summary: 'Pipedrive API token invalid or missing',
      fix: 'Update the API token (Personal preferences → API) or reconnect OAuth; pause the sync until then.',
    },
    {
      id: 'pipedrive/account-not-open',
      category: 'plan',
      cause: 'HTTP 402 account not open',
      status: [402],
      destination: P,
      summary: 'Pipedrive company account not open (trial expired or payment missing)',
      fix: 'Settle billing for the Pipedrive company account; pause the sync until then.',
    },
    {
      id: 'pipedrive/forbidden',
      category: 'permissions',
      cause: 'HTTP 403',
      status: [403],
      destination: P,
      summary: 'Pipedrive refused access (visibility or permission set)',
      fix: 'Check the connected user’s permission set and the records’ visibility groups.',
    },
    {
      id: 'pipedrive/feature-disabled',
      category: 'plan',
      cause: 'HTTP 415 feature not enabled',
      status: [415],
      destination: P,
      summary: 'Pipedrive feature not enabled for the company',
      fix: 'Enable the feature (or the plan that has it) in Pipedrive.',
    },
    {
      id: 'pipedrive/maintenance',
      category: 'outage',
      cause: 'HTTP 503 maintenance',
      status: [503],
      destination: P,
      message: /maintenance/i,
      summary: 'Pipedrive scheduled maintenance',
      fix: 'Nothing to fix: wait for the maintenance to end, then resume.',
    },
  ],
};
