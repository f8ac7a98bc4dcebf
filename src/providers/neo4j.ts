import type { Provider } from './provider.js';

/**
 * Neo4j (Bolt `neo4j://` / `bolt://`, HTTP `/db/…/tx`); every driver reports the server's status code
 * `Neo.<Classification>.<Category>.<Title>`: the classification says whether to retry
 * (`TransientError`: yes; `ClientError`: fix the request; `DatabaseError`: the server failed), the
 * category and title say why.
 * - Neo.ClientError.Security.Unauthorized / CredentialsExpired / TokenExpired: auth.
 * - Neo.ClientError.Security.Forbidden (a role without the privilege) and "Database access is not
 *   allowed for user": permissions.
 * - Neo.ClientError.Schema.ConstraintValidationFailed, Neo.ClientError.Statement.*: validation.
 * - Neo.TransientError.* (deadlocks, leader changes, memory pools): transient.
 * - Neo.ClientError.Cluster.NotALeader / Neo.TransientError.General.DatabaseUnavailable: transient.
 * Sources: neo4j.com/docs/status-codes/current (the status code list), the drivers' error handling
 * pages (retryable errors).
 */
const N = ['neo4j'];

export const provider: Provider = {
  name: 'neo4j',
  display: 'Neo4j',
  aliases: ['auradb', 'neo4jaura'],
  hints: ['(?:neo4j|bolt)(?:\\+s|\\+ssc)?://[\\w.-]+', 'Neo\\.(?:ClientError|TransientError|DatabaseError)\\.\\w+\\.\\w+', 'py2neo', 'neo4j\\.exceptions', 'org\\.neo4j\\.driver', 'Neo4j\\.Driver', 'Neo4jError', 'neo4j-driver', '[\\w-]+\\.databases\\.neo4j\\.io'],
  links: {
    auth: 'https://neo4j.com/docs/operations-manual/current/authentication-authorization/',
    permissions: 'https://neo4j.com/docs/operations-manual/current/authentication-authorization/manage-privileges/',
    validation: 'https://neo4j.com/docs/status-codes/current/',
    transient: 'https://neo4j.com/docs/status-codes/current/',
  },
  rules: [
    {
      id: 'neo4j/unauthorized',
      category: 'auth',
      cause: 'Neo.ClientError.Security.Unauthorized',
      message: /\bNeo\.ClientError\.Security\.(?:Unauthorized|CredentialsExpired|TokenExpired|AuthenticationRateLimit)\b|\[Security\.Unauthorized\]/,
      destination: N,
      summary: 'Neo4j rejected the credentials',
      fix: 'Fix the user’s password (or renew the token) in the connection; pause the sync until then.',
    },
    {
      id: 'neo4j/forbidden',
      category: 'permissions',
      cause: 'Neo.ClientError.Security.Forbidden',
      message: /\bNeo\.ClientError\.Security\.Forbidden\b|\[Security\.Forbidden\]|\bDatabase access is not allowed for user\b/,
      destination: N,
      summary: 'Neo4j user’s roles lack the privilege',
      fix: 'Grant the user’s role access to the database or the write privilege it needs; keep syncing what it may do.',
    },
    {
      id: 'neo4j/constraint',
      category: 'validation',
      cause: 'Neo.ClientError.Schema.ConstraintValidationFailed',
      message: /\bNeo\.ClientError\.(?:Schema\.ConstraintValidationFailed|Statement\.(?:SyntaxError|SemanticError|TypeError|ArgumentError|ParameterMissing))\b/,
      fieldFrom: /\bproperty `([^`]{1,100})`|\$`?(\w{1,100})`? (?:is missing|not provided)|Expected parameter\(s\): (\w{1,100})/,
      destination: N,
      summary: 'Neo4j rejected the statement or a record (constraint, syntax or parameter)',
      fix: 'Fix the record or the query the message names; the same write fails again as is.',
    },
    {
      id: 'neo4j/transient',
      category: 'transient',
      cause: 'Neo.TransientError',
      message: /\bNeo\.TransientError\.\w+\.\w+|\bNeo\.ClientError\.Cluster\.NotALeader\b/,
      destination: N,
      summary: 'Neo4j asked to retry (deadlock, leader change, or the database briefly unavailable)',
      fix: 'Retry in a new transaction (the drivers’ managed transactions do this); if it persists, check the cluster’s health.',
    },
  ],
};
