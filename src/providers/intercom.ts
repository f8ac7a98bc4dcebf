import type { Provider } from './provider.js';

/**
 * Intercom: `{"type":"error.list","errors":[{"code","message","field"?}]}`. `token_*` codes are
 * auth (token_unauthorized is a valid token without the scope: permissions), `api_plan_restricted`
 * is plan, `conflict` names no field.
 * Sources: developers.intercom.com error codes and HTTP responses pages; SDK issues.
 */
const I = ['intercom'];

export const provider: Provider = {
  name: 'intercom',
  display: 'Intercom',
  bodyCodes: ['error.list'],
  hints: ['api\\.intercom\\.io', 'intercom'],
  rank: 50,
  links: {
    auth: 'https://developers.intercom.com/docs/build-an-integration/learn-more/authentication',
    permissions: 'https://developers.intercom.com/docs/build-an-integration/learn-more/authentication/oauth-scopes',
    plan: 'https://www.intercom.com/pricing',
    validation: 'https://developers.intercom.com/docs/references/rest-api/errors/error-codes',
    outage: 'https://www.intercomstatus.com',
    transient: 'https://www.intercomstatus.com',
  },
  rules: [
    // intercom-ruby raises a class per error; the custom data attribute limit is a plan limit.
    {
      id: 'intercom/custom-data-limit',
      category: 'plan',
      cause: 'custom data limit reached',
      message: /\bCDALimitReached(?:Error)?\b|Custom data limit reached/i,
      summary: 'Intercom custom data attribute limit reached',
      fix: 'Archive unused custom data attributes in Intercom (or stop creating new ones from the sync); records with new attributes fail until then.',
    },
    {
      id: 'intercom/token-unauthorized',
      category: 'permissions',
      cause: 'token_unauthorized',
      code: ['token_unauthorized'],
      summary: 'Intercom token lacks the scope for this call',
      fix: 'Enable the missing permission on the Intercom app (Developer Hub → Authentication) and reinstall it.',
    },
    // token_unauthorized's message, where an SDK kept the words and lost the code (intercom-ruby's
    // UnexpectedError "… with the message: Not authorized to access resource and http_code: '401'"):
    // a 401 that is a missing scope, not a bad token.
    {
      id: 'intercom/not-authorized-resource',
      category: 'permissions',
      cause: 'token_unauthorized',
      message: /\bNot authorized to access resource\b/,
      destination: I,
      summary: 'Intercom token lacks the scope for this call',
      fix: 'Enable the missing permission on the Intercom app (Developer Hub → Authentication) and reinstall it.',
    },
    {
      id: 'intercom/token-invalid',
      category: 'auth',
      cause: 'token_invalid',
      code: ['token_not_found', 'token_blocked', 'token_suspended', 'missing_authorization'],
      summary: 'Intercom access token revoked, expired or unknown',
      fix: 'Reconnect Intercom (re-authorise the app); pause the sync until then.',
    },
    // Slack and others send token_revoked / token_expired too: only Intercom's lines are Intercom's.
    {
      id: 'intercom/token-revoked',
      category: 'auth',
      cause: 'token_invalid',
      code: ['token_revoked', 'token_expired'],
      destination: I,
      summary: 'Intercom access token revoked, expired or unknown',
      fix: 'Reconnect Intercom (re-authorise the app); pause the sync until then.',
    },
    {
      id: 'intercom/unauthorized',
      category: 'auth',
      cause: 'unauthorized',
      code: ['unauthorized'],
      destination: I,
      summary: 'Intercom access token invalid',
      fix: 'Reconnect Intercom (re-authorise the app); pause the sync until then.',
    },
    {
      id: 'intercom/plan-restricted',
      category: 'plan',
      cause: 'api_plan_restricted',
      code: ['api_plan_restricted'],
      summary: 'Intercom feature not available on the workspace plan',
      fix: 'Upgrade the Intercom plan (or add the feature), or drop this object from the sync.',
    },
    {
      id: 'intercom/forbidden',
      category: 'permissions',
      cause: 'action_forbidden',
      code: ['action_forbidden', 'forbidden'],
      destination: I,
      summary: 'Intercom app or admin not allowed to do this',
      fix: 'Grant the app the required permissions (see data.required_permissions) and reinstall.',
    },
    {
      id: 'intercom/rate-limit',
      link: 'https://developers.intercom.com/docs/references/rest-api/errors/rate-limiting',
      category: 'transient',
      cause: 'rate_limit_exceeded',
      // Google (RATE_LIMIT_EXCEEDED), Brevo and others use these words too: Intercom's lines only.
      code: ['rate_limit_exceeded', 'too_many_requests', 'retry_after'],
      destination: I,
      summary: 'Intercom rate limit',
      fix: 'Retry with backoff; spread requests (limits apply per 10 s window).',
    },
    {
      id: 'intercom/server',
      category: 'transient',
      cause: 'server_error',
      code: ['server_error', 'service_unavailable', 'request_timeout', 'team_unavailable'],
      destination: I,
      summary: 'Intercom server error or timeout',
      fix: 'Retry with backoff; check intercomstatus.com if it persists.',
    },
    // intercom-java raises ServerException for a 5xx answer (its client maps 500-599 to it).
    {
      id: 'intercom/server-exception',
      category: 'transient',
      cause: 'ServerException',
      message: /\bio\.intercom\.api\.ServerException\b/,
      summary: 'Intercom server error (5xx)',
      fix: 'Retry with backoff; check intercomstatus.com if it persists.',
    },
    {
      id: 'intercom/conflict',
      category: 'validation',
      cause: 'conflict',
      code: ['conflict', 'resource_conflict'],
      destination: I,
      summary: 'Intercom contact already exists (or several match)',
      fix: 'Search and update the existing contact (by external_id / email) instead of creating it.',
    },
    {
      // Intercom's wording when an email matches several users (identify by user_id instead).
      id: 'intercom/multiple-matches',
      category: 'validation',
      cause: 'conflict',
      message: /Multiple existing users match this email address/i,
      summary: 'Intercom contact already exists (or several match)',
      fix: 'Search and update the existing contact (by external_id / email) instead of creating it.',
    },
    // intercom-ruby's error classes, when the line shows no status or code.
    {
      id: 'intercom/sdk-not-found',
      category: 'validation',
      cause: 'not_found',
      message: /\bIntercom::ResourceNotFound\b/,
      summary: 'Intercom record not found',
      fix: 'Re-resolve the Intercom ids (deleted or merged contacts).',
    },
    {
      id: 'intercom/sdk-authentication',
      category: 'auth',
      cause: 'unauthorized',
      message: /\bIntercom::AuthenticationError\b/,
      summary: 'Intercom access token invalid or revoked',
      fix: 'Reconnect Intercom (a new access token from the Developer Hub or OAuth); pause the sync until then.',
    },
    {
      id: 'intercom/sdk-rate-limit',
      category: 'transient',
      cause: 'rate_limit_exceeded',
      message: /\bIntercom::RateLimitExceeded\b/,
      summary: 'Intercom rate limit',
      fix: 'Retry after X-RateLimit-Reset; lower the call rate if it persists.',
    },
    {
      id: 'intercom/not-found',
      category: 'validation',
      cause: 'not_found',
      code: ['not_found', 'admin_not_found', 'team_not_found', 'company_not_found', 'user_not_found', 'contact_not_found'],
      destination: I,
      summary: 'Intercom record not found',
      fix: 'Re-resolve the Intercom ids (deleted or merged contacts).',
    },
    {
      id: 'intercom/parameter',
      category: 'validation',
      cause: 'parameter_invalid',
      code: [
        'parameter_invalid',
        'parameter_not_found',
        'parameter_missing',
        'missing_parameter',
        'type_mismatch',
        'data_invalid',
        'bad_request',
        'client_error',
        'unprocessable_entity',
        'job_closed',
        'not_restorable',
        'invalid_field',
      ],
      destination: I,
      fieldFrom: /attribute '([^']+)'|No such (\w+)\[|bad '(\w+)' parameter/,
      summary: 'Intercom rejected a parameter',
      fix: 'Fix the mapped value or create the data attribute in Intercom first.',
    },
    {
      id: 'intercom/version-invalid',
      category: 'validation',
      cause: 'intercom_version_invalid',
      code: ['intercom_version_invalid'],
      summary: 'Intercom API version not supported for this resource',
      fix: 'Set an Intercom-Version header the resource supports.',
    },
  ],
};
