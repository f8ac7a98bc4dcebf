import type { Provider } from './provider.js';

/**
 * Google Cloud Storage as a sink (gcsfs, google-cloud-storage, the Java / Node / Go clients, Hadoop
 * `gs://`). JSON API errors are Google's v1 shape, `{"error":{"code","message","errors":[{"reason",
 * "message","domain","locationType","location"}]}}`; the XML API answers S3-style
 * `<Error><Code>AccessDenied</Code><Message>…</Message><Details>…</Details></Error>`.
 * - 401 `required` "Login Required", and "Anonymous caller does not have storage.objects.get
 *   access…" (XML: 403 AccessDenied with that detail): no credentials reached the API — auth, not
 *   a grant (the request carried no identity to grant anything to).
 * - 403 `forbidden` "<principal> does not have storage.objects.create access to the Google Cloud
 *   Storage object. Permission 'storage.objects.create' denied on resource (or it may not exist)":
 *   the IAM permission the principal needs is the thing to grant (the field shown).
 * - 403 `accountDisabled` "The billing account for the owning project is disabled in state absent"
 *   (XML `UserProjectAccountProblem` "The project to be billed is associated with an absent billing
 *   account"): billing, plan.
 * - 404 `notFound` "The specified bucket does not exist." / "No such object: b/o": validation.
 * - 429 `rateLimitExceeded` "The rate of change requests to the object … exceeds the rate limit"
 *   (one write per second per object name) and 503 `backendError`: retry with exponential backoff.
 * `ruledBy: 'google'`: Google's reasons decide what these rules leave. The Google reasons GCS
 * returns (rateLimitExceeded, backendError, forbidden, notFound) are still spelt here, with GCS's
 * own summaries and links, as the GCS status-code page lists them.
 * Sources: cloud.google.com/storage/docs/json_api/v1/status-codes, …/xml-api/reference-status,
 * …/storage/docs/retry-strategy, …/storage/docs/access-control/iam-permissions,
 * …/storage/docs/request-rate (object mutation rate), …/storage/docs/troubleshooting; bodies in
 * googleapis/python-storage #1456 (accountDisabled), googleapis/nodejs-storage #769, n8n #34269 and
 * googleapis/google-cloud-node #2806 (Anonymous caller).
 */
const G = ['gcs'];

/** The IAM permission a denial names: "does not have storage.objects.create access", "Permission 'storage.buckets.get' denied". */
const PERMISSION = /\bdoes not have (storage\.[\w.]+) access|Permission '(storage\.[\w.]+)' denied/;

export const provider: Provider = {
  name: 'gcs',
  display: 'Google Cloud Storage',
  aliases: ['googlecloudstorage'],
  // Before Google's (70), as BigQuery: at the same place in a line, its host is the more specific hint
  // (storage.googleapis.com, www.googleapis.com/storage/v1, …/upload/storage/v1).
  hints: [
    'storage\\.googleapis\\.com',
    '(?:www\\.)?googleapis\\.com/(?:upload/|download/)?storage',
    'gs://[\\w.-]+',
    'gcsfs',
    'google-cloud-storage',
    'google\\.cloud\\.storage',
    'com\\.google\\.cloud\\.storage',
    '@google-cloud/storage',
    'cloud\\.google\\.com/go/storage',
    'GoogleHadoopFileSystem',
    'Google Cloud Storage',
    // Its IAM permissions, as Google's errors name them: "does not have storage.buckets.get access".
    'storage\\.(?:buckets|objects|hmacKeys|managedFolders)\\.[A-Za-z]+',
  ],
  rank: 65,
  ruledBy: 'google',
  links: {
    auth: 'https://cloud.google.com/docs/authentication/application-default-credentials',
    permissions: 'https://cloud.google.com/storage/docs/access-control/iam-permissions',
    plan: 'https://console.cloud.google.com/billing',
    validation: 'https://cloud.google.com/storage/docs/json_api/v1/status-codes',
    outage: 'https://status.cloud.google.com',
    transient: 'https://cloud.google.com/storage/docs/retry-strategy',
  },
  rules: [
    // Anonymous: no credentials were sent (the JSON API says 401, the XML API 403 AccessDenied).
    {
      id: 'gcs/anonymous-caller',
      category: 'auth',
      cause: 'anonymous caller',
      message: /\bAnonymous caller does not have storage\.[\w.]+ access/i,
      summary: 'Google Cloud Storage request carried no credentials (anonymous caller)',
      fix: 'Configure the service account key or workload identity for the connection (GOOGLE_APPLICATION_CREDENTIALS) so requests are signed; granting roles will not help an anonymous caller.',
    },
    {
      id: 'gcs/login-required',
      category: 'auth',
      cause: 'Login Required',
      code: ['required', 'authError'],
      status: [401],
      destination: G,
      summary: 'Google Cloud Storage credentials missing or invalid',
      fix: 'Reconnect or replace the service account key of the connection; pause the sync until then.',
    },
    // Billing: the bucket's (or the user project's) billing account is closed or absent.
    {
      id: 'gcs/billing-disabled',
      category: 'plan',
      cause: 'accountDisabled (billing)',
      code: ['accountDisabled', 'UserProjectAccountProblem', 'billingNotEnabled', 'userProjectAccountProblem'],
      destination: G,
      summary: 'Google Cloud Storage project has no active billing account',
      fix: 'Link an active billing account to the project that owns the bucket (or the user project billed); pause the sync until then.',
    },
    {
      id: 'gcs/billing-disabled-message',
      category: 'plan',
      cause: 'accountDisabled (billing)',
      message: /billing account for the owning project is disabled|project to be billed is associated with (?:an absent|a closed|a delinquent) billing account|billing (?:is )?(?:not enabled|disabled) for (?:this )?project/i,
      summary: 'Google Cloud Storage project has no active billing account',
      fix: 'Link an active billing account to the project that owns the bucket (or the user project billed); pause the sync until then.',
    },
    // A principal without the IAM permission: the permission is what to grant.
    {
      id: 'gcs/permission-denied',
      category: 'permissions',
      cause: 'forbidden (IAM permission)',
      message: PERMISSION,
      fieldFrom: PERMISSION,
      summary: 'Google Cloud Storage principal lacks `{field}`',
      fix: 'Grant the sync’s service account a role holding `{field}` on the bucket (e.g. Storage Object Creator / User); check the bucket name too (Google also answers this for a bucket that does not exist).',
    },
    {
      id: 'gcs/forbidden',
      category: 'permissions',
      cause: 'forbidden',
      code: ['forbidden', 'AccessDenied', 'insufficientPermissions'],
      destination: G,
      summary: 'Google Cloud Storage denied the request (IAM or ACL)',
      fix: 'Grant the sync’s service account a Storage role on the bucket (objects create / get / list as the sync needs).',
    },
    {
      id: 'gcs/not-found',
      category: 'validation',
      cause: 'notFound',
      code: ['notFound', 'NoSuchBucket', 'NoSuchKey'],
      destination: G,
      summary: 'Google Cloud Storage bucket or object not found',
      fix: 'Fix the bucket name (or create the bucket) in the connection; a missing object was deleted or never written.',
    },
    {
      id: 'gcs/not-found-message',
      category: 'validation',
      cause: 'notFound',
      message: /The specified bucket does not exist|No such object: [\w.-]+\/|\bNotFound: 404 [^\n]{0,200}storage\/v1\/b\//i,
      destination: G,
      summary: 'Google Cloud Storage bucket or object not found',
      fix: 'Fix the bucket name (or create the bucket) in the connection; a missing object was deleted or never written.',
    },
    // 429: per-object mutation rate (once a second per name) or the project's request rate.
    {
      id: 'gcs/rate-limit',
      category: 'transient',
      cause: 'rateLimitExceeded',
      code: ['rateLimitExceeded', 'userRateLimitExceeded', 'SlowDown', 'TooManyRequests'],
      destination: G,
      summary: 'Google Cloud Storage rate limit (429)',
      fix: 'Retry with exponential backoff; avoid rewriting the same object name more than once a second.',
    },
    {
      id: 'gcs/rate-limit-message',
      category: 'transient',
      cause: 'rateLimitExceeded',
      message: /rate of change requests to the object [^\n]{0,200}exceeds the rate limit|\b429 Too Many Requests\b/i,
      destination: G,
      summary: 'Google Cloud Storage rate limit (429)',
      fix: 'Retry with exponential backoff; avoid rewriting the same object name more than once a second.',
    },
    {
      id: 'gcs/backend',
      category: 'transient',
      cause: 'backendError',
      code: ['backendError', 'internalError', 'InternalError', 'ServiceUnavailable'],
      destination: G,
      summary: 'Google Cloud Storage backend error (5xx)',
      fix: 'Retry with exponential backoff (Google’s retry strategy); check status.cloud.google.com if it lasts.',
    },
  ],
};
