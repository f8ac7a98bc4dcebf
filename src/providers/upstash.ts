import type { Provider } from './provider.js';

/**
 * Upstash (serverless Redis, QStash, Vector over HTTP at `*.upstash.io`). Its own answers sit beside
 * Redis's: "ERR max requests limit exceeded. Limit: N, Usage: N" when the database's plan allows no
 * more commands (the free tier's monthly or daily cap, or a budget set on pay-as-you-go), "ERR max
 * daily request limit exceeded", "ERR max … size exceeded" for the plan's data or request size.
 * Those are the plan; Redis's own replies (WRONGPASS, NOPERM…) are decided by the Redis rules.
 * Sources: upstash.com/docs/redis/troubleshooting/max_requests_limit,
 * …/troubleshooting/max_daily_request_limit, …/overall/pricing.
 */
export const provider: Provider = {
  name: 'upstash',
  display: 'Upstash',
  ruledBy: 'redis',
  hints: ['[\\w-]+\\.upstash\\.io', 'upstash\\.com/docs', '@upstash/(?:redis|qstash|vector)', 'upstash[_-]redis'],
  links: {
    plan: 'https://upstash.com/docs/redis/troubleshooting/max_requests_limit',
    outage: 'https://status.upstash.com',
  },
  rules: [
    {
      id: 'upstash/plan-limit',
      category: 'plan',
      cause: 'max requests limit exceeded',
      message: /\bERR max (?:daily )?requests? limit exceeded\b|\bERR max (?:request|data|entry|record) size (?:limit )?exceeded\b|\bERR max (?:concurrent )?connections? (?:limit )?exceeded\b/,
      summary: 'Upstash database hit its plan’s limit (requests, size or connections)',
      fix: 'Raise the plan or the budget in the Upstash console (or wait for the limit to reset); commands fail until then.',
    },
  ],
};
