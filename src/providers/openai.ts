import type { Provider } from './provider.js';

/**
 * OpenAI API (`api.openai.com/v1`: chat/completions, embeddings, responses, batches, files…).
 * Every error is `{"error":{"message":"…","type":"…","param":"…"|null,"code":"…"|null}}`:
 * 401 `invalid_api_key` "Incorrect API key provided: sk-…" (revoked, wrong or project-less key, or a
 * key of another organization): auth; 429 `insufficient_quota` (type and code) "You exceeded your
 * current quota, please check your plan and billing details." (no credits left or a spend limit hit:
 * retrying does not help; newer bodies may carry `credit_balance_exhausted`,
 * `organization_spend_limit_exceeded`, `project_spend_limit_exceeded`,
 * `organization_usage_limit_exceeded` as the code): plan; 429 `rate_limit_exceeded` "Rate limit reached
 * for gpt-4o in organization org-… on tokens per min (TPM): Limit 30000, Used …, Requested …. Please
 * try again in 1.2s." (RPM / TPM / RPD per model and tier): transient; 400 `invalid_request_error`
 * with `param` (`context_length_exceeded` "This model's maximum context length is 8192 tokens…",
 * `param: "messages"`; unknown or invalid parameters): validation, the field from `param`; 404
 * `model_not_found` "The model `gpt-5` does not exist or you do not have access to it." and 403
 * "Project `proj_…` does not have access to model `…`": permissions; 403
 * `unsupported_country_region_territory` "Country, region, or territory not supported": permissions;
 * 500 `server_error` "The server had an error while processing your request" and 503 "The engine is
 * currently overloaded, please try again later" (newer bodies: type `service_unavailable_error`,
 * code `server_is_overloaded`) and 429 `slow_down`: transient.
 * SDK spellings: openai-python ≥ 1 `openai.RateLimitError: Error code: 429 - {'error': {…}}`,
 * `openai.AuthenticationError`, `openai.BadRequestError`, `openai.NotFoundError`,
 * `openai.PermissionDeniedError`, `openai.InternalServerError`; openai-python 0.x
 * `openai.error.RateLimitError`, `openai.error.InvalidRequestError`,
 * `openai.error.ServiceUnavailableError`; the Node `openai` package `RateLimitError: 429 You exceeded
 * your current quota…` (thrown from node_modules/openai/error.js).
 * Sources: platform.openai.com/docs/guides/error-codes (API errors and Python library error types),
 * platform.openai.com/docs/guides/rate-limits, help.openai.com article 6891839 (error code summary,
 * linking 6891829 "429 - Rate limit reached for requests"); learn.microsoft.com dev-proxy
 * "openai-insufficient-quota" (the billing codes under 429); openai-python / openai-node error classes.
 */
const O = ['openai'];

const fixes = {
  auth: 'Create a new secret key (platform.openai.com → API keys) in the right organization and project and update the connection; pause the sync until then.',
  plan: 'Add credits or raise the organization / project spend limit (Settings → Billing / Limits); retrying will not help until then. Pause the sync.',
  transient: 'Retry with exponential backoff (the message says how long to wait); lower concurrency or batch size to stay under the model’s RPM / TPM, or move to a higher usage tier.',
  validation: 'Fix `{field}` in the request (shorten the input or messages under the model’s context window, drop unknown parameters); retrying as is will not help.',
  permissions: 'Use a model the key’s project has access to (Project → Limits → Model usage) or grant it; keep syncing other records.',
  region: 'The API is not served where the request came from: run the sync from a supported country or region.',
  outage: 'Retry with backoff; if it persists for the whole run, check status.openai.com.',
};

export const provider: Provider = {
  name: 'openai',
  display: 'OpenAI',
  // API host, the Python SDK's exception paths, the Node package's path; "openai" alone is a distinctive word.
  hints: [
    'api\\.openai\\.com',
    'openai\\.(?:error\\.)?[A-Z]\\w*(?:Error|Exception)',
    'node_modules/openai',
    'openai-python',
    'openai-node',
    'OpenAIError',
    'openai',
  ],
  bodyCodes: ['insufficient_quota', 'context_length_exceeded', 'model_not_found', 'unsupported_country_region_territory'],
  links: {
    auth: 'https://platform.openai.com/api-keys',
    permissions: 'https://platform.openai.com/settings/organization/projects',
    plan: 'https://platform.openai.com/settings/organization/billing/overview',
    validation: 'https://platform.openai.com/docs/guides/error-codes',
    outage: 'https://status.openai.com',
    transient: 'https://platform.openai.com/docs/guides/rate-limits',
  },
  rules: [
    // ---------------------------------------------------------------- codes (type / code of the body)
    {
      id: 'openai/insufficient-quota',
      category: 'plan',
      cause: 'insufficient_quota',
      code: ['insufficient_quota', 'credit_balance_exhausted', 'organization_spend_limit_exceeded', 'project_spend_limit_exceeded', 'organization_usage_limit_exceeded', 'billing_hard_limit_reached'],
      summary: 'OpenAI quota exhausted (no credits left or spend limit reached)',
      fix: fixes.plan,
    },
    {
      id: 'openai/invalid-api-key',
      category: 'auth',
      cause: 'invalid_api_key',
      code: ['invalid_api_key'],
      destination: O,
      summary: 'OpenAI rejected the API key',
      fix: fixes.auth,
    },
    {
      id: 'openai/region',
      category: 'permissions',
      cause: 'unsupported_country_region_territory',
      code: ['unsupported_country_region_territory'],
      summary: 'OpenAI does not serve the country or region the request came from',
      fix: fixes.region,
    },
    {
      id: 'openai/model-not-found',
      category: 'permissions',
      cause: 'model_not_found',
      code: ['model_not_found'],
      summary: 'OpenAI model does not exist or the key’s project has no access to it',
      fix: fixes.permissions,
    },
    {
      id: 'openai/context-length',
      category: 'validation',
      cause: 'context_length_exceeded',
      code: ['context_length_exceeded', 'string_above_max_length'],
      summary: 'OpenAI input longer than the model’s context window (`{field}`)',
      fix: fixes.validation,
    },
    // Rate limits share 429 with the quota: the code tells them apart (it is also the generic word).
    {
      id: 'openai/rate-limit',
      category: 'transient',
      cause: 'rate_limit_exceeded',
      code: ['rate_limit_exceeded', 'slow_down', 'requests', 'tokens'],
      destination: O,
      summary: 'OpenAI rate limit (requests or tokens per minute)',
      fix: fixes.transient,
    },
    {
      id: 'openai/server-error',
      category: 'transient',
      cause: 'server_error',
      code: ['server_error', 'server_is_overloaded', 'service_unavailable_error', 'engine_overloaded', 'service_unavailable'],
      destination: O,
      summary: 'OpenAI server error or overload',
      fix: fixes.outage,
    },
    // type "invalid_request_error" with a param: the request names the bad field (its code may be null).
    {
      id: 'openai/invalid-request',
      category: 'validation',
      cause: 'invalid_request_error',
      code: ['invalid_request_error', 'invalid_value', 'invalid_type', 'unknown_parameter', 'missing_required_parameter'],
      destination: O,
      fieldFrom: /(?:parameter|param)[:\s]+'?`?([\w.[\]]+)/i,
      summary: 'OpenAI rejected the request (`{field}`)',
      fix: fixes.validation,
    },
    // ---------------------------------------------------------------- wording (SDK exception text)
    {
      id: 'openai/quota-text',
      category: 'plan',
      cause: 'insufficient_quota',
      message: /You exceeded your current quota|check your plan and billing details|You have insufficient credits|billing hard limit/i,
      summary: 'OpenAI quota exhausted (no credits left or spend limit reached)',
      fix: fixes.plan,
    },
    {
      id: 'openai/api-key-text',
      category: 'auth',
      cause: 'invalid_api_key',
      message: /Incorrect API key provided|You didn't provide an API key|\bopenai\.(?:error\.)?AuthenticationError\b/i,
      summary: 'OpenAI rejected the API key',
      fix: fixes.auth,
    },
    {
      id: 'openai/model-access-text',
      category: 'permissions',
      cause: 'model_not_found',
      message: /does not have access to model|The model `?[\w.:-]+`? does not exist or you do not have access to it/i,
      summary: 'OpenAI model does not exist or the key’s project has no access to it',
      fix: fixes.permissions,
    },
    {
      id: 'openai/region-text',
      category: 'permissions',
      cause: 'unsupported_country_region_territory',
      message: /Country, region, or territory not supported/i,
      summary: 'OpenAI does not serve the country or region the request came from',
      fix: fixes.region,
    },
    {
      id: 'openai/context-length-text',
      category: 'validation',
      cause: 'context_length_exceeded',
      message: /maximum context length is \d+ tokens/i,
      fieldFrom: /'param':\s*'(\w+)'|"param":\s*"(\w+)"|in the (\w+)\b/,
      summary: 'OpenAI input longer than the model’s context window (`{field}`)',
      fix: fixes.validation,
    },
    // Any other rejected request, as the SDKs print it (the Python dict repr of the body is not JSON).
    {
      id: 'openai/bad-request-text',
      category: 'validation',
      cause: 'invalid_request_error',
      message: /\bopenai\.(?:error\.)?(?:BadRequestError|InvalidRequestError|UnprocessableEntityError)\b|'type':\s*'invalid_request_error'/i,
      destination: O,
      fieldFrom: /'param':\s*'([\w.[\]]+)'|Unrecognized request argument supplied:\s*([\w.]+)|Invalid (?:type|value) for '([\w.[\]]+)'/,
      summary: 'OpenAI rejected the request (`{field}`)',
      fix: fixes.validation,
    },
    {
      id: 'openai/rate-limit-text',
      category: 'transient',
      cause: 'rate_limit_exceeded',
      message: /Rate limit reached for [\w.:-]+ .{0,80}\bon (?:tokens|requests) per (?:min|day)\b|\bopenai\.(?:error\.)?RateLimitError\b/i,
      summary: 'OpenAI rate limit (requests or tokens per minute)',
      fix: fixes.transient,
    },
    {
      id: 'openai/overloaded-text',
      category: 'transient',
      cause: 'server_error',
      message: /The engine is currently overloaded|The server is overloaded or not ready yet|The server had an error while processing your request|\bopenai\.(?:error\.)?(?:InternalServerError|ServiceUnavailableError|APIError)\b/i,
      summary: 'OpenAI server error or overload',
      fix: fixes.outage,
    },
  ],
};
