import type { Provider } from './provider.js';

/**
 * Apache Cassandra (and DataStax Enterprise / Astra DB, which speak the same protocol) as a sync
 * destination or source. The server answers a protocol error code and a message; the DataStax
 * drivers print them their own way:
 * - Java 3.x `com.datastax.driver.core.exceptions.WriteTimeoutException: Cassandra timeout during
 *   SIMPLE write query at consistency LOCAL_QUORUM (2 replica were required but only 0 acknowledged
 *   the write)`, 4.x `com.datastax.oss.driver.api.core.servererrors.…` and `AllNodesFailedException`;
 * - Python `cassandra.WriteTimeout: Error from server: code=1100 [Coordinator node timed out waiting
 *   for replica nodes' responses] message="Operation timed out - received only 0 responses."`,
 *   `cassandra.cluster.NoHostAvailable: ('Unable to connect to any servers', {host: cause})`;
 * - Node `ResponseError` / `NoHostAvailableError: All host(s) tried for query failed`, gocql.
 * The cases:
 * - 0x0100 Bad credentials "Provided username u and/or password are incorrect" (older: "Username
 *   and/or password are incorrect"), AuthenticationException / AuthenticationFailed: auth. Checked
 *   before the no-host rule: a driver that cannot log in to any node reports NoHostAvailable with
 *   AuthenticationFailed inside.
 * - 0x2100 Unauthorized "User u has no MODIFY permission on <table ks.t> or any of its parents":
 *   permissions (a GRANT), the resource named.
 * - 0x2200 Invalid query / InvalidQueryException ("Undefined column name x", "unconfigured table
 *   t", "Invalid STRING constant (abc) for "age" of type int", "Missing PRIMARY KEY part id"),
 *   0x2000 syntax error: validation, the column named.
 * - 0x1100 WriteTimeout / 0x1200 ReadTimeout (replicas too slow at the consistency level), 0x1001
 *   Overloaded, 0x1000 Unavailable ("Cannot achieve consistency level QUORUM": too few replicas
 *   alive; the coordinator answered, so the cluster is up but degraded), client-side DriverTimeout /
 *   OperationTimedOut: transient — the drivers' retry policies retry them.
 * - NoHostAvailable / AllNodesFailedException / NoNodeAvailableException / gocql "no hosts
 *   available in the pool" with no login or permission cause inside: no node could be reached:
 *   outage.
 * Sources: the CQL native protocol specification (v4 / v5, section 9: error codes), the DataStax
 * Java driver manual (retries, request tracker; exception classes), the Python driver's
 * cassandra/__init__.py and cluster.py (exception names and the "Error from server" format),
 * cassandra.apache.org CQL security (GRANT, permissions); real lines in apache/cassandra-ccm #765,
 * jaegertracing/jaeger-operator #469, masumsoft/cassandra-exporter #3, glowroot #505,
 * thelastpickle/cassandra-reaper #1565, yugabyte-db #4062, scylladb #9621 / #10704, YCSB #502.
 */
const re = (...parts: string[]): RegExp => new RegExp(parts.join('|'), 'i');

export const provider: Provider = {
  name: 'cassandra',
  display: 'Apache Cassandra',
  aliases: ['datastax', 'astradb', 'apachecassandra'],
  // The drivers (DataStax Java 3.x / 4.x under com.datastax, the Python and Node cassandra-driver,
  // gocql), DataStax / Astra hosts, cqlsh, the native protocol port, and the connectors (DataStax
  // Kafka sink, Debezium's Cassandra connector, Airbyte's destination-cassandra) through the word.
  hints: ['com\\.datastax(?:\\.[\\w$]+)*', 'cassandra', 'datastax', 'gocql', 'cqlsh', '[\\w.-]+:9042'],
  links: {
    auth: 'https://cassandra.apache.org/doc/latest/cassandra/managing/operating/security.html',
    permissions: 'https://cassandra.apache.org/doc/latest/cassandra/developing/cql/security.html',
    validation: 'https://cassandra.apache.org/doc/latest/cassandra/developing/cql/index.html',
    transient: 'https://docs.datastax.com/en/developer/java-driver/latest/manual/core/retries/',
    outage: 'https://cassandra.apache.org/doc/latest/cassandra/troubleshooting/index.html',
  },
  rules: [
    // Login and grants before the no-host rule: NoHostAvailable carries them as its cause.
    {
      id: 'cassandra/bad-credentials',
      category: 'auth',
      cause: 'bad credentials',
      message: re(
        'Provided username \\S* ?and/or password are incorrect',
        'Username and/or password are incorrect',
        'code=0100 \\[Bad credentials\\]',
        'AuthenticationException: Authentication error on (?:host|node)',
        'requires authentication, but no authenticator found',
        "AuthenticationFailed\\('Failed to authenticate",
      ),
      summary: 'Cassandra rejected the login (user or password)',
      fix: 'Fix the user or password of the connection (and configure an auth provider if the cluster requires one); pause the sync until then.',
    },
    {
      id: 'cassandra/unauthorized',
      category: 'permissions',
      cause: 'missing permission',
      message: re('has no \\w+ permission on <', 'code=2100 \\[Unauthorized\\]', '(?:datastax|cassandra)[\\w.]*\\.UnauthorizedException'),
      fieldFrom: /permission on <(?:table |keyspace |all tables in )?([^>]+)>/,
      summary: 'Cassandra role lacks a permission on `{field}`',
      fix: 'GRANT the connection’s role the permission the message names (e.g. GRANT MODIFY ON TABLE ks.t TO loader); keep syncing other tables.',
    },
    {
      id: 'cassandra/invalid-query',
      category: 'validation',
      cause: 'invalid query',
      message: re(
        'InvalidQueryException',
        'code=2[02]00 \\[',
        'Undefined column name \\w+',
        'unconfigured table \\w+',
        'Missing (?:mandatory )?PRIMARY KEY part \\w+',
        'Invalid \\w+ constant \\([^)]*\\) for "?\\w+"? of type',
      ),
      fieldFrom: /Undefined column name (\w+)|PRIMARY KEY part (\w+)|constant \([^)]*\) for "?(\w+)"? of type|unconfigured table (\w+)/,
      summary: 'Cassandra rejected the statement or value for `{field}`',
      fix: 'Fix the mapping (column, table, primary key parts) or the value’s type; retrying the same row fails again.',
    },
    {
      id: 'cassandra/timeout',
      category: 'transient',
      cause: 'replica timeout',
      message: re(
        '(?:Write|Read)TimeoutException',
        'cassandra\\.(?:WriteTimeout|ReadTimeout|OperationTimedOut)\\b',
        'code=1[12]00 \\[',
        'Cassandra timeout during',
        'Operation timed out - received only \\d+ responses',
        'DriverTimeoutException',
      ),
      summary: 'Cassandra replicas did not answer in time at the requested consistency',
      fix: 'Retry (idempotent writes); if it recurs, lower write concurrency or batch size, check node load and compaction, or relax the consistency level.',
    },
    {
      id: 'cassandra/overloaded',
      category: 'transient',
      cause: 'coordinator overloaded',
      message: re('OverloadedException', 'code=1001 \\[', 'Queried host was overloaded', 'BusyPoolException', 'BusyConnectionException'),
      summary: 'Cassandra node overloaded or the driver’s connection pool busy',
      fix: 'Retry with backoff; lower the sync’s concurrency or raise the pool’s in-flight request limit if it persists.',
    },
    {
      id: 'cassandra/unavailable',
      category: 'transient',
      cause: 'not enough replicas alive',
      // Not AWS's ServiceUnavailableException.
      message: re('(?<![A-Za-z])UnavailableException', 'cassandra\\.Unavailable\\b', 'code=1000 \\[', 'Cannot achieve consistency level \\w+', 'Not enough replicas available for query'),
      summary: 'Cassandra has too few replicas alive for the consistency level (some nodes are down)',
      fix: 'Retried; if it persists, bring the down nodes back (nodetool status) or write at a lower consistency level.',
    },
    {
      id: 'cassandra/no-host',
      category: 'outage',
      cause: 'no node reachable',
      message: re(
        'NoHostAvailable(?:Exception|Error)?',
        'All host\\(s\\) tried for query failed',
        'AllNodesFailedException',
        'Could not reach any contact point',
        'NoNodeAvailableException',
        'No node was available to execute the query',
        'gocql: no hosts available',
        'unable to discover protocol version',
      ),
      summary: 'No Cassandra node could be reached (down, wrong contact points or port, or blocked)',
      fix: 'Check the contact points, port (9042) and local datacenter of the connection, that the nodes are up (nodetool status) and reachable from the sync; resume when they answer.',
    },
  ],
};
