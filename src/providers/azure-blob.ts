import type { Provider } from './provider.js';

/**
 * Azure Blob / Data Lake Storage (`<account>.blob.core.windows.net`, `.dfs.core.windows.net`),
 * SDKs azure-storage-blob (Python `azure.storage.blob`, whose errors are
 * `azure.core.exceptions.HttpResponseError` / `ClientAuthenticationError` with `ErrorCode:X`),
 * `@azure/storage-blob`, `Azure.Storage.Blobs` (.NET `RequestFailedException`, "Status: 403 (…)
 * ErrorCode: AuthorizationPermissionMismatch"), Java `com.azure.storage.blob`, and AzCopy
 * ("RESPONSE ERROR (ServiceCode=…)"). The error code decides:
 * - AuthenticationFailed, InvalidAuthenticationInfo, (SAS) expired signatures: auth.
 * - AuthorizationFailure, AuthorizationPermissionMismatch (an RBAC role without data access),
 *   AuthorizationSourceIPMismatch, AuthorizationProtocolMismatch, InsufficientAccountPermissions:
 *   permissions.
 * - AccountIsDisabled: plan (the subscription is disabled).
 * - ContainerNotFound, BlobNotFound, InvalidBlobOrBlock, InvalidResourceName, BlobAlreadyExists:
 *   validation.
 * - ServerBusy, OperationTimedOut, InternalError: transient.
 * Sources: learn.microsoft.com/rest/api/storageservices/blob-service-error-codes and
 * /common-rest-api-error-codes; "Authorize access to blobs using Microsoft Entra ID" (Storage Blob
 * Data roles).
 */
const AB = ['azure-blob'];

export const provider: Provider = {
  name: 'azure-blob',
  display: 'Azure Blob Storage',
  aliases: ['azureblob', 'azureblobstorage', 'azurestorage', 'adls', 'adlsgen2'],
  hints: [
    '[\\w-]+\\.(?:blob|dfs)\\.core\\.windows\\.net',
    'azure\\.storage\\.(?:blob|filedatalake)',
    'azure-storage-(?:blob|file-datalake)',
    '@azure/storage-blob',
    'Azure\\.Storage\\.(?:Blobs|Files\\.DataLake)',
    'com\\.azure\\.storage\\.blob',
    'wasbs?://[\\w.@-]+',
    'abfss?://[\\w.@-]+',
    'AzCopy',
    // Storage's own error codes name it when nothing else does.
    'AuthorizationPermissionMismatch',
    'AuthorizationSourceIPMismatch',
  ],
  keys: { code: ['ErrorCode', 'errorCode'] },
  links: {
    auth: 'https://learn.microsoft.com/azure/storage/common/storage-account-keys-manage',
    permissions: 'https://learn.microsoft.com/azure/storage/blobs/assign-azure-role-data-access',
    plan: 'https://portal.azure.com/#view/Microsoft_Azure_Billing/SubscriptionsBlade',
    validation: 'https://learn.microsoft.com/rest/api/storageservices/blob-service-error-codes',
    outage: 'https://azure.status.microsoft/',
    transient: 'https://azure.status.microsoft/',
  },
  rules: [
    {
      id: 'azure-blob/authentication',
      category: 'auth',
      cause: '{code}',
      code: ['AuthenticationFailed', 'InvalidAuthenticationInfo', 'NoAuthenticationInformation'],
      destination: AB,
      summary: 'Azure Storage rejected the credentials (account key, SAS or token)',
      fix: 'Replace the account key or SAS (it may have been rotated or expired) in the connection; pause the sync until then.',
    },
    {
      id: 'azure-blob/authorization',
      category: 'permissions',
      cause: '{code}',
      code: ['AuthorizationFailure', 'AuthorizationPermissionMismatch', 'AuthorizationSourceIPMismatch', 'AuthorizationProtocolMismatch', 'AuthorizationResourceTypeMismatch', 'AuthorizationServiceMismatch', 'InsufficientAccountPermissions'],
      destination: AB,
      summary: 'Azure Storage refused the action for this identity ({code})',
      fix: 'Grant the identity a Storage Blob Data role (Contributor to write) on the account or container, or allow the sync’s IP in the firewall; keep syncing the rest.',
    },
    {
      id: 'azure-blob/authorization-message',
      category: 'permissions',
      cause: 'AuthorizationPermissionMismatch',
      // Storage's own sentence: it names Azure Storage wherever it appears.
      message: /This request is not authorized to perform this operation using this permission|\bAuthorizationPermissionMismatch\b|This request is not authorized to perform this operation\b/,
      summary: 'Azure Storage refused the action for this identity (role or firewall)',
      fix: 'Grant the identity a Storage Blob Data role (Contributor to write) on the account or container, or allow the sync’s IP in the firewall; keep syncing the rest.',
    },
    {
      id: 'azure-blob/account-disabled',
      category: 'plan',
      cause: 'AccountIsDisabled',
      code: ['AccountIsDisabled'],
      destination: AB,
      summary: 'Azure Storage account disabled (its subscription is disabled)',
      fix: 'Re-enable the Azure subscription (billing) that holds the account; pause the sync until then.',
    },
    {
      id: 'azure-blob/not-found',
      category: 'validation',
      cause: '{code}',
      code: ['ContainerNotFound', 'BlobNotFound', 'InvalidBlobOrBlock', 'InvalidResourceName', 'BlobAlreadyExists', 'ContainerAlreadyExists', 'InvalidHeaderValue'],
      destination: AB,
      summary: 'Azure Storage refused the path or object ({code})',
      fix: 'Fix the container or blob name in the connection or mapping (it may have been deleted, or the name breaks the naming rules).',
    },
    {
      id: 'azure-blob/busy',
      category: 'transient',
      cause: '{code}',
      code: ['ServerBusy', 'OperationTimedOut', 'InternalError'],
      destination: AB,
      summary: 'Azure Storage busy or timed out ({code})',
      fix: 'Retry with backoff; spread the load over more partitions (blob name prefixes) if it persists.',
    },
  ],
};
