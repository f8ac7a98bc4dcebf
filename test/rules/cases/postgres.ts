import type { RuleCase } from '../rule-tester.js';

/** PostgreSQL wording (libpq / psycopg) as sync engines relay it. */
export const postgresCases: RuleCase[] = [
  {
    line: '[2026-03-07 05:00:00,120] ERROR WorkerSinkTask{id=pg-sink-0} failed: org.apache.kafka.connect.errors.ConnectException: org.postgresql.util.PSQLException: The connection attempt failed.',
    category: 'outage',
    destination: 'postgres',
    rule: 'postgres/connection-attempt-failed',
    note: 'pgjdbc wraps a connect that never completed (unreachable, timed out): no session was made',
  },
  {
    line: '2026-03-07 05:00:00 ERROR Producer failure org.postgresql.util.PSQLException: Database connection failed when writing to copy',
    category: 'transient',
    destination: 'postgres',
    rule: 'postgres/connection-dropped',
    note: 'pgjdbc lost the connection in the middle of a COPY: retried on a new one',
  },
  {
    line: 'org.postgresql.util.PSQLException: Connection to db.internal:6432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.',
    category: 'outage',
    destination: 'postgres',
    rule: 'postgres/cannot-connect',
    note: 'pgjdbc: no connection was made; the postmaster advice names PostgreSQL on a port that is not 5432',
  },
  {
    line: 'Caused by: org.postgresql.util.PSQLException: Connection to replica-2:5433 refused\n\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:319)',
    category: 'outage',
    destination: 'postgres',
    rule: 'postgres/cannot-connect',
    note: 'pgjdbc\'s message where the advice after it was not logged (a wrapper printed only the first sentence)',
  },
  {
    line: '2026-03-07 05:00:00,120 ERROR psycopg2.OperationalError: could not connect to server: Connection refused\n\tIs the server running on host "pg-replica" (10.0.0.7) and accepting\n\tTCP/IP connections on port 5432?',
    category: 'outage',
    destination: 'postgres',
    rule: 'postgres/cannot-connect',
    note: 'libpq before 14',
  },
  {
    line: 'FATAL sync aborted: connection to server at "10.0.0.9", port 6543 failed: Connection refused',
    category: 'outage',
    destination: 'postgres',
    rule: 'postgres/cannot-connect',
    note: 'libpq 14+ wording: the rule that matched is PostgreSQL’s, so it names PostgreSQL',
  },
  {
    line: '2023-06-29T20:23:10.757683Z [info     ] sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) server closed the connection unexpectedly',
    category: 'transient',
    destination: 'postgres',
    rule: 'postgres/connection-dropped',
    note: 'libpq: the server dropped the connection mid-query',
  },
  {
    line: 'CRITICAL psycopg2.errors.AdminShutdown: terminating connection due to administrator command',
    category: 'transient',
    destination: 'postgres',
    rule: 'postgres/connection-dropped',
    note: 'SQLSTATE 57P01 admin_shutdown (restart or failover)',
  },
  {
    line: 'Error: connect ECONNREFUSED 127.0.0.1:5432',
    category: 'outage',
    destination: 'postgres',
    note: 'the default port names the destination; a refused connection is an outage',
  },
  {
    line: 'ERROR psycopg2.errors.UndefinedTable: relation "contacts" does not exist',
    category: 'validation',
    note: 'near miss: a missing table is the mapping, not a dropped connection',
  },
  {
    line: 'io.debezium.jdbc.JdbcConnectionException: ERROR: must be superuser to create FOR ALL TABLES publication',
    category: 'permissions',
    destination: 'postgres',
    note: "PostgreSQL's own wording names it: the replication user needs superuser (or a table-list publication)",
  },
  {
    line: 'ERROR insert into contacts failed: {"code":"42501","details":null,"hint":null,"message":"new row violates row-level security policy for table \\"contacts\\""}',
    category: 'permissions',
    rule: 'sqlstate/insufficient-privilege-message',
    note: 'SQLSTATE 42501 from a row-level security policy, relayed by PostgREST',
  },
  {
    line: 'psycopg2.errors.InsufficientPrivilege: permission denied for table deals',
    category: 'permissions',
    destination: 'postgres',
    rule: 'sqlstate/insufficient-privilege-message',
    note: 'a missing GRANT',
  },
  {
    line: "[ERROR] error: permission denied for schema public\n    at Parser.parseErrorMessage (/app/node_modules/pg-protocol/dist/parser.js:287:98)\n    at Parser.handlePacket (/app/node_modules/pg-protocol/dist/parser.js:126:29)",
    category: 'permissions',
    destination: 'postgres',
    note: 'PostgreSQL 15 revoked CREATE on public from PUBLIC; node-postgres raises the server error (pg-protocol in the frames, the server’s own wording in the head)',
  },
];
