import type { RuleCase } from '../rule-tester.js';

/**
 * Azure Cosmos DB: the status and its sentence decide (the SDKs print the service's message).
 * Sources: learn.microsoft.com/rest/api/cosmos-db/http-status-codes-for-cosmosdb;
 * learn.microsoft.com/azure/cosmos-db/nosql/troubleshoot-request-rate-too-large,
 * troubleshoot-unauthorized, troubleshoot-forbidden; concepts-limits (20 GB logical partition).
 */
export const cosmosdbCases: RuleCase[] = [
  {
    line: 'fail: Sync.Writer[0] Microsoft.Azure.Cosmos.CosmosException : Response status code does not indicate success: TooManyRequests (429); Substatus: 3200; ActivityId: 5d0a7e1c-0000-0000-0000-000000000000; Reason: (Message: {"Errors":["Request rate is large. More Request Units may be needed, so no changes were made. Please retry this request later."]});',
    category: 'transient',
    destination: 'cosmosdb',
    rule: 'cosmosdb/request-rate',
    note: '429 / 3200: provisioned RU/s spent',
  },
  {
    line: 'ERROR upsert orders failed: CosmosHttpResponseError: (Unauthorized) The input authorization token can\'t serve the request. The wrong key is being used or the expected payload is not built as per the protocol.',
    category: 'auth',
    destination: 'cosmosdb',
    rule: 'cosmosdb/unauthorized',
    note: '401: the account key was regenerated',
  },
  {
    line: 'ERROR Microsoft.Azure.Cosmos.CosmosException : Response status code does not indicate success: Forbidden (403); Substatus: 0; Reason: (Request originated from IP 203.0.113.9 through public internet. This is blocked by your Cosmos DB account firewall settings.)',
    category: 'permissions',
    destination: 'cosmosdb',
    rule: 'cosmosdb/firewall',
    note: '403: the account firewall blocks the sync host',
  },
  {
    line: '[ERROR] bulk import stopped: DocumentClientException: Message: {"Errors":["Partition key reached maximum size of 20 GB"]} StatusCode: Forbidden',
    category: 'plan',
    destination: 'cosmosdb',
    rule: 'cosmosdb/storage-quota',
    note: '403: a logical partition is full',
  },
];

/** A resource token used outside its validity window. Source: learn.microsoft.com azure/cosmos-db/nosql/troubleshoot-unauthorized. */
export const cosmosdbTokenTimeCases: RuleCase[] = [
  {
    line: 'azure.cosmos.exceptions.CosmosHttpResponseError: (Forbidden) The authorization token is not valid at the current time. Please create another token and retry (token start time: Mon, 02 Mar 2026 08:10:54 GMT, token expiry time: Mon, 02 Mar 2026 08:25:54 GMT).',
    category: 'auth',
    destination: 'cosmosdb',
    rule: 'cosmosdb/unauthorized',
    note: 'an expired resource token: a new token, not a role',
  },
];
