import { ownCopy } from '../strings.js';

/**
 * Which JSON / logfmt keys carry which signal. Data, not code: the spellings seen in sync-tool
 * logs and provider bodies. A config file can add more (see config/).
 */
export enum Role {
  Status = 1,
  Code,
  Message,
  /** A string that is a code when it has no spaces and a message when it has (OAuth "error", Google "reason"…). */
  CodeOrMessage,
  Field,
  FieldList,
  Destination,
  RecordId,
  RunId,
  Time,
  Level,
  Success,
  Policy,
  /** A string or object that may hold an embedded provider body. */
  Body,
  /** A request URL or host: names the destination when nothing else does. */
  Url,
  /** A stack trace in one string: its exception lines are read, its frames are not. */
  Trace,
  /** An engine's own failure label (Airbyte failure_type): a signal, never the answer. */
  EngineLabel,
}

const spellings: Array<[Role, string[]]> = [
  [
    Role.Status,
    ['status', 'statusCode', 'status_code', 'http_status', 'httpStatus', 'http_status_code', 'httpStatusCode', 'http_code', 'httpCode', 'response_code', 'responseCode', 'status.code', 'http.status_code', 'http.response.status_code', 'row_status'],
  ],
  [
    Role.Code,
    ['errorCode', 'error_code', 'code', 'category', 'subCategory', 'sub_category', 'subcategory', 'errorType', 'error_type', 'type', 'errorName', 'error_name', 'title', 'exception_class', 'exceptionClass', 'exceptionCode', 'faultcode', 'errno', 'sqlState', 'sqlstate', 'pgcode', '__type'],
  ],
  [
    Role.Message,
    ['message', 'msg', 'error_description', 'errorDescription', 'errorMessage', 'error_message', 'detail', 'description', 'errorSummary', 'error_summary', 'localizedErrorMessage', 'err', 'exception', 'failure_reason', 'failureReason', 'error.message', 'rateName', 'exceptionMessage', 'faultstring', 'internal_message', 'internalMessage', 'externalMessage', 'external_message', 'status_message', 'statusMessage', 'error_reason', 'errorReason', 'row_error_message', 'user_message', 'userMessage', 'developer_message', 'developerMessage'],
  ],
  [Role.CodeOrMessage, ['error', 'reason', 'status_text', 'statusText']],
  [Role.Field, ['field', 'param', 'pointer', 'parameter', 'property', 'propertyName', 'field_name', 'fieldName', 'attribute']],
  [Role.FieldList, ['fields', 'propertyNames', 'invalidFields']],
  [
    Role.Destination,
    // Not "service" or "app": loggers use those for their own name.
    ['destination', 'dest', 'destination_name', 'destinationName', 'destination_type', 'destinationType', 'connector', 'connector_name', 'provider', 'integration', 'target', 'sink'],
  ],
  [
    Role.RecordId,
    ['record_id', 'recordId', 'record', 'external_id', 'externalId', 'object_id', 'objectId', 'row_id', 'rowId', 'primary_key', 'primaryKey', 'entity_id', 'entityId', 'record_key', 'recordKey', 'source_id', 'sourceId', 'contact_id', 'contactId', 'email_address', 'record_identifier', 'recordIdentifier', 'identifier', 'primary_identifier', 'primaryIdentifier'],
  ],
  [
    Role.RunId,
    ['run_id', 'runId', 'sync_id', 'syncId', 'sync_run_id', 'syncRunId', 'job_id', 'jobId', 'execution_id', 'executionId', 'attempt_id', 'run'],
  ],
  [Role.Time, ['emitted_at', 'ts', 'timestamp', 'time', '@timestamp', 'datetime', 'date', 'logged_at', 'loggedAt', 'created_at', 'eventTime', 'event_time', 'batch_started_at', 'batch_completed_at', 'batch_ended_at', '_census_logged_at', 'started_at', 'finished_at', 'sync_started_at', 'sync_finished_at', 'time_stamp']],
  [Role.Level, ['level', 'severity', 'lvl', 'log_level', 'logLevel', 'levelname', 'loglevel', 'sev']],
  [Role.Success, ['success', 'ok', 'outcome', 'result', 'succeeded']],
  // Rate-limit policy keys are the providers' (HubSpot policyName, Google quota_metric): src/providers.
  [Role.Policy, []],
  [Role.Url, ['url', 'uri', 'endpoint', 'request_url', 'requestUrl', 'host', 'hostname', 'base_url', 'baseUrl', 'instance_url', 'instanceUrl']],
  [Role.Trace, ['stack_trace', 'stacktrace', 'stackTrace', 'traceback', 'stack', 'exc_info', 'exc_text', 'backtrace']],
  [Role.EngineLabel, ['failure_type', 'failureType']],
  [Role.Body, ['body', 'response', 'response_body', 'responseBody', 'data', 'payload', 'raw', 'content', 'resp', 'error_body', 'errorBody', 'details', 'cause', 'errors', 'Errors', 'results', 'context', 'extensions', 'source', 'error_details', 'output']],
];

export type KeyMap = Map<string, Role>;

/**
 * The key map of an engine: the common spellings, then the providers' own (`byRole`: role name →
 * keys, from each provider module), then the config file's `fields` (key → role name), each able
 * to override the one before.
 */
export function buildKeyMap(extra: Record<string, string> = {}, byRole: Array<Partial<Record<KeyRoleName, string[]>>> = []): KeyMap {
  const map: KeyMap = new Map();
  for (const [role, names] of spellings) for (const name of names) map.set(name, role);
  for (const keys of byRole) for (const [roleName, names] of Object.entries(keys)) for (const name of names ?? []) map.set(name, ROLE_NAMES[roleName]);
  for (const [name, roleName] of Object.entries(extra)) {
    const role = ROLE_NAMES[roleName];
    if (role !== undefined) map.set(name, role);
  }
  return map;
}

/** The names a config file or a provider module uses to map keys to a role. */
export const ROLE_NAMES: Record<string, Role> = Object.assign(Object.create(null) as Record<string, Role>, {
  status: Role.Status,
  code: Role.Code,
  message: Role.Message,
  field: Role.Field,
  fieldList: Role.FieldList,
  destination: Role.Destination,
  recordId: Role.RecordId,
  runId: Role.RunId,
  time: Role.Time,
  level: Role.Level,
  success: Role.Success,
  policy: Role.Policy,
  body: Role.Body,
});

export type KeyRoleName = 'status' | 'code' | 'message' | 'field' | 'fieldList' | 'destination' | 'recordId' | 'runId' | 'time' | 'level' | 'success' | 'policy' | 'body';

/** The common spellings only: the engine adds its providers' keys (pipeline.ts). */
export const DEFAULT_KEYS = buildKeyMap();

/**
 * Ids that name the context of a line (its run, request, tenant, connection…), not the record it
 * is about: `<entity>_id` / `<entity>Id` keys with these entities are never record ids.
 */
const CONTEXT_ENTITIES = new Set([
  'run', 'job', 'sync', 'request', 'req', 'trace', 'span', 'correlation', 'portal', 'tenant', 'org', 'organization',
  'workspace', 'connection', 'connector', 'source', 'destination', 'stream', 'batch', 'session', 'client', 'app',
  'application', 'pipeline', 'task', 'thread', 'process', 'message', 'event', 'log', 'instance', 'host', 'node', 'worker',
  'attempt', 'execution', 'project', 'dataset', 'table', 'api', 'key', 'token', 'parent', 'thread', 'schema', 'integration',
  'installation', 'webhook', 'subscription', 'idempotency', 'operation', 'container', 'pod', 'cluster', 'region', 'zone',
  'device', 'build', 'commit', 'version', 'env', 'environment', 'service', 'model', 'tx', 'transaction', 'dag', 'task_instance',
  // Meltano's relay fields (string_id=target-postgres) name the plugin, not a record.
  'string', 'plugin', 'consumer', 'producer', 'name', 'type',
  // An error's or a call's own id (PowerShell's FullyQualifiedErrorId, Microsoft's TrackingId / ActivityId).
  'error', 'exception', 'fault', 'tracking', 'activity',
  // Meta's fbtrace_id traces the request.
  'fbtrace',
  // A pipeline's parts (Vector, Benthos, OpenTelemetry Collector: component_id=datadog_sink).
  'component', 'sink', 'receiver', 'exporter', 'processor', 'transform',
]);

/**
 * A record id spelt after its entity: `customer_id`, `dealId`, `lead_id`, `ticket_id` (the record a
 * sync log line is about), not a context id (`request_id`, `sync_id`). Returns false for the
 * explicit spellings, which the key map already files.
 */
export function isEntityIdKey(key: string): boolean {
  // Keys repeat on every line of a log: each spelling is decided once.
  const known = entityIdKeys.get(key);
  if (known !== undefined) return known;
  const yes = decideEntityIdKey(key);
  if (entityIdKeys.size >= ENTITY_KEY_MEMO) entityIdKeys.clear();
  entityIdKeys.set(ownCopy(key), yes);
  return yes;
}

/** Key spellings remembered (bounded: a log with ever-new key names cannot grow it). */
const ENTITY_KEY_MEMO = 4096;
const entityIdKeys = new Map<string, boolean>();

function decideEntityIdKey(key: string): boolean {
  const n = key.length;
  if (n < 4 || n > 40) return false;
  let entity: string;
  if (key.endsWith('_id')) entity = key.slice(0, -3);
  else if (key.endsWith('Id') && key.charCodeAt(n - 3) >= 97 && key.charCodeAt(n - 3) <= 122) entity = key.slice(0, -2);
  else return false;
  if (!/^[A-Za-z][A-Za-z0-9]*(?:_[a-z0-9]+)*$/.test(entity)) return false;
  const last = entity.slice(entity.lastIndexOf('_') + 1).replace(/^[A-Z]/, (c) => c.toLowerCase());
  // camelCase: the last word names the entity (parentDealId → deal; requestId → request).
  const word = /[A-Z]/.test(last) ? last.slice(last.search(/[A-Z][a-z0-9]*$/)).toLowerCase() : last.toLowerCase();
  return !CONTEXT_ENTITIES.has(word) && !CONTEXT_ENTITIES.has(entity.toLowerCase());
}
