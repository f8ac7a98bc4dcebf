import type { Provider } from './provider.js';

/**
 * Azure Cosmos DB (NoSQL / SQL API, `<account>.documents.azure.com`); clients
 * `Microsoft.Azure.Cosmos` (`CosmosException`), the older `Microsoft.Azure.Documents`
 * (`DocumentClientException`), `@azure/cosmos`, `azure.cosmos` (`CosmosHttpResponseError`),
 * `com.azure.cosmos`. Its status codes, from the REST reference:
 * - 429 "Request rate is large": the provisioned request units are spent for now: transient
 *   (the SDKs retry; a steady stream of them asks for more RU/s).
 * - 401 (the key or resource token is wrong, expired, or its MAC signature does not match): auth.
 * - 403 (the account firewall blocks the caller's IP; an Entra identity without a data-plane role):
 *   permissions; 403 "storage quota … exceeded" / a partition key over its 20 GB: plan.
 * - 413 "Request size is too large": validation; 408 / 449 / 503: transient.
 * The Table API through the old storage SDK prints the same wording
 * (`Microsoft.WindowsAzure.Storage.StorageException: Message: {"Errors":["Request rate is large"]}`).
 * Sources: learn.microsoft.com/rest/api/cosmos-db/http-status-codes-for-cosmosdb,
 * learn.microsoft.com/azure/cosmos-db/nosql/troubleshoot-request-rate-too-large,
 * …/troubleshoot-forbidden, …/troubleshoot-unauthorized.
 */
const C = ['cosmosdb'];

export const provider: Provider = {
  name: 'cosmosdb',
  display: 'Azure Cosmos DB',
  aliases: ['cosmos', 'azurecosmos', 'documentdb'],
  hints: ['[\\w-]+\\.documents\\.azure\\.com', 'Microsoft\\.Azure\\.(?:Cosmos|Documents)', '@azure/cosmos', 'azure\\.cosmos', 'com\\.azure\\.cosmos', 'CosmosException', 'CosmosHttpResponseError', 'DocumentClientException', 'Cosmos ?DB'],
  links: {
    auth: 'https://learn.microsoft.com/en-us/azure/cosmos-db/nosql/troubleshoot-unauthorized',
    permissions: 'https://learn.microsoft.com/en-us/azure/cosmos-db/nosql/troubleshoot-forbidden',
    plan: 'https://learn.microsoft.com/en-us/azure/cosmos-db/concepts-limits',
    transient: 'https://learn.microsoft.com/en-us/azure/cosmos-db/nosql/troubleshoot-request-rate-too-large',
    outage: 'https://azure.status.microsoft/status',
  },
  rules: [
    {
      id: 'cosmosdb/request-rate',
      category: 'transient',
      cause: 'request rate is large',
      message: /\bRequest rate is large\b/i,
      summary: 'Cosmos DB request units spent for now (429 request rate is large)',
      fix: 'Retry after the x-ms-retry-after-ms the answer gives; if it lasts the whole run, raise the RU/s or spread writes over more partition keys.',
    },
    {
      id: 'cosmosdb/unauthorized',
      category: 'auth',
      cause: 'authorization token rejected',
      message: /\bThe input authorization token can'?t serve the request\b|\bThe MAC signature found in the HTTP request is not the same as the computed signature\b|\bThe authorization token is not valid at the current time\b/i,
      summary: 'Cosmos DB rejected the key or resource token',
      fix: 'Replace the account key (it was regenerated) or issue a new resource token; pause the sync until then.',
    },
    {
      id: 'cosmosdb/firewall',
      category: 'permissions',
      cause: 'blocked by the account firewall',
      message: /\bRequest originated from (?:IP|VNET)\b[^\n]{0,200}\bblocked by your Cosmos DB account firewall\b|\bcannot be authorized by AAD token in data plane\b/i,
      summary: 'Cosmos DB refused the caller (account firewall or missing data-plane role)',
      fix: 'Allow the sync’s IP or network in the account’s firewall, or give its identity a Cosmos DB data-plane role; pause the sync until then.',
    },
    {
      id: 'cosmosdb/storage-quota',
      category: 'plan',
      cause: 'storage quota exceeded',
      message: /\bStorage quota for '[^']{1,40}' exceeded\b|\bPartition key reached maximum size\b/i,
      destination: C,
      summary: 'Cosmos DB container or partition is full',
      fix: 'Raise the container’s storage (or serverless limit), or spread the data over more logical partitions; pause writes until then.',
    },
  ],
};
