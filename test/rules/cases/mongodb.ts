import type { RuleCase } from '../rule-tester.js';

/**
 * MongoDB, Atlas and Cosmos DB's MongoDB API as their drivers print the server's `{ok: 0, errmsg,
 * code, codeName}`: Node `MongoServerError` objects as a JSON logger serialises them, pymongo
 * exceptions with their `full error: {…}` dict, the Java driver's `com.mongodb.*Exception`, Spring
 * Data wrappers.
 * Sources: mongodb.com/docs/manual/reference/error-codes, Atlas free / shared tier limitations,
 * Cosmos DB for MongoDB 16500; real lines in Automattic/mongoose #6788, #7673, #14625, grillazz/
 * fastapi-mongodb #50, LandOfTheRair #460 and landoftherair-old #845, virtool #695,
 * spring-projects/spring-data-mongodb #3196, bradtraversy/node_passport_login #46.
 */
const j = (o: unknown): string => JSON.stringify(o);
/** A Node driver error as a pino logger serialises it (level 50 = error). */
const nodeErr = (err: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  j({ level: 50, time: 1772607600000, msg: 'sync write failed', ...extra, err: { type: 'MongoServerError', ...err } });

export const mongodbCases: RuleCase[] = [
  // ---------------------------------------------------------------- login
  {
    line: "pymongo.errors.OperationFailure: Authentication failed., full error: {'ok': 0.0, 'errmsg': 'Authentication failed.', 'code': 18, 'codeName': 'AuthenticationFailed'}",
    category: 'auth',
    destination: 'mongodb',
    rule: 'mongodb/auth-failed',
    note: 'pymongo prints code 18 in a dict repr: the wording decides',
  },
  {
    line: nodeErr({ message: 'Authentication failed.', code: 18, codeName: 'AuthenticationFailed' }),
    category: 'auth',
    destination: 'mongodb',
    rule: 'mongodb/auth-failed-code',
    note: 'codeName is read as a code',
  },
  {
    line: nodeErr({ message: 'bad auth : Authentication failed.', code: 8000, codeName: 'AtlasError' }),
    category: 'auth',
    destination: 'mongodb',
    rule: 'mongodb/auth-failed',
    note: 'Atlas answers 8000 AtlasError for a bad password: the message decides',
  },
  {
    line: '{ MongoNetworkError: failed to connect to server [test-cluster1-shard-00-02-ioe1x.mongodb.net:27017] on first connect [MongoError: bad auth Authentication failed.]',
    category: 'auth',
    destination: 'mongodb',
    rule: 'mongodb/auth-failed',
    note: 'near miss for a failed first connect (outage): the cause inside is a bad password',
  },
  // ---------------------------------------------------------------- roles
  {
    line: nodeErr({ message: 'not authorized on sales to execute command { insert: "orders", ordered: true, lsid: { id: UUID("0b6c…") }, $db: "sales" }', code: 13, codeName: 'Unauthorized' }),
    category: 'permissions',
    destination: 'mongodb',
    field: 'sales',
    rule: 'mongodb/unauthorized-code',
    note: '13 Unauthorized names the database',
  },
  {
    line: '2026-03-04T07:00:05Z ERROR MongoBulkWriteError: user is not allowed to do action [insert] on [test.posts]',
    category: 'permissions',
    destination: 'mongodb',
    field: 'test.posts',
    rule: 'mongodb/unauthorized',
    note: 'Atlas wording (8000 AtlasError): the namespace is the field',
  },
  // ---------------------------------------------------------------- tier limits
  {
    line: nodeErr({ message: 'you are over your space quota, using 513 MB of 512 MB', code: 8000, codeName: 'AtlasError' }),
    category: 'plan',
    destination: 'mongodb',
    rule: 'mongodb/atlas-tier-limit',
    note: 'Atlas free tier storage: plan, not a retry',
  },
  {
    line: 'MongoServerError: cannot create a new collection -- already using 527 collections of 500',
    category: 'plan',
    destination: 'mongodb',
    rule: 'mongodb/atlas-tier-limit',
    note: 'shared tiers allow 500 collections',
  },
  // ---------------------------------------------------------------- the document
  {
    line: nodeErr({ message: 'E11000 duplicate key error collection: app.users index: email_1 dup key: { email: "ada@example.com" }', code: 11000, codeName: 'DuplicateKey', keyPattern: { email: 1 }, keyValue: { email: 'ada@example.com' } }, { record_id: 'u_42' }),
    category: 'validation',
    destination: 'mongodb',
    field: 'email',
    rule: 'mongodb/duplicate-key-code',
    note: 'keyValue beside keyPattern names the field',
  },
  {
    line: "pymongo.errors.DuplicateKeyError: E11000 duplicate key error collection: virtool.indexes index: version_1 dup key: { version: 0 }, full error: {'index': 0, 'code': 11000, 'errmsg': 'E11000 duplicate key error collection: virtool.indexes index: version_1 dup key: { version: 0 }'}",
    category: 'validation',
    destination: 'mongodb',
    field: 'version',
    rule: 'mongodb/duplicate-key',
    note: 'pymongo: the key named in "dup key", not the index',
  },
  {
    line: 'MongoError: E11000 duplicate key error index: landoftherair.characterPouches.$username_1 dup key: { : "test1" }',
    category: 'validation',
    destination: 'mongodb',
    field: 'username_1',
    rule: 'mongodb/duplicate-key',
    note: 'older servers omit the key name: the index is the field',
  },
  {
    line: nodeErr({
      message: 'Document failed validation',
      code: 121,
      codeName: 'DocumentValidationFailure',
      errInfo: { failingDocumentId: 'c_17', details: { operatorName: '$jsonSchema', schemaRulesNotSatisfied: [{ operatorName: 'properties', propertiesNotSatisfied: [{ propertyName: 'email', details: [{ operatorName: 'pattern', reason: 'regular expression did not match' }] }] }] } },
    }),
    category: 'validation',
    destination: 'mongodb',
    field: 'email',
    cause: 'DocumentValidationFailure',
    rule: 'mongodb/invalid-document-code',
    note: '121: errInfo names the property the validator rejected',
  },
  {
    line: "pymongo.errors.WriteError: Performing an update on the path '_id' would modify the immutable field '_id', full error: {'index': 0, 'code': 66, 'errmsg': \"Performing an update on the path '_id' would modify the immutable field '_id'\"}",
    category: 'validation',
    destination: 'mongodb',
    field: '_id',
    rule: 'mongodb/invalid-document',
    note: '66 ImmutableField in pymongo wording',
  },
  // ---------------------------------------------------------------- busy / failover
  {
    line: 'ERROR upsert failed: Kind: Command failed: Error code 189 (PrimarySteppedDown): Primary stepped down while waiting for replication, labels: {"RetryableWriteError"}',
    category: 'transient',
    destination: 'mongodb',
    rule: 'mongodb/busy',
    note: 'the Rust driver’s Display of a command error: only the RetryableWriteError label names MongoDB (mongodb.com/docs/manual/core/retryable-writes, error labels)',
  },
  {
    line: "pymongo.errors.OperationFailure: WriteConflict error: this operation conflicted with another operation. Please retry your operation or multi-document transaction., full error: {'errorLabels': ['TransientTransactionError'], 'ok': 0.0, 'errmsg': 'WriteConflict error: this operation conflicted with another operation.', 'code': 112, 'codeName': 'WriteConflict'}",
    category: 'transient',
    destination: 'mongodb',
    rule: 'mongodb/busy',
    note: '112 WriteConflict: retry the transaction',
  },
  {
    line: nodeErr({ message: 'operation exceeded time limit', code: 50, codeName: 'MaxTimeMSExpired' }),
    category: 'transient',
    destination: 'mongodb',
    cause: 'MaxTimeMSExpired',
    rule: 'mongodb/busy-code',
    note: '50 MaxTimeMSExpired: a live server over its time limit, not an outage',
  },
  {
    line: nodeErr({ message: 'not primary', code: 10107, codeName: 'NotWritablePrimary', errorLabels: ['RetryableWriteError'] }),
    category: 'transient',
    destination: 'mongodb',
    rule: 'mongodb/primary-changed-code',
    note: 'an election moved the primary: retryable',
  },
  {
    line: "2026-03-04T07:00:20Z ERROR org.springframework.data.mongodb.UncategorizedMongoDbException: Command failed with error 16500 (TooManyRequests): 'Error=16500, RetryAfterMs=12, Details='Response status code does not indicate success: TooManyRequests (429); Substatus: 3200' on server acme.mongo.cosmos.azure.com:10255",
    category: 'transient',
    destination: 'mongodb',
    rule: 'mongodb/cosmos-throttled',
    note: 'Cosmos DB MongoDB API 16500 through Spring Data',
  },
  {
    line: j({ level: 'error', destination: 'Cosmos Mongo', record_id: 'o_9', code: 16500, codeName: 'TooManyRequests', errmsg: "Error=16500, RetryAfterMs=8, Details='Response status code does not indicate success: TooManyRequests (429)'" }),
    category: 'transient',
    destination: 'mongodb',
    rule: 'mongodb/cosmos-throttled-code',
    note: 'a destination named Cosmos Mongo is MongoDB’s; 16500 decides only there',
  },
  // ---------------------------------------------------------------- connection
  {
    line: "pymongo.errors.ServerSelectionTimeoutError: localhost:27017: [Errno 111] Connection refused, Timeout: 30s, Topology Description: <TopologyDescription id: 65f0c1, topology_type: Unknown, servers: [<ServerDescription ('localhost', 27017) server_type: Unknown, rtt: None, error=AutoReconnect('localhost:27017: [Errno 111] Connection refused')>]>",
    category: 'outage',
    destination: 'mongodb',
    rule: 'mongodb/no-server',
    note: 'no server selectable within the timeout: outage',
  },
  {
    line: 'com.mongodb.MongoTimeoutException: Timed out after 30000 ms while waiting to connect. Client view of cluster state is {type=UNKNOWN, servers=[{address=localhost:27017, type=UNKNOWN, state=CONNECTING, exception={com.mongodb.MongoSocketOpenException: Exception opening socket}, caused by {java.net.ConnectException: Connection refused}}]',
    category: 'outage',
    destination: 'mongodb',
    rule: 'mongodb/no-server',
    note: 'Java driver: never connected',
  },
  {
    line: '2026-03-04T07:00:25Z ERROR MongoNetworkError: connection 5 to 10.0.3.7:27017 closed',
    category: 'transient',
    destination: 'mongodb',
    rule: 'mongodb/connection-dropped',
    note: 'an open connection closed: retry on a new one',
  },
  {
    line: '2026-03-04T07:00:26Z ERROR pymongo.errors.AutoReconnect: mongo-0.mongo:27017: [Errno 104] Connection reset by peer',
    category: 'transient',
    destination: 'mongodb',
    rule: 'mongodb/connection-dropped',
    note: 'AutoReconnect without a refusal: the connection dropped',
  },
  {
    line: j({ level: 'error', msg: 'write failed', code: 18, message: 'request could not be completed' }),
    category: 'unknown',
    destination: null,
    note: 'near miss: code 18 on a line of no known provider decides nothing',
  },
];
