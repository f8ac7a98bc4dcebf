import type { RuleCase } from '../rule-tester.js';

/**
 * SQL Server / Azure SQL as drivers print the engine's errors: pyodbc `('SQLSTATE', "[…][ODBC
 * Driver 17 for SQL Server][SQL Server]<message> (<number>) (SQLExecDirectW)")`, mssql-jdbc
 * `SQLServerException`, tedious `RequestError` objects, sqlcmd.
 * Sources: learn.microsoft.com database-engine-events-and-errors (18456, 229, 515, 1205, 2627,
 * 2628), Azure SQL troubleshoot-common-errors-issues (40613, 40544); pyodbc #517, dbeaver #18108.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const sqlserverCases: RuleCase[] = [
  {
    line: "com.microsoft.sqlserver.jdbc.SQLServerException: Login failed for user 'loader'. ClientConnectionId:6c1b7e2a-4f0d-4b1e-9a51-3f2d7c9e0b11",
    category: 'auth',
    destination: 'sqlserver',
    rule: 'sqlserver/login-failed',
    note: '18456 through mssql-jdbc (ODBC lines with [28000] are the generic SQLSTATE rule’s, same answer)',
  },
  {
    line: "com.microsoft.sqlserver.jdbc.SQLServerException: The INSERT permission was denied on the object 'orders', database 'sales', schema 'dbo'.",
    category: 'permissions',
    destination: 'sqlserver',
    field: 'orders',
    rule: 'sqlserver/permission-denied',
    note: '229: a GRANT is missing; the JDBC exception class names SQL Server',
  },
  {
    line: 'pyodbc.ProgrammingError: (\'42000\', "[42000] [Microsoft][ODBC Driver 18 for SQL Server][SQL Server]The database has reached its size quota. Partition or delete data, drop indexes, or consult the documentation for possible resolutions. (40544) (SQLExecDirectW)")',
    category: 'plan',
    rule: 'sqlserver/size-quota',
    note: 'Azure SQL 40544: the tier’s max size, not a retry',
  },
  {
    line: 'pyodbc.OperationalError: (\'HY000\', "[HY000] [Microsoft][ODBC Driver 18 for SQL Server][SQL Server]Database \'sqldb-prod\' on server \'acme-sql\' is not currently available. Please retry the connection later. If the problem persists, contact customer support, and provide them the session tracing ID of \'1F2E3D4C-0000-0000-0000-000000000000\'. (40613) (SQLDriverConnect)")',
    category: 'transient',
    rule: 'sqlserver/azure-busy',
    note: 'Azure SQL 40613: database moving or reconfiguring, retry',
  },
  {
    line: 'com.microsoft.sqlserver.jdbc.SQLServerException: Transaction (Process ID 73) was deadlocked on lock resources with another process and has been chosen as the deadlock victim. Rerun the transaction.',
    category: 'transient',
    rule: 'sqlserver/deadlock',
    note: '1205 deadlock victim: rerun the transaction',
  },
  {
    line: j({ level: 'error', msg: 'insert failed', host: 'acme.database.windows.net', err: { name: 'RequestError', code: 'EREQUEST', number: 2627, message: "Violation of PRIMARY KEY constraint 'PK_orders'. Cannot insert duplicate key in object 'dbo.orders'. The duplicate key value is (1042)." } }),
    category: 'validation',
    destination: 'sqlserver',
    field: 'PK_orders',
    rule: 'sqlserver/duplicate-key',
    note: 'tedious RequestError 2627; only the Azure SQL host names the provider',
  },
  {
    line: 'pyodbc.IntegrityError: (\'23000\', "[23000] [Microsoft][ODBC Driver 17 for SQL Server][SQL Server]Cannot insert the value NULL into column \'email\', table \'crm.dbo.contacts\'; column does not allow nulls. INSERT fails. (515) (SQLExecDirectW)")',
    category: 'validation',
    field: 'email',
    rule: 'sqlserver/bad-value',
    note: '515 NOT NULL column named',
  },
  {
    line: 'pyodbc.DataError: (\'22001\', "[22001] [Microsoft][ODBC Driver 17 for SQL Server][SQL Server]String or binary data would be truncated in table \'crm.dbo.contacts\', column \'phone\'. Truncated value: \'+1 555 0100 ext\'. (2628) (SQLExecDirectW)")',
    category: 'validation',
    field: 'phone',
    rule: 'sqlserver/bad-value',
    note: '2628 names the column that is too short',
  },
  {
    line: 'com.microsoft.sqlserver.jdbc.SQLServerException: The TCP/IP connection to the host sql01.internal, port 1433 has failed. Error: "connect timed out. Verify the connection properties. Make sure that an instance of SQL Server is running on the host and accepting TCP/IP connections at the port. Make sure that TCP connections to the port are not blocked by a firewall.".',
    category: 'outage',
    destination: 'sqlserver',
    rule: 'sqlserver/cannot-connect',
    note: 'never connected: server down, wrong port or firewall',
  },
  {
    line: "_mssql.MSSQLDatabaseException: (20009, b'DB-Lib error message 20009, severity 9:\\nUnable to connect: Adaptive Server is unavailable or does not exist (sql01.example.net)\\n')",
    category: 'outage',
    destination: 'sqlserver',
    rule: 'sqlserver/cannot-connect',
    note: 'pymssql over FreeTDS: DB-Lib 20009, no server answered (pymssql FAQ "Unable to connect: Adaptive Server is unavailable")',
  },
  {
    line: 'Sqlcmd: Error: Microsoft ODBC Driver 17 for SQL Server : Login timeout expired.',
    category: 'outage',
    rule: 'sqlserver/cannot-connect',
    note: 'HYT00 login timeout: no server answered within the login timeout (not a bad password)',
  },
];

/** Azure SQL's 40613 as SqlClient prints it, two spaces after each sentence. Source: learn.microsoft.com azure-sql troubleshoot-common-errors-issues (40613). */
export const azureSqlSpacingCases: RuleCase[] = [
  {
    line: "Microsoft.Data.SqlClient.SqlException (0x80131904): Database 'orders' on server 'acme.database.windows.net' is not currently available.  Please retry the connection later.  If the problem persists, contact customer support.",
    category: 'transient',
    rule: 'sqlserver/azure-busy',
    note: 'the service writes two spaces between sentences',
  },
];
