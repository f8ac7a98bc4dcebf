import type { RuleCase } from '../rule-tester.js';

/**
 * Elasticsearch as a sink. Bodies `{"error":{"root_cause":[…],"type":"…_exception","reason":"…"},
 * "status":N}`; `_bulk` answers `errors:true` with per-item errors; clients print the type and
 * reason (elasticsearch-py `BadRequestError(400, 'document_parsing_exception', '…')`, the Java
 * client `ElasticsearchStatusException[Elasticsearch exception [type=…, reason=…]]`, Logstash and
 * fluent-plugin-elasticsearch log lines).
 * Sources: elastic.co/guide/en/elasticsearch/reference/current/fix-watermark-errors.html (flood
 * stage: "index has read-only-allow-delete block"), …/index-modules-blocks.html,
 * …/rejected-requests.html, …/circuit-breaker-errors.html, …/optimistic-concurrency-control.html,
 * …/docs-bulk.html, …/dynamic.html, …/security-troubleshooting.html; cluster_block_exception
 * FORBIDDEN/12 bodies (stackoverflow.com/questions/50609417), es_rejected_execution_exception
 * bodies in public pastes, OpenSearch security plugin "no permissions for" 403s.
 */
const j = (o: unknown): string => JSON.stringify(o);
const es = (status: number, type: string, reason: string, more: object = {}) =>
  j({ ts: '2026-03-01T10:00:00Z', level: 'error', destination: 'elasticsearch', status, body: { error: { root_cause: [{ type, reason }], type, reason, ...more }, status } });

export const elasticsearchCases: RuleCase[] = [
  {
    line: '2026-03-06T04:00:00.120Z ERROR sink{component_id=es_out}:request{request_id=88}: vector::sinks::elasticsearch::service: Response contained errors. response=Response { status: 200, body: b"{\\"errors\\":true,\\"items\\":[{\\"index\\":{\\"status\\":429,\\"error\\":{\\"type\\":\\"es_rejected_execution_exception\\",\\"reason\\":\\"rejected execution of coordinating operation\\"}}}]}" }',
    category: 'transient',
    destination: 'elasticsearch',
    note: 'a bulk call answered 200 with failed items: the ERROR level outranks the 2xx, so the prose is read for codes and the target names Elasticsearch',
  },
  // ---------------------------------------------------------------- security_exception
  {
    line: es(401, 'security_exception', 'missing authentication credentials for REST request [/_bulk]'),
    category: 'auth',
    rule: 'elasticsearch/unauthenticated',
    note: '401 security_exception, no credentials sent: auth',
  },
  {
    line: es(401, 'security_exception', 'token malformed'),
    category: 'auth',
    rule: 'elasticsearch/security-401',
    note: 'any other 401 security_exception is the credential too',
  },
  {
    line: j({
      level: 'error',
      status: 403,
      error: {
        type: 'security_exception',
        reason: 'action [indices:data/write/bulk[s]] is unauthorized for user [logstash_writer] with effective roles [logstash_writer] on indices [logs-2026.03.01], this action is granted by the index privileges [create_doc,create,index,write,all]',
      },
    }),
    category: 'permissions',
    destination: 'elasticsearch',
    field: 'indices:data/write/bulk',
    rule: 'elasticsearch/unauthorized-action',
    note: '403 "action […] is unauthorized for user": a role lacks the index privilege; the type alone names Elasticsearch',
  },
  {
    line: es(403, 'security_exception', 'no permissions for [indices:data/write/bulk] and User [name=sync, backend_roles=[], requestedTenant=null]'),
    category: 'permissions',
    rule: 'elasticsearch/security-forbidden',
    note: 'a 403 security_exception in other words (OpenSearch security plugin) is still a missing privilege',
  },
  {
    line: es(403, 'security_exception', 'current license is non-compliant for [security]', { 'license.expired.feature': 'security' }),
    category: 'plan',
    rule: 'elasticsearch/license',
    note: 'licence expired / non-compliant: plan, no role fixes it',
  },
  {
    line: "elasticsearch.AuthenticationException: AuthenticationException(401, 'security_exception', 'unable to authenticate user [sync] for REST request [/_bulk]')",
    category: 'auth',
    destination: 'elasticsearch',
    rule: 'elasticsearch/unauthenticated-message',
    note: 'elasticsearch-py prints status, type and reason: no body to read',
  },
  {
    line: '2026-03-01T10:00:05Z ERROR org.elasticsearch.client.ResponseException: method [POST], host [https://es.internal:9200], URI [/_bulk], status line [HTTP/1.1 403 Forbidden] action [indices:admin/create] is unauthorized for user [sync] with effective roles [writer] on indices [contacts-v2]',
    category: 'permissions',
    field: 'indices:admin/create',
    rule: 'elasticsearch/unauthorized-action-message',
    note: 'Java low-level client line: the action names the missing privilege (create_index here)',
  },
  // ---------------------------------------------------------------- cluster_block_exception
  {
    line: es(429, 'cluster_block_exception', 'index [contacts] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has read-only-allow-delete block];'),
    category: 'plan',
    rule: 'elasticsearch/flood-stage',
    note: 'flood-stage watermark (7.x+ wording, 429): storage capacity, plan — retrying does not free disk',
  },
  {
    line: j({ error: { root_cause: [{ type: 'cluster_block_exception', reason: 'blocked by: [FORBIDDEN/12/index read-only / allow delete (api)];' }], type: 'cluster_block_exception', reason: 'blocked by: [FORBIDDEN/12/index read-only / allow delete (api)];' }, status: 403 }),
    category: 'plan',
    destination: 'elasticsearch',
    rule: 'elasticsearch/flood-stage',
    note: 'the 6.x FORBIDDEN/12 form of the same block, as the raw response is logged',
  },
  {
    line: "2026-03-01T10:00:10Z ERROR [logstash.outputs.elasticsearch] Retrying failed action {:status=>403, :action=>[\"index\", {:_index=>\"logs\"}], :error=>{\"type\"=>\"cluster_block_exception\", \"reason\"=>\"index [logs] blocked by: [FORBIDDEN/12/index read-only / allow delete (api)];\"}}",
    category: 'plan',
    destination: 'elasticsearch',
    rule: 'elasticsearch/flood-stage-message',
    note: 'Logstash prints the item as a Ruby hash: the block text decides',
  },
  {
    line: '{:timestamp=>"2026-03-01T10:00:00.000000+0000", :message=>"Failed to flush outgoing items", :exception=>org.elasticsearch.cluster.block.ClusterBlockException: blocked by: [SERVICE_UNAVAILABLE/1/state not recovered / initialized];, :level=>:error}',
    category: 'outage',
    destination: 'elasticsearch',
    rule: 'elasticsearch/cluster-unavailable-message',
    note: 'Logstash 1.x logs a Ruby hash; the block class and reason name a cluster that is not serving',
  },
  {
    line: es(503, 'cluster_block_exception', 'blocked by: [SERVICE_UNAVAILABLE/2/no master];'),
    category: 'outage',
    rule: 'elasticsearch/cluster-unavailable',
    note: 'no elected master: the cluster is not serving, outage',
  },
  {
    line: es(403, 'cluster_block_exception', 'index [contacts] blocked by: [FORBIDDEN/8/index write (api)];'),
    category: 'outage',
    rule: 'elasticsearch/index-blocked',
    note: 'an index write block an operator set: writes stop until it is lifted',
  },
  // ---------------------------------------------------------------- back-pressure and conflicts
  {
    line: es(429, 'es_rejected_execution_exception', 'rejected execution of coordinating operation [coordinating_and_primary_bytes=0, replica_bytes=0, all_bytes=0, coordinating_operation_bytes=52428800, max_coordinating_and_primary_bytes=53687091]'),
    category: 'transient',
    rule: 'elasticsearch/rejected-execution',
    note: '429 es_rejected_execution_exception: write queue / indexing pressure, retry',
  },
  {
    line: '2026-03-01 10:00:20 +0000 [warn]: #0 [elasticsearch] failed to flush the buffer. retry_times=3 error_class=Fluent::Plugin::ElasticsearchOutput::RecoverableRequestFailure error="could not push logs to Elasticsearch cluster: [429] rejected execution of org.elasticsearch.transport.TransportService$7@3f365d77 on EsThreadPoolExecutor[name = es01/write, queue capacity = 10000, active threads = 8]"',
    category: 'transient',
    destination: 'elasticsearch',
    rule: 'elasticsearch/rejected-execution-message',
    note: 'fluent-plugin-elasticsearch: the [elasticsearch] plugin id and the thread pool wording',
  },
  {
    line: es(429, 'circuit_breaking_exception', '[parent] Data too large, data for [<http_request>] would be [1031112496/983.3mb], which is larger than the limit of [1020054732/972.7mb]', { bytes_wanted: 1031112496, durability: 'TRANSIENT' }),
    category: 'transient',
    rule: 'elasticsearch/circuit-breaker',
    note: 'parent circuit breaker (durability TRANSIENT): retry with backoff',
  },
  {
    line: 'ElasticsearchStatusException[Elasticsearch exception [type=circuit_breaking_exception, reason=[parent] Data too large, data for [<transport_request>] would be [2047mb], which is larger than the limit of [1993mb]]]',
    category: 'transient',
    destination: 'elasticsearch',
    rule: 'elasticsearch/circuit-breaker-message',
    note: 'Java high-level client prints type and reason in brackets',
  },
  {
    line: es(409, 'version_conflict_engine_exception', '[c_42]: version conflict, required seqNo [118], primary term [1]. current document has seqNo [119] and primary term [1]'),
    category: 'transient',
    rule: 'elasticsearch/version-conflict',
    note: 'if_seq_no lost the race: re-read and retry',
  },
  {
    line: es(409, 'version_conflict_engine_exception', '[c_42]: version conflict, document already exists (current version [1])'),
    category: 'validation',
    rule: 'elasticsearch/document-exists',
    note: 'near miss: op_type=create on an existing id is the document, not a race',
  },
  {
    line: "elasticsearch.ConflictError: ConflictError(409, 'version_conflict_engine_exception', '[c_7]: version conflict, current version [3] is different than the one provided [2]')",
    category: 'transient',
    destination: 'elasticsearch',
    rule: 'elasticsearch/version-conflict-message',
    note: 'external version conflict as elasticsearch-py prints it',
  },
  // ---------------------------------------------------------------- the document
  {
    line: j({
      took: 12,
      errors: true,
      items: [
        { index: { _index: 'contacts', _id: '42', status: 400, error: { type: 'mapper_parsing_exception', reason: "failed to parse field [age] of type [long] in document with id '42'. Preview of field's value: 'forty'", caused_by: { type: 'illegal_argument_exception', reason: 'For input string: "forty"' } } } },
        { index: { _index: 'contacts', _id: '43', status: 201, result: 'created' } },
      ],
    }),
    category: 'validation',
    destination: 'elasticsearch',
    field: 'age',
    rule: 'elasticsearch/mapping',
    note: '_bulk item: mapper_parsing_exception names the field; the created item is no error',
  },
  {
    line: es(400, 'strict_dynamic_mapping_exception', '[1:87] mapping set to strict, dynamic introduction of [utm_source] within [_doc] is not allowed'),
    category: 'validation',
    field: 'utm_source',
    rule: 'elasticsearch/mapping',
    note: 'dynamic: strict rejects an unmapped field, named in brackets',
  },
  {
    line: "elasticsearch.BadRequestError: BadRequestError(400, 'document_parsing_exception', \"[1:42] failed to parse field [created_at] of type [date] in document with id '7'. Preview of field's value: 'yesterday'\")",
    category: 'validation',
    destination: 'elasticsearch',
    field: 'created_at',
    rule: 'elasticsearch/mapping-message',
    note: '8.x document_parsing_exception as a Python exception',
  },
  {
    line: "[2026-03-01T10:00:25,000][WARN ][logstash.outputs.elasticsearch][main] Could not index event to Elasticsearch. {:status=>400, :action=>[\"index\", {:_id=>nil, :_index=>\"logs-2026.03.01\"}], :response=>{\"index\"=>{\"_index\"=>\"logs-2026.03.01\", \"status\"=>400, \"error\"=>{\"type\"=>\"mapper_parsing_exception\", \"reason\"=>\"failed to parse field [host] of type [text] in document with id 'x1'. Preview of field's value: '{name=web-1}'\", \"caused_by\"=>{\"type\"=>\"illegal_state_exception\", \"reason\"=>\"Can't get text on a START_OBJECT at 1:239\"}}}}}",
    category: 'validation',
    destination: 'elasticsearch',
    field: 'host',
    rule: 'elasticsearch/mapping-message',
    note: 'Logstash "Could not index event" Ruby hash: an object sent to a text field (ECS host), the field named',
  },
  {
    line: es(400, 'illegal_argument_exception', 'mapper [price] cannot be changed from type [long] to [float]'),
    category: 'validation',
    field: 'price',
    rule: 'elasticsearch/illegal-argument',
    note: 'illegal_argument_exception on an Elasticsearch line: a mapping conflict names the field',
  },
  {
    line: es(404, 'index_not_found_exception', 'no such index [contacts-v2]', { 'resource.type': 'index_or_alias', 'resource.id': 'contacts-v2', index: 'contacts-v2' }),
    category: 'validation',
    rule: 'elasticsearch/index-not-found',
    note: 'index missing and auto-create off',
  },
  {
    line: '2026-03-01T10:00:30Z ERROR Kafka Connect task io.confluent.connect.elasticsearch.ElasticsearchSinkTask failed: [index_not_found_exception] no such index [orders]',
    category: 'validation',
    destination: 'elasticsearch',
    rule: 'elasticsearch/index-not-found-message',
    note: 'Kafka Connect Elasticsearch sink: the connector class names the destination',
  },
  // ---------------------------------------------------------------- no node answers
  {
    line: '2026-03-01T10:00:40Z ERROR sync-worker ConnectionError: No Living connections',
    category: 'outage',
    destination: 'elasticsearch',
    rule: 'elasticsearch/no-living-connections',
    note: 'legacy elasticsearch-js: every node marked dead, the wording alone names Elasticsearch',
  },
  {
    line: '[2026-03-01T10:00:50,123][WARN ][logstash.outputs.elasticsearch][main] Attempted to resurrect connection to dead ES instance, but got an error {:url=>"https://es01.acme.es.io:9243/", :error_type=>LogStash::Outputs::ElasticSearch::HttpClient::Pool::HostUnreachableError, :error=>"Elasticsearch Unreachable: [https://es01.acme.es.io:9243/][Manticore::SocketException] Connection refused"}',
    category: 'outage',
    destination: 'elasticsearch',
    rule: 'network/connection-refused',
    note: 'near miss: Logstash "Elasticsearch Unreachable" wraps its cause — a refused connection decides first (late rule)',
  },
  {
    line: '2026-03-01T10:00:55Z ERROR elastic_transport.ConnectionTimeout: Connection timed out (es.internal:9200)',
    category: 'transient',
    destination: 'elasticsearch',
    note: 'near miss: a client timeout stays transient',
  },
];

/** No elected master; the PHP client's "no alive nodes"; the field of an object-mapping clash. Sources: elastic.co docs (discovery troubleshooting, mapping), elasticsearch-php NoNodesAvailableException. */
export const elasticsearchClusterCases: RuleCase[] = [
  {
    line: JSON.stringify({ level: 'error', status: 503, body: { error: { root_cause: [{ type: 'master_not_discovered_exception', reason: null }], type: 'master_not_discovered_exception', reason: null }, status: 503 } }),
    category: 'outage',
    destination: 'elasticsearch',
    rule: 'elasticsearch/no-master',
    note: 'no master elected: the cluster serves nothing until one is',
  },
  {
    line: 'PHP Fatal error:  Uncaught Elasticsearch\\Common\\Exceptions\\NoNodesAvailableException: No alive nodes found in your cluster',
    category: 'outage',
    destination: 'elasticsearch',
    rule: 'elasticsearch/no-living-connections',
    note: 'every node marked dead by the PHP client',
  },
  {
    line: 'ERROR bulk item failed: MapperParsingException[object mapping for [geo] tried to parse field [geo] as object, but found a concrete value]',
    category: 'validation',
    field: 'geo',
    rule: 'elasticsearch/mapping-message',
    note: 'an object field sent a scalar: the field is named',
  },
  {
    line: '2026-11-29T10:51:40.963916Z ERROR sink{component_kind="sink" component_id=out_es component_type=elasticsearch}:request{request_id=1}: vector::sinks::util::retries: Not retriable; dropping the request. reason="error type: illegal_argument_exception, reason: can\'t merge a non object mapping [label.com.docker.swarm.task] with an object mapping"',
    category: 'validation',
    destination: 'elasticsearch',
    field: 'label.com.docker.swarm.task',
    rule: 'elasticsearch/mapping-message',
    note: 'a field mapped as a value in one document and as an object in another',
  },
  {
    line: '2026-03-05T12:00:18Z ERR  Failed to publish events: temporary bulk send failure',
    category: 'transient',
    destination: 'elasticsearch',
    rule: 'elasticsearch/temporary-bulk-failure',
    note: "libbeat resends a bulk request that failed as a whole",
  },
  {
    line: '2026-11-02T18:03:21.874Z ERROR pipeline/output.go:121 Failed to publish events: 403 Forbidden: {"error":{"type":"security_exception","reason":"action [cluster:admin/xpack/monitoring/bulk] is unauthorized for user [filebeat]"},"status":403}',
    category: 'permissions',
    destination: 'elasticsearch',
    field: 'cluster:admin/xpack/monitoring/bulk',
    note: "X-Pack's refusal names the action (libbeat prints the body after the status)",
  },
  {
    line: '[2024-05-02T08:00:01,112][WARN ][o.o.s.p.PrivilegesEvaluator] [node-2] No permissions for [indices:data/write/bulk[s]] and User [name=fluent_writer, backend_roles=[]]',
    category: 'permissions',
    destination: 'elasticsearch',
    field: 'indices:data/write/bulk',
    rule: 'elasticsearch/no-permissions-for',
    note: 'the OpenSearch security plugin names the action the role lacks',
  },
  {
    line: 'WARN Bulk request failed: item 3 rejected: failed to parse [customer.birthday] (illegal_argument_exception: Invalid format: "31/02/1990")',
    category: 'validation',
    destination: 'elasticsearch',
    field: 'customer.birthday',
    rule: 'elasticsearch/mapping-message',
    note: 'the mapper’s wording before 7.x, with no exception name of its own',
  },
];
