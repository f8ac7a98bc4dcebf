import { describe, expect, it } from 'vitest';
import { isErrorValuePresent, isExceptionLine, levelFromText, normaliseLevel, outcomeValue, statesFailureWithoutCause } from '../src/vocabulary.js';
import { classifyLine } from './rules/rule-tester.js';

describe('levels: one vocabulary for JSON and text', () => {
  it.each([
    ['warning', 'warn'],
    ['WARNING', 'warn'],
    ['Warn', 'warn'],
    ['critical', 'fatal'],
    ['CRITICAL', 'fatal'],
    ['err', 'error'],
    ['severe', 'error'],
    ['Information', 'info'],
    ['constructor', null],
    ['__proto__', null],
  ])('%s → %s', (raw, level) => expect(normaliseLevel(raw)).toBe(level));

  it.each([
    ['2026-01-01 10:00:00 ERROR sync failed', 'error'],
    ['2026-01-01T10:00:00Z [info     ] Traceback', 'info'],
    ['tap - CRITICAL 403 Client Error', 'fatal'],
    ['FAIL tests/sync.test.ts', 'error'],
    ['ts=1 level=warning msg=x', 'warn'],
    ['[32mINFO[m i.a.w.Worker - started', 'info'],
    ['ERROR: 401 Unauthorized', 'error'],
    ['Sync done: ERROR=0 WARN=0', null],
    ['Sync done: errors: 0, warnings: 2', null],
    ['Completed with ERROR: 0', null],
    ['an error occurred in the mapper', null],
    ['"error_count": 0', null],
    ['local.ERROR: invalid_grant {"userId":1}', 'error'],
    ['[2026-01-01 10:00:00] Integration.WARNING: retrying', 'warn'],
    ['[2026-01-01 10:00:00] app.INFO: synced 20 contacts', 'info'],
    ['see logger.ERROR_COUNT for details', null],
  ])('%s → %s', (text, level) => expect(levelFromText(text)).toBe(level));

  it('finds a keyed level past a long key=value context', () => {
    const line = `2026-02-03 04:05:06,789 source=engine:worker worker=Pool-1 task_id=${'0'.repeat(36)} task_name=app.tasks.push_contacts_to_crm name=app.tasks level=WARNING push failed, retrying in 60 s`;
    expect(classifyLine(line).signals.level).toBe('warn');
  });
});

describe('errors from their shape', () => {
  it.each([
    ['snowflake.connector.errors.ProgrammingError: 390114 (08001): Authentication token has expired.', true],
    ['Intuit.Ipp.Exception.ValidationException: ValidationException was thrown.', true],
    ['Stripe::AuthenticationError: Invalid API Key provided', true],
    ["KeyError: 'id'", true],
    ["psycopg2.errors.InternalError_: Load into table 'orders' failed.", true],
    ['Exception in thread "main" java.io.IOException: broken pipe', true],
    ['Caused by: java.net.SocketTimeoutException: Read timed out', true],
    ['PHP Fatal error:  Uncaught Exception: boom', true],
    ['panic: runtime error: invalid memory address', true],
    ["/app/a.rb:12:in `create': Invalid API Key (Stripe::AuthenticationError)", true],
    ['Stripe::InvalidRequestError - This customer has no attached card:', true],
    ['<ExceptionThatLeadToAbortion>System.Net.Http.HttpRequestException: An error occurred while sending the request.', true],
    ['<Message>Sync finished</Message>', false],
    ["<class 'ValueError'>", true],
    ['Database Error in model dbt_models (models/edr/dbt_artifacts/dbt_models.sql)', true],
    ['Uncaught KeyError', true],
    ['synced in 177ms', false],
    ['Sync - Error budget: 2%', false],
    ['DeprecationWarning: use the new API', false],
    ['Errors were found in 0 records', false],
    ['Sync completed', false],
    // .NET Framework's unhandled exception, Snowflake's number + SQLSTATE, a SOAP faultstring alone,
    // a Python package's exceptions module (the class name need not end in Error).
    ['Unhandled Exception: System.Net.WebException: The remote server returned an error: (401) Unauthorized.', true],
    ['250001 (08001): Failed to connect to DB: acme.snowflakecomputing.com:443. Incorrect username or password was specified.', true],
    ['200000 rows loaded (2.3 s)', false],
    ['<faultstring>INVALID_SESSION_ID: Invalid Session ID found in SessionHeader</faultstring>', true],
    ['typesense.exceptions.ServiceUnavailable: [Errno 503] Not Ready or Lagging', true],
    ['requests.exceptions.ConnectionError: HTTPSConnectionPool(host=\'api.example.com\', port=443)', true],
    ['myapp.exceptions_log: wrote 3 lines', false],
  ])('%s → %s', (line, expected) => expect(isExceptionLine(line)).toBe(expected));

  it.each([
    ['snowflake.connector.errors.ProgrammingError: 390114 (08001): Authentication token has expired.', 'none', false],
    ['Sync finished: ERROR=0 WARN=0', 'none', true],
    ['{"level":"info","error_count":0,"msg":"batch done"}', 'none', true],
    ['{"level":"info","errors":[],"msg":"batch done"}', 'none', true],
    ['Sync finished: 120 succeeded, 0 failed', 'none', true],
    ['{"level":"warning","msg":"Back-off restarting failed container"}', 'unknown', true],
    ['WARNING Back-off restarting failed container', 'unknown', true],
  ])('%s', (line, category, equal) => {
    const got = classifyLine(line).classification.category;
    if (equal) expect(got).toBe(category);
    else expect(got).not.toBe(category);
  });
});

describe('outcomes', () => {
  it.each([
    ['succeeded', true],
    ['REJECTED', false],
    ['failed', false],
    ['pending', null],
    ['constructor', null],
  ])('%s → %s', (v, o) => expect(outcomeValue(v)).toBe(o));

  it.each([
    [0, false],
    ['0', false],
    [[], false],
    [{}, false],
    ['none', false],
    ['boom', true],
    [[{ code: 1 }], true],
  ])('error value %j present: %s', (v, present) => expect(isErrorValuePresent(v)).toBe(present));
});

describe('wrappers: a failure stated without its cause', () => {
  it.each([
    // Kafka Connect's WorkerTask, after the task's exception.
    ['WorkerSinkTask{id=orders-sink-0} Task is being killed and will not recover until manually restarted (org.apache.kafka.connect.runtime.WorkerTask)', true],
    // pgloader, after the database error it printed.
    ['Failed to create the schema, see above.', true],
    // Meltano, after the state backend's own error.
    ['Cannot start plugin tap-github: Failed to retrieve state', true],
    // An analytics client (RudderStack's, Segment's Go SDKs) after the answer that refused the batch.
    ['rudder 2026/03/01 09:34:30 **ERROR**: 12 messages dropped because they failed to be sent and the client was closed', true],
    ['Task failed with exception', true],
    // gphotos-sync's last words after the 401 it logged.
    ['Process failed.', true],
    ['Export failed', true],
    // A cause, not a wrapper.
    ['ERROR: permission denied for table accounts', false],
    ['Write of 1 records failed, remainingRetries=10', false],
    ['See above for the list of contacts we skipped', false],
    ['Process failed: disk full', false],
  ])('%s → %s', (message, wrapper) => expect(statesFailureWithoutCause(message)).toBe(wrapper));
});
