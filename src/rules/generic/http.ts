import type { Rule, RulePack } from '../rule.js';

/**
 * The last resorts: generic codes, messages every API and proxy uses, then the HTTP status.
 * The status decides only when nothing more specific did (a 403 may be auth, permissions, plan
 * or a rate limit, and the provider packs above know which).
 */

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

const codes: Rule[] = [
  {
    // Shopify GraphQL's extensions.code and Klaviyo's JSON:API code: the same word, so no provider's.
    id: 'http/throttled-code',
    category: 'transient',
    cause: 'THROTTLED',
    code: ['THROTTLED'],
    summary: 'Rate limited',
    fix: 'Retry with backoff; lower query cost or concurrency.',
  },
  {
    id: 'http/rate-limit-code',
    category: 'transient',
    cause: 'rate limit',
    code: ['rate_limit', 'rate_limited', 'ratelimited', 'rate_limit_exceeded', 'too_many_requests', 'throttled', 'throttling', 'TooManyRequestsException', 'ThrottlingException', 'RequestLimitExceeded', 'SlowDown'],
    summary: 'Rate limited',
    fix: 'Retry with backoff; lower concurrency and honour Retry-After if it persists.',
  },
  {
    id: 'http/not-found-code',
    category: 'validation',
    cause: 'not found',
    code: ['not_found', 'NOT_FOUND', 'resource_not_found', 'record_not_found', 'notFound', 'ResourceNotFound'],
    summary: 'Record or resource not found at the destination',
    fix: 'Re-resolve the destination ids (deleted or merged records) or fix the object / endpoint in the connection.',
  },
  {
    id: 'http/conflict-code',
    category: 'validation',
    cause: 'conflict',
    code: ['conflict', 'duplicate', 'already_exists', 'duplicate_record', 'duplicate_value'],
    summary: 'Record already exists (duplicate)',
    fix: 'Upsert on a unique key instead of creating, or dedupe the source.',
  },
  // GraphQL answers a query the schema rejects with HTTP 200 and errors[] (graphql-js / Apollo
  // GRAPHQL_VALIDATION_FAILED, graphql-ruby and Shopify's undefinedField): the sync's query or
  // mapping names a field or type the API does not have.
  {
    id: 'http/graphql-validation-code',
    category: 'validation',
    cause: '{code}',
    // (graphql-ruby's undefinedField is Jobber's and Shopify's own word: their modules and the
    // message rule below decide it.)
    code: ['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'missingRequiredArguments', 'argumentLiteralsIncompatible'],
    summary: 'The GraphQL query asks for a field or type the API does not have ({code})',
    fix: 'Fix the query or the field mapping for the API version the connection uses (fields are renamed and removed between versions).',
  },
  {
    id: 'http/validation-code',
    category: 'validation',
    cause: 'validation',
    code: ['validation_error', 'validation_failed', 'invalid_parameter', 'invalid_params', 'invalid_request_body', 'unprocessable_entity', 'bad_request', 'invalid_input', 'invalid', 'invalid_value', 'missing_field', 'required_field_missing'],
    summary: 'Destination rejected the payload',
    fix: 'Fix the mapping or the source values (the sample shows the destination’s message).',
  },
];

const messages: Rule[] = [
  // graphql-js / graphql-ruby wording of a query the schema rejects (the same answer without a code).
  // Clients made by openapi-generator refuse a call before sending it: "RequiredError: Required
  // parameter id was null or undefined when calling getDeal." The record lacks a mapped value.
  {
    id: 'http/required-parameter',
    category: 'validation',
    cause: 'required parameter missing',
    message: /\bRequired parameter [\w.]{1,80} was null or undefined when calling \w/,
    fieldFrom: /\bRequired parameter ([\w.]{1,80}) was null or undefined/,
    summary: 'A required parameter (`{field}`) was empty, so the client did not send the call',
    fix: 'Map a value for `{field}` (the record lacks it, or an earlier lookup returned nothing); retrying the same record fails again.',
  },
  {
    id: 'http/graphql-validation-message',
    category: 'validation',
    cause: 'GraphQL query invalid',
    message: /\bField '[^']{1,100}' doesn't exist on type '|\bCannot query field "[^"]{1,100}" on type "|\bUnknown type '[^']{1,100}'/,
    summary: 'The GraphQL query asks for a field or type the API does not have',
    fix: 'Fix the query or the field mapping for the API version the connection uses (fields are renamed and removed between versions).',
  },
  // A runtime's own quota that happens to mention a provider URL is not the provider's quota.
  {
    id: 'http/runtime-quota',
    category: 'plan',
    cause: 'sync runtime quota',
    // Cloud Functions without billing: "Billing account not configured. External network is not accessible…".
    message: /Bandwidth quota exceeded|Service invoked too many times|Exceeded maximum execution time|URLFetch (?:quota|limit)|Billing account not configured\. External network is not accessible/i,
    summary: 'The sync runtime’s own quota was exceeded (not the destination’s)',
    fix: 'Raise or wait out the runtime’s quota (its daily URL-fetch / bandwidth cap); the destination did not refuse anything.',
  },
  {
    id: 'http/daily-quota-message',
    category: 'plan',
    cause: 'daily quota',
    message: /\bdaily (?:[\w-]+ )?(?:limit|quota|cap)\b|quota exceeded for .{1,80} per day|exceeded (?:your|the) (?:monthly|daily) (?:limit|quota)|monthly (?:api |usage )?(?:limit|quota)|\bmaximum number of [\w ]{0,60}requests? (?:every|per|a) day\b|\b(?:reached|exceeded) the free usage limit\b[^\n]{0,80}\b(?:today|per day|daily)\b/i,
    summary: 'Daily or monthly API quota exhausted',
    fix: 'Pause until the quota resets or raise it with the destination; retrying now only burns calls.',
  },
  // A bare "Quota exceeded" is the account's allowance (Firestore, Honeybadger…); "Quota exceeded
  // for …" names its limit (Google's "for quota metric …", "for metric: …"), which the Google rules
  // read (a per-minute one is a rate limit), and a window named with it is a rate limit too.
  {
    id: 'http/plan-message',
    category: 'plan',
    cause: 'plan limit',
    message: /payment required|subscription (?:has )?(?:expired|is inactive|required|needed)|upgrade (?:your|the) (?:plan|subscription|account)|not (?:available|included) (?:on|in) (?:your|the) (?:current )?plan|not (?:accessible|available) (?:to|for|on) (?:unpaid|free|trial) (?:accounts?|plans?|tiers?)|requires? a paid (?:plan|account|subscription)|only available (?:for|to|on|with) (?:a )?(?:paid|premium|pro|business|enterprise) (?:accounts?|plans?|users?|subscriptions?)|storage limit (?:reached|exceeded)|storage_limit_exceeded|storage quota (?:limit|exceeded)|locked (?:due to|because of) (?:a )?billing|billing (?:is |has been )?disabled|has billing disabled|billing must be enabled|billing account .{0,60}(?:is )?not found|client-not-enrolled|appropriate level of API access|not on a plan that (?:allows|includes|supports)|credit balance is too low|insufficient (?:credits|credit balance|funds in your account)|must enable billing|enable billing on|custom quota exceeded|trial (?:has )?expired|Active subscription needed|billing account (?:is )?not (?:configured|enabled|linked)|billing (?:is )?not enabled|suspended (?:due to|for) (?:(?:a )?lack of |non-?|missing )?payment|exceeded (?:your|the) (?:messaging|sending|email|credit|usage) limits?|upgrade to a paid (?:plan|account|tier|subscription)|your plan (?:permits|allows|includes) (?:you to|only|up to)|(?:not (?:available|supported|allowed|permitted)|unavailable) (?:with|on|for|in) (?:a |the |your )?(?:free|unpaid|trial)\b|\b(?:Premium|Pro|Enterprise|Business) (?:Tier|plan) is (?:disabled|required)|\baccount (?:is )?over (?:its |the )?quota\b|exceeds your quota of \d+|\byou have 0 credits remaining|during your (?:test|trial) period|(?:limitation|limits?) of your subscription|\b(?:response|request|transaction|call) limit (?:exceeded|reached) for your plan|\bout of call volume quota\b|\bnot (?:allowed|supported|permitted|available) (?:in|on|for) the free tier\b|\b(?:account )?payments? (?:have |has )?failed\b|\bspending limit (?:needs to be increased|(?:has been )?reached|exceeded)\b|\b(?:reached|exceeded) (?:its|your) (?:[\w-]+ )?quota limit\b|\bchange your (?:account )?plan\b|\bincrease your quota limit\b|\bexc?eeded your available storage\b|\bmust be on (?:the|a) [\w-]+(?: \([^)]{0,40}\))? plan\b|\bsubscription (?:'[^']{1,80}' )?is disabled\b|\bSubscriptionRequiredException\b|\bneeds a subscription for the service\b|\bNotSignedUp\b|\bnot signed up for the [\w ]{1,40} service\b|\bOptInRequired\b|\binsufficient[ _.]?balance\b|\bbalance (?:of (?:the |your )?account )?is not enough\b|\bexceeded (?:its |the |your |current )(?:monthly )?limit of [\d,]+ (?:messages|emails|notifications|SMS|texts)\b|\brequires more credits\b|\badd more credits\b|\bThe specified account is disabled\b|\bsubscription is (?:required|currently expired)\b|\b(?:does not|doesn't) have a valid [\w ]{0,30}subscription\b|\bnot supported by your (?:current )?plan\b|\b(?:limit|maximum)[\w ]{0,40} (?:on|of|for|in) (?:the|your) free (?:plan|tier)\b|\b(?:do not|don't) have enough credits?\b|\bnot enough credits?\b|\byour account is limited to \d+\b|\b(?:subscription|plan|account)\b[^.]{0,40}\bmust be upgraded\b|\bno quota left\b|\b(?:hit|reached|exceeded) (?:your|the) (?:account'?s? )?(?:contact|subscriber|seat|user|member|audience|profile)s? (?:limit|cap)\b|\busage cap exceeded\b|\bmonthly (?:product |usage |post |tweet )?cap\b|\bno payment (?:information|method) (?:was )?(?:found|on file)\b|\blimit[,.;:]? (?:please )?upgrade\b|\b(?:free|trial|current) plan limit (?:reached|exceeded)\b|\bupgrade to continue\b|\busage limits? (?:for [\w ]{1,40} )?(?:have|has) been exceeded\b|\bexceed(?:ed)?_\w{0,30}quota\b|\bExceeded limit '\w*QUOTA\w*'|\b(?:account |subscription |product )?licen[cs]e (?:has )?expired\b|\bquota exceeded\b(?!\s+for\b)(?![^\n]{0,300}?\b(?:per (?:second|minute|100 seconds)|per user per 100|USER-100s|per-minute|per-second)\b)/i,
    summary: 'Destination plan or subscription does not allow this',
    fix: 'Upgrade or renew the destination subscription; pause the sync if every record is affected.',
  },
  // A rate limit whose wait is an hour or more is a quota for the day (or the hour) used up, not a
  // burst (design: "plan for a daily or monthly cap that will not reset soon"): Home Connect's
  // 1,000 calls a day answer 429 with Retry-After near a day; clients log "Sleeping for 76803 seconds".
  {
    id: 'http/rate-limit-long-wait',
    category: 'plan',
    cause: 'rate limit with a wait of an hour or more',
    message:
      /^(?=[\s\S]{0,1500}?(?:\b429\b|too many requests|rate[- ]?limit|quota))[\s\S]{0,1500}?(?:(?:sleep|wait|retry|try again|back ?off|resum)\w*\s+(?:for|in|after)\s+(?:(?:[4-9]\d{3}|3[6-9]\d\d|[1-9]\d{4,})(?:\.\d+)?\s*(?:s|secs?|seconds?)\b|[1-9]\d{0,3}(?:\.\d+)?\s*(?:hours?|hrs?)\b)|retry-after:?\s*(?:[4-9]\d{3}|3[6-9]\d\d|[1-9]\d{4,})\b)/i,
    summary: 'Rate limited until a long window resets (a daily or hourly quota used up)',
    fix: 'The provider asks to wait an hour or more: the quota for the day (or hour) is used up. Lower the sync’s call volume or raise the quota; retrying sooner only fails again.',
  },
  {
    id: 'http/rate-limit-message',
    category: 'transient',
    cause: 'rate limit',
    // "rate limit" alone is telemetry ("rate limit headroom"); a hit says limited / exceeded / reached.
    message: /rate[- ]?limit(?:ed|s? (?:exceeded|reached|hit)|ing)|exceeded (?:the |your |a |an )?(?:[\w-]+ )?rate[- ]?limit|rate exceeded|RateLimit(?:Exceeded|Error)|too many (?:[\w-]+ ){0,2}requests|too_many_requests|throttl(?:ed|ing)|limit '\d+' (?:exceeded|reached)|concurren\w* (?:access |requests? )?limit|exceeded the (?:available |maximum )?(?:number of )?concurrent (?:connections|requests|sessions)|concurrent (?:connections|requests|sessions) limit (?:exceeded|reached)|calls in the past \d+ seconds|MailboxConcurrency|request limit exceeded|exceeded .{0,40}calls per|maximum number of (?:api )?(?:requests|calls) (?:\w+ ){0,2}(?:reached|exceeded)|slow down|retry-after|backing off|\b429\b|\btemporarily blocked\b|\bexcessive (?:API )?(?:token )?requests\b|\bover (?:the )?QPS\b|_OVER_QPS\b/i,
    summary: 'Rate limited',
    fix: 'Retry with backoff; lower concurrency and honour Retry-After if it persists.',
  },
  // A token that is valid but lacks a scope is permissions, even when the message calls it invalid:
  // "Invalid access token, does not contain scopes: [user:read]".
  {
    id: 'http/scope-message',
    category: 'permissions',
    cause: 'missing scope',
    message: /\bmissing_scopes?\b|\bdoes not (?:contain|include|have) (?:the )?(?:required |requested |necessary )?scopes?\b|\b(?:missing|insufficient|lacks?(?: the)?) (?:required |necessary |oauth |api )?scopes?\b|\bscopes? (?:is |are )?(?:missing|not granted|insufficient)\b|\blacks? access to (?:the )?(?:required |requested |necessary )?scopes?\b|\bdoes not have (?:sufficient|the required|enough) scopes?\b|\bauthori[sz]e (?:your|the) (?:application|app|client) for the following scopes\b|\b(?:is ?n[o']t|not) assigned to the (?:appropriate|required|right) scopes?\b/i,
    summary: 'Token lacks a required scope',
    fix: 'Reauthorise the connection with the missing scope (or add it to the app); keep syncing unaffected records.',
  },
  {
    id: 'http/auth-message',
    category: 'auth',
    cause: 'invalid credentials',
    // "Invalid OAuth access token" (Meta), "Error validating access token" (Meta Graph code 190),
    // "Incorrect username or password was specified" (Snowflake), "Invalid username or password".
    message: /(?:access|auth|bearer|oauth|api|refresh) ?(?:token|key) (?:has |is )?(?:been )?(?:expired|invalid|revoked|not valid)|(?:expired|invalid|revoked) (?:(?:access|refresh|oauth|api|bearer|auth|id) ){0,2}(?:token|api key|credentials)|token has been expired or revoked|\btoken is (?:invalid or expired|expired or invalid)\b|error validating (?:the )?(?:access token|application|client secret)|(?:incorrect|invalid|wrong|bad) (?:user ?name|user id|login|e-?mail(?: address)?)(?: or |\/| and )password|(?:user ?name|login|e-?mail) or password (?:is |was |were )?(?:incorrect|invalid|wrong)|authentication (?:failed|failure|required)|could not verify that you are authori[sz]ed|unable to (?:load|locate) (?:AWS )?credentials|could not load credentials from any providers|invalid cred(?:ential)?s\b|could not authenticate|not authenticated|unauthori[sz]ed|Missing Authentication Token|login failed|invalid api key|credentials (?:were )?(?:not found|missing|not provided)|bad credentials|password authentication failed|api key (?:"[^"\n]{0,80}" )?is invalid|(?:api|app api) key (?:is |was )?(?:not set|missing|not provided)|no api key (?:was )?provided|security token included in the request is (?:invalid|expired)|\bInvalidClientTokenId\b|\bUnrecognizedClientException\b|\bExpiredToken(?:Exception)?\b|\bAll configured authentication methods failed\b|\bServer failed to authenticate the request\b|\bapi key not valid\b|\bcredentials (?:are|were) incorrect\b|\b(?:username|user name) and password not accepted\b|\b535[ -]5\.7\.8\b|\b(?:secret|access|app) key (?:provided )?is invalid\b|\binvalid login token\b|\bSSO session\b[^.\n]{0,60}\bhas expired\b|\bToken has expired and refresh failed\b/i,
    summary: 'Credentials rejected',
    fix: 'Reconnect the destination account or replace the key; pause the sync until then.',
  },
  // Expiry said without naming which token ("Lifetime validation failed, the token is expired",
  // "Session has expired"). Tokens and sessions that are not credentials (a sync/delta/page token,
  // a Checkout or upload session, a password-reset token) are a resync or a retry, not a reconnect.
  {
    id: 'http/expired-message',
    category: 'auth',
    cause: 'token or session expired',
    message:
      /\bLifetime validation failed|\bIDX10223\b|(?<!\b(?:sync|delta|page|continuation|cursor|next|reset|verification|confirmation|invit(?:e|ation)|card|upload|download|csrf|xsrf|share|sas)[ _-]?)\btoken (?:is |has )(?:been )?expired|(?<!\b(?:checkout|upload|download|payment|resumable|import|export|batch|bulk|job|transfer|streaming|query|copy|browser|cart)[ _-]?)\bsession (?:has |is )?(?:been )?expired|\b(?:password|credentials?) (?:has |have |is )?(?:been )?expired/i,
    summary: 'Access token or session expired',
    fix: 'Reconnect the destination account (refresh the token or sign in again); pause the sync until then.',
  },
  // HTTP 401 means the request was not authenticated (RFC 9110 §15.5.2), whatever its body says:
  // "Permission denied, wrong credentials", "<H1>401: Access Denied</H1>", "You are not authorized to view this resource".
  {
    id: 'http/401-permission-wording',
    category: 'auth',
    cause: 'invalid credentials',
    status: [401],
    message: /permission denied|access (?:is )?denied|forbidden|not (?:authori[sz]ed|allowed|permitted) to/i,
    summary: 'Credentials rejected',
    fix: 'Reconnect the destination account or replace the key; pause the sync until then.',
  },
  {
    id: 'http/permission-message',
    category: 'permissions',
    cause: 'permission denied',
    message: /insufficient (?:[\w-]+ )?(?:privileges|permissions?|scopes?|access)|permission denied|access (?:is )?denied|not (?:authorized|allowed|permitted) to(?! be (?:empty|blank|null)\b)|does not have (?:the )?(?:required )?(?:permission|access|scope)|missing (?:required )?(?:scopes?|permissions?)|forbidden|\bdoes not have authorization to perform\b|\b(?:don'?t|do not|doesn'?t|does not) have (?:the )?permission to\b|\black(?:s|ing)? (?:the )?(?:required |necessary )?permissions?\b|\bNo privilege '\w{1,40}' found for\b/i,
    summary: 'Connected user or app lacks permission',
    fix: 'Grant the needed role or scope to the connected user or app; keep syncing unaffected records.',
  },
  {
    id: 'http/server-error-message',
    category: 'transient',
    cause: 'server error',
    message: /internal (?:server )?error|service unavailable|bad gateway|gateway time-?out|server error|temporarily unavailable|try again later|\bretry (?:your|the) request later\b|\ba race condition occurred\b|\ba temporary (?:failure|error|problem|issue) (?:occurred|has occurred|happened)/i,
    summary: 'Destination server error',
    fix: 'Retry with backoff; if it persists for the whole run, check the destination’s status page.',
  },
  {
    // A record the destination already holds: its own cause (match on it or drop it), apart from
    // values that break the schema.
    id: 'http/duplicate-message',
    category: 'validation',
    cause: 'duplicate',
    message: /\balready exists\b|\bduplicate (?:record|value|key|entry|contact|email|id)\b|\bDUPLICATE_VALUE\b|\bunique constraint\b/i,
    summary: 'Record already exists at the destination (duplicate)',
    fix: 'Match on the existing record (upsert by an external id) or drop the duplicate from the source; retrying as is will not help.',
  },
  // Python's jsonschema (Singer and Meltano targets validate each record with it before loading):
  // `jsonschema.exceptions.ValidationError: '20:20:39' is not a 'time'`, then `Failed validating
  // 'format' in schema['properties']['col']` and `On instance['col']`. Its wording (python-jsonschema's
  // _keywords.py): "is not of type", "is a required property", "Additional properties are not allowed".
  {
    id: 'http/json-schema-validation',
    category: 'validation',
    cause: 'JSON Schema validation',
    message: /\bjsonschema(?:\.exceptions)?\.ValidationError\b|\bFailed validating '\w+' in (?:schema|metaschema)\b|\bis not of type '(?:string|integer|number|boolean|object|array|null)'|'[^'\n]{1,100}' is a required property\b|Additional properties are not allowed \(/,
    fieldFrom: /\['properties'\]\['([^'\]]{1,100})'\]|On instance\['([^'\]]{1,100})'\]|'([^'\n]{1,100})' is a required property\b/,
    summary: '`{field}`: record does not match the JSON Schema',
    fix: 'Fix the source value or the stream’s schema (type, format, required properties) for the field; retrying the same record fails again.',
  },
  {
    id: 'http/validation-message',
    category: 'validation',
    cause: 'validation',
    message: /validation (?:failed|error)|is required|\bnot specified\b|not properly defined|should be (?:specified|provided|set)\b|\bunpermitted parameters?\b|is invalid|is not valid|not a valid|can(?:not|'t| not) be (?:null|empty|blank)|must be (?:specified|provided|set)|invalid (?:value|format|email|date|phone|number|input|field|post(?:al)? ?code|zip(?: ?code)?|address|country(?: code)?|currency|url)\b|\bshould be in (?:the )?format\b|must be (?:a|an|one of|at|less|greater|between|unique)|can(?:no|')t be blank|is not a valid|does not exist|unknown (?:field|property|attribute|column)|malformed|too long|\b(?:result|response|request|payload|query|entity) is too large\b|\b(?:parameters?|arguments?|values?|inputs?) (?:supplied |provided |given )?(?:is|are|was|were) (?:invalid|not valid)\b|\bmust be filled\b|duplicate|has already been taken|missing required (?:[`'"][\w.[\]-]{1,100}[`'"] )?(?:param(?:eter)?|field|property|attribute)|required fields? (?:are|is) missing|required (?:param(?:eter)?|field) (?:is )?missing|violates (?:not-null|unique|foreign key|check) constraint|\b(?:year|month|day|hour|minute|second|date|time|timestamp|value)\b[^.\n]{0,60}? (?:is )?out of (?:range|bounds)\b/i,
    summary: 'Destination rejected the payload',
    fix: 'Fix the mapping or the source values (the sample shows the destination’s message).',
  },
];

const statuses: Rule[] = [
  { id: 'http/401', category: 'auth', cause: 'HTTP 401', status: [401, 407], summary: 'Unauthorized (HTTP {status})', fix: 'Reconnect the destination account or replace the key; pause the sync until then.' },
  { id: 'http/402', category: 'plan', cause: 'HTTP 402', status: [402], summary: 'Payment required (HTTP 402)', fix: 'Settle billing or upgrade the destination plan; pause the sync until then.' },
  { id: 'http/403', category: 'permissions', cause: 'HTTP 403', status: [403], summary: 'Forbidden (HTTP 403)', fix: 'The body did not say why: check the connected user’s roles and scopes, then the plan.' },
  { id: 'http/404', category: 'validation', cause: 'HTTP 404', status: [404, 410], summary: 'Not found (HTTP {status})', fix: 'Re-resolve the destination ids (deleted records) or fix the object / endpoint in the connection.' },
  { id: 'http/409', category: 'validation', cause: 'HTTP 409', status: [409], summary: 'Conflict (HTTP 409): record already exists or changed', fix: 'Upsert on a unique key instead of creating, or dedupe the source.' },
  { id: 'http/413', category: 'validation', cause: 'HTTP 413', status: [413, 414, 431], summary: 'Request too large (HTTP {status})', fix: 'Lower the batch size or trim large fields.' },
  { id: 'http/transient-4xx', category: 'transient', cause: 'HTTP {status}', status: [408, 423, 425, 429, 499], summary: 'Temporary refusal (HTTP {status})', fix: 'Retry with backoff; honour Retry-After.' },
  { id: 'http/451', category: 'permissions', cause: 'HTTP 451', status: [451], summary: 'Unavailable for legal reasons (HTTP 451)', fix: 'The destination blocks this data or region; contact its support.' },
  { id: 'http/507', category: 'plan', cause: 'HTTP {status}', status: [507, 509], summary: 'Storage or bandwidth quota reached (HTTP {status})', fix: 'Free space or raise the quota.' },
  { id: 'http/down', category: 'outage', cause: 'HTTP {status}', status: [521, 522, 523, 525, 526, 530], summary: 'Destination unreachable behind its CDN (HTTP {status})', fix: 'Nothing to fix: the destination is down; check its status page and resume when it is back.' },
  { id: 'http/not-implemented', category: 'validation', cause: 'HTTP {status}', status: [501, 505], summary: 'Endpoint or method not supported (HTTP {status})', fix: 'The connection calls an endpoint the destination does not support; fix its configuration.' },
  { id: 'http/4xx', category: 'validation', cause: 'HTTP {status}', status: range(400, 499), summary: 'Request rejected (HTTP {status})', fix: 'Fix the mapping or the source values (the sample shows the destination’s message).' },
  { id: 'http/5xx', category: 'transient', cause: 'HTTP {status}', status: range(500, 599), summary: 'Server error (HTTP {status})', fix: 'Retry with backoff; if it persists for the whole run, check the destination’s status page.' },
];

export const http: RulePack = { name: 'http', rules: [...codes, ...messages, ...statuses] };
