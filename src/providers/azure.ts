import type { Provider } from './provider.js';

/**
 * Azure Resource Manager (`management.azure.com`), the control plane Terraform's azurerm, the Azure
 * CLI and the SDKs' management clients call to create and change resources. Errors are
 * `{"error":{"code","message"}}`, which Go's autorest prints as `Status=403 Code="AuthorizationFailed"
 * Message="The client '…' with object id '…' does not have authorization to perform action
 * 'Microsoft.Authorization/roleAssignments/write' over scope '…'"`. AuthorizationFailed is a missing
 * role assignment (RBAC) on the scope; ExpiredAuthenticationToken / InvalidAuthenticationToken a bad
 * token; QuotaExceeded and OperationNotAllowed on cores a subscription quota; SubscriptionNotFound
 * and ResourceGroupNotFound a wrong id in the configuration.
 * Storage (azure-blob.ts) and the sign-in (azure-ad.ts) are their own providers.
 * Sources: learn.microsoft.com/azure/azure-resource-manager/troubleshooting/common-deployment-errors,
 * /azure/role-based-access-control/troubleshooting.
 */
const A = ['azure'];

export const provider: Provider = {
  name: 'azure',
  display: 'Azure Resource Manager',
  aliases: ['azurerm', 'azureresourcemanager'],
  familyName: true,
  hints: ['management\\.azure\\.com', 'autorest/azure', 'azurerm(?:_\\w+)?', 'azure-mgmt-[\\w-]+', 'Azure\\.ResourceManager', "action '?Microsoft\\.[A-Z]\\w+/"],
  links: {
    auth: 'https://learn.microsoft.com/en-us/azure/azure-resource-manager/troubleshooting/common-deployment-errors',
    permissions: 'https://learn.microsoft.com/en-us/azure/role-based-access-control/troubleshooting',
    plan: 'https://learn.microsoft.com/en-us/azure/quotas/view-quotas',
    validation: 'https://learn.microsoft.com/en-us/azure/azure-resource-manager/troubleshooting/common-deployment-errors',
    outage: 'https://azure.status.microsoft',
  },
  rules: [
    {
      id: 'azure/authorization-failed',
      category: 'permissions',
      cause: 'AuthorizationFailed',
      code: ['AuthorizationFailed', 'LinkedAuthorizationFailed'],
      summary: 'Azure role assignment missing: the client may not perform the action on this scope',
      fix: 'Assign the service principal a role with the action on the scope (subscription, resource group or resource); keep syncing what it can reach.',
    },
    {
      id: 'azure/authorization-failed-message',
      category: 'permissions',
      cause: 'AuthorizationFailed',
      message: /\bdoes not have authorization to perform action '[^']{1,200}' over scope\b|\bCode="?(?:Linked)?AuthorizationFailed\b/,
      summary: 'Azure role assignment missing: the client may not perform the action on this scope',
      fix: 'Assign the service principal a role with the action on the scope (subscription, resource group or resource); keep syncing what it can reach.',
    },
    {
      id: 'azure/token',
      category: 'auth',
      cause: '{code}',
      code: ['ExpiredAuthenticationToken', 'InvalidAuthenticationToken', 'InvalidAuthenticationTokenTenant', 'AuthenticationFailed'],
      destination: A,
      summary: 'Azure rejected the access token ({code})',
      fix: 'Sign the service principal in again (a new secret, or the right tenant for the subscription); pause the sync until then.',
    },
    {
      id: 'azure/quota',
      category: 'plan',
      cause: '{code}',
      code: ['QuotaExceeded', 'SkuNotAvailable', 'SubscriptionNotRegistered'],
      destination: A,
      summary: 'Azure subscription quota or offer does not allow this ({code})',
      fix: 'Request a quota increase (or another region / size) for the subscription; retrying fails the same way.',
    },
    {
      id: 'azure/not-found',
      category: 'validation',
      cause: '{code}',
      code: ['SubscriptionNotFound', 'ResourceGroupNotFound', 'ResourceNotFound'],
      destination: A,
      summary: 'Azure resource in the configuration does not exist ({code})',
      fix: 'Fix the subscription, resource group or resource name in the configuration; retrying fails the same way.',
    },
  ],
};
