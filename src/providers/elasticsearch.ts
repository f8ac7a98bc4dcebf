import type { Provider } from './provider.js';

/**
 * Elasticsearch as a sink (Logstash, Fluentd, Kafka Connect, Beats, the language clients). Bodies are
 * `{"error":{"root_cause":[…],"type":"<snake>_exception","reason":"…"},"status":N}`; a `_bulk`
 * answer is 200 with `"errors":true` and one `items[].index.error` per failed document. The
 * `type` decides; the `reason` names the field.
 * - `security_exception` 401: missing / wrong credentials or API key ("missing authentication
 *   credentials for REST request", "unable to authenticate user"); 403: "action [indices:…] is
 *   unauthorized for user [u] with effective roles […] on indices […]" (a role lacks the index
 *   privilege). A 403 "current license is non-compliant for [security]" is the licence: plan.
 * - `cluster_block_exception` "FORBIDDEN/12/index read-only / allow delete (api)" or
 *   "TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark": a data node passed the
 *   flood-stage disk watermark (95 %) and Elasticsearch blocked writes to every index with a shard
 *   on it. Plan, not outage: the cluster is up, answers and serves reads; writes resume only once
 *   disk is freed or added (the block lifts below the high watermark), so retrying does not help —
 *   the storage capacity is the limit (as SQLSTATE 53100 disk full and HTTP 507 are, here).
 *   "SERVICE_UNAVAILABLE/…/no master" or "state not recovered" is the cluster not serving: outage;
 *   an index write / read-only block an operator set (FORBIDDEN/8, FORBIDDEN/5) stops writes until
 *   it is lifted: outage of that index too.
 * - `es_rejected_execution_exception` (429, "rejected execution of … on EsThreadPoolExecutor[…
 *   write, queue capacity = N …]") and `circuit_breaking_exception` ("[parent] Data too large") are
 *   back-pressure: retry with backoff, smaller bulks (the docs' advice for both).
 * - `version_conflict_engine_exception` 409: optimistic concurrency (`if_seq_no`, external
 *   versions) lost a race — re-read and retry (the update API's retry_on_conflict); with
 *   `op_type=create` ("document already exists") the document is there: validation.
 * - `mapper_parsing_exception` / `document_parsing_exception` (8.x) "failed to parse field [f] of
 *   type [t]", `strict_dynamic_mapping_exception` "mapping set to strict, dynamic introduction of
 *   [f] within [_doc] is not allowed", `illegal_argument_exception` ("mapper [f] cannot be changed
 *   from type …", "Limit of total fields [1000] has been exceeded"): the document, validation.
 * - `index_not_found_exception` "no such index [x]" (auto-create off): the mapping of the sink.
 * - Clients that find no live node ("No Living connections", Logstash "Elasticsearch unreachable")
 *   wrap a network error: decided after the network rules (a timeout under them stays transient).
 * Sources: elastic.co/guide/en/elasticsearch/reference/current/fix-watermark-errors.html,
 * …/index-modules-blocks.html, …/rejected-requests.html, …/circuit-breaker-errors.html,
 * …/optimistic-concurrency-control.html, …/docs-bulk.html, …/dynamic.html (strict),
 * …/mapping-settings-limit.html, …/security-troubleshooting.html (missing authentication
 * credentials), …/authorization.html, …/api-key-service settings; elasticsearch PR #6629 (thread
 * pool rejections answer 429); Logstash elasticsearch output and fluent-plugin-elasticsearch
 * error texts in public issues; status.elastic.co.
 */
const E = ['elasticsearch'];
const DOCS = 'https://www.elastic.co/guide/en/elasticsearch/reference/current';

/**
 * The field a mapping error names: "failed to parse field [age]", "dynamic introduction of [foo]",
 * "mapper [price] cannot be changed from type [long] to [text]" (6.x+: "mapper [price] of different
 * type, current_type [long], merged_type [text]").
 */
const FIELD = /failed to parse (?:field )?\[([^\]]+)\]|merge a non[- ](?:object|nested) mapping \[([^\]]+)\]|object mapping for \[([^\]]+)\] tried to parse field|dynamic introduction of \[([^\]]+)\]|mapper \[([^\]]+)\] (?:cannot be changed|of different type)|field \[([^\]]+)\] (?:of type|cannot|is not|already)/;

const MAPPING_FIX = 'Fix the source value of `{field}` or the index mapping (field type, dynamic: strict); retrying the same document fails again.';

export const provider: Provider = {
  name: 'elasticsearch',
  display: 'Elasticsearch',
  // Output plugins and clients: Logstash LogStash::Outputs::ElasticSearch, Fluentd
  // Fluent::Plugin::ElasticsearchOutput / fluent-plugin-elasticsearch, Kafka Connect
  // io.confluent.connect.elasticsearch, org.elasticsearch.*, elasticsearch-py, @elastic/elasticsearch,
  // Elastic Cloud endpoints (…cloud.es.io, …found.io), Amazon's managed domains and exception types only Elasticsearch names.
  hints: [
    'elasticsearch\\w*',
    'elastic_transport',
    '@elastic/(?:elasticsearch|transport)',
    '[\\w-]+(?:\\.[\\w-]+)*\\.es\\.io',
    '[\\w-]+(?:\\.[\\w-]+)*\\.found\\.io',
    // Amazon OpenSearch Service (formerly Amazon Elasticsearch Service) domain endpoints:
    // search-<domain>-<id>.<region>.es.amazonaws.com, vpc-<domain>-<id>.<region>.es.amazonaws.com
    '(?:search|vpc)-[\\w-]+\\.[a-z0-9-]+\\.es\\.amazonaws\\.com',
    '(?:es_rejected_execution|cluster_block|mapper_parsing|document_parsing|strict_dynamic_mapping|version_conflict_engine|index_not_found|circuit_breaking|search_phase_execution)_exception',
    'EsRejectedExecutionException',
    // X-Pack security's refusal names the action and the user: "action [indices:data/write/bulk] is
    // unauthorized for user [filebeat]" (a pasted line may wrap anywhere in it).
    'is unauthorized for\\s+(?:user|API key)\\s*\\[',
    // The OpenSearch / Open Distro security plugin's refusal: "no permissions for [indices:admin/create] and User [name=…]".
    'no permissions for \\[(?:indices|cluster):',
    // libbeat's Elasticsearch output (Filebeat, Metricbeat…) when a bulk request failed as a whole.
    'temporary bulk send failure',
    // The mapper's refusal of one document: 8.x "failed to parse field [f] of type [t]", before 7.x "failed to parse [f]".
    'failed to parse (?:field )?\\[[^\\]\\s]{1,200}\\]',
  ],
  bodyCodes: [
    'es_rejected_execution_exception',
    'cluster_block_exception',
    'mapper_parsing_exception',
    'document_parsing_exception',
    'strict_dynamic_mapping_exception',
    'version_conflict_engine_exception',
    'index_not_found_exception',
    'circuit_breaking_exception',
    'security_exception',
  ],
  rank: 100,
  links: {
    auth: `${DOCS}/security-api-create-api-key.html`,
    permissions: `${DOCS}/security-privileges.html`,
    plan: `${DOCS}/fix-watermark-errors.html`,
    validation: `${DOCS}/mapping.html`,
    outage: 'https://status.elastic.co',
    transient: `${DOCS}/rejected-requests.html`,
  },
  rules: [
    // ---------------------------------------------------------------- security_exception
    {
      id: 'elasticsearch/license',
      category: 'plan',
      cause: 'security_exception (license)',
      code: ['security_exception'],
      message: /current license is non-compliant for|license (?:is )?expired|not (?:available|allowed) (?:under|with) the current license/i,
      link: 'https://www.elastic.co/subscriptions',
      summary: 'Elasticsearch licence does not allow this (expired or non-compliant licence)',
      fix: 'Renew or upgrade the Elasticsearch licence (or subscription); pause the sync until then.',
    },
    // The same in prose, as Kibana and clients relay it ("Root causes: security_exception: current license is non-compliant…").
    {
      id: 'elasticsearch/license-message',
      category: 'plan',
      cause: 'security_exception (license)',
      message: /security_exception:? .{0,40}current license is non-compliant for|current license is non-compliant for \[/i,
      link: 'https://www.elastic.co/subscriptions',
      summary: 'Elasticsearch licence does not allow this (expired or non-compliant licence)',
      fix: 'Renew or upgrade the Elasticsearch licence (or subscription); pause the sync until then.',
    },
    {
      id: 'elasticsearch/unauthorized-action',
      category: 'permissions',
      cause: 'security_exception (unauthorized action)',
      code: ['security_exception'],
      message: /\bis unauthorized for (?:user|API key)\b/i,
      fieldFrom: /\baction \[([\w:/*]+)/,
      summary: 'Elasticsearch user lacks the privilege for `{field}`',
      fix: 'Give the sync user’s role the index privilege the message names (create_doc / index / write on the target index pattern, create_index for new indices).',
    },
    {
      id: 'elasticsearch/no-permissions-for',
      category: 'permissions',
      cause: 'security_exception (unauthorized action)',
      message: /\bno permissions for \[(?:indices|cluster):/i,
      fieldFrom: /\bno permissions for \[((?:indices|cluster):[\w:/*]+)/i,
      summary: 'Elasticsearch user lacks the privilege for `{field}`',
      fix: 'Give the sync user’s role the index privilege the message names (create_doc / index / write on the target index pattern, create_index for new indices).',
    },
    {
      id: 'elasticsearch/unauthenticated',
      category: 'auth',
      cause: 'security_exception (authentication)',
      code: ['security_exception'],
      message: /missing authentication credentials|unable to authenticate|failed to authenticate|authentication (?:failed|credentials)|api ?key (?:is |has )?(?:expired|been invalidated|invalid)|token (?:is )?expired|invalid (?:api key|credentials)/i,
      summary: 'Elasticsearch rejected the credentials (missing, wrong or expired password / API key)',
      fix: 'Update the user, password or API key of the Elasticsearch connection (Authorization: ApiKey <base64 id:key>); pause the sync until then.',
    },
    {
      id: 'elasticsearch/security-401',
      category: 'auth',
      cause: 'security_exception (authentication)',
      code: ['security_exception'],
      status: [401],
      summary: 'Elasticsearch rejected the credentials (missing, wrong or expired password / API key)',
      fix: 'Update the user, password or API key of the Elasticsearch connection; pause the sync until then.',
    },
    {
      id: 'elasticsearch/security-forbidden',
      category: 'permissions',
      cause: 'security_exception (forbidden)',
      code: ['security_exception'],
      summary: 'Elasticsearch user lacks a privilege for this request',
      fix: 'Give the sync user’s role the index or cluster privilege the request needs.',
    },
    // ---------------------------------------------------------------- cluster_block_exception
    {
      id: 'elasticsearch/flood-stage',
      category: 'plan',
      cause: 'cluster_block_exception (flood-stage disk watermark)',
      code: ['cluster_block_exception'],
      message: /flood[- ]stage|read[-_ ]only[-_ ]allow[-_ ]delete|\/12\/index read-only/i,
      link: `${DOCS}/fix-watermark-errors.html`,
      summary: 'Elasticsearch blocked writes: a node passed the flood-stage disk watermark',
      fix: 'Free or add disk (delete old indices, add nodes or storage, resize the deployment); writes resume once usage drops below the high watermark. Retrying before that only fails again.',
    },
    {
      id: 'elasticsearch/cluster-unavailable',
      category: 'outage',
      cause: 'cluster_block_exception (cluster not available)',
      code: ['cluster_block_exception'],
      message: /SERVICE_UNAVAILABLE\/\d+|no master|state not recovered/i,
      summary: 'Elasticsearch cluster not serving (no elected master or state not recovered)',
      fix: 'Nothing to fix in the sync: the cluster is down or recovering; check its health (and status.elastic.co) and resume when it is green.',
    },
    // No master elected (a split or lost quorum): every call answers 503 until one is.
    {
      id: 'elasticsearch/no-master',
      category: 'outage',
      cause: 'master_not_discovered_exception',
      code: ['master_not_discovered_exception'],
      summary: 'Elasticsearch cluster has no elected master',
      fix: 'Nothing to fix in the sync: the cluster lost its master quorum; check its health (and status.elastic.co) and resume when it is green.',
    },
    {
      id: 'elasticsearch/index-blocked',
      category: 'outage',
      cause: 'cluster_block_exception (index block)',
      code: ['cluster_block_exception'],
      link: `${DOCS}/index-modules-blocks.html`,
      summary: 'Elasticsearch index blocked for writes (an index write / read-only block is set)',
      fix: 'Writes fail until the block is lifted (index.blocks.write / read_only set by an operator, ILM or a shrink): remove it or write to another index; pause the sync until then.',
    },
    // ---------------------------------------------------------------- back-pressure
    {
      id: 'elasticsearch/rejected-execution',
      category: 'transient',
      cause: 'es_rejected_execution_exception',
      code: ['es_rejected_execution_exception'],
      link: `${DOCS}/rejected-requests.html`,
      summary: 'Elasticsearch write queue full (bulk rejected, HTTP 429)',
      fix: 'Retry with exponential backoff; lower bulk concurrency or size if it persists (the write thread pool queue is full).',
    },
    {
      id: 'elasticsearch/circuit-breaker',
      category: 'transient',
      cause: 'circuit_breaking_exception',
      code: ['circuit_breaking_exception'],
      link: `${DOCS}/circuit-breaker-errors.html`,
      summary: 'Elasticsearch circuit breaker tripped (node memory pressure)',
      fix: 'Retry with backoff; send smaller bulk requests if it persists, or give the nodes more heap.',
    },
    // ---------------------------------------------------------------- version conflicts
    {
      id: 'elasticsearch/document-exists',
      category: 'validation',
      cause: 'version_conflict_engine_exception (document already exists)',
      code: ['version_conflict_engine_exception'],
      message: /document already exists/i,
      summary: 'Elasticsearch document already exists (op_type create)',
      fix: 'Index (upsert) instead of create, or let Elasticsearch assign ids; retrying the create fails again.',
    },
    {
      id: 'elasticsearch/version-conflict',
      category: 'transient',
      cause: 'version_conflict_engine_exception',
      code: ['version_conflict_engine_exception'],
      link: `${DOCS}/optimistic-concurrency-control.html`,
      summary: 'Elasticsearch document changed since it was read (version conflict)',
      fix: 'Re-read the document and retry (retry_on_conflict for updates); serialise writes to the same id.',
    },
    // ---------------------------------------------------------------- the document
    {
      id: 'elasticsearch/mapping',
      category: 'validation',
      cause: '{code}',
      code: ['mapper_parsing_exception', 'document_parsing_exception', 'strict_dynamic_mapping_exception'],
      fieldFrom: FIELD,
      summary: 'Elasticsearch rejected the document: `{field}` does not fit the mapping ({code})',
      fix: MAPPING_FIX,
    },
    // Every Java API's exception name in snake case: Elasticsearch's only on its own lines.
    {
      id: 'elasticsearch/illegal-argument',
      category: 'validation',
      cause: '{code}',
      code: ['illegal_argument_exception', 'action_request_validation_exception'],
      destination: E,
      fieldFrom: FIELD,
      summary: 'Elasticsearch rejected the request or document ({code})',
      fix: 'Fix the document or request the reason names (a mapping change, the total fields limit, a malformed bulk body); retrying the same request fails again.',
    },
    {
      id: 'elasticsearch/index-not-found',
      category: 'validation',
      cause: 'index_not_found_exception',
      code: ['index_not_found_exception'],
      summary: 'Elasticsearch index does not exist',
      fix: 'Create the index (or its template / data stream), fix the index name in the connection, or allow auto-create (action.auto_create_index).',
    },
    // ---------------------------------------------------------------- as text (Java / Python / Ruby / Node lines)
    {
      id: 'elasticsearch/unauthorized-action-message',
      category: 'permissions',
      cause: 'security_exception (unauthorized action)',
      message: /\baction\s+\[[^\]]+\]{1,2}\s+is unauthorized for\s+(?:user|API key)\s*\[/i,
      fieldFrom: /\baction\s+\[([\w:/*]+)/,
      summary: 'Elasticsearch user lacks the privilege for `{field}`',
      fix: 'Give the sync user’s role the index privilege the message names (create_doc / index / write on the target index pattern, create_index for new indices).',
    },
    {
      id: 'elasticsearch/unauthenticated-message',
      category: 'auth',
      cause: 'security_exception (authentication)',
      message: /missing authentication credentials for REST request|unable to authenticate (?:user \[|with provided credentials)|AuthenticationException\(401/i,
      summary: 'Elasticsearch rejected the credentials (missing, wrong or expired password / API key)',
      fix: 'Update the user, password or API key of the Elasticsearch connection; pause the sync until then.',
    },
    {
      id: 'elasticsearch/flood-stage-message',
      category: 'plan',
      cause: 'cluster_block_exception (flood-stage disk watermark)',
      message: /\b(?:FORBIDDEN|TOO_MANY_REQUESTS)\/12\/(?:index read-only \/ allow delete|disk usage exceeded flood-stage watermark)|flood[- ]stage (?:disk )?watermark/i,
      link: `${DOCS}/fix-watermark-errors.html`,
      summary: 'Elasticsearch blocked writes: a node passed the flood-stage disk watermark',
      fix: 'Free or add disk (delete old indices, add nodes or storage, resize the deployment); writes resume once usage drops below the high watermark. Retrying before that only fails again.',
    },
    // Older clients print the block's Java class and its reasons: "ClusterBlockException: blocked by:
    // [SERVICE_UNAVAILABLE/1/state not recovered / initialized];[SERVICE_UNAVAILABLE/2/no master];".
    {
      id: 'elasticsearch/cluster-unavailable-message',
      category: 'outage',
      cause: 'cluster_block_exception (cluster not available)',
      message: /\bblocked by: \[SERVICE_UNAVAILABLE\/\d+\/(?:state not recovered|no master)/i,
      summary: 'Elasticsearch cluster not serving (no elected master or state not recovered)',
      fix: 'Nothing to fix in the sync: the cluster is down or recovering; check its health (and status.elastic.co) and resume when it is green.',
    },
    {
      id: 'elasticsearch/rejected-execution-message',
      category: 'transient',
      cause: 'es_rejected_execution_exception',
      message: /\bes_rejected_execution_exception\b|\bEsRejectedExecutionException\b|rejected execution of [^\n]{0,400}? on EsThreadPoolExecutor/i,
      link: `${DOCS}/rejected-requests.html`,
      summary: 'Elasticsearch write queue full (bulk rejected, HTTP 429)',
      fix: 'Retry with exponential backoff; lower bulk concurrency or size if it persists (the write thread pool queue is full).',
    },
    // libbeat logs this when a bulk request failed as a whole (connection lost, 429 or 5xx on the
    // request) and it will resend the batch; per-document refusals are logged apart.
    {
      id: 'elasticsearch/temporary-bulk-failure',
      category: 'transient',
      cause: 'temporary bulk send failure',
      message: /\btemporary bulk send failure\b/i,
      summary: 'Elasticsearch bulk request failed as a whole; the shipper resends it',
      fix: 'Retry with backoff; if it repeats, look at the cluster’s health and the shipper’s connection errors around it.',
    },
    {
      id: 'elasticsearch/circuit-breaker-message',
      category: 'transient',
      cause: 'circuit_breaking_exception',
      message: /\bcircuit_breaking_exception\b|\bCircuitBreakingException\b|\[parent\] Data too large, data for \[/i,
      link: `${DOCS}/circuit-breaker-errors.html`,
      summary: 'Elasticsearch circuit breaker tripped (node memory pressure)',
      fix: 'Retry with backoff; send smaller bulk requests if it persists, or give the nodes more heap.',
    },
    {
      id: 'elasticsearch/version-conflict-message',
      category: 'transient',
      cause: 'version_conflict_engine_exception',
      message: /version conflict, (?:current version|required seqNo)|\bVersionConflictEngineException\b(?![^\n]{0,200}document already exists)/i,
      link: `${DOCS}/optimistic-concurrency-control.html`,
      summary: 'Elasticsearch document changed since it was read (version conflict)',
      fix: 'Re-read the document and retry (retry_on_conflict for updates); serialise writes to the same id.',
    },
    {
      id: 'elasticsearch/mapping-message',
      category: 'validation',
      cause: 'mapping rejected the document',
      message: /\b(?:mapper_parsing|document_parsing|strict_dynamic_mapping)_exception\b|\b(?:MapperParsing|DocumentParsing|StrictDynamicMapping)Exception\b|failed to parse (?:field )?\[|mapping set to strict, dynamic introduction of \[|\bmapper \[[^\]]{1,200}\] (?:of different type, current_type \[|cannot be changed from type \[)|can(?:'|no)t merge a non[- ](?:object|nested) mapping \[/i,
      fieldFrom: FIELD,
      summary: 'Elasticsearch rejected the document: `{field}` does not fit the mapping',
      fix: MAPPING_FIX,
    },
    {
      id: 'elasticsearch/index-not-found-message',
      category: 'validation',
      cause: 'index_not_found_exception',
      message: /\bindex_not_found_exception\b|\bIndexNotFoundException\b|\bno such index \[/i,
      summary: 'Elasticsearch index does not exist',
      fix: 'Create the index (or its template / data stream), fix the index name in the connection, or allow auto-create (action.auto_create_index).',
    },
  ],
  lateRules: [
    // The client's verdict that no node answers, when no network cause beside it decided first.
    {
      id: 'elasticsearch/no-living-connections',
      category: 'outage',
      cause: 'no living connections',
      message: /No Living connections|NoLivingConnectionsError|NoNodeAvailableException|None of the configured nodes are available|Elasticsearch unreachable|Elasticsearch appears to be unreachable or down|Could not communicate to Elasticsearch|No alive nodes found in your cluster|Failed to connect to Elasticsearch|Couldn't start ElasticsearchSinkTask due to connection error/i,
      summary: 'No Elasticsearch node reachable (all marked dead by the client)',
      fix: 'Check that the cluster is up and reachable from the sync (host, port, TLS, firewall, status.elastic.co); resume when it answers.',
    },
  ],
};
