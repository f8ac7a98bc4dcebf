import type { RuleCase } from '../rule-tester.js';

/**
 * ClickHouse server errors as clients relay them: "Code: NNN. DB::Exception: <text>. (NAME)
 * (version …)" (clickhouse-client, clickhouse-connect, clickhouse_driver, @clickhouse/client,
 * clickhouse-java), and the legacy JDBC form "ClickHouse exception, code: NNN, host: …; Code: NNN,
 * e.displayText() = DB::Exception: …" without the symbolic name.
 * Sources: ClickHouse src/Common/ErrorCodes.cpp (numbers and names); clickhouse.com/docs
 * operations/settings/query-complexity (max_memory_usage), server settings
 * (max_server_memory_usage), operations/quotas, merge-tree settings (parts_to_throw_insert);
 * Memory limit texts from public troubleshooting pages (netdata ClickHouse guides, Huawei MRS FAQ
 * "Code: 241 … Memory limit (for query) exceeded"), ClickHouse / clickhouse-java issue bodies.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const clickhouseCases: RuleCase[] = [
  {
    line: 'clickhouse_connect.driver.exceptions.DatabaseError: HTTPDriver for https://abc123.us-east-1.aws.clickhouse.cloud:8443 received ClickHouse error code 516 Code: 516. DB::Exception: etl: Authentication failed: password is incorrect, or there is no user with such name. (AUTHENTICATION_FAILED) (version 24.3.1.2672 (official build))',
    category: 'auth',
    destination: 'clickhouse',
    cause: 'AUTHENTICATION_FAILED',
    rule: 'clickhouse/authentication',
    note: '516 AUTHENTICATION_FAILED: auth',
  },
  {
    line: 'ru.yandex.clickhouse.except.ClickHouseException: ClickHouse exception, code: 516, host: ch.internal, port: 8123; Code: 516, e.displayText() = DB::Exception: etl: Authentication failed: password is incorrect or there is no user with such name (version 21.3.4.25 (official build))',
    category: 'auth',
    destination: 'clickhouse',
    rule: 'clickhouse/authentication-message',
    note: 'legacy JDBC: no symbolic name, the number and wording decide',
  },
  {
    line: "2026-03-05T06:00:00Z ERROR Code: 497. DB::Exception: loader: Not enough privileges. To execute this query, it's necessary to have the grant INSERT(id, email) ON analytics.contacts. (ACCESS_DENIED) (version 23.8.2.7 (official build))",
    category: 'permissions',
    destination: 'clickhouse',
    field: 'analytics.contacts',
    rule: 'clickhouse/access-denied',
    note: '497 ACCESS_DENIED names the grant and the table',
  },
  {
    line: j({ level: 'error', destination: 'clickhouse', error: "Code: 497, e.displayText() = DB::Exception: loader: Not enough privileges. To execute this query it's necessary to have the grant INSERT ON analytics.events (version 20.8.3.18)" }),
    category: 'permissions',
    field: 'analytics.events',
    rule: 'clickhouse/access-denied-message',
    note: 'older server: the grant wording without the symbol',
  },
  {
    line: "2026-03-05T06:00:05Z ERROR Code: 27. DB::Exception: Cannot parse input: expected '\"' before: 'abc}': (while reading the value of key ts): (at row 1): While executing ParallelParsingBlockInputFormat. (CANNOT_PARSE_INPUT_ASSERTION_FAILED) (version 23.3.1.1)",
    category: 'validation',
    destination: 'clickhouse',
    field: 'ts',
    rule: 'clickhouse/bad-data',
    note: '27 JSONEachRow parse error names the key being read',
  },
  {
    line: 'Code: 16. DB::Exception: No such column phone in table analytics.contacts (4c1f2e9a-1b2c-4d5e-8f90-123456789abc). (NO_SUCH_COLUMN_IN_TABLE) (version 24.1.1.1)',
    category: 'validation',
    destination: 'clickhouse',
    field: 'phone',
    rule: 'clickhouse/bad-data',
    note: '16 NO_SUCH_COLUMN_IN_TABLE: the mapping names a missing column',
  },
  {
    line: "clickhouse_driver.errors.ServerException: Code: 6. DB::Exception: Cannot parse string 'yesterday' as DateTime: syntax error at position 9 (parsed just 'yesterday'): while executing 'FUNCTION toDateTime(created_at)' (version 22.8.4.7)",
    category: 'validation',
    destination: 'clickhouse',
    rule: 'clickhouse/bad-data-message',
    note: '6 CANNOT_PARSE_TEXT from an older server (no symbol): validation',
  },
  {
    line: 'Code: 60. DB::Exception: Table analytics.events_v2 does not exist. (UNKNOWN_TABLE) (version 24.1.1.1)',
    category: 'validation',
    destination: 'clickhouse',
    rule: 'clickhouse/unknown-object',
    note: '60 UNKNOWN_TABLE',
  },
  {
    line: 'Code: 241. DB::Exception: Memory limit (for query) exceeded: would use 9.31 GiB (attempt to allocate chunk of 4194304 bytes), maximum: 9.31 GiB. (MEMORY_LIMIT_EXCEEDED) (version 23.8.1.1)',
    category: 'plan',
    destination: 'clickhouse',
    rule: 'clickhouse/memory-per-query',
    note: '241 "(for query)": the per-query max_memory_usage setting, the same insert fails again — plan',
  },
  {
    line: 'Code: 241. DB::Exception: Memory limit (total) exceeded: would use 7.72 GiB (attempt to allocate chunk of 4641312 bytes), current RSS 1.10 GiB, maximum: 6.96 GiB. OvercommitTracker decision: Query was selected to stop by OvercommitTracker.. (MEMORY_LIMIT_EXCEEDED) (version 24.9.2.42 (official build))',
    category: 'transient',
    destination: 'clickhouse',
    rule: 'clickhouse/memory',
    note: '241 "(total)": server-wide pressure from all queries and merges, clears as load drops',
  },
  {
    line: 'ru.yandex.clickhouse.except.ClickHouseException: ClickHouse exception, code: 241, host: 10.121.8.8, port: 8123; Code: 241, e.displayText() = DB::Exception: Memory limit (for query) exceeded: would use 9.31 GiB (attempt to allocate chunk of 1048591 bytes), maximum: 9.31 GiB (version 19.9.5.36)',
    category: 'plan',
    destination: 'clickhouse',
    rule: 'clickhouse/memory-per-query-message',
    note: 'legacy JDBC form of the per-query limit',
  },
  {
    line: 'ru.yandex.clickhouse.except.ClickHouseException: ClickHouse exception, code: 241, host: 10.58.10.243, port: 8123; Code: 241, e.displayText() = DB::Exception: Memory limit (total) exceeded: would use 3.33 GiB (attempt to allocate chunk of 4219140 bytes), maximum: 3.33 GiB (version 21.5.6.6 (official build))',
    category: 'transient',
    destination: 'clickhouse',
    rule: 'clickhouse/memory-message',
    note: 'legacy JDBC form of the server-wide limit',
  },
  {
    line: "2026-03-05T06:00:10Z ERROR Code: 252. DB::Exception: Too many parts (300 with average size of 12.00 KiB) in table 'analytics.events (xyz)'. Merges are processing significantly slower than inserts. (TOO_MANY_PARTS) (version 23.8.1.1)",
    category: 'transient',
    destination: 'clickhouse',
    cause: 'TOO_MANY_PARTS',
    rule: 'clickhouse/busy',
    note: '252 TOO_MANY_PARTS: inserts outrun merges, back off and batch',
  },
  {
    line: 'ClickHouseException: ClickHouse exception, code: 202, host: ch.internal, port: 8123; Code: 202, e.displayText() = DB::Exception: Too many simultaneous queries. Maximum: 100 (version 20.3.8.53)',
    category: 'transient',
    destination: 'clickhouse',
    rule: 'clickhouse/busy-message',
    note: '202 too many simultaneous queries, older form',
  },
  {
    line: 'Code: 201. DB::Exception: Quota for user `etl` for 3600s has been exceeded: queries = 1001/1000. Interval will end at 2026-03-05 07:00:00. Name of quota template: `hourly`. (QUOTA_EXCEEDED) (version 23.8.1.1)',
    category: 'plan',
    destination: 'clickhouse',
    rule: 'clickhouse/quota',
    note: '201 QUOTA_EXCEEDED: the user’s quota',
  },
  {
    line: 'com.clickhouse.client.ClickHouseException: Code: 201, e.displayText() = DB::Exception: Quota for user `etl` for 86400s has been exceeded: result_rows = 100000001/100000000 (version 21.8.10.19)',
    category: 'plan',
    destination: 'clickhouse',
    rule: 'clickhouse/quota-message',
    note: 'older quota text, no symbol',
  },
  {
    line: 'Code: 210. DB::NetException: Connection refused (clickhouse:9000). (NETWORK_ERROR) (version 23.8.1.1)',
    category: 'outage',
    destination: 'clickhouse',
    rule: 'network/connection-refused',
    note: 'near miss: NETWORK_ERROR with "Connection refused" is the server down — the network rule',
  },
  {
    line: j({ level: 'error', destination: 'shopify', errors: [{ message: 'Access denied for orders field.', extensions: { code: 'ACCESS_DENIED' } }] }),
    category: 'permissions',
    destination: 'shopify',
    note: 'near miss: ACCESS_DENIED on another provider’s line is not ClickHouse’s',
  },
  {
    line: '2026-03-05T06:00:20Z ERROR POST http://10.0.0.9:8123/?query=INSERT failed: connect ETIMEDOUT 10.0.0.9:8123',
    category: 'transient',
    destination: null,
    note: 'near miss: port 8123 alone names no destination',
  },
];
