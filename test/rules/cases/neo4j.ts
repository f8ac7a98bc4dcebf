import type { RuleCase } from '../rule-tester.js';

/** Neo4j status codes as the drivers print them. Source: neo4j.com/docs/status-codes/current. */
export const neo4jCases: RuleCase[] = [
  {
    line: 'org.neo4j.driver.exceptions.AuthenticationException: The client is unauthorized due to authentication failure. {code: Neo.ClientError.Security.Unauthorized}',
    category: 'auth',
    destination: 'neo4j',
    rule: 'neo4j/unauthorized',
    note: 'wrong password',
  },
  {
    line: "ERROR load failed: Neo.ClientError.Security.Forbidden: Database access is not allowed for user 'sync' with roles [PUBLIC].",
    category: 'permissions',
    destination: 'neo4j',
    rule: 'neo4j/forbidden',
    note: 'a role without access to the database',
  },
  {
    line: "neo4j.exceptions.ConstraintError: {code: Neo.ClientError.Schema.ConstraintValidationFailed} {message: Node(12) already exists with label `Person` and property `email` = 'a@example.com'}",
    category: 'validation',
    destination: 'neo4j',
    field: 'email',
    rule: 'neo4j/constraint',
    note: 'a uniqueness constraint names its property',
  },
  {
    line: 'ERROR write failed: Neo.TransientError.Transaction.DeadlockDetected: ForsetiClient[3] can\'t acquire ExclusiveLock{owner=ForsetiClient[5]}',
    category: 'transient',
    destination: 'neo4j',
    rule: 'neo4j/transient',
    note: 'a TransientError is retried',
  },
];
