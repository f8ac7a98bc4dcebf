import type { RuleCase } from '../rule-tester.js';

/**
 * Snowflake connector errors: server codes 39xxxx, connector codes 25xxxx, SQL codes with their
 * SQLSTATE, as public issues and connector sources print them.
 */
export const snowflakeCases: RuleCase[] = [
  {
    line: 'snowflake.connector.errors.ProgrammingError: 000666 (57014): Your account is suspended due to lack of payment method.',
    category: 'plan',
    rule: 'snowflake/account-suspended',
    destination: 'snowflake',
    note: '000666: an account suspended for payment is plan, whatever its SQLSTATE class (57) says',
  },
  {
    line: 'sqlalchemy.exc.ProgrammingError: (snowflake.connector.errors.ProgrammingError) 390114 (08001): None: Authentication token has expired.  The user must authenticate again.',
    category: 'auth',
    destination: 'snowflake',
    rule: 'snowflake/session-expired',
    note: '390114: the session’s master token lapsed',
  },
  {
    line: 'RubySnowflake::BadResponseError: Bad response! Got code: 401, w/ message {"code" : "390198", "message" : "Keypair access token expired. ...VUrmjSFgTw"}',
    category: 'auth',
    destination: 'snowflake',
    rule: 'snowflake/session-expired',
    note: '390198: an expired key-pair JWT (rb-snowflake-client#170)',
  },
  {
    line: 'snowflake.connector.errors.DatabaseError: 390100 (08004): Incorrect username or password was specified.',
    category: 'auth',
    rule: 'snowflake/bad-credentials',
    note: '390100 under SQLSTATE 08004: a login, not a connection failure',
  },
  {
    line: 'snowflake.connector.errors.DatabaseError: 250001 (08001): Failed to connect to DB: acme.snowflakecomputing.com:443. JWT token is invalid.',
    category: 'auth',
    rule: 'snowflake/bad-credentials',
    note: '390144 wording inside 250001',
  },
  {
    line: "snowflake.connector.errors.DatabaseError: 250001 (08001): Failed to connect to DB: acme.snowflakecomputing.com:443. Role 'LOADER' specified in the connect string is not granted to this user. Contact your local system administrator, or attempt to login with another role, e.g. PUBLIC.",
    category: 'permissions',
    rule: 'snowflake/role-not-granted',
    note: '390189 inside 250001',
  },
  {
    line: 'snowflake.connector.errors.DatabaseError: 250001 (08001): Failed to connect to DB: acme.snowflakecomputing.com:443. Incoming request with IP/Token 203.0.113.7 is not allowed to access Snowflake. Contact your account administrator.',
    category: 'permissions',
    rule: 'snowflake/network-policy',
    note: '390432 network policy',
  },
  {
    line: "snowflake.connector.errors.ProgrammingError: 000606 (57P03): No active warehouse selected in the current session.  Select an active warehouse with the 'use warehouse' command.",
    category: 'permissions',
    rule: 'snowflake/no-active-warehouse',
    note: '000606: no usable warehouse (unset, or no USAGE on it)',
  },
  {
    line: "snowflake.connector.errors.ProgrammingError: 000606 (57P03): Warehouse 'LOAD_WH' cannot be resumed because resource monitor 'MONTHLY_RM' has exceeded its quota.",
    category: 'plan',
    rule: 'snowflake/resource-monitor',
    note: 'same 000606, but a credit quota: plan',
  },
  {
    line: "snowflake.connector.errors.ProgrammingError: 003001 (42501): 01a2b3c4-0000-1111-0000-000123456789: SQL access control error: Insufficient privileges to operate on schema 'RAW'",
    category: 'permissions',
    rule: 'snowflake/insufficient-privileges',
    note: '003001 access control',
  },
  {
    line: 'snowflake.connector.errors.ProgrammingError: 000630 (57014): Statement reached its statement or warehouse timeout of 3600 second(s) and was canceled.',
    category: 'transient',
    rule: 'snowflake/statement-timeout',
    note: '000630 statement timeout',
  },
  {
    line: 'snowflake.connector.errors.OperationalError: 250003: Failed to get the response. Hanging? method: post, url: https://acme.snowflakecomputing.com:443/queries/v1/query-request?requestId=5f1e',
    category: 'transient',
    rule: 'snowflake/no-response',
    note: '250003: no response',
  },
  {
    line: "snowflake.connector.errors.ProgrammingError: 100038 (22018): Numeric value 'N/A' is not recognized",
    category: 'validation',
    rule: 'snowflake/invalid-value',
    note: '100038: a value the column type cannot take',
  },
  {
    line: 'ERROR tests/workflows/test_snowflake.py::test_etl - sqlalchemy.exc.DatabaseError: (snowflake.connector.errors.DatabaseError) 250001 (08001): Failed to connect to DB: acme.snowflakecomputing.com:443. Incorrect username or password was specified.',
    category: 'auth',
    note: 'near miss: 250001 with a bad password is auth, never the SQLSTATE 08001 connection outage',
  },
];

/** A connection refused because the trial ended. Source: docs.snowflake.com (trial accounts: warehouses suspended when the trial ends). */
export const snowflakeTrialCases: RuleCase[] = [
  {
    line: 'ERROR sync failed: 250001 (08001): Failed to connect to DB: acme.snowflakecomputing.com:443. Your free trial has ended and all of your virtual warehouses have been suspended.',
    category: 'plan',
    destination: 'snowflake',
    rule: 'snowflake/account-suspended',
    note: 'a connection failure whose words say the trial ended: plan, not outage',
  },
  {
    line: '2026-02-23 15:31:12 destination > INFO: I/O exception (java.net.SocketException) caught when processing request to {s}->https://gcpuscentral1-x1y2z3-stage.storage.googleapis.com:443: Broken pipe',
    category: 'transient',
    destination: 'snowflake',
    note: "Snowflake's internal stage bucket on Google Cloud: the connector's upload to Snowflake, not a GCS sync",
  },
  {
    line: 'ERROR PUT failed: Could not connect to the endpoint URL: "https://sfc-eu-ds1-customer-stage.s3.eu-west-1.amazonaws.com/abcd/stages/1/data.csv.gz"',
    category: 'outage',
    destination: 'snowflake',
    note: "the same on AWS (sfc-…-stage bucket); botocore's unreachable endpoint is an outage",
  },
];
