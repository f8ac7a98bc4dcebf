import type { Provider } from './provider.js';

/**
 * Google APIs: decide on `errors[].reason` (v1 style) or `error.status` (AIP-193), not on the
 * HTTP status: rate limits come as 403, daily caps as 403 or 429.
 * Sources: cloud.google.com/apis/design/errors; per-API "Standard error responses" pages.
 */
const DAILY = /per ?day|daily|-1d\b|PerDay/i;
/** Google and the APIs it rules (`ruledBy: 'google'`): rules on codes every gRPC API shares decide only these lines. */
const GOOGLE_APIS = ['google', 'bigquery', 'gcs', 'google-analytics', 'campaign-manager'];

export const provider: Provider = {
  name: 'google',
  display: 'Google',
  keys: { policy: ['quota_limit', 'quotaLimit', 'quota_metric'] },
  aliases: ['googlesheets'],
  // Hosts and the client libraries' names: Python (googleapiclient, google.auth,
  // gspread), .NET (Google.Apis.*, Google.GoogleApiException), Java (com.google.api.client.googleapis and .auth; not .http, the HTTP
  // client other connectors use too, such as Confluent’s ServiceNow sink), Node
  // (googleapis, GaxiosError), Go (google.golang.org/api, whose errors read "googleapi: Error 403:
  // <message>, <reason>"); Gmail's SMTP answers to bad credentials (535-5.7.8 BadCredentials,
  // 534-5.7.9 an app password required), which a mailer prints without the host.
  hints: ['gsmtp', '\\(gcloud\\.[\\w.-]+\\)', 'googleapi: Error \\d{3}', 'google\\.golang\\.org/api', '(?<!type\\.)googleapis\\.com', 'accounts\\.google\\.com', 'developers\\.google\\.com/[\\w./-]+', '(?:imap|smtp)\\.gmail\\.com', '5\\.7\\.[89] (?:Username and Password not accepted|Application-specific password required)', 'google\\.auth', 'googleapiclient', 'gspread', 'Google\\.Apis', 'Google\\.GoogleApiException', 'com\\.google\\.api\\.client\\.(?:googleapis|auth)', 'GaxiosError'],
  rank: 70,
  // v1 errors[]: "location" names the parameter when "locationType" says it is one.
  fieldShapes: [{ key: 'location', beside: 'locationType', equals: 'parameter' }],
  links: {
    auth: 'https://developers.google.com/identity/protocols/oauth2',
    permissions: 'https://console.cloud.google.com/iam-admin/iam',
    plan: 'https://console.cloud.google.com/apis/dashboard',
    validation: 'https://cloud.google.com/apis/design/errors',
    outage: 'https://status.cloud.google.com',
    transient: 'https://status.cloud.google.com',
  },
  rules: [
    // A project without billing answers PERMISSION_DENIED (403) or FAILED_PRECONDITION: the words decide.
    {
      id: 'google/billing-disabled',
      category: 'plan',
      cause: 'billing disabled',
      code: ['PERMISSION_DENIED', 'FAILED_PRECONDITION', 'forbidden', 'accessNotConfigured', 'billingNotEnabled'],
      message: /billing (?:is |has been )?(?:disabled|not enabled)|has billing disabled|billing must be enabled|billing account .{0,60}(?:is )?not found|enable billing/i,
      summary: 'Google Cloud project has no billing enabled',
      fix: 'Link a billing account to the project (Cloud console → Billing), then resume; retrying cannot pass.',
    },
    {
      id: 'google/daily-limit',
      category: 'plan',
      cause: 'dailyLimitExceeded',
      code: ['dailyLimitExceeded', 'dailyLimitExceeded402'],
      summary: 'Google API daily quota exhausted',
      fix: 'Wait for the daily reset (midnight Pacific) or request a quota increase in the Cloud console.',
    },
    {
      id: 'google/quota-concurrent',
      category: 'transient',
      cause: 'quotaExceeded (concurrent)',
      code: ['quotaExceeded'],
      message: /concurrent|per (?:minute|second|100 seconds)/i,
      summary: 'Google API concurrency / short-window quota',
      fix: 'Retry with backoff; lower concurrency.',
    },
    {
      id: 'google/quota-exceeded',
      category: 'plan',
      cause: 'quotaExceeded',
      code: ['quotaExceeded'],
      summary: 'Google API quota exhausted',
      fix: 'Request a quota increase in the Cloud console, or spread the sync over days.',
    },
    // Gmail's sending caps (support.google.com/a/answer/166852): past the daily limit the SMTP
    // server answers "550 5.4.5 Daily user sending limit exceeded" (older: "quota") and the API a
    // 429 or 403 with the same words; sending resumes within 24 hours.
    {
      id: 'google/gmail-sending-limit',
      category: 'plan',
      cause: 'daily sending limit exceeded',
      message: /\b5\.4\.5 Daily (?:user )?sending (?:quota|limit) exceeded|Daily user sending (?:quota|limit) exceeded/i,
      summary: 'Gmail daily sending limit reached',
      fix: 'Wait up to 24 hours, spread the sending over days, or use a sending service with a higher limit; pause the sync until then.',
    },
    // Drive's per-file and per-user caps (developers.google.com/drive/api/guides/handle-errors):
    // a file downloaded too often is blocked for up to a day (downloadQuotaExceeded); a full Drive
    // refuses uploads until space is freed or bought (storageQuotaExceeded). Neither lifts on retry.
    {
      id: 'google/drive-quota',
      category: 'plan',
      cause: 'Drive quota exceeded',
      message: /\b(?:downloadQuotaExceeded|storageQuotaExceeded)\b|download quota for this file has been exceeded|Drive storage quota has been exceeded|exceeded (?:their|your) Drive storage quota|\bGoogle Drive is out of (?:storage )?space\b/,
      summary: 'Google Drive quota exhausted (a file\'s download quota or the user\'s storage)',
      fix: 'Wait up to 24 h for a file\'s download quota, or free or buy Drive storage; pause the sync until then.',
    },
    // The quota message names the limit that tripped ("limit 'Queries per day'",
    // "SearchTextRequestPerDayPerProject"), so it decides; ErrorInfo.metadata is no better signal (a
    // line's policy is its first quota_limit / quota_metric key, and quota_metric names no period).
    {
      id: 'google/resource-exhausted-daily',
      category: 'plan',
      cause: 'RESOURCE_EXHAUSTED (per day)',
      code: ['RESOURCE_EXHAUSTED'],
      message: DAILY,
      summary: 'Google API daily quota exhausted',
      fix: 'Wait for the daily reset or request a quota increase in the Cloud console.',
    },
    // The quota message every Google API sends, with or without its reason code or status:
    // "Quota exceeded for quota metric 'Write requests' and limit 'Write requests per minute per
    // user' of service 'sheets.googleapis.com' …". The limit's period decides (cloud.google.com/docs/quotas).
    // A quota whose limit is 0 is one the project's tier does not include at all (the Gemini API's
    // free tier for a model it does not serve free: "Quota exceeded for metric:
    // generativelanguage.googleapis.com/generate_content_free_tier_requests, limit: 0"): no wait helps.
    {
      id: 'google/quota-limit-zero',
      category: 'plan',
      cause: 'quota limit 0',
      message: /Quota exceeded for (?:quota )?(?:metric|group):? [^\n]{0,300}?\blimit:? ['"]?0\b(?![.,]\d)/i,
      summary: 'Google API quota is 0 for this project or tier (the plan does not include it)',
      fix: 'Enable billing or a tier that includes the API or model, or request a quota in the Cloud console; retrying does not help.',
    },
    {
      id: 'google/quota-metric-daily',
      category: 'plan',
      cause: 'quota exceeded (per day)',
      message: /Quota exceeded for (?:quota )?(?:metric|group):? [\s\S]{0,300}?limit '[^']{0,200}?(?:per ?day|daily|PerDay)/i,
      summary: 'Google API daily quota exhausted',
      fix: 'Wait for the daily reset or request a quota increase in the Cloud console.',
    },
    {
      id: 'google/quota-metric',
      category: 'transient',
      cause: 'quota exceeded (short window)',
      message: /Quota exceeded for (?:quota )?(?:metric|group):? /i,
      summary: 'Google API rate limit (short window)',
      fix: 'Retry with exponential backoff; lower concurrency if it persists.',
    },
    // Google Ads: the developer token's basic-access daily operations cap, retried in hours. Google
    // Ads' own module decides its lines; this rule is for lines the log files under plain
    // "google", which meet only Google's rules.
    {
      id: 'google/ads-basic-access',
      category: 'plan',
      cause: 'RESOURCE_EXHAUSTED (developer token tier)',
      code: ['RESOURCE_EXHAUSTED', 'RESOURCE_TEMPORARILY_EXHAUSTED'],
      message: /basic access|operations for (?:basic|test) access|developer token/i,
      summary: 'Google Ads developer token daily operation cap reached',
      fix: 'Apply for Standard access for the developer token, or spread the sync over days.',
    },
    // BigQuery: a table's daily cap on load / copy / query-append jobs (1,500 a day) is a hard
    // quota; "table update operations" is its short-window rate limit.
    {
      id: 'google/bigquery-table-daily-quota',
      category: 'plan',
      cause: 'quotaExceeded (table imports / appends per day)',
      message: /exceeded quota for imports or query appends per table/i,
      summary: 'BigQuery table hit its daily limit of load and append jobs',
      fix: 'Batch the writes into fewer jobs (or use the Storage Write API); the quota resets daily.',
    },
    // BigQuery's quota sentences: "Quota exceeded: Your project exceeded quota for free query bytes
    // scanned" (the free tier), "… for query usage per day" (a custom quota); a concurrency or rate
    // quota says "Exceeded rate limits" or names concurrency (cloud.google.com/bigquery/docs/troubleshoot-quotas).
    {
      id: 'google/bigquery-project-quota',
      category: 'plan',
      cause: 'quotaExceeded (project)',
      message: /Quota exceeded: Your (?:project|user|organization|billing account) exceeded quota for (?!concurrent|.{0,40}per (?:minute|second))/i,
      summary: 'BigQuery quota of the project exhausted (free tier or a custom daily quota)',
      fix: 'Enable billing or raise the custom quota in the Cloud console (or wait for the daily reset); pause the sync until then.',
    },
    {
      id: 'google/bigquery-table-update-rate',
      category: 'transient',
      cause: 'rateLimitExceeded (table update operations)',
      message: /Exceeded rate limits: too many table update operations|exceeded quota for table update operations/i,
      summary: 'BigQuery table update rate limit (short window)',
      fix: 'Retry with backoff; batch updates to a table (at most 5 per 10 seconds).',
    },
    {
      id: 'google/rate-limit',
      category: 'transient',
      cause: 'rateLimitExceeded',
      // Google's own reasons; RESOURCE_EXHAUSTED (gRPC) and RATE_LIMIT_EXCEEDED are many APIs' words,
      // decided by the gRPC and HTTP packs unless the line is known to be Google's.
      code: ['rateLimitExceeded', 'userRateLimitExceeded'],
      // Calendar and others answer a used-up daily quota with this reason too ("limit 'Queries per
      // day'"): the message decides that one (google/quota-metric-daily).
      message: /^(?![\s\S]*(?:per ?day|PerDay|daily limit))/i,
      summary: 'Google API rate limit (short window)',
      fix: 'Retry with exponential backoff; lower concurrency if it persists.',
    },
    {
      id: 'google/rate-limit-status',
      category: 'transient',
      cause: 'RATE_LIMIT_EXCEEDED',
      code: ['RESOURCE_EXHAUSTED', 'RATE_LIMIT_EXCEEDED'],
      destination: ['google'],
      summary: 'Google API rate limit (short window)',
      fix: 'Retry with exponential backoff; lower concurrency if it persists.',
    },
    // BigQuery answers a result over the response size limit with 403 and status PERMISSION_DENIED,
    // but the reason says what happened: the query is too big to return, not forbidden.
    {
      id: 'google/response-too-large',
      category: 'validation',
      cause: 'responseTooLarge',
      code: ['responseTooLarge'],
      link: 'https://cloud.google.com/bigquery/docs/error-messages',
      summary: 'BigQuery query result too large to return',
      fix: 'Write the result to a destination table (or page it with a smaller page size) and select fewer rows or columns; granting roles will not help.',
    },
    {
      id: 'google/unregistered',
      category: 'auth',
      cause: 'dailyLimitExceededUnreg',
      code: ['dailyLimitExceededUnreg', 'userRateLimitExceededUnreg'],
      summary: 'Google API called without credentials (unregistered use)',
      fix: 'Configure the API key or OAuth credentials for the connection.',
    },
    // UNAUTHENTICATED is gRPC's canonical name too (FreshBooks' SDK prints `code: "unauthenticated"`):
    // Google's only on a line known to be a Google API's.
    {
      id: 'google/unauthenticated-status',
      category: 'auth',
      cause: 'UNAUTHENTICATED',
      code: ['UNAUTHENTICATED'],
      destination: GOOGLE_APIS,
      summary: 'Google credentials invalid or expired',
      fix: 'Reconnect the Google account (re-consent) or replace the key; pause the sync until then.',
    },
    {
      id: 'google/unauthenticated',
      category: 'auth',
      cause: 'UNAUTHENTICATED',
      code: ['authError', 'ACCESS_TOKEN_EXPIRED', 'CREDENTIALS_MISSING', 'ACCESS_TOKEN_TYPE_UNSUPPORTED', 'keyExpired', 'keyInvalid'],
      summary: 'Google credentials invalid or expired',
      fix: 'Reconnect the Google account (re-consent) or replace the key; pause the sync until then.',
    },
    // The bare reason "expired" is also any API's status word (a checkout session, a card, an
    // invitation): only Google's own lines read it as an expired credential.
    {
      id: 'google/expired',
      category: 'auth',
      cause: 'UNAUTHENTICATED',
      code: ['expired'],
      destination: ['google', 'bigquery'],
      summary: 'Google credentials invalid or expired',
      fix: 'Reconnect the Google account (re-consent) or replace the key; pause the sync until then.',
    },
    {
      id: 'google/scope',
      category: 'permissions',
      cause: 'ACCESS_TOKEN_SCOPE_INSUFFICIENT',
      code: ['ACCESS_TOKEN_SCOPE_INSUFFICIENT', 'insufficientPermissions'],
      summary: 'Google token lacks a required scope',
      fix: 'Reconnect with the missing scope granted.',
    },
    // Its message where a client prints only the message (with or without "[403=Forbidden]"):
    // every Google API answers a token without the scope so.
    {
      id: 'google/scope-message',
      category: 'permissions',
      cause: 'ACCESS_TOKEN_SCOPE_INSUFFICIENT',
      message: /\bRequest had insufficient authentication scopes\b/,
      summary: 'Google token lacks a required scope',
      fix: 'Reconnect with the missing scope granted.',
    },
    {
      id: 'google/permission-denied',
      category: 'permissions',
      cause: 'PERMISSION_DENIED',
      // PERMISSION_DENIED is gRPC's canonical name, which Databricks, Trino and any gRPC API answer
      // too: Google's only on a line known to be a Google API's (else the OAuth pack decides, naming no one).
      // requiredAccessLevel: Calendar's "You need to have writer access to this calendar".
      code: ['PERMISSION_DENIED', 'SERVICE_DISABLED', 'accessNotConfigured', 'IAM_PERMISSION_DENIED', 'USER_PERMISSION_DENIED', 'requiredAccessLevel'],
      destination: GOOGLE_APIS,
      summary: 'Google caller lacks permission (or the API is not enabled)',
      fix: 'Grant the role to the connected account / service account, or enable the API in the Cloud project.',
    },
    // An IAM permission is named `service.resource.verb` ("does not have 'bigquery.readsessions.create'
    // permission", "Permission 'pubsub.topics.publish' denied"): only Google Cloud spells them so.
    {
      id: 'google/iam-permission-message',
      category: 'permissions',
      cause: 'PERMISSION_DENIED',
      message: /\bdoes not have '?[a-z][a-zA-Z0-9]{1,40}(?:\.[a-zA-Z0-9]{1,60}){2,3}'? (?:permission|access)\b|\bPermission '?[a-z][a-zA-Z0-9]{1,40}(?:\.[a-zA-Z0-9]{1,60}){2,3}'? denied\b/,
      summary: 'Google caller lacks permission (or the API is not enabled)',
      fix: 'Grant the role to the connected account / service account, or enable the API in the Cloud project.',
    },
    {
      id: 'google/invalid-argument',
      category: 'validation',
      cause: 'INVALID_ARGUMENT',
      code: ['INVALID_ARGUMENT', 'FAILED_PRECONDITION', 'OUT_OF_RANGE', 'ALREADY_EXISTS', 'FIELD_ERROR'],
      summary: 'Google API rejected the request data',
      fix: 'Fix the mapped value (the sample names the field or location).',
    },
    // v1 reasons other APIs also use as codes (Zendesk "InvalidValue"): only for Google lines.
    {
      id: 'google/invalid-reason',
      category: 'validation',
      cause: '{code}',
      // `invalid`: BigQuery's reason for invalid input other than a query (a schema or a required field).
      code: ['invalidParameter', 'badRequest', 'required', 'invalidValue', 'invalid'],
      destination: ['google'],
      summary: 'Google API rejected the request data',
      fix: 'Fix the mapped value (the sample names the field or location).',
    },
    {
      id: 'google/backend',
      category: 'transient',
      cause: 'backendError',
      // gRPC's canonical names, as Google's JSON error envelope carries them in `status`.
      code: ['backendError', 'UNAVAILABLE', 'DEADLINE_EXCEEDED', 'INTERNAL', 'ABORTED'],
      summary: 'Google API backend error',
      fix: 'Retry with exponential backoff.',
    },
    // Codes are compared without case, so Google's `internalError` reason is Azure's and Microsoft
    // Advertising's `InternalError` too: Google's only on a Google line.
    {
      id: 'google/internal-error',
      category: 'transient',
      cause: 'internalError',
      code: ['internalError'],
      destination: GOOGLE_APIS,
      summary: 'Google API backend error',
      fix: 'Retry with exponential backoff.',
    },
  ],
};
