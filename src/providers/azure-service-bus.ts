import type { Provider } from './provider.js';

/**
 * Azure Service Bus (`<namespace>.servicebus.windows.net`); clients `Azure.Messaging.ServiceBus`
 * (`ServiceBusException` with a `Reason`), the older `Microsoft.Azure.ServiceBus` and Java
 * `com.microsoft.azure.servicebus`, `azure-servicebus` for Python, `@azure/service-bus`.
 * - "Unauthorized access. 'Send' claim(s) are required to perform this operation": the SAS policy
 *   or the identity's role lacks Send / Listen / Manage: permissions (the credentials are good).
 * - An expired or malformed SAS token, "InvalidSignature: The token has an invalid signature": auth.
 * - QuotaExceeded (the entity's size or its delivery count) and a namespace over its size: plan.
 * - ServerBusy, "The request was terminated because the entity is being throttled": transient.
 * - MessagingEntityNotFound: the queue or topic the connection names does not exist: validation.
 * Sources: learn.microsoft.com/azure/service-bus-messaging/service-bus-messaging-exceptions-latest,
 * …/service-bus-throttling, …/service-bus-authentication-and-authorization.
 */
const SB = ['azure-service-bus'];

export const provider: Provider = {
  name: 'azure-service-bus',
  display: 'Azure Service Bus',
  aliases: ['servicebus', 'azureservicebus'],
  hints: ['[\\w-]+\\.servicebus\\.windows\\.net', 'Azure\\.Messaging\\.ServiceBus', 'Microsoft\\.Azure\\.ServiceBus', 'com\\.microsoft\\.azure\\.servicebus', 'ServiceBusException', 'ServiceBusError', '@azure/service-bus', 'azure\\.servicebus'],
  links: {
    auth: 'https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-authentication-and-authorization',
    permissions: 'https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-sas',
    plan: 'https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-quotas',
    transient: 'https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-throttling',
    validation: 'https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-messaging-exceptions-latest',
    outage: 'https://azure.status.microsoft/status',
  },
  rules: [
    {
      id: 'azure-service-bus/claims',
      category: 'permissions',
      cause: 'claim not granted',
      message: /'(?:Send|Listen|Manage)'(?:,'(?:Send|Listen|Manage)')* claim\(s\) are required\b/,
      fieldFrom: /'(Send|Listen|Manage)' claim/,
      summary: 'Service Bus policy or role lacks the {field} right',
      fix: 'Give the connection’s SAS policy (or its identity’s Service Bus role) the right it needs; keep syncing what it may do.',
    },
    {
      id: 'azure-service-bus/token',
      category: 'auth',
      cause: 'SAS token rejected',
      message: /\bInvalidSignature: The token has an invalid signature\b|\bExpiredToken: The token is expired\b|\bThe token has an invalid signature\b/,
      destination: SB,
      summary: 'Service Bus rejected the SAS token (expired or wrong key)',
      fix: 'Regenerate the connection string (or fix the SAS key name and key); pause the sync until then.',
    },
    {
      id: 'azure-service-bus/quota',
      category: 'plan',
      cause: 'QuotaExceeded',
      message: /\bQuotaExceeded\b|\bThe maximum entity size has been reached\b/,
      destination: SB,
      summary: 'Service Bus entity or namespace is full (QuotaExceeded)',
      fix: 'Drain or raise the queue’s maximum size (or the namespace’s tier); sends fail until it has room.',
    },
    {
      id: 'azure-service-bus/busy',
      category: 'transient',
      cause: 'ServerBusy',
      message: /\bServerBusy\b|\bentity is being throttled\b/,
      destination: SB,
      summary: 'Service Bus throttled the namespace (ServerBusy)',
      fix: 'Retry after the 10-second wait Service Bus asks for; if it lasts, move to Premium or spread load over entities.',
    },
    {
      id: 'azure-service-bus/entity-not-found',
      category: 'validation',
      cause: 'MessagingEntityNotFound',
      message: /\bMessagingEntityNotFound\b/,
      destination: SB,
      summary: 'Service Bus queue, topic or subscription not found',
      fix: 'Create the entity or fix its name in the connection; every send to it fails until then.',
    },
  ],
};
