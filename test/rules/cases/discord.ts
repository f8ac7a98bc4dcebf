import type { RuleCase } from '../rule-tester.js';

/**
 * Discord HTTP API: `{"message","code"}` with JSON error codes (50013 Missing Permissions, 50001
 * Missing Access, 0 / 40001 Unauthorized, 50027 Invalid Webhook Token, 10003 / 10015 Unknown
 * Channel / Webhook, 50035 Invalid Form Body with nested `errors`, 20028 write rate limit), 429
 * `{"message":"You are being rate limited.","retry_after","global"}`; discord.js
 * `DiscordAPIError[code]`, discord.py `discord.errors.* (error code: N)`.
 * Sources: discord.com/developers/docs/topics/opcodes-and-status-codes, /topics/rate-limits;
 * discord-api-docs issue 1313; discord.js / discord.py issue reports.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const discordCases: RuleCase[] = [
  {
    line: j({ ts: '2026-03-01T10:00:00Z', level: 'error', destination: 'discord', record_id: 'msg_1', status: 403, body: { message: 'Missing Permissions', code: 50013 } }),
    category: 'permissions',
    cause: '50013',
    rule: 'discord/missing-permissions',
    note: '50013 Missing Permissions: the bot’s role, not its token',
  },
  {
    line: j({ ts: '2026-03-01T10:00:05Z', level: 'error', destination: 'discord', status: 401, body: { message: '401: Unauthorized', code: 0 } }),
    category: 'auth',
    rule: 'discord/unauthorized',
    note: 'bad bot token: 401 with code 0',
  },
  {
    line: j({ ts: '2026-03-01T10:00:10Z', level: 'error', destination: 'discord', status: 401, body: { message: 'Invalid Webhook Token', code: 50027 } }),
    category: 'auth',
    rule: 'discord/invalid-webhook-token',
    note: '50027: the webhook URL’s token was regenerated',
  },
  {
    line: j({ ts: '2026-03-01T10:00:15Z', level: 'error', destination: 'discord', status: 404, body: { message: 'Unknown Webhook', code: 10015 } }),
    category: 'validation',
    cause: '10015',
    rule: 'discord/unknown-resource',
    note: '10015 Unknown Webhook: deleted target, re-resolve',
  },
  {
    line: '2026-03-01T10:00:20Z ERROR POST https://discord.com/api/v10/channels/1234/messages -> 400 {"code":50035,"errors":{"embeds":{"0":{"description":{"_errors":[{"code":"BASE_TYPE_MAX_LENGTH","message":"Must be 4096 or fewer in length."}]}}}},"message":"Invalid Form Body"}',
    category: 'validation',
    destination: 'discord',
    rule: 'discord/invalid-form-body',
    note: '50035 named by the host only; the field path is nested in `errors` keys',
  },
  {
    line: 'DiscordAPIError[50035]: Invalid Form Body embeds[0].fields[9].value[BASE_TYPE_MAX_LENGTH]: Must be 1024 or fewer in length.',
    category: 'validation',
    destination: 'discord',
    field: 'embeds[0].fields[9].value',
    rule: 'discord/invalid-form-body',
    note: 'discord.js v14 prints the field path before the error code',
  },
  {
    line: 'discord.errors.HTTPException: 400 Bad Request (error code: 50035): Invalid Form Body In embed.fields.0.value: This field is required',
    category: 'validation',
    destination: 'discord',
    field: 'embed.fields.0.value',
    rule: 'discord/sdk-invalid-form-body',
    note: 'discord.py prints "In <path>:" for 50035',
  },
  {
    line: j({ ts: '2026-03-01T10:00:25Z', level: 'error', destination: 'discord', status: 429, body: { message: 'The write action you are performing on the channel has hit the write rate limit.', code: 20028 } }),
    category: 'transient',
    rule: 'discord/write-rate-limit',
    note: '20028: channel write rate limit',
  },
  {
    line: '2026-03-01T10:00:30Z ERROR DiscordAPIError[50013]: Missing Permissions',
    category: 'permissions',
    destination: 'discord',
    rule: 'discord/sdk-missing-permissions',
    note: 'discord.js prints the JSON code in brackets',
  },
  {
    line: 'discord.errors.Forbidden: 403 Forbidden (error code: 50001): Missing Access',
    category: 'permissions',
    destination: 'discord',
    rule: 'discord/sdk-missing-permissions',
    note: 'discord.py 50001: the bot cannot see the channel',
  },
  {
    line: 'discord.errors.LoginFailure: Improper token has been passed.',
    category: 'auth',
    destination: 'discord',
    rule: 'discord/sdk-invalid-token',
    note: 'discord.py login with a bad token',
  },
  {
    line: 'DiscordAPIError[10003]: Unknown Channel',
    category: 'validation',
    destination: 'discord',
    rule: 'discord/sdk-unknown-resource',
    note: '10003 Unknown Channel: the configured channel was deleted',
  },
  {
    line: '2026-03-01T10:00:35Z WARN POST https://discord.com/api/webhooks/1/abc -> 429 {"message":"You are being rate limited.","retry_after":64.57,"global":false}',
    category: 'transient',
    destination: 'discord',
    rule: 'discord/rate-limited',
    note: '429 with retry_after / global',
  },
  {
    line: 'discord.errors.DiscordServerError: 503 Service Unavailable (error code: 0): upstream connect error or disconnect/reset before headers',
    category: 'transient',
    destination: 'discord',
    rule: 'discord/server-error',
    note: '503 from Discord’s gateway: retried',
  },
  // ---------------------------------------------------------------- near misses
  {
    line: '2026-03-01T12:00:00Z ERROR posting release notes to our discord failed: 403 Forbidden',
    category: 'permissions',
    destination: null,
    note: 'near miss: "discord" in prose is no hint (hosts and SDK names only)',
  },
];
