import type { RuleCase } from '../rule-tester.js';

/**
 * Anthropic API: `{"type":"error","error":{"type","message"}}`.
 * Sources: docs.anthropic.com/en/api/errors.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const anthropicCases: RuleCase[] = [
  {
    line: j({ level: 'error', msg: 'POST https://api.anthropic.com/v1/messages', status: 529, body: { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } } }),
    category: 'transient',
    destination: 'anthropic',
    rule: 'anthropic/overloaded',
    note: '529 overloaded: retried, not a plan or auth matter',
  },
  {
    line: j({ level: 'error', msg: 'POST https://api.anthropic.com/v1/messages', status: 401, body: { type: 'error', error: { type: 'authentication_error', message: 'invalid x-api-key' } } }),
    category: 'auth',
    destination: 'anthropic',
    rule: 'anthropic/error-type',
    note: 'a bad key',
  },
  {
    line: j({ level: 'error', msg: 'POST https://api.anthropic.com/v1/messages', status: 403, body: { type: 'error', error: { type: 'permission_error', message: 'Your API key does not have permission to use the specified resource.' } } }),
    category: 'permissions',
    rule: 'anthropic/permission',
    note: 'the key’s workspace may not use it',
  },
  {
    line: j({ level: 'error', msg: 'POST https://api.anthropic.com/v1/messages', status: 413, body: { type: 'error', error: { type: 'request_too_large', message: 'Request exceeds the maximum allowed number of bytes.' } } }),
    category: 'validation',
    rule: 'anthropic/too-large',
    note: 'a request over the size limit',
  },
  {
    line: 'anthropic.BadRequestError: Error code: 400 - {\'type\': \'error\', \'error\': {\'type\': \'invalid_request_error\', \'message\': \'Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.\'}}',
    category: 'plan',
    destination: 'anthropic',
    rule: 'http/plan-message',
    note: 'a billing matter under a 400: the wording decides, the SDK’s exception path names Anthropic',
  },
];
