/**
 * The AWS service an error line names, when no provider module knows it: AWS answers from one
 * domain for every service, so the service is what names the destination. A line shows it in
 * three documented ways:
 * - the endpoint host: `kinesis.us-east-1.amazonaws.com`, `sqs.eu-west-1.amazonaws.com`,
 *   `iam.amazonaws.com` (service, then region, then the domain);
 * - the IAM action denied: `is not authorized to perform: kinesis:PutRecords` (service prefix, action);
 * - the Java SDK's error suffix: `(Service: AmazonKinesis; Status Code: 400; Error Code: …)`,
 *   `(Service: Amazon S3; …)`, and SDK v2's `(Service: Kinesis, Status Code: 400, …)`;
 * - the Go SDK v2's operation error: `operation error STS: AssumeRole, https response error …`; a
 *   call that failed inside another (signing an IoT call needs STS credentials) nests them, and the
 *   innermost, the last, is the service that answered.
 * Endpoints that name a customer's own resource, not a service (API Gateway's `execute-api`, load
 * balancers, EC2 hosts, CloudFront), name no destination.
 */

/** Service prefixes and endpoint names that differ from the name people call the service by. */
const SERVICE_NAMES: Readonly<Record<string, string>> = {
  logs: 'cloudwatch-logs',
  monitoring: 'cloudwatch',
  email: 'ses',
  states: 'step-functions',
  events: 'eventbridge',
  es: 'elasticsearch',
  'cognito-idp': 'cognito',
  'cognito-identity': 'cognito',
  securitytokenservice: 'sts',
  simpleemailservice: 'ses',
  simpleemailservicev2: 'ses',
  cloudwatchlogs: 'cloudwatch-logs',
  kinesisfirehose: 'firehose',
  // SQS's legacy endpoint (and its XML namespace): queue.amazonaws.com.
  queue: 'sqs',
};

/** Endpoint labels that are a customer's resource or a network detail, never the service. */
const NOT_A_SERVICE = new Set(['execute-api', 'elb', 'compute', 'compute-1', 'cloudfront', 'dualstack', 'fips', 'vpce', 'awsapps', 'amazon', 'aws', 'www', 'console', 'signin', 'docs']);

const REGION = /^(?:[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d|us-east-1)$/;

/** `…(<service>.)(<region>.)amazonaws.com`: the service label of an AWS endpoint's labels, or null. */
export function awsServiceOfHost(labels: readonly string[]): string | null {
  const at = labels.lastIndexOf('amazonaws');
  if (at < 1) return null;
  let i = at - 1;
  while (i >= 0 && (REGION.test(labels[i]) || labels[i] === 'dualstack' || labels[i] === 'fips')) i--;
  if (i < 0) return null;
  return serviceName(labels[i]);
}

function serviceName(raw: string): string | null {
  const name = raw.toLowerCase();
  if (NOT_A_SERVICE.has(name) || !/^[a-z][a-z0-9-]{1,40}$/.test(name) || /^(?:s3-website|ec2-\d)/.test(name)) return null;
  return SERVICE_NAMES[name] ?? name;
}

/** `not authorized to perform: kinesis:PutRecords`, `… to perform: s3:PutObject on resource`. */
const IAM_ACTION = /\bto perform:? ([a-z][a-z0-9-]{1,40}):[A-Z][A-Za-z0-9]{1,80}\b/;

/** The Java SDK's suffix: `(Service: AmazonKinesis; Status Code…`, `(Service: Amazon S3; …`, v2's `(Service: Kinesis, Status Code…`. */
const SDK_SERVICE = /\(Service: (?:Amazon ?|AWS ?)?([A-Za-z][A-Za-z0-9 ]{0,40}?)[;,] Status Code: /;

/** aws-sdk-go-v2's `operation error <ServiceID>: <Operation>,` (smithy-go's OperationError). */
const GO_OPERATION = /\boperation error ([A-Za-z][A-Za-z0-9 ]{0,40}?): [A-Z][A-Za-z0-9]{1,80},/g;

/** The AWS service an IAM denial, an SDK error suffix or a Go SDK operation error names, or null. */
export function awsServiceOfText(text: string): string | null {
  const scan = text.length > 4096 ? text.slice(0, 4096) : text;
  const goAt = scan.indexOf('operation error ');
  if (scan.indexOf('to perform') === -1 && scan.indexOf('(Service: ') === -1 && goAt === -1) return null;
  const action = IAM_ACTION.exec(scan);
  if (action !== null) return serviceName(action[1]);
  if (goAt !== -1) {
    let last: string | null = null;
    for (const m of scan.matchAll(GO_OPERATION)) last = m[1];
    if (last !== null) return serviceName(last.replace(/ /g, ''));
  }
  const sdk = SDK_SERVICE.exec(scan);
  return sdk === null ? null : serviceName(sdk[1].replace(/ /g, ''));
}
