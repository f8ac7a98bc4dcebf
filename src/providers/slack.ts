import type { Provider } from './provider.js';

/**
 * Slack Web API: `{"ok":false,"error":"…"}`, on HTTP 200 for nearly everything (429 with
 * Retry-After for `ratelimited`). The Python SDK prints the body as a dict repr ("The server
 * responded with: {'ok': False, 'error': 'not_in_channel'}"); the Node SDK says "An API error
 * occurred: not_in_channel". Codes other APIs share (invalid_auth, token_revoked, ratelimited…) are
 * Slack's only on Slack lines.
 * Sources: api.slack.com/web#errors and each method's error table (invalid_auth, not_authed,
 * account_inactive, token_revoked, token_expired, missing_scope, no_permission, ekm_access_denied,
 * not_allowed_token_type, channel_not_found, not_in_channel, is_archived, ratelimited, fatal_error,
 * internal_error, service_unavailable, request_timeout); api.slack.com/apis/rate-limits;
 * @slack/web-api errors.ts (platform and rate-limited error messages).
 */
const S = ['slack'];

const AUTH = ['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired', 'no_authorization'];
const SCOPE = ['missing_scope', 'no_permission', 'not_allowed_token_type', 'ekm_access_denied', 'team_access_not_granted', 'restricted_action', 'access_denied'];
const PAYLOAD = ['channel_not_found', 'is_archived', 'msg_too_long', 'no_text', 'invalid_blocks', 'invalid_arguments', 'invalid_arg_name', 'too_many_attachments', 'user_not_found', 'users_not_found', 'name_taken', 'already_in_channel', 'cant_invite_self'];

export const provider: Provider = {
  name: 'slack',
  display: 'Slack',
  keys: { field: ['needed'] },
  // Its Web API envelope, `{"ok":false,"error":"not_in_channel"}`, also when a wrapper escaped it again.
  hints: ['\\\\*"ok\\\\*"\\s*:\\s*false\\s*,\\s*\\\\*"error\\\\*"\\s*:', 'slack\\.com', 'slack_sdk', 'slackclient', '@slack/web-api', '@slack/bolt', 'web-api:WebClient', 'An API error occurred: [a-z]+(?:_[a-z]+)*', 'slacker', 'Slack::Web', 'Slack\\w*(?:Exception|Error)', 'slack'],
  links: {
    auth: 'https://api.slack.com/authentication/token-types',
    permissions: 'https://api.slack.com/scopes',
    validation: 'https://api.slack.com/web#errors',
    transient: 'https://api.slack.com/apis/rate-limits',
    outage: 'https://status.slack.com',
  },
  rules: [
    {
      id: 'slack/invalid-auth',
      category: 'auth',
      cause: '{code}',
      code: AUTH,
      destination: S,
      summary: 'Slack token invalid, revoked or its user/workspace deactivated ({code})',
      fix: 'Reinstall the Slack app (or issue a new bot/user token) and update the connection; a deactivated user’s token never comes back. Pause the sync until then.',
    },
    // The bot is not a member: invite it, nothing else will help.
    // Features of paid workspaces (user groups, some admin calls): the plan, not a scope.
    {
      id: 'slack/paid-only',
      category: 'plan',
      cause: '{code}',
      code: ['paid_teams_only', 'paid_only'],
      destination: S,
      summary: 'Slack call needs a paid workspace plan ({code})',
      fix: 'Upgrade the Slack workspace plan or stop syncing this object; retrying cannot pass.',
    },
    {
      id: 'slack/not-in-channel',
      category: 'permissions',
      cause: 'not_in_channel',
      code: ['not_in_channel'],
      destination: S,
      summary: 'Slack app is not a member of the channel',
      fix: 'Invite the app to the channel (/invite @app) or use chat:write.public for public channels; keep syncing other channels.',
    },
    {
      id: 'slack/missing-scope',
      category: 'permissions',
      cause: '{code}',
      code: SCOPE,
      // The Python SDK prints the body: {'ok': False, 'error': 'missing_scope', 'needed': 'chat:write', …}.
      fieldFrom: /['"]needed['"]\s*:\s*['"]([^'"]+)['"]/,
      destination: S,
      summary: 'Slack token lacks a scope or is not allowed this call ({code})',
      fix: 'Add the needed scope to the Slack app and reinstall it to the workspace (or ask the workspace admin to allow the action); keep syncing unaffected records.',
    },
    {
      id: 'slack/ratelimited',
      category: 'transient',
      cause: 'ratelimited',
      code: ['ratelimited', 'rate_limited'],
      destination: S,
      summary: 'Slack rate limit (per-method tier, per minute)',
      fix: 'Retry after the Retry-After seconds; lower the call rate for the method’s tier if it persists.',
    },
    {
      id: 'slack/server-error',
      category: 'transient',
      cause: '{code}',
      code: ['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout'],
      destination: S,
      summary: 'Slack server error ({code})',
      fix: 'Retry with backoff; a fatal_error may have partly applied, so check for duplicates before re-posting.',
    },
    {
      id: 'slack/payload',
      category: 'validation',
      cause: '{code}',
      code: PAYLOAD,
      destination: S,
      summary: 'Slack rejected the request for this record ({code})',
      fix: 'Fix the channel or user id, or the message content, for this record (a private channel the app cannot see also reads as channel_not_found); never retry as is.',
    },
    // The Node SDK's wording, with no body: "An API error occurred: account_inactive"; Python's slacker: "slacker.Error: missing_scope".
    {
      id: 'slack/sdk-auth',
      category: 'auth',
      cause: 'invalid_auth',
      message: new RegExp(`(?:An API error occurred|slacker\\.Error): (?:${AUTH.join('|')})\\b`),
      summary: 'Slack token invalid, revoked or its user/workspace deactivated',
      fix: 'Reinstall the Slack app (or issue a new bot/user token) and update the connection; pause the sync until then.',
    },
    {
      id: 'slack/sdk-permission',
      category: 'permissions',
      cause: 'missing_scope',
      message: new RegExp(`(?:An API error occurred|slacker\\.Error): (?:not_in_channel|${SCOPE.join('|')})\\b`),
      summary: 'Slack app lacks a scope or channel membership',
      fix: 'Add the scope and reinstall the app, or invite the app to the channel; keep syncing unaffected records.',
    },
    // Any client's wording around the Web API's error string, on a line that names Slack:
    // slack-ruby-client `not_in_channel (Slack::Web::Api::Errors::SlackError)`, `SlackError - channel_not_found`.
    {
      id: 'slack/error-string-auth',
      category: 'auth',
      cause: 'invalid_auth',
      message: new RegExp(`\\b(?:${AUTH.join('|')})\\b`),
      destination: S,
      summary: 'Slack token invalid, revoked or its user/workspace deactivated',
      fix: 'Reinstall the Slack app (or issue a new bot/user token) and update the connection; pause the sync until then.',
    },
    {
      id: 'slack/error-string-permission',
      category: 'permissions',
      cause: 'missing_scope',
      message: new RegExp(`\\b(?:not_in_channel|${SCOPE.join('|')})\\b`),
      destination: S,
      summary: 'Slack app lacks a scope or channel membership',
      fix: 'Add the scope and reinstall the app, or invite the app to the channel; keep syncing unaffected records.',
    },
    {
      id: 'slack/error-string-payload',
      category: 'validation',
      cause: 'invalid request',
      message: new RegExp(`\\b(?:${PAYLOAD.join('|')})\\b`),
      destination: S,
      summary: 'Slack rejected the request for this record',
      fix: 'Fix the channel or user id, or the message content, for this record (a private channel the app cannot see also reads as channel_not_found); never retry as is.',
    },
    {
      id: 'slack/error-string-rate-limit',
      category: 'transient',
      cause: 'ratelimited',
      message: /\b(?:ratelimited|rate_limited)\b/,
      destination: S,
      summary: 'Slack rate limit (per-method tier, per minute)',
      fix: 'Retry after the Retry-After seconds; lower the call rate for the method’s tier if it persists.',
    },
    {
      id: 'slack/error-string-server',
      category: 'transient',
      cause: 'fatal_error',
      message: /\b(?:fatal_error|internal_error|service_unavailable|request_timeout)\b/,
      destination: S,
      summary: 'Slack server error',
      fix: 'Retry with backoff; a fatal_error may have partly applied, so check for duplicates before re-posting.',
    },
    {
      id: 'slack/sdk-rate-limit',
      category: 'transient',
      cause: 'ratelimited',
      message: /A rate[- ]limit has been reached, you may retry this request in \d+ seconds/i,
      summary: 'Slack rate limit (per-method tier, per minute)',
      fix: 'Retry after the Retry-After seconds; lower the call rate for the method’s tier if it persists.',
    },
  ],
};
