import type { Provider } from './provider.js';

/**
 * Telegram Bot API (`api.telegram.org/bot<token>/<method>`). Every answer is
 * `{"ok":false,"error_code":N,"description":"…"}`, the description starting with the status's
 * reason: 401 "Unauthorized" (a wrong or revoked bot token); 403 "Forbidden: bot was blocked by the
 * user" / "bot was kicked from the group chat" / "bot is not a member of the channel chat" (the
 * chat, not the token: skip that chat); 400 "Bad Request: chat not found", "message is too long",
 * "not enough rights to …"; 429 "Too Many Requests: retry after N" with `parameters.retry_after`
 * (flood control, per chat and per bot).
 * SDK spellings: python-telegram-bot `telegram.error.RetryAfter: Flood control exceeded. Retry in N
 * seconds`, `telegram.error.Forbidden` / `Unauthorized` / `BadRequest`; node-telegram-bot-api
 * `ETELEGRAM: 403 Forbidden: bot was blocked by the user`; aiogram `TelegramRetryAfter`,
 * `TelegramForbiddenError`.
 * Sources: core.telegram.org/bots/api (Making requests, ResponseParameters), core.telegram.org/bots/faq
 * (broadcasting limits), python-telegram-bot's telegram.error module docs.
 */
const D = ['telegram'];

export const provider: Provider = {
  name: 'telegram',
  display: 'Telegram Bot API',
  // Hosts and SDK names only: "telegram" alone is the name of many a bot's own module.
  hints: ['api\\.telegram\\.org', 'telegram\\.error(?:\\.\\w+)?', 'python-telegram-bot', 'node-telegram-bot-api', 'ETELEGRAM', 'Telegram(?:RetryAfter|ForbiddenError|BadRequest|UnauthorizedError|NetworkError|ServerError)', 'aiogram', 'telebot', 'TelegramError'],
  links: {
    auth: 'https://core.telegram.org/bots/features#botfather',
    transient: 'https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this',
    validation: 'https://core.telegram.org/bots/api#making-requests',
  },
  rules: [
    {
      id: 'telegram/flood-control',
      category: 'transient',
      cause: 'flood control (retry after)',
      message: /\bFlood control exceeded\b|\bToo Many Requests: retry after \d+|\bTelegramRetryAfter\b|\btelegram\.error\.RetryAfter\b/i,
      summary: 'Telegram flood control: too many messages to one chat or from the bot; retry after the wait it names',
      fix: 'Retry after the wait; send fewer messages per chat (about one a second) and per bot (about 30 a second).',
    },
    {
      id: 'telegram/chat-refused',
      category: 'permissions',
      cause: 'bot blocked, kicked or not a member',
      message: /\bForbidden: bot (?:was blocked by the user|was kicked from|is not a member of|can't initiate conversation)|\bForbidden: user is deactivated\b|\bnot enough rights to\b/i,
      summary: 'Telegram refused the chat: the bot was blocked, removed or lacks rights there',
      fix: 'Skip these chats (the user or admin has to add the bot again or grant it the right); keep sending to the others.',
    },
    {
      id: 'telegram/chat-not-found',
      category: 'validation',
      cause: 'chat not found',
      message: /\b(?:chat not found|message is too long|message text is empty|wrong file identifier|can't parse entities)\b/i,
      destination: D,
      summary: 'Telegram rejected the message (chat id or message content)',
      fix: 'Fix the chat id or the message (length, parse mode entities) in the mapping; retrying the same message fails again.',
    },
  ],
};
