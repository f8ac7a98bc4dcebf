import type { Provider } from './provider.js';

/**
 * Iterable API: `{"msg","code","params"}` with a CamelCase `code`: BadApiKey / BadAuthorizationHeader
 * / InvalidJwtPayload (401, auth); Forbidden / ForbiddenParamsError (the key's type or permissions
 * do not allow the call or its parameters); RateLimitExceeded (429, per-second / per-minute
 * endpoint limits); RequestFieldsTypesMismatched (400: a field was first stored with another type,
 * named in the message "Field 'x' already exists … data type of 'date'" and under
 * params.validationErrors); UniqueFieldsLimitExceeded (the project's cap on distinct field names:
 * plan); DatabaseError / QueueEmailError / GenericError (server side, retry). `Forbidden`,
 * `NotFound`, `Unauthorized` and `GenericError` are everyone's words: Iterable's only on its lines.
 * Sources: api.iterable.com/api/docs (response codes, per-endpoint rate limits), Iterable support
 * on field data types; iterable-go and node-iterable-api error handling, real bodies in their tests.
 */
const I = ['iterable'];

export const provider: Provider = {
  name: 'iterable',
  display: 'Iterable',
  // Not the bare word ("iterable" is every language's word for a sequence): hosts and SDK names.
  hints: ['api(?:\\.eu)?\\.iterable\\.com', 'iterable-go', 'node-iterable-api', 'iterable_api', 'iterableapi', 'IterableApiError'],
  rank: 95,
  links: {
    auth: 'https://api.iterable.com/api/docs',
    permissions: 'https://api.iterable.com/api/docs',
    plan: 'https://support.iterable.com/hc/en-us',
    validation: 'https://api.iterable.com/api/docs',
    outage: 'https://status.iterable.com',
    transient: 'https://api.iterable.com/api/docs',
  },
  rules: [
    {
      id: 'iterable/bad-api-key',
      category: 'auth',
      cause: '{code}',
      code: ['BadApiKey', 'BadAuthorizationHeader', 'InvalidJwtPayload', 'JwtUserIdentifiersMismatched'],
      summary: 'Iterable API key invalid, disabled or of the wrong region',
      fix: 'Update the Iterable API key (US keys on api.iterable.com, EU keys on api.eu.iterable.com); pause the sync until then.',
    },
    {
      id: 'iterable/unauthorized',
      category: 'auth',
      cause: 'Unauthorized',
      code: ['Unauthorized'],
      destination: I,
      summary: 'Iterable API key invalid, disabled or of the wrong region',
      fix: 'Update the Iterable API key (US keys on api.iterable.com, EU keys on api.eu.iterable.com); pause the sync until then.',
    },
    {
      id: 'iterable/forbidden-params',
      category: 'permissions',
      cause: 'ForbiddenParamsError',
      code: ['ForbiddenParamsError'],
      summary: 'Iterable API key type does not allow these parameters',
      fix: 'Use a server-side (standard) API key for this call instead of a JavaScript / mobile key.',
    },
    {
      id: 'iterable/forbidden',
      category: 'permissions',
      cause: 'Forbidden',
      code: ['Forbidden'],
      destination: I,
      summary: 'Iterable API key is not allowed to call this endpoint',
      fix: 'Create a key whose type and permissions cover the endpoint (Integrations → API Keys) and update the connection.',
    },
    {
      id: 'iterable/rate-limit',
      category: 'transient',
      cause: 'RateLimitExceeded',
      code: ['RateLimitExceeded'],
      destination: I,
      summary: 'Iterable endpoint rate limit',
      fix: 'Retry with backoff; use the bulk endpoints (users/bulkUpdate, events/trackBulk) to send fewer requests.',
    },
    {
      id: 'iterable/unique-fields-limit',
      category: 'plan',
      cause: 'UniqueFieldsLimitExceeded',
      code: ['UniqueFieldsLimitExceeded'],
      summary: 'Iterable project reached its limit of distinct field names',
      fix: 'Stop sending new field names (nest dynamic keys under one field) or ask Iterable to raise the project’s field limit.',
    },
    {
      id: 'iterable/field-type',
      category: 'validation',
      cause: 'RequestFieldsTypesMismatched',
      code: ['RequestFieldsTypesMismatched'],
      fieldFrom: /Field '([^']+)' already exists/,
      summary: 'Iterable field `{field}` was first stored with another data type',
      fix: 'Send `{field}` in the type Iterable already has for it (see expectedType), or map it to a new field name.',
    },
    {
      id: 'iterable/record',
      category: 'validation',
      cause: '{code}',
      code: ['BadParams', 'BadJsonBody', 'InvalidEmailAddressError', 'InvalidUserIdError', 'EmailAlreadyExists', 'UserIdAlreadyExists', 'ExternalKeyConflict', 'UnknownEmailError', 'UnknownUserIdError', 'ForgottenUserError', 'BatchTooLarge'],
      summary: 'Iterable rejected the record ({code})',
      fix: 'Fix the record’s identifiers or payload (see the sample); a forgotten (GDPR) user cannot be written again.',
    },
    {
      id: 'iterable/not-found',
      category: 'validation',
      cause: 'NotFound',
      code: ['NotFound'],
      destination: I,
      summary: 'Iterable list, campaign or user not found',
      fix: 'Re-resolve the list / campaign id configured in the connection, or the user’s email / userId.',
    },
    {
      id: 'iterable/server',
      category: 'transient',
      cause: '{code}',
      code: ['DatabaseError', 'QueueEmailError', 'GenericError'],
      destination: I,
      summary: 'Iterable server-side error',
      fix: 'Retry with backoff; check status.iterable.com if it persists.',
    },
  ],
};
