import type { Provider } from './provider.js';

/**
 * MySQL (and MariaDB, which keeps its numbers and wording) as a sync destination or source. The
 * server answers a number, a SQLSTATE and a message ("ERROR 1062 (23000): Duplicate entry 'x' for
 * key 'users.email'"); drivers print them their own way: mysql2 / mysqljs `code: 'ER_DUP_ENTRY',
 * errno: 1062, sqlState: '23000'`, PyMySQL / mysqlclient `IntegrityError: (1062, "Duplicate entry
 * …")`, go-sql-driver "Error 1062 (23000): …", Connector/J `SQLIntegrityConstraintViolationException:
 * Duplicate entry …`. Where the SQLSTATE is printed and nothing names MySQL, the generic SQLSTATE
 * rules decide (src/rules/generic/protocols.ts); these rules read the numbers, ER_ symbols and the
 * wording, and the connection errors SQLSTATE gets wrong (1040 "Too many connections" is 08004, a
 * busy server, not one that is down).
 * - 1045 ER_ACCESS_DENIED_ERROR "Access denied for user 'u'@'h' (using password: YES)": auth.
 * - 1044 ER_DBACCESS_DENIED_ERROR, 1142 ER_TABLEACCESS_DENIED_ERROR "INSERT command denied to user
 *   … for table 't'", 1143 ER_COLUMNACCESS_DENIED_ERROR, 1227 ER_SPECIFIC_ACCESS_DENIED_ERROR:
 *   permissions (a GRANT).
 * - 1062 ER_DUP_ENTRY (field: the key name, without the table prefix MySQL 8 adds), 1048
 *   ER_BAD_NULL_ERROR, 1054 ER_BAD_FIELD_ERROR, 1406 ER_DATA_TOO_LONG, 1366
 *   ER_TRUNCATED_WRONG_VALUE_FOR_FIELD, 1264 ER_WARN_DATA_OUT_OF_RANGE, 1364 ER_NO_DEFAULT_FOR_FIELD,
 *   1146 ER_NO_SUCH_TABLE: validation, the column the message names.
 * - 1226 ER_USER_LIMIT_REACHED on max_questions / max_updates / max_connections_per_hour (an
 *   hourly cap on the account, which hosted plans set): plan.
 * - 1205 ER_LOCK_WAIT_TIMEOUT, 1213 ER_LOCK_DEADLOCK ("try restarting transaction"), 1040
 *   ER_CON_COUNT_ERROR, 1203 ER_TOO_MANY_USER_CONNECTIONS: transient.
 * - Client 2002 / 2003 "Can't connect to (local) MySQL server", 2005 unknown host: outage (no
 *   connection was ever made). 2006 "MySQL server has gone away" / 2013 "Lost connection to MySQL
 *   server during query": an open connection dropped (restart, wait_timeout, max_allowed_packet):
 *   transient, retried on a new connection.
 * - Connector/J "Communications link failure": its documentation and its message tell the two
 *   cases apart. "The last packet sent successfully to the server was 0 milliseconds ago. The
 *   driver has not received any packets from the server." means the socket never got an answer —
 *   the server is down or unreachable (the Caused by is ConnectException / UnknownHostException /
 *   connect timed out): outage. "The last packet successfully received from the server was N
 *   milliseconds ago" means an established connection broke (idle timeout, failover): transient —
 *   the generic SQLSTATE 08S01 rule already says so, and decides it.
 * Sources: dev.mysql.com/doc/mysql-errors/8.0/en/server-error-reference.html,
 * …/client-error-reference.html; dev.mysql.com/doc/refman/8.0/en/gone-away.html,
 * …/refman/8.0/en/too-many-connections.html, …/innodb-deadlocks.html; Connector/J
 * troubleshooting (connector-j-usagenotes-troubleshooting.html) and CommunicationsException
 * texts in public Stack Overflow / issue threads; mariadb.com/kb/en/mariadb-error-codes.
 */
const M = ['mysql'];

/**
 * The column a value error names, or the key of a duplicate (without MySQL 8's table prefix).
 * MariaDB quotes a column with its schema and table: for column `db`.`table`.`col`.
 */
const COLUMN =
  /Column '([^']+)' cannot be null|Unknown column '(?:[^'.]+\.)?([^']+)' in|for column '(?:[^'.]+\.)?([^']+)'|for column (?:`[^`]{1,64}`\.){0,2}`([^`]{1,64})`|Field '([^']+)' doesn't have a default value|for key '(?:[^'.]+\.)?([^']+)'/;
/** The object a privilege error names. */
const OBJECT = /for (?:table|column) '([^']+)'|to database '([^']+)'|need \(at least one of\) the ([\w ,]+) privilege/;

export const provider: Provider = {
  name: 'mysql',
  display: 'MySQL',
  aliases: ['mariadb'],
  // Drivers and their exception classes (Connector/J com.mysql.cj / com.mysql.jdbc,
  // MySQLNonTransientConnectionException, CommunicationsException, PyMySQL, mysqlclient's MySQLdb,
  // mysql2, MariaDB Connector/J), the ER_ symbols only MySQL defines, the default port, and the
  // server's own name in its client errors ("MySQL server has gone away").
  hints: [
    'mysql',
    'mariadb\\w*',
    'MySQL\\w*(?:Exception|Error)',
    'MySQLdb',
    '_mysql_exceptions',
    'pymysql',
    'mysqlclient',
    'mysql2',
    'mysql-connector(?:-python|-j)?',
    'jdbc:mysql',
    'CommunicationsException',
    'ER_(?:ACCESS_DENIED|DBACCESS_DENIED|TABLEACCESS_DENIED|COLUMNACCESS_DENIED|SPECIFIC_ACCESS_DENIED|DUP_ENTRY|BAD_NULL|BAD_FIELD|DATA_TOO_LONG|TRUNCATED_WRONG_VALUE|WARN_DATA_OUT_OF_RANGE|NO_DEFAULT_FOR_FIELD|NO_SUCH_TABLE|LOCK_WAIT_TIMEOUT|LOCK_DEADLOCK|CON_COUNT|TOO_MANY_USER_CONNECTIONS|PARSE_ERROR)\\w*',
    '[\\w.-]+:3306',
    // Node's util.inspect of a socket error: `address: '127.0.0.1', port: 3306`.
    'port: 3306',
    // PHP PDO prints the driver's errno after the SQLSTATE: four digits (1000–4999) are MySQL's and
    // MariaDB's (pgsql prints 7, SQLite 1, dblib five digits): `SQLSTATE[HY000]: General error: 1366 Incorrect string value`.
    'SQLSTATE\\[[0-9A-Z]{5}\\]: [A-Za-z ]{1,40}: [1-4]\\d{3}(?= [A-Z])',
    // go-sql-driver/mysql: "Error 1406 (22001): Data too long for column 'models' at row 1"
    'Error [1-4]\\d{3} \\([0-9A-Z]{5}\\)(?=: )',
    // The (errno, "message") pair PyMySQL and mysqlclient raise, with wording only the server uses.
    "\\(\\d{4}, [\"'](?:Incorrect [\\w ]{1,20} value: |Data too long for column |Duplicate entry |Unknown column |Out of range value for column |Lost connection to MySQL|Can't connect to MySQL)",
  ],
  rank: 100,
  links: {
    auth: 'https://dev.mysql.com/doc/refman/8.0/en/problems-connecting.html',
    permissions: 'https://dev.mysql.com/doc/refman/8.0/en/grant.html',
    validation: 'https://dev.mysql.com/doc/mysql-errors/8.0/en/server-error-reference.html',
    outage: 'https://dev.mysql.com/doc/refman/8.0/en/can-not-connect-to-server.html',
    transient: 'https://dev.mysql.com/doc/refman/8.0/en/gone-away.html',
  },
  rules: [
    // ---------------------------------------------------------------- ER_ symbols (mysql2, mysqljs, Go, logs)
    {
      id: 'mysql/access-denied',
      category: 'auth',
      cause: '1045 ER_ACCESS_DENIED_ERROR',
      code: ['ER_ACCESS_DENIED_ERROR', 'ER_ACCESS_DENIED_NO_PASSWORD_ERROR'],
      summary: 'MySQL rejected the login (user, password or host)',
      fix: 'Fix the user or password of the connection, or the host part of the account (\'user\'@\'%\'); pause the sync until then.',
    },
    {
      id: 'mysql/privilege',
      category: 'permissions',
      cause: '{code}',
      code: ['ER_DBACCESS_DENIED_ERROR', 'ER_TABLEACCESS_DENIED_ERROR', 'ER_COLUMNACCESS_DENIED_ERROR', 'ER_SPECIFIC_ACCESS_DENIED_ERROR'],
      fieldFrom: OBJECT,
      summary: 'MySQL user lacks a privilege on `{field}`',
      fix: 'GRANT the connection’s user the privilege on the object the message names (e.g. GRANT INSERT, UPDATE ON db.table TO \'user\'@\'%\'); keep syncing other tables.',
    },
    {
      id: 'mysql/duplicate-entry',
      category: 'validation',
      cause: '1062 ER_DUP_ENTRY',
      code: ['ER_DUP_ENTRY', 'ER_DUP_ENTRY_WITH_KEY_NAME'],
      fieldFrom: COLUMN,
      summary: 'MySQL: value already exists for unique key `{field}` (1062)',
      fix: 'Upsert (INSERT … ON DUPLICATE KEY UPDATE) on the key instead of inserting, or dedupe the source; retrying the same row fails again.',
    },
    {
      id: 'mysql/bad-value',
      category: 'validation',
      cause: '{code}',
      code: ['ER_BAD_NULL_ERROR', 'ER_BAD_FIELD_ERROR', 'ER_DATA_TOO_LONG', 'ER_TRUNCATED_WRONG_VALUE_FOR_FIELD', 'ER_TRUNCATED_WRONG_VALUE', 'ER_WARN_DATA_OUT_OF_RANGE', 'ER_NO_DEFAULT_FOR_FIELD', 'ER_NO_SUCH_TABLE'],
      fieldFrom: COLUMN,
      summary: 'MySQL rejected the value of `{field}` ({code})',
      fix: 'Fix the source value (NULL, length, type, range) or the column / table in the mapping; retrying the same row fails again.',
    },
    {
      id: 'mysql/busy',
      category: 'transient',
      cause: '{code}',
      code: ['ER_LOCK_WAIT_TIMEOUT', 'ER_LOCK_DEADLOCK', 'ER_CON_COUNT_ERROR', 'ER_TOO_MANY_USER_CONNECTIONS'],
      summary: 'MySQL busy: lock wait, deadlock or connection limit ({code})',
      fix: 'Retry (the transaction, on a new connection); if it recurs, lower the sync’s parallel writes or raise max_connections / innodb_lock_wait_timeout.',
    },
    // ---------------------------------------------------------------- wording (PyMySQL, mysqlclient, Connector/J, CLI)
    // Where a line names MySQL; the same texts with only a SQLSTATE are the generic pack's.
    {
      id: 'mysql/access-denied-message',
      category: 'auth',
      cause: '1045 ER_ACCESS_DENIED_ERROR',
      message: /Access denied for user '[^']*'@'[^']*' \(using password: (?:YES|NO)\)|\(1045, ["']/i,
      destination: M,
      summary: 'MySQL rejected the login (user, password or host)',
      fix: 'Fix the user or password of the connection, or the host part of the account (\'user\'@\'%\'); pause the sync until then.',
    },
    {
      id: 'mysql/privilege-message',
      category: 'permissions',
      cause: 'command denied',
      message: /\b\w+ command denied to user '[^']*'@'[^']*' for (?:table|column) '|Access denied for user '[^']*'@'[^']*' to database '|Access denied; you need \(at least one of\) the [\w ,]+ privilege/i,
      fieldFrom: OBJECT,
      summary: 'MySQL user lacks a privilege on `{field}`',
      fix: 'GRANT the connection’s user the privilege on the object the message names (e.g. GRANT INSERT, UPDATE ON db.table TO \'user\'@\'%\'); keep syncing other tables.',
    },
    {
      id: 'mysql/duplicate-entry-message',
      category: 'validation',
      cause: '1062 ER_DUP_ENTRY',
      message: /Duplicate entry '[^\n]{0,300}?' for key '[^']+'/i,
      fieldFrom: COLUMN,
      summary: 'MySQL: value already exists for unique key `{field}` (1062)',
      fix: 'Upsert (INSERT … ON DUPLICATE KEY UPDATE) on the key instead of inserting, or dedupe the source; retrying the same row fails again.',
    },
    {
      id: 'mysql/bad-value-message',
      category: 'validation',
      cause: 'value rejected',
      message: /Column '[^']+' cannot be null|Table '[^']+' doesn't exist/i,
      destination: M,
      fieldFrom: COLUMN,
      summary: 'MySQL rejected the value of `{field}`',
      fix: 'Fix the source value (NULL, length, type, range) or the column / table in the mapping; retrying the same row fails again.',
    },
    // Wording only MySQL and MariaDB use: it names them where the line does not (a Spring
    // DataIntegrityViolationException around Connector/J's message).
    {
      id: 'mysql/bad-value-wording',
      category: 'validation',
      cause: 'value rejected',
      message: /Unknown column '[^']+' in '|Data too long for column '[^']+'|Incorrect [\w ]+ value: '[^\n]{0,300}?' for column (?:'[^']+'|`)|Out of range value for column '[^']+'|Data truncated for column '[^']+'|Field '[^']+' doesn't have a default value/i,
      fieldFrom: COLUMN,
      summary: 'MySQL rejected the value of `{field}`',
      fix: 'Fix the source value (NULL, length, type, range) or the column / table in the mapping; retrying the same row fails again.',
    },
    // 1226 ER_USER_LIMIT_REACHED: an hourly cap on the account (hosted plans set them): plan. A cap
    // on concurrent connections (max_user_connections) passes as connections close: transient.
    {
      id: 'mysql/hourly-limit',
      category: 'plan',
      cause: '1226 ER_USER_LIMIT_REACHED',
      message: /has exceeded the '(?:max_questions|max_updates|max_connections_per_hour)' resource/i,
      summary: 'MySQL account reached its hourly query or connection cap (1226)',
      fix: 'Raise the account’s MAX_QUERIES_PER_HOUR / MAX_UPDATES_PER_HOUR / MAX_CONNECTIONS_PER_HOUR (or the hosting plan that sets them), or wait for the hour to pass; pause the sync until then.',
    },
    {
      id: 'mysql/lock-message',
      category: 'transient',
      cause: 'lock wait timeout or deadlock',
      message: /Lock wait timeout exceeded; try restarting transaction|Deadlock found when trying to get lock/i,
      destination: M,
      summary: 'MySQL transaction hit a lock wait timeout or deadlock',
      fix: 'Retry (the whole transaction); if it recurs, write rows in a consistent order or lower parallel writes to the same table.',
    },
    {
      id: 'mysql/too-many-connections',
      category: 'transient',
      cause: '1040 too many connections',
      message: /\b1040\b[^\n]{0,20}Too many connections|has more than 'max_user_connections' active connections|has exceeded the 'max_user_connections' resource/i,
      summary: 'MySQL server out of connections (max_connections)',
      fix: 'Retry with backoff; lower the sync’s connection pool or raise max_connections / max_user_connections.',
    },
    {
      id: 'mysql/cannot-connect',
      category: 'outage',
      cause: "can't connect to MySQL server",
      message: /Can't connect to (?:local )?MySQL server|Unknown MySQL server host|(?:Communications link failure[^\n]{0,200}?)?The driver has not received any packets from the server|Could not create connection to database server/i,
      summary: 'Could not connect to the MySQL server (down, wrong host / port or blocked)',
      fix: 'Check the host, port and that MySQL is up and reachable from the sync (security group, firewall, bind-address); resume when it answers.',
    },
    {
      id: 'mysql/gone-away',
      category: 'transient',
      cause: 'connection lost (2006 / 2013)',
      message: /MySQL server has gone away|Lost connection to MySQL server (?:during query|at '[^']*')|\((?:2006|2013), ["']/i,
      summary: 'MySQL dropped the connection (server restart, wait_timeout or packet too large)',
      fix: 'Retry on a new connection; if it recurs, check server restarts, wait_timeout against the pool’s idle time, and max_allowed_packet against the batch size.',
    },
  ],
};
