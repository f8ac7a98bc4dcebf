import type { RuleCase } from '../rule-tester.js';

/**
 * Apache Cassandra / DataStax as the drivers print the server's protocol errors: Java 3.x
 * (`com.datastax.driver.core.exceptions.*`), Java 4.x (`com.datastax.oss.driver.api.core.*`),
 * Python (`cassandra.*: Error from server: code=NNNN [Name] message="…"`, `NoHostAvailable`), Node
 * (`ResponseError`, `NoHostAvailableError`), gocql.
 * Sources: CQL native protocol spec §9 (error codes 0x0100, 0x1000, 0x1001, 0x1100, 0x2100, 0x2200);
 * DataStax driver exception classes; real lines in apache/cassandra-ccm #765, masumsoft/
 * cassandra-exporter #3, glowroot #505, yugabyte-db #4062 / #4309, scylladb #9621, YCSB #502.
 */
export const cassandraCases: RuleCase[] = [
  // ---------------------------------------------------------------- login
  {
    line: "cassandra.cluster.NoHostAvailable: ('Unable to connect to any servers', {'127.0.0.1:9042': AuthenticationFailed('Failed to authenticate to 127.0.0.1:9042: Error from server: code=0100 [Bad credentials] message=\"Provided username cassandra and/or password are incorrect\"')})",
    category: 'auth',
    destination: 'cassandra',
    rule: 'cassandra/bad-credentials',
    note: 'near miss for NoHostAvailable (outage): every node refused the login',
  },
  {
    line: "2026-03-04T07:00:00Z ERROR com.datastax.oss.driver.api.core.auth.AuthenticationException: Authentication error on node /10.0.0.5:9042: server replied with 'Provided username loader and/or password are incorrect' to AuthResponse request",
    category: 'auth',
    destination: 'cassandra',
    rule: 'cassandra/bad-credentials',
    note: 'Java driver 4.x',
  },
  {
    line: '{ [Error: All host(s) tried for query failed. First host tried, 127.0.0.1:9042: AuthenticationError: Username and/or password are incorrect. See innerErrors.]',
    category: 'auth',
    destination: 'cassandra',
    rule: 'cassandra/bad-credentials',
    note: 'Node cassandra-driver, older server wording, known only by the native port',
  },
  // ---------------------------------------------------------------- grants
  {
    line: 'cassandra.Unauthorized: Error from server: code=2100 [Unauthorized] message="User loader has no MODIFY permission on <table sales.orders> or any of its parents"',
    category: 'permissions',
    destination: 'cassandra',
    field: 'sales.orders',
    rule: 'cassandra/unauthorized',
    note: '0x2100: the table is the field',
  },
  {
    line: '2019-01-04 01:19:04.175 ERROR org.glowroot - com.datastax.driver.core.exceptions.UnauthorizedException: User glowroot has no CREATE permission on <all keyspaces> or any of its parents',
    category: 'permissions',
    destination: 'cassandra',
    field: 'all keyspaces',
    rule: 'cassandra/unauthorized',
    note: 'Java driver 3.x, a keyspace-level grant',
  },
  {
    line: 'com.datastax.driver.core.exceptions.NoHostAvailableException: All host(s) tried for query failed (tried: /127.0.0.126:9042 (com.datastax.driver.core.exceptions.UnauthorizedException: Unauthorized. User role_2 has no SELECT permission on <table system.peers_v2> or any of its parents))',
    category: 'permissions',
    destination: 'cassandra',
    field: 'system.peers_v2',
    rule: 'cassandra/unauthorized',
    note: 'near miss for NoHostAvailable: the cause inside is a missing grant',
  },
  // ---------------------------------------------------------------- the statement
  {
    line: 'cassandra.InvalidRequest: Error from server: code=2200 [Invalid query] message="Undefined column name emial"',
    category: 'validation',
    destination: 'cassandra',
    field: 'emial',
    rule: 'cassandra/invalid-query',
    note: '0x2200: the mapped column does not exist',
  },
  {
    line: '2026-03-04T07:00:05Z ERROR com.datastax.oss.driver.api.core.servererrors.InvalidQueryException: Invalid STRING constant (abc) for "age" of type int',
    category: 'validation',
    destination: 'cassandra',
    field: 'age',
    rule: 'cassandra/invalid-query',
    note: 'a value of the wrong type for the column',
  },
  {
    line: 'ResponseError: unconfigured table user_events\n    at FrameReader.readError (/app/node_modules/cassandra-driver/lib/readers.js:389:17)',
    category: 'validation',
    destination: 'cassandra',
    field: 'user_events',
    rule: 'cassandra/invalid-query',
    note: 'Node driver: the table does not exist in the keyspace',
  },
  // ---------------------------------------------------------------- degraded cluster
  {
    line: 'com.datastax.driver.core.exceptions.WriteTimeoutException: Cassandra timeout during SIMPLE write query at consistency QUORUM (3 replica were required but only 2 acknowledged the write)',
    category: 'transient',
    destination: 'cassandra',
    rule: 'cassandra/timeout',
    note: 'replicas too slow: retry',
  },
  {
    line: "2026-03-04T07:00:10Z ERROR cassandra.WriteTimeout: Error from server: code=1100 [Coordinator node timed out waiting for replica nodes' responses] message=\"Operation timed out - received only 0 responses.\" info={'consistency': 'LOCAL_QUORUM', 'required_responses': 2, 'received_responses': 0, 'write_type': 'SIMPLE'}",
    category: 'transient',
    destination: 'cassandra',
    rule: 'cassandra/timeout',
    note: 'Python driver 0x1100',
  },
  {
    line: '2026-03-04T07:00:12Z ERROR com.datastax.driver.core.exceptions.OverloadedException: Queried host (/10.0.0.12:9042) was overloaded: Too many in flight hints: 10485760',
    category: 'transient',
    destination: 'cassandra',
    rule: 'cassandra/overloaded',
    note: '0x1001 overloaded: back off',
  },
  {
    line: "cassandra.Unavailable: Error from server: code=1000 [Unavailable exception] message=\"Cannot achieve consistency level LOCAL_QUORUM\" info={'consistency': 'LOCAL_QUORUM', 'required_replicas': 2, 'alive_replicas': 1}",
    category: 'transient',
    destination: 'cassandra',
    rule: 'cassandra/unavailable',
    note: '0x1000: the coordinator answered, some replicas are down — degraded, not unreachable',
  },
  // ---------------------------------------------------------------- unreachable
  {
    line: 'Caused by: com.datastax.driver.core.exceptions.NoHostAvailableException: All host(s) tried for query failed (tried: ip-172-31-47-183/172.31.47.183 ([ip-172-31-47-183/172.31.47.183] Cannot connect))',
    category: 'outage',
    destination: 'cassandra',
    rule: 'cassandra/no-host',
    note: 'Java 3.x: no node could be reached',
  },
  {
    line: "com.datastax.oss.driver.api.core.AllNodesFailedException: Could not reach any contact point, make sure you've provided valid addresses (showing first 1 nodes, use getAllErrors() for more): Node(endPoint=/127.0.0.1:9042, hostId=null, hashCode=5f2b1d8e): [io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: /127.0.0.1:9042]",
    category: 'outage',
    destination: 'cassandra',
    rule: 'cassandra/no-host',
    note: 'Java 4.x: refused by every contact point',
  },
  {
    line: "2026-03-04T07:00:15Z ERROR cassandra.cluster.NoHostAvailable: ('Unable to connect to any servers', {'10.0.0.5:9042': ConnectionRefusedError(111, \"Tried connecting to [('10.0.0.5', 9042)]. Last error: Connection refused\")})",
    category: 'outage',
    destination: 'cassandra',
    rule: 'cassandra/no-host',
    note: 'Python driver: refused',
  },
  {
    line: '2026-03-04T07:00:16Z ERROR gocql: unable to create session: unable to discover protocol version: dial tcp 10.0.0.5:9042: connect: connection refused',
    category: 'outage',
    destination: 'cassandra',
    rule: 'cassandra/no-host',
    note: 'gocql names the provider',
  },
];
