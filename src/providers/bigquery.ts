import type { Provider } from './provider.js';

/** BigQuery: a Google API (its reasons and statuses are every Google API's, so Google's rules decide its lines); named apart because operators name it apart. */
export const provider: Provider = {
  name: 'bigquery',
  display: 'BigQuery',
  // Both API hosts: bigquery.googleapis.com and www.googleapis.com/bigquery/v2 (the Java and older clients).
  // A load job's wording: "Error while reading data, error message: …".
  hints: ['bigquery\\.googleapis\\.com', 'Error while reading data, error message', '(?:www\\.)?googleapis\\.com/bigquery', 'google\\.cloud\\.bigquery', 'bigquery'],
  // Before Google's: at the same place in a line its host is the more specific hint.
  rank: 65,
  ruledBy: 'google',
  links: {
    plan: 'https://cloud.google.com/bigquery/quotas',
    permissions: 'https://cloud.google.com/bigquery/docs/access-control',
    validation: 'https://cloud.google.com/bigquery/docs/error-messages',
    outage: 'https://status.cloud.google.com',
    transient: 'https://status.cloud.google.com',
  },
  // BigQuery's own wording; its reasons and statuses are Google's (ruledBy).
  rules: [
    // A BigQuery load job stops once its bad records pass maxBadRecords (default 0): the rows'
    // values do not fit the table (reason "invalid"; the job's errors[] names rows and fields).
    // Streaming inserts (tabledata.insertAll) answer each bad row in insertErrors[] with reason
    // "invalid" and a message naming the field; clients often print only the message.
    {
      id: 'bigquery/row-invalid-message',
      category: 'validation',
      cause: 'invalid (row rejected)',
      message: /\bArray specified for non-repeated field\b|\bno such field: [\w.]+|\bCould not parse '[^'\n]{0,80}' as (?:INT64|FLOAT64|NUMERIC|BIGNUMERIC|BOOL|TIMESTAMP|DATE|DATETIME|TIME|JSON)\b|\bCannot convert value to (?:integer|floating point|boolean|timestamp|date)\b/,
      fieldFrom: /non-repeated field: ([\w.]+?)\.?(?:\\|"|'|\s|$)|no such field: ([\w.]+?)\.?(?:\\|"|'|\s|$)/,
      destination: ['google', 'bigquery'],
      link: 'https://cloud.google.com/bigquery/docs/error-messages',
      summary: 'BigQuery rejected rows that do not fit the table schema (`{field}`)',
      fix: 'Fix the source values or the mapping for `{field}` (an array into a non-repeated column, an unknown column, a value of the wrong type), or change the table schema.',
    },
    // A load or a query whose schema the table does not take: `bq load` prints "BigQuery error in
    // load operation: Provided Schema does not match Table p:d.t. Field x has changed type from
    // STRING to INTEGER" (also "Field x has changed mode from REQUIRED to NULLABLE").
    {
      id: 'bigquery/schema-mismatch',
      category: 'validation',
      cause: 'schema does not match the table',
      message: /\bProvided Schema does not match Table\b|\bField [\w.]+ has changed (?:type|mode) from [A-Z0-9]+ to [A-Z0-9]+/,
      fieldFrom: /\bField ([\w.]+) has changed (?:type|mode)/,
      link: 'https://cloud.google.com/bigquery/docs/managing-table-schemas',
      summary: 'BigQuery table schema does not take the data (`{field}` changed type or mode)',
      fix: 'Load with the table’s types for `{field}` (or allow the change: schema update options / a new table); retrying the same load fails again.',
    },
    {
      id: 'bigquery/load-too-many-errors',
      category: 'validation',
      cause: 'invalid (load job rows rejected)',
      message: /\b(?:JSON|CSV|Avro|Parquet|ORC) table encountered too many errors|\bToo many errors encountered\. Limit is:? \d+/i,
      link: 'https://cloud.google.com/bigquery/docs/error-messages',
      summary: 'BigQuery load job rejected rows (bad records over the limit)',
      fix: 'Read the job’s errors[] for the rows and fields BigQuery could not parse; fix the source values or the table schema and reload.',
    },
  ],
};
