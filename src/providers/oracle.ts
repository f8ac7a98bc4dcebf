import type { Provider } from './provider.js';

/**
 * Oracle Database (on premises, Autonomous Database, XE) as a sync destination or source. The server
 * answers `ORA-nnnnn: message` and every driver passes it through: JDBC `java.sql.SQLException:
 * ORA-01017: invalid username/password; logon denied` (oracle.jdbc, ojdbc; its own I/O errors as
 * `IO Error: The Network Adapter could not establish the connection` or `ORA-17002`), python-oracledb
 * / cx_Oracle `oracledb.exceptions.DatabaseError: ORA-00001: …` (thin mode adds its own `DPY-nnnn:`
 * line above the ORA one and a `Help: https://docs.oracle.com/error-help/db/ora-nnnnn/` line),
 * node-oracledb `{ errorNum: 1017, code: 'ORA-01017' }`, ODP.NET `OracleException`. Listener errors
 * come as `ORA-12541: TNS:no listener` (or `TNS-12541`). The numbers decide:
 * - ORA-01017 "invalid username/password; logon denied" (23ai: "invalid credential or not
 *   authorized"), ORA-01005 / DPY-4001 no password: auth. ORA-28000 "the account is locked" and
 *   ORA-28001 "the password has expired" (DPY-2033: an IAM / OAuth token expired): auth, each its own
 *   cause, as the fix differs (unlock, reset).
 * - ORA-01031 insufficient privileges, ORA-01045 "lacks CREATE SESSION privilege", ORA-01950 "no
 *   privileges on tablespace", ORA-41900 "missing privilege": permissions (a GRANT or a quota grant).
 * - ORA-00942 "table or view does not exist": Oracle's error help says the table does not exist, a
 *   synonym points nowhere, "or the application did not have access to it", and tells to check the
 *   spelling, the schema and whether the table exists first, then the grants. A sync that names a
 *   table its user cannot see is a mapping to fix in either case: validation (with ORA-00904
 *   invalid identifier and ORA-04043 object does not exist), the object named (23ai prints it), and
 *   the fix says to check the grant when the name is right.
 * - ORA-00001 unique constraint violated, ORA-01400 cannot insert NULL into ("S"."T"."COL"), ORA-01407,
 *   ORA-12899 value too large for column "S"."T"."COL", ORA-01438, ORA-01401, ORA-01722 invalid
 *   number, ORA-018xx date formats, ORA-02290 / 02291 / 02292 check and foreign keys, ORA-00913 /
 *   00947 value counts: validation, the column named.
 * - ORA-01536 space quota exceeded for tablespace, ORA-01653 / 01654 / 01688 / 01691 unable to
 *   extend, ORA-12954 the edition's maximum database size (XE): plan — storage that must be granted
 *   or bought; retrying fills nothing.
 * - ORA-00060 deadlock, ORA-00054 / ORA-30006 resource busy, ORA-08177 can't serialize: transient
 *   (retry the transaction). ORA-00018 / 00020 sessions or processes exhausted, ORA-12516 / 12519 /
 *   12520 listener has no handler free, DPY-4005 pool exhausted: transient (busy, not down).
 * - ORA-03113 end-of-file on communication channel, ORA-03114, ORA-03135 connection lost contact,
 *   ORA-12537 / 12547 / 12570 / 12571, ORA-02396 idle time, ORA-00028 session killed, DPY-4011 "the
 *   database or network closed the connection", JDBC "IO Error: Connection reset" / ORA-17008 /
 *   ORA-17410: an open connection broke: transient, on a new connection (python-oracledb marks
 *   them all recoverable).
 * - ORA-01033 initialization or shutdown in progress, ORA-01034 ORACLE not available, ORA-01089 /
 *   01090 / 01092 shutdown, ORA-12528 instance blocking new connections, ORA-27101: the instance is
 *   down or not open: outage (first in order: python-oracledb wraps some of them in DPY-4011).
 * - ORA-12541 no listener, ORA-12514 / 12505 service or SID unknown to the listener, ORA-12170 /
 *   12535 connect timeout, ORA-12543 / 12545 host unreachable or unknown, ORA-12154 connect
 *   identifier unresolved, ORA-12560, DPY-6000 / 6001 / 6003 / 6005 cannot connect, JDBC "The
 *   Network Adapter could not establish the connection": outage — no connection was made.
 * Sources: docs.oracle.com/error-help/db/ora-nnnnn (00001, 00060, 00942, 01017, 01033, 01034,
 * 01400, 01536, 03113, 12514, 12541, 12899, 28000, 28001), Oracle Net Services troubleshooting;
 * python-oracledb src/oracledb/errors.py (DPY numbers and the ORA codes it maps to "connection
 * closed" and deems recoverable); real lines in wso2 / KualiCo pastes of ORA-01400 with
 * SQLIntegrityConstraintViolationException, oltpbenchmark/oltpbench #75, OpenLiberty #8349.
 */
const ora = (...codes: string[]): string => String.raw`\b(?:ORA|TNS)-(?:${codes.join('|')})\b`;
const dpy = (...codes: string[]): string => String.raw`\bDPY-(?:${codes.join('|')})\b`;
const re = (...parts: string[]): RegExp => new RegExp(parts.join('|'), 'i');

/** The column an ORA-01400 / 01407 / 12899 names ("S"."T"."COL"), or the constraint of ORA-0229x (S.NAME). */
const COLUMN = /\("[^"]+"\."[^"]+"\."([^"]+)"\)|for column "[^"]+"\."[^"]+"\."([^"]+)"|constraint \((?:[^.()\s]+\.)?([^()\s]+)\) violated/;
/** ORA-00001: the columns 23ai prints, else the constraint (without its schema). */
const UNIQUE = /^[^\n]{0,2000}?violated on table \S+ columns \(([^)]+)\)|unique constraint \((?:[^.()\s]+\.)?([^()\s]+)\) violated/;
/** The object ORA-00942 (23ai), ORA-00904 or ORA-04043 names. */
const OBJECT = /table or view (?:"[^"]+"\.)?"([^"]+)" does not exist|ORA-00904: (?:"[^"]+"\.)?"([^"]+)": invalid identifier|object (?:"[^"]+"\.)?"?([\w$#.]+)"? does not exist/;
/** The tablespace a storage error names, or the privilege ORA-01045 does. */
const TABLESPACE = /tablespace '?([\w$#]+)'?/i;

export const provider: Provider = {
  name: 'oracle',
  display: 'Oracle Database',
  aliases: ['oracledb', 'oracledatabase'],
  // The error prefixes only Oracle uses (ORA-, TNS-, python-oracledb's DPY- and ODPI-C's DPI-), the
  // drivers (oracle.jdbc / ojdbc, jdbc:oracle:, cx_Oracle, python-oracledb and node-oracledb,
  // ODP.NET), the default listener port, Debezium's and the Airbyte / Singer connectors. Not the bare
  // word "oracle": "Oracle NetSuite" is NetSuite's.
  hints: [
    'ORA-\\d{5}',
    'TNS-\\d{5}',
    'DPY-\\d{4}',
    'DPI-\\d{4}',
    'oracle\\.jdbc(?:\\.[\\w$]+)*',
    'jdbc:oracle(?::thin)?',
    'ojdbc\\d*',
    'cx_Oracle',
    '(?:python-|node-)?oracledb',
    'Oracle\\.ManagedDataAccess(?:\\.\\w+)*',
    'Oracle(?:Exception|Error|DatabaseException)',
    'io\\.debezium\\.connector\\.oracle',
    '(?:source|destination|tap|target)-oracle(?:-[\\w-]+)?',
    '[\\w.-]+:1521',
  ],
  links: {
    auth: 'https://docs.oracle.com/error-help/db/ora-01017/',
    permissions: 'https://docs.oracle.com/error-help/db/ora-01031/',
    plan: 'https://docs.oracle.com/error-help/db/ora-01536/',
    validation: 'https://docs.oracle.com/error-help/db/ora-01400/',
    transient: 'https://docs.oracle.com/error-help/db/ora-00060/',
    outage: 'https://docs.oracle.com/error-help/db/ora-12541/',
  },
  rules: [
    // ---------------------------------------------------------------- login
    {
      id: 'oracle/invalid-login',
      category: 'auth',
      cause: 'ORA-01017 invalid username/password',
      message: re(ora('01017', '01005'), dpy('4001'), 'invalid username/password; logon denied', 'invalid credential or not authorized; logon denied'),
      summary: 'Oracle rejected the login (ORA-01017: user, password or wallet)',
      fix: 'Fix the user or password of the connection (passwords are case-sensitive; check the wallet or the connect string’s user); pause the sync until then.',
    },
    {
      id: 'oracle/account-locked',
      category: 'auth',
      cause: 'ORA-28000 account locked',
      message: re(ora('28000')),
      link: 'https://docs.oracle.com/error-help/db/ora-28000/',
      summary: 'Oracle account of the connection is locked (ORA-28000)',
      fix: 'Have a DBA unlock the user (ALTER USER … ACCOUNT UNLOCK) and fix the password the sync uses, or repeated failed logins lock it again; pause the sync until then.',
    },
    {
      id: 'oracle/password-expired',
      category: 'auth',
      cause: 'ORA-28001 password expired',
      message: re(ora('28001'), dpy('2033')),
      link: 'https://docs.oracle.com/error-help/db/ora-28001/',
      summary: 'Oracle password (or access token) of the connection has expired',
      fix: 'Set a new password for the user (ALTER USER … IDENTIFIED BY …) or refresh the token, update the connection, and consider a profile without password expiry for service users.',
    },
    // ---------------------------------------------------------------- grants
    {
      id: 'oracle/insufficient-privileges',
      category: 'permissions',
      cause: 'ORA-01031 insufficient privileges',
      message: re(ora('01031', '01045', '01950', '41900')),
      fieldFrom: /lacks (CREATE SESSION) privilege|privileges on tablespace '?([\w$#]+)'?|missing privilege \w+ on (?:"[^"]+"\.)?"([^"]+)"/,
      summary: 'Oracle user lacks a privilege (ORA-01031 / 01045 / 01950)',
      fix: 'GRANT the connection’s user what the statement needs (INSERT / UPDATE on the table, CREATE SESSION, or a QUOTA on its tablespace); keep syncing other tables.',
    },
    // ---------------------------------------------------------------- storage
    {
      id: 'oracle/storage-full',
      category: 'plan',
      cause: 'tablespace quota or size exhausted',
      message: re(ora('01536', '01653', '01654', '01688', '01691', '12954')),
      fieldFrom: TABLESPACE,
      summary: 'Oracle out of space in tablespace `{field}` (user quota, tablespace size or the edition’s limit)',
      fix: 'Raise the user’s quota (ALTER USER … QUOTA … ON tablespace), add or extend a datafile, or move past the edition’s size limit; writes fail until then.',
    },
    // ---------------------------------------------------------------- the row and the mapping
    {
      id: 'oracle/unknown-object',
      category: 'validation',
      cause: 'ORA-00942 / 00904 unknown table or column',
      message: re(ora('00942', '00904', '04043')),
      fieldFrom: OBJECT,
      link: 'https://docs.oracle.com/error-help/db/ora-00942/',
      summary: 'Oracle: table, view or column `{field}` does not exist for the connection’s user',
      fix: 'Fix the name in the mapping (schema prefix, quoting, case) or create the table / column; if it exists in another schema, GRANT the user access to it (Oracle reports a table it may not see as not existing).',
    },
    {
      id: 'oracle/unique-constraint',
      category: 'validation',
      cause: 'ORA-00001 unique constraint violated',
      message: re(ora('00001')),
      fieldFrom: UNIQUE,
      link: 'https://docs.oracle.com/error-help/db/ora-00001/',
      summary: 'Oracle: row duplicates unique key `{field}` (ORA-00001)',
      fix: 'Upsert (MERGE) on the key instead of inserting, or dedupe the source; retrying the same row fails again.',
    },
    {
      id: 'oracle/bad-value',
      category: 'validation',
      cause: 'value rejected',
      message: re(ora('01400', '01407', '12899', '01438', '01401', '01722', '01840', '01841', '01843', '01847', '01858', '01861', '02290', '02291', '02292', '00913', '00947', '01461')),
      fieldFrom: COLUMN,
      summary: 'Oracle rejected the value of `{field}`',
      fix: 'Fix the source value (NULL, length, precision, number or date format, a parent row not loaded yet) or widen the column; retrying the same row fails again.',
    },
    // ---------------------------------------------------------------- busy server
    {
      id: 'oracle/lock-contention',
      category: 'transient',
      cause: 'ORA-00060 deadlock or resource busy',
      message: re(ora('00060', '00054', '30006', '08177'), 'deadlock detected while waiting for resource'),
      summary: 'Oracle transaction hit a deadlock, a busy row or a serialization conflict',
      fix: 'Retry (the whole transaction); if it recurs, write rows in a consistent order or lower parallel writes to the same table.',
    },
    {
      id: 'oracle/sessions-exhausted',
      category: 'transient',
      cause: 'sessions or processes exhausted',
      message: re(ora('00018', '00020', '12516', '12519', '12520', '24457', '24459'), dpy('4005')),
      summary: 'Oracle is out of sessions or server processes (busy, not down)',
      fix: 'Retry with backoff; lower the sync’s connection pool or raise the SESSIONS / PROCESSES parameters.',
    },
    // ---------------------------------------------------------------- the instance and the network
    {
      id: 'oracle/instance-down',
      category: 'outage',
      cause: 'Oracle instance not available',
      message: re(ora('01033', '01034', '01089', '01090', '01092', '12528', '27101'), 'ORACLE initialization or shutdown in progress', 'ORACLE not available'),
      link: 'https://docs.oracle.com/error-help/db/ora-01033/',
      summary: 'Oracle instance is starting, shutting down or not open',
      fix: 'Wait for the database to open (or have a DBA start it); resume when it accepts logins.',
    },
    {
      id: 'oracle/cannot-connect',
      category: 'outage',
      cause: 'could not connect to Oracle',
      message: re(
        ora('12541', '12514', '12505', '12170', '12535', '12543', '12545', '12154', '12560', '12521'),
        dpy('6000', '6001', '6003', '6005'),
        'The Network Adapter could not establish the connection',
      ),
      summary: 'Could not connect to Oracle (no listener, unknown service, unreachable host or timeout)',
      fix: 'Check the host, port (1521) and service name of the connect string, that the listener is up and knows the service (lsnrctl status), and the network path from the sync; resume when it answers.',
    },
    {
      id: 'oracle/connection-lost',
      category: 'transient',
      cause: 'connection lost (ORA-03113)',
      message: re(
        ora('03113', '03114', '03135', '12537', '12547', '12570', '12571', '02396', '00028', '17008', '17410'),
        dpy('4011', '4033'),
        'end-of-file on communication channel',
        'IO Error: (?:Connection reset|Socket read timed out|Broken pipe)',
      ),
      summary: 'Oracle connection broke during work (server process ended, idle timeout or the network cut it)',
      fix: 'Retry on a new connection; if it recurs, check the alert log for crashed sessions and idle / firewall timeouts against the pool (enable keepalive, validate pooled connections).',
    },
  ],
};
