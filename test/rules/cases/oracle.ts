import type { RuleCase } from '../rule-tester.js';

/**
 * Oracle Database as its drivers print the server's errors: JDBC (`java.sql.SQLException: ORA-nnnnn:
 * …`, `IO Error: …`), python-oracledb / cx_Oracle (`oracledb.exceptions.DatabaseError: DPY-nnnn: …` /
 * `ORA-nnnnn: …`, with a `Help:` line), node-oracledb error objects (`errorNum`, `code: 'ORA-…'`).
 * Sources: docs.oracle.com/error-help/db (ORA-00001, 00060, 00942, 01017, 01033, 01400, 01536,
 * 03113, 12514, 12541, 12899, 28000, 28001); python-oracledb errors.py (DPY-4011, 6001, 6005);
 * ORA-01400 / ORA-01033 lines from public pastes (Kuali OJB, gist Noxwizard/1022185), oltpbench #75.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const oracleCases: RuleCase[] = [
  // ---------------------------------------------------------------- login
  {
    line: 'Caused by: oracle.jdbc.OracleDatabaseException: ORA-01017: invalid username/password; logon denied',
    category: 'auth',
    destination: 'oracle',
    rule: 'oracle/invalid-login',
    note: 'ORA-01017 through JDBC (ojdbc 19+ nests the server error as OracleDatabaseException)',
  },
  {
    line: '2026-03-04T07:00:00Z ERROR oracledb.exceptions.DatabaseError: ORA-01017: invalid credential or not authorized; logon denied Help: https://docs.oracle.com/error-help/db/ora-01017/',
    category: 'auth',
    destination: 'oracle',
    rule: 'oracle/invalid-login',
    note: '23ai wording through python-oracledb thin mode, with its Help line',
  },
  {
    line: 'cx_Oracle.DatabaseError: ORA-28000: The account is locked.',
    category: 'auth',
    destination: 'oracle',
    rule: 'oracle/account-locked',
    note: 'ORA-28000: unlock, a cause of its own',
  },
  {
    line: '2026-03-04T07:00:02Z ERROR target-oracle | sqlalchemy.exc.DatabaseError: (oracledb.exceptions.DatabaseError) ORA-28001: the password has expired',
    category: 'auth',
    destination: 'oracle',
    rule: 'oracle/password-expired',
    note: 'ORA-28001: reset the password',
  },
  // ---------------------------------------------------------------- grants
  {
    line: 'java.sql.SQLSyntaxErrorException: ORA-01031: insufficient privileges\n\tat oracle.jdbc.driver.T4CTTIoer11.processError(T4CTTIoer11.java:629)',
    category: 'permissions',
    destination: 'oracle',
    rule: 'oracle/insufficient-privileges',
    note: 'ORA-01031: a GRANT',
  },
  {
    line: 'oracledb.exceptions.DatabaseError: ORA-01950: no privileges on tablespace \'USERS\'',
    category: 'permissions',
    destination: 'oracle',
    field: 'USERS',
    rule: 'oracle/insufficient-privileges',
    note: 'ORA-01950: no quota at all on the tablespace is a missing grant',
  },
  // ---------------------------------------------------------------- storage
  {
    line: '2026-03-04T07:00:05Z ERROR oracledb.exceptions.DatabaseError: ORA-01536: space quota exceeded for tablespace \'USERS\'',
    category: 'plan',
    destination: 'oracle',
    field: 'USERS',
    rule: 'oracle/storage-full',
    note: 'ORA-01536: the quota is used up, retrying fills nothing',
  },
  {
    line: 'Caused by: oracle.jdbc.OracleDatabaseException: ORA-01653: unable to extend table APP.ORDERS by 8192 in tablespace DATA_TS',
    category: 'plan',
    destination: 'oracle',
    field: 'DATA_TS',
    rule: 'oracle/storage-full',
    note: 'ORA-01653: the tablespace is full',
  },
  // ---------------------------------------------------------------- the row and the mapping
  {
    line: j({ level: 'error', time: '2026-03-04T07:00:08Z', msg: 'merge failed', err: { errorNum: 942, code: 'ORA-00942', message: 'ORA-00942: table or view "APP"."ORDERZ" does not exist\nHelp: https://docs.oracle.com/error-help/db/ora-00942/' } }),
    category: 'validation',
    destination: 'oracle',
    field: 'ORDERZ',
    rule: 'oracle/unknown-object',
    note: 'node-oracledb object; 23ai names the table; validation, the fix names the grant case',
  },
  {
    line: 'java.sql.SQLSyntaxErrorException: ORA-00904: "EMAIL_ADDR": invalid identifier',
    category: 'validation',
    destination: 'oracle',
    field: 'EMAIL_ADDR',
    rule: 'oracle/unknown-object',
    note: 'ORA-00904: the mapping names a column the table lacks',
  },
  {
    line: 'java.sql.SQLIntegrityConstraintViolationException: ORA-00001: unique constraint (APP.CUSTOMERS_EMAIL_UK) violated',
    category: 'validation',
    destination: 'oracle',
    field: 'CUSTOMERS_EMAIL_UK',
    rule: 'oracle/unique-constraint',
    note: 'ORA-00001 names the constraint (the schema dropped)',
  },
  {
    line: 'oracledb.exceptions.IntegrityError: ORA-00001: unique constraint (APP.CUSTOMERS_EMAIL_UK) violated on table APP.CUSTOMERS columns (EMAIL)',
    category: 'validation',
    destination: 'oracle',
    field: 'EMAIL',
    rule: 'oracle/unique-constraint',
    note: '23ai adds the columns: the column is the better field',
  },
  {
    line: 'org.springframework.dao.DataIntegrityViolationException: OJB operation; SQL []; ORA-01400: cannot insert NULL into ("KULDEV"."AR_CSH_CTRL_T"."ORIGIN_CODE_FK")',
    category: 'validation',
    destination: 'oracle',
    field: 'ORIGIN_CODE_FK',
    rule: 'oracle/bad-value',
    note: 'ORA-01400 names "SCHEMA"."TABLE"."COLUMN": the column is the field',
  },
  {
    line: '2026-03-04T07:00:10Z ERROR JdbcSinkTask write failed: java.sql.BatchUpdateException: ORA-12899: value too large for column "APP"."CONTACTS"."PHONE" (actual: 42, maximum: 20)',
    category: 'validation',
    destination: 'oracle',
    field: 'PHONE',
    rule: 'oracle/bad-value',
    note: 'ORA-12899: too long for the column',
  },
  {
    line: 'java.sql.SQLIntegrityConstraintViolationException: ORA-02291: integrity constraint (APP.FK_ORDERS_CUSTOMER) violated - parent key not found',
    category: 'validation',
    destination: 'oracle',
    field: 'FK_ORDERS_CUSTOMER',
    rule: 'oracle/bad-value',
    note: 'ORA-02291: the parent row is missing',
  },
  // ---------------------------------------------------------------- busy server
  {
    line: 'java.sql.SQLTransactionRollbackException: ORA-00060: deadlock detected while waiting for resource',
    category: 'transient',
    destination: 'oracle',
    rule: 'oracle/lock-contention',
    note: 'ORA-00060: retry the transaction',
  },
  {
    line: '2026-03-04T07:00:12Z ERROR cx_Oracle.DatabaseError: ORA-12519: TNS:no appropriate service handler found',
    category: 'transient',
    destination: 'oracle',
    rule: 'oracle/sessions-exhausted',
    note: 'ORA-12519: the listener has no process free, busy not down',
  },
  // ---------------------------------------------------------------- the instance and the network
  {
    line: '2026-03-04T07:00:13Z ERROR oracledb.exceptions.OperationalError: ORA-01033: ORACLE initialization or shutdown in progress',
    category: 'outage',
    destination: 'oracle',
    rule: 'oracle/instance-down',
    note: 'ORA-01033: the database is starting or stopping',
  },
  {
    line: 'oracledb.exceptions.DatabaseError: DPY-4011: the database or network closed the connection ORA-01089: immediate shutdown or close in progress - no operations are permitted',
    category: 'outage',
    destination: 'oracle',
    rule: 'oracle/instance-down',
    note: 'near miss for DPY-4011 (closed connection, transient): the ORA line under it says the instance is shutting down',
  },
  {
    line: 'cx_Oracle.DatabaseError: ORA-12541: TNS:no listener',
    category: 'outage',
    destination: 'oracle',
    rule: 'oracle/cannot-connect',
    note: 'ORA-12541: nothing listens on the port',
  },
  {
    line: '2026-03-04T07:00:15Z ERROR oracledb.exceptions.OperationalError: DPY-6005: cannot connect to database (CONNECTION_ID=q1w2e3r4). DPY-6001: Service "ORCLPDB" is not registered with the listener at host "db.internal" port 1521. (Similar to ORA-12514)',
    category: 'outage',
    destination: 'oracle',
    rule: 'oracle/cannot-connect',
    note: 'python-oracledb thin: the service is not registered (ORA-12514)',
  },
  {
    line: '2026-03-04T07:00:16Z ERROR Unable to connect to jdbc:oracle:thin:@//db.internal:1521/ORCLPDB1: java.sql.SQLRecoverableException: IO Error: The Network Adapter could not establish the connection',
    category: 'outage',
    destination: 'oracle',
    rule: 'oracle/cannot-connect',
    note: 'Oracle known only from the JDBC URL; the network adapter never connected',
  },
  {
    line: 'java.sql.SQLRecoverableException: ORA-03113: end-of-file on communication channel',
    category: 'transient',
    destination: 'oracle',
    rule: 'oracle/connection-lost',
    note: 'ORA-03113: an open connection broke, retry on a new one',
  },
  {
    line: '2026-03-04T07:00:20Z ERROR oracledb.exceptions.DatabaseError: DPY-4011: the database or network closed the connection',
    category: 'transient',
    destination: 'oracle',
    rule: 'oracle/connection-lost',
    note: 'DPY-4011 alone: python-oracledb deems it recoverable',
  },
  {
    line: '2026-03-04T07:00:25Z ERROR Oracle NetSuite SuiteTalk request failed: INVALID_LOGIN_ATTEMPT Invalid login attempt.',
    category: 'auth',
    destination: 'netsuite',
    note: 'near miss: the word Oracle names NetSuite here, not the database',
  },
];
