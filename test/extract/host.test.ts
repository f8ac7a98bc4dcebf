import { describe, expect, it } from 'vitest';
import { hostDestination } from '../../src/extract/host.js';
import { awsServiceOfText } from '../../src/extract/aws.js';
import { classifyLine } from '../rules/rule-tester.js';

describe('the destination named by an API host no provider module knows', () => {
  it.each([
    ['requests.exceptions.ReadTimeout: HTTPSConnectionPool(host=x): GET https://api.trakt.tv/sync/history', 'trakt'],
    ['xmlrpc.client.ProtocolError: <ProtocolError for https://acme.odoo.com/xmlrpc/2/object: 502 Bad Gateway>', 'odoo'],
    ['POST https://api.service.example.co.uk/v1/items -> 503', null],
    ['POST https://api.tradeshift.co.uk/v1/items -> 503', 'tradeshift'],
    ['GET https://user:secret@api.pinboard.in/v1/posts/all failed', 'pinboard'],
    ['connect ECONNREFUSED http://10.0.0.4:8080/ingest', null],
    ['POST http://loki:3100/loki/api/v1/push 500', null],
    ['GET https://search.internal/v1 504', null],
    ['POST https://abc123.execute-api.us-east-1.amazonaws.com/prod 502', null],
    ['Sentry event https://sentry.io/organizations/acme/issues/1/ raised', null],
    ['no url here at all', null],
    ['ClientSecretCredential authentication failed. See https://aka.ms/msal-net-invalid-client for details.', null],
    ["urllib3.exceptions.ReadTimeoutError: HTTPSConnectionPool(host='api.pinboard.in', port=443): Read timed out. (read timeout=24)", 'pinboard'],
    ["HTTPConnectionPool(host='localhost', port=8080): Max retries exceeded", null],
    ['SocketError: Failed to open TCP connection to api.pinboard.in:443 (getaddrinfo: Name or service not known)', 'pinboard'],
    ['Errno::ECONNREFUSED: Failed to open TCP connection to localhost:3000 (Connection refused)', null],
    // AWS: the service label, wherever the region sits; a customer's own endpoints name no one.
    ['ConnectTimeoutException: Connect to kinesis.us-east-1.amazonaws.com:443 failed: connect timed out', 'kinesis'],
    ['<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><Error><Code>ExpiredToken</Code>', 'iam'],
    ['POST https://logs.eu-west-1.amazonaws.com/ 400', 'cloudwatch-logs'],
    ['Unable to execute HTTP request: Connection refused: sqs.us-west-2.amazonaws.com', 'sqs'],
    ['GET http://ec2-3-4-5-6.compute-1.amazonaws.com:8080/api 502', null],
    ['POST https://my-lb-123.us-east-1.elb.amazonaws.com/hook 504', null],
  ])('%s → %s', (text, name) => expect(hostDestination(text)).toBe(name));

  it('only where no provider module names the line, and only on error lines', () => {
    expect(classifyLine('2026-03-02T10:00:00Z ERROR GET https://api.raindrop.io/rest/v1/raindrops -> 401 Unauthorized').signals.destination).toBe('raindrop');
    // A known provider's host keeps its module's name.
    expect(classifyLine('2026-03-02T10:00:00Z ERROR GET https://api.hubapi.com/crm/v3/objects -> 401').signals.destination).toBe('hubspot');
    // A success names no destination from its URL.
    expect(classifyLine('2026-03-02T10:00:00Z INFO GET https://api.raindrop.io/rest/v1/raindrops -> 200').signals.destination).toBeNull();
  });
});

describe('the AWS service an IAM denial or the Java SDK names', () => {
  it.each([
    ['User: arn:aws:iam::1:user/x is not authorized to perform: kinesis:PutRecords on resource: arn:aws:kinesis:…', 'kinesis'],
    ['AccessDenied: User is not authorized to perform: logs:CreateLogStream', 'cloudwatch-logs'],
    ['Access to the resource is denied. (Service: AmazonSQS; Status Code: 403; Error Code: AccessDenied)', 'sqs'],
    ['We encountered an internal error. (Service: Amazon S3; Status Code: 200; Error Code: InternalError)', 's3'],
    ['Rate exceeded (Service: Kinesis, Status Code: 400, Request ID: x)', 'kinesis'],
    ['You are not authorized to perform this operation.', null],
    ['no AWS here', null],
  ])('%s → %s', (text, name) => expect(awsServiceOfText(text)).toBe(name));
});
