import { describe, expect, it } from 'vitest';
import { condenseTrace, EventJoiner } from '../../src/events/joiner.js';
import type { LogEvent } from '../../src/types.js';
import { extractEvent } from '../../src/extract/extract.js';

/** Lines in, events out: each case names the head lines of the events and how many lines each spans. */
function join(text: string, limits?: { maxLines: number; maxChars: number }): Array<{ line: number; lines: number; text: string }> {
  const out: Array<{ line: number; lines: number; text: string }> = [];
  const j = new EventJoiner((e: LogEvent) => out.push({ line: e.lineNo, lines: e.lines, text: e.text }), limits);
  text.split('\n').forEach((t, i) => j.push({ input: 'x', lineNo: i + 1, text: t, truncated: false }));
  j.flush();
  return out;
}

const cases: Array<{ name: string; log: string[]; events: Array<[head: number, lines: number]>; kept?: string[]; dropped?: string[] }> = [
  {
    name: 'a JSON body a terminal hard-wrapped after a stamped line: the unstamped lines up to its closing bracket',
    log: [
      '2026-11-02T18:03:21.874Z        ERROR   pipeline/output.go:121  Failed to publish ',
      'events: 403 Forbidden: {"error":{"root_cause":[{"type":"security_exception",',
      '"reason":"action [cluster:admin/xpack/monitoring/bulk] is unauthorized for user',
      ' [filebeat]"}],"type":"security_exception"},',
      '"status":403}',
      'unstamped prose after the body',
      '2026-11-02T18:03:22.000Z        INFO    next line',
    ],
    events: [[1, 5], [6, 1], [7, 1]],
    kept: ['is unauthorized for user'],
  },
  {
    name: "Meltano relays a plugin's exception line by line: a relayed line ending on a colon goes on in the next relayed line",
    log: [
      "2023-07-27T21:47:56.012960Z [info     ] snowflake.connector.errors.ProgrammingError: 002003 (02000): 01ad: SQL compilation error: cmd_type=elb consumer=True name=target-snowflake producer=False stdio=stderr string_id=target-snowflake",
      "2023-07-27T21:47:56.013154Z [info     ] Schema 'SALES.NONE' does not exist or not authorized. cmd_type=elb consumer=True name=target-snowflake producer=False stdio=stderr string_id=target-snowflake",
      '2023-07-27T21:47:56.013340Z [info     ] Loading batch 12 cmd_type=elb consumer=True name=target-snowflake producer=False stdio=stderr string_id=target-snowflake',
      '2023-07-27T21:47:57.000000Z [info     ] Schema message: cmd_type=elb consumer=True name=target-snowflake producer=False stdio=stderr string_id=target-snowflake',
      '2023-07-27T21:47:57.100000Z [info     ] Incremental state has been updated',
    ],
    events: [[1, 2], [3, 1], [4, 1], [5, 1]],
    kept: ["Schema 'SALES.NONE' does not exist"],
  },
  {
    name: 'NDJSON lines never open a body, even one cut short',
    log: ['{"level":"error","msg":"cut short","body":{"a":[1,', '{"level":"info","msg":"next"}'],
    events: [[1, 1], [2, 1]],
  },
  {
    name: "MySQL Connector/J's second paragraph, after a blank line, is the same error",
    log: [
      '11:29:14,114 ERROR Maxwell - SQLException: Communications link failure',
      '',
      'The last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server.',
      '11:29:15,000 INFO Maxwell - shutting down',
    ],
    events: [[1, 3], [4, 1]],
    kept: ['has not received any packets'],
  },
  {
    name: 'a long exception line a terminal wrapped when pasted: the lower-case rest after a trailing space is the same line',
    log: [
      'google.api_core.exceptions.BadRequest: 400 Error while reading data, error message: Error ',
      'detected while parsing row starting at position: 0. Error: Bad character (ASCII 0) encountered.',
      'next line of the log',
    ],
    events: [[1, 2], [3, 1]],
    kept: ['Bad character'],
  },
  {
    name: 'no trailing space, or an upper-case next line: not a wrap',
    log: [
      'google.api_core.exceptions.BadRequest: 400 Error while reading data, error message: Error',
      'detected while parsing row starting at position: 0.',
      'google.api_core.exceptions.BadRequest: 400 Error while reading data, error message: Error ',
      'Sync finished with 1 error.',
    ],
    events: [[1, 1], [2, 1], [3, 1], [4, 1]],
  },
  {
    name: "dbt's `Runtime Error in model` head: its message follows on unstamped lines",
    log: [
      'Runtime Error in model orders (models/orders.sql)',
      '503 GET https://bigquery.googleapis.com/bigquery/v2/projects/p/jobs/j?location=US: ',
      'Visibility check was unavailable. Please retry the request',
      '',
      '12:00:03 [info] Done. PASS=3 WARN=0 ERROR=1 SKIP=0 TOTAL=4',
    ],
    events: [[1, 3], [4, 1], [5, 1]],
    kept: ['503 GET', 'Visibility check'],
  },
  {
    name: 'a PowerShell error record: position, source echo and underline are frames; the category and error id are kept',
    log: [
      'Error finalizing order',
      'At C:\\Modules\\Posh-ACME\\Private\\Invoke-ACME.ps1:159 char:9',
      '+         throw [AcmeException]::new($acmeError.detail,$acmeError)',
      '+         ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~',
      '    + CategoryInfo          : OperationStopped: (:) [], AcmeException',
      '    + FullyQualifiedErrorId : Error finalizing order',
      'next',
    ],
    events: [[1, 6], [7, 1]],
    kept: ['AcmeException', 'FullyQualifiedErrorId'],
    dropped: ['Invoke-ACME.ps1', 'throw [AcmeException]'],
  },
  {
    name: "a relay's `[error] ` prefix on every line of a pretty-printed body: the body stays with its exception",
    log: [
      'com.google.api.client.googleapis.json.GoogleJsonResponseException: 400 Bad Request',
      '[error] POST https://sheets.googleapis.com/v4/spreadsheets/x/values/A1:append',
      '[error] {',
      '[error]   "code" : 400,',
      '[error]   "errors" : [ {',
      '[error]     "reason" : "badRequest"',
      '[error]   } ],',
      '[error]   "status" : "INVALID_ARGUMENT"',
      '[error] }',
      '[error] next failure',
    ],
    events: [[1, 9], [10, 1]],
    kept: ['INVALID_ARGUMENT'],
  },
  {
    name: 'an XML error body under the status line it explains (boto)',
    log: ['AWS API Error: BotoServerError: 403 Forbidden', '<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">', '  <Error>', '    <Code>ExpiredToken</Code>', '  </Error>', '</ErrorResponse>', 'done'],
    events: [[1, 6], [7, 1]],
    kept: ['ExpiredToken'],
  },
  {
    name: "an OpenAPI-generated client's exception: reason, headers and body lines go with it",
    log: ['pinecone.core.client.exceptions.ApiException: (400)', 'Reason: Bad Request', "HTTP response headers: HTTPHeaderDict({'content-type': 'text/plain'})", 'HTTP response body: The index exceeds the project quota of 1 pods by 1 pods.', 'next'],
    events: [[1, 4], [5, 1]],
    kept: ['exceeds the project quota'],
  },
  {
    name: "fluentd's stamped [warn]: #0 lines: the Ruby frames after the error are its frames, the next message is not",
    log: [
      '2024-03-01 10:00:00 +0000 [warn]: #0 failed to flush the buffer. error_class="Aws::S3::Errors::AccessDenied" error="Access Denied"',
      '2024-03-01 10:00:00 +0000 [warn]: #0 /usr/lib/ruby/gems/3.1.0/gems/aws-sdk-core-3.1/lib/seahorse/client/plugins/raise_response_errors.rb:17:in `call\'',
      '2024-03-01 10:00:00 +0000 [warn]: #0 /usr/lib/ruby/gems/3.1.0/gems/aws-sdk-s3-1.1/lib/aws-sdk-s3/plugins/sse_cpk.rb:24:in `call\'',
      '2024-03-01 10:00:01 +0000 [info]: #0 retry succeeded. chunk_id="5f1"',
    ],
    events: [[1, 3], [4, 1]],
    dropped: ['raise_response_errors.rb'],
  },
  {
    name: 'an XML error body printed one element a line is one event, up to its root closing tag',
    log: ['<?xml version="1.0" encoding="UTF-8"?>', '<Error>', '<Code>AccessDenied</Code>', '  <Message>Access Denied</Message>', '<RequestId>4F26</RequestId>', '</Error>', '<p>next</p>'],
    events: [[1, 6], [7, 1]],
    kept: ['<Code>AccessDenied</Code>'],
  },
  {
    name: "Spring Boot's 'PID --- [thread] logger : ' prefix: an unstamped exception under a WARN line is its own",
    log: [
      '2026-07-13 13:30:30.803  WARN 20594 --- [ad | producer-1] o.a.k.clients.producer.internals.Sender  : [Producer clientId=producer-1] Got error produce response, retrying',
      'org.apache.kafka.common.errors.NetworkException: The server disconnected before a response was received.',
      '2026-07-13 13:30:58.294  INFO 20594 --- [main] c.e.sync.Worker                          : next batch',
    ],
    events: [[1, 2], [3, 1]],
  },
  {
    name: 'an indented message ending on its status, then the request and its pretty-printed body, is one event',
    log: [
      'Non-fatal Exception: o41: Failed to upload backup.vcf to Google Drive',
      "    Original Throwable-Message: '403 Forbidden",
      'PUT https://www.googleapis.com/upload/drive/v3/files?uploadType=resumable',
      '{',
      '  "code": 403,',
      '  "errors": [ { "reason": "storageQuotaExceeded" } ]',
      '}',
      'INFO next',
    ],
    events: [[1, 7], [8, 1]],
    kept: ['storageQuotaExceeded'],
  },
  {
    name: "Python requests' 'for url:' line, then the body the client printed",
    log: ['400 Client Error: Bad Request for url: https://login.example.com/services/oauth2/token', '{', '  "error": "invalid_grant",', '  "error_description": "expired access/refresh token"', '}', 'INFO next'],
    events: [[1, 5], [6, 1]],
    kept: ['"error": "invalid_grant"'],
  },
  {
    name: "Go oauth2's 'cannot fetch token: 400 Bad Request' then 'Response: {'",
    log: ['2019/03/24 13:19:10 ERROR : listing failed: oauth2: cannot fetch token: 400 Bad Request', 'Response: {', '  "error": "invalid_grant"', '}', '2019/03/24 13:19:11 INFO : next'],
    events: [[1, 4], [5, 1]],
    kept: ['"error": "invalid_grant"'],
  },
  {
    name: 'a blank line right after a line that announces a body stays in the event',
    log: ['ERROR sync crashed', 'The following error was returned:', '', '[warehouse] Could not connect: dial tcp 10.0.0.1:5439: connect: operation timed out', 'INFO next'],
    events: [[1, 1], [2, 3], [5, 1]],
  },
  {
    name: 'Node frames pasted without their indentation stay with the error',
    log: ['AxiosError: Request failed with status code 429', 'at settle (/app/node_modules/axios/dist/node/axios.cjs:1909:12)', 'at process.processTicksAndRejections (node:internal/process/task_queues:95:5)', 'at 10:00 the next batch started'],
    events: [[1, 3], [4, 1]],
    dropped: ['at settle'],
  },
  {
    name: "libpq's DETAIL / HINT / LINE fields under an exception stay with it",
    log: ['psycopg2.errors.UndefinedColumn: column "emial" of relation "contacts" does not exist', 'LINE 1: INSERT INTO contacts (emial) VALUES (%s)', '                            ^', 'HINT:  Perhaps you meant to reference the column "contacts.email".', 'INFO next'],
    events: [[1, 4], [5, 1]],
    kept: ['HINT:  Perhaps you meant'],
  },
  {
    name: "a paste's elision line ([...]) inside a Java chain does not cut it",
    log: ['com.example.SyncException: batch failed', '\tat com.example.Sink.put(Sink.java:10)', '[...]', 'Caused by: java.net.ConnectException: Timeout connecting to [search:9200]', '\tat org.apache.http.X.y(X.java:1)', '...', 'INFO next'],
    events: [[1, 6], [7, 1]],
    kept: ['Caused by: java.net.ConnectException: Timeout connecting to [search:9200]'],
    dropped: ['[...]', 'Sink.java'],
  },
  {
    name: "Laravel's [stacktrace] marker, frames and closing quote belong to the Monolog line",
    log: ['[2025-01-02 10:00:00] local.ERROR: invalid_grant {"exception":"[object] (X(code: 400): invalid_grant at /app/a.php:1)', '[stacktrace]', '#0 /app/vendor/b.php(12): X->y()', '#1 {main}', '"} ', '[2025-01-02 10:00:01] local.INFO: next'],
    events: [[1, 5], [6, 1]],
    dropped: ['[stacktrace]', '#0 /app'],
  },
  {
    name: 'NDJSON lines stay one event each',
    log: ['{"level":"error","status":401}', '{"level":"info"}', '{"status":200}'],
    events: [[1, 1], [2, 1], [3, 1]],
  },
  {
    name: 'Python traceback after the ERROR line, closed by its exception line',
    log: ['2026-01-01 10:00:00 ERROR sync failed', 'Traceback (most recent call last):', '  File "a.py", line 1, in f', '    g()', 'KeyError: \'id\'', '2026-01-01 10:00:01 INFO next'],
    events: [[1, 5], [6, 1]],
    kept: ["KeyError: 'id'"],
    dropped: ['File "a.py"', 'g()', 'Traceback'],
  },
  {
    name: 'chained Python exceptions with blank lines stay one event',
    log: ['Traceback (most recent call last):', '  File "a.py", line 1, in f', 'ValueError: x', '', 'During handling of the above exception, another exception occurred:', '', 'Traceback (most recent call last):', '  File "b.py", line 2, in g', 'RuntimeError: y', 'INFO done'],
    events: [[1, 9], [10, 1]],
    kept: ['ValueError: x', 'RuntimeError: y'],
  },
  {
    name: 'Airbyte "source >" prefix on every traceback line',
    log: ['2026-01-01 10:00:00 source > Error syncing', '2026-01-01 10:00:00 source > Traceback (most recent call last):', '2026-01-01 10:00:00 source >   File "x.py", line 3, in r', '2026-01-01 10:00:00 source > requests.exceptions.HTTPError: 401 Client Error', '2026-01-01 10:00:01 source > Read 0 records'],
    events: [[1, 4], [5, 1]],
    kept: ['requests.exceptions.HTTPError: 401 Client Error'],
  },
  {
    name: 'Java exception under a logback line, Caused by, frames and "... N more"',
    log: ['2026-01-01 10:00:00 ERROR c.e.Worker - failed', 'java.lang.RuntimeException: outer', '\tat c.e.Worker.run(Worker.java:1)', 'Caused by: java.io.IOException: inner', '\t... 3 more', '2026-01-01 10:00:01 INFO c.e.Worker - next'],
    events: [[1, 5], [6, 1]],
    kept: ['java.lang.RuntimeException: outer', 'Caused by: java.io.IOException: inner'],
    dropped: ['Worker.java', '3 more'],
  },
  {
    name: '.NET inner exceptions',
    log: ['System.Exception: a ---> System.IO.IOException: b', '   at X.Y()', '   --- End of inner exception stack trace ---', '---> (Inner Exception #0) System.IO.IOException: b', 'next line'],
    events: [[1, 4], [5, 1]],
  },
  {
    name: 'PHP Uncaught with a body after "response:" and a Stack trace',
    log: ['PHP Fatal error:  Uncaught E: resulted in a `402 Payment Required` response:', '{"success":false}', ' in /var/www/a.php:1', 'Stack trace:', '#0 /var/www/b.php(2): f()', '#1 {main}', '  thrown in /var/www/a.php on line 1'],
    events: [[1, 7]],
    kept: ['{"success":false}'],
    dropped: ['#0', 'Stack trace'],
  },
  {
    name: 'a pretty-printed JSON body announced by its head',
    log: ['2026-01-01 ERROR body:', '{', '  "error": "invalid_grant"', '}', '2026-01-01 INFO ok'],
    events: [[1, 4], [5, 1]],
  },
  {
    name: 'a lone { starts a pretty-printed document of its own',
    log: ['INFO starting', '{', '  "level": "error"', '}'],
    events: [[1, 1], [2, 3]],
  },
  {
    name: 'Node uncaught: code excerpt, caret, blank, then the exception',
    log: ['/app/node_modules/axios/lib/core/settle.js:19', '    reject(new AxiosError(', '    ^', '', 'AxiosError: Request failed with status code 401', '    at settle (/app/x.js:1:1)'],
    events: [[1, 6]],
    kept: ['AxiosError: Request failed with status code 401'],
  },
  {
    name: 'Ruby backtrace',
    log: ["/app/a.rb:1:in `f': boom (RuntimeError)", "\tfrom /app/a.rb:2:in `g'", 'I, [2026] INFO next'],
    events: [[1, 2], [3, 1]],
  },
  {
    name: 'Go panic with its goroutine dump',
    log: ['panic: runtime error: index out of range', '', 'goroutine 1 [running]:', 'main.main()', '\t/app/main.go:12 +0x1d', '', 'exit status 2'],
    events: [[1, 6], [7, 1]],
  },
  {
    name: 'stamped lines that merely mention errors stay apart',
    log: ['2026-01-01 10:00:00 ERROR a', '2026-01-01 10:00:01 ERROR b', '2026-01-01 10:00:02 WARN c:'],
    events: [[1, 1], [2, 1], [3, 1]],
  },
  {
    name: 'a Rails "Class - message:" head with gem-prefixed Ruby frames',
    log: ['Stripe::InvalidRequestError - This customer has no attached card:', "  stripe (1.15.0) lib/stripe.rb:232:in `handle_api_error'", "   () home/u/app/concerns/sub.rb:87:in `processing!'", "  /app/a.rb:12:in `create': Invalid API Key (Stripe::AuthenticationError)", 'Started GET "/"'],
    events: [[1, 4], [5, 1]],
    kept: ['Invalid API Key'],
    dropped: ['handle_api_error', 'processing!'],
  },
  {
    name: 'an Apex exception e-mail: blank lines between the wrapper, its "caused by:" chain and its frames',
    log: ['SMSTrigger: execution of AfterInsert', '', 'caused by: System.DmlException: Update failed; first error: CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY', '', 'caused by: System.DmlException: Upsert failed; first error: UNABLE_TO_LOCK_ROW', '', 'Class.dlrs.RollupService.handleRollups: line 892, column 1', 'Trigger.SMSTrigger: line 559, column 1', '', '', 'next record'],
    events: [[1, 8], [9, 1], [10, 1], [11, 1]],
    kept: ['UNABLE_TO_LOCK_ROW'],
    dropped: ['RollupService'],
  },
  {
    name: 'blank lines before an unrelated line stay quiet events of their own',
    log: ['2026-01-01 10:00:00 ERROR a', '', '', '2026-01-01 10:00:01 ERROR b', ''],
    events: [[1, 1], [2, 1], [3, 1], [4, 1], [5, 1]],
  },
  {
    name: 'Airbyte: a connector logger line and the stamped, unlevelled exception relayed under it',
    log: [
      '2024-01-10 12:00:01 source > ERROR i.a.i.b.IntegrationRunner(runInternal):187 Something went wrong in the connector. See the logs for more details.',
      '2024-01-10 12:00:01 source > java.lang.RuntimeException: org.postgresql.util.PSQLException: FATAL: password authentication failed',
      '2024-01-10 12:00:01 source > \tat io.airbyte.integrations.source.jdbc.AbstractJdbcSource.check(AbstractJdbcSource.java:88)',
      '2024-01-10 12:00:01 source > {"type":"TRACE","trace":{"type":"ERROR"}}',
      '2024-01-10 12:00:02 source > ERROR i.a.i.b.IntegrationRunner(runInternal):190 java.lang.IllegalStateException: second',
    ],
    events: [[1, 3], [4, 1], [5, 1]],
    kept: ['password authentication failed'],
    dropped: ['AbstractJdbcSource.check'],
  },
  {
    name: 'a Go panic after an INFO line is its own event; its dump ends at the next stamped, levelled line',
    log: [
      '2026-11-22T09:00:00Z INFO starting sync',
      'panic: runtime error: invalid memory address or nil pointer dereference',
      '[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x4a2b3c]',
      '',
      'goroutine 1 [running]:',
      'main.main()',
      '\t/app/main.go:12 +0x1d',
      '2026-11-22T09:00:01Z ERROR status=401 destination=github',
      '2026-11-22T09:00:02Z ERROR status=403 destination=hubspot',
    ],
    events: [[1, 1], [2, 6], [8, 1], [9, 1]],
    kept: ['[signal SIGSEGV'],
  },
  {
    name: "slack_sdk's error and the body it says the server responded with",
    log: [
      "slack_sdk.errors.SlackApiError: The request to the Slack API failed. (url: https://www.slack.com/api/chat.postMessage)",
      "The server responded with: {'ok': False, 'error': 'missing_scope', 'needed': 'chat:write'}",
      'next',
    ],
    events: [[1, 2], [3, 1]],
    kept: ['missing_scope'],
  },
  {
    name: 'Ruby gem backtrace lines under a Rails head that does not end in ":"',
    log: ['Stripe::CardError - Your card was declined.', "/app/vendor/bundle/ruby/3.2.0/gems/stripe-10.1.0/lib/stripe/stripe_client.rb:123:in `execute_request'", "/app/app/jobs/charge_job.rb:9:in `perform'", 'Started GET "/"'],
    events: [[1, 3], [4, 1]],
    dropped: ['stripe_client.rb'],
  },
  {
    name: 'a whole log pasted indented: blocks indented like their head stay apart across blank lines',
    log: ['    OAuth2::Error:', '    "code"=>500,', '', '    OAuth2::Error: ', '    "code"=>403,'],
    events: [[1, 2], [3, 1], [4, 2]],
  },
  {
    name: 'sections indented deeper than their head continue it across blank lines',
    log: ['facebook_business.exceptions.FacebookRequestError: ', '', '  Message: Call was not successful', '', '  Status:  400', 'next'],
    events: [[1, 5], [6, 1]],
  },
  {
    name: "an engine stamping every relayed line (Airbyte's LineGobbler): blank bodies and indented sections stay with the exception",
    log: [
      '2021-06-09 08:05:48 ERROR (/tmp/workspace/9/2) LineGobbler(voidCall):69 - facebook_business.exceptions.FacebookRequestError: ',
      '2021-06-09 08:05:48 ERROR (/tmp/workspace/9/2) LineGobbler(voidCall):69 - ',
      '2021-06-09 08:05:48 ERROR (/tmp/workspace/9/2) LineGobbler(voidCall):69 -   Message: Call was not successful',
      '2021-06-09 08:05:48 ERROR (/tmp/workspace/9/2) LineGobbler(voidCall):69 - ',
      '2021-06-09 08:05:48 ERROR (/tmp/workspace/9/2) LineGobbler(voidCall):69 -   Status:  400',
      '2021-06-09 08:05:49 INFO (/tmp/workspace/9/2) LineGobbler(voidCall):69 - Read 0 records',
    ],
    events: [[1, 5], [6, 1]],
    kept: ['Status:  400'],
  },
  {
    name: "singer-python's CRITICAL lines, one per line of a fatal exception's message, are one event",
    log: ['INFO Refreshing access token', 'CRITICAL invalid_client', 'CRITICAL The client identifier provided is invalid.', "CRITICAL 'access_token'", 'INFO done'],
    events: [[1, 1], [2, 3], [5, 1]],
    kept: ["'access_token'"],
  },
  {
    name: 'a CRITICAL line after a traceback closed on its exception is an event of its own; a chained traceback is not',
    log: [
      'CRITICAL 429 Client Error: Too Many Requests for url: https://api.hubapi.com/crm/v3/objects/contacts',
      'Traceback (most recent call last):',
      '  File "/venv/lib/site-packages/tap_hubspot/__init__.py", line 300, in request',
      '    resp.raise_for_status()',
      'requests.exceptions.HTTPError: 429 Client Error: Too Many Requests',
      'CRITICAL Snowflake disk quota exceeded, database is read-only',
      'CRITICAL Backoff gave up after 5 tries',
    ],
    events: [[1, 5], [6, 2]],
  },
  {
    name: 'an ERROR with nothing after it heads the unstamped lines that say what failed',
    log: [
      '03-04 00:50:01 WARNING  Indexing files ...',
      '03-04 00:50:01 ERROR    ',
      'Process failed.',
      'Traceback (most recent call last):',
      '  File "/app/main.py", line 10, in main',
      'RuntimeError: sync aborted',
      '2009/11/10 23:00:00 ERROR push failed',
      '10:42:43.120 INFO done',
    ],
    events: [[1, 1], [2, 5], [7, 1], [8, 1]],
  },
  {
    name: 'ERROR lines under one stamp stay apart (each may be a failure of its own)',
    log: ['2026-01-01 10:00:00 ERROR record 1 rejected', '2026-01-01 10:00:00 ERROR record 2 rejected'],
    events: [[1, 1], [2, 1]],
  },
  {
    name: "the .NET Google client's RequestError: message, status and Errors block follow the exception line",
    log: ['Google.GoogleApiException: Google.Apis.Requests.RequestError', 'Request had insufficient authentication scopes. [403]', 'Errors [', '\tMessage[Insufficient Permission] Location[ - ] Reason[insufficientPermissions] Domain[global]', ']', '2026-01-01 10:00:00 INFO next'],
    events: [[1, 5], [6, 1]],
    kept: ['insufficient authentication scopes'],
  },
  {
    name: "Java's GoogleJsonResponseException: the request line and the pretty body that follow it",
    log: [
      'Caused by: com.google.api.client.googleapis.json.GoogleJsonResponseException: 403 Forbidden',
      'GET https://www.googleapis.com/bigquery/v2/projects/p/queries/q?maxResults=0',
      '{',
      '  "code": 403,',
      '  "errors": [ { "reason": "responseTooLarge" } ]',
      '}',
      'GET https://example.com/health',
    ],
    events: [[1, 6], [7, 1]],
    kept: ['responseTooLarge'],
  },
  {
    name: 'Apex "caused by:" in lower case continues the chain',
    log: ['16:02:11.0 (1)|FATAL_ERROR|System.DmlException: Update failed', 'caused by: System.DmlException: Upsert failed; first error: UNABLE_TO_LOCK_ROW', 'next line'],
    events: [[1, 2], [3, 1]],
    kept: ['UNABLE_TO_LOCK_ROW'],
  },
  {
    name: "klog lines (Kubernetes operators): each stamped head takes the unstamped output it announced, up to the next klog line",
    log: [
      "E0311 22:17:39.640287       1 restic.go:204] Error running command '/bin/restic [snapshots]' output:",
      '[golang-sh]$ /bin/restic snapshots',
      'Fatal: unable to open repo at b2:bucket:/path: b2.NewClient: b2_authorize_account: 401: ',
      "E0311 22:17:41.036792       1 restic.go:204] Error running command '/bin/restic [init]' output:",
      'Fatal: create repository at b2:bucket:/path failed: b2.NewClient: b2_authorize_account: 401: ',
      'I0311 22:17:41.040376       1 recorder.go:82] Event created: stash.158b076cf0ca0566',
    ],
    events: [[1, 3], [4, 2], [6, 1]],
    kept: ['b2_authorize_account: 401'],
  },
  {
    name: 'a logfmt line after a head ending in ":" is its own record (stamped)',
    log: ['2026-01-01T10:00:00Z ERROR failed with:', '2026-01-01T10:00:01Z INFO next'],
    events: [[1, 1], [2, 1]],
  },
];

describe('EventJoiner: lines → events', () => {
  it.each(cases)('$name', ({ log, events, kept, dropped }) => {
    const got = join(log.join('\n'));
    expect(got.map((e) => [e.line, e.lines])).toEqual(events);
    const text = got.map((e) => e.text).join('\n');
    for (const k of kept ?? []) expect(text).toContain(k);
    for (const d of dropped ?? []) expect(text.split('\n').slice(1).join('\n')).not.toContain(d);
    // Every physical line is in exactly one event.
    expect(got.reduce((n, e) => n + e.lines, 0)).toBe(log.length);
  });

  it("records where the head's prefix ends, even when a relay suffix was cut from its body", () => {
    const got: Array<{ prefixEnd?: number; prefixLevel?: string | null }> = [];
    const j = new EventJoiner((e) => got.push({ prefixEnd: e.prefixEnd, prefixLevel: e.prefixLevel }));
    const meltano = '2023-06-29T20:23:10.757683Z [info     ] sqlalchemy.exc.OperationalError: closed cmd_type=elb consumer=True name=target-postgres';
    const plain = '2026-11-22T09:00:01.123Z ERROR run_id=r1 failed';
    [meltano, plain, '{"level":"error"}'].forEach((text, i) => j.push({ input: 'x', lineNo: i + 1, text, truncated: false }));
    j.flush();
    expect(got).toEqual([
      { prefixEnd: meltano.indexOf('sqlalchemy'), prefixLevel: '[info     ] ' },
      { prefixEnd: plain.indexOf('run_id'), prefixLevel: 'ERROR ' },
      { prefixEnd: 0, prefixLevel: null },
    ]);
  });

  it('bounds an event in lines (the rest starts new events) and in kept text (counted overflow)', () => {
    const log = ['ERROR head', ...Array.from({ length: 50 }, (_, i) => `    at frame${i} (x.js:1:1)`)];
    const split = join(log.join('\n'), { maxLines: 10, maxChars: 1000 });
    expect(split.reduce((n, e) => n + e.lines, 0)).toBe(51);
    expect(split[0].lines).toBe(10);

    const j = new EventJoiner(() => {}, { maxLines: 1000, maxChars: 50 });
    ['ERROR head', ...Array.from({ length: 20 }, (_, i) => `Caused by: java.io.IOException: failure number ${i}`)].forEach((t, i) =>
      j.push({ input: 'x', lineNo: i + 1, text: t, truncated: false }),
    );
    j.flush();
    expect(j.eventOverflowLines).toBeGreaterThan(15);
  });

  it('keeps the start of the frames it leaves out, so the SDK in the stack can name the destination', () => {
    const events: LogEvent[] = [];
    const j = new EventJoiner((e: LogEvent) => events.push({ ...e }));
    const log = ['2026-01-01 10:00:00 CRITICAL Invalid response from API, status code is 401', 'Traceback (most recent call last):', '  File "/venv/lib/site-packages/tap_pipedrive/client.py", line 9, in get', '    raise err', 'RuntimeError: 401'];
    log.forEach((t, i) => j.push({ input: 'x', lineNo: i + 1, text: t, truncated: false }));
    j.flush();
    expect(events).toHaveLength(1);
    expect(events[0].text).not.toContain('tap_pipedrive');
    expect(events[0].frames).toContain('tap_pipedrive/client.py');
  });

  it('marks an event whose Python traceback closed with its exception line, whatever the class is called', () => {
    const events: LogEvent[] = [];
    const j = new EventJoiner((e: LogEvent) => events.push({ ...e }));
    const log = ['No error handlers are registered, logging exception.', 'Traceback (most recent call last):', '  File "bot.py", line 9, in send', '    post()', 'telegram.error.RetryAfter: Flood control exceeded. Retry in 10.0 seconds', '', 'INFO next'];
    log.forEach((t, i) => j.push({ input: 'x', lineNo: i + 1, text: t, truncated: false }));
    j.flush();
    expect(events.map((e) => e.raised)).toEqual([true, false]);
    const s = extractEvent(events[0]);
    expect(s.exception).toBe(true);
  });

  it('reads an event with no level whose frames are PHP or Ruby ones as the exception they print', () => {
    for (const log of [
      ["SQLSTATE[22001]: String data, right truncated: 1406 Data too long for column 'TITLE' at row 1", '#0 /var/www/app/Insert.php(55): PDOStatement->execute()', '#1 {main}'],
      ['Net::ReadTimeout with #<TCPSocket:(closed)>', "/usr/lib/ruby/3.1.0/net/protocol.rb:219:in `rbuf_fill'", "\tfrom /app/sync.rb:12:in `push'"],
    ]) {
      const events: LogEvent[] = [];
      const j = new EventJoiner((e: LogEvent) => events.push({ ...e }));
      log.forEach((t, i) => j.push({ input: 'x', lineNo: i + 1, text: t, truncated: false }));
      j.flush();
      expect(events).toHaveLength(1);
      expect(extractEvent(events[0]).exception).toBe(true);
    }
  });

  it('never joins lines of different inputs', () => {
    const out: LogEvent[] = [];
    const j = new EventJoiner((e) => out.push({ ...e }));
    j.push({ input: 'a', lineNo: 1, text: 'ERROR x', truncated: false });
    j.push({ input: 'b', lineNo: 1, text: '    at y (z.js:1:1)', truncated: false });
    j.flush();
    expect(out.map((e) => e.input)).toEqual(['a', 'b']);
  });
});

describe('condenseTrace', () => {
  it('keeps exception lines of a stack trace held in one string, not its frames', () => {
    const t = condenseTrace('Traceback (most recent call last):\n  File "a.py", line 1, in f\n    g()\nrequests.exceptions.HTTPError: 401 Client Error\n');
    expect(t).toBe('requests.exceptions.HTTPError: 401 Client Error');
  });
});
