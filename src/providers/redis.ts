import type { Provider } from './provider.js';

/**
 * Redis as a destination or cache of a sync: node-redis ("Redis connection to 127.0.0.1:6379 failed
 * - connect ECONNREFUSED", `ReplyError`), ioredis (`[ioredis] Unhandled error event`), redis-py
 * (`redis.exceptions.ConnectionError`, `AuthenticationError: invalid username-password pair`), Jedis
 * (`JedisConnectionException`), `redis://` URLs. Its network causes are the generic ones; a wrong
 * password ("WRONGPASS", "NOAUTH Authentication required") is auth by the generic wording.
 * Sources: redis.io/docs/latest/commands/auth (WRONGPASS, NOAUTH), the clients' error classes.
 */
export const provider: Provider = {
  name: 'redis',
  display: 'Redis',
  hints: ['rediss?://[\\w.@:-]+', '[\\w.-]+:6379', 'port: 6379', 'Redis connection to', 'ioredis', 'Redis(?:Client)?::\\w+', 'ReplyError', 'WRONGPASS', 'redis\\.exceptions\\.\\w+', 'JedisConnectionException', 'Jedis\\w*Exception', 'RedisConnectionException', 'StackExchange\\.Redis', 'Predis\\\\\\w+', '\\bCLUSTERDOWN\\b', '\\bMASTERDOWN\\b'],
  links: {
    auth: 'https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/',
    permissions: 'https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/',
    plan: 'https://redis.io/docs/latest/operate/oss_and_stack/management/config/',
    outage: 'https://redis.io/docs/latest/operate/oss_and_stack/management/troubleshooting/',
    transient: 'https://redis.io/docs/latest/operate/oss_and_stack/management/troubleshooting/',
  },
  // The server's error prefixes (redis.io/docs/latest/develop/reference/protocol-spec, "Simple errors"):
  // the first word of every error reply is its kind.
  rules: [
    {
      id: 'redis/wrong-password',
      category: 'auth',
      cause: 'WRONGPASS / NOAUTH',
      message: /\bWRONGPASS\b|\bNOAUTH Authentication required\b|\binvalid username-password pair\b/,
      summary: 'Redis rejected the password (or the user is disabled)',
      fix: 'Fix the user and password of the Redis connection (AUTH / the ACL user); pause the sync until then.',
    },
    {
      id: 'redis/no-perm',
      category: 'permissions',
      cause: 'NOPERM',
      message: /\bNOPERM\b/,
      summary: 'Redis ACL user lacks the command or key',
      fix: 'Grant the ACL user the commands and key patterns the sync uses (ACL SETUSER … +@write ~prefix:*); keep syncing other keys.',
    },
    {
      id: 'redis/out-of-memory',
      category: 'plan',
      cause: 'OOM maxmemory',
      message: /\bOOM command not allowed when used memory > 'maxmemory'/,
      summary: 'Redis is at its memory limit (maxmemory) and refuses writes',
      fix: 'Raise maxmemory (or the managed plan’s memory), set an eviction policy, or free keys; writes fail until then.',
    },
    {
      id: 'redis/not-ready',
      category: 'transient',
      cause: 'server not ready',
      message: /\bLOADING Redis is loading the dataset in memory\b|\bREADONLY You can't write against a read only replica\b|\bTRYAGAIN\b|\bCLUSTERDOWN\b|\bMASTERDOWN\b/,
      destination: ['redis'],
      summary: 'Redis not ready (loading, failing over or resharding); the client retries',
      fix: 'Retry with backoff; if it persists, look at the Redis server’s restarts and failovers.',
    },
  ],
};
