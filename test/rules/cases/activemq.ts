import type { RuleCase } from '../rule-tester.js';

/**
 * ActiveMQ broker refusals as JMS clients print them.
 * Sources: activemq.apache.org/components/classic/documentation/security; the broker's
 * SimpleAuthenticationBroker and AuthorizationBroker exception texts and their tests.
 */
export const activemqCases: RuleCase[] = [
  {
    line: '2026-05-02 10:14:07,311 ERROR [DefaultMessageListenerContainer] Could not refresh JMS Connection for destination \'orders\' - retrying using FixedBackOff{interval=5000}. Cause: User name [sync] or password is invalid.',
    category: 'auth',
    destination: 'activemq',
    rule: 'activemq/login-refused',
    note: 'the authentication plugin’s text: the wording alone names ActiveMQ',
  },
  {
    line: 'javax.jms.JMSSecurityException: User sync is not authorized to write to: queue://crm.contacts.out',
    category: 'permissions',
    destination: 'activemq',
    field: 'queue://crm.contacts.out',
    rule: 'activemq/not-authorized',
    note: 'the authorization plugin: a valid user without the write ACL',
  },
  {
    line: "Could not refresh JMS Connection for destination 'queue://orders' - silently retrying in 5 ms. Cause: Could not connect to broker URL: tcp://10.0.0.7:61616. Reason: java.net.ConnectException: Connection refused",
    category: 'outage',
    destination: 'activemq',
    note: 'connection refused is the generic rule’s; the OpenWire URL names the broker',
  },
];
