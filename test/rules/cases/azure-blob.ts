import type { RuleCase } from '../rule-tester.js';

/**
 * Azure Blob Storage: the x-ms-error-code / ErrorCode decides. Sources:
 * learn.microsoft.com/rest/api/storageservices/blob-service-error-codes and
 * /common-rest-api-error-codes; azure-storage-blob (Python) HttpResponseError text; .NET
 * RequestFailedException ("Status: 403 (…) ErrorCode: …").
 */
const j = (o: unknown): string => JSON.stringify(o);

export const azureBlobCases: RuleCase[] = [
  {
    line: 'Azure.RequestFailedException: Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.\nStatus: 403 (Server failed to authenticate the request.)\nErrorCode: AuthenticationFailed\n   at Azure.Storage.Blobs.BlobRestClient.DownloadAsync(String snapshot, CancellationToken cancellationToken)',
    category: 'auth',
    destination: 'azure-blob',
    rule: 'azure-blob/authentication',
    note: 'a rotated account key: AuthenticationFailed although the status is 403',
  },
  {
    line: j({ level: 'error', destination: 'azure-blob', status: 403, body: { ErrorCode: 'AuthorizationPermissionMismatch', message: 'This request is not authorized to perform this operation using this permission.' } }),
    category: 'permissions',
    rule: 'azure-blob/authorization',
    note: 'an Entra identity with Reader but no Storage Blob Data role',
  },
  {
    line: "azure.core.exceptions.HttpResponseError: This request is not authorized to perform this operation using this permission.",
    category: 'permissions',
    rule: 'azure-blob/authorization-message',
    note: 'the Python SDK’s message without the code',
  },
  {
    line: 'ERROR PUT https://acmelake.blob.core.windows.net/raw/2026/11/22/part-0001.json -> 403 {"ErrorCode":"AccountIsDisabled","message":"The specified account is disabled."}',
    category: 'plan',
    destination: 'azure-blob',
    rule: 'azure-blob/account-disabled',
  },
  {
    line: 'ERROR GET https://acmelake.blob.core.windows.net/raw?restype=container -> 404 {"ErrorCode":"ContainerNotFound","message":"The specified container does not exist."}',
    category: 'validation',
    destination: 'azure-blob',
    rule: 'azure-blob/not-found',
  },
  {
    line: 'ERROR PUT https://acmelake.blob.core.windows.net/raw/a.json -> 503 {"ErrorCode":"ServerBusy","message":"Ingress is over the account limit."}',
    category: 'transient',
    destination: 'azure-blob',
    rule: 'azure-blob/busy',
  },
];
