import type { Provider } from './provider.js';

/**
 * Snowflake: the connectors raise `ProgrammingError` / `DatabaseError` with a six-digit code and
 * SQLSTATE in prose ("002003 (42S02): SQL compilation error: …"); the message decides.
 * Sources: docs.snowflake.com access-control overview (an object a role has no privilege on is not
 * visible to it) and the connectors' error texts in public issues.
 */
export const provider: Provider = {
  name: 'snowflake',
  display: 'Snowflake',
  hints: ['snowflakecomputing\\.com', 'snowflake'],
  rank: 100,
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
  ],
};
