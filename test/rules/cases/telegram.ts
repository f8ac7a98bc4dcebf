import type { RuleCase } from '../rule-tester.js';

/**
 * Telegram Bot API: `{"ok":false,"error_code":N,"description":"…"}`; python-telegram-bot's
 * `telegram.error.*`, node-telegram-bot-api's `ETELEGRAM: …`.
 * Sources: core.telegram.org/bots/api (Making requests), core.telegram.org/bots/faq.
 */
export const telegramCases: RuleCase[] = [
  {
    line: 'telegram.error.RetryAfter: Flood control exceeded. Retry in 12.0 seconds',
    category: 'transient',
    destination: 'telegram',
    rule: 'telegram/flood-control',
    note: 'python-telegram-bot raises RetryAfter on a 429: wait and retry',
  },
  {
    line: '{"level":"error","msg":"sendMessage failed","body":{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 35","parameters":{"retry_after":35}},"url":"https://api.telegram.org/bot<token>/sendMessage"}',
    category: 'transient',
    destination: 'telegram',
    rule: 'telegram/flood-control',
    note: 'the raw 429 body names its wait',
  },
  {
    line: 'error: [polling_error] {"code":"ETELEGRAM","message":"ETELEGRAM: 403 Forbidden: bot was blocked by the user"}',
    category: 'permissions',
    destination: 'telegram',
    rule: 'telegram/chat-refused',
    note: 'one user blocked the bot: skip that chat, not a token problem',
  },
  {
    line: '2026-03-01 10:00:00 ERROR telegram.error.BadRequest: Chat not found',
    category: 'validation',
    destination: 'telegram',
    rule: 'telegram/chat-not-found',
    note: 'a wrong chat id in the mapping',
  },
];
