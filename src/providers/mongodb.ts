import type { Provider } from './provider.js';

/**
 * MongoDB (self-hosted, Atlas, and the Azure Cosmos DB API for MongoDB, which answers with the same
 * drivers) as a sync destination or source. The server answers `{ok: 0, errmsg, code, codeName}`;
 * drivers print it their own way: Node `MongoServerError: E11000 duplicate key error collection: …`
 * with `code: 11000, codeName, keyPattern, keyValue` (and `MongoNetworkError`,
 * `MongoServerSelectionError`), pymongo `pymongo.errors.OperationFailure: Authentication failed.,
 * full error: {'ok': 0.0, 'errmsg': …, 'code': 18, 'codeName': 'AuthenticationFailed'}`
 * (`DuplicateKeyError`, `ServerSelectionTimeoutError`, `AutoReconnect`, `NetworkTimeout`), Java
 * `com.mongodb.MongoCommandException: Command failed with error 13 (Unauthorized): '…'`, Go
 * `(Unauthorized) not authorized on …`. `codeName` is read as a code and `errmsg` as a message; a
 * duplicate's `keyValue` keys (beside `keyPattern`) are the fields. The numbers are common words
 * of other APIs: they decide only lines known to be MongoDB's.
 * - 18 AuthenticationFailed, Atlas "bad auth : Authentication failed." (8000 AtlasError): auth.
 * - 13 Unauthorized "not authorized on db to execute command", Atlas "user is not allowed to do
 *   action [insert] on [db.coll]" (8000 again): permissions (a role).
 * - 8000 AtlasError "you are over your space quota, using 513 MB of 512 MB", "cannot create a new
 *   collection -- already using 500 collections of 500" (the shared tiers' limits): plan; 8000 alone
 *   decides nothing, the message does.
 * - 11000 / 11001 duplicate key (field: the key, from keyValue or "dup key: { email: … }", else the
 *   index), 121 DocumentValidationFailure (the failing property from errInfo), 2 BadValue, 14
 *   TypeMismatch, 66 ImmutableField, 10334 BSONObjectTooLarge: validation.
 * - 112 WriteConflict, 24 LockTimeout, 50 MaxTimeMSExpired, 89 NetworkTimeout, 262
 *   ExceededTimeLimit (a time limit on a live server, not an unreachable one): transient; so are the
 *   replica-set changes the drivers retry (189 PrimarySteppedDown, 10107 NotWritablePrimary, 13435,
 *   11602, 91 ShutdownInProgress, 11600 InterruptedAtShutdown: an election moves the primary).
 * - Cosmos DB 16500 "Request rate is large" (TooManyRequests, 429 with RetryAfterMs): transient.
 * - ServerSelectionTimeoutError / MongoServerSelectionError / Java MongoTimeoutException "Timed out
 *   after 30000 ms while waiting to connect" / Go "server selection timeout", MongoNetworkError
 *   "failed to connect", `connect ECONNREFUSED …:27017`: no server could be reached: outage.
 *   Login failures are matched first: older drivers wrap "bad auth" in a failed first connect.
 * - MongoNetworkError "connection N to host closed", pymongo AutoReconnect (not a refusal), Java
 *   MongoSocketReadException "Prematurely reached end of stream": an open connection dropped:
 *   transient.
 * Sources: mongodb.com/docs/manual/reference/error-codes (codes and names), the drivers'
 * retryable-writes / retryable-reads specifications (the codes retried), Atlas free / shared tier
 * limitations (512 MB, 500 collections), learn.microsoft.com Cosmos DB for MongoDB
 * troubleshooting (16500); real lines in Automattic/mongoose #6788, #7673, #14625, docker-library/
 * mongo #417, grillazz/fastapi-mongodb #50, LandOfTheRair #460, vasanthv/jsonbox #22,
 * flamingock/flamingock-java #52, spring-projects/spring-data-mongodb #3196, virtool #695,
 * bradtraversy/node_passport_login #46.
 */
const M = ['mongodb'];
const re = (...parts: string[]): RegExp => new RegExp(parts.join('|'), 'i');

/** The key a duplicate names ("dup key: { email: … }"), else its index ("index: email_1", old "$email_1"). */
const DUP_KEY = /^(?=[\s\S]*?dup key: \{ ?"?([\w.]+)"?\s*:)|index: (?:\S+\$)?([\w.-]+)/;

export const provider: Provider = {
  name: 'mongodb',
  display: 'MongoDB',
  aliases: ['mongo', 'mongodbatlas', 'cosmosmongo'],
  keys: { code: ['codeName'], message: ['errmsg'] },
  bodyKeys: ['codeName', 'keyPattern', 'errorLabels'],
  // A duplicate's keyValue (beside keyPattern) holds the fields of the key: {"email": "…"}.
  fieldShapes: [{ key: 'keyValue', beside: 'keyPattern', keysAreFields: true }],
  // The drivers' error classes and packages (Node mongodb / mongoose, pymongo / motor, the Java
  // and Go drivers), the connection-string scheme, Atlas and Cosmos DB hosts, the default port, the
  // E11000 message prefix, and the connectors (Kafka Connect MongoDB, Debezium, source-mongodb-v2,
  // tap-mongodb) through the word itself.
  hints: [
    'Mongo\\w*(?:Error|Exception)',
    'pymongo',
    'motor\\.motor_asyncio',
    'mongoose',
    'com\\.mongodb(?:\\.[\\w$]+)*',
    'go\\.mongodb\\.org/mongo-driver',
    // The error labels the server attaches for drivers to retry by: no other database uses them
    // (the Rust driver prints them as `labels: {"RetryableWriteError"}`).
    'RetryableWriteError',
    'TransientTransactionError',
    '[\\w.-]+\\.mongodb\\.net',
    '[\\w-]+\\.mongo\\.cosmos\\.azure\\.com',
    'E11000',
    'mongodb',
    'mongo',
    '[\\w.-]+:2701[789]',
  ],
  links: {
    auth: 'https://www.mongodb.com/docs/manual/core/authentication/',
    permissions: 'https://www.mongodb.com/docs/manual/reference/built-in-roles/',
    plan: 'https://www.mongodb.com/docs/atlas/reference/free-shared-limitations/',
    validation: 'https://www.mongodb.com/docs/manual/reference/error-codes/',
    transient: 'https://www.mongodb.com/docs/manual/core/retryable-writes/',
    outage: 'https://status.mongodb.com',
  },
  rules: [
    // ---------------------------------------------------------------- codes (code / codeName keys)
    {
      id: 'mongodb/auth-failed-code',
      category: 'auth',
      cause: '18 AuthenticationFailed',
      code: ['AuthenticationFailed', '18'],
      destination: M,
      summary: 'MongoDB rejected the login (user, password or authSource)',
      fix: 'Fix the user or password in the connection string, and authSource (users created in admin need authSource=admin); pause the sync until then.',
    },
    {
      id: 'mongodb/unauthorized-code',
      category: 'permissions',
      cause: '13 Unauthorized',
      code: ['Unauthorized', '13'],
      destination: M,
      fieldFrom: /not authorized on (\S+) to execute|on \[([^\]]+)\]/,
      summary: 'MongoDB user lacks a role for this command on `{field}`',
      fix: 'Grant the connection’s user a role with the action on the database or collection (readWrite, or a custom role); keep syncing other collections.',
    },
    {
      id: 'mongodb/duplicate-key-code',
      category: 'validation',
      cause: '11000 duplicate key',
      code: ['DuplicateKey', '11000', '11001'],
      destination: M,
      fieldFrom: DUP_KEY,
      summary: 'MongoDB: value already exists for unique key `{field}` (E11000)',
      fix: 'Upsert on the key (updateOne with upsert: true, or a replace) instead of inserting, or dedupe the source; retrying the same document fails again.',
    },
    {
      id: 'mongodb/invalid-document-code',
      category: 'validation',
      cause: '{code}',
      code: ['DocumentValidationFailure', '121', 'BadValue', '2', 'TypeMismatch', '14', 'ImmutableField', '66', 'BSONObjectTooLarge', '10334'],
      destination: M,
      fieldFrom: /immutable field '([^']+)'/,
      summary: 'MongoDB rejected the document ({code})',
      fix: 'Fix the document so it meets the collection’s $jsonSchema validator, types and size limit (16 MB), or relax the validator; retrying the same document fails again.',
    },
    {
      id: 'mongodb/busy-code',
      category: 'transient',
      cause: '{code}',
      code: ['WriteConflict', '112', 'LockTimeout', '24', 'MaxTimeMSExpired', '50', 'NetworkTimeout', '89', 'ExceededTimeLimit', '262'],
      destination: M,
      summary: 'MongoDB write conflict or time limit ({code})',
      fix: 'Retry (the whole transaction for a WriteConflict); if it recurs, lower parallel writes to the same documents or raise maxTimeMS.',
    },
    {
      id: 'mongodb/primary-changed-code',
      category: 'transient',
      cause: '{code}',
      code: ['PrimarySteppedDown', '189', 'NotWritablePrimary', 'NotMaster', '10107', 'NotPrimaryNoSecondaryOk', '13435', 'InterruptedDueToReplStateChange', '11602', 'ShutdownInProgress', '91', 'InterruptedAtShutdown', '11600'],
      destination: M,
      summary: 'MongoDB replica set changed primary or a member shut down ({code})',
      fix: 'Retry (enable retryWrites / retryReads in the connection string); elections take seconds — if it persists, check the replica set’s health.',
    },
    {
      id: 'mongodb/cosmos-throttled-code',
      category: 'transient',
      cause: '16500 request rate is large',
      code: ['16500', 'TooManyRequests'],
      destination: M,
      summary: 'Cosmos DB (MongoDB API) throttled the request: request units per second used up',
      fix: 'Retry after RetryAfterMs; lower the sync’s concurrency or raise the collection’s RU/s (or enable server-side retry) if it persists.',
    },
    // ---------------------------------------------------------------- wording (pymongo, Java, Go, Atlas)
    // Login first: older drivers wrap "bad auth" inside a failed first connect.
    {
      id: 'mongodb/auth-failed',
      category: 'auth',
      cause: '18 AuthenticationFailed',
      message: re(
        'bad auth\\s*:?\\s*Authentication failed',
        '\\(AuthenticationFailed\\)',
        "'codeName': 'AuthenticationFailed'",
        'MongoSecurityException: Exception authenticating',
        'unable to authenticate using mechanism',
        'OperationFailure: Authentication failed',
      ),
      summary: 'MongoDB rejected the login (user, password or authSource)',
      fix: 'Fix the user or password in the connection string, and authSource (users created in admin need authSource=admin); pause the sync until then.',
    },
    {
      id: 'mongodb/unauthorized',
      category: 'permissions',
      cause: '13 Unauthorized',
      message: /not authorized on \S+ to execute command|user is not allowed to do action \[/i,
      fieldFrom: /not authorized on (\S+) to execute|to do action \[\w+\] on \[([^\]]+)\]/,
      summary: 'MongoDB user lacks a role for this command on `{field}`',
      fix: 'Grant the connection’s user a role with the action on the database or collection (readWrite, or in Atlas a database user role); keep syncing other collections.',
    },
    {
      id: 'mongodb/atlas-tier-limit',
      category: 'plan',
      cause: 'Atlas tier limit',
      // Code 12501 "quota exceeded": the storage quota of a hosted (mLab-era) plan.
      message: /you are over your space quota|cannot create a new collection -- already using \d+ collections of \d+|\berror code 12501\b|\b12501\b[^\n]{0,80}quota exceeded/i,
      summary: 'MongoDB Atlas shared / free tier limit reached (storage or number of collections)',
      fix: 'Free space or collections, or scale the cluster to a tier with more storage; writes fail until then.',
    },
    {
      id: 'mongodb/duplicate-key',
      category: 'validation',
      cause: '11000 duplicate key',
      message: /\bE11000 duplicate key error/,
      fieldFrom: DUP_KEY,
      summary: 'MongoDB: value already exists for unique key `{field}` (E11000)',
      fix: 'Upsert on the key (updateOne with upsert: true, or a replace) instead of inserting, or dedupe the source; retrying the same document fails again.',
    },
    {
      id: 'mongodb/invalid-document',
      category: 'validation',
      cause: 'document rejected',
      message: /Document failed validation|object to insert too large|BSONObj size: \d+ \(0x[0-9A-Fa-f]+\) is invalid|would modify the immutable field '[^']+'/i,
      fieldFrom: /immutable field '([^']+)'/,
      summary: 'MongoDB rejected the document (schema validator, type or size)',
      fix: 'Fix the document so it meets the collection’s $jsonSchema validator, types and size limit (16 MB), or relax the validator; retrying the same document fails again.',
    },
    {
      id: 'mongodb/busy',
      category: 'transient',
      cause: 'write conflict or time limit',
      message: /\bWriteConflict\b|Write conflict during plan execution|TransientTransactionError|operation exceeded time limit|\bNetworkTimeout\b|MongoNetworkTimeoutError|not (?:master|primary)(?: and secondaryOk=false)?\b|Primary stepped down/i,
      destination: M,
      summary: 'MongoDB write conflict, time limit or primary change',
      fix: 'Retry (the whole transaction for a write conflict; enable retryWrites); if it recurs, lower parallel writes to the same documents or raise maxTimeMS.',
    },
    {
      id: 'mongodb/cosmos-throttled',
      category: 'transient',
      cause: '16500 request rate is large',
      message: /\bError=16500\b|Request rate is large/i,
      destination: M,
      summary: 'Cosmos DB (MongoDB API) throttled the request: request units per second used up',
      fix: 'Retry after RetryAfterMs; lower the sync’s concurrency or raise the collection’s RU/s (or enable server-side retry) if it persists.',
    },
    {
      id: 'mongodb/no-server',
      category: 'outage',
      cause: 'no MongoDB server reachable',
      message:
        /ServerSelectionTimeoutError|Mongo\w*ServerSelectionError|server selection (?:error|timeout)|MongoTimeoutException: Timed out after \d+ ms while waiting (?:to connect|for a server)|No servers found yet|MongoNetworkError: failed to connect to server|MongoSocketOpenException/i,
      summary: 'No MongoDB server could be reached (down, wrong host, DNS / SRV record, or the IP not on the access list)',
      fix: 'Check the connection string’s hosts (or SRV record), that mongod is up, and that the sync’s IP is on the Atlas network access list or firewall; resume when it answers.',
    },
    {
      id: 'mongodb/connection-dropped',
      category: 'transient',
      cause: 'connection dropped',
      message: /MongoNetworkError: connection \S+ to \S+ closed|^(?![\s\S]*refused)[\s\S]*\bAutoReconnect\b|MongoSocketReadException|Prematurely reached end of stream/i,
      summary: 'MongoDB connection dropped during work (failover, idle timeout or network)',
      fix: 'Retry on a new connection (retryWrites / retryReads); if it recurs, check for elections, idle timeouts and proxies between the sync and the cluster.',
    },
  ],
};
