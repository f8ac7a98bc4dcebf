import type { Provider } from './provider.js';

/**
 * Amazon S3 as a sink (boto3 / botocore, the Java SDKs, Hadoop S3A, the JS SDK v3, Kafka Connect
 * S3, Firehose). Errors are `<Error><Code>…</Code><Message>…</Message><RequestId>…</RequestId></Error>`;
 * botocore prints "An error occurred (<Code>) when calling the <Operation> operation: <Message>",
 * the Java SDK v1 "… (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; …)", v2
 * "S3Exception: Access Denied (Service: S3, Status Code: 403, …)", the JS SDK v3 names the error by
 * its code (`NoSuchBucket: The specified bucket does not exist`).
 * From the S3 error-code list:
 * - `InvalidAccessKeyId` (403, the key id does not exist), `SignatureDoesNotMatch` (403, wrong
 *   secret), `ExpiredToken` / `InvalidToken` / `TokenRefreshRequired` (400, temporary credentials):
 *   auth.
 * - `AccessDenied` (403): the IAM / bucket policy does not allow the action: permissions.
 * - `AccountProblem` (403, "There is a problem with your AWS account that prevents the operation
 *   from completing successfully") and `AllAccessDisabled` (403, "All access to this Amazon S3
 *   resource has been disabled. Contact AWS Support"): plan — the account's standing, not a policy;
 *   no grant restores it, AWS Support (billing, suspension) does.
 * - `NoSuchBucket` / `NoSuchKey` / `NoSuchUpload` (404), `InvalidBucketName`, `EntityTooLarge`
 *   (400): validation.
 * - `SlowDown` (503, "Please reduce your request rate"), `RequestTimeout` (400, the socket was
 *   idle past the timeout), `InternalError` (500), `ServiceUnavailable` (503): transient, retry with
 *   backoff (S3's own advice for 500 / 503).
 * Codes other services use too (AccessDenied, InternalError, ExpiredToken…) decide only S3 lines.
 * Sources: docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html (List of error codes),
 * …/AmazonS3/latest/userguide/troubleshoot-403-errors.html, …/optimizing-performance.html
 * (SlowDown, request rates per prefix); botocore's ClientError format; hadoop-aws S3A
 * troubleshooting (AccessDeniedException, getFileStatus); public issue bodies (boto3, aws-sdk-js-v3,
 * aws-sdk-java-v2).
 */
const S = ['s3'];

export const provider: Provider = {
  name: 's3',
  display: 'Amazon S3',
  aliases: ['amazons3', 'awss3'],
  // S3 endpoints in every form (s3.amazonaws.com, s3.eu-west-1.amazonaws.com,
  // bucket.s3.us-east-2.amazonaws.com, s3-us-west-2.amazonaws.com), URIs (s3://, s3a://), SDK and
  // Hadoop names, and botocore's "when calling the PutObject operation" (S3's own operation names).
  // Never "s3" alone: it is a short token in versions, regions and names.
  hints: [
    's3(?:[.-][a-z0-9]+)*\\.amazonaws\\.com(?:\\.cn)?',
    // aws-sdk-go v1 under an S3 error: S3 alone answers with a host id (x-amz-id-2).
    'status code: \\d{3}, request id: [\\w-]{1,64}, host id:',
    's3[an]?://[\\w.-]+',
    'AmazonS3\\w*',
    'A(?:WS|mazon) S3',
    'S3AFileSystem',
    'S3(?:Service)?Exception',
    'software\\.amazon\\.awssdk\\.services\\.s3',
    'com\\.amazonaws\\.services\\.s3',
    '@aws-sdk/client-s3',
    // aws-sdk-ruby: Aws::S3::Errors::AccessDenied
    'Aws::S3::[A-Z]\\w*',
    'Service: (?:Amazon )?S3',
    'NoSuch(?:Bucket|Key)',
    'when calling the (?:PutObject|GetObject|HeadObject|DeleteObjects?|CopyObject|ListObjects(?:V2)?|ListBuckets|HeadBucket|CreateBucket|GetBucketLocation|CreateMultipartUpload|UploadPart|UploadPartCopy|CompleteMultipartUpload|AbortMultipartUpload|PutObjectAcl|GetObjectAcl|SelectObjectContent) operation',
    's3fs',
    's3transfer',
  ],
  // The SDK v3 / XML-turned-JSON spelling of the error: {"Code":"NoSuchKey","Message":"…"}.
  keys: { code: ['Code'], message: ['Message'] },
  rank: 100,
  links: {
    auth: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
    permissions: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/troubleshoot-403-errors.html',
    plan: 'https://console.aws.amazon.com/billing/home',
    validation: 'https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html#ErrorCodeList',
    outage: 'https://health.aws.amazon.com/health/status',
    transient: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/optimizing-performance.html',
  },
  rules: [
    // ---------------------------------------------------------------- codes (SDK v1 "Error Code:", JSON bodies)
    {
      id: 's3/invalid-credentials',
      category: 'auth',
      cause: '{code}',
      code: ['InvalidAccessKeyId', 'SignatureDoesNotMatch'],
      summary: 'Amazon S3 rejected the access key ({code})',
      fix: 'Fix the access key id / secret of the S3 connection (or the role it assumes); pause the sync until then.',
    },
    {
      id: 's3/expired-token',
      category: 'auth',
      cause: '{code}',
      code: ['ExpiredToken', 'InvalidToken', 'TokenRefreshRequired'],
      destination: S,
      summary: 'Amazon S3 temporary credentials expired or invalid ({code})',
      fix: 'Refresh the session credentials (re-assume the role, renew the STS token); long syncs need credentials that refresh themselves.',
    },
    {
      id: 's3/access-denied',
      category: 'permissions',
      cause: 'AccessDenied',
      code: ['AccessDenied', 'AccessDeniedException'],
      destination: S,
      summary: 'Amazon S3 denied the action (IAM or bucket policy)',
      fix: 'Allow the action (s3:PutObject, s3:ListBucket… and kms:GenerateDataKey for SSE-KMS buckets) for the sync’s IAM principal in its policy and the bucket policy.',
    },
    {
      id: 's3/account-problem',
      category: 'plan',
      cause: '{code}',
      code: ['AccountProblem', 'AllAccessDisabled'],
      summary: 'Amazon S3 access disabled at the account level ({code})',
      fix: 'Resolve the AWS account’s standing (billing, suspension) with AWS Support; no IAM change restores it. Pause the sync until then.',
    },
    {
      id: 's3/not-found',
      category: 'validation',
      cause: '{code}',
      code: ['NoSuchBucket', 'NoSuchKey', 'NoSuchUpload', 'InvalidBucketName'],
      summary: 'Amazon S3 bucket or key not found ({code})',
      fix: 'Fix the bucket name / region of the connection (or create the bucket); a missing key was deleted or never written.',
    },
    {
      id: 's3/too-large',
      category: 'validation',
      cause: 'EntityTooLarge',
      code: ['EntityTooLarge'],
      summary: 'Amazon S3 object over the single-upload size limit',
      fix: 'Use multipart upload for objects over 5 GB, or write smaller files.',
    },
    {
      id: 's3/slow-down',
      category: 'transient',
      cause: 'SlowDown',
      code: ['SlowDown'],
      destination: S,
      link: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/optimizing-performance.html',
      summary: 'Amazon S3 request rate too high for the prefix (503 SlowDown)',
      fix: 'Retry with exponential backoff; spread writes across more key prefixes if it persists.',
    },
    {
      id: 's3/server-error',
      category: 'transient',
      cause: '{code}',
      code: ['InternalError', 'ServiceUnavailable', 'RequestTimeout'],
      destination: S,
      summary: 'Amazon S3 server error or idle-socket timeout ({code})',
      fix: 'Retry with backoff (S3’s advice for 500 / 503 and RequestTimeout).',
    },
    // ---------------------------------------------------------------- text (botocore, SDK v2 / v3, S3A)
    {
      id: 's3/invalid-credentials-message',
      category: 'auth',
      cause: 'credentials rejected',
      message: /\((?:InvalidAccessKeyId|SignatureDoesNotMatch|ExpiredToken|InvalidToken)\) when calling|\b(?:InvalidAccessKeyId|SignatureDoesNotMatch):|The AWS Access Key Id you provided does not exist in our records|The request signature we calculated does not match the signature you provided|The provided token (?:has expired|is malformed or otherwise invalid)/i,
      summary: 'Amazon S3 rejected the credentials (key id, secret or session token)',
      fix: 'Fix the access key id / secret of the S3 connection, or refresh its session token; pause the sync until then.',
    },
    {
      id: 's3/account-problem-message',
      category: 'plan',
      cause: 'account disabled',
      message: /\((?:AccountProblem|AllAccessDisabled)\)|There is a problem with your AWS account that prevents the operation|All access to this (?:Amazon S3 )?(?:resource|object) has been disabled/i,
      summary: 'Amazon S3 access disabled at the account level',
      fix: 'Resolve the AWS account’s standing (billing, suspension) with AWS Support; no IAM change restores it. Pause the sync until then.',
    },
    {
      id: 's3/access-denied-message',
      category: 'permissions',
      cause: 'AccessDenied',
      message: /\(AccessDenied\) when calling|\bAccessDenied(?:Exception)?\b|\bAccess Denied\b|\bForbidden \(Service: Amazon S3/i,
      destination: S,
      summary: 'Amazon S3 denied the action (IAM or bucket policy)',
      fix: 'Allow the action (s3:PutObject, s3:ListBucket… and kms:GenerateDataKey for SSE-KMS buckets) for the sync’s IAM principal in its policy and the bucket policy.',
    },
    {
      id: 's3/not-found-message',
      category: 'validation',
      cause: 'bucket or key not found',
      message: /\((?:NoSuchBucket|NoSuchKey)\) when calling|\bNoSuch(?:Bucket|Key)(?:Exception)?:|The specified (?:bucket|key) does not exist/i,
      destination: S,
      summary: 'Amazon S3 bucket or key not found',
      fix: 'Fix the bucket name / region of the connection (or create the bucket); a missing key was deleted or never written.',
    },
    {
      id: 's3/slow-down-message',
      category: 'transient',
      cause: 'SlowDown',
      message: /\(SlowDown\) when calling|\bSlowDown:|Please reduce your request rate/i,
      destination: S,
      link: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/optimizing-performance.html',
      summary: 'Amazon S3 request rate too high for the prefix (503 SlowDown)',
      fix: 'Retry with exponential backoff; spread writes across more key prefixes if it persists.',
    },
    {
      id: 's3/server-error-message',
      category: 'transient',
      cause: 'server error or idle-socket timeout',
      message: /\((?:InternalError|ServiceUnavailable|RequestTimeout)\) when calling|We encountered an internal error\. Please try again|Your socket connection to the server was not read from or written to within the timeout period/i,
      destination: S,
      summary: 'Amazon S3 server error or idle-socket timeout',
      fix: 'Retry with backoff (S3’s advice for 500 / 503 and RequestTimeout).',
    },
  ],
};
