import type { RuleCase } from '../rule-tester.js';

/**
 * RabbitMQ reply texts as the AMQP clients print them: pika, py-amqp (Celery / kombu), amqplib, the
 * Java client and Spring AMQP, oslo.messaging; and the broker's own alarm log lines.
 * Sources: pika/pika #998 and pika/exceptions.py; mosquito/aio-pika #516; amqp-node/amqplib #574;
 * php-amqplib #273; devstack's notes on NotAllowed / AccessRefused for nova_cell1; Spring AMQP
 * traces with reply-code 530 / 403 / 404 / 405 / 406 in public posts; rabbitmq-server
 * rabbit_amqqueue.erl (queue limit), rabbit_channel.erl (message size), rabbit_alarm.erl; Celery
 * worker logs with the acknowledgement timeout; oslo.messaging's "AMQP server … is unreachable".
 */
export const rabbitmqCases: RuleCase[] = [
  {
    line: "pika.exceptions.ProbableAuthenticationError: (403, 'ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN. For details see the broker logfile.')",
    category: 'auth',
    destination: 'rabbitmq',
    rule: 'rabbitmq/login-refused',
    note: 'pika #998: a wrong user or password is refused at the handshake (403)',
  },
  {
    line: 'Error: Handshake terminated by server: 403 (ACCESS-REFUSED) with message "ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN. For details see the broker logfile."',
    category: 'auth',
    destination: 'rabbitmq',
    rule: 'rabbitmq/login-refused',
    note: 'amqplib #574: the handshake refusal, amqplib’s wording around the broker’s',
  },
  {
    line: 'kombu.exceptions.OperationalError: (0, 0): (403) ACCESS_REFUSED - Login was refused using authentication mechanism AMQPLAIN. For details see the broker logfile.',
    category: 'auth',
    destination: 'rabbitmq',
    rule: 'rabbitmq/login-refused',
    note: 'Celery / kombu wrapping py-amqp’s AccessRefused: no host or class names RabbitMQ, its wording does',
  },
  {
    line: "Caused by: com.rabbitmq.client.ShutdownSignalException: connection error; protocol method: #method<connection.close>(reply-code=530, reply-text=NOT_ALLOWED - access to vhost '/' refused for user 'root', class-id=10, method-id=40)",
    category: 'permissions',
    destination: 'rabbitmq',
    rule: 'rabbitmq/vhost-refused',
    note: 'Spring AMQP / Java client: the user has no permissions on the vhost (530 at connection.open)',
  },
  {
    line: "pika.exceptions.ProbableAccessDeniedError: (530, \"NOT_ALLOWED - access to vhost '/' refused for user 'cheon'\")",
    category: 'permissions',
    destination: 'rabbitmq',
    rule: 'rabbitmq/vhost-refused',
    note: 'pika: 530 is not an HTTP status here, the reply text decides',
  },
  {
    line: "ERROR oslo.messaging._drivers.impl_rabbit [-] Unhandled error: NotAllowed: Connection.open: (530) NOT_ALLOWED - access to vhost 'nova_cell1' refused for user 'stackrabbit'",
    category: 'permissions',
    destination: 'rabbitmq',
    rule: 'rabbitmq/vhost-refused',
    note: 'devstack notes: py-amqp NotAllowed under oslo.messaging before set_permissions ran',
  },
  {
    line: "amqp.exceptions.NotAllowed: Connection.open: (530) NOT_ALLOWED - access to vhost 'etl' refused for user 'sync': connection limit (50) is reached",
    category: 'plan',
    destination: 'rabbitmq',
    rule: 'rabbitmq/connection-limit',
    note: 'rabbit_reader.erl: the vhost connection limit has the vhost-refused text plus the limit; a cap, not a permission',
  },
  {
    line: "com.rabbitmq.client.ShutdownSignalException: channel error; protocol method: #method<channel.close>(reply-code=406, reply-text=PRECONDITION_FAILED - cannot declare queue 'exports.retry': queue limit in vhost 'etl' (200) is reached, class-id=50, method-id=10)",
    category: 'plan',
    destination: 'rabbitmq',
    rule: 'rabbitmq/connection-limit',
    note: 'rabbit_amqqueue.erl: the vhost’s max-queues limit refuses a new queue',
  },
  {
    line: "pika.exceptions.ConnectionClosedByBroker: (530, 'NOT_ALLOWED - vhost orders not found')",
    category: 'validation',
    destination: 'rabbitmq',
    rule: 'rabbitmq/vhost-not-found',
    note: 'rabbit_reader.erl: the vhost in the AMQP URL does not exist',
  },
  {
    line: 'Error: Channel closed by server: 404 (NOT-FOUND) with message "NOT_FOUND - no queue \'orders.sync\' in vhost \'/\'"',
    category: 'validation',
    destination: 'rabbitmq',
    rule: 'rabbitmq/no-such-resource',
    note: 'amqplib: a passive declare or consume on a queue that does not exist (the HTTP pack’s not_found does not decide it)',
  },
  {
    line: "com.rabbitmq.client.ShutdownSignalException: channel error; protocol method: #method<channel.close>(reply-code=403, reply-text=ACCESS_REFUSED - access to exchange 'events' in vhost '/' refused for user 'sync', class-id=40, method-id=10)",
    category: 'permissions',
    destination: 'rabbitmq',
    rule: 'rabbitmq/resource-refused',
    note: 'access-control guide: the user’s configure/write/read regexes do not cover the exchange',
  },
  {
    line: "Caused by: com.rabbitmq.client.ShutdownSignalException: channel error; protocol method: #method<channel.close>(reply-code=406, reply-text=PRECONDITION_FAILED - inequivalent arg 'durable' for queue 'work queues' in vhost '/': received 'true' but current is 'false', class-id=50, method-id=10)",
    category: 'validation',
    destination: 'rabbitmq',
    field: 'durable',
    rule: 'rabbitmq/inequivalent-arg',
    note: 'a Java client trace in a public tutorial: the queue exists with other properties',
  },
  {
    line: 'Operation failed: QueueDeclare; 406 (PRECONDITION-FAILED) with message "PRECONDITION_FAILED - inequivalent arg \'x-max-priority\' for queue \'MyService\' in vhost \'/\': received the value \'2\' of type \'byte\' but current is none"',
    category: 'validation',
    destination: 'rabbitmq',
    field: 'x-max-priority',
    rule: 'rabbitmq/inequivalent-arg',
    note: 'amqplib: adding x-max-priority to an existing queue is refused (406 is no HTTP status here)',
  },
  {
    line: "pika.exceptions.ChannelClosedByBroker: (406, 'PRECONDITION_FAILED - message size 268435457 is larger than configured max size 134217728')",
    category: 'validation',
    destination: 'rabbitmq',
    rule: 'rabbitmq/message-too-large',
    note: 'rabbit_channel.erl: a message over max_message_size',
  },
  {
    line: 'amqp.exceptions.AccessRefused: Exchange.declare: (403) ACCESS_REFUSED - operation not permitted on the default exchange',
    category: 'validation',
    destination: 'rabbitmq',
    rule: 'rabbitmq/default-exchange',
    note: 'py-amqp: declaring the default exchange is a topology mistake, not a missing permission',
  },
  {
    line: '2022-01-25T17:43:46.900229245Z amqp.exceptions.PreconditionFailed: (0, 0): (406) PRECONDITION_FAILED - delivery acknowledgement on channel 1 timed out. Timeout value used: 1800000 ms. This timeout value can be configured, see consumers doc guide to learn more',
    category: 'transient',
    destination: 'rabbitmq',
    rule: 'rabbitmq/ack-timeout',
    note: 'a Celery worker over consumer_timeout: the channel closes and the messages are requeued',
  },
  {
    line: "com.rabbitmq.client.ShutdownSignalException: channel error; protocol method: #method<channel.close>(reply-code=405, reply-text=RESOURCE_LOCKED - cannot obtain exclusive access to locked queue 'session-user-12345' in vhost '/', class-id=50, method-id=20)",
    category: 'transient',
    destination: 'rabbitmq',
    rule: 'rabbitmq/exclusive-locked',
    note: 'exclusive queues: another connection still owns the queue',
  },
  {
    line: "2016-12-05 10:59:26.754 37380 ERROR oslo.messaging._drivers.impl_rabbit [-] AMQP server on 172.19.85.19:5672 is unreachable: (0, 0): (320) CONNECTION_FORCED - broker forced connection closure with reason 'shutdown'. Trying again in 1 seconds.",
    category: 'outage',
    destination: 'rabbitmq',
    rule: 'rabbitmq/broker-shutdown',
    note: 'oslo.messaging in a public paste: the node shut down',
  },
  {
    line: "pika.exceptions.ConnectionClosedByBroker: (320, 'CONNECTION_FORCED - Closed via management plugin')",
    category: 'transient',
    destination: 'rabbitmq',
    rule: 'rabbitmq/connection-forced',
    note: 'an operator closed the connection in the management UI; the client reconnects',
  },
  {
    line: '2020-11-25 22:03:29.746 [warning] <0.375.0> disk resource limit alarm set on node rabbit@iZj6c4uljxtos9wjnwczp2Z.',
    category: 'plan',
    destination: 'rabbitmq',
    rule: 'rabbitmq/disk-alarm',
    note: 'rabbit_alarm.erl in a public write-up: free disk below disk_free_limit blocks publishers until disk is freed',
  },
  {
    line: '=WARNING REPORT==== 2-Sep-2020::17:52:40 === memory resource limit alarm set on node rabbit@localhost. *** Publishers will be blocked until this alarm clears ***',
    category: 'transient',
    destination: 'rabbitmq',
    rule: 'rabbitmq/memory-alarm',
    note: 'rabbit_alarm.erl (3.x log format): the memory watermark blocks publishers until consumers catch up',
  },
  {
    line: 'pika.exceptions.ConnectionBlockedTimeout: Blocked connection timeout expired.',
    category: 'transient',
    destination: 'rabbitmq',
    rule: 'rabbitmq/memory-alarm',
    note: 'pika/connection.py: blocked_connection_timeout elapsed while the broker blocked publishers',
  },
  {
    line: '[2023-04-03 10:12:01,311: ERROR/MainProcess] consumer: Cannot connect to amqp://guest:**@127.0.0.1:5672//: [Errno 111] Connection refused.',
    category: 'outage',
    destination: 'rabbitmq',
    rule: 'network/connection-refused',
    note: 'Celery: the refusal is the generic network rule’s; the amqp:// URL names RabbitMQ',
  },
];
