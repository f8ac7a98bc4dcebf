import type { RuleCase } from '../rule-tester.js';

/**
 * The Java client's and Spring's Kafka lines. Sources: the Kafka protocol guide's error codes
 * (kafka.apache.org/protocol#protocol_error_codes) and org.apache.kafka.common.errors.
 */
export const kafkaCases: RuleCase[] = [
  {
    line: '2026-07-01 09:00:00,001 ERROR [Worker clientId=connect-1, groupId=connect-cluster] Uncaught exception in herder work thread, exiting:  (org.apache.kafka.connect.runtime.distributed.DistributedHerder)',
    category: 'unknown',
    note: 'the Connect runtime names no destination and no cause',
  },
  {
    line: 'org.apache.kafka.common.errors.TopicAuthorizationException: Not authorized to access topics: [connect-offsets]',
    category: 'permissions',
    destination: 'kafka',
    rule: 'kafka/not-authorized',
  },
  {
    line: 'ERROR [Consumer clientId=sync-1, groupId=sync] Offset commit failed: org.apache.kafka.common.errors.GroupAuthorizationException: Not authorized to access group: sync',
    category: 'permissions',
    destination: 'kafka',
    rule: 'kafka/not-authorized',
  },
  {
    line: 'ERROR [Producer clientId=producer-1] Connection to node -1 (broker-1/10.0.0.7:9093) failed authentication due to: Authentication failed during authentication due to invalid credentials with SASL mechanism PLAIN (org.apache.kafka.common.errors.SaslAuthenticationException)',
    category: 'auth',
    destination: 'kafka',
    rule: 'kafka/sasl-failed',
  },
  {
    line: '2026-07-01 09:00:00.803  WARN 4242 --- [ad | producer-1] o.a.k.clients.producer.internals.Sender  : [Producer clientId=producer-1] Got error produce response with correlation id 59 on topic-partition events-0, retrying (9 attempts left). Error: NOT_LEADER_OR_FOLLOWER',
    category: 'transient',
    destination: 'kafka',
    rule: 'kafka/broker-unsettled',
    note: 'Spring Boot’s abbreviated logger names the Kafka client',
  },
  {
    line: 'org.apache.kafka.common.errors.RecordTooLargeException: The message is 2097252 bytes when serialized which is larger than 1048576, which is the value of the max.request.size configuration.',
    category: 'validation',
    destination: 'kafka',
    rule: 'kafka/record-too-large',
  },
  {
    line: '2026-07-01 09:00:00.390 [kafka-producer-network-thread | producer-1] WARN  org.apache.kafka.clients.NetworkClient - [Producer clientId=producer-1] Connection to node -1 (kafka-0/10.0.0.7:9092) could not be established. Broker may not be available.',
    category: 'outage',
    destination: 'kafka',
    rule: 'kafka/no-broker',
    note: 'a WARN line whose wording is the broker being away',
  },
  {
    line: 'aiokafka - ERROR - Unable connect to "broker-1:9092": [Error 58] SaslAuthenticationFailed: Authentication failed',
    category: 'auth',
    destination: 'kafka',
    rule: 'kafka/sasl-failed',
    note: 'aiokafka names the protocol error by its class name',
  },
];

/** librdkafka's ALL_BROKERS_DOWN, as its log callback prints it. Source: librdkafka rdkafka.h (RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN). */
export const rdkafkaDownCases: RuleCase[] = [
  {
    line: '%3|1700000000.000|ERROR|rdkafka#producer-1| [thrd:app]: 3/3 brokers are down',
    category: 'outage',
    destination: 'kafka',
    rule: 'kafka/no-broker',
    note: 'every broker unreachable',
  },
];
