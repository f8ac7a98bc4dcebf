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
  hints: ['rediss?://[\\w.@:-]+', 'Redis connection to', 'ioredis', 'redis\\.exceptions\\.\\w+', 'JedisConnectionException', 'Jedis\\w*Exception', 'RedisConnectionException', 'StackExchange\\.Redis'],
  links: {
    auth: 'https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/',
    outage: 'https://redis.io/docs/latest/operate/oss_and_stack/management/troubleshooting/',
  },
};
