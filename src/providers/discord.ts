import type { Provider } from './provider.js';

/**
 * Discord HTTP API (`discord.com/api/v10`, formerly `discordapp.com/api`; webhooks are
 * `discord.com/api/webhooks/<id>/<token>`). Errors are `{"message":"…","code":<JSON error code>}`:
 * 50001 Missing Access and 50013 Missing Permissions (the bot's role or the channel overwrites),
 * 40001 Unauthorized, and a 401 `{"message":"401: Unauthorized","code":0}` for a bad token; 50027
 * Invalid Webhook Token; 10003 / 10004 / 10008 / 10013 / 10015 Unknown Channel / Guild / Message /
 * User / Webhook (deleted or wrong id); 50035 Invalid Form Body with the field path nested in
 * `errors` (`{"errors":{"embeds":{"0":{"description":{"_errors":[{"code":"BASE_TYPE_MAX_LENGTH",
 * "message":"Must be 4096 or fewer in length."}]}}}}}`); 50006 Cannot send an empty message; 429
 * `{"message":"You are being rate limited.","retry_after":1.2,"global":false}` (per route, or global
 * when `global` is true; 20028 is a channel write limit; repeated invalid requests earn a temporary
 * Cloudflare ban, "error code: 1015"); 502 / 503 from the gateway are retried.
 * SDK spellings: discord.js `DiscordAPIError[50013]: Missing Permissions` (v14, `@discordjs/rest`;
 * older `DiscordAPIError: Missing Permissions`, 50035 paths on the next line as
 * `embeds[0].description[BASE_TYPE_MAX_LENGTH]: …`), discord.py `discord.errors.Forbidden: 403
 * Forbidden (error code: 50013): Missing Permissions` (50035 paths as `In embeds.0.description: …`),
 * `discord.errors.LoginFailure: Improper token has been passed.`, `discord.errors.DiscordServerError`,
 * eris `DiscordRESTError [50035]`.
 * Sources: discord.com/developers/docs/topics/opcodes-and-status-codes (JSON error codes, HTTP
 * codes), /topics/rate-limits, /reference (error messages); discord-api-docs issue 1313 (50035
 * bodies); discord.js and discord.py issue reports quoting these exceptions.
 */
const D = ['discord'];

/** An SDK's rendering of a Discord JSON error code: `DiscordAPIError[50013]`, `(error code: 50013)`, eris `DiscordRESTError [50013]`. */
/**
 * The field a 50035 names in SDK text: discord.py `In embeds.0.description: …`, discord.js
 * `Invalid Form Body\nembeds[0].description[BASE_TYPE_MAX_LENGTH]: …` (v14) or `…\nembed.description: …` (v12).
 */
const FORM_FIELD = /\bIn ([\w.]+): |Invalid Form Body\s+([\w.[\]]+?)(?:\[[A-Z_]+\])?: |^([\w.[\]]+?)\[[A-Z_]+\]: /m;

const sdkCode = (codes: string): RegExp => new RegExp(`(?:DiscordAPIError ?\\[|DiscordRESTError ?\\[|\\(error code: )(?:${codes})\\b`);

export const provider: Provider = {
  name: 'discord',
  display: 'Discord',
  // Hosts and SDK / exception names only: "discord" alone is too common a word in bot logs' prose.
  hints: [
    'discord(?:app)?\\.com/api',
    'DiscordAPIError',
    'DiscordRESTError',
    'discord\\.errors\\.\\w+',
    '@discordjs/rest',
    'discord\\.js',
    'discord\\.py',
  ],
  bodyKeys: ['_errors'],
  links: {
    auth: 'https://discord.com/developers/applications',
    permissions: 'https://support.discord.com/hc/en-us/articles/206029707',
    validation: 'https://discord.com/developers/docs/topics/opcodes-and-status-codes#json',
    outage: 'https://discordstatus.com',
    transient: 'https://discord.com/developers/docs/topics/rate-limits',
  },
  rules: [
    // -------------------------------------------------------------- JSON error codes (bodies)
    {
      id: 'discord/missing-permissions',
      category: 'permissions',
      cause: '{code}',
      code: ['50013', '50001'],
      destination: D,
      summary: 'Discord bot lacks a permission or access in this channel ({code})',
      fix: 'Give the bot’s role the permission (Send Messages, Embed Links, Manage Webhooks…) and access to the channel (View Channel, no deny overwrite); keep syncing other channels.',
    },
    {
      id: 'discord/unauthorized',
      category: 'auth',
      cause: '401: Unauthorized',
      code: ['40001', '0'],
      status: [401],
      destination: D,
      summary: 'Discord rejected the bot token',
      fix: 'Reset the bot token in the Developer Portal and update the connection (the header is `Authorization: Bot <token>`); pause the sync until then.',
    },
    {
      id: 'discord/invalid-webhook-token',
      category: 'auth',
      cause: '50027',
      code: ['50027'],
      destination: D,
      summary: 'Discord webhook token invalid (webhook URL regenerated or mistyped)',
      fix: 'Copy the webhook URL again from the channel’s Integrations settings and update the connection.',
    },
    {
      id: 'discord/unknown-resource',
      category: 'validation',
      cause: '{code}',
      code: ['10003', '10004', '10008', '10013', '10015'],
      destination: D,
      summary: 'Discord channel, guild, message, user or webhook not found ({code}: deleted or wrong id)',
      fix: 'Re-resolve the target: the channel / webhook was deleted or the bot was removed from the server; fix the configured id.',
    },
    {
      id: 'discord/invalid-form-body',
      category: 'validation',
      cause: '{code}',
      code: ['50035', '50006', 'BASE_TYPE_MAX_LENGTH', 'BASE_TYPE_REQUIRED', 'BASE_TYPE_BAD_LENGTH'],
      destination: D,
      fieldFrom: FORM_FIELD,
      summary: 'Discord rejected the message payload (`{field}`)',
      fix: 'Fix the mapped content (content ≤ 2000 chars, embed description ≤ 4096, field values ≤ 1024, at most 10 embeds, required fields set); retrying as is will not help.',
    },
    {
      id: 'discord/write-rate-limit',
      category: 'transient',
      cause: '20028',
      code: ['20028'],
      destination: D,
      summary: 'Discord channel write rate limit',
      fix: 'Retry after retry_after; spread writes to the same channel.',
    },
    // -------------------------------------------------------------- SDK strings and messages
    {
      id: 'discord/sdk-missing-permissions',
      category: 'permissions',
      cause: 'Missing Permissions',
      message: new RegExp(`${sdkCode('50013|50001').source}|DiscordAPIError: Missing (?:Permissions|Access)\\b`),
      summary: 'Discord bot lacks a permission or access in this channel',
      fix: 'Give the bot’s role the permission (Send Messages, Embed Links, Manage Webhooks…) and access to the channel (View Channel, no deny overwrite); keep syncing other channels.',
    },
    {
      id: 'discord/sdk-invalid-token',
      category: 'auth',
      cause: '401: Unauthorized',
      message: new RegExp(`${sdkCode('40001|50027').source}|discord\\.errors\\.LoginFailure|Improper token has been passed|\\bTokenInvalid\\b|\\bTOKEN_INVALID\\b|DiscordAPIError(?:\\[0\\])?: 401: Unauthorized|\\(error code: 0\\): 401: Unauthorized|Invalid Webhook Token`),
      summary: 'Discord rejected the bot or webhook token',
      fix: 'Reset the bot token (or copy the webhook URL again) and update the connection; pause the sync until then.',
    },
    {
      id: 'discord/sdk-unknown-resource',
      category: 'validation',
      cause: 'Unknown resource',
      message: new RegExp(`${sdkCode('10003|10004|10008|10013|10015').source}|DiscordAPIError: Unknown (?:Channel|Guild|Message|User|Webhook)\\b`),
      summary: 'Discord channel, guild, message, user or webhook not found (deleted or wrong id)',
      fix: 'Re-resolve the target: the channel / webhook was deleted or the bot was removed from the server; fix the configured id.',
    },
    {
      id: 'discord/sdk-invalid-form-body',
      category: 'validation',
      cause: '50035',
      message: new RegExp(`${sdkCode('50035|50006').source}|DiscordAPIError: (?:Invalid Form Body|Cannot send an empty message)`),
      fieldFrom: FORM_FIELD,
      summary: 'Discord rejected the message payload (`{field}`)',
      fix: 'Fix the mapped content (content ≤ 2000 chars, embed description ≤ 4096, field values ≤ 1024, at most 10 embeds, required fields set); retrying as is will not help.',
    },
    {
      id: 'discord/rate-limited',
      category: 'transient',
      cause: 'rate limited (429)',
      message: /You are being rate limited|You are being blocked from accessing our API temporarily|\berror code: 1015\b/i,
      // Cloudflare words its own 1015 page the same way: Discord's lines only.
      destination: D,
      summary: 'Discord rate limit (per route, or global)',
      fix: 'Retry after retry_after; if `global` is true or the Cloudflare ban (1015) appears, lower the request rate for the whole bot and stop retrying invalid requests.',
    },
    {
      id: 'discord/server-error',
      category: 'transient',
      cause: 'DiscordServerError',
      message: /\bdiscord\.errors\.DiscordServerError\b|\bDiscordServerError\b/,
      summary: 'Discord server or gateway error (5xx)',
      fix: 'Retry with backoff; check discordstatus.com if it persists.',
    },
  ],
};
