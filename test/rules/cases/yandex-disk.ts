import type { RuleCase } from '../rule-tester.js';

/**
 * Yandex Disk REST errors (`{"message","description","error"}`), the yadisk library's exceptions,
 * rclone's yandex backend and WebDAV clients.
 * Sources: yandex.ru/dev/disk-api/doc/en/concepts/errors; ivknv/yadisk src/yadisk/utils.py and
 * exceptions.py; rclone/rclone #8994; remotely-save/remotely-save #1174.
 */
export const yandexDiskCases: RuleCase[] = [
  {
    line: "{\"level\":\"error\",\"url\":\"https://cloud-api.yandex.net/v1/disk/resources?path=disk%3A%2Fbackup\",\"status\":401,\"body\":{\"message\":\"Не авторизован.\",\"description\":\"Unauthorized\",\"error\":\"UnauthorizedError\"}}",
    category: 'auth',
    destination: 'yandex-disk',
    rule: 'yandex-disk/unauthorized',
    note: 'REST error shape (Go and Rust clients’ tests): 401 UnauthorizedError, a name other APIs use too, decided on Yandex Disk’s line',
  },
  {
    line: "yadisk.exceptions.UnauthorizedError: Не авторизован. (Unauthorized / UnauthorizedError)",
    category: 'auth',
    destination: 'yandex-disk',
    rule: 'yandex-disk/sdk-auth',
    note: 'yadisk utils.py: the exception’s text is "message (description / error)"',
  },
  {
    line: "{\"level\":\"error\",\"url\":\"https://cloud-api.yandex.net/v1/disk/resources/upload?path=disk%3A%2Fexports%2Forders.csv\",\"status\":403,\"body\":{\"message\":\"Forbidden\",\"description\":\"Forbidden\",\"error\":\"ForbiddenError\"}}",
    category: 'permissions',
    destination: 'yandex-disk',
    rule: 'yandex-disk/forbidden',
    note: 'yadisk EXCEPTION_MAP: 403 ForbiddenError, the token’s app lacks the write scope',
  },
  {
    line: "2025/11/24 02:07:41 ERROR : backup/adventure-film-2024.mov: Failed to copy: [404 - DiskNotFoundError] Resource not found. (Не удалось найти запрошенный ресурс.)",
    category: 'validation',
    destination: 'yandex-disk',
    rule: 'yandex-disk/sdk-path',
    note: 'rclone #8994: rclone prints "[status - error]"; the Disk…Error name names Yandex Disk',
  },
  {
    line: "{\"status\":409,\"body\":{\"message\":\"Указанного пути \\\"disk:/backup/2024\\\" не существует.\",\"description\":\"Specified path \\\"disk:/backup/2024\\\" doesn't exists.\",\"error\":\"DiskPathDoesntExistsError\"}}",
    category: 'validation',
    destination: 'yandex-disk',
    rule: 'yandex-disk/path',
    note: 'yadisk EXCEPTION_MAP: 409 DiskPathDoesntExistsError (the parent folder is missing); the code alone names Yandex Disk',
  },
  {
    line: "{\"level\":\"warn\",\"url\":\"https://cloud-api.yandex.net/v1/disk/resources/move\",\"status\":423,\"body\":{\"message\":\"Ресурс заблокирован. Возможно, над ним выполняется другая операция.\",\"description\":\"Resource is locked. Possibly another operation is being performed on it.\",\"error\":\"DiskResourceLockedError\"}}",
    category: 'transient',
    destination: 'yandex-disk',
    rule: 'yandex-disk/locked',
    note: 'yadisk EXCEPTION_MAP: 423 DiskResourceLockedError, another operation holds the resource',
  },
  {
    line: "{\"level\":\"error\",\"url\":\"https://cloud-api.yandex.net/v1/disk/resources/upload\",\"status\":423,\"body\":{\"message\":\"Превышен лимит загрузки.\",\"description\":\"Upload traffic limit exceeded.\",\"error\":\"DiskUploadTrafficLimitExceeded\"}}",
    category: 'plan',
    destination: 'yandex-disk',
    rule: 'yandex-disk/upload-traffic',
    note: 'yadisk EXCEPTION_MAP: 423 DiskUploadTrafficLimitExceeded, the account’s upload limit',
  },
  {
    line: "yadisk.exceptions.InsufficientStorageError: <empty> (<empty> / <empty>)",
    category: 'plan',
    destination: 'yandex-disk',
    rule: 'yandex-disk/insufficient-storage',
    note: 'yadisk utils.py: every 507 is InsufficientStorageError; a body-less answer prints <empty>',
  },
  {
    line: "PROPFIND https://webdav.yandex.ru/Obsidian/ failed: Invalid response: 402 Payment Required",
    category: 'plan',
    destination: 'yandex-disk',
    rule: 'yandex-disk/webdav-payment',
    note: 'remotely-save #1174: Yandex’s WebDAV answers 402 to accounts without Yandex 360',
  },
];
