import type { Provider } from './provider.js';

/**
 * Amazon Redshift as a warehouse destination (libpq / redshift_connector wording). Its own wording
 * names it even on a Postgres driver's line: error 1023 "Serializable isolation violation on table",
 * load errors that point at stl_load_errors or print its DETAIL block (`code: 8001 … location:
 * string.cpp:179`) (docs.aws.amazon.com/redshift/latest/dg/c_serial_isolation.html,
 * r_STL_LOAD_ERRORS.html).
 */
export const provider: Provider = {
  name: 'redshift',
  display: 'Amazon Redshift',
  // The Redshift JDBC driver prefixes its errors `[Amazon](500310) Invalid operation: …` (its own
  // error numbers, 5xxxxx) from `com.amazon.redshift` / `com.amazon.support.exceptions`.
  hints: ['\\[Amazon\\]\\(500\\d{3}\\)', 'com\\.amazon\\.redshift', '[\\w.-]+\\.redshift(?:-serverless)?\\.amazonaws\\.com', 'redshift_connector', 'redshift', 'Serializable isolation violation on table', 'stl_load_errors', 'location:\\s{1,8}\\w{1,40}\\.cpp:\\d{1,6}'],
  // Postgres wording is read by the postgres and generic SQLSTATE rules; these are Redshift's own.
  ruledBy: 'postgres',
  rules: [
    // Error 1023: two transactions wrote the same table concurrently; Redshift aborts one of them.
    {
      id: 'redshift/serializable-isolation',
      category: 'transient',
      cause: '1023 serializable isolation violation',
      message: /Serializable isolation violation on table/i,
      summary: 'Redshift aborted a concurrent write (serializable isolation violation)',
      fix: 'Retried; if it recurs, serialise the loads into this table (one writer, or LOCK the table in the transaction).',
    },
    // Error 1016: the cluster's storage is exhausted (a load or a big sort ran it out); more nodes or RA3 managed storage.
    {
      id: 'redshift/disk-full',
      category: 'plan',
      cause: '1016 disk full',
      message: /\bDisk Full\b/,
      destination: ['redshift'],
      summary: 'Redshift cluster out of disk space',
      fix: 'Free space (VACUUM, drop unused tables) or resize the cluster (more nodes, RA3 managed storage); pause the loads until then.',
    },
  ],
};
