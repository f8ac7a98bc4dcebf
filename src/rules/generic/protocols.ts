import type { Rule, RulePack } from '../rule.js';

/**
 * Protocol-level families every provider speaks, as generic packs: RFC 6750 bearer challenges
 * (`bearer`), SQLSTATE classes of warehouse and database loaders (`sqlstate`), gRPC status names
 * (`grpc`) and RFC 9457 problem documents whose `type` names an HTTP status (`problem`).
 * What they add over the other generic packs, and what they leave to them:
 * - bearer: the oauth pack already decides `invalid_token` / `insufficient_scope` wherever they
 *   are written; a `WWW-Authenticate` challenge adds the scope it asks for, and a challenge with no
 *   error code means no credentials were sent (RFC 6750 §3.1). Tried before oauth.
 * - grpc: google.ts decides the SCREAMING_SNAKE names extract finds as codes (PERMISSION_DENIED,
 *   RESOURCE_EXHAUSTED…) on lines that name no other provider; this pack reads the names as the
 *   gRPC libraries print them (Go `code = Unavailable`, Python `StatusCode.UNAVAILABLE`, Node
 *   `14 UNAVAILABLE:`, Java `io.grpc.StatusRuntimeException: UNAVAILABLE`), including the one-word
 *   names no code pattern catches. Tried after the network pack: a refused connection under
 *   UNAVAILABLE is an outage, as the network pack says.
 * - problem: extract already reads `type` and `title` as codes, `status` and `detail`; this pack
 *   maps the standard status-section type URIs (ASP.NET Core, NetSuite REST…) to their status,
 *   which also decides documents whose line carries no HTTP status of its own. Tried before oauth:
 *   a document titled "Unauthorized" is its type's, and a 4xx whose detail names a grant, token,
 *   permission or rate limit is left to the rules that read that.
 * Sources: RFC 6750 §3 and §3.1; PostgreSQL docs Appendix A (SQLSTATE classes 08, 22, 23, 28, 40,
 * 42, 53, 57), MySQL / Snowflake / Redshift error texts that print the SQLSTATE; grpc.github.io
 * grpc/docs/guides/status-codes (and its retry guidance); RFC 9457 §3.1 and the status sections of
 * RFC 9110 / 7231 / 7235 / 6585 / 4918 / 2616.
 */

// ============================================================================ RFC 6750

const RFC6750 = 'https://www.rfc-editor.org/rfc/rfc6750#section-3.1';

export const bearer: RulePack = {
  name: 'bearer',
  rules: [
    {
      id: 'bearer/invalid-token',
      category: 'auth',
      cause: 'invalid_token',
      code: ['invalid_token'],
      message: /WWW-Authenticate[^\n]{0,300}\berror=\\?"?invalid_token/i,
      link: RFC6750,
      summary: 'Bearer token rejected (WWW-Authenticate: invalid_token — expired, revoked or malformed)',
      fix: 'Reconnect the account (refresh the token); pause the sync until then.',
    },
    {
      id: 'bearer/insufficient-scope',
      category: 'permissions',
      cause: 'insufficient_scope',
      code: ['insufficient_scope'],
      message: /WWW-Authenticate[^\n]{0,300}\berror=\\?"?insufficient_scope/i,
      // The challenge names the scope the resource needs: scope="repo read:org".
      fieldFrom: /\bscope=\\?"([^"\\]+)\\?"/,
      link: RFC6750,
      summary: 'Token lacks the scope the resource asks for',
      fix: 'Reconnect granting the scope the challenge names (an admin may need to approve it); keep syncing unaffected records.',
    },
    // "If the request lacks any authentication information … the resource server SHOULD NOT include
    // an error code": a 401 challenge with no error means no credentials reached the API.
    {
      id: 'bearer/no-credentials',
      category: 'auth',
      cause: 'no credentials sent',
      status: [401],
      message: /WWW-Authenticate["']?:?\s*["']?Bearer\b(?![^\n]*\berror=)/i,
      link: RFC6750,
      summary: 'API answered 401 with a bare Bearer challenge: no credentials were sent',
      fix: 'The request carried no token: check the connection’s credentials are set and that the Authorization header survives proxies and redirects.',
    },
  ],
};

// ============================================================================ SQLSTATE

/**
 * Where drivers print a SQLSTATE: "SQLSTATE 28P01", "(SQLSTATE 28P01)", "SQLSTATE[28000]" (PHP),
 * "SQLState: 42501" (JDBC), "SQL state [23505]" (Spring), "ERROR 1045 (28000):" (MySQL),
 * "390100 (08004):" (Snowflake), {'C': '28000'} (redshift_connector), "[08001] [Microsoft][ODBC …" (ODBC).
 */
const AT = String.raw`(?:\bSQL ?STATE\b[\s"':=[]{0,4}|'C': '|"C":\s*"|\b\d{3,6} \(|\[(?=[0-9A-Z]{5}\]))`;
const sqlstate = (codes: string, extra?: RegExp): RegExp => new RegExp(`${AT}(?:${codes})\\b${extra === undefined ? '' : `|${extra.source}`}`, 'i');
/** A connection-class state whose line says why in auth words is an auth failure (Snowflake files 390100 under 08004). */
const NOT_AUTH = String.raw`^(?![\s\S]*(?:password|authenticat|credential|token|login failed|access denied for user))`;
const connection = (codes: string, extra?: RegExp): RegExp =>
  new RegExp(`${NOT_AUTH}[\\s\\S]*(?:${AT}(?:${codes})\\b${extra === undefined ? '' : `|${extra.source}`})`, 'i');

/** The column a constraint or data error names: Key (email)=(…), null value in column "x", Data too long for column 'x'. */
const COLUMN = /, line \d+, column ([\w$]{1,100}): |Key \(([^)]+)\)=\(|null value in column "([^"]+)"|for column '([^']+)'|Column '([^']+)' cannot be null|column "([^"]+)"|Unknown column '([^']+)'/;
/** The object a privilege error names. */
const OBJECT = /permission denied for (?:table|relation|schema|database|sequence|function|view) "?([\w.]+)"?|must be owner of (?:table|relation|schema) "?([\w.]+)"?/;

const PG_ERRCODES = 'https://www.postgresql.org/docs/current/errcodes-appendix.html';
const SERVER_DOWN_FIX = 'Nothing to fix in the records: wait until the database accepts connections again (its operators or provider status page), then re-run.';

const sqlstateRules: Rule[] = [
  // ---- 28: invalid authorization specification (bad password, no such role, pg_hba rejection).
  {
    id: 'sqlstate/invalid-authorization',
    category: 'auth',
    cause: 'SQLSTATE {code} invalid authorization',
    code: ['28P01', '28000'],
    message: /password|authenticat|pg_hba|role "[^"]*" does not exist|access denied for user|login|user/i,
    link: PG_ERRCODES,
    summary: 'Database rejected the connection’s login (SQLSTATE {code})',
    fix: 'Fix the database user, password or key in the connection (or the host rule that rejects it); pause the sync until then.',
  },
  {
    id: 'sqlstate/invalid-authorization-message',
    category: 'auth',
    cause: 'SQLSTATE 28 invalid authorization',
    message: sqlstate('28(?:000|P01)', /\b(?:InvalidPassword|InvalidAuthorizationSpecification)(?:Error)?\b|no pg_hba\.conf entry for host/),
    link: PG_ERRCODES,
    summary: 'Database rejected the connection’s login (SQLSTATE class 28)',
    fix: 'Fix the database user, password or key in the connection, or allow the sync’s host (pg_hba.conf / network rules); pause the sync until then.',
  },
  // ---- 42501: insufficient privilege.
  {
    id: 'sqlstate/insufficient-privilege',
    category: 'permissions',
    cause: 'SQLSTATE 42501 insufficient privilege',
    code: ['42501'],
    message: /permission denied|privilege|must be owner|not authori[sz]ed|denied/i,
    fieldFrom: OBJECT,
    link: PG_ERRCODES,
    summary: 'Database user lacks a privilege (SQLSTATE 42501)',
    fix: 'GRANT the connection’s user or role the privilege on the object the message names (USAGE on the schema, INSERT/UPDATE on the table); keep syncing other tables.',
  },
  {
    id: 'sqlstate/insufficient-privilege-message',
    category: 'permissions',
    cause: 'SQLSTATE 42501 insufficient privilege',
    // PostgreSQL's own wording of 42501: "permission denied for table x", "permission denied to
    // create extension", "must be owner of table x", "must be superuser to create FOR ALL TABLES
    // publication" (logical replication set up by a CDC connector), "must be member of role x"; a
    // row-level security policy that refuses the row (PostgREST / Supabase relay it with a 401 or 403).
    message: sqlstate(
      '42501',
      /\bInsufficientPrivilege(?:Error)?\b|permission denied for (?:table|relation|schema|database|sequence|function|view) |permission denied to (?:create|set|drop|alter|grant|start|use)\b|must be owner of (?:table|relation|schema|database|publication|subscription|function|sequence|view|type|extension)\b|(?:must|needs? to) be (?:a )?superuser (?:to|or)\b|must be (?:a )?member of role\b|violates row-level security policy\b/,
    ),
    fieldFrom: OBJECT,
    link: PG_ERRCODES,
    summary: 'Database user lacks a privilege (SQLSTATE 42501)',
    fix: 'GRANT the connection’s user or role the privilege on the object the message names (USAGE on the schema, INSERT/UPDATE on the table); keep syncing other tables.',
  },
  // ---- 53: insufficient resources (connections, memory) — clears as load drops. Disk full does not.
  {
    id: 'sqlstate/insufficient-resources',
    category: 'transient',
    cause: 'SQLSTATE {code} insufficient resources',
    code: ['53000', '53200', '53300', '53400'],
    message: /too many|out of (?:shared )?memory|connection slots|resources|limit/i,
    link: PG_ERRCODES,
    summary: 'Database out of connections or memory (SQLSTATE {code})',
    fix: 'Retry with backoff; if it persists, lower the sync’s parallelism or raise max_connections / the pool size.',
  },
  {
    id: 'sqlstate/insufficient-resources-message',
    category: 'transient',
    cause: 'SQLSTATE 53 insufficient resources',
    message: sqlstate('53(?:000|200|300|400)', /sorry, too many clients already|remaining connection slots are reserved|too many connections for (?:role|database)|out of shared memory|\bTooManyConnections(?:Error)?\b/),
    link: PG_ERRCODES,
    summary: 'Database out of connections or memory (SQLSTATE class 53)',
    fix: 'Retry with backoff; if it persists, lower the sync’s parallelism or raise max_connections / the pool size.',
  },
  // 53100 disk_full: retrying fills nothing; storage must be freed or added (as HTTP 507 is a plan limit).
  {
    id: 'sqlstate/disk-full',
    category: 'plan',
    cause: 'SQLSTATE 53100 disk full',
    message: sqlstate('53100', /could not extend file[^\n]{0,200}No space left on device|\bDiskFull(?:Error)?\b/),
    link: PG_ERRCODES,
    summary: 'Database storage full (SQLSTATE 53100)',
    fix: 'Free or add storage (vacuum, drop old data, resize the volume or cluster); loads fail until then.',
  },
  // ---- 08: connection exception. 08001/08004 the client could not connect (down, wrong host);
  // 08006/08003/08S01 an established connection broke (retry on a new one).
  {
    id: 'sqlstate/connection-unable',
    category: 'outage',
    cause: 'SQLSTATE 08001 unable to connect',
    message: connection('08001|08004'),
    link: PG_ERRCODES,
    summary: 'Could not connect to the database (SQLSTATE 08001/08004)',
    fix: 'Check the host, port and that the database is up and reachable from the sync (status page, firewall); resume when it is back.',
  },
  {
    id: 'sqlstate/connection-failure',
    category: 'transient',
    cause: 'SQLSTATE 08 connection failure',
    message: connection('08(?:000|003|006|007|P01|S01)', /Communications link failure|Lost connection to MySQL server/),
    link: PG_ERRCODES,
    summary: 'Database connection broke (SQLSTATE class 08)',
    fix: 'Retry on a new connection; if it recurs, check for server restarts, idle timeouts and proxies cutting long connections.',
  },
  // ---- 57: operator intervention (admin shutdown, crash, starting up, statement cancelled).
  // 57P03 cannot_connect_now says why: a server shutting down, or in crash recovery until it
  // reaches a consistent state, is down until its operators bring it back (outage); one starting
  // up is back in seconds (transient, below).
  {
    id: 'sqlstate/server-down',
    category: 'outage',
    cause: 'SQLSTATE {code} server down',
    code: ['57P03'],
    message: /shutting down|recovery mode|not yet accepting connections/i,
    link: PG_ERRCODES,
    summary: 'Database server is shutting down or recovering (SQLSTATE {code})',
    fix: SERVER_DOWN_FIX,
  },
  {
    id: 'sqlstate/server-down-message',
    category: 'outage',
    cause: 'SQLSTATE 57P03 server down',
    message: /the database system is (?:shutting down|in recovery mode|not yet accepting connections)/i,
    link: PG_ERRCODES,
    summary: 'Database server is shutting down or recovering',
    fix: SERVER_DOWN_FIX,
  },
  {
    id: 'sqlstate/operator-intervention',
    category: 'transient',
    cause: 'SQLSTATE {code} operator intervention',
    code: ['57P01', '57P02', '57P03', '57P05', '57014', '25P03'],
    message: /terminat|shut ?down|starting up|recovery|cancel|timeout|connect now/i,
    link: PG_ERRCODES,
    summary: 'Database restarted, failed over or cancelled the statement (SQLSTATE {code})',
    fix: 'Retry on a new connection; if statements keep being cancelled by statement_timeout, raise it or split the batch.',
  },
  {
    id: 'sqlstate/operator-intervention-message',
    category: 'transient',
    cause: 'SQLSTATE 57 operator intervention',
    message: sqlstate(
      '57(?:P0[123]|014)',
      /terminating connection due to (?:administrator command|idle-in-transaction timeout|idle-session timeout)|canceling statement due to (?:statement timeout|user request|conflict with recovery|lock timeout)|the database system is starting up|\b(?:AdminShutdown|CrashShutdown|CannotConnectNow|QueryCanceled)(?:Error)?\b/,
    ),
    link: PG_ERRCODES,
    summary: 'Database restarted, failed over or cancelled the statement (SQLSTATE class 57)',
    fix: 'Retry on a new connection; if statements keep being cancelled by statement_timeout, raise it or split the batch.',
  },
  // ---- 23: integrity constraint violation — the row, not the connection.
  {
    id: 'sqlstate/unique-violation',
    category: 'validation',
    cause: 'SQLSTATE 23505 unique violation',
    code: ['23505'],
    message: /duplicate|unique|already exists/i,
    fieldFrom: COLUMN,
    link: PG_ERRCODES,
    summary: '`{field}`: value already exists (unique constraint, SQLSTATE 23505)',
    fix: 'Upsert on the unique key (ON CONFLICT / MERGE) instead of inserting, or dedupe the source; retrying the same row fails again.',
  },
  {
    id: 'sqlstate/unique-violation-message',
    category: 'validation',
    cause: 'SQLSTATE 23505 unique violation',
    message: sqlstate('23505', /\bUniqueViolation(?:Error)?\b/),
    fieldFrom: COLUMN,
    link: PG_ERRCODES,
    summary: '`{field}`: value already exists (unique constraint, SQLSTATE 23505)',
    fix: 'Upsert on the unique key (ON CONFLICT / MERGE) instead of inserting, or dedupe the source; retrying the same row fails again.',
  },
  {
    id: 'sqlstate/integrity-violation',
    category: 'validation',
    cause: 'SQLSTATE {code} integrity constraint',
    code: ['23502', '23503', '23514', '23P01', '23000', '23001'],
    message: /violat|null value|foreign key|constraint|cannot be null|Duplicate entry/i,
    fieldFrom: COLUMN,
    link: PG_ERRCODES,
    summary: '`{field}`: row breaks a NOT NULL, foreign key or check constraint (SQLSTATE {code})',
    fix: 'Fix the source value (a missing required value, a parent row not loaded yet, a value outside the check); load parents before children.',
  },
  {
    id: 'sqlstate/integrity-violation-message',
    category: 'validation',
    cause: 'SQLSTATE 23 integrity constraint',
    message: sqlstate('23(?:000|001|502|503|514|P01)', /\b(?:NotNullViolation|ForeignKeyViolation|CheckViolation|ExclusionViolation|RestrictViolation)(?:Error)?\b/),
    fieldFrom: COLUMN,
    link: PG_ERRCODES,
    summary: '`{field}`: row breaks a constraint (SQLSTATE class 23)',
    fix: 'Fix the source value (a missing required value, a parent row not loaded yet, a value outside the check); load parents before children.',
  },
  // ---- 22: data exception — a value the column cannot hold.
  {
    id: 'sqlstate/data-exception',
    category: 'validation',
    cause: 'SQLSTATE {code} data exception',
    code: ['22001', '22003', '22004', '22007', '22008', '22012', '22018', '22021', '22023', '22P02', '22P05'],
    message: /value|invalid input|out of range|too long|syntax|format|not recognized|division|encoding|null/i,
    fieldFrom: COLUMN,
    link: PG_ERRCODES,
    summary: 'Value does not fit the column (SQLSTATE {code})',
    fix: 'Fix the source value (length, number range, date format, encoding) or widen the column type; retrying the same row fails again.',
  },
  {
    id: 'sqlstate/data-exception-message',
    category: 'validation',
    cause: 'SQLSTATE 22 data exception',
    message: sqlstate(
      '22[0-9A-Z]{3}',
      /\b(?:StringDataRightTruncation|InvalidTextRepresentation|InvalidDatetimeFormat|NumericValueOutOfRange|DatetimeFieldOverflow|CharacterNotInRepertoire|UntranslatableCharacter)(?:Error)?\b/,
    ),
    fieldFrom: COLUMN,
    link: PG_ERRCODES,
    summary: 'Value does not fit the column (SQLSTATE class 22)',
    fix: 'Fix the source value (length, number range, date format, encoding) or widen the column type; retrying the same row fails again.',
  },
  // ---- 40: transaction rollback (serialization failure, deadlock) — retry the transaction.
  {
    id: 'sqlstate/transaction-rollback',
    category: 'transient',
    cause: 'SQLSTATE {code} transaction rollback',
    code: ['40001', '40P01'],
    message: /serializ|deadlock|concurrent update|rollback|restart/i,
    link: PG_ERRCODES,
    summary: 'Transaction rolled back by a concurrent one (SQLSTATE {code})',
    fix: 'Retried; if deadlocks recur, write rows in a consistent order or lower parallel writes to the same table.',
  },
  {
    id: 'sqlstate/transaction-rollback-message',
    category: 'transient',
    cause: 'SQLSTATE 40 transaction rollback',
    message: sqlstate('40(?:001|P01)', /deadlock detected|could not serialize access|Deadlock found when trying to get lock|\b(?:SerializationFailure|DeadlockDetected)(?:Error)?\b|\brestart transaction: TransactionRetry\w*Error\b/),
    link: PG_ERRCODES,
    summary: 'Transaction rolled back by a concurrent one (SQLSTATE class 40)',
    fix: 'Retried; if deadlocks recur, write rows in a consistent order or lower parallel writes to the same table.',
  },
  // ---- 42P01 / 42703 (and ODBC 42S02 / 42S22): the table or column the mapping names is missing.
  {
    id: 'sqlstate/undefined-object',
    category: 'validation',
    cause: 'SQLSTATE {code} undefined table or column',
    code: ['42P01', '42703', '42S02', '42S22'],
    message: /does not exist|unknown|not found|invalid/i,
    fieldFrom: COLUMN,
    link: PG_ERRCODES,
    summary: 'Mapped table or column does not exist (SQLSTATE {code})',
    fix: 'Create the table or column, or fix the name in the mapping (schema, quoting, case).',
  },
  {
    id: 'sqlstate/undefined-object-message',
    category: 'validation',
    cause: 'SQLSTATE 42 undefined table or column',
    message: sqlstate('42(?:P01|703|S02|S22)', /\b(?:UndefinedTable|UndefinedColumn)(?:Error)?\b|column "[^"]+" (?:of relation "[^"]+" )?does not exist|Unknown column '[^']+' in/),
    fieldFrom: COLUMN,
    link: PG_ERRCODES,
    summary: 'Mapped table or column does not exist',
    fix: 'Create the table or column, or fix the name in the mapping (schema, quoting, case).',
  },
];

export const sqlstatePack: RulePack = { name: 'sqlstate', rules: sqlstateRules };

// ============================================================================ gRPC

type GrpcStatus = [upper: string, camel: string, num: number];

/** The ways gRPC libraries print a status: Go, Python, C#, Node, Java, Rust. */
function grpc(...statuses: GrpcStatus[]): string {
  const parts: string[] = [];
  for (const [upper, camel, num] of statuses) {
    parts.push(
      `rpc error: code = ${camel}\\b`,
      // Go's Spanner client: `spanner: code = "Aborted", desc = …`.
      `\\bcode = "${camel}"`,
      // Python google-api-core's exception classes carry the status's name.
      `google\\.api_core\\.exceptions\\.${camel}\\b`,
      `StatusCode\\.${upper}\\b`,
      `StatusCode="?${camel}\\b`,
      `(?<![\\w.])${num} ${upper}:`,
      `io\\.grpc\\.Status(?:Runtime)?Exception: ${upper}\\b`,
      // Rust's tonic (and the SDKs built on it: Temporal's Python, TypeScript and .NET cores):
      // `Status { code: PermissionDenied, message: "…" }` (Debug), `status: PermissionDenied, message: "…"` (Display).
      `\\bStatus \\{ code: ${camel}\\b`,
      `\\bstatus: ${camel}, message: `,
    );
  }
  return parts.join('|');
}

const GRPC_STATUS = 'https://grpc.github.io/grpc/core/md_doc_statuscodes.html';
const UNAUTHENTICATED: GrpcStatus = ['UNAUTHENTICATED', 'Unauthenticated', 16];
const PERMISSION_DENIED: GrpcStatus = ['PERMISSION_DENIED', 'PermissionDenied', 7];
const RESOURCE_EXHAUSTED: GrpcStatus = ['RESOURCE_EXHAUSTED', 'ResourceExhausted', 8];
const DAILY = String.raw`per ?day|[Dd]aily|PerDay|-1d\b`;

export const grpcPack: RulePack = {
  name: 'grpc',
  rules: [
    {
      id: 'grpc/unauthenticated',
      category: 'auth',
      cause: 'UNAUTHENTICATED',
      message: new RegExp(grpc(UNAUTHENTICATED)),
      link: GRPC_STATUS,
      summary: 'gRPC call rejected: no valid credentials (UNAUTHENTICATED)',
      fix: 'Reconnect or replace the credentials the connection sends; pause the sync until then.',
    },
    {
      id: 'grpc/permission-denied',
      category: 'permissions',
      cause: 'PERMISSION_DENIED',
      message: new RegExp(grpc(PERMISSION_DENIED)),
      link: GRPC_STATUS,
      summary: 'gRPC call denied: the caller lacks permission (PERMISSION_DENIED)',
      fix: 'Grant the connection’s identity the role or scope for this call; keep syncing unaffected records.',
    },
    // "Received message larger than max" is RESOURCE_EXHAUSTED too, but the payload is the problem.
    {
      id: 'grpc/message-too-large',
      category: 'validation',
      cause: 'message larger than max',
      message: /(?:Received|Sent) message larger than max\b|grpc: (?:received|trying to send) message larger than max/i,
      link: GRPC_STATUS,
      summary: 'gRPC message over the size limit',
      fix: 'Lower the batch or page size (or raise the channel’s max message size); retrying the same message fails again.',
    },
    {
      id: 'grpc/resource-exhausted-daily',
      category: 'plan',
      cause: 'RESOURCE_EXHAUSTED (per day)',
      message: new RegExp(`^(?=[\\s\\S]*(?:${DAILY}))[\\s\\S]*(?:${grpc(RESOURCE_EXHAUSTED)})`),
      link: GRPC_STATUS,
      summary: 'gRPC daily quota exhausted (RESOURCE_EXHAUSTED, per day)',
      fix: 'Pause until the daily quota resets, or raise it with the API’s owner.',
    },
    {
      id: 'grpc/resource-exhausted',
      category: 'transient',
      cause: 'RESOURCE_EXHAUSTED',
      message: new RegExp(grpc(RESOURCE_EXHAUSTED)),
      link: GRPC_STATUS,
      summary: 'gRPC rate limit or short-window quota (RESOURCE_EXHAUSTED)',
      fix: 'Retry with exponential backoff; lower concurrency if it persists.',
    },
    {
      id: 'grpc/unavailable',
      category: 'transient',
      cause: 'UNAVAILABLE',
      message: new RegExp(grpc(['UNAVAILABLE', 'Unavailable', 14])),
      link: GRPC_STATUS,
      summary: 'gRPC service unavailable (UNAVAILABLE)',
      fix: 'Retry with backoff (gRPC says UNAVAILABLE is safe to retry); check the service’s status if it lasts.',
    },
    {
      id: 'grpc/deadline-exceeded',
      category: 'transient',
      cause: 'DEADLINE_EXCEEDED',
      message: new RegExp(grpc(['DEADLINE_EXCEEDED', 'DeadlineExceeded', 4])),
      link: GRPC_STATUS,
      summary: 'gRPC call timed out (DEADLINE_EXCEEDED)',
      fix: 'Retried; if calls keep timing out, raise the deadline or shrink the request.',
    },
    {
      id: 'grpc/retryable',
      category: 'transient',
      cause: 'ABORTED / CANCELLED / INTERNAL',
      message: new RegExp(grpc(['ABORTED', 'Aborted', 10], ['CANCELLED', 'Canceled', 1], ['CANCELLED', 'Cancelled', 1], ['INTERNAL', 'Internal', 13])),
      link: GRPC_STATUS,
      summary: 'gRPC call aborted, cancelled or failed inside the server',
      fix: 'Retry with backoff (ABORTED is a concurrency conflict: retry the whole read-modify-write).',
    },
    {
      id: 'grpc/invalid-argument',
      category: 'validation',
      cause: 'INVALID_ARGUMENT / FAILED_PRECONDITION',
      message: new RegExp(
        grpc(
          ['INVALID_ARGUMENT', 'InvalidArgument', 3],
          ['FAILED_PRECONDITION', 'FailedPrecondition', 9],
          ['OUT_OF_RANGE', 'OutOfRange', 11],
          ['NOT_FOUND', 'NotFound', 5],
          ['ALREADY_EXISTS', 'AlreadyExists', 6],
          ['UNIMPLEMENTED', 'Unimplemented', 12],
        ),
      ),
      link: GRPC_STATUS,
      summary: 'gRPC call rejected for its content (invalid argument, precondition, not found or exists)',
      fix: 'Fix the record or the request the message names; retrying the same request fails again.',
    },
  ],
};

// ============================================================================ RFC 9457

/** The status sections problem `type`s point at, as the frameworks spell them. */
const SECTIONS: Record<number, Array<[rfc: number, section: string]>> = {
  400: [[9110, '15.5.1'], [7231, '6.5.1'], [2616, '10.4.1']],
  401: [[9110, '15.5.2'], [7235, '3.1'], [2616, '10.4.2']],
  404: [[9110, '15.5.5'], [7231, '6.5.4'], [2616, '10.4.5']],
  409: [[9110, '15.5.10'], [7231, '6.5.8'], [2616, '10.4.10']],
  410: [[9110, '15.5.11'], [7231, '6.5.9'], [2616, '10.4.11']],
  422: [[9110, '15.5.21'], [4918, '11.2']],
  429: [[6585, '4']],
  500: [[9110, '15.6.1'], [7231, '6.6.1'], [2616, '10.5.1']],
  502: [[9110, '15.6.3'], [7231, '6.6.3'], [2616, '10.5.3']],
  503: [[9110, '15.6.4'], [7231, '6.6.4'], [2616, '10.5.4']],
  504: [[9110, '15.6.5'], [7231, '6.6.5'], [2616, '10.5.5']],
};

function typesFor(...statuses: number[]): string[] {
  const out: string[] = [];
  for (const status of statuses) {
    for (const [rfc, section] of SECTIONS[status] ?? []) {
      if (rfc === 2616) {
        for (const scheme of ['https', 'http']) out.push(`${scheme}://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec${section}`);
        continue;
      }
      for (const scheme of ['https', 'http']) out.push(`${scheme}://tools.ietf.org/html/rfc${rfc}#section-${section}`);
      out.push(
        `https://datatracker.ietf.org/doc/html/rfc${rfc}#section-${section}`,
        `https://www.rfc-editor.org/rfc/rfc${rfc}#section-${section}`,
        `https://www.rfc-editor.org/rfc/rfc${rfc}.html#section-${section}`,
      );
      if (rfc === 9110) out.push(`https://httpwg.org/specs/rfc9110.html#status.${status}`);
    }
  }
  return out;
}

/** A problem whose detail says more than its status (a rate limit or a missing grant on a 400) is left to the message rules. */
const NOT_OTHER = /^(?![\s\S]*(?:grant|token|credential|unauthori[sz]ed|permission|forbidden|not allowed|access denied|rate.?limit|too many|quota|throttl|limit exceeded|concurren|payment|subscription))/i;
const RFC9457 = 'https://www.rfc-editor.org/rfc/rfc9457#section-3.1';

export const problemPack: RulePack = {
  name: 'problem',
  rules: [
    {
      id: 'problem/unauthorized',
      category: 'auth',
      cause: 'problem type 401',
      code: typesFor(401),
      link: RFC9457,
      summary: 'Credentials rejected (problem type: 401 Unauthorized)',
      fix: 'Reconnect the destination account or replace the key; pause the sync until then.',
    },
    {
      id: 'problem/too-many-requests-daily',
      category: 'plan',
      cause: 'problem type 429 (daily)',
      code: typesFor(429),
      message: /per ?day|daily|monthly|per month/i,
      link: RFC9457,
      summary: 'Daily or monthly quota exhausted (problem type: 429)',
      fix: 'Pause until the quota resets or raise it with the destination; retrying now only burns calls.',
    },
    {
      id: 'problem/too-many-requests',
      category: 'transient',
      cause: 'problem type 429',
      code: typesFor(429),
      link: RFC9457,
      summary: 'Rate limited (problem type: 429 Too Many Requests)',
      fix: 'Retry with backoff; honour Retry-After.',
    },
    {
      id: 'problem/server-error',
      category: 'transient',
      cause: 'problem type 5xx',
      code: typesFor(500, 502, 503, 504),
      // A 503 "maintenance" page is the destination being down (edge/maintenance says so).
      message: /^(?![\s\S]*maintenance)/i,
      link: RFC9457,
      summary: 'Destination server error (problem type: 5xx)',
      fix: 'Retry with backoff; if it persists for the whole run, check the destination’s status page.',
    },
    {
      id: 'problem/not-found',
      category: 'validation',
      cause: 'problem type 404',
      code: typesFor(404, 410),
      message: NOT_OTHER,
      link: RFC9457,
      summary: 'Record or resource not found (problem type: 404/410)',
      fix: 'Re-resolve the destination ids (deleted records) or fix the object / endpoint in the connection.',
    },
    {
      id: 'problem/conflict',
      category: 'validation',
      cause: 'problem type 409',
      code: typesFor(409),
      message: NOT_OTHER,
      link: RFC9457,
      summary: 'Conflict: record already exists or changed (problem type: 409)',
      fix: 'Upsert on a unique key instead of creating, or dedupe the source.',
    },
    {
      id: 'problem/bad-request',
      category: 'validation',
      cause: 'problem type 400/422',
      code: typesFor(400, 422),
      message: NOT_OTHER,
      link: RFC9457,
      summary: 'Destination rejected the payload (problem type: 400/422)',
      fix: 'Fix the mapping or the source values (the detail in the sample says which).',
    },
  ],
};
