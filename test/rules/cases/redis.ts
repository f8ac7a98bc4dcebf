import type { RuleCase } from '../rule-tester.js';

/**
 * Redis error replies by their first word, as clients print them. Sources: redis.io protocol
 * spec ("Simple errors"), AUTH (WRONGPASS, NOAUTH), ACL (NOPERM), maxmemory (OOM), replication
 * (LOADING, READONLY), cluster (CLUSTERDOWN, TRYAGAIN).
 */
export const redisCases: RuleCase[] = [
  {
    line: 'ERROR cache write failed: ReplyError: WRONGPASS invalid username-password pair or user is disabled.',
    category: 'auth',
    destination: 'redis',
    rule: 'redis/wrong-password',
  },
  {
    line: "redis.exceptions.ResponseError: NOPERM this user has no permissions to run the 'set' command",
    category: 'permissions',
    destination: 'redis',
    rule: 'redis/no-perm',
  },
  {
    line: "Redis::CommandError: OOM command not allowed when used memory > 'maxmemory'.",
    category: 'plan',
    destination: 'redis',
    rule: 'redis/out-of-memory',
  },
  {
    line: 'W, [2026-07-01T09:00:00.000000 #8] WARN -- : RedisClient::CommandError: LOADING Redis is loading the dataset in memory (redis://cache:6379)',
    category: 'transient',
    destination: 'redis',
    rule: 'redis/not-ready',
  },
];

/** A cluster reply with no error word around it, and PHP's Predis client. Source: redis.io cluster spec (CLUSTERDOWN). */
export const redisClusterCases: RuleCase[] = [
  {
    line: 'CLUSTERDOWN The cluster is down',
    category: 'transient',
    destination: 'redis',
    rule: 'redis/not-ready',
    note: 'a slot without a master: the reply alone names Redis and says the cluster is down',
  },
  {
    line: "[2026-04-01 07:01:58] production.ERROR: Predis\\Connection\\ConnectionException: Connection refused [tcp://10.0.0.5:6379]",
    category: 'outage',
    destination: 'redis',
    note: "Predis's connection error names Redis; the network cause (refused: the server is not there) decides",
  },
  {
    line: "Error: connect ECONNREFUSED 127.0.0.1:6379\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16) {\n  errno: -111,\n  code: 'ECONNREFUSED',\n  syscall: 'connect',\n  address: '127.0.0.1',\n  port: 6379\n}",
    category: 'outage',
    destination: 'redis',
    rule: 'network/refused-code',
    note: 'Node prints the socket error with its port; 6379 is Redis’s (a job queue on ioredis or node-redis)',
  },
];
