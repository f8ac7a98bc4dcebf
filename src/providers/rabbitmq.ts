import type { Provider } from './provider.js';

/**
 * RabbitMQ (AMQP 0-9-1) as a destination or queue of a sync: pika (`pika.exceptions.*`), aio-pika /
 * aiormq, py-amqp under Celery and kombu (`amqp.exceptions.AccessRefused: (0, 0): (403) …`),
 * amqplib (`Handshake terminated by server: 403 (ACCESS-REFUSED) with message "…"`, `Channel closed
 * by server: 404 (NOT-FOUND) with message "…"`), the Java client and Spring AMQP
 * (`com.rabbitmq.client.ShutdownSignalException: channel error; protocol method:
 * #method<channel.close>(reply-code=404, reply-text=NOT_FOUND - no queue 'q' in vhost '/', …)`,
 * `org.springframework.amqp.AmqpAuthenticationException`), RabbitMQ.Client for .NET, php-amqplib,
 * Bunny, oslo.messaging (`AMQP server on host:5672 is unreachable`). The broker closes the channel or
 * the connection with a reply code and a reply text that always starts with the exception's symbolic
 * name and " - "; the text decides (the numeric code 403 / 530 / 406 is shared by several meanings):
 * - `ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN|AMQPLAIN` (403 at the
 *   handshake; a wrong password and an unknown user look the same): auth.
 * - `ACCESS_REFUSED - access to queue|exchange 'x' in vhost 'v' refused for user 'u'` (also
 *   configure / write / read access, topic authorisation): the user's permission regexes on the
 *   vhost do not cover the resource: permissions. `NOT_ALLOWED - access to vhost 'v' refused for
 *   user 'u'` (530 at connection.open, pika's ProbableAccessDeniedError): no permissions on the vhost
 *   at all: permissions.
 * - `NOT_ALLOWED - … connection limit (N) is reached` (vhost, user or node), `cannot declare queue
 *   'q': queue limit in vhost 'v' (N) is reached`: a cap an operator set: plan.
 * - `NOT_ALLOWED - vhost v not found`, `NOT_FOUND - no queue|exchange 'x' in vhost 'v'`,
 *   `PRECONDITION_FAILED - inequivalent arg 'x-…' for queue 'q' …` (the queue exists with other
 *   arguments), `PRECONDITION_FAILED - message size N is larger than configured max size M`,
 *   `ACCESS_REFUSED - operation not permitted on the default exchange`: the connection's or the
 *   topology's settings, or the message: validation.
 * - `PRECONDITION_FAILED - delivery acknowledgement on channel N timed out` (consumer_timeout; the
 *   messages are requeued), `RESOURCE_LOCKED - cannot obtain exclusive access to locked queue`
 *   (another connection, often this client's previous one, still owns it), `CONNECTION_FORCED`
 *   closed by an operator or the management plugin: transient. `CONNECTION_FORCED - broker forced
 *   connection closure with reason 'shutdown'` is the broker going down: outage.
 * - Resource alarms: "memory resource limit alarm set on node rabbit@h" / connection.blocked "low on
 *   memory" block publishers until consumers drain the queues: transient; "disk resource limit alarm
 *   set on node" / "low on disk" block them until disk is freed (as Elasticsearch's flood stage): plan.
 * Connection refused and DNS failures are the generic network rules'; an `amqp://` URL names RabbitMQ.
 * Sources: rabbitmq.com/docs/access-control (authentication, vhost and resource permissions),
 * rabbitmq.com/docs/alarms, rabbitmq.com/docs/consumers#acknowledgement-timeout,
 * rabbitmq.com/docs/queues (exclusive queues, property equivalence), rabbitmq.com/docs/vhosts (limits);
 * rabbitmq-server deps/rabbit/src/rabbit_reader.erl, rabbit_amqqueue.erl (queue limit text),
 * rabbit_channel.erl (message size), rabbit_alarm.erl ("~s resource limit alarm set on node");
 * pika pika/exceptions.py (ProbableAuthenticationError, ProbableAccessDeniedError,
 * ConnectionBlockedTimeout "Blocked connection timeout expired."); pika #998, mosquito/aio-pika #516,
 * amqp-node/amqplib #574, php-amqplib #273, alanxz/rabbitmq-c #490; Spring AMQP and Java client
 * traces with reply-code 530 / 404 / 405 / 406 in public issues and posts; Celery worker logs with
 * `amqp.exceptions.PreconditionFailed … delivery acknowledgement … timed out`.
 */
const R = ['rabbitmq'];

export const provider: Provider = {
  name: 'rabbitmq',
  display: 'RabbitMQ',
  aliases: ['cloudamqp', 'amqp'],
  hints: [
    // amqp:// and amqps:// URLs (Celery's "Cannot connect to amqp://guest:**@host:5672//"); not
    // Azure Service Bus's AMQP endpoints, which are its own.
    'amqps?://(?![^\\s/]*servicebus\\.windows\\.net)[^\\s/"\']+',
    'rabbitmq[\\w-]*',
    'rabbit@[\\w.-]+',
    'pika\\.exceptions(?:\\.\\w+)?',
    'aio_pika',
    'aiormq',
    'amqplib',
    'amqp\\.exceptions(?:\\.\\w+)?',
    'com\\.rabbitmq\\.client(?:\\.\\w+)*',
    'org\\.springframework\\.amqp(?:\\.\\w+)*',
    // Spring Boot's shortened logger names: o.s.a.r.c.CachingConnectionFactory, o.s.a.r.l.SimpleMessageListenerContainer.
    'o\\.s\\.a\\.r\\.[\\w.]+',
    'RabbitMQ\\.Client(?:\\.\\w+)*',
    'PhpAmqpLib(?:\\\\\\w+)*',
    'Bunny::\\w+',
    'amqp091-go',
    'streadway/amqp',
    'impl_rabbit',
    'AMQP server on',
    'Handshake terminated by server',
    '#method<(?:connection|channel)\\.close>',
    "in vhost '[^'\\n]{0,255}'",
  ],
  links: {
    auth: 'https://www.rabbitmq.com/docs/access-control',
    permissions: 'https://www.rabbitmq.com/docs/access-control#authorisation',
    plan: 'https://www.rabbitmq.com/docs/alarms',
    validation: 'https://www.rabbitmq.com/docs/queues#property-equivalence',
    transient: 'https://www.rabbitmq.com/docs/consumers#acknowledgement-timeout',
    outage: 'https://www.rabbitmq.com/docs/troubleshooting-networking',
  },
  rules: [
    // A code the HTTP pack knows too (not_found): decided here first, by RabbitMQ's own wording.
    {
      id: 'rabbitmq/no-such-resource',
      category: 'validation',
      cause: 'NOT_FOUND (queue or exchange)',
      code: ['NOT_FOUND'],
      message: /\bNOT_FOUND - no (?:queue|exchange|binding) '[^'\n]*'/,
      summary: 'RabbitMQ has no such queue or exchange in the vhost',
      fix: 'Declare the queue or exchange (or fix its name or the vhost in the connection) before publishing or consuming; passive declares and basic.consume fail until it exists.',
    },
    {
      id: 'rabbitmq/login-refused',
      category: 'auth',
      cause: 'ACCESS_REFUSED (login)',
      message: /\bACCESS[_-]REFUSED - Login was refused using authentication mechanism\b|\b(?:PLAIN|AMQPLAIN) login refused: user '|\bProbableAuthenticationError\b|\bAuthenticationFailureException\b|\bAmqpAuthenticationException\b/,
      summary: 'RabbitMQ refused the login (wrong user or password, or guest from a remote host)',
      fix: 'Fix the user and password of the AMQP URL (URL-encode special characters); the guest user only logs in from localhost. The broker log says which. Pause the sync until then.',
    },
    // Before vhost-refused: the same text with a limit after it is a cap, not a missing permission.
    {
      id: 'rabbitmq/connection-limit',
      category: 'plan',
      cause: 'connection or queue limit reached',
      message: /\bNOT_ALLOWED - [^\n]{0,300}?\bconnection limit \(\d+\) is reached\b|\bqueue limit in vhost '[^'\n]*' \(\d+\) is reached\b/,
      summary: 'RabbitMQ refused a connection or queue over a limit set on the vhost, user or node',
      fix: 'Close leaked connections or queues, or raise the limit (rabbitmqctl set_vhost_limits / set_user_limits, or the hosted plan); new connections or queues are refused until then.',
    },
    {
      id: 'rabbitmq/vhost-refused',
      category: 'permissions',
      cause: 'NOT_ALLOWED (vhost access)',
      message: /\bNOT_ALLOWED - access to vhost '[^'\n]*' refused for user '|\bNOT_ALLOWED - '[^'\n]*' doesn't have access to '|\bProbableAccessDeniedError\b/,
      summary: 'RabbitMQ user has no permissions on the virtual host',
      fix: 'Grant the user permissions on the vhost (rabbitmqctl set_permissions -p <vhost> <user> ".*" ".*" ".*", or narrower regexes), or connect to the vhost it has; pause the sync until then.',
    },
    {
      id: 'rabbitmq/resource-refused',
      category: 'permissions',
      cause: 'ACCESS_REFUSED (resource)',
      message: /\bACCESS_REFUSED - (?:(?:configure|write|read) )?access to (?:queue|exchange|topic) '[^'\n]*'/,
      summary: 'RabbitMQ user may not configure, write or read this queue or exchange',
      fix: 'Widen the user’s configure / write / read permission regexes on the vhost to cover the resource the message names (or the topic permission); keep syncing other queues.',
    },
    {
      id: 'rabbitmq/vhost-not-found',
      category: 'validation',
      cause: 'NOT_ALLOWED (vhost not found)',
      message: /\bNOT_ALLOWED - vhost (?:\S+ )?not found\b/,
      summary: 'RabbitMQ has no such virtual host',
      fix: 'Fix the vhost in the AMQP URL (the path after the host; "/" is written %2F) or create the vhost; the connection is refused until then.',
    },
    {
      id: 'rabbitmq/inequivalent-arg',
      category: 'validation',
      cause: 'PRECONDITION_FAILED (inequivalent arg)',
      message: /\bPRECONDITION_FAILED - (?:inequivalent|invalid) arg '[^'\n]*' for (?:queue|exchange)\b|\bPRECONDITION_FAILED - inequivalent arg\b/,
      fieldFrom: /\b(?:inequivalent|invalid) arg '([^'\n]+)'/,
      summary: 'RabbitMQ queue or exchange exists with other arguments than declared (`{field}`)',
      fix: 'Declare it with the same arguments as the existing one (durable, x-queue-type, x-max-priority, TTL…), or delete and recreate it with the new ones (a policy can change most without redeclaring); retrying the declare fails again.',
    },
    {
      id: 'rabbitmq/message-too-large',
      category: 'validation',
      cause: 'PRECONDITION_FAILED (message size)',
      message: /\bPRECONDITION_FAILED - message size \d+ is larger than (?:configured )?max size \d+/,
      summary: 'RabbitMQ refused a message over max_message_size',
      fix: 'Shrink or split the message, or raise max_message_size on the broker; republishing the same message fails again.',
    },
    {
      id: 'rabbitmq/default-exchange',
      category: 'validation',
      cause: 'ACCESS_REFUSED (default exchange)',
      message: /\bACCESS_REFUSED - operation not permitted on the default exchange\b/,
      summary: 'RabbitMQ refused an operation on the default exchange (it cannot be bound or declared)',
      fix: 'Publish to the default exchange with the queue name as routing key, or declare and bind your own exchange; the topology code, not a permission, is at fault.',
    },
    {
      id: 'rabbitmq/ack-timeout',
      category: 'transient',
      cause: 'PRECONDITION_FAILED (delivery acknowledgement timeout)',
      message: /\bPRECONDITION_FAILED - (?:delivery acknowledgement on channel \d+ timed out|consumer ack timed out on channel \d+)/,
      summary: 'RabbitMQ closed the channel: a delivery was not acknowledged within consumer_timeout',
      fix: 'The unacknowledged messages are requeued and the consumer reconnects; if it repeats, acknowledge sooner (smaller prefetch, shorter tasks) or raise consumer_timeout for the queue.',
    },
    {
      id: 'rabbitmq/exclusive-locked',
      category: 'transient',
      cause: 'RESOURCE_LOCKED (exclusive queue)',
      message: /\bRESOURCE_LOCKED - cannot obtain exclusive access to locked queue\b/,
      summary: 'RabbitMQ exclusive queue is owned by another connection',
      fix: 'Usually this client’s previous connection, not yet closed: it clears when the broker notices (heartbeat); if two consumers really share it, make the queue non-exclusive.',
    },
    {
      id: 'rabbitmq/broker-shutdown',
      category: 'outage',
      cause: 'CONNECTION_FORCED (shutdown)',
      message: /\bCONNECTION_FORCED - broker forced connection closure with reason 'shutdown'/,
      summary: 'RabbitMQ node shut down and closed the connection',
      fix: 'Nothing to fix in the sync: the broker is restarting or stopped; the client reconnects when a node accepts connections again.',
    },
    {
      id: 'rabbitmq/connection-forced',
      category: 'transient',
      cause: 'CONNECTION_FORCED',
      message: /\bCONNECTION_FORCED - /,
      summary: 'RabbitMQ closed the connection on an operator’s request (management UI, rabbitmqctl)',
      fix: 'The client reconnects; if it repeats, ask who closes the connections (or why the user was deleted).',
    },
    {
      id: 'rabbitmq/disk-alarm',
      category: 'plan',
      cause: 'disk alarm (publishers blocked)',
      message: /\bdisk resource limit alarm set on node\b|\blow on disk\b/,
      destination: R,
      summary: 'RabbitMQ blocked publishers: free disk fell below disk_free_limit',
      fix: 'Free or add disk on the broker (drain or purge large queues, grow the volume, or lower disk_free_limit with care); publishing resumes when the alarm clears.',
    },
    {
      id: 'rabbitmq/memory-alarm',
      category: 'transient',
      cause: 'memory alarm (publishers blocked)',
      message: /\bmemory resource limit alarm set on node\b|\blow on memory\b|\bBlocked connection timeout expired\b|\bConnectionBlockedTimeout\b/,
      destination: R,
      summary: 'RabbitMQ blocked publishers (memory alarm: the high watermark was reached)',
      fix: 'Publishing resumes once consumers drain the backlog; if it repeats, add consumers, use lazy or quorum queues, or give the broker more memory (vm_memory_high_watermark).',
    },
  ],
};
