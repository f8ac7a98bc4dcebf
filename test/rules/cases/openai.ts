import type { RuleCase } from '../rule-tester.js';

/**
 * OpenAI API: `{"error":{"message","type","param","code"}}`. 429 insufficient_quota is plan, 429
 * rate_limit_exceeded transient (same status, the code decides); 401 invalid_api_key auth; 400
 * invalid_request_error with `param` validation (field from `param`); model_not_found and
 * unsupported_country_region_territory permissions; 500 server_error / 503 overloaded transient.
 * Python SDK `openai.RateLimitError: Error code: 429 - {'error': {…}}`, 0.x `openai.error.*`, Node
 * `RateLimitError: 429 …` from node_modules/openai.
 * Sources: platform.openai.com/docs/guides/error-codes, /docs/guides/rate-limits.
 */
const j = (o: unknown): string => JSON.stringify(o);
const oa = (status: number, message: string, type: string, code: string | null, param: string | null = null, extra: Record<string, unknown> = { destination: 'openai' }): string =>
  j({ ts: '2026-03-08T10:00:00Z', level: 'error', ...extra, status, body: { error: { message, type, param, code } } });

export const openaiCases: RuleCase[] = [
  {
    line: oa(429, 'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.', 'insufficient_quota', 'insufficient_quota'),
    category: 'plan',
    cause: 'insufficient_quota',
    destination: 'openai',
    rule: 'openai/insufficient-quota',
    note: '429 insufficient_quota is billing, not a rate limit',
  },
  {
    line: oa(401, 'Incorrect API key provided: sk-proj-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.', 'invalid_request_error', 'invalid_api_key'),
    category: 'auth',
    cause: 'invalid_api_key',
    rule: 'openai/invalid-api-key',
    note: '401 invalid_api_key (type invalid_request_error must not make it validation)',
  },
  {
    line: oa(429, 'Rate limit reached for gpt-4o in organization org-abc123 on tokens per min (TPM): Limit 30000, Used 29000, Requested 2400. Please try again in 2.8s.', 'tokens', 'rate_limit_exceeded'),
    category: 'transient',
    rule: 'openai/rate-limit',
    note: '429 rate_limit_exceeded (TPM)',
  },
  {
    line: oa(400, "This model's maximum context length is 8192 tokens. However, your messages resulted in 9021 tokens. Please reduce the length of the messages.", 'invalid_request_error', 'context_length_exceeded', 'messages'),
    category: 'validation',
    field: 'messages',
    cause: 'context_length_exceeded',
    rule: 'openai/context-length',
    note: 'context_length_exceeded: the field from param',
  },
  {
    line: oa(400, "Invalid type for 'temperature': expected a decimal, but got a string instead.", 'invalid_request_error', null, 'temperature', { url: 'https://api.openai.com/v1/chat/completions' }),
    category: 'validation',
    field: 'temperature',
    destination: 'openai',
    rule: 'openai/invalid-request',
    note: 'invalid_request_error with param and code null; the url names OpenAI (Stripe and Square use the type too)',
  },
  {
    line: oa(404, 'The model `gpt-5-turbo` does not exist or you do not have access to it.', 'invalid_request_error', 'model_not_found'),
    category: 'permissions',
    rule: 'openai/model-not-found',
    note: 'model_not_found before the invalid_request_error type',
  },
  {
    line: oa(403, 'Country, region, or territory not supported', 'request_forbidden', 'unsupported_country_region_territory'),
    category: 'permissions',
    rule: 'openai/region',
    note: '403 unsupported_country_region_territory',
  },
  {
    line: oa(500, 'The server had an error while processing your request. Sorry about that!', 'server_error', 'server_error'),
    category: 'transient',
    rule: 'openai/server-error',
    note: '500 server_error',
  },
  {
    line: "openai.RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check your plan and billing details.', 'type': 'insufficient_quota', 'param': None, 'code': 'insufficient_quota'}}",
    category: 'plan',
    destination: 'openai',
    note: 'openai-python RateLimitError carrying the quota: plan, not transient',
  },
  {
    line: 'openai.error.RateLimitError: You exceeded your current quota, please check your plan and billing details.',
    category: 'plan',
    destination: 'openai',
    rule: 'openai/quota-text',
    note: 'openai-python 0.x openai.error.* spelling',
  },
  {
    line: 'openai.AuthenticationError: Incorrect API key provided: sk-abc***xyz. You can find your API key at https://platform.openai.com/account/api-keys.',
    category: 'auth',
    destination: 'openai',
    note: 'openai-python AuthenticationError',
  },
  {
    line: 'openai.error.AuthenticationError: No API key provided.',
    category: 'auth',
    destination: 'openai',
    rule: 'openai/api-key-text',
    note: 'the exception name alone says auth',
  },
  {
    line: 'RateLimitError: 429 Rate limit reached for text-embedding-3-small in organization org-abc on requests per min (RPM): Limit 3000, Used 3000, Requested 1.\n    at APIError.generate (/app/node_modules/openai/error.js:66:20)',
    category: 'transient',
    destination: 'openai',
    rule: 'openai/rate-limit-text',
    note: 'Node openai package: the path names OpenAI',
  },
  {
    line: '2026-03-08T10:00:10Z ERROR POST https://api.openai.com/v1/chat/completions -> 503 The engine is currently overloaded, please try again later',
    category: 'transient',
    destination: 'openai',
    rule: 'openai/overloaded-text',
    note: 'text line with the API host: overloaded',
  },
  {
    line: '2026-03-08T10:00:11Z ERROR POST https://api.openai.com/v1/embeddings -> 403 Project `proj_abc123` does not have access to model `text-embedding-3-large`',
    category: 'permissions',
    destination: 'openai',
    rule: 'openai/model-access-text',
    note: 'project without access to the model',
  },
  {
    line: "openai.error.InvalidRequestError: This model's maximum context length is 4097 tokens, however you requested 5000 tokens. Please reduce your prompt; or completion length.",
    category: 'validation',
    destination: 'openai',
    rule: 'openai/context-length-text',
    note: 'openai-python 0.x context length',
  },
  {
    line: 'openai.PermissionDeniedError: Error code: 403 - Country, region, or territory not supported',
    category: 'permissions',
    destination: 'openai',
    note: 'region refusal in SDK text',
  },
  {
    line: 'openai.InternalServerError: Error code: 500 - The server had an error while processing your request.',
    category: 'transient',
    destination: 'openai',
    note: 'openai-python InternalServerError',
  },
  {
    line: "openai.BadRequestError: Error code: 400 - {'error': {'message': \"Invalid value for 'response_format': expected an object.\", 'type': 'invalid_request_error', 'param': 'response_format', 'code': None}}",
    category: 'validation',
    destination: 'openai',
    field: 'response_format',
    rule: 'openai/bad-request-text',
    note: 'openai-python BadRequestError: the field from the dict repr\'s param',
  },
  {
    line: oa(503, 'The server is overloaded, please try again later.', 'service_unavailable_error', 'server_is_overloaded'),
    category: 'transient',
    cause: 'server_error',
    rule: 'openai/server-error',
    note: 'newer 503 body: service_unavailable_error / server_is_overloaded',
  },
  // ---------------------------------------------------------------- near misses
  {
    line: j({ level: 'error', destination: 'intercom', status: 429, body: { type: 'error.list', errors: [{ code: 'rate_limit_exceeded', message: 'Rate limit exceeded' }] } }),
    category: 'transient',
    destination: 'intercom',
    note: "near miss: rate_limit_exceeded of another API is not OpenAI's rule",
  },
];
