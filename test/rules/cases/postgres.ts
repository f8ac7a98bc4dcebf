import type { RuleCase } from '../rule-tester.js';

/** PostgreSQL wording (libpq / psycopg) as sync engines relay it. */
export const postgresCases: RuleCase[] = [
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
];
