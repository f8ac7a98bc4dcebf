import type { Provider } from './provider.js';

/**
 * InfluxDB (1.x `/write`, 2.x and Cloud `/api/v2/write`, port 8086) as a metrics destination:
 * Telegraf's `[outputs.influxdb]` / `[outputs.influxdb_v2]`, influxdb-python / influxdb-client
 * (`InfluxDBError`, `InfluxDBClientError`), Node-RED's influxdb nodes. Its answers are
 * `{"error": "…"}` (1.x) or `{"code": "…", "message": "…"}` (2.x):
 * - 2.x `unauthorized` ("unauthorized access", "authorization not found"), 1.x "authorization
 *   failed": auth.
 * - "partial write: field type conflict: input field \"x\" on measurement \"m\" is type integer,
 *   already exists as type float", "points beyond retention policy", "unable to parse", "database
 *   not found", "bucket not found": the points are refused: validation.
 * Sources: docs.influxdata.com/influxdb/v2/write-data/troubleshoot/ and v1 "HTTP API" (errors).
 */
const I = ['influxdb'];

export const provider: Provider = {
  name: 'influxdb',
  display: 'InfluxDB',
  aliases: ['influx', 'influxdata'],
  hints: ['has exceeded limited_\\w{2,40} plan limit', 'influx_?db(?:_v2)?', '(?:read|write):orgs/[0-9a-f]{16}', 'influx(?= - )', 'InfluxDB\\w*(?:Error|Exception)', 'influxdb-client', '[\\w.-]+:8086', 'cloud2\\.influxdata\\.com'],
  links: {
    auth: 'https://docs.influxdata.com/influxdb/v2/admin/tokens/',
    validation: 'https://docs.influxdata.com/influxdb/v2/write-data/troubleshoot/',
    plan: 'https://docs.influxdata.com/influxdb/cloud/account-management/limits/',
    outage: 'https://status.influxdata.com',
  },
  rules: [
    {
      id: 'influxdb/field-type-conflict',
      category: 'validation',
      cause: 'field type conflict',
      message: /\bfield type conflict\b/,
      fieldFrom: /field type conflict: input field \\?"([^"\\]{1,120})\\?"/,
      summary: 'InfluxDB refused points: `{field}` has another type in the measurement',
      fix: 'Write `{field}` with the type it already has (an integer vs a float: add or drop the decimal point), or write to a new measurement; retrying the same points fails again.',
    },
    {
      id: 'influxdb/points-refused',
      category: 'validation',
      cause: 'points refused',
      message: /\bpoints beyond retention policy\b|\bunable to parse '[^'\n]{0,200}'|\b(?:database|bucket) not found\b/,
      destination: I,
      summary: 'InfluxDB refused the points (unparsable, too old for the retention policy, or no such database / bucket)',
      fix: 'Fix the line protocol or the timestamps, or create the database / bucket the output writes to; retrying the same points fails again.',
    },
    // InfluxDB Cloud's usage-based plans refuse writes and queries over the plan's limits with 429
    // (writes, queries) or 400 (cardinality, buckets): "org <id> has exceeded limited_cardinality plan
    // limit" (limited_write, limited_query, limited_cardinality, limited_bucket…). The plan decides.
    {
      id: 'influxdb/plan-limit',
      category: 'plan',
      cause: 'plan limit exceeded',
      message: /\bhas exceeded limited_\w{2,40} plan limit\b/,
      summary: 'InfluxDB Cloud organisation over its plan’s limit (writes, queries, series cardinality or buckets)',
      fix: 'Upgrade the InfluxDB Cloud plan, or lower the series cardinality / write rate (drop high-cardinality tags); writes are refused until then.',
    },
    // 2.x names the permission a token lacks: "read:orgs/03a2c4456f0f5000 is unauthorized".
    {
      id: 'influxdb/permission',
      category: 'permissions',
      cause: 'token lacks a permission',
      message: /\b(?:read|write):(?:orgs|buckets|users|tasks|authorizations|dashboards|telegrafs|dbrp)\/[0-9a-f]{16}(?:\/[\w-]+)? is unauthorized\b/,
      summary: 'InfluxDB token lacks a permission (read or write on an org or bucket)',
      fix: 'Give the token the permission it names (an all-access or a read/write token for the bucket and org); keep writing what it may.',
    },
    {
      id: 'influxdb/unauthorized',
      category: 'auth',
      cause: 'token rejected',
      message: /\bunauthorized access\b|\bauthorization not found\b|\bauthorization failed\b/,
      destination: I,
      summary: 'InfluxDB rejected the token or the user',
      fix: 'Set a valid API token (2.x: Authorization: Token …) or user and password in the output; pause writing until then.',
    },
  ],
};
