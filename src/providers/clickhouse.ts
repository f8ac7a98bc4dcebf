import type { Provider } from './provider.js';

/**
 * ClickHouse as a sync destination. The server's errors read "Code: NNN. DB::Exception: <text>.
 * (SYMBOLIC_NAME) (version …)" on the native and HTTP interfaces alike (older servers and the
 * legacy JDBC driver: "ClickHouse exception, code: NNN, host: …; Code: NNN, e.displayText() =
 * DB::Exception: <text>", no symbolic name). The symbolic name decides; the number and the wording
 * decide the older lines.
 * - 516 AUTHENTICATION_FAILED ("Authentication failed: password is incorrect, or there is no user
 *   with such name"), 192 UNKNOWN_USER, 193 WRONG_PASSWORD, 194 REQUIRED_PASSWORD: auth.
 * - 497 ACCESS_DENIED ("Not enough privileges. To execute this query, it's necessary to have the
 *   grant INSERT(a, b) ON db.t"), 164 READONLY, 195 IP_ADDRESS_NOT_ALLOWED: permissions.
 * - 27 CANNOT_PARSE_INPUT_ASSERTION_FAILED, 6 CANNOT_PARSE_TEXT, 53 TYPE_MISMATCH, 16
 *   NO_SUCH_COLUMN_IN_TABLE, 47 UNKNOWN_IDENTIFIER, 117 INCORRECT_DATA, 60 UNKNOWN_TABLE, 81
 *   UNKNOWN_DATABASE, 62 SYNTAX_ERROR: validation; the column from "name: x, type: T … ERROR",
 *   "(while reading the value of key x)", "No such column x in table", "Missing columns: 'x'".
 * - 241 MEMORY_LIMIT_EXCEEDED. Decided by the limit the message names: "(for query)" is
 *   max_memory_usage, a per-query setting the same insert hits again on every retry — the
 *   configured limit (or the service size) must change or the batch shrink, so plan, as a quota is;
 *   "(total)" is max_server_memory_usage, the sum over every running query, merges and caches —
 *   the docs describe it as server-wide memory pressure that the OvercommitTracker relieves by
 *   stopping queries, and it clears as load drops: transient. "(for user)" likewise.
 * - 202 TOO_MANY_SIMULTANEOUS_QUERIES, 252 TOO_MANY_PARTS (inserts outrun merges: back off, batch
 *   bigger), 159 TIMEOUT_EXCEEDED, 209 SOCKET_TIMEOUT, 210 NETWORK_ERROR: transient — except 210
 *   "Connection refused", which the network rules call an outage.
 * - 201 QUOTA_EXCEEDED ("Quota for user `u` for 3600s has been exceeded"): the user's quota, plan.
 * Symbolic names other APIs also use (ACCESS_DENIED, SYNTAX_ERROR, TIMEOUT_EXCEEDED…) decide only
 * ClickHouse lines; "DB::Exception" names the destination on every server error.
 * Sources: clickhouse.com/docs/en/interfaces/http (X-ClickHouse-Exception-Code),
 * github.com/ClickHouse/ClickHouse src/Common/ErrorCodes.cpp (numbers and names),
 * clickhouse.com/docs/en/operations/settings/query-complexity (max_memory_usage),
 * …/operations/server-configuration-parameters/settings (max_server_memory_usage),
 * …/operations/quotas, …/operations/settings/merge-tree-settings (parts_to_throw_insert),
 * clickhouse.com/docs/knowledgebase (memory limit exceeded, too many parts); error texts in
 * ClickHouse / clickhouse-java / clickhouse-connect issues.
 */
const C = ['clickhouse'];

/** The column a parse or schema error names. */
const COLUMN =
  /\(while reading the value of key ([\w.]+)\)|name: `?([\w.]+)`?,\s+type: [^,\n]+,\s+(?:parsed text: [^\n]*?)?ERROR|No such column `?([\w.]+)`? in table|Missing columns: '([^']+)'|There(?:'s| is) no column '?`?([\w.]+)|Unknown field found while parsing \w+ format: ([\w.]+)|Cannot parse input: [^\n]{0,200}?name: `?([\w.]+)`?/;

const BUSY_FIX = 'Retry with backoff; if it recurs, send fewer, bigger inserts (or async_insert) and lower the sync’s concurrency.';

export const provider: Provider = {
  name: 'clickhouse',
  display: 'ClickHouse',
  // The server's exception class, the clients (clickhouse-client, clickhouse_driver,
  // clickhouse-connect, @clickhouse/client, clickhouse-jdbc ClickHouseException) and ClickHouse
  // Cloud hosts. Ports 8123 / 9000 alone are not enough (9000 is many things).
  hints: ['DB::(?:Net)?Exception', 'clickhouse\\w*', '@clickhouse/client', '[\\w-]+(?:\\.[\\w-]+)*\\.clickhouse\\.cloud'],
  rank: 100,
  links: {
    auth: 'https://clickhouse.com/docs/en/operations/access-rights',
    permissions: 'https://clickhouse.com/docs/en/sql-reference/statements/grant',
    plan: 'https://clickhouse.com/docs/en/operations/quotas',
    validation: 'https://clickhouse.com/docs/en/interfaces/formats',
    outage: 'https://status.clickhouse.com',
    transient: 'https://clickhouse.com/docs/en/operations/settings/query-complexity',
  },
  rules: [
    // ---------------------------------------------------------------- symbolic names
    {
      id: 'clickhouse/authentication',
      category: 'auth',
      cause: '{code}',
      code: ['AUTHENTICATION_FAILED', 'UNKNOWN_USER', 'WRONG_PASSWORD', 'REQUIRED_PASSWORD'],
      destination: C,
      summary: 'ClickHouse rejected the login ({code})',
      fix: 'Fix the user or password of the ClickHouse connection; pause the sync until then.',
    },
    {
      id: 'clickhouse/access-denied',
      category: 'permissions',
      cause: '{code}',
      code: ['ACCESS_DENIED', 'NOT_ENOUGH_PRIVILEGES', 'READONLY', 'IP_ADDRESS_NOT_ALLOWED'],
      destination: C,
      fieldFrom: /necessary to have (?:the )?grant [^\n]{1,300}? ON ([\w.`*]+)/,
      summary: 'ClickHouse user lacks a grant on `{field}`',
      fix: 'GRANT the connection’s user the privilege the message names (e.g. GRANT INSERT ON db.table TO user), or lift readonly for it.',
    },
    {
      id: 'clickhouse/bad-data',
      category: 'validation',
      cause: '{code}',
      code: [
        'CANNOT_PARSE_INPUT_ASSERTION_FAILED',
        'CANNOT_PARSE_TEXT',
        'CANNOT_PARSE_DATETIME',
        'CANNOT_PARSE_DATE',
        'CANNOT_PARSE_NUMBER',
        'CANNOT_PARSE_QUOTED_STRING',
        'CANNOT_INSERT_NULL_IN_ORDINARY_COLUMN',
        'TYPE_MISMATCH',
        'NO_SUCH_COLUMN_IN_TABLE',
        'THERE_IS_NO_COLUMN',
        'UNKNOWN_IDENTIFIER',
        'INCORRECT_DATA',
        'TOO_LARGE_STRING_SIZE',
      ],
      destination: C,
      fieldFrom: COLUMN,
      summary: 'ClickHouse could not insert `{field}` ({code})',
      fix: 'Fix the source value or the column type in the mapping (the message shows the row and the parsed text); retrying the same rows fails again.',
    },
    {
      id: 'clickhouse/unknown-object',
      category: 'validation',
      cause: '{code}',
      code: ['UNKNOWN_TABLE', 'UNKNOWN_DATABASE', 'SYNTAX_ERROR'],
      destination: C,
      summary: 'ClickHouse table or database missing, or the statement does not parse ({code})',
      fix: 'Create the table / database or fix its name in the connection; a syntax error is the statement the sync builds (quoting, an identifier).',
    },
    {
      id: 'clickhouse/memory-per-query',
      category: 'plan',
      cause: 'MEMORY_LIMIT_EXCEEDED (for query)',
      code: ['MEMORY_LIMIT_EXCEEDED'],
      message: /Memory limit \(for query\) exceeded/i,
      destination: C,
      summary: 'ClickHouse query over its memory limit (max_memory_usage)',
      fix: 'Insert smaller batches, or raise max_memory_usage for the sync’s user (or the service size); the same insert fails again until one changes.',
    },
    {
      id: 'clickhouse/memory',
      category: 'transient',
      cause: 'MEMORY_LIMIT_EXCEEDED',
      code: ['MEMORY_LIMIT_EXCEEDED'],
      destination: C,
      summary: 'ClickHouse server under memory pressure (total / per-user limit)',
      fix: 'Retry with backoff once other queries and merges finish; if it recurs, lower the sync’s concurrency or give the server more memory.',
    },
    {
      id: 'clickhouse/busy',
      category: 'transient',
      cause: '{code}',
      code: ['TOO_MANY_SIMULTANEOUS_QUERIES', 'TOO_MANY_PARTS', 'TIMEOUT_EXCEEDED', 'SOCKET_TIMEOUT', 'NETWORK_ERROR'],
      // A refused connection is the server down: the network rules decide it.
      message: /^(?![\s\S]*Connection refused)/i,
      destination: C,
      summary: 'ClickHouse busy or slow: too many queries or parts, or a timeout ({code})',
      fix: BUSY_FIX,
    },
    {
      id: 'clickhouse/quota',
      category: 'plan',
      cause: 'QUOTA_EXCEEDED',
      code: ['QUOTA_EXCEEDED', 'QUOTA_EXPIRED'],
      destination: C,
      summary: 'ClickHouse user quota exceeded',
      fix: 'Wait for the quota interval to end, or raise the quota of the sync’s user (CREATE / ALTER QUOTA).',
    },
    // ---------------------------------------------------------------- numbers and wording (older servers, legacy JDBC)
    {
      id: 'clickhouse/authentication-message',
      category: 'auth',
      cause: 'authentication failed',
      message: /\bCode: (?:516|192|193|194)\b|Authentication failed: password is incorrect|There is no user `?[\w.@-]+`? in user directories/i,
      destination: C,
      summary: 'ClickHouse rejected the login',
      fix: 'Fix the user or password of the ClickHouse connection; pause the sync until then.',
    },
    {
      id: 'clickhouse/access-denied-message',
      category: 'permissions',
      cause: 'ACCESS_DENIED',
      message: /\bCode: 497\b|Not enough privileges\. To execute this query,? it's necessary to have (?:the )?grant/i,
      destination: C,
      fieldFrom: /necessary to have (?:the )?grant [^\n]{1,300}? ON ([\w.`*]+)/,
      summary: 'ClickHouse user lacks a grant on `{field}`',
      fix: 'GRANT the connection’s user the privilege the message names (e.g. GRANT INSERT ON db.table TO user).',
    },
    {
      id: 'clickhouse/memory-per-query-message',
      category: 'plan',
      cause: 'MEMORY_LIMIT_EXCEEDED (for query)',
      message: /Memory limit \(for query\) exceeded/i,
      destination: C,
      summary: 'ClickHouse query over its memory limit (max_memory_usage)',
      fix: 'Insert smaller batches, or raise max_memory_usage for the sync’s user (or the service size); the same insert fails again until one changes.',
    },
    {
      id: 'clickhouse/memory-message',
      category: 'transient',
      cause: 'MEMORY_LIMIT_EXCEEDED',
      message: /\bCode: 241\b|Memory limit \((?:total|for user)\) exceeded/i,
      destination: C,
      summary: 'ClickHouse server under memory pressure (total / per-user limit)',
      fix: 'Retry with backoff once other queries and merges finish; if it recurs, lower the sync’s concurrency or give the server more memory.',
    },
    {
      id: 'clickhouse/bad-data-message',
      category: 'validation',
      cause: 'value or column rejected',
      message: /\bCode: (?:6|16|27|41|47|53|60|62|81|117)\b|Cannot parse (?:input|string|text)|Type mismatch in|No such column \S+ in table|Missing columns: '|Table \S+ does(?:n't| not) exist|Syntax error: failed at position/i,
      destination: C,
      fieldFrom: COLUMN,
      summary: 'ClickHouse rejected the rows or statement (`{field}`)',
      fix: 'Fix the source value, the column type or the table name in the mapping; retrying the same rows fails again.',
    },
    {
      id: 'clickhouse/busy-message',
      category: 'transient',
      cause: 'busy or timed out',
      message: /\bCode: (?:159|202|209|252)\b|Too many parts \(\d+|Too many simultaneous queries|Timeout exceeded: elapsed|Timeout exceeded while (?:reading from|writing to) socket/i,
      destination: C,
      summary: 'ClickHouse busy or slow: too many queries or parts, or a timeout',
      fix: BUSY_FIX,
    },
    {
      id: 'clickhouse/quota-message',
      category: 'plan',
      cause: 'QUOTA_EXCEEDED',
      message: /\bCode: 201\b|Quota for user `?[\w.@-]+`? for \d+s has been exceeded/i,
      destination: C,
      summary: 'ClickHouse user quota exceeded',
      fix: 'Wait for the quota interval to end, or raise the quota of the sync’s user (CREATE / ALTER QUOTA).',
    },
  ],
};
