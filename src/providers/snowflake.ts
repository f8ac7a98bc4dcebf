import type { Provider } from './provider.js';

/**
 * Snowflake: the connectors raise `ProgrammingError` / `DatabaseError` with a six-digit code and
 * SQLSTATE in prose ("002003 (42S02): SQL compilation error: …"); the message decides. Server
 * codes 39xxxx are login/session errors (390100 bad password, 390114 session token expired, 390144
 * bad JWT, 390189 role not granted, 390432 network policy), 25xxxx the connector's own (250001
 * could not connect, whatever the cause it appends; 250003 no response), 000606 a session with no
 * usable warehouse (or one a resource monitor suspended), 003001 access control.
 * Sources: docs.snowflake.com access-control overview (an object a role has no privilege on is not
 * visible to it), resource monitors (a suspended warehouse cannot resume until the quota resets or
 * is raised), key-pair and session-policy docs; the Python connector's errorcode.py (ER_FAILED_TO_
 * CONNECT_TO_DB 250001, ER_FAILED_TO_REQUEST 250003) and network.py (MASTER_TOKEN_EXPIRED 390114);
 * the connectors' error texts in public issues (390114, 390198 keypair token expired, 000606 with
 * "resource monitor … has exceeded its quota").
 */
const S = ['snowflake'];

export const provider: Provider = {
  name: 'snowflake',
  display: 'Snowflake',
  // The connectors print every error as a six-digit code and its SQLSTATE ("100035 (22007): …",
  // "390114 (08001): …"); no other database's driver writes that shape (MySQL's codes have four
  // digits, Db2 and Oracle spell theirs out).
  // COPY INTO's load errors end with advice on the ON_ERROR option and name the column as `"TABLE"["COLUMN":n]`.
  // Its internal stages are cloud buckets it names itself (SYSTEM$ALLOWLIST's STAGE hosts):
  // `sfc-…-stage.s3.amazonaws.com` on AWS, `gcp<region>-…-stage.storage.googleapis.com` on Google
  // Cloud. A PUT or COPY failing there is the connector's call to Snowflake, not to S3 or GCS.
  hints: ['sfc-[a-z0-9-]{1,60}-stage\\.s3[\\w.-]{0,40}\\.amazonaws\\.com', 'gcp[a-z0-9]{2,30}-[a-z0-9-]{1,40}-stage\\.storage\\.googleapis\\.com', 'snowflakecomputing\\.com', 'snowflake', '\\d{6} \\([0-9A-Z]{5}\\):', "for the ON_ERROR option", 'Row \\d+, column "[^"]{1,200}"\\["'],
  rank: 100,
  links: {
    auth: 'https://docs.snowflake.com/en/user-guide/admin-user-management',
    permissions: 'https://docs.snowflake.com/en/user-guide/security-access-control-overview',
    plan: 'https://docs.snowflake.com/en/user-guide/resource-monitors',
    outage: 'https://status.snowflake.com',
    transient: 'https://status.snowflake.com',
  },
  rules: [
    // 002003 is one answer for "no such object" and "your role may not see it": Snowflake does not
    // tell a role that an object it has no privilege on exists. A sync that ran before, or whose
    // SQL it did not write, is most often on the wrong role, warehouse or context: permissions
    // first; the fix names the typo case too.
    {
      id: 'snowflake/does-not-exist-or-not-authorized',
      category: 'permissions',
      cause: '002003 does not exist or not authorized',
      message: /\bdoes not exist or not authori[sz]ed\b/i,
      link: 'https://docs.snowflake.com/en/user-guide/security-access-control-overview',
      summary: 'Snowflake object not visible to the connection’s role (missing grant, wrong role or context, or a wrong name)',
      fix: 'Check the role, database and schema the connection uses and grant that role USAGE on the database and schema and the privilege on the object; if the role does see it, fix the object name (quoting, case, qualification).',
    },
    // 390114: the session's master token lapsed (about 4 hours idle); 390198: a key-pair JWT expired.
    {
      id: 'snowflake/session-expired',
      category: 'auth',
      cause: '390114 authentication token expired',
      message: /\b390114\b|Authentication token has expired\.?\s+The user must authenticate again|\b390198\b|Keypair access token expired/i,
      summary: 'Snowflake session token expired',
      fix: 'Reconnect (a new session); for long-lived workers set client_session_keep_alive or recreate the connection on 390114. Pause the sync if new logins fail too.',
    },
    {
      id: 'snowflake/bad-credentials',
      category: 'auth',
      cause: 'login rejected',
      message: /\b390100 \(08004\)|\b390144\b|JWT token is invalid|Your user account has been temporarily locked|User temporarily locked/i,
      summary: 'Snowflake rejected the login (password, key pair or locked user)',
      fix: 'Fix the user’s password or the key pair registered on the user (RSA_PUBLIC_KEY, its fingerprint), or unlock the user; pause the sync until then.',
    },
    {
      id: 'snowflake/role-not-granted',
      category: 'permissions',
      cause: '390189 role not granted',
      message: /\b390189\b|Role '[^']+' specified in the connect string is not granted to this user/i,
      summary: 'Snowflake role in the connection is not granted to its user',
      fix: 'GRANT ROLE <role> TO USER <user>, or connect with a role the user has.',
    },
    {
      id: 'snowflake/network-policy',
      category: 'permissions',
      cause: '390432 network policy',
      message: /\b390432\b|is not allowed to access Snowflake/i,
      summary: 'Snowflake network policy rejects the sync’s IP address',
      fix: 'Add the sync’s egress IP addresses to the network policy of the account or user.',
    },
    // A resource monitor suspended the warehouse: no query runs until the credit quota resets.
    {
      id: 'snowflake/resource-monitor',
      category: 'plan',
      cause: 'resource monitor quota exceeded',
      message: /cannot be resumed because resource monitor (?:'[^']*' )?has exceeded its quota/i,
      summary: 'Snowflake warehouse suspended by a resource monitor (credit quota used up)',
      fix: 'Raise the resource monitor’s credit quota or wait for its interval to reset; pause the sync until then.',
    },
    // 000666 (57014): the account is suspended (a trial that ended, no payment method): its SQLSTATE
    // class says "operator intervention", but nothing runs again until billing is fixed.
    {
      id: 'snowflake/account-suspended',
      category: 'plan',
      cause: '000666 account suspended',
      message: /\b000666\b|Your account is suspended\b|\bYour free trial has ended\b/i,
      summary: 'Snowflake account suspended (trial ended or no payment method)',
      fix: 'Add a payment method or renew the Snowflake contract; pause the sync until the account is active.',
    },
    {
      id: 'snowflake/no-active-warehouse',
      category: 'permissions',
      cause: '000606 no active warehouse',
      message: /\b000606\b|No active warehouse selected in the current session|This session does not have a current (?:database|schema)/i,
      summary: 'Snowflake session has no usable warehouse, database or schema',
      fix: 'Set the warehouse (and database / schema) in the connection or as the user’s defaults, and grant the role USAGE on them; a role without USAGE leaves the session without one.',
    },
    {
      id: 'snowflake/insufficient-privileges',
      category: 'permissions',
      cause: '003001 insufficient privileges',
      // "Schema 'PUBLIC' already exists, but current role has no privileges on it" (a CREATE
      // SCHEMA IF NOT EXISTS by a role without USAGE): a privilege, not a duplicate.
      message: /\b003001 \(42501\)|SQL access control error|Insufficient privileges to operate on|\bcurrent role has no privileges on it\b/i,
      summary: 'Snowflake role lacks a privilege for this statement',
      fix: 'Grant the connection’s role the privilege the message names (e.g. CREATE TABLE on the schema, INSERT on the table); keep syncing other tables.',
    },
    {
      id: 'snowflake/statement-timeout',
      category: 'transient',
      cause: '000630 statement timeout',
      message: /\b000630\b|reached its statement or warehouse timeout/i,
      summary: 'Snowflake statement hit its timeout',
      fix: 'Retried; if it recurs, raise STATEMENT_TIMEOUT_IN_SECONDS for the user or warehouse, or size the warehouse up.',
    },
    {
      id: 'snowflake/no-response',
      category: 'transient',
      cause: '250003 no response',
      message: /\b250003\b|Failed to get the response\. Hanging\?|\b000603\b.{0,20}SQL execution internal error/i,
      summary: 'Snowflake did not answer the request (connector timeout or internal error)',
      fix: 'Retry with backoff; check status.snowflake.com if it persists.',
    },
    // Values a column cannot take: "100038 (22018): Numeric value 'abc' is not recognized",
    // "100074 (22000): String '…' is too long and would be truncated".
    {
      id: 'snowflake/invalid-value',
      category: 'validation',
      cause: 'value not accepted',
      message: /\b1000\d\d \(22\w{3}\)|value '[^']*' is not recognized|is too long and would be truncated|NULL result in a non-nullable column/i,
      fieldFrom: /column "[^"]{1,200}"\["([^"]{1,128})":\d{1,5}\]|column "?([\w$]+)"?|for column '?([\w$]+)'?/i,
      destination: S,
      summary: 'Snowflake could not store a value (type, length or NOT NULL)',
      fix: 'Fix the source value or widen the column type; the sample names the value.',
    },
  ],
};
