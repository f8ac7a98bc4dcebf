import type { Provider } from './provider.js';

/**
 * Microsoft SQL Server and Azure SQL Database (hosts `*.database.windows.net`, port 1433) as a sync
 * destination or source. Drivers print the server's error number and message their own way: ODBC
 * (pyodbc) `('28000', "[28000] [Microsoft][ODBC Driver 17 for SQL Server][SQL Server]Login failed
 * for user 'x'. (18456) (SQLDriverConnect)")`, mssql-jdbc `com.microsoft.sqlserver.jdbc.
 * SQLServerException: …`, pymssql `(18456, b"Login failed …")`, node tedious / mssql
 * `RequestError` / `ConnectionError` with `code: 'ELOGIN' | 'EREQUEST'` and `number: 2627`, .NET
 * `SqlException`. The wording decides, as the numbers are not in a key the engine reads:
 * - 18456 "Login failed for user": auth.
 * - 229 / 230 "The INSERT permission was denied on the object 'x', database 'd', schema 's'",
 *   262 "CREATE TABLE permission denied in database 'd'", 297 "The user does not have permission
 *   to perform this action": permissions (a GRANT).
 * - 2627 / 2601 duplicate key, 515 "Cannot insert the value NULL into column", 8152 / 2628
 *   "String or binary data would be truncated", 245 conversion, 207 / 208 invalid column / object
 *   name: validation, the column or index the message names.
 * - 1205 deadlock victim ("Rerun the transaction") and Azure SQL 40613 "Database … is not currently
 *   available. Please retry the connection later", 40197 "The service has encountered an error
 *   processing your request", 40501 "The service is currently busy", 49918–49920 "Not enough
 *   resources to process request": transient (Microsoft's own retry lists).
 * - 40544 "The database has reached its size quota" and 1105 "Could not allocate space … filegroup is
 *   full": plan (storage must be added; retrying fills nothing).
 * - "The TCP/IP connection to the host h, port p has failed", "A network-related or
 *   instance-specific error … Server is not found or not accessible", tedious "Failed to connect to
 *   h:1433" and ODBC "Login timeout expired" (HYT00, printed beside the network-related error when
 *   no server answered within the login timeout): outage — no connection was ever made, as for
 *   MySQL 2003. Microsoft advises raising loginTimeout for Azure's latency; if it recurs only
 *   intermittently, that is the cause.
 * FreeTDS (under pymssql and DB-Lib clients) says "Unable to connect: Adaptive Server is unavailable
 * or does not exist" (DB-Lib error 20009) for the same never-made connection.
 * ODBC lines that print the SQLSTATE in brackets (`[28000]` login, `[08001]` unable to connect) are
 * left to the generic SQLSTATE rules (src/rules/generic/protocols.ts), which give the same answer.
 * Sources: learn.microsoft.com/sql/relational-databases/errors-events/database-engine-events-and-
 * errors (numbers and texts), learn.microsoft.com/azure/azure-sql/database/troubleshoot-common-
 * errors-issues (40613, 40197, 40501, 40544, 49918), Microsoft.Data.SqlClient
 * SqlConfigurableRetryFactory.BaselineTransientErrors; mssql-jdbc wiki "Troubleshooting
 * Intermittent Connection Failures"; real lines in pyodbc #517 / #800, Azure/azure-sdk-for-python
 * #29336, dbeaver #18108, tediousjs/node-mssql #109.
 */
const S = ['sqlserver'];

export const provider: Provider = {
  name: 'sqlserver',
  display: 'SQL Server',
  aliases: ['mssql', 'azuresql', 'sqlazure', 'microsoftsql'],
  hints: [
    'com\\.microsoft\\.sqlserver\\.[\\w.]+',
    'SQLServerException',
    'jdbc:sqlserver',
    'mssql(?:[+-][\\w-]+)?',
    'pymssql',
    // pymssql's `_mssql.MSSQLDatabaseException` (the hint above wants the word to end).
    'MSSQL\\w*Exception',
    'tedious[/\\\\]lib',
    '(?:Microsoft|System)\\.Data\\.SqlClient(?:\\.\\w+)*',
    // The bare class name only with .NET's HRESULT after it: hints match case-insensitively, and
    // java.sql.SQLException and Db2's com.ibm.db2.jcc.am.SqlException are other databases'.
    'SqlException \\(0x80131904\\)',
    'ODBC Driver \\d+ for SQL Server',
    'SQL Server',
    '[\\w-]+\\.database\\.windows\\.net',
    '[\\w.-]+[:,]1433',
  ],
  links: {
    auth: 'https://learn.microsoft.com/en-us/sql/relational-databases/errors-events/mssqlserver-18456-database-engine-error',
    permissions: 'https://learn.microsoft.com/en-us/sql/t-sql/statements/grant-transact-sql',
    plan: 'https://learn.microsoft.com/en-us/azure/azure-sql/database/file-space-manage',
    validation: 'https://learn.microsoft.com/en-us/sql/relational-databases/errors-events/database-engine-events-and-errors',
    transient: 'https://learn.microsoft.com/en-us/azure/azure-sql/database/troubleshoot-common-connectivity-issues',
    outage: 'https://learn.microsoft.com/en-us/troubleshoot/sql/database-engine/connect/network-related-or-instance-specific-error-occurred-while-establishing-connection',
  },
  rules: [
    {
      id: 'sqlserver/login-failed',
      category: 'auth',
      cause: '18456 login failed',
      message: /^(?![\s\S]*\[28000\])[\s\S]*?(?:Login failed for user '[^']*'|\(18456\)|\bELOGIN\b)/i,
      summary: 'SQL Server rejected the login (user, password or Azure AD token)',
      fix: 'Fix the user, password or token of the connection (and that the login maps to a user in the database); pause the sync until then.',
    },
    {
      id: 'sqlserver/permission-denied',
      category: 'permissions',
      cause: 'permission denied',
      message: /The \w+(?: \w+)? permission was denied on the (?:object|column|database|schema)\b|\b\w+(?: \w+)? permission denied in database '|The user does not have permission to perform this action|\((?:229|230|262|297)\)/i,
      fieldFrom: /on the (?:object|column) '([^']+)'|permission denied in database '([^']+)'/,
      summary: 'SQL Server user lacks a permission on `{field}`',
      fix: 'GRANT the connection’s user the permission on the object the message names (e.g. GRANT INSERT, UPDATE ON dbo.table TO loader); keep syncing other tables.',
    },
    {
      id: 'sqlserver/size-quota',
      category: 'plan',
      cause: 'database size quota reached',
      message: /The database has reached its size quota|\b40544\b[^\n]{0,20}size quota|Could not allocate space for object [^\n]{0,200}filegroup is full/i,
      summary: 'SQL Server database out of space (Azure size quota or full filegroup)',
      fix: 'Raise the database max size / service tier, or delete or archive data; writes fail until space is added.',
    },
    {
      id: 'sqlserver/azure-busy',
      category: 'transient',
      cause: 'Azure SQL unavailable or throttled',
      message: /is not currently available\.\s+Please retry the connection later|The service is currently busy|The service has encountered an error processing your request|Not enough resources to process request|\((?:40197|40501|40613|49918|49919|49920)\)|\b(?:error|msg|number|code)\b[\s:=#]*(?:40197|40501|40613|49918|49919|49920)\b/i,
      summary: 'Azure SQL database reconfiguring, busy or throttled',
      fix: 'Retry with backoff on a new connection (Azure moves or throttles databases briefly); if it persists, check the Azure status page or scale the tier.',
    },
    {
      id: 'sqlserver/deadlock',
      category: 'transient',
      cause: '1205 deadlock victim',
      message: /chosen as the deadlock victim|\(1205\)/i,
      summary: 'SQL Server chose the sync’s transaction as a deadlock victim',
      fix: 'Retry (the whole transaction); if it recurs, write rows in a consistent order or lower parallel writes to the same table.',
    },
    {
      id: 'sqlserver/duplicate-key',
      category: 'validation',
      cause: 'duplicate key (2627 / 2601)',
      message: /Cannot insert duplicate key(?: row)? in object '[^']+'|Violation of (?:PRIMARY|UNIQUE) KEY constraint/i,
      fieldFrom: /with unique index '([^']+)'|KEY constraint '([^']+)'/,
      summary: 'SQL Server: value already exists for unique key `{field}`',
      fix: 'Upsert (MERGE) on the key instead of inserting, or dedupe the source; retrying the same row fails again.',
    },
    {
      id: 'sqlserver/bad-value',
      category: 'validation',
      cause: 'value rejected',
      message: /Cannot insert the value NULL into column '[^']+'|String or binary data would be truncated|Conversion failed when converting|Arithmetic overflow error|Invalid column name '[^']+'|Invalid object name '[^']+'/i,
      fieldFrom: /into column '([^']+)'|, column '([^']+)'|Invalid column name '([^']+)'|Invalid object name '([^']+)'/,
      summary: 'SQL Server rejected the value of `{field}`',
      fix: 'Fix the source value (NULL, length, type) or the column / table in the mapping; retrying the same row fails again.',
    },
    {
      id: 'sqlserver/cannot-connect',
      category: 'outage',
      cause: 'could not connect to SQL Server',
      message: /^(?![\s\S]*\[08001\])[\s\S]*?(?:The TCP\/IP connection to the host [^\n]{1,120}?, port \d+ has failed|A network-related or instance-specific error (?:has )?occurred while establishing a connection to SQL Server|Server is not found or not accessible|Could not open a connection to SQL Server|Login timeout expired|Failed to connect to \S+:\d+|Adaptive Server is unavailable or does not exist|Adaptive Server connection failed)/i,
      summary: 'Could not connect to SQL Server (down, wrong host / port or blocked)',
      fix: 'Check the host, port and that SQL Server is up and reachable from the sync (firewall, Azure server firewall rules, TCP/IP enabled); resume when it answers.',
    },
  ],
};
