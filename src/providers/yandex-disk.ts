import type { Provider } from './provider.js';

/**
 * Yandex Disk: its REST API (`cloud-api.yandex.net/v1/disk/…`, uploads to `uploader*.disk.yandex.net`)
 * and its WebDAV endpoint (`webdav.yandex.ru`), as rclone's yandex backend, the Python library yadisk,
 * Obsidian sync plugins and backup scripts call them. REST errors are `{"message":"Не авторизован.",
 * "description":"Unauthorized","error":"UnauthorizedError"}`: `error` is the code (a CamelCase name),
 * `message` is Russian or English by Accept-Language. yadisk raises one class per status and name
 * (`yadisk.exceptions.UnauthorizedError: Не авторизован. (Unauthorized / UnauthorizedError)`); rclone
 * prints `[404 - DiskNotFoundError] Resource not found. (Не удалось найти запрошенный ресурс.)`.
 * - `UnauthorizedError` (401: the OAuth token is missing, expired or revoked): auth. `ForbiddenError`
 *   (403: the token's app lacks the scope, e.g. cloud_api:disk.write): permissions.
 * - `DiskNotFoundError` (404), `DiskPathDoesntExistsError` (409: the parent folder does not exist),
 *   `DiskResourceAlreadyExistsError` / `DiskPathPointsToExistentDirectoryError` (409),
 *   `FieldValidationError` (400): the path or parameters: validation.
 * - 507 Insufficient Storage (`InsufficientStorageError`): the Disk is full; `DiskUploadTrafficLimitExceeded`
 *   (423): the account's upload traffic limit: plan. WebDAV answers 402 Payment Required to accounts
 *   without a Yandex 360 subscription (third-party WebDAV access became paid): plan.
 * - `DiskResourceLockedError` (423: another operation holds the resource), 429, 5xx: transient.
 * The `UnauthorizedError` / `ForbiddenError` names are other APIs' too (Langfuse, EmailIt): decided
 * here only on Yandex Disk's lines; the `Disk…Error` names are Yandex's alone and name it.
 * `ru.yandex.clickhouse` (the old ClickHouse JDBC driver) and Yandex Cloud Object Storage (S3) are not
 * Yandex Disk.
 * Sources: yandex.ru/dev/disk-api/doc/en/concepts/errors, yandex.ru/dev/disk/rest (resources, upload);
 * ivknv/yadisk src/yadisk/utils.py (EXCEPTION_MAP: status and error name → class) and
 * src/yadisk/exceptions.py; rclone/rclone #8994 (404 DiskNotFoundError) and #7044;
 * remotely-save/remotely-save #1174 (WebDAV 402 Payment Required) and #1026 (429);
 * Yegorov/yadisk #2 (507); the REST error body in Go and Rust clients' tests.
 */
const Y = ['yandex-disk'];

export const provider: Provider = {
  name: 'yandex-disk',
  display: 'Yandex Disk',
  aliases: ['yadisk'],
  hints: [
    'cloud-api\\.yandex\\.net',
    'webdav\\.yandex\\.(?:ru|com)',
    '(?:[\\w-]+\\.)?disk\\.yandex\\.(?:net|ru|com)',
    'yadisk(?:\\.\\w+)*',
    'Yandex[ .]?Disk',
    'Disk(?:NotFound|PathDoesntExists|PathPointsToExistentDirectory|ResourceAlreadyExists|ResourceLocked|OperationNotFound)Error',
    'DiskUploadTrafficLimitExceeded',
  ],
  bodyCodes: [
    'disknotfounderror',
    'diskpathdoesntexistserror',
    'diskpathpointstoexistentdirectoryerror',
    'diskresourcealreadyexistserror',
    'diskresourcelockederror',
    'diskoperationnotfounderror',
    'diskuploadtrafficlimitexceeded',
  ],
  links: {
    auth: 'https://yandex.ru/dev/disk-api/doc/en/concepts/quickstart',
    permissions: 'https://oauth.yandex.com/',
    plan: 'https://360.yandex.com/disk/',
    validation: 'https://yandex.ru/dev/disk-api/doc/en/concepts/errors',
    transient: 'https://yandex.ru/dev/disk-api/doc/en/concepts/errors',
    outage: 'https://yandex.ru/support/disk/',
  },
  rules: [
    {
      id: 'yandex-disk/unauthorized',
      category: 'auth',
      cause: 'UnauthorizedError',
      code: ['UnauthorizedError'],
      destination: Y,
      summary: 'Yandex Disk rejected the OAuth token (missing, expired or revoked)',
      fix: 'Get a new OAuth token for the app (oauth.yandex.com) and update the connection (rclone config reconnect for rclone); pause the sync until then.',
    },
    {
      id: 'yandex-disk/forbidden',
      category: 'permissions',
      cause: 'ForbiddenError',
      code: ['ForbiddenError'],
      destination: Y,
      summary: 'Yandex Disk token lacks the access this call needs',
      fix: 'Grant the OAuth app the Disk scopes the sync uses (cloud_api:disk.read / disk.write / disk.app_folder) and issue a new token.',
    },
    {
      id: 'yandex-disk/path',
      category: 'validation',
      cause: '{code}',
      code: ['DiskNotFoundError', 'DiskPathDoesntExistsError', 'DiskResourceAlreadyExistsError', 'DiskPathPointsToExistentDirectoryError', 'DiskOperationNotFoundError', 'FieldValidationError'],
      destination: Y,
      summary: 'Yandex Disk rejected the path or parameters ({code})',
      fix: 'Fix the path (create the parent folder first, or remove or rename what already exists) or the parameter the message names; retrying as is fails again.',
    },
    {
      id: 'yandex-disk/upload-traffic',
      category: 'plan',
      cause: 'DiskUploadTrafficLimitExceeded',
      code: ['DiskUploadTrafficLimitExceeded'],
      summary: 'Yandex Disk upload traffic limit of the account reached',
      fix: 'Wait for the limit to reset or move to a Yandex 360 plan with a higher one; uploads fail until then.',
    },
    {
      id: 'yandex-disk/locked',
      category: 'transient',
      cause: 'DiskResourceLockedError',
      code: ['DiskResourceLockedError'],
      summary: 'Yandex Disk resource is locked by another operation',
      fix: 'Retry with backoff once the other operation (a move, copy or upload) ends.',
    },
    // The client libraries' classes and rclone's "[status - Name]" text, for lines with no body.
    {
      id: 'yandex-disk/sdk-auth',
      category: 'auth',
      cause: 'UnauthorizedError',
      message: /\byadisk\.exceptions\.UnauthorizedError\b|\[401 - UnauthorizedError\]|\(Unauthorized \/ UnauthorizedError\)/,
      summary: 'Yandex Disk rejected the OAuth token (missing, expired or revoked)',
      fix: 'Get a new OAuth token for the app (oauth.yandex.com) and update the connection; pause the sync until then.',
    },
    {
      id: 'yandex-disk/sdk-path',
      category: 'validation',
      cause: 'path not found or exists',
      message: /\bDisk(?:NotFound|PathDoesntExists|ResourceAlreadyExists|PathPointsToExistentDirectory)Error\b|\byadisk\.exceptions\.(?:PathNotFound|ParentNotFound|PathExists|DirectoryExists|FieldValidation)Error\b/,
      summary: 'Yandex Disk rejected the path (not found, parent missing or already exists)',
      fix: 'Fix the path (create the parent folder first, or remove or rename what already exists); retrying as is fails again.',
    },
    {
      id: 'yandex-disk/insufficient-storage',
      category: 'plan',
      cause: 'insufficient storage',
      message: /\byadisk\.exceptions\.InsufficientStorageError\b|\[507 - \w+\]/,
      summary: 'Yandex Disk is full',
      fix: 'Free space on the Disk (empty the trash too) or buy more with Yandex 360; uploads fail until then.',
    },
    {
      id: 'yandex-disk/webdav-payment',
      category: 'plan',
      cause: 'HTTP 402 (WebDAV requires Yandex 360)',
      status: [402],
      destination: Y,
      summary: 'Yandex Disk WebDAV refused the account (third-party WebDAV access needs Yandex 360)',
      fix: 'Subscribe the account to Yandex 360 or switch the sync to the REST API (OAuth); WebDAV calls fail until then.',
    },
  ],
};
