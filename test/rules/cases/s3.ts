import type { RuleCase } from '../rule-tester.js';

/**
 * Amazon S3. Error bodies `<Error><Code>…</Code><Message>…</Message></Error>` (as JSON in SDK v3
 * logs), botocore "An error occurred (<Code>) when calling the <Op> operation: <Message>", SDK v1
 * "(Service: Amazon S3; Status Code: 403; Error Code: …)", SDK v2 "(Service: S3, Status Code: …)",
 * Hadoop S3A AccessDeniedException. Messages are the error-code list's own.
 * Sources: docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html#ErrorCodeList,
 * …/AmazonS3/latest/userguide/troubleshoot-403-errors.html, …/optimizing-performance.html;
 * hadoop-aws S3A troubleshooting guide; boto3 / aws-sdk-java / aws-sdk-js-v3 issue bodies.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const s3Cases: RuleCase[] = [
  {
    line: '2026/05/02 09:03:23 ERROR : keys/f20e: Post request put error: AccessDenied: Access Denied\n\tstatus code: 403, request id: 4Y32AK01ZJ2JA9RY, host id: GmZtOwEvp/JXnQCr9eXNIanVd4AG8x2fYIock=',
    category: 'permissions',
    destination: 's3',
    note: 'aws-sdk-go v1 prints the status, request id and host id under the code: only S3 sends a host id',
  },
  {
    line: 'botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied',
    category: 'permissions',
    destination: 's3',
    rule: 's3/access-denied-message',
    note: 'botocore: the S3 operation name reveals the destination; AccessDenied is the policy',
  },
  {
    line: j({ ts: '2026-03-02T09:00:00Z', level: 'error', destination: 's3', status: 403, body: { Code: 'AccessDenied', Message: 'Access Denied', RequestId: '4442587FB7D0A2F9', HostId: 'nb0Jk2n...' } }),
    category: 'permissions',
    cause: 'AccessDenied',
    rule: 's3/access-denied',
    note: 'the XML error as JSON: Code AccessDenied',
  },
  {
    line: 'com.amazonaws.services.s3.model.AmazonS3Exception: The AWS Access Key Id you provided does not exist in our records. (Service: Amazon S3; Status Code: 403; Error Code: InvalidAccessKeyId; Request ID: 8F1A2B3C4D5E6F70; S3 Extended Request ID: abc=)',
    category: 'auth',
    destination: 's3',
    cause: 'InvalidAccessKeyId',
    rule: 's3/invalid-credentials',
    note: 'SDK v1 "Error Code:" InvalidAccessKeyId: auth despite the 403',
  },
  {
    line: "2026-03-02T09:00:10Z ERROR upload to s3://acme-exports/2026/03/02/part-0001.parquet failed: An error occurred (SignatureDoesNotMatch) when calling the PutObject operation: The request signature we calculated does not match the signature you provided. Check your key and signing method.",
    category: 'auth',
    destination: 's3',
    rule: 's3/invalid-credentials-message',
    note: 'SignatureDoesNotMatch: the secret key is wrong',
  },
  {
    line: j({ level: 'error', destination: 'aws_s3', status: 400, error: { Code: 'ExpiredToken', Message: 'The provided token has expired.' } }),
    category: 'auth',
    destination: 's3',
    rule: 's3/expired-token',
    note: 'ExpiredToken on an S3 line: temporary credentials lapsed',
  },
  {
    line: j({ level: 'error', destination: 's3', status: 403, error: { Code: 'AccountProblem', Message: 'There is a problem with your AWS account that prevents the operation from completing successfully.' } }),
    category: 'plan',
    rule: 's3/account-problem',
    note: 'AccountProblem: the account’s standing, no grant fixes it',
  },
  {
    line: 'botocore.exceptions.ClientError: An error occurred (AllAccessDisabled) when calling the GetObject operation: All access to this object has been disabled',
    category: 'plan',
    destination: 's3',
    rule: 's3/account-problem-message',
    note: 'AllAccessDisabled: AWS disabled the resource, contact AWS Support',
  },
  {
    line: 'software.amazon.awssdk.services.s3.model.NoSuchBucketException: The specified bucket does not exist (Service: S3, Status Code: 404, Request ID: 7QRTX1VZ, Extended Request ID: xyz=)',
    category: 'validation',
    destination: 's3',
    rule: 's3/not-found-message',
    note: 'SDK v2 prints no error code: the message decides',
  },
  {
    line: j({ level: 'error', msg: 'read checkpoint failed', url: 'https://acme-state.s3.eu-west-1.amazonaws.com/checkpoints/run-7.json', status: 404, error: { Code: 'NoSuchKey', Message: 'The specified key does not exist.', Key: 'checkpoints/run-7.json' } }),
    category: 'validation',
    destination: 's3',
    rule: 's3/not-found',
    note: 'virtual-hosted endpoint names S3; NoSuchKey',
  },
  {
    line: j({ level: 'error', destination: 's3', status: 400, error: { Code: 'EntityTooLarge', Message: 'Your proposed upload exceeds the maximum allowed size', ProposedSize: 5368709121, MaxSizeAllowed: 5368709120 } }),
    category: 'validation',
    rule: 's3/too-large',
    note: 'single PUT over 5 GB: multipart is needed',
  },
  {
    line: j({ level: 'error', destination: 's3', status: 503, body: { Code: 'SlowDown', Message: 'Please reduce your request rate.', RequestId: '4442587FB7D0A2F9' } }),
    category: 'transient',
    rule: 's3/slow-down',
    note: '503 SlowDown: prefix request rate, back off',
  },
  {
    line: '2026-03-02T09:00:20Z WARN s3transfer upload failed: An error occurred (SlowDown) when calling the UploadPart operation (reached max retries: 4): Please reduce your request rate.',
    category: 'transient',
    destination: 's3',
    rule: 's3/slow-down-message',
    note: 'SlowDown through botocore retries',
  },
  {
    line: j({ level: 'error', destination: 's3', status: 500, error: { Code: 'InternalError', Message: 'We encountered an internal error. Please try again.' } }),
    category: 'transient',
    rule: 's3/server-error',
    note: 'InternalError 500: retry',
  },
  {
    line: "2026-03-02T09:00:30Z ERROR botocore.exceptions.ClientError: An error occurred (RequestTimeout) when calling the PutObject operation: Your socket connection to the server was not read from or written to within the timeout period. Idle connections will be closed.",
    category: 'transient',
    destination: 's3',
    rule: 's3/server-error-message',
    note: 'RequestTimeout 400 is a slow upload socket, not a bad request',
  },
  {
    line: 'java.nio.file.AccessDeniedException: s3a://acme-lake/events/_temporary: getFileStatus on s3a://acme-lake/events/_temporary: com.amazonaws.services.s3.model.AmazonS3Exception: Forbidden (Service: Amazon S3; Status Code: 403; Error Code: 403 Forbidden; Request ID: 1A2B3C)',
    category: 'permissions',
    destination: 's3',
    rule: 's3/access-denied-message',
    note: 'Hadoop S3A: s3a:// URI and AccessDeniedException',
  },
  // ---------------------------------------------------------------- near misses
  {
    line: '2026-03-02T09:00:40Z ERROR worker-s3 lost its lease: version v2.s3 failed to start',
    category: 'unknown',
    destination: null,
    note: 'near miss: "s3" inside other tokens names no destination',
  },
  {
    line: j({ level: 'error', destination: 'zendesk', status: 403, error: 'AccessDenied', description: 'You do not have access to this page' }),
    category: 'permissions',
    destination: 'zendesk',
    rule: 'zendesk/forbidden',
    note: 'near miss: AccessDenied on another provider’s line is not S3’s',
  },
  {
    line: '** (UndefinedFunctionError) function Poison.decode/1 is undefined (module Poison is not available)\n    Poison.decode("<?xml version=\\"1.0\\" encoding=\\"UTF-8\\"?>\\n<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided.</Message></Error>")\n    (ex_aws) lib/ex_aws/request.ex:58: ExAws.Request.client_error/2',
    category: 'auth',
    destination: 's3',
    note: 'ex_aws (Elixir) failed to decode S3’s XML error for want of a JSON library: the body under the exception still says why (the S3 error-response docs: <Error><Code>)',
  },
];
