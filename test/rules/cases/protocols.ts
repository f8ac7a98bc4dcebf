import type { RuleCase } from '../rule-tester.js';

/**
 * Protocol families: RFC 6750 bearer challenges, SQLSTATE classes (PostgreSQL appendix A, as
 * node-postgres, psycopg, pgx, redshift_connector, JDBC, PDO, ODBC and MySQL print them), gRPC
 * status codes (grpc.github.io status-code guide, as Go, Python, Node and Java print them) and
 * RFC 9457 problem types naming an HTTP status section.
 */
const j = (o: object) => JSON.stringify(o);
/** A node-postgres error as a JSON logger serialises it. */
const pg = (code: string, message: string, more: object = {}) =>
  j({ level: 'error', msg: 'query failed', destination: 'warehouse', err: { name: 'error', severity: 'ERROR', code, message, ...more } });

export const bearerCases: RuleCase[] = [
  {
    line: 'ERROR GET https://api.acme.io/v2/contacts 401 www-authenticate: Bearer realm="acme", error="invalid_token", error_description="The access token expired"',
    category: 'auth',
    rule: 'bearer/invalid-token',
    note: 'RFC 6750 invalid_token challenge',
  },
  {
    line: 'ERROR GET https://api.example.com/v1/orgs/acme/members 403 WWW-Authenticate: Bearer realm="example", error="insufficient_scope", scope="read:org"',
    category: 'permissions',
    field: 'read:org',
    rule: 'bearer/insufficient-scope',
    note: 'the challenge names the scope it wants',
  },
  {
    line: 'ERROR POST https://api.example.com/v1/records 401 WWW-Authenticate: Bearer realm="example"',
    category: 'auth',
    cause: 'no credentials sent',
    rule: 'bearer/no-credentials',
    note: 'a challenge with no error code: no token reached the API (RFC 6750 §3.1)',
  },
  {
    line: j({ level: 'error', status: 403, error: 'insufficient_scope', error_description: 'The request requires higher privileges than provided by the access token.' }),
    category: 'permissions',
    rule: 'oauth/insufficient-scope',
    note: 'near miss: insufficient_scope with no challenge stays OAuth’s',
  },
];

export const sqlstateCases: RuleCase[] = [
  // ---- 28 invalid authorization
  {
    line: pg('28P01', 'password authentication failed for user "loader"', { severity: 'FATAL', routine: 'auth_failed' }),
    category: 'auth',
    cause: 'SQLSTATE 28P01 invalid authorization',
    rule: 'sqlstate/invalid-authorization',
    note: 'node-postgres code 28P01',
  },
  {
    line: 'failed to connect to `host=db.internal user=loader database=app`: failed SASL auth (FATAL: password authentication failed for user "loader" (SQLSTATE 28P01))',
    category: 'auth',
    rule: 'sqlstate/invalid-authorization-message',
    note: 'pgx prints the SQLSTATE in parentheses',
  },
  {
    line: "ERROR 1045 (28000): Access denied for user 'loader'@'10.0.0.5' (using password: YES)",
    category: 'auth',
    destination: 'mysql',
    rule: 'mysql/access-denied-message',
    note: 'MySQL prints the SQLSTATE after its own number, which names MySQL: its module decides before the SQLSTATE class',
  },
  {
    line: 'psycopg2.OperationalError: FATAL:  no pg_hba.conf entry for host "10.1.2.3", user "loader", database "app", SSL off',
    category: 'auth',
    destination: 'postgres',
    rule: 'sqlstate/invalid-authorization-message',
    note: 'pg_hba rejection is 28000',
  },
  {
    line: `pyodbc.InterfaceError: ('28000', "[28000] [Microsoft][ODBC Driver 17 for SQL Server][SQL Server]Login failed for user 'loader'. (18456) (SQLDriverConnect)")`,
    category: 'auth',
    rule: 'sqlstate/invalid-authorization-message',
    note: 'ODBC prints the SQLSTATE in brackets',
  },
  // ---- 42501 insufficient privilege
  {
    line: pg('42501', 'permission denied for table contacts'),
    category: 'permissions',
    field: 'contacts',
    rule: 'sqlstate/insufficient-privilege',
    note: 'node-postgres code 42501 names the table',
  },
  {
    line: 'psycopg2.errors.InsufficientPrivilege: permission denied for schema analytics',
    category: 'permissions',
    rule: 'sqlstate/insufficient-privilege-message',
    note: 'psycopg class name',
  },
  {
    line: "redshift_connector.error.ProgrammingError: {'S': 'ERROR', 'C': '42501', 'M': 'permission denied for relation events', 'F': '../src/pg/src/backend/catalog/aclchk.c', 'L': '2758', 'R': 'aclcheck_error'}",
    category: 'permissions',
    destination: 'redshift',
    rule: 'sqlstate/insufficient-privilege-message',
    note: 'redshift_connector prints the server fields as a dict (C = SQLSTATE)',
  },
  // ---- 53 insufficient resources
  {
    line: pg('53300', 'sorry, too many clients already', { severity: 'FATAL' }),
    category: 'transient',
    cause: 'SQLSTATE 53300 insufficient resources',
    rule: 'sqlstate/insufficient-resources',
    note: 'node-postgres code 53300',
  },
  {
    line: 'psycopg2.OperationalError: FATAL:  remaining connection slots are reserved for non-replication superuser connections',
    category: 'transient',
    rule: 'sqlstate/insufficient-resources-message',
    note: 'connection slots used up: clears as load drops',
  },
  {
    line: 'ERROR: could not extend file "base/16384/16397": No space left on device HINT: Check free disk space. (SQLSTATE 53100)',
    category: 'plan',
    rule: 'sqlstate/disk-full',
    note: '53100 disk full does not clear by retrying',
  },
  // ---- 08 connection exception
  {
    line: "pyodbc.OperationalError: ('08001', '[08001] [Microsoft][ODBC Driver 17 for SQL Server]Named Pipes Provider: Could not open a connection to SQL Server [53].  (53) (SQLDriverConnect)')",
    category: 'outage',
    rule: 'sqlstate/connection-unable',
    note: '08001: the client could not connect',
  },
  {
    line: 'SQLSTATE[08S01]: Communication link failure: 1053 Server shutdown in progress',
    category: 'transient',
    rule: 'sqlstate/connection-failure',
    note: 'PDO 08S01: the connection broke',
  },
  {
    line: 'com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure The last packet successfully received from the server was 47,013 milliseconds ago.',
    category: 'transient',
    rule: 'sqlstate/connection-failure',
    note: 'MySQL Connector/J wording for 08S01',
  },
  {
    line: 'ERROR loader: SQLState: 08004 FATAL: password authentication failed for user "etl"',
    category: 'auth',
    rule: 'http/auth-message',
    note: 'near miss: a connection-class state whose text is a bad password is auth',
  },
  // ---- 57 operator intervention
  {
    line: pg('57P01', 'terminating connection due to administrator command', { severity: 'FATAL' }),
    category: 'transient',
    cause: 'SQLSTATE 57P01 operator intervention',
    rule: 'sqlstate/operator-intervention',
    note: 'node-postgres code 57P01',
  },
  {
    line: "redshift_connector.error.ProgrammingError: {'S': 'FATAL', 'C': '57P01', 'M': 'terminating connection due to administrator command', 'F': 'postgres.c', 'L': '3149', 'R': 'ProcessInterrupts'}",
    category: 'transient',
    destination: 'redshift',
    note: 'admin shutdown on a Redshift line',
  },
  {
    line: 'psycopg2.OperationalError: FATAL:  the database system is starting up',
    category: 'transient',
    destination: 'postgres',
    rule: 'sqlstate/operator-intervention-message',
    note: '57P03 cannot connect now: the server is restarting',
  },
  {
    line: 'org.postgresql.util.PSQLException: FATAL: the database system is shutting down',
    category: 'outage',
    destination: 'postgres',
    rule: 'sqlstate/server-down-message',
    note: '57P03 cannot_connect_now while the server shuts down (postgresql.org errcodes appendix; the wording from postmaster.c)',
  },
  {
    line: pg('57P03', 'the database system is in recovery mode'),
    category: 'outage',
    rule: 'sqlstate/server-down',
    note: '57P03 during crash recovery: no connection until the server is consistent again',
  },
  {
    line: 'psycopg.errors.IdleInTransactionSessionTimeout: terminating connection due to idle-in-transaction timeout',
    category: 'transient',
    rule: 'sqlstate/operator-intervention-message',
    note: '25P03 idle_in_transaction_session_timeout (postgresql.org runtime-config-client): the server closed a connection left idle in a transaction; a new one works',
  },
  {
    line: 'psycopg2.errors.QueryCanceled: canceling statement due to statement timeout',
    category: 'transient',
    rule: 'sqlstate/operator-intervention-message',
    note: '57014 statement timeout',
  },
  // ---- 23 integrity constraint
  {
    line: pg('23505', 'duplicate key value violates unique constraint "contacts_email_key"', { detail: 'Key (email)=(ada@example.com) already exists.', constraint: 'contacts_email_key', table: 'contacts' }),
    category: 'validation',
    field: 'email',
    rule: 'sqlstate/unique-violation',
    note: 'node-postgres 23505 names the key column',
  },
  {
    line: 'psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "contacts_pkey" DETAIL:  Key (id)=(42) already exists.',
    category: 'validation',
    field: 'id',
    rule: 'sqlstate/unique-violation-message',
    note: 'psycopg UniqueViolation',
  },
  {
    line: pg('23502', 'null value in column "email" of relation "contacts" violates not-null constraint', { table: 'contacts' }),
    category: 'validation',
    field: 'email',
    rule: 'sqlstate/integrity-violation',
    note: '23502 not-null names the column',
  },
  {
    line: "SQLSTATE[23000]: Integrity constraint violation: 1048 Column 'email' cannot be null",
    category: 'validation',
    field: 'email',
    rule: 'mysql/bad-value-message',
    note: 'PDO / MySQL 23000',
  },
  {
    line: 'psycopg2.errors.ForeignKeyViolation: insert or update on table "orders" violates foreign key constraint "orders_customer_id_fkey" DETAIL:  Key (customer_id)=(981) is not present in table "customers".',
    category: 'validation',
    field: 'customer_id',
    rule: 'sqlstate/integrity-violation-message',
    note: 'a parent row not loaded yet',
  },
  // ---- 22 data exception
  {
    line: pg('22001', 'value too long for type character varying(64)'),
    category: 'validation',
    rule: 'sqlstate/data-exception',
    note: 'node-postgres 22001 string too long',
  },
  {
    line: "PDOException: SQLSTATE[22001]: String data, right truncated: 1406 Data too long for column 'name' at row 1",
    category: 'validation',
    field: 'name',
    destination: 'mysql',
    rule: 'mysql/bad-value-wording',
    note: 'MySQL’s own wording decides before the SQLSTATE class',
  },
  {
    line: 'psycopg2.errors.InvalidTextRepresentation: invalid input syntax for type integer: "N/A"',
    category: 'validation',
    rule: 'sqlstate/data-exception-message',
    note: '22P02 invalid text representation',
  },
  // ---- 40 transaction rollback
  {
    line: pg('40P01', 'deadlock detected', { detail: 'Process 4242 waits for ShareLock on transaction 99; blocked by process 4243.' }),
    category: 'transient',
    rule: 'sqlstate/transaction-rollback',
    note: 'node-postgres 40P01 deadlock',
  },
  {
    line: 'SQLSTATE[40001]: Serialization failure: 1213 Deadlock found when trying to get lock; try restarting transaction',
    category: 'transient',
    rule: 'mysql/lock-message',
    note: 'MySQL deadlock under 40001',
  },
  // ---- 42P01 / 42703 undefined object
  {
    line: pg('42703', 'column "phone_number" of relation "contacts" does not exist'),
    category: 'validation',
    field: 'phone_number',
    rule: 'sqlstate/undefined-object',
    note: 'node-postgres 42703 undefined column',
  },
  {
    line: 'psycopg2.errors.UndefinedColumn: column "phone_number" of relation "contacts" does not exist',
    category: 'validation',
    field: 'phone_number',
    rule: 'sqlstate/undefined-object-message',
    note: 'psycopg UndefinedColumn names the column',
  },
  // ---- near misses
  {
    line: j({ level: 'error', destination: 'acme', status: 401, error: { code: 40001, message: 'invalid credential' } }),
    category: 'auth',
    note: 'near miss: a vendor’s numeric code 40001 is no serialization failure',
  },
  {
    line: 'ERROR insert failed: duplicate key value violates unique constraint "users_email_key"',
    category: 'validation',
    rule: 'http/duplicate-message',
    note: 'near miss: the bare Postgres wording stays the generic duplicate',
  },
];

export const grpcCases: RuleCase[] = [
  {
    line: 'Error: 16 UNAUTHENTICATED: Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
    category: 'auth',
    rule: 'grpc/unauthenticated',
    note: 'grpc-js status 16',
  },
  {
    line: 'rpc error: code = PermissionDenied desc = The caller does not have permission',
    category: 'permissions',
    rule: 'grpc/permission-denied',
    note: 'Go status PermissionDenied',
  },
  {
    line: 'RuntimeError: Failed client connect: Server connection error: Status { code: PermissionDenied, message: "caller lacks the role for this collection", details: [], metadata: MetadataMap { headers: {} } }',
    category: 'permissions',
    rule: 'grpc/permission-denied',
    note: 'Rust tonic prints a status with Debug (Status { code: …, message: … }); clients built on a Rust core print it so',
  },
  {
    line: 'ERROR qdrant upsert failed: status: ResourceExhausted, message: "Rate limiting exceeded", details: [], metadata: MetadataMap { headers: {} }',
    category: 'transient',
    note: 'tonic’s Display form of a status (status: …, message: …)',
  },
  {
    line: 'rpc error: code = ResourceExhausted desc = grpc: received message larger than max (8653851 vs. 4194304)',
    category: 'validation',
    rule: 'grpc/message-too-large',
    note: 'RESOURCE_EXHAUSTED for an oversized message: the batch, not a quota',
  },
  {
    line: 'rpc error: code = ResourceExhausted desc = daily request quota exhausted for project acme',
    category: 'plan',
    rule: 'grpc/resource-exhausted-daily',
    note: 'RESOURCE_EXHAUSTED on a per-day quota',
  },
  {
    line: 'rpc error: code = ResourceExhausted desc = rate limit exceeded, retry in 1s',
    category: 'transient',
    rule: 'grpc/resource-exhausted',
    note: 'RESOURCE_EXHAUSTED on a short window',
  },
  {
    line: 'Error: 14 UNAVAILABLE: No connection established',
    category: 'transient',
    rule: 'grpc/unavailable',
    note: 'UNAVAILABLE: retry with backoff',
  },
  {
    line: '2026-03-04 12:00:00 ERROR destination=salesforce pubsub subscribe failed: io.grpc.StatusRuntimeException: DEADLINE_EXCEEDED: ClientCall started after CallOptions deadline was exceeded after 59.999s',
    category: 'transient',
    destination: 'salesforce',
    rule: 'grpc/deadline-exceeded',
    note: 'Java status on a non-Google line (Salesforce Pub/Sub API)',
  },
  {
    line: 'grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with: status = StatusCode.INTERNAL details = "Received RST_STREAM with error code 2" >',
    category: 'transient',
    rule: 'grpc/retryable',
    note: 'Python StatusCode.INTERNAL',
  },
  {
    line: 'rpc error: code = InvalidArgument desc = invalid field "email": value must be a valid email address',
    category: 'validation',
    rule: 'grpc/invalid-argument',
    note: 'Go InvalidArgument',
  },
  {
    line: 'Error: 14 UNAVAILABLE: No connection established. Last error: connect ECONNREFUSED 10.0.0.12:50051',
    category: 'outage',
    rule: 'network/connection-refused',
    note: 'near miss: UNAVAILABLE over a refused connection is the network pack’s outage',
  },
  {
    line: 'grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with: status = StatusCode.PERMISSION_DENIED details = "Permission denied on resource project acme.">',
    category: 'permissions',
    note: 'SCREAMING_SNAKE names are codes google.ts already decides',
  },
];

export const problemCases: RuleCase[] = [
  {
    line: j({ level: 'error', destination: 'partner_api', response: { type: 'https://tools.ietf.org/html/rfc9110#section-15.5.2', title: 'Unauthorized', status: 401, traceId: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00' } }),
    category: 'auth',
    rule: 'problem/unauthorized',
    note: 'ASP.NET Core problem type for 401',
  },
  {
    line: j({ level: 'error', destination: 'partner_api', response: { type: 'https://tools.ietf.org/html/rfc6585#section-4', title: 'Too Many Requests', status: 429, detail: 'Rate limit of 100 requests per minute exceeded.' } }),
    category: 'transient',
    rule: 'problem/too-many-requests',
    note: '429 per minute',
  },
  {
    line: j({ level: 'error', destination: 'partner_api', response: { type: 'https://tools.ietf.org/html/rfc6585#section-4', title: 'Too Many Requests', status: 429, detail: 'Daily quota of 10000 requests exceeded.' } }),
    category: 'plan',
    rule: 'problem/too-many-requests-daily',
    note: '429 on a daily quota',
  },
  {
    line: j({ level: 'error', destination: 'partner_api', response: { type: 'https://tools.ietf.org/html/rfc7231#section-6.6.1', title: 'An error occurred while processing your request.', status: 500, traceId: '|1f2e3d4c-4b1a8c2d.' } }),
    category: 'transient',
    rule: 'problem/server-error',
    note: 'ASP.NET Core 500',
  },
  {
    line: j({
      level: 'error',
      status: 404,
      body: {
        type: 'https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.5',
        title: 'Not Found',
        status: 404,
        'o:errorDetails': [{ detail: 'The record instance does not exist. Provide a valid record instance ID.', 'o:errorCode': 'NONEXISTENT_ID' }],
      },
    }),
    category: 'validation',
    destination: 'netsuite',
    rule: 'problem/not-found',
    note: 'NetSuite REST types its problems with RFC 2616 section URIs',
  },
  {
    line: j({ level: 'error', destination: 'partner_api', response: { type: 'https://tools.ietf.org/html/rfc9110#section-15.5.10', title: 'Conflict', status: 409, detail: 'A contact with this email already exists.' } }),
    category: 'validation',
    rule: 'problem/conflict',
    note: '409 problem',
  },
  {
    line: j({
      level: 'error',
      destination: 'partner_api',
      response: { type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1', title: 'One or more validation errors occurred.', status: 400, errors: { Email: ['The Email field is not a valid e-mail address.'] }, traceId: '00-abc-def-00' },
    }),
    category: 'validation',
    field: 'Email',
    rule: 'problem/bad-request',
    note: 'ASP.NET Core ValidationProblemDetails: errors keys are the fields',
  },
  {
    line: j({
      level: 'error',
      status: 400,
      body: {
        type: 'https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.1',
        title: 'Bad Request',
        status: 400,
        'o:errorDetails': [{ detail: 'Error while accessing a resource. You have entered an Invalid Field Value 99 for the following field: subsidiary', 'o:errorPath': 'subsidiary', 'o:errorCode': 'USER_ERROR' }],
      },
    }),
    category: 'validation',
    destination: 'netsuite',
    field: 'subsidiary',
    rule: 'netsuite/record-error',
    note: 'NetSuite REST 400 problem document: its o:errorCode and o:errorPath (NetSuite keys) say more than the problem type',
  },
  {
    line: j({ level: 'error', destination: 'partner_api', response: { type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1', title: 'Bad Request', status: 400, detail: 'Rate limit exceeded, retry after 30 seconds.' } }),
    category: 'transient',
    rule: 'http/rate-limit-message',
    note: 'near miss: a 400 problem whose detail is a rate limit is left to the message rules',
  },
  {
    line: j({ level: 'error', destination: 'partner_api', response: { type: 'https://tools.ietf.org/html/rfc9110#section-15.6.4', title: 'Service Unavailable', status: 503, detail: 'The service is down for scheduled maintenance.' } }),
    category: 'outage',
    note: 'near miss: a 503 problem saying maintenance is the destination being down',
  },
];

/** RFC 9457 problem details: errors[] with a URI-fragment JSON Pointer ("#/age"). */
export const problemPointerCases: RuleCase[] = [
  {
    line: "{\"ts\": \"2026-03-02T10:00:00Z\", \"level\": \"error\", \"destination\": \"billing-api\", \"status\": 422, \"body\": {\"type\": \"https://example.net/validation-error\", \"title\": \"Your request is not valid.\", \"errors\": [{\"detail\": \"must be a positive integer\", \"pointer\": \"#/age\"}]}}",
    category: "validation",
    field: "age",
    note: "RFC 9457 §3 example: \"#/age\" names the field",
  },
];
