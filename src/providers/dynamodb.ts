import type { Provider } from './provider.js';

/**
 * Amazon DynamoDB (`dynamodb.<region>.amazonaws.com`; every AWS SDK names it: Go v2 "operation
 * error DynamoDB: PutItem, … api error ThrottlingException", boto3 `botocore.exceptions.ClientError:
 * An error occurred (ProvisionedThroughputExceededException) when calling the BatchWriteItem
 * operation`, Java `DynamoDbException`). Errors by `__type`:
 * - ProvisionedThroughputExceededException, ThrottlingException, RequestLimitExceeded (the table's
 *   or account's throughput; the SDKs retry them): transient.
 * - ConditionalCheckFailedException, TransactionCanceledException with a condition, ValidationException
 *   (an attribute of the wrong type, a missing key, an item over 400 KB): validation.
 * - ResourceNotFoundException (no such table): validation, of the mapping.
 * Sources: docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html.
 */
const D = ['dynamodb'];

export const provider: Provider = {
  name: 'dynamodb',
  display: 'DynamoDB',
  aliases: ['amazondynamodb', 'awsdynamodb'],
  hints: ['dynamodb(?:\\.[\\w-]+)?\\.amazonaws\\.com', 'DynamoDB(?:Client|Exception|Error)?', 'DynamoDb\\w*Exception', 'dynamodb'],
  // Before the generic AWS names: a DynamoDB line's throttle is the table's.
  rank: 60,
  links: {
    transient: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html#Programming.Errors.RetryAndBackoff',
    validation: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html',
    permissions: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/using-identity-based-policies.html',
    outage: 'https://health.aws.amazon.com/health/status',
  },
  rules: [
    {
      id: 'dynamodb/throughput',
      category: 'transient',
      cause: 'throughput exceeded',
      message: /\bProvisionedThroughputExceededException\b|\bRequestLimitExceeded\b|\bThrottlingException\b[^\n]{0,200}?(?:capacity|throughput|rate)|\bThroughput exceeds the current capacity\b/,
      summary: 'DynamoDB throttled the writes (table or account throughput); the SDK retries',
      fix: 'Retry with backoff; if it persists, raise the table’s capacity (or use on-demand) and spread writes over more partition keys.',
    },
    // JavaScript and Go SDKs print the class and the message: "ValidationException: One or more
    // parameter values were invalid: Missing the key PK in the item".
    {
      id: 'dynamodb/item-refused-message',
      category: 'validation',
      cause: 'item refused',
      message: /\bConditionalCheckFailedException\b|\bValidationException: One or more parameter values were invalid\b|\bMissing the key [\w.-]{1,80} in the item\b/,
      fieldFrom: /\bMissing the key ([\w.-]{1,80}) in the item\b/,
      summary: 'DynamoDB refused the item (`{field}`)',
      fix: 'Fix the item (attribute types, the key, the 400 KB size) or the table in the mapping; retrying the same item fails again.',
    },
    {
      id: 'dynamodb/item-refused',
      category: 'validation',
      cause: '{code}',
      code: ['ConditionalCheckFailedException', 'ValidationException', 'ResourceNotFoundException', 'TransactionCanceledException'],
      destination: D,
      summary: 'DynamoDB refused the item ({code})',
      fix: 'Fix the item (attribute types, the key, the 400 KB size) or the table in the mapping; retrying the same item fails again.',
    },
  ],
};
