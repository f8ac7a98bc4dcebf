import type { RuleCase } from '../rule-tester.js';

/**
 * Temporal server answers as the SDKs print them: the Go SDK (`serviceerror` messages, zap
 * logs with `Namespace` / `TaskQueue` tags), the Java SDK (`io.grpc.StatusRuntimeException`),
 * the Rust core under the Python / TypeScript SDKs (tonic `Status { code: …, message: … }`).
 * Sources: temporalio/temporal common/authorization/interceptor.go,
 * common/rpc/interceptor/namespace_rate_limit.go, service/history/consts/const.go,
 * common/util.go; temporalio/api-go serviceerror (NamespaceNotFound, NamespaceNotActive);
 * temporalio/sdk-go internal_worker_base.go, internal_workflow_client.go; temporalio/sdk-python
 * bridge/src/client.rs; temporalio/sdk-typescript #1765; PostHog/posthog #63981; kedacore/keda
 * #7343; temporalio/tctl #353; temporalio/terraform-provider-temporalcloud #142;
 * temporalio/sdk-rust #720; quarkiverse/quarkus-temporal #159.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const temporalCases: RuleCase[] = [
  {
    line: '2025-10-17T06:27:46.859Z\tWARN\tinternal/internal_worker_base.go:880\tFailed to poll for task.\t{"Namespace": "default", "TaskQueue": "orders", "WorkerID": "1@worker-7d9f@", "WorkerType": "WorkflowWorker", "Error": "namespace rate limit exceeded"}',
    category: 'transient',
    destination: 'temporal',
    rule: 'temporal/namespace-throttled',
    note: 'sdk-go poller log with the server’s ErrNamespaceRateLimitServerBusy (RESOURCE_EXHAUSTED_CAUSE_RPS_LIMIT)',
  },
  {
    line: '2024-06-02T11:04:17.201Z ERROR temporal_client::retry: gRPC call start_workflow_execution retried 10 times error=Status { code: ResourceExhausted, message: "Action per second limit exceeded.", metadata: MetadataMap { headers: {"content-type": "application/grpc"} }, source: None }',
    category: 'transient',
    destination: 'temporal',
    rule: 'temporal/namespace-throttled',
    note: 'history consts ErrResourceExhaustedAPSLimit as the Rust core prints a tonic status (sdk-python #631 shape)',
  },
  {
    line: '│ Error: Failed to get namespace\n│ rate limit exceeded for principal type=serviceaccount, id=d76afe167df74552ace38c73879ee51a, please retry later.',
    category: 'transient',
    destination: 'temporal',
    rule: 'temporal/ops-api-rate-limit',
    note: 'terraform-provider-temporalcloud #142: Cloud Ops API per-principal rate limit',
  },
  {
    line: 'Network error while sending worker heartbeat Status { code: PermissionDenied, message: "Request unauthorized.", details: b"\\x08\\x07\\x12\\x15Request unauthorized.\\x1a\\x8d\\x01\\nHtype.googleapis.com/temporal.api.errordetails.v1.PermissionDeniedFailure\\x12A\\n?caller has insufficient permissions for namespace \'prod.a2dd6\'", metadata: MetadataMap { headers: {"content-type": "application/grpc", "server": "temporal"} }, source: None }',
    category: 'permissions',
    destination: 'temporal',
    rule: 'temporal/request-unauthorized',
    note: 'sdk-typescript #1765: Temporal Cloud API key without access to the namespace',
  },
  {
    line: '2025-03-10 09:12:44,301 ERROR [io.temporal.internal.worker.Poller] (Workflow Poller taskQueue="orders", namespace="prod.a2dd6": 1) Failure in poller thread: io.grpc.StatusRuntimeException: PERMISSION_DENIED: Request unauthorized.',
    category: 'permissions',
    destination: 'temporal',
    rule: 'temporal/permission-denied',
    note: 'sdk-java poller with the authorizer’s RequestUnauthorized (quarkus-temporal #159, sdk-java #2400)',
  },
  {
    line: 'RuntimeError: Failed client connect: `get_system_info` call error after connection: Status { code: Unauthenticated, message: "Jwt is missing", metadata: MetadataMap { headers: {"www-authenticate": "Bearer realm=\\"https://ap-south-1.aws.api.temporal.io/\\""} }, source: None }',
    category: 'auth',
    destination: 'temporal',
    rule: 'temporal/unauthenticated',
    note: 'PostHog/posthog #63981: no API key sent to an API-key endpoint',
  },
  {
    line: j({ level: 'error', ts: '2025-12-24T03:11:09Z', logger: 'temporal_scaler', msg: 'error getting scale decision', error: 'failed to create Temporal client connection: failed reaching server: connection error: desc = "error reading server preface: remote error: tls: certificate required"' }),
    category: 'auth',
    destination: 'temporal',
    rule: 'temporal/client-certificate',
    note: 'kedacore/keda #7343: the mTLS endpoint asked for a client certificate',
  },
  {
    line: 'FATAL\tFailed to create SDK client\t{"error": "failed reaching server: last connection error: connection closed before server preface received", "logging-call-at": "factory.go:122"}',
    category: 'auth',
    destination: 'temporal',
    rule: 'temporal/client-certificate',
    note: 'temporalio/tctl #353: expired client certificate closes the TLS handshake',
  },
  {
    line: 'Unable to create Temporal client: failed reaching server: Namespace orders-prod is not found.',
    category: 'validation',
    destination: 'temporal',
    rule: 'temporal/namespace-not-found',
    note: 'api-go serviceerror.NewNamespaceNotFound message through sdk-go Dial',
  },
  {
    line: '2025-03-10 09:12:44,301 ERROR [io.temporal.internal.worker.Poller] (Activity Poller taskQueue="orders", namespace="orders-prod": 1) Failure in poller thread: io.grpc.StatusRuntimeException: NOT_FOUND: Namespace orders-prod is not found.',
    category: 'validation',
    destination: 'temporal',
    rule: 'temporal/namespace-not-found-status',
    note: 'sdk-java poller with the NamespaceNotFound status (Temporal Cloud needs `<name>.<account>`)',
  },
  {
    line: "NamespaceNotFoundError: Namespace not found: 'orders-prod'\n    at WorkflowClient.rethrowGrpcError (/app/node_modules/@temporalio/client/lib/workflow-client.js:423:19)",
    category: 'validation',
    destination: 'temporal',
    rule: 'temporal/namespace-not-found',
    note: 'sdk-typescript packages/common/src/errors.ts NamespaceNotFoundError',
  },
  {
    line: 'temporalio.service.RPCError: Namespace: payments is active in cluster: us-west, while current cluster us-east is a standby cluster.',
    category: 'transient',
    destination: 'temporal',
    rule: 'temporal/namespace-not-active',
    note: 'api-go serviceerror.NewNamespaceNotActive during a failover (Python RPCError prints the message)',
  },
  {
    line: 'temporalio.service.RPCError: Blob data size exceeds limit.',
    category: 'validation',
    destination: 'temporal',
    rule: 'temporal/size-limit',
    note: 'common/util.go ErrBlobSizeExceedsLimit (InvalidArgument) for an oversized payload',
  },
  {
    line: "ERROR temporal_sdk_core::worker: Error polling for workflow task error='get_system_info call' error after connection: Status { code: Unknown, message: \"transport error\", source: Some(tonic::transport::Error(Transport, hyper::Error(Io, Kind(ConnectionReset)))) }",
    category: 'transient',
    destination: 'temporal',
    rule: 'temporal/core-transport',
    note: 'temporalio/sdk-rust #720: a transport error in the Rust core',
  },
];
