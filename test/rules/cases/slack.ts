import type { RuleCase } from '../rule-tester.js';

/**
 * Slack Web API `{"ok":false,"error":"…"}` (api.slack.com/web#errors and the method pages), the
 * Python SDK's SlackApiError text and the Node SDK's "An API error occurred: …".
 */
const j = (o: object) => JSON.stringify(o);

export const slackCases: RuleCase[] = [
  {
    line: j({ ts: '2026-03-04T09:00:00Z', level: 'error', destination: 'slack', method: 'chat.postMessage', status: 200, body: { ok: false, error: 'invalid_auth' } }),
    category: 'auth',
    cause: 'invalid_auth',
    rule: 'slack/invalid-auth',
    note: 'invalid_auth answered on HTTP 200: ok:false decides',
  },
  {
    line: "slack_sdk.errors.SlackApiError: The request to the Slack API failed. (url: https://www.slack.com/api/conversations.history)\nThe server responded with: {'ok': False, 'error': 'account_inactive'}",
    category: 'auth',
    cause: 'account_inactive',
    destination: 'slack',
    rule: 'slack/invalid-auth',
    note: 'account_inactive: the token’s user or workspace was deactivated',
  },
  {
    line: "slack_sdk.errors.SlackApiError: The request to the Slack API failed. (url: https://www.slack.com/api/chat.postMessage)\nThe server responded with: {'ok': False, 'error': 'not_in_channel'}",
    category: 'permissions',
    destination: 'slack',
    rule: 'slack/not-in-channel',
    note: 'the bot is not in the channel: invite it',
  },
  {
    line: "slack_sdk.errors.SlackApiError: The request to the Slack API failed. (url: https://www.slack.com/api/conversations.history)\nThe server responded with: {'ok': False, 'error': 'missing_scope', 'needed': 'channels:history', 'provided': 'chat:write,channels:read'}",
    category: 'permissions',
    field: 'channels:history',
    rule: 'slack/missing-scope',
    note: 'missing_scope names the needed scope',
  },
  {
    line: j({ level: 'error', destination: 'slack', status: 429, headers: { 'retry-after': '30' }, body: { ok: false, error: 'ratelimited' } }),
    category: 'transient',
    rule: 'slack/ratelimited',
    note: 'per-method tier limit, Retry-After',
  },
  {
    line: j({ level: 'error', destination: 'slack', status: 200, channel: 'C0123456', body: { ok: false, error: 'channel_not_found' } }),
    category: 'validation',
    cause: 'channel_not_found',
    rule: 'slack/payload',
    note: 'a channel id the app cannot see: the record’s value',
  },
  {
    line: j({ level: 'error', destination: 'slack', status: 200, body: { ok: false, error: 'fatal_error' } }),
    category: 'transient',
    rule: 'slack/server-error',
    note: 'fatal_error: server side',
  },
  {
    line: 'Error: An API error occurred: account_inactive',
    category: 'auth',
    destination: 'slack',
    rule: 'slack/sdk-auth',
    note: '@slack/web-api platform error with no body',
  },
  {
    line: '[ERROR]  web-api:WebClient:0 An API error occurred: not_in_channel',
    category: 'permissions',
    rule: 'slack/sdk-permission',
    note: 'Node SDK wording for not_in_channel',
  },
  {
    line: '[WARN]  web-api:WebClient:0 A rate-limit has been reached, you may retry this request in 30 seconds',
    category: 'transient',
    rule: 'slack/sdk-rate-limit',
    note: 'Node SDK rate-limited warning',
  },
  {
    line: j({ level: 'error', destination: 'acme', status: 429, error: 'ratelimited' }),
    category: 'transient',
    rule: 'http/rate-limit-code',
    note: 'near miss: ratelimited from another API is a generic rate limit, not Slack’s',
  },
];

/** Python slacker raises slacker.Error with the Web API error string. */
export const slackerCases: RuleCase[] = [
  {
    line: "slacker.Error: missing_scope",
    category: "permissions",
    destination: "slack",
    rule: "slack/sdk-permission",
    note: "slacker: a scope the token lacks",
  },
  {
    line: "slacker.Error: invalid_auth",
    category: "auth",
    destination: "slack",
    rule: "slack/sdk-auth",
    note: "slacker: a revoked or wrong token",
  },
];

/** slack-ruby-client: the Web API error string beside its exception class. */
export const slackRubyCases: RuleCase[] = [
  {
    line: "/srv/bundle/gems/slack-ruby-client-2.1.0/lib/slack/web/faraday/response/raise_error.rb:20:in `on_complete': token_revoked (Slack::Web::Api::Errors::TokenRevoked)",
    category: "auth",
    destination: "slack",
    rule: "slack/error-string-auth",
    note: "a revoked token, Ruby client",
  },
  {
    line: "/srv/bundle/gems/slack-ruby-client-2.1.0/lib/slack/web/faraday/response/raise_error.rb:20:in `on_complete': not_in_channel (Slack::Web::Api::Errors::SlackError)",
    category: "permissions",
    destination: "slack",
    rule: "slack/error-string-permission",
    note: "the app is not in the channel",
  },
  {
    line: "Slack::Web::Api::Errors::SlackError - is_archived",
    category: "validation",
    destination: "slack",
    rule: "slack/error-string-payload",
    note: "posting to an archived channel",
  },
  {
    line: 'Slack::Web::Api::Errors::TooManyRequestsError - ratelimited',
    category: 'transient',
    destination: 'slack',
    rule: 'slack/error-string-rate-limit',
    note: 'the Web API error string for a rate limit, in a client’s own wording',
  },
  {
    line: 'level=ERROR msg="slack api error: fatal_error" method=chat.postMessage',
    category: 'transient',
    destination: 'slack',
    rule: 'slack/error-string-server',
    note: 'fatal_error: Slack could not complete the call (docs: it may have partly applied)',
  },
];
