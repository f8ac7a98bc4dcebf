import type { RuleCase } from '../rule-tester.js';

/** InfluxDB write errors. Sources: docs.influxdata.com/influxdb/v2/write-data/troubleshoot/, the v1 HTTP API. */
export const influxdbCases: RuleCase[] = [
  {
    line: '2026-07-01T09:00:00Z E! [outputs.influxdb] When writing to [http://influx:8086]: received error partial write: field type conflict: input field "temp" on measurement "sensors" is type float, already exists as type integer dropped=3; discarding points',
    category: 'validation',
    destination: 'influxdb',
    field: 'temp',
    rule: 'influxdb/field-type-conflict',
    note: 'a type conflict, not a duplicate record',
  },
  {
    line: '{"level":"error","destination":"influxdb","status":401,"body":{"code":"unauthorized","message":"unauthorized access"}}',
    category: 'auth',
  },
  {
    line: '2026-07-01T09:00:00Z E! [outputs.influxdb] When writing to [http://influx:8086]: failed to write metric (401 Unauthorized): authorization failed',
    category: 'auth',
    destination: 'influxdb',
    rule: 'influxdb/unauthorized',
  },
  {
    line: 'influxdb.exceptions.InfluxDBClientError: 400: {"error":"partial write: points beyond retention policy dropped=12"}',
    category: 'validation',
    destination: 'influxdb',
    rule: 'influxdb/points-refused',
  },
  {
    line: '2026-03-01T10:00:00Z E! [outputs.influxdb_v2] when writing to [https://influx.example.net]: failed to write metric: unauthorized: read:orgs/0a1b2c3d4e5f6071 is unauthorized',
    category: 'permissions',
    destination: 'influxdb',
    rule: 'influxdb/permission',
    note: '2.x names the permission the token lacks: the token works, its grants do not cover this',
  },
  {
    line: 'ts=2026-10-09T01:00:11.416170Z lvl=error msg="Error in replication stream" service=replications error="invalid response code 429, must be 204: 429 Too Many Requests: org cd0dcf866bcf7dc1 has exceeded limited_cardinality plan limit" retries=39',
    category: 'plan',
    destination: 'influxdb',
    rule: 'influxdb/plan-limit',
    note: "InfluxDB Cloud's series cardinality limit of the plan: a 429 that retrying does not lift",
  },
];
