import type { RuleCase } from '../rule-tester.js';

/**
 * BigQuery's own wording (its reasons and statuses are Google's). Sources:
 * cloud.google.com/bigquery/docs/error-messages, /managing-table-schemas, /loading-data.
 */
export const bigqueryCases: RuleCase[] = [
  {
    line: 'BigQuery error in load operation: Provided Schema does not match Table my-project:analytics.events. Field user_id has changed type from STRING to INTEGER',
    category: 'validation',
    destination: 'bigquery',
    field: 'user_id',
    rule: 'bigquery/schema-mismatch',
    note: '`bq load` with a schema the table does not take',
  },
  {
    line: 'ERROR load failed: Provided Schema does not match Table proj:ds.orders. Field status has changed mode from REQUIRED to NULLABLE',
    category: 'validation',
    field: 'status',
    rule: 'bigquery/schema-mismatch',
  },
];
