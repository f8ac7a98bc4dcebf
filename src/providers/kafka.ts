import type { Provider } from './provider.js';

/**
 * Apache Kafka as a destination (CDC and event syncs write to it): its producers' names, not the
 * Connect runtime's (`org.apache.kafka.connect…` is in every Kafka Connect line, whatever the sink).
 * librdkafka logs `RDKAFKA-3-FAIL: rdkafka#producer-1: [thrd:host:9092/bootstrap]: … Connection
 * refused`; KafkaJS `KafkaJSConnectionError` / `[BrokerPool] Failed to connect to seed broker`;
 * confluent-kafka-python `KafkaError{code=_TRANSPORT,…}`; Sarama `kafka: client has run out of
 * available brokers`; the Java client's errors are `org.apache.kafka.common.errors.<Name>Exception`
 * and its loggers `org.apache.kafka.clients…` (Spring Boot shortens them to `o.a.k.clients…`).
 * Their network causes are the generic ones (refused, DNS, timeout). The broker's own answers, by
 * the protocol's error names (kafka.apache.org/protocol#protocol_error_codes):
 * - TOPIC_ / GROUP_ / CLUSTER_ / TRANSACTIONAL_ID_AUTHORIZATION_FAILED (`TopicAuthorizationException:
 *   Not authorized to access topics: [x]`): the principal lacks an ACL: permissions;
 * - SASL_AUTHENTICATION_FAILED (`SaslAuthenticationException`): auth;
 * - NETWORK_EXCEPTION ("The server disconnected before a response was received"),
 *   NOT_LEADER_OR_FOLLOWER, LEADER_NOT_AVAILABLE, REQUEST_TIMED_OUT, COORDINATOR_NOT_AVAILABLE
 *   (leader elections, broker restarts; the client retries them): transient;
 * - MESSAGE_TOO_LARGE (`RecordTooLargeException`): the record is over max.request.size /
 *   message.max.bytes: validation.
 * Sources: librdkafka's log format (CONFIGURATION.md / INTRODUCTION.md), kafka.js.org/docs/errors,
 * the Kafka protocol guide's error codes and the Java client's org.apache.kafka.common.errors.
 */
const K = ['kafka'];

export const provider: Provider = {
  name: 'kafka',
  display: 'Kafka',
  aliases: ['apachekafka', 'confluentcloud'],
  hints: [
    'rdkafka',
    'RDKAFKA-\\d-\\w+',
    'kafkajs',
    'KafkaJS\\w+',
    'confluent_kafka',
    'kafka-python',
    'KafkaError\\{',
    'aiokafka',
    'AIOKafka\\w+',
    'KafkaConnectionError',
    'kafka\\.errors\\.\\w+',
    'kafka: client has run out of available brokers',
    'Failed to connect to seed broker',
    // ruby-kafka (fluent-plugin-kafka): "Could not connect to broker 10.0.0.5:9093 (node_id=2)"
    'broker [\\w.-]+:\\d+ \\(node_id=\\d+\\)',
    'org\\.apache\\.kafka\\.(?:common\\.errors|clients)\\.[\\w.]+',
    'o\\.a\\.k\\.(?:c\\.)?clients\\.[\\w.]+',
    '(?:Topic|Group|Cluster|TransactionalId)AuthorizationException',
  ],
  links: {
    outage: 'https://kafka.apache.org/documentation/#producerconfigs_bootstrap.servers',
    transient: 'https://kafka.apache.org/documentation/#producerconfigs_retries',
    permissions: 'https://kafka.apache.org/documentation/#security_authz',
    auth: 'https://kafka.apache.org/documentation/#security_sasl',
    validation: 'https://kafka.apache.org/documentation/#producerconfigs_max.request.size',
  },
  rules: [
    {
      id: 'kafka/not-authorized',
      category: 'permissions',
      cause: 'ACL: not authorized',
      message: /\b(?:Topic|Group|Cluster|TransactionalId|DelegationToken)AuthorizationException\b|\b(?:TOPIC|GROUP|CLUSTER|TRANSACTIONAL_ID)_AUTHORIZATION_FAILED\b/,
      summary: 'Kafka denied the principal on a topic or group (ACL)',
      fix: 'Grant the sync’s principal the ACL the message names (kafka-acls --add … --operation Read/Write/Describe on the topic or group); keep syncing other topics.',
    },
    {
      id: 'kafka/sasl-failed',
      category: 'auth',
      cause: 'SASL authentication failed',
      message: /\bSaslAuthenticationException\b|\bSaslAuthenticationFailed\b|\bSASL_AUTHENTICATION_FAILED\b/,
      summary: 'Kafka rejected the SASL login (user, password or key)',
      fix: 'Fix the SASL credentials (sasl.jaas.config, API key and secret) of the connection; pause the sync until then.',
    },
    {
      id: 'kafka/broker-unsettled',
      category: 'transient',
      cause: '{code}',
      message: /\b(?:NETWORK_EXCEPTION|NOT_LEADER_(?:OR_FOLLOWER|FOR_PARTITION)|LEADER_NOT_AVAILABLE|COORDINATOR_NOT_AVAILABLE|NOT_COORDINATOR|NOT_ENOUGH_REPLICAS(?:_AFTER_APPEND)?)\b|\b(?:NetworkException|NotLeaderOrFollowerException|NotLeaderForPartitionException|LeaderNotAvailableException|CoordinatorNotAvailableException|NotEnoughReplicasException)\b|The server disconnected before a response was received/,
      destination: K,
      summary: 'Kafka broker unsettled (disconnect, leader election or restart); the client retries',
      fix: 'Retried by the producer; if it persists, look at the brokers’ health and the partition leaders.',
    },
    // No broker answers: the Java client's "Connection to node -1 (host/10.0.0.7:9092) could not be
    // established. Broker may not be available.", aiokafka's "Unable to bootstrap from [(host, 9092)]".
    {
      id: 'kafka/no-broker',
      category: 'outage',
      cause: 'broker not available',
      // librdkafka's ALL_BROKERS_DOWN: "1/1 brokers are down".
      message: /\bBroker may not be available\b|\b\d+\/\d+ brokers are down\b|\bUnable to bootstrap from \[|\bNoBrokersAvailable\b/,
      destination: K,
      summary: 'Kafka brokers not reachable (down, wrong bootstrap.servers or listener)',
      fix: 'Check bootstrap.servers and the brokers’ advertised listeners, and that the brokers are up; the producer resumes when one answers.',
    },
    {
      id: 'kafka/record-too-large',
      category: 'validation',
      cause: 'MESSAGE_TOO_LARGE',
      message: /\bRecordTooLargeException\b|\bMESSAGE_TOO_LARGE\b|when serialized which is larger than (?:the maximum request size|\d+, which is the value of the max\.request\.size)/,
      summary: 'Kafka refused a record over the size limit (max.request.size / message.max.bytes)',
      fix: 'Shrink or split the record, or raise max.request.size on the producer and message.max.bytes on the topic; retrying the same record fails again.',
    },
  ],
};
