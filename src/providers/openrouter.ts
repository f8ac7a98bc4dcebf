import type { Provider } from './provider.js';

/**
 * OpenRouter (`openrouter.ai/api/v1/chat/completions`), an OpenAI-compatible router in front of many
 * model providers, reached through the OpenAI SDKs (base URL openrouter.ai), LiteLLM
 * (`litellm.RateLimitError: RateLimitError: OpenrouterException - …`), the Vercel AI SDK provider
 * `@openrouter/ai-sdk-provider` and `@openrouter/sdk`. Errors are `{"error":{"code":<HTTP status>,
 * "message":"…","metadata":{…}}}` with the HTTP status equal to `code` when the request itself fails
 * (invalid, or out of credits); an error once the model has started comes in a 200 body or SSE event.
 * The status list of the errors guide, read with the messages clients print:
 * - 401 "Invalid credentials (OAuth session expired, disabled/invalid API key)": "No auth credentials
 *   found", "No cookie auth credentials found", "User not found." (a deleted or wrong key): auth.
 * - 402 "Your account or API key has insufficient credits": "This request requires more credits, or
 *   fewer max_tokens. You requested up to N tokens, but can only afford M", "Prompt tokens limit
 *   exceeded: N > M" (the key's monthly limit); 403 "Key limit exceeded (total limit). Manage it using
 *   https://openrouter.ai/settings/keys" (the key's own credit cap): plan.
 * - 429 "Rate limit exceeded: free-models-per-day. Add 10 credits to unlock 1000 free model requests
 *   per day" (a daily cap of :free models that only credits lift): plan; "free-models-per-min", an
 *   upstream provider's "… is temporarily rate-limited upstream. Please retry shortly" and "Provider
 *   returned error" (the routed provider failed; metadata.raw has its answer): transient.
 * - 404 "No endpoints found matching your data policy (Paid model training). Configure:
 *   https://openrouter.ai/settings/privacy": the account's privacy settings exclude every provider of
 *   the model: permissions. "No endpoints found for <model>": the model id has no live endpoint: validation.
 * - 403 "… requires moderation … your input was flagged": the prompt, validation.
 * Plain 401 / 402 / 429 / 5xx are the generic HTTP rules'; these rules name OpenRouter and tell the
 * free-model daily cap from a rate limit.
 * Sources: openrouter.ai/docs/api/reference/errors-and-debugging (error shape, status list, 402 and
 * Retry-After), openrouter.ai/docs/api/reference/limits (free-model limits: 20 per minute, 50 or 1000
 * per day); Aider-AI/aider #3936, n8n-io/n8n #19117, Gitlawb/openclaude #936 and #1125,
 * huggingface/smolagents #361, QwenLM/qwen-code #73, anomalyco/opencode #12219 (402 / prompt tokens
 * limit), RooCodeInc/Roo-Code #515 and #2445, musistudio/claude-code-router #227, NousResearch/
 * hermes-agent #14637 (401 User not found), MCPJam/inspector #1287 (key limit), dnakov/anon-kode #13 and
 * unoplat/unoplat-code-confluence #1080 (data policy), vyancharuk/nodejs-api-boilerplate #16 (no endpoints).
 */
const O = ['openrouter'];

export const provider: Provider = {
  name: 'openrouter',
  display: 'OpenRouter',
  // The host, LiteLLM's OpenrouterException, @openrouter/* packages and "openrouter/<model>" ids.
  hints: ['openrouter\\w*'],
  links: {
    auth: 'https://openrouter.ai/settings/keys',
    permissions: 'https://openrouter.ai/settings/privacy',
    plan: 'https://openrouter.ai/settings/credits',
    validation: 'https://openrouter.ai/models',
    transient: 'https://openrouter.ai/docs/api/reference/limits',
    outage: 'https://status.openrouter.ai',
  },
  rules: [
    {
      id: 'openrouter/free-daily-cap',
      category: 'plan',
      cause: 'free-models-per-day',
      message: /\bRate limit exceeded: free-models-per-day\b/,
      summary: 'OpenRouter daily cap on free (:free) model requests reached',
      fix: 'Buy credits (10 credits lift the cap to 1000 free requests a day) or use a paid model; the cap resets daily, so retrying today fails again.',
    },
    {
      id: 'openrouter/free-minute-limit',
      category: 'transient',
      cause: 'free-models-per-min',
      message: /\bRate limit exceeded: free-models-per-min\b/,
      summary: 'OpenRouter per-minute limit on free (:free) model requests',
      fix: 'Retry with backoff (20 free requests a minute); lower the request rate or use a paid model.',
    },
    {
      id: 'openrouter/credits',
      category: 'plan',
      cause: 'insufficient credits',
      message: /\brequires more credits, or fewer max_tokens\b|\bbut can only afford \d+\b|\bPrompt tokens limit exceeded: \d+ > \d+|\bThis account never purchased credits\b/,
      summary: 'OpenRouter balance (or the key’s limit) cannot pay for this request',
      fix: 'Add credits or raise the key’s limit (settings/credits, settings/keys), or send a lower max_tokens / shorter prompt; retrying as is fails again.',
    },
    {
      id: 'openrouter/key-limit',
      category: 'plan',
      cause: 'key limit exceeded',
      message: /\bKey limit exceeded\b/,
      destination: O,
      summary: 'OpenRouter API key reached its own credit limit',
      fix: 'Raise or remove the key’s credit limit at openrouter.ai/settings/keys (account credits alone do not lift it), or use another key.',
    },
    {
      id: 'openrouter/auth',
      category: 'auth',
      cause: 'invalid credentials',
      message: /\bNo (?:cookie )?auth credentials found\b|\bUser not found\b/,
      destination: O,
      summary: 'OpenRouter rejected the API key (missing, disabled or deleted)',
      fix: 'Send a valid key as "Authorization: Bearer sk-or-…" to https://openrouter.ai/api/v1 (create one at settings/keys); pause the sync until then.',
    },
    {
      id: 'openrouter/data-policy',
      category: 'permissions',
      cause: 'data policy excludes every endpoint',
      message: /\bNo endpoints (?:found|available) matching your (?:guardrail restrictions and )?data policy\b|\bmodel training violation \(account settings\)/,
      summary: 'OpenRouter privacy settings exclude every provider of this model',
      fix: 'Allow the providers this model needs at openrouter.ai/settings/privacy (training / data retention) or pick a model with a compliant endpoint; retrying as is fails again.',
    },
    {
      id: 'openrouter/no-endpoints',
      category: 'validation',
      cause: 'no endpoints for model',
      message: /\bNo endpoints found for [\w./:-]+/,
      destination: O,
      summary: 'OpenRouter has no live endpoint for the requested model',
      fix: 'Fix the model id (openrouter.ai/models lists the live ones; :free variants come and go) or the routing constraints; retrying the same model fails again.',
    },
    {
      id: 'openrouter/moderation',
      category: 'validation',
      cause: 'input flagged by moderation',
      message: /\brequires moderation\b[^\n]{0,120}\bflagged\b/,
      summary: 'OpenRouter’s moderation flagged the input for this model',
      fix: 'The prompt of this record was refused (metadata.reasons says why): change the input or use a model without moderation; retrying it as is fails again.',
    },
    {
      id: 'openrouter/upstream',
      category: 'transient',
      cause: 'upstream provider error',
      message: /\bis temporarily rate-limited upstream\b|\bProvider returned error\b/,
      destination: O,
      summary: 'OpenRouter’s upstream model provider throttled or failed the request',
      fix: 'Retry with backoff; if it persists, allow fallback providers (or bring your own provider key) for this model.',
    },
  ],
};
