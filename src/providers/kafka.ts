import type { Provider } from './provider.js';

/**
 * Apache Kafka as a destination (CDC and event syncs write to it): its producers' names, not the
 * Connect runtime's (`org.apache.kafka.connect…` is in every Kafka Connect line, whatever the sink).
 * librdkafka logs `RDKAFKA-3-FAIL: rdkafka#producer-1: [thrd:host:9092/bootstrap]: … Connection
 * refused`; KafkaJS `KafkaJSConnectionError` / `[BrokerPool] Failed to connect to seed broker`;
 * confluent-kafka-python `KafkaError{code=_TRANSPORT,…}`; Sarama `kafka: client has run out of
 * available brokers`. Their network causes are the generic ones (refused, DNS, timeout).
 * Sources: librdkafka's log format (CONFIGURATION.md / INTRODUCTION.md), kafka.js.org/docs/errors.
 */
export const provider: Provider = {
  name: 'kafka',
  display: 'Kafka',
  aliases: ['apachekafka', 'confluentcloud'],
  hints: ['rdkafka', 'RDKAFKA-\\d-\\w+', 'kafkajs', 'KafkaJS\\w+', 'confluent_kafka', 'kafka-python', 'KafkaError\\{', 'kafka: client has run out of available brokers', 'Failed to connect to seed broker'],
  links: {
    outage: 'https://kafka.apache.org/documentation/#producerconfigs_bootstrap.servers',
    transient: 'https://kafka.apache.org/documentation/#producerconfigs_retries',
  },
};
