import type { Provider } from './provider.js';

/**
 * monday.com GraphQL API. Application-level errors come back with HTTP 200: before API version
 * 2024-10 as `{"error_code","error_message","error_data","status_code","account_id"}`, since then
 * also as GraphQL `errors[].extensions.code` (both shapes at once during the transition).
 * Limits: the complexity budget per minute (`ComplexityException` / COMPLEXITY_BUDGET_EXHAUSTED,
 * "reset in N seconds"), the minute rate limit, concurrency (`maxConcurrencyExceeded`,
 * FIELD_LIMIT_EXCEEDED) and the IP limit are all transient; the plan's daily call cap
 * (DAILY_LIMIT_EXCEEDED: 200 free, 1,000 basic/standard…, reset at midnight UTC) is plan.
 * 401 "Not Authenticated" is the token; `UserUnauthorizedException` (403) is the user's board
 * permissions; `missingRequiredPermissions` is an app scope; 423 "Resource is currently locked"
 * is a concurrent board update (transient); item / column / board exceptions are the record's.
 * Sources: developer.monday.com/api-reference/docs/errors, /docs/rate-limits, API changelog
 * (FIELD_LIMIT_EXCEEDED, JsonParseException, 2024-10 errors object); support.monday.com "API Rate
 * Limits".
 */
const M = ['monday'];

export const provider: Provider = {
  name: 'monday',
  display: 'monday.com',
  aliases: ['mondaycom'],
  // Not the bare weekday: the API host and SDK names.
  hints: ['monday\\.com', 'monday-sdk-js', 'mondaydotcomorg'],
  rank: 95,
  links: {
    auth: 'https://developer.monday.com/api-reference/docs/authentication',
    permissions: 'https://developer.monday.com/api-reference/docs/errors',
    plan: 'https://developer.monday.com/api-reference/docs/rate-limits',
    validation: 'https://developer.monday.com/api-reference/docs/errors',
    outage: 'https://status.monday.com',
    transient: 'https://developer.monday.com/api-reference/docs/rate-limits',
  },
  rules: [
    {
      id: 'monday/daily-limit',
      category: 'plan',
      cause: 'DAILY_LIMIT_EXCEEDED',
      code: ['DAILY_LIMIT_EXCEEDED'],
      destination: M,
      summary: 'monday.com daily API call limit of the plan reached',
      fix: 'Pause until the daily reset (midnight UTC), cut calls per run, or move to a plan with a higher daily limit.',
    },
    {
      id: 'monday/complexity',
      category: 'transient',
      cause: 'complexity budget exhausted',
      code: ['ComplexityException', 'COMPLEXITY_BUDGET_EXHAUSTED'],
      summary: 'monday.com complexity budget for this minute used up',
      fix: 'Retry after the reset the error states; request fewer fields / smaller pages per query.',
    },
    {
      id: 'monday/rate-limit',
      category: 'transient',
      cause: '{code}',
      code: ['maxConcurrencyExceeded', 'FIELD_LIMIT_EXCEEDED', 'IP_RATE_LIMIT_EXCEEDED', 'RATE_LIMIT_EXCEEDED'],
      destination: M,
      summary: 'monday.com rate, concurrency or IP limit',
      fix: 'Retry after retry_in_seconds; send fewer requests in parallel.',
    },
    {
      id: 'monday/temporarily-blocked',
      category: 'transient',
      cause: '{code}',
      code: ['API_TEMPORARILY_BLOCKED', 'INTERNAL_SERVER_ERROR'],
      destination: M,
      summary: 'monday.com API temporarily unavailable',
      fix: 'Retry with backoff; check status.monday.com if it persists.',
    },
    {
      id: 'monday/not-authenticated',
      category: 'auth',
      cause: 'Not Authenticated',
      message: /\bNot Authenticated\b/,
      destination: M,
      summary: 'monday.com API token missing or invalid',
      fix: 'Regenerate the API token (or reinstall the app) and update the connection; pause the sync until then.',
    },
    {
      id: 'monday/user-unauthorized',
      category: 'permissions',
      cause: '{code}',
      code: ['UserUnauthorizedException', 'missingRequiredPermissions'],
      summary: 'monday.com user or app lacks permission for this board or action',
      fix: 'Give the token’s user access to the board, or add the missing app scope (e.g. boards:write) and reinstall the app.',
    },
    {
      id: 'monday/items-limit',
      category: 'plan',
      cause: 'ItemsLimitationException',
      code: ['ItemsLimitationException'],
      summary: 'monday.com board reached its item limit',
      fix: 'Archive or delete items, split the board, or raise the plan’s item limit.',
    },
    {
      id: 'monday/record',
      category: 'validation',
      cause: '{code}',
      code: [
        'ColumnValueException',
        'InvalidColumnIdException',
        'InvalidBoardIdException',
        'InvalidItemIdException',
        'InvalidUserIdException',
        'InvalidArgumentException',
        'ItemNameTooLongException',
        'CorrectedValueException',
        'RecordInvalidException',
        'ResourceNotFoundException',
        'CreateBoardException',
        'JsonParseException',
      ],
      // Java / AWS exception names too (ResourceNotFoundException, JsonParseException): monday's only on its lines.
      destination: M,
      summary: 'monday.com rejected the item ({code})',
      fix: 'Fix the column value or id in the mapping (each column type has its own JSON format); see the sample.',
    },
  ],
};
