import type { Provider } from './provider.js';

/**
 * Anthropic API (`api.anthropic.com/v1/messages`). Errors are `{"type":"error","error":{"type",
 * "message"}}` by HTTP status: 401 `authentication_error` (bad or revoked key), 403
 * `permission_error`, 400 `invalid_request_error` (also "Your credit balance is too low to access
 * the Anthropic API", a billing matter the generic plan wording decides), 413
 * `request_too_large`, 429 `rate_limit_error`, 500 `api_error`, 529 `overloaded_error` (the API is
 * temporarily overloaded: retry). SDKs raise `anthropic.RateLimitError`, `AuthenticationError`,
 * `InternalServerError` (Python) and `Anthropic.APIError` subclasses (TypeScript).
 * Sources: docs.anthropic.com/en/api/errors, the anthropic-sdk-python README (error handling).
 */
const A = ['anthropic'];

export const provider: Provider = {
  name: 'anthropic',
  display: 'Anthropic',
  // The host, the SDKs' package and exception paths; the word alone (anthropic.claude-… is also a
  // Bedrock model id, which Bedrock answers for).
  hints: ['api\\.anthropic\\.com', 'anthropic\\.(?:_exceptions\\.)?[A-Z]\\w*Error', '@anthropic-ai/sdk', 'anthropic-sdk-\\w+', 'Anthropic API', 'console\\.anthropic\\.com'],
  bodyCodes: ['overloaded_error'],
  links: {
    auth: 'https://console.anthropic.com/settings/keys',
    plan: 'https://console.anthropic.com/settings/billing',
    transient: 'https://docs.anthropic.com/en/api/rate-limits',
    outage: 'https://status.anthropic.com',
  },
  rules: [
    {
      id: 'anthropic/overloaded',
      category: 'transient',
      cause: 'overloaded_error',
      code: ['overloaded_error'],
      summary: 'Anthropic API overloaded (529); retried',
      fix: 'Retry with backoff; if it persists, check status.anthropic.com.',
    },
    {
      id: 'anthropic/error-type',
      category: 'auth',
      cause: '{code}',
      code: ['authentication_error'],
      destination: A,
      summary: 'Anthropic rejected the API key ({code})',
      fix: 'Replace the API key in the connection (a deleted or disabled key looks the same); pause the sync until then.',
    },
    {
      id: 'anthropic/permission',
      category: 'permissions',
      cause: '{code}',
      code: ['permission_error'],
      destination: A,
      summary: 'Anthropic API key may not use this resource ({code})',
      fix: 'Use a key of a workspace allowed to use the model or feature; keep syncing what it can reach.',
    },
    {
      id: 'anthropic/too-large',
      category: 'validation',
      cause: '{code}',
      code: ['request_too_large'],
      destination: A,
      summary: 'Anthropic refused the request as too large ({code})',
      fix: 'Send less per request (shorter input, fewer items); retrying the same request fails again.',
    },
  ],
};
