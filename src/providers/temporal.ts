import type { Provider } from './provider.js';

/**
 * Temporal (Temporal Cloud: `<namespace>.<account>.tmprl.cloud:7233` for mTLS namespaces,
 * `<region>.<cloud>.api.temporal.io:7233` for API-key namespaces, the Cloud Ops API on
 * `saas-api.tmprl.cloud`; self-hosted frontends on :7233) reached by gRPC clients: the Go SDK
 * (`go.temporal.io/sdk`, whose `serviceerror` values print their message only: "Request
 * unauthorized.", "namespace rate limit exceeded"; `client.Dial` wraps with "failed reaching
 * server: …"; pollers log "Failed to poll for task."), the Java SDK (`io.temporal…`,
 * `io.grpc.StatusRuntimeException: PERMISSION_DENIED: Request unauthorized.`), and the
 * Python / TypeScript / .NET SDKs over the Rust core, which print tonic statuses
 * (`Status { code: PermissionDenied, message: "Request unauthorized.", … }`, "Failed client
 * connect: …", `temporal_client::retry: gRPC call poll_workflow_task_queue retried 52 times`),
 * Python `temporalio.service.RPCError`, TypeScript `ServiceError` / `NamespaceNotFoundError`
 * ("Namespace not found: 'x'"). What the server answers, by the server's own wording:
 * - PermissionDenied "Request unauthorized." (the authorizer or claim mapper said no; Temporal
 *   Cloud adds the reason "caller has insufficient permissions for namespace 'x'"): the
 *   certificate or API key is not allowed on the namespace: permissions. The gRPC status name
 *   alone is the generic grpc pack's.
 * - Unauthenticated from Temporal Cloud's edge ("Jwt is missing", "Jwt is expired", "Jwt
 *   verification fails"), and TLS refusals of the client certificate ("remote error: tls:
 *   certificate required", "connection closed before server preface received" with an expired
 *   certificate): the connection's credentials: auth.
 * - ResourceExhausted with a namespace cause (RESOURCE_EXHAUSTED_CAUSE_RPS_LIMIT "namespace rate
 *   limit exceeded", APS_LIMIT "Action per second limit exceeded.", CONCURRENT_LIMIT "namespace
 *   concurrent poller limit exceeded", "service rate limit exceeded", BUSY_WORKFLOW "Workflow is
 *   busy."): Temporal Cloud throttles above the namespace's APS / RPS / OPS limits and the SDKs
 *   retry: transient. The Cloud Ops API answers "rate limit exceeded for principal type=…,
 *   id=…, please retry later.": transient.
 * - NotFound "Namespace x is not found." (a wrong namespace id, e.g. without its `.account`
 *   suffix): validation. "Namespace: x is active in cluster: a, while current cluster b is a
 *   standby cluster." (a failover in progress): transient.
 * - InvalidArgument for sizes ("Blob data size exceeds limit.", "Workflow history size exceeds
 *   limit.", "exceeded workflow execution limit for signal events"): the payload or the
 *   workflow's history is too large: validation.
 * - The Rust core's other statuses (`Status { code: Unavailable | Unknown "transport error" … }`)
 *   are transient, decided after the network rules so that a refused connection stays an outage.
 * Sources: temporalio/temporal common/authorization/interceptor.go (RequestUnauthorized),
 * common/rpc/interceptor/namespace_rate_limit.go, concurrent_request_limit.go, rate_limit.go,
 * service/history/consts/const.go (APS limit, busy workflow), common/util.go (size limits),
 * temporalio/api-go serviceerror (NamespaceNotFound, NamespaceNotActive messages);
 * temporalio/sdk-go internal/internal_workflow_client.go ("failed reaching server"),
 * internal_worker_base.go ("Failed to poll for task."); temporalio/sdk-python
 * temporalio/service.py (RPCError, RPCStatusCode), bridge/src/client.rs ("Failed client
 * connect"); temporalio/sdk-typescript packages/common/src/errors.ts, packages/client/src/errors.ts;
 * docs.temporal.io/cloud/limits (APS, RPS, OPS throttling), /cloud/api-keys,
 * /cloud/manage-access/roles-and-permissions; issues temporalio/sdk-typescript #1765 (Request
 * unauthorized with PermissionDeniedFailure), PostHog/posthog #63981 ("Jwt is missing"),
 * kedacore/keda #7343 (tls: certificate required), temporalio/tctl #353 (server preface),
 * temporalio/terraform-provider-temporalcloud #142 (Ops API rate limit), temporalio/sdk-rust
 * #720 (transport error), quarkiverse/quarkus-temporal #126 (WorkflowServiceStubs to
 * api.temporal.io).
 */
const T = ['temporal'];

export const provider: Provider = {
  name: 'temporal',
  display: 'Temporal',
  aliases: ['temporalcloud', 'temporalio', 'tmprl'],
  hints: [
    '(?:[\\w-]+\\.)+tmprl\\.cloud',
    '(?:[\\w-]+\\.)+api\\.temporal\\.io',
    'go\\.temporal\\.io(?:/[\\w.-]+)*',
    // The SDKs' client and connection layers only: an activity's own error travels wrapped in
    // `temporalio.exceptions.ApplicationError` / `io.temporal.failure.ApplicationFailure`, and
    // then the service it called answered, not Temporal.
    'io\\.temporal\\.(?:client|serviceclient)(?:\\.\\w+)*',
    'io\\.temporal\\.internal\\.worker\\.\\w*Poller\\w*',
    // Logback's shortened logger names: `io.tem.ser.WorkflowServiceStubsImpl`.
    'io\\.tem\\.ser\\.\\w+',
    '@temporalio/(?:client|proto)',
    'temporalio\\.(?:service|client|bridge)(?:\\.\\w+)*',
    'temporal_(?:client|sdk_core|sdk)(?:::\\w+)+',
    'temporal\\.api\\.[\\w.]+',
    'WorkflowServiceStubs\\w*',
    'failed reaching server',
    'Failed client connect',
    'Failed to poll for task',
    'get_system_info',
    'Temporal Cloud',
    'tcld',
  ],
  links: {
    auth: 'https://docs.temporal.io/cloud/api-keys',
    permissions: 'https://docs.temporal.io/cloud/manage-access/roles-and-permissions',
    transient: 'https://docs.temporal.io/cloud/limits',
    validation: 'https://docs.temporal.io/cloud/namespaces',
  },
  rules: [
    {
      id: 'temporal/namespace-throttled',
      category: 'transient',
      cause: 'namespace rate limit',
      message: /\bnamespace rate limit exceeded\b|\bAction per second limit exceeded\b|\bnamespace concurrent poller limit exceeded\b|\bservice rate limit exceeded\b|\bbusiness ID reuse rate limit exceeded\b|\bWorkflow is busy\b|\bRESOURCE_EXHAUSTED_CAUSE_(?:RPS_LIMIT|APS_LIMIT|OPS_LIMIT|CONCURRENT_LIMIT|SYSTEM_OVERLOADED|BUSY_WORKFLOW)\b/,
      destination: T,
      summary: 'Temporal throttled the namespace (requests, actions or pollers over its limit)',
      fix: 'Retried by the SDK; if it lasts, spread out starts and signals, lower worker poller counts, or raise the namespace capacity (Temporal Cloud: capacity mode / support).',
    },
    {
      id: 'temporal/ops-api-rate-limit',
      category: 'transient',
      cause: 'Cloud Ops API rate limit',
      message: /\brate limit exceeded for principal type=\w+/,
      summary: 'Temporal Cloud Ops API rate limit for the user or service account',
      fix: 'Retry with backoff; run fewer Cloud Ops calls (Terraform, tcld) at once for the same principal.',
    },
    // Java prints the status name (`PERMISSION_DENIED: Request unauthorized.`), which extract reads
    // as a code: decided here before OAuth's access-denied reads the same name.
    {
      id: 'temporal/permission-denied',
      category: 'permissions',
      cause: 'Request unauthorized',
      code: ['PERMISSION_DENIED'],
      message: /\bRequest unauthorized\b|\bcaller has insufficient permissions for namespace\b/,
      destination: T,
      summary: 'Temporal denied the call: the certificate or API key is not allowed on this namespace',
      fix: 'Give the API key’s user or service account a namespace permission (Read / Write / Namespace Admin), or add the client certificate’s CA to the namespace; check the namespace id the client targets. Pause the worker until then.',
    },
    {
      id: 'temporal/request-unauthorized',
      category: 'permissions',
      cause: 'Request unauthorized',
      message: /\bRequest unauthorized\b|\bcaller has insufficient permissions for namespace\b/,
      destination: T,
      summary: 'Temporal denied the call: the certificate or API key is not allowed on this namespace',
      fix: 'Give the API key’s user or service account a namespace permission (Read / Write / Namespace Admin), or add the client certificate’s CA to the namespace; check the namespace id the client targets. Pause the worker until then.',
    },
    {
      id: 'temporal/unauthenticated',
      category: 'auth',
      cause: 'Unauthenticated',
      message: /\bStatus \{ code: Unauthenticated\b|\bJwt (?:is missing|is expired|verification fails|issuer is not configured)\b|\bunexpected authorization token format\b|\binvalid token with no claims\b/,
      destination: T,
      summary: 'Temporal rejected the connection’s credentials (API key missing, expired or sent to the wrong endpoint)',
      fix: 'Send a valid API key as a bearer token to the namespace’s API-key endpoint (`<region>.<cloud>.api.temporal.io:7233`), or use the mTLS endpoint with the client certificate; pause the worker until then.',
    },
    {
      id: 'temporal/client-certificate',
      category: 'auth',
      cause: 'client certificate refused',
      message: /\bremote error: tls: (?:certificate required|bad certificate|unknown certificate authority|expired certificate)\b|\bconnection closed before server preface received\b/,
      destination: T,
      summary: 'Temporal refused the TLS handshake: no client certificate, or one it does not accept',
      fix: 'Configure the client certificate and key the namespace’s CA trusts (renew an expired one), or switch to an API key on the API-key endpoint; pause the worker until then.',
    },
    // Java's `NOT_FOUND: Namespace x is not found.`: the status name is read as a code.
    {
      id: 'temporal/namespace-not-found-status',
      category: 'validation',
      cause: 'namespace not found',
      code: ['NOT_FOUND'],
      message: /\bNamespace [\w.-]{1,200} is not found\b/,
      destination: T,
      summary: 'Temporal has no such namespace',
      fix: 'Fix the namespace the client uses: Temporal Cloud needs the full namespace id `<name>.<account>`; a self-hosted cluster needs it registered first.',
    },
    {
      id: 'temporal/namespace-not-found',
      category: 'validation',
      cause: 'namespace not found',
      message: /\bNamespace [\w.-]{1,200} is not found\b|\bNamespace not found: '/,
      summary: 'Temporal has no such namespace',
      fix: 'Fix the namespace the client uses: Temporal Cloud needs the full namespace id `<name>.<account>`; a self-hosted cluster needs it registered first.',
    },
    {
      id: 'temporal/namespace-not-active',
      category: 'transient',
      cause: 'namespace not active in this cluster',
      message: /\bNamespace: [\w.-]{1,200} is active in cluster: [\w.-]{1,100}, while current cluster [\w.-]{1,100} is a standby cluster\b|\bNamespaceNotActive\b/,
      summary: 'Temporal namespace is failing over to another cluster',
      fix: 'Retried; the SDK reaches the active cluster once the failover completes.',
    },
    {
      id: 'temporal/size-limit',
      category: 'validation',
      cause: 'size limit exceeded',
      message: /\bBlob data size exceeds limit\b|\bWorkflow history (?:size|count) exceeds limit\b|\bWorkflow mutable state size exceeds limit\b|\bexceeded workflow execution limit for signal events\b|\b(?:Complete result|Failure) exceeds size limit\b/,
      summary: 'Temporal refused a payload or workflow history over its size limits',
      fix: 'Pass smaller payloads (store large data elsewhere and pass a reference), or continue-as-new before the history grows past the limit; retrying the same call fails again.',
    },
  ],
  lateRules: [
    {
      id: 'temporal/core-transport',
      category: 'transient',
      cause: 'SDK core transport status',
      message: /\bStatus \{ code: (?:Unavailable|Unknown|DeadlineExceeded|Cancelled|Aborted|Internal|ResourceExhausted)\b/,
      destination: T,
      summary: 'Temporal call failed in transport or was not served (the SDK core retries)',
      fix: 'Retried by the SDK; if it lasts, check the endpoint, TLS settings and the network path to the Temporal frontend.',
    },
  ],
};
