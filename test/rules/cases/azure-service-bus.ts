import type { RuleCase } from '../rule-tester.js';

/**
 * Azure Service Bus. Sources: learn.microsoft.com/azure/service-bus-messaging
 * (service-bus-messaging-exceptions-latest, service-bus-throttling, service-bus-sas).
 */
export const azureServiceBusCases: RuleCase[] = [
  {
    line: "Azure.Messaging.ServiceBus.ServiceBusException: Unauthorized access. 'Listen' claim(s) are required to perform this operation. Resource: 'sb://acme.servicebus.windows.net/orders'. (Unauthorized)",
    category: 'permissions',
    destination: 'azure-service-bus',
    field: 'Listen',
    rule: 'azure-service-bus/claims',
    note: 'the SAS policy lacks Listen: the key is good',
  },
  {
    line: 'ERROR send failed: ServiceBusException: InvalidSignature: The token has an invalid signature. (acme.servicebus.windows.net)',
    category: 'auth',
    destination: 'azure-service-bus',
    rule: 'azure-service-bus/token',
    note: 'a SAS key that was rotated',
  },
  {
    line: 'ERROR send failed: Azure.Messaging.ServiceBus.ServiceBusException: The maximum entity size has been reached or exceeded for Queue: \'orders\'. Size of entity in bytes:1073741824, Max entity size in bytes: 1073741824. (QuotaExceeded)',
    category: 'plan',
    destination: 'azure-service-bus',
    rule: 'azure-service-bus/quota',
    note: 'the queue is full',
  },
  {
    line: 'WARN send retried: Azure.Messaging.ServiceBus.ServiceBusException: The request was terminated because the entity is being throttled. Please wait 2 seconds and try again. (ServiceBusy)',
    category: 'transient',
    destination: 'azure-service-bus',
    rule: 'azure-service-bus/busy',
    note: 'namespace throttling',
  },
  {
    line: "ERROR send failed: Azure.Messaging.ServiceBus.ServiceBusException: The messaging entity 'sb://acme.servicebus.windows.net/ordrs' could not be found. (MessagingEntityNotFound)",
    category: 'validation',
    destination: 'azure-service-bus',
    rule: 'azure-service-bus/entity-not-found',
    note: 'a misspelt queue name',
  },
];
