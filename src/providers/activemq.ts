import type { Provider } from './provider.js';

/**
 * Apache ActiveMQ (Classic and Artemis) as the broker a sync or integration route reads from or
 * writes to: JMS clients (`org.apache.activemq.*`, Spring JMS listener containers, Camel's jms and
 * activemq components), OpenWire on `tcp://host:61616` (also Artemis' default acceptor), failover
 * URLs (`failover:(tcp://a:61616,tcp://b:61616)`). The broker refuses with a
 * `java.lang.SecurityException`, which clients raise as `javax.jms.JMSSecurityException`:
 * - "User name [u] or password is invalid." (the simple and JAAS authentication plugins): auth.
 * - "User u is not authorized to write to: queue://Q" (also "to read from:", "to create:"; the
 *   authorization plugin's ACLs): permissions.
 * Connection refused and DNS failures are the generic network rules'; the broker URL names ActiveMQ.
 * Sources: activemq.apache.org/components/classic/documentation/security (authentication and
 * authorization plugins); the broker's SimpleAuthenticationBroker, JaasAuthenticationBroker and
 * AuthorizationBroker, whose exception texts these are, and their tests.
 */
export const provider: Provider = {
  name: 'activemq',
  display: 'ActiveMQ',
  aliases: ['amq', 'artemis'],
  hints: ['activemq', 'org\\.apache\\.activemq(?:\\.\\w+)*', 'tcp://[\\w.-]{1,200}:61616', 'failover:\\(tcp://'],
  links: {
    auth: 'https://activemq.apache.org/components/classic/documentation/security',
    permissions: 'https://activemq.apache.org/components/classic/documentation/security',
  },
  rules: [
    {
      id: 'activemq/login-refused',
      category: 'auth',
      cause: 'user name or password is invalid',
      message: /\bUser name \[[^\]\n]{0,200}\] or password is invalid\b/,
      summary: 'ActiveMQ refused the login (user name or password)',
      fix: 'Fix the broker user and password of the connection (the broker’s users file or JAAS realm); pause the route until then.',
    },
    {
      id: 'activemq/not-authorized',
      category: 'permissions',
      cause: 'not authorized',
      message: /\bUser \S{1,200}(?: \([^)\n]{0,200}\))? is not authorized to (?:write to|read from|create): (?:queue|topic|temp-queue|temp-topic):\/\/\S{1,300}/,
      fieldFrom: /is not authorized to (?:write to|read from|create): ((?:queue|topic|temp-queue|temp-topic):\/\/[^\s,;]{1,300})/,
      summary: 'ActiveMQ user may not use `{field}`',
      fix: 'Add the user’s group to the destination’s read / write / admin entry in the broker’s authorizationPlugin; keep the other destinations running.',
    },
  ],
};
