import type { Provider } from './provider.js';

/**
 * Microsoft Graph: `{"error":{"code","message","innerError"}}`; code casing differs by workload.
 * Sources: learn.microsoft.com/graph/errors and /graph/throttling; real bodies in SDK issues.
 */
export const provider: Provider = {
  name: 'microsoft-graph',
  display: 'Microsoft Graph',
  aliases: ['msgraph', 'microsoftgraph', 'dynamics'],
  hints: ['graph\\.microsoft\\.com', 'Microsoft\\.Graph', 'msgraph', 'login\\.microsoftonline\\.com'],
  rank: 80,
  links: {
    auth: 'https://learn.microsoft.com/en-us/graph/auth/',
    permissions: 'https://learn.microsoft.com/en-us/graph/permissions-reference',
    plan: 'https://learn.microsoft.com/en-us/graph/errors',
    validation: 'https://learn.microsoft.com/en-us/graph/errors',
    outage: 'https://status.cloud.microsoft',
    transient: 'https://status.cloud.microsoft',
  },
  rules: [
    {
      id: 'microsoft-graph/invalid-token',
      category: 'auth',
      cause: 'InvalidAuthenticationToken',
      code: ['InvalidAuthenticationToken', 'unauthenticated', 'ExpiredAuthenticationToken'],
      summary: 'Microsoft Graph access token expired or invalid',
      fix: 'Reconnect the Microsoft account (refresh the token); pause the sync until then.',
    },
    {
      id: 'microsoft-graph/request-denied',
      category: 'permissions',
      cause: '{code}',
      code: ['Authorization_RequestDenied', 'ErrorAccessDenied'],
      summary: 'Microsoft Graph app lacks a permission',
      fix: 'Grant the application permission (and admin consent) in Entra ID → App registrations.',
    },
    {
      id: 'microsoft-graph/access-denied',
      category: 'permissions',
      cause: 'accessDenied',
      code: ['accessDenied', 'Forbidden', 'AccessDenied'],
      destination: ['microsoft-graph'],
      summary: 'Microsoft Graph app lacks a permission',
      fix: 'Grant the application permission (and admin consent) in Entra ID → App registrations.',
    },
    {
      id: 'microsoft-graph/throttled',
      link: 'https://learn.microsoft.com/en-us/graph/throttling',
      category: 'transient',
      cause: 'TooManyRequests',
      code: ['TooManyRequests', 'ApplicationThrottled', 'activityLimitReached', 'throttledRequest', 'serviceNotAvailable'],
      summary: 'Microsoft Graph throttling',
      fix: 'Retried honouring Retry-After; lower concurrency.',
    },
    {
      id: 'microsoft-graph/quota',
      category: 'plan',
      cause: 'quotaLimitReached',
      code: ['quotaLimitReached', 'ErrorQuotaExceeded'],
      summary: 'Microsoft storage quota reached',
      fix: 'Free storage or raise the quota for the mailbox / drive.',
    },
    {
      id: 'microsoft-graph/bad-request',
      category: 'validation',
      cause: 'Request_BadRequest',
      code: ['Request_BadRequest', 'invalidRequest', 'Request_ResourceNotFound', 'itemNotFound', 'nameAlreadyExists', 'ErrorInvalidProperty', 'InvalidValue'],
      summary: 'Microsoft Graph rejected the request data',
      fix: 'Fix the value named by the message (property / target).',
    },
    {
      id: 'microsoft-graph/throttled-message',
      category: 'transient',
      cause: 'ApplicationThrottled',
      message: /is over its MailboxConcurrency limit|ApplicationThrottled/,
      link: 'https://learn.microsoft.com/en-us/graph/throttling',
      summary: 'Microsoft Graph throttling',
      fix: 'Retried honouring Retry-After; lower concurrency.',
    },
  ],
};
