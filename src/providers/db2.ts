import type { Provider } from './provider.js';

/**
 * IBM Db2 (LUW, z/OS, Db2 for i, Db2 on Cloud) as a sync destination or source. Every driver prints
 * the server's SQLCODE and SQLSTATE, each its own way:
 * - JCC, the Java driver (com.ibm.db2.jcc, Kafka Connect JDBC, Debezium, Airbyte): `com.ibm.db2.jcc.
 *   am.SqlIntegrityConstraintViolationException: DB2 SQL Error: SQLCODE=-803, SQLSTATE=23505,
 *   SQLERRMC=2;DB2INST1.CUSTOMERS, DRIVER=4.33.31` (SQLERRMC: the message tokens, `;`-separated);
 *   its own client-side errors as `[jcc][t4][2043][11550][4.33.31] … ERRORCODE=-4499, SQLSTATE=08001`.
 * - CLI / ODBC (ibm_db for Python, Node and Go, PHP): `[IBM][CLI Driver][DB2/LINUXX8664] SQL0803N  One
 *   or more values … SQLSTATE=23505`, the SQLCODE as a message id (SQL0803N = -803), with
 *   `sqlcode: -803, state: '23505'` beside it in ibm_db's error objects.
 * Where a line carries only a SQLSTATE, the generic SQLSTATE rules decide (src/rules/generic/
 * protocols.ts); these rules read the SQLCODEs, the message ids and Db2's wording, and the cases the
 * SQLSTATE class gets wrong for Db2:
 * - -30082 / SQL30082N "Security processing failed with reason "24" ("USERNAME AND/OR PASSWORD
 *   INVALID")" comes with SQLSTATE 08001 (a connection class): auth, whatever the reason (1 password
 *   expired, 19 user disabled, 15 processing failure, 17 unsupported mechanism). JCC's -4214
 *   "Connection authorization failure occurred" is SQLSTATE 28000 and left to the generic rule.
 * - -551 / -552 (SQL0551N "does not have the required authorization or privilege to perform
 *   operation"), -1060 (no CONNECT privilege, SQLSTATE 08004): permissions (a GRANT), the object or
 *   operation the message names.
 * - -8002 / -8029 / JCC -4230 (no valid product license), -289 (no new pages in the table space),
 *   -968 (file system full): plan — a license or storage limit that retrying does not lift.
 * - -803 duplicate key, -407 NULL into NOT NULL, -404 / -302 / -433 value too long, -530 / -532
 *   foreign key, -545 check constraint, -180 / -181 / -420 / -413 bad values, -204 undefined name
 *   (SQLSTATE 42704, which no generic rule reads), -206 unknown column, -117 wrong number of values:
 *   validation. Db2 LUW names a NULL column only by position ("TBSPACEID=2, TABLEID=7, COLNO=3"),
 *   so no field is claimed for it.
 * - -911 (deadlock, reason 2, or lock timeout, reason 68: the unit of work was rolled back), -913
 *   (the same, statement only, SQLSTATE 57033), -1040 (maximum number of applications connected):
 *   transient.
 * - -30081 / SQL30081N "A communication error has been detected": its "Communication function
 *   detecting the error" tells the cases apart: `connect` / `selectForConnectTimeout` means no
 *   connection was made (refused, unreachable): outage; `recv` / `send` / `selectForRecvTimeout`
 *   means an open connection broke (reset, idle timeout, firewall): transient. JCC says the same with
 *   ERRORCODE=-4499: [2043] "Error opening socket to server" (never connected: outage) against [2030]
 *   "A communication error occurred during operations on the connection's underlying socket"
 *   (Read timed out, Connection reset: transient), although both print SQLSTATE 08001 — which the
 *   generic rule reads as "unable to connect".
 * - -1224 / SQL1224N "The database manager is not able to accept new requests" (stopped, crashed or
 *   forced all applications off) and -1032 "No start database manager command was issued": outage.
 * Sources: IBM Db2 LUW message reference (SQL0551N, SQL0803N, SQL0911N, SQL1224N, SQL30081N,
 * SQL30082N reason codes), Db2 for z/OS SQL codes (-803, -911, -913), the JCC error-code list
 * (ERRORCODE=-4499, -4214, -4230); real lines in vdesabou/kafka-docker-playground #7774 (-4499
 * refused), alibaba/druid #5462 (-4499 read timed out), airbytehq/airbyte #8171 (-551),
 * LinuxForHealth/FHIR #787 (-911), IBM/dbb-zappbuild #405 (-913), ibmdb/node-ibm_db #811, #82, #340,
 * #461 (SQL30082N, SQL30081N), ibmdb/python-ibmdb-django #10 (SQL0803N).
 */
/**
 * A Db2 SQLCODE as its drivers print it: JCC `DB2 SQL Error: SQLCODE=-803`, the CLI message id
 * `SQL0803N` (ibm_db prints it in every message, beside `sqlcode: -803`), Db2 for i `[SQL0803]`.
 * A bare `SQLCODE = -803` is not enough: Firebird and Informix number their errors the same way.
 */
function sqlcode(...codes: number[]): string {
  const alt = codes.join('|');
  return String.raw`\bDB2 SQL Error: SQLCODE=-0*(?:${alt})\b|\bSQL0*(?:${alt})[NC]?\b`;
}
/** A JCC client error code: `ERRORCODE=-4499`. */
const errorcode = (...codes: number[]): string => String.raw`\bERRORCODE=-(?:${codes.join('|')})\b`;
const re = (...parts: string[]): RegExp => new RegExp(parts.join('|'), 'i');

/** The object (or, failing that, the operation) a privilege error names: CLI `Object: "S.T"`, JCC SQLERRMC=user;operation;object. */
const OBJECT =
  // The object when named, else the operation (-552). The object follows the operation in the CLI
  // message, so a lazy run to it wins over naming the operation; each run is bounded by a line.
  /^[^\n]{0,2000}?Object: "([^"]+)"|SQLERRMC=[^;,\s]+;[^;,]+;([^,\s]+)|Operation: "([^"]+)"|SQLERRMC=[^;,\s]+;([^;,]+),|privilege to perform operation "([^"]+)"/;
/** The index (when named) or the table a duplicate key names: CLI `identified by "IX" constrains table "S.T"`, JCC SQLERRMC=index-id;table. */
const UNIQUE = /identified by "((?!\d+")[^"]+)"|constrains table "([^"]+)"|SQLERRMC=\d+;([^,\s]+)/;
/** The column, key or name a value error names (not the TBSPACEID / COLNO position of a -407). */
const NAMED =
  /column "((?!TBSPACEID)[^"]+)"|FOREIGN KEY "([^"]+)"|constraint "([^"]+)"|"([^"]+)" is (?:an undefined name|not valid in the context)|SQLERRMC=(?!TBSPACEID|null\b)([A-Za-z_][\w$#@.]*)/;

export const provider: Provider = {
  name: 'db2',
  display: 'IBM Db2',
  aliases: ['ibmdb2', 'db2luw', 'db2zos'],
  // JCC (com.ibm.db2.jcc, jdbc:db2:, its [jcc][t4] prefix and "DB2 SQL Error"), the CLI driver's
  // bracketed prefix and message ids, ibm_db for Python / Node / Go, JTOpen for Db2 for i, Debezium's
  // Db2 connector; "db2" as a word also names Airbyte's source-db2 and tap-db2.
  hints: [
    'com\\.ibm\\.db2(?:\\.[\\w$]+)*',
    'jdbc:db2',
    '\\[jcc\\](?:\\[t[24]\\])?',
    'DB2 SQL Error',
    '\\[IBM\\]\\[CLI Driver\\]',
    'SQL[0-9]{4,5}N',
    'ibm_db(?:_dbi|_sa|_django)?',
    'go_ibm_db',
    'db2jcc\\w*',
    'com\\.ibm\\.as400\\.access(?:\\.\\w+)*',
    'io\\.debezium\\.connector\\.db2',
    'db2',
  ],
  links: {
    auth: 'https://www.ibm.com/support/knowledgecenter/SSEPGG_10.5.0/com.ibm.db2.luw.messages.sql.doc/doc/msql30082n.html',
    permissions: 'https://www.ibm.com/support/knowledgecenter/SSEPGG_10.5.0/com.ibm.db2.luw.messages.sql.doc/doc/msql00551n.html',
    plan: 'https://www.ibm.com/support/knowledgecenter/SSEPGG_10.5.0/com.ibm.db2.luw.messages.sql.doc/doc/msql00289n.html',
    validation: 'https://www.ibm.com/support/knowledgecenter/SSEPEK_12.0.0/codes/src/tpc/n803.html',
    transient: 'https://www.ibm.com/support/knowledgecenter/en/SSEPEK_10.0.0/codes/src/tpc/n911.html',
    outage: 'https://www.ibm.com/support/knowledgecenter/SSEPGG_10.5.0/com.ibm.db2.luw.messages.sql.doc/doc/msql30081n.html',
  },
  rules: [
    // ---------------------------------------------------------------- login (before the connection rules: SQLSTATE 08001)
    {
      id: 'db2/security-failed',
      category: 'auth',
      cause: 'SQL30082N security processing failed',
      message: re(sqlcode(30082), 'Security processing failed with reason'),
      summary: 'Db2 rejected the login (SQL30082N: user id, password, expired password or security mechanism)',
      fix: 'Fix the user or password of the connection (reason 1: the password expired; 19: the user is disabled; 17: the security mechanism is not supported by the server); pause the sync until then.',
    },
    // ---------------------------------------------------------------- grants
    {
      id: 'db2/privilege',
      category: 'permissions',
      cause: 'SQLCODE -551/-552 missing privilege',
      message: re(sqlcode(551, 552, 1060), 'does not have the (?:required authorization or )?privilege to perform (?:the )?operation', 'does not have the CONNECT privilege'),
      fieldFrom: OBJECT,
      summary: 'Db2 user lacks a privilege on `{field}`',
      fix: 'GRANT the connection’s user the privilege the message names (e.g. GRANT INSERT, UPDATE ON TABLE schema.table TO USER loader; GRANT CONNECT ON DATABASE); keep syncing other tables.',
    },
    // ---------------------------------------------------------------- license and storage
    {
      id: 'db2/license',
      category: 'plan',
      cause: 'no valid Db2 license',
      message: re(sqlcode(8002, 8029), errorcode(4230), 'valid (?:product )?license (?:key )?was not found', 'license was invalid or was not activated'),
      summary: 'Db2 refused the work: no valid product license (SQL8002N / SQL8029N / JCC -4230)',
      fix: 'Install or activate the Db2 (or Db2 Connect) license the server asks for, or use an edition that includes the feature; pause the sync until then.',
    },
    {
      id: 'db2/storage-full',
      category: 'plan',
      cause: 'table space or file system full',
      message: re(sqlcode(289, 968), 'Unable to allocate new pages in table space', 'The file system is full'),
      summary: 'Db2 out of space (table space cannot grow, or its file system is full)',
      fix: 'Add containers or storage to the table space (or enable AUTORESIZE), or free space; writes fail until then.',
    },
    // ---------------------------------------------------------------- the row
    {
      id: 'db2/duplicate-key',
      category: 'validation',
      cause: 'SQLCODE -803 duplicate key',
      message: re(sqlcode(803), 'Duplicate key value specified'),
      fieldFrom: UNIQUE,
      summary: 'Db2: row duplicates a unique key of `{field}` (SQLCODE -803)',
      fix: 'Upsert (MERGE) on the key instead of inserting, or dedupe the source; retrying the same row fails again.',
    },
    {
      id: 'db2/bad-value',
      category: 'validation',
      cause: 'value or column rejected',
      message: re(
        sqlcode(407, 404, 302, 433, 530, 532, 545, 180, 181, 420, 413, 204, 206, 117, 408),
        'Assignment of a NULL value to a NOT NULL column',
        'is too long for column',
        'is an undefined name',
        'is not valid in the context where it is used',
      ),
      fieldFrom: NAMED,
      summary: 'Db2 rejected the value or the column `{field}`',
      fix: 'Fix the source value (NULL, length, type, a parent row not loaded yet) or the table / column in the mapping; retrying the same row fails again.',
    },
    // ---------------------------------------------------------------- busy server
    {
      id: 'db2/deadlock-or-timeout',
      category: 'transient',
      cause: 'SQLCODE -911/-913 deadlock or lock timeout',
      message: re(sqlcode(911, 913), 'rolled back because of a deadlock or timeout', 'DEADLOCK OR TIMEOUT'),
      summary: 'Db2 rolled back the work: deadlock (reason 2) or lock timeout (reason 68)',
      fix: 'Retry (the whole unit of work); if it recurs, commit more often, write rows in a consistent order or raise LOCKTIMEOUT.',
    },
    {
      id: 'db2/too-many-connections',
      category: 'transient',
      cause: 'SQLCODE -1040 maximum applications connected',
      message: re(sqlcode(1040), 'The maximum number of applications is already connected to the database'),
      summary: 'Db2 database has reached its maximum number of connected applications',
      fix: 'Retry with backoff; lower the sync’s connection pool or raise MAXAPPLS on the database.',
    },
    // ---------------------------------------------------------------- connection
    {
      id: 'db2/not-started',
      category: 'outage',
      cause: 'Db2 database manager stopped',
      message: re(sqlcode(1224, 1032), 'database manager is not able to accept new requests', 'No start database manager command was issued'),
      summary: 'Db2 database manager is stopped, restarting or forced all applications off (SQL1224N / SQL1032N)',
      fix: 'Check that the Db2 instance is started (db2start) and healthy; resume when it accepts connections. If only this connection was forced off, a reconnect is enough.',
    },
    {
      id: 'db2/cannot-connect',
      category: 'outage',
      cause: 'could not connect to Db2',
      message: /Communication function detecting the error: "(?:connect|selectForConnectTimeout)"|Error opening socket to server|\[jcc\]\[t4\]\[2043\]/i,
      summary: 'Could not connect to the Db2 server (down, wrong host / port or blocked)',
      fix: 'Check the host, port and that the Db2 instance is up and listening (SVCENAME) and reachable from the sync (firewall); resume when it answers.',
    },
    {
      id: 'db2/connection-lost',
      category: 'transient',
      cause: 'communication error on an open connection',
      message: re(sqlcode(30081), 'A communication error has been detected', 'communication error occurred during operations on the connection', '\\[jcc\\]\\[t4\\]\\[2030\\]'),
      summary: 'Db2 connection broke during work (reset, idle timeout or a firewall cutting it)',
      fix: 'Retry on a new connection; if it recurs, check server restarts and idle timeouts between the sync and Db2 (enable keepalive, validate pooled connections).',
    },
  ],
};
