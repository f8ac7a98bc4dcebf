import type { RuleCase } from '../rule-tester.js';

/**
 * MySQL / MariaDB as drivers print the server's errors: PyMySQL and mysqlclient `(errno, "message")`,
 * mysql2 / mysqljs objects (`code: 'ER_…', errno, sqlState, sqlMessage`), Connector/J exceptions,
 * MySQL Connector/Python "1054 (42S22): …". Numbers, symbols and texts are the server and client
 * error references'.
 * Sources: dev.mysql.com/doc/mysql-errors/8.0/en/server-error-reference.html (1040, 1044, 1045,
 * 1048, 1054, 1062, 1142, 1205, 1213, 1366, 1406), …/client-error-reference.html (2003, 2006,
 * 2013), dev.mysql.com/doc/refman/8.0/en/gone-away.html; Connector/J "Communications link failure
 * … The driver has not received any packets from the server" (stackoverflow.com/questions/2121829).
 */
const j = (o: unknown): string => JSON.stringify(o);
/** A mysql2 error as a pino / JSON logger serialises it. */
const mysql2 = (code: string, errno: number, sqlState: string, message: string) =>
  j({ level: 'error', time: '2026-03-04T07:00:00Z', msg: 'insert failed', err: { type: 'Error', message, code, errno, sqlState, sqlMessage: message } });

export const mysqlCases: RuleCase[] = [
  // ---------------------------------------------------------------- auth and grants
  {
    line: "pymysql.err.OperationalError: (1045, \"Access denied for user 'etl'@'10.0.3.7' (using password: YES)\")",
    category: 'auth',
    destination: 'mysql',
    rule: 'mysql/access-denied-message',
    note: '1045 through PyMySQL: bad password',
  },
  {
    line: mysql2('ER_ACCESS_DENIED_ERROR', 1045, '28000', "Access denied for user 'etl'@'172.18.0.4' (using password: YES)"),
    category: 'auth',
    destination: 'mysql',
    rule: 'mysql/access-denied',
    note: 'mysql2 ER_ACCESS_DENIED_ERROR, no destination key: the symbol names MySQL',
  },
  {
    line: mysql2('ER_TABLEACCESS_DENIED_ERROR', 1142, '42000', "INSERT command denied to user 'loader'@'10.0.0.8' for table 'orders'"),
    category: 'permissions',
    field: 'orders',
    rule: 'mysql/privilege',
    note: '1142 table privilege: a GRANT, the table named',
  },
  {
    line: "2026-03-04T07:00:05Z ERROR java.sql.SQLSyntaxErrorException: Access denied for user 'loader'@'%' to database 'analytics'",
    category: 'permissions',
    destination: 'mysql',
    field: 'analytics',
    rule: 'mysql/privilege-message',
    note: '1044 database privilege in Connector/J wording',
  },
  // ---------------------------------------------------------------- the row
  {
    line: "sqlalchemy.exc.IntegrityError: (MySQLdb.IntegrityError) (1062, \"Duplicate entry 'ada@example.com' for key 'users.email'\")",
    category: 'validation',
    destination: 'mysql',
    field: 'email',
    rule: 'mysql/duplicate-entry-message',
    note: '1062 names the key (MySQL 8 prefixes the table): the field is the key name',
  },
  {
    line: "2026-03-04T07:00:10Z ERROR Error: ER_DUP_ENTRY: Duplicate entry '42' for key 'PRIMARY'",
    category: 'validation',
    destination: 'mysql',
    field: 'PRIMARY',
    rule: 'mysql/duplicate-entry',
    note: 'mysqljs prints the symbol before the message',
  },
  {
    line: mysql2('ER_BAD_NULL_ERROR', 1048, '23000', "Column 'email' cannot be null"),
    category: 'validation',
    destination: 'mysql',
    field: 'email',
    cause: 'ER_BAD_NULL_ERROR',
    rule: 'mysql/bad-value',
    note: '1048 NOT NULL column named',
  },
  {
    line: "pymysql.err.DataError: (1406, \"Data too long for column 'name' at row 1\")",
    category: 'validation',
    destination: 'mysql',
    field: 'name',
    rule: 'mysql/bad-value-wording',
    note: '1406 data too long, column named',
  },
  {
    line: "mysql.connector.errors.ProgrammingError: 1054 (42S22): Unknown column 'phone_number' in 'field list'",
    category: 'validation',
    destination: 'mysql',
    field: 'phone_number',
    rule: 'mysql/bad-value-wording',
    note: '1054 unknown column: the mapping names a column the table lacks',
  },
  {
    line: "2026-03-04T07:00:15Z ERROR target-mysql pymysql.err.OperationalError: (1366, \"Incorrect integer value: 'abc' for column 'age' at row 1\")",
    category: 'validation',
    destination: 'mysql',
    field: 'age',
    rule: 'mysql/bad-value-wording',
    note: '1366 incorrect value for the column type',
  },
  {
    line: "Caused by: org.springframework.dao.DataIntegrityViolationException: PreparedStatementCallback; SQL [INSERT into JOB_RUN(ID, NAME) values(?, ?)]; (conn=41) Field 'CREATED_AT' doesn't have a default value",
    category: 'validation',
    destination: 'mysql',
    field: 'CREATED_AT',
    rule: 'mysql/bad-value-wording',
    note: '1364 ER_NO_DEFAULT_FOR_FIELD inside Spring’s wrapper: the wording alone names MySQL',
  },
  {
    line: "org.springframework.jdbc.CannotGetJdbcConnectionException: Could not get JDBC Connection; nested exception is java.sql.SQLSyntaxErrorException: User 'app_rw' has exceeded the 'max_questions' resource (current value: 3600)",
    category: 'plan',
    destination: 'mysql',
    rule: 'mysql/hourly-limit',
    note: '1226 ER_USER_LIMIT_REACHED: the account’s queries-per-hour cap',
  },
  {
    line: "ERROR 1226 (42000): User 'sync' has exceeded the 'max_user_connections' resource (current value: 10)",
    category: 'transient',
    destination: 'mysql',
    rule: 'mysql/too-many-connections',
    note: '1226 on concurrent connections frees up as connections close',
  },
  // ---------------------------------------------------------------- busy server
  {
    line: '2026-03-04T07:00:20Z ERROR tap-mysql pymysql.err.OperationalError: (1205, \'Lock wait timeout exceeded; try restarting transaction\')',
    category: 'transient',
    destination: 'mysql',
    rule: 'mysql/lock-message',
    note: '1205 lock wait timeout: retry the transaction',
  },
  {
    line: mysql2('ER_LOCK_DEADLOCK', 1213, '40001', 'Deadlock found when trying to get lock; try restarting transaction'),
    category: 'transient',
    cause: 'ER_LOCK_DEADLOCK',
    rule: 'mysql/busy',
    note: '1213 deadlock: transient',
  },
  {
    line: "pymysql.err.OperationalError: (1040, 'Too many connections')",
    category: 'transient',
    destination: 'mysql',
    rule: 'mysql/too-many-connections',
    note: '1040: the server is busy, not down',
  },
  {
    line: 'ERROR 1040 (08004): Too many connections',
    category: 'transient',
    destination: 'mysql',
    rule: 'mysql/too-many-connections',
    note: 'near miss for SQLSTATE 08004 (connection rejected): MySQL’s own number says busy',
  },
  // ---------------------------------------------------------------- connection
  {
    line: "2026-03-04T07:00:25Z ERROR sqlalchemy.exc.OperationalError: (pymysql.err.OperationalError) (2003, \"Can't connect to MySQL server on 'db.internal' ([Errno 111] Connection refused)\")",
    category: 'outage',
    destination: 'mysql',
    rule: 'mysql/cannot-connect',
    note: 'client 2003: never connected, outage',
  },
  {
    line: '2026-03-04T07:00:26Z ERROR connector task failed to start: The last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server.',
    category: 'outage',
    destination: 'mysql',
    rule: 'mysql/cannot-connect',
    note: 'Connector/J’s second sentence alone (a wrapper cut the first): only that driver writes it',
  },
  {
    line: 'com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure The last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server.',
    category: 'outage',
    destination: 'mysql',
    rule: 'mysql/cannot-connect',
    note: 'Connector/J: no packet ever received — the server is down or unreachable, outage',
  },
  {
    line: 'com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure The last packet successfully received from the server was 3,600,013 milliseconds ago. The last packet sent successfully to the server was 3,600,014 milliseconds ago.',
    category: 'transient',
    destination: 'mysql',
    rule: 'sqlstate/connection-failure',
    note: 'near miss: an established connection broke (idle timeout) — transient, the generic 08S01 rule',
  },
  {
    line: "2026-03-04T07:00:30Z ERROR MySQLdb.OperationalError: (2006, 'MySQL server has gone away')",
    category: 'transient',
    destination: 'mysql',
    rule: 'mysql/gone-away',
    note: '2006 gone away: reconnect and retry',
  },
  {
    line: j({ ts: '2026-03-04T07:00:35Z', level: 'error', destination: 'MariaDB prod', record_id: 'o_17', err: { code: 'ER_DUP_ENTRY', errno: 1062, message: "Duplicate entry '17' for key 'PRIMARY'" } }),
    category: 'validation',
    destination: 'mysql',
    field: 'PRIMARY',
    rule: 'mysql/duplicate-entry',
    note: 'MariaDB keeps MySQL’s numbers and symbols: a MariaDB destination is MySQL’s',
  },
  {
    line: '2026-03-04T07:00:40Z ERROR notmysql_helper exited with status 1',
    category: 'unknown',
    destination: null,
    note: 'near miss: "mysql" inside another word names no destination',
  },
  {
    line: 'ERROR 1045 (28000): Access denied for user \'loader\'@\'10.0.0.5\' (using password: YES)',
    category: 'auth',
    destination: 'mysql',
    rule: 'mysql/access-denied-message',
    note: 'the server error number before the SQLSTATE is MySQL’s own format: it names MySQL, whose rule decides',
  },
  {
    line: "PDOException: SQLSTATE[22007]: Invalid datetime format: 1292 Incorrect datetime value: '0000-00-00' for column 'created_at' at row 1",
    category: 'validation',
    destination: 'mysql',
    field: 'created_at',
    note: 'PHP PDO prints MySQL’s four-digit error number after the SQLSTATE: it names MySQL, whose wording rule decides',
  },
  {
    line: "java.sql.SQLException: Data truncated for column 'status' at row 1\n\tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:129)",
    category: 'validation',
    destination: 'mysql',
    field: 'status',
    rule: 'mysql/bad-value-wording',
    note: 'MySQL 1265 WARN_DATA_TRUNCATED raised as an error in strict mode (an ENUM or a number given another value); Connector/J in the frames names MySQL',
  },
];
