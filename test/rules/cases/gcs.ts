import type { RuleCase } from '../rule-tester.js';

/**
 * Google Cloud Storage. JSON API errors in Google's v1 shape (`error.errors[].reason`), XML API
 * errors S3-style (`<Code>AccessDenied</Code>… <Details>Anonymous caller …</Details>`), and the
 * clients' exceptions (Java `com.google.cloud.storage.StorageException: <message>`, Go
 * `googleapi: Error 404: <message>, notFound`, gcsfs `HttpError`).
 * Sources: cloud.google.com/storage/docs/json_api/v1/status-codes (401 Login Required, 403
 * forbidden, 404 notFound, 429 rateLimitExceeded, 503 backendError), …/xml-api/reference-status,
 * …/retry-strategy, …/request-rate; bodies from googleapis/python-storage #1456 (accountDisabled,
 * "billing account for the owning project is disabled in state absent"), luntergroup/octopus #263
 * (UserProjectAccountProblem), n8n-io/n8n #34269 and openai/glow #60 (Anonymous caller),
 * Superbalist/laravel-google-cloud-storage #14 ("does not have storage.objects.get access").
 */
const j = (o: unknown): string => JSON.stringify(o);
const v1 = (code: number, reason: string, message: string, more: object = {}) => ({ error: { code, message, errors: [{ message, domain: 'global', reason, ...more }] } });

export const gcsCases: RuleCase[] = [
  {
    line: j({ ts: '2026-03-03T08:00:00Z', level: 'error', destination: 'gcs', status: 401, body: v1(401, 'required', 'Login Required', { locationType: 'header', location: 'Authorization' }) }),
    category: 'auth',
    rule: 'gcs/login-required',
    note: '401 required "Login Required": no valid credentials',
  },
  {
    line: "<?xml version='1.0' encoding='UTF-8'?><Error><Code>AccessDenied</Code><Message>Access denied.</Message><Details>Anonymous caller does not have storage.objects.get access to the Google Cloud Storage object. Permission 'storage.objects.get' denied on resource (or it may not exist).</Details></Error>",
    category: 'auth',
    destination: 'gcs',
    rule: 'gcs/anonymous-caller',
    note: 'XML API 403 for an anonymous caller: no credentials were sent, auth not permissions',
  },
  {
    line: j({ level: 'error', destination: 'google_cloud_storage', errorMessage: 'Authorization failed - please check your credentials', errorDescription: "Anonymous caller does not have storage.objects.get access to the Google Cloud Storage object. Permission 'storage.objects.get' denied on resource '//storage.googleapis.com/projects/_/buckets/test-private-bucket/objects/test-object.json' (or it may not exist)." }),
    category: 'auth',
    destination: 'gcs',
    rule: 'gcs/anonymous-caller',
    note: 'the same as a workflow tool relays it',
  },
  {
    line: "2026-03-03T08:00:05Z ERROR com.google.cloud.storage.StorageException: sync-writer@acme.iam.gserviceaccount.com does not have storage.objects.create access to the Google Cloud Storage object. Permission 'storage.objects.create' denied on resource (or it may not exist).",
    category: 'permissions',
    destination: 'gcs',
    field: 'storage.objects.create',
    rule: 'gcs/permission-denied',
    note: 'the IAM permission to grant is the field; the Java client class names the destination',
  },
  {
    line: j({ level: 'error', url: 'https://www.googleapis.com/storage/v1/b/acme-exports/o', status: 403, error: v1(403, 'forbidden', 'Forbidden') }),
    category: 'permissions',
    destination: 'gcs',
    rule: 'gcs/forbidden',
    note: 'bare 403 forbidden on the JSON API host: www.googleapis.com/storage is GCS, not generic Google',
  },
  {
    line: j({ level: 'error', destination: 'gcs', status: 403, body: v1(403, 'accountDisabled', 'The billing account for the owning project is disabled in state absent', { locationType: 'header', location: 'Authorization' }) }),
    category: 'plan',
    rule: 'gcs/billing-disabled',
    note: 'accountDisabled: billing, not a permission (python-storage #1456)',
  },
  {
    line: '2026-03-03T08:00:10Z ERROR gsutil cp failed for gs://acme-exports/run-9.csv: <Error><Code>UserProjectAccountProblem</Code><Message>The project to be billed is associated with an absent billing account.</Message><Details>The billing account for the owning project is disabled in state absent</Details></Error>',
    category: 'plan',
    destination: 'gcs',
    rule: 'gcs/billing-disabled-message',
    note: 'XML API form of the same, gs:// names the destination',
  },
  {
    line: j({ level: 'error', destination: 'gcs', status: 404, body: v1(404, 'notFound', 'The specified bucket does not exist.') }),
    category: 'validation',
    rule: 'gcs/not-found',
    note: '404 notFound: the bucket name',
  },
  {
    line: '2026-03-03T08:00:15Z ERROR upload gs://acme-exprots/run-9.csv: googleapi: Error 404: The specified bucket does not exist., notFound',
    category: 'validation',
    destination: 'gcs',
    rule: 'gcs/not-found',
    note: 'Go client (googleapi: Error 404 …, notFound) under a gs:// URI: the reason after the comma is the code; a typo in the bucket',
  },
  {
    line: j({ level: 'error', url: 'https://storage.googleapis.com/upload/storage/v1/b/acme/o', status: 429, error: v1(429, 'rateLimitExceeded', 'The rate of change requests to the object acme/state.json exceeds the rate limit. Please reduce the rate of create, update, and delete requests.', { domain: 'usageLimits' }) }),
    category: 'transient',
    destination: 'gcs',
    rule: 'gcs/rate-limit',
    note: '429 rateLimitExceeded: one write per second per object name',
  },
  {
    line: "2026-03-03T08:00:20Z WARN gcsfs retrying upload: HttpError: The rate of change requests to the object acme/_SUCCESS exceeds the rate limit. Please reduce the rate of create, update, and delete requests.",
    category: 'transient',
    destination: 'gcs',
    rule: 'gcs/rate-limit-message',
    note: 'gcsfs relays only the message',
  },
  {
    line: j({ level: 'error', destination: 'gcs', status: 503, error: v1(503, 'backendError', 'Backend Error') }),
    category: 'transient',
    rule: 'gcs/backend',
    note: '503 backendError: retry with exponential backoff',
  },
  // ---------------------------------------------------------------- near misses
  {
    line: 'GET https://www.googleapis.com/drive/v3/files 403 insufficientPermissions',
    category: 'permissions',
    destination: 'google',
    note: 'near miss: another Google API host stays Google’s',
  },
  {
    line: 'ERROR POST https://bigquery.googleapis.com/bigquery/v2/projects/p/jobs 403: Access Denied: Project p: User does not have bigquery.jobs.create permission in project p.',
    category: 'permissions',
    destination: 'bigquery',
    note: 'near miss: BigQuery’s host is not Cloud Storage',
  },
  {
    line: "2026-03-03T08:00:15Z ERROR gcsfs read failed: gs://acme-exports/run-9.csv: No such object: acme-exports/run-9.csv",
    category: 'validation',
    destination: 'gcs',
    rule: 'gcs/not-found-message',
    note: 'gcsfs prints the XML API message without a reason code: the object is gone',
  },
];
