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
  // pgjdbc's and libpq's connection-refused advice ("the postmaster is accepting TCP/IP connections",
  // "Is the server running on host … and accepting TCP/IP connections") is PostgreSQL's alone.
  // Elixir's Postgrex, Python's asyncpg, Go's pgx and .NET's Npgsql name it as well.
  hints: [
    'psycopg2?',
    'postgres(?:ql)?',
    'libpq',
    'Postgrex(?:\\.\\w+)*',
    'asyncpg',
    'pgx',
    'Npgsql(?:\\.\\w+)*',
    // pgjdbc, the JDBC driver (Metabase, Kafka Connect's JDBC sink, every JVM loader).
    'PSQLException',
    'org\\.postgresql\\.',
    'pq(?=: )',
    // pgx's PgError text (Go: Neosync, Grafana, CockroachDB clients): "ERROR: … (SQLSTATE 53100)".
    'ERROR: [^\\n]{1,400}\\(SQLSTATE [0-9A-Z]{5}\\)',
    'could not extend file',
    '[\\w.-]+:5432',
    // Node's util.inspect of a socket error: `address: '127.0.0.1', port: 5432`.
    'port: 5432',
    'password authentication failed for user',
    'postmaster is accepting TCP/IP connections',
    'accepting\\s+TCP/IP connections on port',
    // messages in PostgreSQL's own words (servers that speak its protocol reuse them)
    'value too long for type character(?: varying)?\\(\\d+\\)',
    'null value in column "[^"]{1,128}"(?: of relation "[^"]{1,128}")? violates not-null constraint',
    'duplicate key value violates unique constraint',
    'invalid input syntax for (?:type|integer)',
    'must be superuser to',
    'permission denied for (?:schema|table|relation|sequence|database|function|view|materialized view|tablespace) "?[\\w.$-]{1,128}',
    // node-postgres (pg): its protocol parser raises the server's errors (`at Parser.parseErrorMessage
    // (…/node_modules/pg-protocol/dist/parser.js)`), its pool hands out the connections.
    'pg-protocol',
    'pg-pool',
  ],
  links: {
    outage: 'https://www.postgresql.org/docs/current/server-start.html',
    auth: 'https://www.postgresql.org/docs/current/auth-pg-hba-conf.html',
    permissions: 'https://www.postgresql.org/docs/current/ddl-priv.html',
  },
  rules: [
    // No connection was made: pgjdbc "Connection to host:5432 refused. Check that the hostname and
    // port are correct and that the postmaster is accepting TCP/IP connections."; libpq "could not
    // connect to server: Connection refused / Is the server running on host … and accepting TCP/IP
    // connections on port 5432?" (libpq 14+: "connection to server at … failed: Connection refused").
    {
      id: 'postgres/cannot-connect',
      category: 'outage',
      cause: 'connection refused',
      message: /Connection to \S{1,300} refused(?:\. Check that the hostname and port are correct|[.,;]?(?=\s|$))|could not connect to server: Connection refused|connection to server at [^\n]{1,300}? failed: Connection refused/i,
      summary: 'Could not connect to PostgreSQL (down, wrong host / port or not accepting TCP/IP)',
      fix: 'Check the host, port and that PostgreSQL is up and listening (listen_addresses, pg_hba.conf, firewall); resume when it answers.',
    },
    // pgjdbc's "The connection attempt failed." wraps the I/O error of a connect that never
    // completed (host unreachable, connect timeout, TLS refused): no session was ever made.
    {
      id: 'postgres/connection-attempt-failed',
      category: 'outage',
      cause: 'connection attempt failed',
      destination: ['postgres'],
      message: /\bThe connection attempt failed\b/,
      summary: 'Could not connect to PostgreSQL (down, wrong host / port or not accepting TCP/IP)',
      fix: 'Check the host, port and that PostgreSQL is up and listening (listen_addresses, pg_hba.conf, firewall); resume when it answers.',
    },
    {
      id: 'postgres/connection-dropped',
      category: 'transient',
      cause: 'connection dropped by the server',
      message:
        /server closed the connection unexpectedly|terminating connection due to administrator command|\bAdminShutdown\b|SSL SYSCALL error: EOF detected|could not receive data from server|connection already closed|\b57P01\b|Database connection failed when (?:writing to|reading from) copy/i,
      summary: 'PostgreSQL dropped the connection (restart, failover or idle timeout)',
      fix: 'Retry on a new connection; if it recurs, check the server for restarts and the pool for stale connections.',
    },
  ],
};
