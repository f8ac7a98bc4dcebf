import type { Provider } from './provider.js';

/**
 * Jira / Atlassian Cloud (`*.atlassian.net/rest/api/2|3`, `api.atlassian.com/ex/jira/…`). Errors
 * are `{"errorMessages":[…],"errors":{"<fieldId>":"<message>"}}`: the `errors` keys name the field
 * ("customfield_10010": "Field 'customfield_10010' cannot be set. It is not on the appropriate
 * screen, or unknown."). The OAuth 2.0 (3LO) gateway answers `{"code":401,"message":"Unauthorized;
 * scope does not match"}` when the token lacks a scope (permissions, despite the 401) and "Client
 * must be authenticated to access this resource." when the token is bad; basic auth with an
 * account password (not an API token) is refused outright. 404 "Issue does not exist or you do
 * not have permission to see it." cannot tell a deleted issue from a hidden one. 429 is the rate
 * limit (Retry-After, transient).
 * Sources: developer.atlassian.com/cloud/jira/platform/rest/v3/intro (status codes, rate limiting),
 * /cloud/jira/platform/scopes-for-oauth-2-3LO-and-forge-apps, /cloud/jira/platform/basic-auth-for-rest-apis
 * (deprecation of passwords); Atlassian community threads and jira-python JIRAError texts.
 */
const J = ['jira'];

export const provider: Provider = {
  name: 'jira',
  display: 'Jira',
  aliases: ['atlassian', 'jiracloud'],
  hints: ['[\\w-]+\\.atlassian\\.net', 'api\\.atlassian\\.com', 'jira', 'JIRAError', 'Jira\\w*Error', 'atlassian-python-api', 'jira\\.exceptions', 'jira-client', '/rest/api/(?:2|3|latest)/(?:issue|search|project|field|user|myself|issueLink|comment|worklog)\\b'],
  rank: 95,
  // Jira's error envelope: {"errorMessages": [...], "errors": {...}}.
  bodyKeys: ['errorMessages'],
  links: {
    auth: 'https://id.atlassian.com/manage-profile/security/api-tokens',
    permissions: 'https://developer.atlassian.com/cloud/jira/platform/scopes-for-oauth-2-3LO-and-forge-apps/',
    validation: 'https://developer.atlassian.com/cloud/jira/platform/rest/v3/intro/',
    outage: 'https://status.atlassian.com',
    transient: 'https://developer.atlassian.com/cloud/jira/platform/rate-limiting/',
  },
  rules: [
    {
      id: 'jira/scope-mismatch',
      category: 'permissions',
      cause: 'scope does not match',
      message: /Unauthorized; scope does not match/i,
      summary: 'Atlassian OAuth token lacks a scope this call needs',
      fix: 'Add the missing scope to the app in the Atlassian developer console and have the user re-consent (granular scopes must cover every object the call reads).',
    },
    {
      id: 'jira/client-not-authenticated',
      category: 'auth',
      cause: 'client not authenticated',
      message: /Client must be authenticated to access this resource|Basic auth(?:entication)? with passwords is deprecated|AUTHENTICATION_DENIED|CAPTCHA_CHALLENGE/i,
      summary: 'Jira rejected the credentials (token, or a password where an API token is needed)',
      fix: 'Use an Atlassian API token (email + token for basic auth) or reconnect OAuth; a CAPTCHA lock needs one browser sign-in. Pause the sync until then.',
    },
    {
      id: 'jira/field-not-on-screen',
      category: 'validation',
      cause: 'field not on screen',
      // The quotes may come escaped (`Field \'x\'`: a body inside a Python bytes repr).
      message: /Field \\?'[^'\\]+\\?' cannot be set\. It is not on the appropriate screen, or unknown/i,
      fieldFrom: /Field \\?'([^'\\]+)\\?' cannot be set/i,
      summary: 'Jira field `{field}` is not on the create / edit screen (or does not exist)',
      fix: 'Add `{field}` to the project’s create / edit screen for this issue type, or stop mapping it.',
    },
    // Before no-permission: the 404 wording also says "you do not have permission to see it".
    {
      id: 'jira/issue-not-found',
      category: 'validation',
      cause: 'issue not found or hidden',
      message: /Issue does not exist or you do not have permission to see it/i,
      summary: 'Jira issue deleted, moved, or not visible to the sync’s user',
      fix: 'Re-resolve the issue key (deleted or moved issues change keys); if it exists, give the user Browse Projects on it.',
    },
    {
      id: 'jira/no-permission',
      category: 'permissions',
      cause: 'project permission',
      // Not JQL's "Field 'x' does not exist or you do not have permission to view it": a name the
      // query got wrong far more often than a hidden one (jira/invalid-value's family).
      message: /(?<!does not exist or )You do not have (?:the )?permission to (?:create|edit|see|view|transition|assign|delete|comment)|You cannot (?:create|edit) issues in this project|does not have permission to (?:create|edit|browse)/i,
      destination: J,
      summary: 'Jira user lacks a project permission for this action',
      fix: 'Grant the sync’s user the project permission (Create / Edit / Transition issues) in the project’s permission scheme.',
    },
    {
      id: 'jira/invalid-value',
      category: 'validation',
      cause: 'invalid field value',
      message: /You must specify (?:a|an) [\w ]+ (?:of|for) the issue|Specify a valid (?:value|project ID or key|issue type)|Option (?:value|id) '[^']*' (?:is not valid|for field)|valid (?:project|issue type) is required|The value '[^']*' does not exist for the field '[^']+'|is not a valid (?:due date|date|user|number)|Field '[^']+' is required|Field '[^']+' does not exist or you do not have permission to view it/i,
      fieldFrom: /for the field '([^']+)'|Field '([^']+)' (?:is required|does not exist)|for field '([^']+)'/i,
      destination: J,
      summary: 'Jira rejected the value of `{field}`',
      fix: 'Map `{field}` to a value Jira accepts (an existing option, user account id, or date format).',
    },
    {
      id: 'jira/workflow',
      category: 'validation',
      cause: 'invalid workflow transition',
      message: /workflow operation .* is not valid for the current state|Transition id '\d+' is not valid for this issue|It seems that you have tried to perform a workflow operation/i,
      summary: 'Jira transition not valid in the issue’s current status',
      fix: 'Map statuses to transitions available from the issue’s current status (or add the transition to the workflow).',
    },
  ],
};
