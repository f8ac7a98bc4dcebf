import type { RuleCase } from '../rule-tester.js';

/**
 * IBM Db2 as its drivers print the server's errors: JCC (`com.ibm.db2.jcc…: DB2 SQL Error:
 * SQLCODE=-803, SQLSTATE=23505, SQLERRMC=…, DRIVER=…`, client errors `[jcc][t4][nnnn]… ERRORCODE=-4499`),
 * the CLI driver behind ibm_db (`[IBM][CLI Driver][DB2/LINUXX8664] SQL0803N … SQLSTATE=23505`).
 * Sources: IBM Db2 message reference (SQL0551N, SQL0803N, SQL0911N, SQL1040N, SQL1224N, SQL30081N,
 * SQL30082N), Db2 for z/OS SQL codes -911 / -913; real lines in vdesabou/kafka-docker-playground
 * #7774, alibaba/druid #5462, airbytehq/airbyte #8171, LinuxForHealth/FHIR #787, IBM/dbb-zappbuild
 * #405, ibmdb/node-ibm_db #82 / #811 / #1010, dbeaver/dbeaver #8492, ibmdb/python-ibmdb-django #10.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const db2Cases: RuleCase[] = [
  // ---------------------------------------------------------------- login
  {
    line: 'Error: [IBM][CLI Driver] SQL30082N  Security processing failed with reason "24" ("USERNAME AND/OR PASSWORD INVALID").  SQLSTATE=08001',
    category: 'auth',
    destination: 'db2',
    rule: 'db2/security-failed',
    note: 'SQL30082N reason 24: a bad password under a connection-class SQLSTATE',
  },
  {
    line: j({ level: 'error', time: '2026-03-04T07:00:00Z', msg: 'db open failed', err: { error: '[ibm_db] SQL_ERROR', message: '[IBM][CLI Driver] SQL30082N  Security processing failed with reason "17" ("UNSUPPORTED FUNCTION").  SQLSTATE=08001\n', sqlcode: -30082, state: '08001' } }),
    category: 'auth',
    destination: 'db2',
    rule: 'db2/security-failed',
    note: 'near miss for SQLSTATE 08001 (unable to connect): reason 17 has no password word, still a login failure',
  },
  {
    line: 'com.ibm.db2.jcc.am.SqlInvalidAuthorizationSpecException: [jcc][t4][2013][11249][4.26.14] Connection authorization failure occurred.  Reason: User ID or Password invalid. ERRORCODE=-4214, SQLSTATE=28000',
    category: 'auth',
    destination: 'db2',
    rule: 'sqlstate/invalid-authorization-message',
    note: 'JCC -4214 prints SQLSTATE 28000: the generic rule decides, the driver class names Db2',
  },
  // ---------------------------------------------------------------- grants
  {
    line: 'source - 2026-03-04 07:00:05 ERROR () LineGobbler(voidCall):82 - Exception in thread "main" java.lang.RuntimeException: com.ibm.db2.jcc.am.SqlSyntaxErrorException: DB2 SQL Error: SQLCODE=-551, SQLSTATE=42501, SQLERRMC=LOADER;INSERT;SALES.ORDERS, DRIVER=4.28.11',
    category: 'permissions',
    destination: 'db2',
    field: 'SALES.ORDERS',
    rule: 'db2/privilege',
    note: '-551 through JCC: SQLERRMC is user;operation;object, the object is the field',
  },
  {
    line: 'ibm_db_dbi::ProgrammingError: [IBM][CLI Driver][DB2/LINUXX8664] SQL0551N  The statement failed because the authorization ID does not have the required authorization or privilege to perform the operation.  Authorization ID: "LOADER".  Operation: "INSERT". Object: "SALES.ORDERS".  SQLSTATE=42501 SQLCODE=-551',
    category: 'permissions',
    destination: 'db2',
    field: 'SALES.ORDERS',
    rule: 'db2/privilege',
    note: 'SQL0551N through the CLI driver: Object names the table',
  },
  {
    line: '2026-03-04T07:00:06Z ERROR schema migration failed: com.ibm.db2.jcc.am.SqlSyntaxErrorException: DB2 SQL Error: SQLCODE=-552, SQLSTATE=42502, SQLERRMC=LOADER;CREATE TABLE, DRIVER=4.33.31',
    category: 'permissions',
    field: 'CREATE TABLE',
    rule: 'db2/privilege',
    note: '-552: no object, the operation the user may not perform',
  },
  // ---------------------------------------------------------------- license and storage
  {
    line: 'ibm_db_dbi::OperationalError: [IBM][CLI Driver] SQL8002N  Connect processing failed; a valid product license was not found.  SQLSTATE=42968 SQLCODE=-8002',
    category: 'plan',
    destination: 'db2',
    rule: 'db2/license',
    note: 'SQL8002N: no license, retrying lifts nothing',
  },
  {
    line: 'com.ibm.db2.jcc.am.SqlException: DB2 SQL Error: SQLCODE=-289, SQLSTATE=57011, SQLERRMC=USERSPACE1, DRIVER=4.33.31',
    category: 'plan',
    destination: 'db2',
    rule: 'db2/storage-full',
    note: '-289: the table space cannot grow (57011 is no generic class)',
  },
  // ---------------------------------------------------------------- the row
  {
    line: 'django.db.utils.IntegrityError: [IBM][CLI Driver][DB2/LINUXX8664] SQL0803N  One or more values in the INSERT statement, UPDATE statement, or foreign key update caused by a DELETE statement are not valid because the primary key, unique constraint or unique index identified by "1" constrains table "DB2INST1.CUSTOMERS" from having duplicate values for the index key.  SQLSTATE=23505 SQLCODE=-803',
    category: 'validation',
    destination: 'db2',
    field: 'DB2INST1.CUSTOMERS',
    rule: 'db2/duplicate-key',
    note: 'SQL0803N names the index by number: the table is the field',
  },
  {
    line: 'com.ibm.db2.jcc.am.SqlIntegrityConstraintViolationException: DB2 SQL Error: SQLCODE=-803, SQLSTATE=23505, SQLERRMC=2;DB2INST1.CUSTOMERS, DRIVER=4.33.31',
    category: 'validation',
    destination: 'db2',
    field: 'DB2INST1.CUSTOMERS',
    rule: 'db2/duplicate-key',
    note: '-803 through JCC: SQLERRMC is index-id;table',
  },
  {
    line: '2026-03-04T07:00:10Z ERROR insert failed: com.ibm.db2.jcc.am.SqlIntegrityConstraintViolationException: DB2 SQL Error: SQLCODE=-407, SQLSTATE=23502, SQLERRMC=TBSPACEID=2, TABLEID=7, COLNO=3, DRIVER=4.33.31',
    category: 'validation',
    destination: 'db2',
    field: null,
    rule: 'db2/bad-value',
    note: '-407 names the column only by position: no field claimed',
  },
  {
    line: 'ibm_db_dbi::ProgrammingError: [IBM][CLI Driver][DB2/LINUXX8664] SQL0204N  "SALES.ORDERZ" is an undefined name.  SQLSTATE=42704 SQLCODE=-204',
    category: 'validation',
    destination: 'db2',
    field: 'SALES.ORDERZ',
    rule: 'db2/bad-value',
    note: '-204 (42704, no generic class): the mapped table does not exist',
  },
  {
    line: 'com.ibm.db2.jcc.am.SqlSyntaxErrorException: DB2 SQL Error: SQLCODE=-206, SQLSTATE=42703, SQLERRMC=EMIAL, DRIVER=4.33.31',
    category: 'validation',
    destination: 'db2',
    field: 'EMIAL',
    rule: 'db2/bad-value',
    note: '-206 unknown column: Db2’s rule names the column the generic 42703 rule cannot read',
  },
  // ---------------------------------------------------------------- busy server
  {
    line: '2026-03-04T07:00:12Z SEVERE insert of Resource failed: com.ibm.db2.jcc.am.SqlTransactionRollbackException: DB2 SQL Error: SQLCODE=-911, SQLSTATE=40001, SQLERRMC=68, DRIVER=4.26.14',
    category: 'transient',
    destination: 'db2',
    rule: 'db2/deadlock-or-timeout',
    note: '-911 reason 68: lock timeout, the unit of work was rolled back',
  },
  {
    line: 'DB2 SQL Error: SQLCODE=-913, SQLSTATE=57033, SQLERRMC=00C9008E;00000210;DBBZ001 .DBBRSEQR.00000001, DRIVER=4.31.25',
    category: 'transient',
    destination: 'db2',
    rule: 'db2/deadlock-or-timeout',
    note: '-913 (z/OS timeout 00C9008E): 57033 is no generic class',
  },
  {
    line: '2026-03-04T07:00:15Z ERROR JdbcSinkTask Write of 200 records failed to jdbc:db2://db2.internal:50000/SALES, remainingRetries=0: java.sql.BatchUpdateException: The current transaction has been rolled back because of a deadlock or timeout.  Reason code "2".',
    category: 'transient',
    destination: 'db2',
    rule: 'db2/deadlock-or-timeout',
    note: 'Db2 known only from the JDBC URL; reason 2 is a deadlock',
  },
  {
    line: 'ibm_db_dbi::OperationalError: [IBM][CLI Driver] SQL1040N  The maximum number of applications is already connected to the database.  SQLSTATE=57030',
    category: 'transient',
    destination: 'db2',
    rule: 'db2/too-many-connections',
    note: 'SQL1040N: busy, not down',
  },
  // ---------------------------------------------------------------- connection
  {
    line: 'ibm_db_dbi::OperationalError: [IBM][CLI Driver] SQL1224N  The database manager is not able to accept new requests, has terminated all requests in progress, or has terminated the specified request because of an error or a forced interrupt.  SQLSTATE=55032 SQLCODE=-1224',
    category: 'outage',
    destination: 'db2',
    rule: 'db2/not-started',
    note: 'SQL1224N: the instance stopped or crashed',
  },
  {
    line: 'Caused by: com.ibm.db2.jcc.am.DisconnectNonTransientConnectionException: [jcc][t4][2043][11550][4.33.31] Exception java.net.ConnectException: Error opening socket to server ibmdb2/172.18.0.2 on port 25,010 with message: Connection refused. ERRORCODE=-4499, SQLSTATE=08001',
    category: 'outage',
    destination: 'db2',
    rule: 'db2/cannot-connect',
    note: 'JCC [2043]: the socket never opened, outage',
  },
  {
    line: '{ [Error: [IBM][CLI Driver] SQL30081N  A communication error has been detected. Communication protocol being used: "TCP/IP".  Communication API being used: "SOCKETS".  Location where the error was detected: "172.18.1.104".  Communication function detecting the error: "selectForConnectTimeout".  Protocol specific error code(s): "115", "*", "*".  SQLSTATE=08001',
    category: 'outage',
    destination: 'db2',
    rule: 'db2/cannot-connect',
    note: 'SQL30081N detected by connect: no connection was made',
  },
  {
    line: '2026-03-04T07:00:20Z ERROR ibm_db_dbi::OperationalError: [IBM][CLI Driver] SQL30081N  A communication error has been detected. Communication protocol being used: "TCP/IP".  Communication API being used: "SOCKETS".  Location where the error was detected: "169.60.63.234".  Communication function detecting the error: "recv".  Protocol specific error code(s): "104", "*", "0".  SQLSTATE=08001 SQLCODE=-30081',
    category: 'transient',
    destination: 'db2',
    rule: 'db2/connection-lost',
    note: 'near miss for SQLSTATE 08001: detected by recv (errno 104, reset), an open connection broke',
  },
  {
    line: '2023-10-13T11:47:16+08:00\tcom.ibm.db2.jcc.am.DisconnectNonTransientConnectionException: [jcc][t4][2030][11211][4.32.28] A communication error occurred during operations on the connection\'s underlying socket, socket input stream, or socket output stream.  Error location: Reply.fill() - socketInputStream.read (-1).  Message: Read timed out. ERRORCODE=-4499, SQLSTATE=08001',
    category: 'transient',
    destination: 'db2',
    rule: 'db2/connection-lost',
    note: 'JCC [2030] read timed out: same -4499 / 08001 as a refused connection, but mid-run',
  },
  {
    line: '2026-03-04T07:00:25Z ERROR Statement failed, SQLCODE = -803 violation of PRIMARY or UNIQUE KEY constraint "FB_ID_PK" on table "FB_TEST"',
    category: 'unknown',
    destination: null,
    note: 'near miss: a bare SQLCODE -803 is Firebird’s too, so no Db2 rule claims it',
  },
];
