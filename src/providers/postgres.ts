import type { Provider } from './provider.js';

/**
 * PostgreSQL as a sync destination or source: psycopg / libpq wording and the default port.
 * A connection the server dropped (restart, failover, idle timeout, `pg_terminate_backend`) is
 * retried on a new connection: transient. Sources: PostgreSQL docs, appendix A (SQLSTATE 57P01
 * admin_shutdown, 08006 connection_failure) and libpq's messages.
 */
export const provider: Provider = {
  name: 'postgres',
  display: 'PostgreSQL',
  keys: { field: ['column'] },
  aliases: ['postgresql'],
  // 5432 is PostgreSQL's port: `connect ECONNREFUSED 127.0.0.1:5432` is a Postgres destination.
  // libpq's own wording names the server even when nothing else does.
  hints: ['psycopg2?', 'postgres(?:ql)?', 'libpq', '[\\w.-]+:5432', 'password authentication failed for user'],
  links: {
    auth: 'https://www.postgresql.org/docs/current/auth-pg-hba-conf.html',
    permissions: 'https://www.postgresql.org/docs/current/ddl-priv.html',
  },
  rules: [
    {
      id: 'postgres/connection-dropped',
      category: 'transient',
      cause: 'connection dropped by the server',
      message:
        /server closed the connection unexpectedly|terminating connection due to administrator command|\bAdminShutdown\b|SSL SYSCALL error: EOF detected|could not receive data from server|connection already closed|\b57P01\b/i,
      summary: 'PostgreSQL dropped the connection (restart, failover or idle timeout)',
      fix: 'Retried on a new connection; if it recurs, check the server for restarts and the pool for stale connections.',
    },
  ],
};
