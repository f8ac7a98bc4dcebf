import type { RuleCase } from '../rule-tester.js';

/**
 * Databricks as a sync meets it: REST bodies `{"error_code", "message"}` (and the SDK's exceptions
 * that print them), SQL errors `[ERROR_CLASS] message. SQLSTATE: …` through databricks-sql-connector,
 * dbt-databricks and dlt, the JDBC driver's `[Databricks][…](500593) Communication link failure`.
 * Sources: docs.databricks.com/api (error object), docs.databricks.com/error-messages (error classes),
 * databricks-sdk-py errors/platform.py, databricks-sql-python auth/retry.py; real lines in
 * databricks-sql-python #23 / #333, mosaicml/llm-foundry #1522, dlt-hub/dlt #2793,
 * estuary/connectors #1021, vdesabou/kafka-docker-playground #7716.
 */
const j = (o: unknown): string => JSON.stringify(o);
const HOST = 'https://dbc-a1b2c3d4-e5f6.cloud.databricks.com';

export const databricksCases: RuleCase[] = [
  // ---------------------------------------------------------------- credentials
  {
    line: j({ level: 'error', msg: 'run-now failed', url: `${HOST}/api/2.1/jobs/run-now`, status: 401, error_code: 'UNAUTHENTICATED', message: 'Credential was not sent or was of an unsupported type for this API.' }),
    category: 'auth',
    destination: 'databricks',
    rule: 'databricks/unauthenticated-code',
    note: 'REST error_code UNAUTHENTICATED on a workspace host (not Google’s, though the word is)',
  },
  {
    line: '2026-03-04T07:00:00Z ERROR databricks.sql.exc.RequestError: Error during request to server: Received 403 - FORBIDDEN. Confirm your authentication credentials.',
    category: 'auth',
    destination: 'databricks',
    rule: 'databricks/auth-rejected',
    note: 'near miss for a bare 403 (permissions): the connector says the credentials were refused',
  },
  {
    line: '[2026-04-26 19:07:58,467] ERROR [databricks-delta-lake-sink|task-0] WorkerSinkTask{id=databricks-delta-lake-sink-0} Task threw an uncaught and unrecoverable exception. org.apache.kafka.connect.errors.ConnectException: java.sql.SQLException: [Simba][SparkJDBCDriver](500593) Communication link failure. Failed to connect to server. Reason: HTTP Response code: 403, Error message: Unknown.',
    category: 'auth',
    destination: 'databricks',
    rule: 'databricks/auth-rejected',
    note: 'Confluent’s Delta Lake sink: the JDBC driver got 403 opening the session',
  },
  // ---------------------------------------------------------------- privileges
  {
    line: j({ level: 'error', msg: 'statement failed', host: 'adb-1234567890123456.7.azuredatabricks.net', error_code: 'PERMISSION_DENIED', message: "User 4412 does not have MODIFY on Table 'main.sales.orders'." }),
    category: 'permissions',
    destination: 'databricks',
    field: 'main.sales.orders',
    cause: 'PERMISSION_DENIED',
    rule: 'databricks/permission-denied-code',
    note: 'PERMISSION_DENIED names the table: the securable is the field',
  },
  {
    line: "databricks.sql.exc.ServerOperationError: [INSUFFICIENT_PERMISSIONS] Insufficient privileges: User does not have USE CATALOG on Catalog 'finetuning'. SQLSTATE: 42501",
    category: 'permissions',
    destination: 'databricks',
    field: 'finetuning',
    rule: 'databricks/permission-denied-code',
    note: 'the bracketed error class is a code',
  },
  {
    line: "2026-03-04T07:00:05Z ERROR dbt-databricks Runtime Error: User does not have USE SCHEMA on Schema 'main.analytics'.",
    category: 'permissions',
    destination: 'databricks',
    field: 'main.analytics',
    rule: 'databricks/insufficient-privileges',
    note: 'the privilege wording without its error class',
  },
  // ---------------------------------------------------------------- limits
  {
    line: j({ level: 'error', url: `${HOST}/api/2.1/jobs/create`, status: 400, error_code: 'QUOTA_EXCEEDED', message: 'The maximum number of jobs (12000) in this workspace has been reached.' }),
    category: 'plan',
    destination: 'databricks',
    rule: 'databricks/quota-exceeded-code',
    note: 'a workspace limit: plan',
  },
  {
    line: j({ level: 'error', url: `${HOST}/api/2.0/sql/statements`, status: 429, error_code: 'REQUEST_LIMIT_EXCEEDED', message: 'Your request was rejected since your organization has exceeded the rate limit. Please retry your request later.' }),
    category: 'transient',
    destination: 'databricks',
    cause: 'REQUEST_LIMIT_EXCEEDED',
    rule: 'databricks/rate-limited-code',
    note: 'REQUEST_LIMIT_EXCEEDED is a 429 here (Salesforce’s same word is a daily cap)',
  },
  {
    line: '2026-03-04T07:00:08Z ERROR databricks.sdk.errors.platform.TemporarilyUnavailable: TEMPORARILY_UNAVAILABLE: The service at /api/2.0/sql/statements is temporarily unavailable. Please try again later.',
    category: 'transient',
    destination: 'databricks',
    rule: 'databricks/unavailable-code',
    note: 'TEMPORARILY_UNAVAILABLE: Databricks’, not the OAuth error of the same name',
  },
  // ---------------------------------------------------------------- the mapping and the rows
  {
    line: 'databricks.sql.exc.ServerOperationError: [TABLE_OR_VIEW_NOT_FOUND] The table or view `main`.`sales`.`orderz` cannot be found. Verify the spelling and correctness of the schema and catalog. SQLSTATE: 42P01',
    category: 'validation',
    destination: 'databricks',
    field: 'orderz',
    rule: 'databricks/not-found-code',
    note: 'the error class decides before the generic 42P01 rule and names the table',
  },
  {
    line: '2026-03-04T07:00:10Z ERROR databricks.sql.exc.ServerOperationError: [UNRESOLVED_COLUMN.WITH_SUGGESTION] A column, variable, or function parameter with name `emial` cannot be resolved. Did you mean one of the following? [`email`, `id`]. SQLSTATE: 42703',
    category: 'validation',
    destination: 'databricks',
    field: 'emial',
    rule: 'databricks/not-found-code',
    note: 'the mapped column does not exist',
  },
  {
    line: "2026-06-20 10:00:00 ERROR dlt load to destination databricks failed: [DELTA_FAILED_TO_MERGE_FIELDS] Failed to merge fields 'entry_date' and 'entry_date'. The package is aborted and cannot be retried.",
    category: 'validation',
    destination: 'databricks',
    field: 'entry_date',
    rule: 'databricks/schema-mismatch-code',
    note: 'a type change of a column: the field named',
  },
  {
    line: 'transactor.Store: store: copying into to temporary table: databricks: execution error: failed to execute query: unexpected operation state ERROR_STATE: A schema mismatch detected when writing to the Delta table (Table ID: 5a80f00b-1321-4686-a285-b83e37a2c905).',
    category: 'validation',
    destination: 'databricks',
    rule: 'databricks/schema-mismatch',
    note: 'the schema mismatch wording without its error class',
  },
  {
    line: j({ level: 'error', url: `${HOST}/api/2.0/sql/statements`, status: 400, error_code: 'INVALID_PARAMETER_VALUE', message: 'warehouse_id 1a2b3c4d5e6f7a8b is not a valid SQL warehouse id' }),
    category: 'validation',
    destination: 'databricks',
    rule: 'databricks/invalid-request-code',
    note: 'a bad parameter in the connection',
  },
  // ---------------------------------------------------------------- connection
  {
    line: '2026-03-04T07:00:15Z ERROR DatabricksDeltaLakeSinkTask: [Databricks][DatabricksJDBCDriver](500593) Communication link failure. Failed to connect to server. Reason: HTTP Response code: 503, Error message: Unknown.',
    category: 'transient',
    destination: 'databricks',
    rule: 'databricks/warehouse-busy',
    note: '503 opening the session: a warehouse still starting',
  },
  {
    line: '2026-03-04T07:00:16Z ERROR [Databricks][DatabricksJDBCDriver](500593) Communication link failure. Failed to connect to server. Reason: java.net.UnknownHostException: dbc-a1b2c3d4-e5f6.cloud.databricks.com.',
    category: 'outage',
    destination: 'databricks',
    rule: 'databricks/cannot-connect',
    note: 'a transport failure, not an HTTP answer: outage',
  },
  {
    line: j({ level: 'error', url: 'https://sheets.googleapis.com/v4/spreadsheets/abc/values:append', status: 403, error: { code: 403, message: 'The caller does not have permission', status: 'PERMISSION_DENIED' } }),
    category: 'permissions',
    destination: 'google',
    note: 'near miss: PERMISSION_DENIED on a Google line stays Google’s',
  },
];
