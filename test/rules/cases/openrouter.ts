import type { RuleCase } from '../rule-tester.js';

/**
 * OpenRouter `{"error":{"code","message","metadata"}}` bodies as LLM clients log them (LiteLLM's
 * OpenrouterException, OpenAI-SDK based agents, n8n).
 * Sources: openrouter.ai/docs/api/reference/errors-and-debugging and …/limits; Aider-AI/aider #3936,
 * Gitlawb/openclaude #936 and #1125, huggingface/smolagents #361, anomalyco/opencode #12219,
 * MCPJam/inspector #1287, RooCodeInc/Roo-Code #515, Fosowl/agenticSeek #407, musistudio/claude-code-router #227,
 * unoplat/unoplat-code-confluence #1080, vyancharuk/nodejs-api-boilerplate #16.
 */
const j = (o: unknown): string => JSON.stringify(o);
const API = 'https://openrouter.ai/api/v1/chat/completions';

export const openrouterCases: RuleCase[] = [
  {
    line: 'litellm.RateLimitError: RateLimitError: OpenrouterException - Rate limit exceeded: free-models-per-day. Add 10 credits to unlock 1000 free model requests per day',
    category: 'plan',
    destination: 'openrouter',
    rule: 'openrouter/free-daily-cap',
    note: 'Aider #3936: the daily cap of :free models is lifted by credits, not by waiting a minute',
  },
  {
    line: '429 {"error":{"message":"Rate limit exceeded: free-models-per-day. Add 10 credits to unlock 1000 free model requests per day","code":429,"metadata":{"headers":{"X-RateLimit-Limit":"50","X-RateLimit-Remaining":"0","X-RateLimit-Reset":"1745971200000"},"provider_name":null}},"user_id":"user_2vXk"}',
    category: 'plan',
    destination: 'openrouter',
    rule: 'openrouter/free-daily-cap',
    note: 'openclaude #936: no host in the line, the bucket name says OpenRouter (a 429 that is a plan cap)',
  },
  {
    line: 'litellm.RateLimitError: RateLimitError: OpenrouterException - {"error":{"message":"Rate limit exceeded: free-models-per-min. ","code":429,"metadata":{"headers":{"X-RateLimit-Limit":"20","X-RateLimit-Remaining":"0"}}}}',
    category: 'transient',
    destination: 'openrouter',
    rule: 'openrouter/free-minute-limit',
    note: 'smolagents #361: the per-minute limit of free models passes',
  },
  {
    line: 'API Error: 402 {"error":{"message":"This request requires more credits, or fewer max_tokens. You requested up to 32000 tokens, but can only afford 27342. To increase, visit https://openrouter.ai/settings/credits and upgrade to a paid account","code":402,"metadata":{"provider_name":null}},"user_id":"user_3D0I"}',
    category: 'plan',
    destination: 'openrouter',
    rule: 'openrouter/credits',
    note: 'openclaude #1125: the balance cannot cover max_tokens',
  },
  {
    line: 'Error: Prompt tokens limit exceeded: 230799 > 91442. To increase, visit https://openrouter.ai/settings/keys and create a key with a higher monthly limit',
    category: 'plan',
    destination: 'openrouter',
    rule: 'openrouter/credits',
    note: 'opencode #12219: the key’s monthly limit caps the prompt',
  },
  {
    line: 'Error: 403 Key limit exceeded (total limit). Manage it using https://openrouter.ai/settings/keys',
    category: 'plan',
    destination: 'openrouter',
    rule: 'openrouter/key-limit',
    note: 'MCPJam/inspector #1287, Roo-Code #515: the key’s own credit cap, which account credits do not lift',
  },
  {
    line: "2025-09-15 17:16:54,693 - backend.log - ERROR - Error in think_wrapper: Provider openrouter failed: OpenRouter API error: Error code: 401 - {'error': {'message': 'User not found.', 'code': 401}}",
    category: 'auth',
    destination: 'openrouter',
    rule: 'openrouter/auth',
    note: 'agenticSeek #407: a deleted or wrong key answers 401 User not found',
  },
  {
    line: j({ level: 'error', url: API, status: 401, body: { error: { message: 'No auth credentials found', code: 401 } } }),
    category: 'auth',
    destination: 'openrouter',
    rule: 'openrouter/auth',
    note: 'claude-code-router #227: no key reached OpenRouter',
  },
  {
    line: "temporalio.exceptions.ApplicationError: NotFoundError: Error code: 404 - {'error': {'message': 'No endpoints found matching your data policy (Paid model training). Configure: https://openrouter.ai/settings/privacy', 'code': 404}}",
    category: 'permissions',
    destination: 'openrouter',
    rule: 'openrouter/data-policy',
    note: 'unoplat-code-confluence #1080: the account’s privacy settings exclude the model’s providers',
  },
  {
    line: j({ level: 'error', url: API, status: 404, body: { error: { message: 'No endpoints found for nousresearch/hermes-3-llama-3.1-405b:free.', code: 404 } } }),
    category: 'validation',
    destination: 'openrouter',
    rule: 'openrouter/no-endpoints',
    note: 'nodejs-api-boilerplate #16: the :free variant of the model is gone',
  },
  {
    line: j({ level: 'error', url: API, status: 403, body: { error: { code: 403, message: 'meta-llama/llama-guarded requires moderation on this provider. Your input was flagged for "harassment". No credits were charged.', metadata: { reasons: ['harassment'], provider_name: 'Provider' } } } }),
    category: 'validation',
    destination: 'openrouter',
    rule: 'openrouter/moderation',
    note: 'errors guide: 403 when the model requires moderation and the input was flagged (metadata.reasons)',
  },
  {
    line: 'litellm.RateLimitError: RateLimitError: OpenrouterException - {"error":{"message":"Provider returned error","code":429,"metadata":{"raw":"deepseek/deepseek-r1:free is temporarily rate-limited upstream. Please retry shortly, or add your own key to accumulate your rate limits: https://openrouter.ai/settings/integrations","provider_name":"Chutes"}}}',
    category: 'transient',
    destination: 'openrouter',
    rule: 'openrouter/upstream',
    note: 'the routed provider throttled the request; metadata.raw carries its answer',
  },
];
