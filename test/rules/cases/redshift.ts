import type { RuleCase } from '../rule-tester.js';

/** Amazon Redshift's own errors (docs.aws.amazon.com/redshift: serializable isolation, error 1023), read on lines of its libpq / JDBC drivers. */
export const redshiftCases: RuleCase[] = [
  {
    line: "org.postgresql.util.PSQLException: ERROR: 1023 Detail: Serializable isolation violation on table - 142006, transactions forming the cycle are: 4100, 4105 (pid:12731)",
    category: "transient",
    destination: "redshift",
    rule: "redshift/serializable-isolation",
    note: "error 1023: a concurrent write was aborted, retry",
  },
  {
    line: "psycopg2.OperationalError: connection to server at \"dw.abc123.us-east-1.redshift.amazonaws.com\" (10.0.0.4), port 5439 failed: FATAL:  password authentication failed for user \"loader\"",
    category: "auth",
    destination: "redshift",
    note: "the postgres rules decide Redshift lines (ruledBy); the host names Redshift",
  },
];

/** A Redshift load error's DETAIL block (STL_LOAD_ERRORS columns) names Redshift on a psycopg2 line. */
export const redshiftDetailCases: RuleCase[] = [
  {
    line: 'psycopg2.errors.InternalError_: Load into table \'orders\' failed.  Check \'stl_load_errors\' system table for details.',
    category: 'unknown',
    destination: 'redshift',
    note: 'stl_load_errors is Redshift’s; the cause itself is in that table, not in the line',
  },
  {
    line: "2026-03-18 08:30:49 ERROR LineGobbler(voidCall):69 - Caused by: com.amazon.support.exceptions.ErrorException: [Amazon](500310) Invalid operation: permission denied for relation orders;",
    category: 'permissions',
    destination: 'redshift',
    note: "the Redshift JDBC driver's `[Amazon](500310)` prefix names Redshift",
  },
  {
    line: 'ERROR loader: COPY into events failed: java.sql.SQLException: [Amazon](500310) Invalid operation: Disk Full Details: error: Disk Full code: 1016',
    category: 'plan',
    destination: 'redshift',
    rule: 'redshift/disk-full',
    note: 'error 1016: the cluster ran out of storage',
  },
];
