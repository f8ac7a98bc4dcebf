import type { Provider } from './provider.js';

/**
 * Databricks (SQL warehouses, clusters, Unity Catalog, Delta tables; workspaces on
 * `*.cloud.databricks.com`, `*.azuredatabricks.net`, `*.gcp.databricks.com`) as a sync destination or
 * source. Three shapes reach a sync log:
 * - REST API bodies `{"error_code": "PERMISSION_DENIED", "message": "…"}` (the Databricks SDKs raise
 *   them as `databricks.sdk.errors.platform.PermissionDenied` and friends): the error_code decides.
 * - SQL errors through databricks-sql-connector (`databricks.sql.exc.ServerOperationError`), the
 *   JDBC / ODBC drivers and Spark: `[ERROR_CLASS] message. SQLSTATE: 42501`. The bracketed error class
 *   is read as a code; the printed SQLSTATE alone is the generic rules' (src/rules/generic/protocols.ts).
 * - The drivers' transport errors: databricks-sql-connector "Received 401 - UNAUTHORIZED. Confirm your
 *   authentication credentials." (it never retries 401 / 403, and 403 means a rejected token as
 *   often as a missing warehouse permission), Simba-based JDBC "[Databricks][JDBC](500593)
 *   Communication link failure. Failed to connect to server. Reason: HTTP Response code: 403 …".
 * The error codes are Google-style words other APIs send too: they decide only lines known to be
 * Databricks'.
 * - UNAUTHENTICATED, "Invalid access token", the drivers' 401 / 403 at connect: auth.
 * - PERMISSION_DENIED, [INSUFFICIENT_PERMISSIONS] "User does not have USE CATALOG on Catalog 'x'":
 *   permissions, the securable named.
 * - QUOTA_EXCEEDED (a workspace resource limit: jobs, clusters, endpoints): plan.
 * - REQUEST_LIMIT_EXCEEDED, RESOURCE_EXHAUSTED, TOO_MANY_REQUESTS (HTTP 429; the SDK files them
 *   under TooManyRequests), TEMPORARILY_UNAVAILABLE, DEADLINE_EXCEEDED and the drivers' HTTP 429 /
 *   502 / 503 / 504 at connect (a warehouse still starting): transient.
 * - RESOURCE_DOES_NOT_EXIST, TABLE_OR_VIEW_NOT_FOUND, SCHEMA_NOT_FOUND, UNRESOLVED_COLUMN,
 *   INVALID_PARAMETER_VALUE / MALFORMED_REQUEST and the Delta write errors (DELTA_FAILED_TO_MERGE_FIELDS,
 *   DELTA_METADATA_MISMATCH "A schema mismatch detected when writing to the Delta table",
 *   DELTA_NOT_NULL_CONSTRAINT_VIOLATED, CAST_INVALID_INPUT…): validation, the table or column named.
 * - The drivers' "Failed to connect to server" for a transport reason (unknown host, refused,
 *   timed out): outage.
 * Sources: docs.databricks.com/api (the error object and its error_code values), the error
 * classes reference (docs.databricks.com/error-messages: DELTA_METADATA_MISMATCH, INSUFFICIENT_
 * PERMISSIONS, TABLE_OR_VIEW_NOT_FOUND, UNRESOLVED_COLUMN), Databricks resource limits;
 * databricks/databricks-sdk-py errors/platform.py (code → class), databricks/databricks-sql-python
 * auth/retry.py (401 / 403 messages); real lines in databricks-sql-python #23, #333, #372,
 * databricks/dbt-databricks #838, mosaicml/llm-foundry #1522, dlt-hub/dlt #2793,
 * estuary/connectors #1021, vdesabou/kafka-docker-playground #7716 (JDBC 500593, HTTP 403).
 */
const B = ['databricks'];

/** The securable an [INSUFFICIENT_PERMISSIONS] message names: "on Table 'main.sales.orders'". */
const SECURABLE = /on (?:Catalog|Schema|Table|View|Volume|Function|External Location|Storage Credential|Model) '?`?([^'`\s]+)`?'?/i;
/** The table or column a Delta / analysis error names. */
const NAMED =
  /table or view (?:`[^`]+`\.)*`([^`]+)` cannot be found|with name `([^`]+)` cannot be resolved|Failed to merge fields '([^']+)'|NOT NULL constraint violated for column: ([\w.]+)|Column ([\w.]+) is not specified in INSERT|schema (?:`[^`]+`\.)*`([^`]+)` cannot be found/i;

export const provider: Provider = {
  name: 'databricks',
  display: 'Databricks',
  aliases: ['databrickssql', 'azuredatabricks'],
  // Workspace hosts, the connectors and SDKs (databricks-sql-connector, databricks-sdk, dbt-databricks,
  // the JDBC / ODBC drivers and their Simba prefix, Spark's com.databricks classes, Confluent's
  // Databricks Delta Lake sink, Airbyte's destination-databricks) through the word itself, and the
  // SQL warehouse HTTP path.
  hints: [
    '[\\w-]+\\.cloud\\.databricks\\.com',
    '[\\w.-]+\\.azuredatabricks\\.net',
    '[\\w-]+\\.gcp\\.databricks\\.com',
    'Databricks\\w*(?:Error|Exception)',
    'databricks',
    'jdbc:databricks',
    '\\[Simba\\]\\[Spark\\w*Driver\\]',
    '/sql/1\\.0/warehouses/\\w+',
  ],
  links: {
    auth: 'https://docs.databricks.com/en/dev-tools/auth/index.html',
    permissions: 'https://docs.databricks.com/en/data-governance/unity-catalog/manage-privileges/index.html',
    plan: 'https://docs.databricks.com/en/resources/limits.html',
    validation: 'https://docs.databricks.com/en/error-messages/index.html',
    transient: 'https://docs.databricks.com/en/resources/limits.html',
    outage: 'https://status.databricks.com',
  },
  rules: [
    // ---------------------------------------------------------------- error_code / error class
    {
      id: 'databricks/unauthenticated-code',
      category: 'auth',
      cause: 'UNAUTHENTICATED',
      code: ['UNAUTHENTICATED', 'CUSTOMER_UNAUTHORIZED'],
      destination: B,
      summary: 'Databricks rejected the credentials (token expired, revoked or of the wrong workspace)',
      fix: 'Create a new personal access token or fix the service principal’s OAuth secret, and update the connection; pause the sync until then.',
    },
    {
      id: 'databricks/permission-denied-code',
      category: 'permissions',
      cause: '{code}',
      code: ['PERMISSION_DENIED', 'INSUFFICIENT_PERMISSIONS'],
      destination: B,
      fieldFrom: SECURABLE,
      summary: 'Databricks principal lacks a privilege on `{field}` ({code})',
      fix: 'GRANT the connection’s user or service principal the privilege the message names (USE CATALOG, USE SCHEMA, MODIFY / SELECT on the table, CAN USE on the warehouse); keep syncing other tables.',
    },
    {
      id: 'databricks/quota-exceeded-code',
      category: 'plan',
      cause: 'QUOTA_EXCEEDED',
      code: ['QUOTA_EXCEEDED'],
      destination: B,
      summary: 'Databricks workspace resource limit reached (QUOTA_EXCEEDED)',
      fix: 'Free the resource the message names (old jobs, clusters, endpoints) or ask Databricks to raise the workspace limit; retrying does not lift it.',
    },
    {
      id: 'databricks/rate-limited-code',
      category: 'transient',
      cause: '{code}',
      code: ['REQUEST_LIMIT_EXCEEDED', 'RESOURCE_EXHAUSTED', 'TOO_MANY_REQUESTS'],
      destination: B,
      summary: 'Databricks rate limit ({code})',
      fix: 'Retry with backoff (honour Retry-After); lower the sync’s request rate or concurrency if it persists.',
    },
    {
      id: 'databricks/unavailable-code',
      category: 'transient',
      cause: '{code}',
      code: ['TEMPORARILY_UNAVAILABLE', 'DEADLINE_EXCEEDED'],
      destination: B,
      summary: 'Databricks service temporarily unavailable ({code})',
      fix: 'Retry with backoff; check status.databricks.com if it persists for the whole run.',
    },
    {
      id: 'databricks/not-found-code',
      category: 'validation',
      cause: '{code}',
      code: ['TABLE_OR_VIEW_NOT_FOUND', 'SCHEMA_NOT_FOUND', 'UNRESOLVED_COLUMN', 'RESOURCE_DOES_NOT_EXIST', 'CATALOG_DOES_NOT_EXIST', 'NO_SUCH_CATALOG_EXCEPTION'],
      destination: B,
      fieldFrom: NAMED,
      summary: 'Databricks: `{field}` does not exist ({code})',
      fix: 'Fix the catalog, schema, table or column in the mapping (three-part names, backticks, case) or create it; if it exists, check the principal may see it.',
    },
    {
      id: 'databricks/schema-mismatch-code',
      category: 'validation',
      cause: '{code}',
      code: [
        'DELTA_FAILED_TO_MERGE_FIELDS',
        'DELTA_METADATA_MISMATCH',
        'DELTA_NOT_NULL_CONSTRAINT_VIOLATED',
        'DELTA_MISSING_NOT_NULL_COLUMN_VALUE',
        'DELTA_INVALID_CHARACTERS_IN_COLUMN_NAMES',
        'DELTA_VIOLATE_CONSTRAINT_WITH_VALUES',
        'INCOMPATIBLE_DATA_FOR_TABLE',
        'CAST_INVALID_INPUT',
      ],
      destination: B,
      fieldFrom: NAMED,
      summary: 'Databricks rejected the write: data does not fit the Delta table (`{field}`, {code})',
      fix: 'Align the source schema with the table (types, NOT NULL columns, new columns: enable mergeSchema or ALTER TABLE), or fix the value; retrying the same rows fails again.',
    },
    {
      id: 'databricks/invalid-request-code',
      category: 'validation',
      cause: '{code}',
      code: ['INVALID_PARAMETER_VALUE', 'MALFORMED_REQUEST', 'BAD_REQUEST', 'INVALID_STATE'],
      destination: B,
      summary: 'Databricks rejected the request ({code})',
      fix: 'Fix the parameter the message names in the connection or mapping (warehouse id, catalog, statement, option); retrying the same request fails again.',
    },
    // ---------------------------------------------------------------- wording (connectors, JDBC, Spark)
    {
      id: 'databricks/auth-rejected',
      category: 'auth',
      cause: 'credentials rejected',
      message: /Invalid access token|Received 40[13] - (?:UNAUTHORIZED|FORBIDDEN)\. Confirm your authentication credentials|Failed to connect to server\. Reason: HTTP Response code: 40[13]\b/i,
      destination: B,
      summary: 'Databricks rejected the credentials (token expired, revoked, or not allowed on this workspace or warehouse)',
      fix: 'Create a new token (or fix the service principal’s secret) and update the connection; if the token is valid, grant it CAN USE on the SQL warehouse. Pause the sync until then.',
    },
    {
      id: 'databricks/insufficient-privileges',
      category: 'permissions',
      cause: 'INSUFFICIENT_PERMISSIONS',
      message: /User does not have [\w ]+? on (?:Catalog|Schema|Table|View|Volume|Function|External Location)\b|does not have permission to use the SQL Warehouse/i,
      destination: B,
      fieldFrom: SECURABLE,
      summary: 'Databricks principal lacks a privilege on `{field}`',
      fix: 'GRANT the connection’s user or service principal the privilege the message names (USE CATALOG, USE SCHEMA, MODIFY / SELECT on the table, CAN USE on the warehouse); keep syncing other tables.',
    },
    {
      id: 'databricks/schema-mismatch',
      category: 'validation',
      cause: 'Delta schema mismatch',
      message: /A schema mismatch detected when writing to the Delta table|Failed to merge fields '[^']+'|Failed to merge incompatible data types/i,
      destination: B,
      fieldFrom: NAMED,
      summary: 'Databricks rejected the write: schema does not match the Delta table',
      fix: 'Align the source schema with the table (types, new columns: enable mergeSchema or ALTER TABLE); retrying the same rows fails again.',
    },
    {
      id: 'databricks/warehouse-busy',
      category: 'transient',
      cause: 'warehouse starting or busy',
      message: /Failed to connect to server\. Reason: HTTP Response code: (?:429|502|503|504)\b/i,
      destination: B,
      summary: 'Databricks SQL warehouse starting, scaling or busy (HTTP 429 / 5xx at connect)',
      fix: 'Retry with backoff (a stopped warehouse takes a few minutes to start); if it persists, check the warehouse and status.databricks.com.',
    },
    {
      id: 'databricks/cannot-connect',
      category: 'outage',
      cause: 'could not connect to Databricks',
      message: /Failed to connect to server\. Reason: (?!HTTP Response code)/i,
      destination: B,
      summary: 'Could not connect to the Databricks workspace (host unknown, refused or timed out)',
      fix: 'Check the workspace host and HTTP path in the connection and the network path from the sync (private link, proxy, firewall); check status.databricks.com; resume when it answers.',
    },
  ],
};
