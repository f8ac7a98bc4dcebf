import type { Provider } from './provider.js';

/** PostgreSQL as a sync destination or source: psycopg and libpq wording. */
export const provider: Provider = {
  name: 'postgres',
  display: 'PostgreSQL',
  aliases: ['postgresql'],
  hints: ['psycopg2?', 'postgres(?:ql)?'],
};
