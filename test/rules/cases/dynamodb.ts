import type { RuleCase } from '../rule-tester.js';

/** DynamoDB errors by `__type`. Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html. */
export const dynamodbCases: RuleCase[] = [
  {
    line: 'level=ERROR msg="failed to insert item" error="operation error DynamoDB: PutItem, exceeded maximum number of attempts, 3, https response error StatusCode: 400, RequestID: abc, api error ThrottlingException: Throughput exceeds the current capacity of your table or index."',
    category: 'transient',
    destination: 'dynamodb',
    rule: 'dynamodb/throughput',
  },
  {
    line: 'botocore.exceptions.ClientError: An error occurred (ProvisionedThroughputExceededException) when calling the BatchWriteItem operation (reached max retries: 9): The level of configured provisioned throughput for the table was exceeded.',
    category: 'transient',
    rule: 'dynamodb/throughput',
  },
  {
    line: '{"level":"error","destination":"dynamodb","status":400,"body":{"__type":"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException","message":"The conditional request failed"}}',
    category: 'validation',
    rule: 'dynamodb/item-refused',
  },
  {
    line: 'error updating item ValidationException: One or more parameter values were invalid: Missing the key PK in the item',
    category: 'validation',
    destination: 'dynamodb',
    field: 'PK',
    rule: 'dynamodb/item-refused-message',
  },
];
