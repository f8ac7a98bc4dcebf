import type { Provider } from './provider.js';

/**
 * Box API (`api.box.com/2.0`, uploads `upload.box.com`, token endpoint `api.box.com/oauth2/token`),
 * SDKs `boxsdk` / `box_sdk_gen` (Python `BoxAPIException`), `box-node-sdk`, `box-java-sdk`
 * (`com.box.sdk.BoxAPIResponseException`). Client errors are `{"type":"error","status":409,
 * "code":"item_name_in_use","context_info":{…},"help_url":…,"message":"Item with the same name
 * already exists","request_id":…}`; the token endpoint answers OAuth `{"error":"invalid_grant",
 * "error_description":…}`.
 * - 401 `unauthorized`, `invalid_token` and the token endpoint's `invalid_grant` / `invalid_client`
 *   / `unauthorized_client` ("This app is not authorized by the enterprise admin"): auth.
 * - 403 `access_denied_insufficient_permissions`, `insufficient_scope`, `forbidden_by_policy`
 *   (Shield), `access_denied_item_locked`: permissions.
 * - 403 `storage_limit_exceeded` ("Account storage limit reached") and `file_size_limit_exceeded`
 *   (the plan's per-file maximum): plan.
 * - 429 `rate_limit_exceeded` (Retry-After), 409 `name_temporarily_reserved` /
 *   `operation_blocked_temporary`: transient.
 * - 409 `item_name_in_use`, 400 `item_name_invalid` / `item_name_too_long` / `bad_request` /
 *   `invalid_request_parameters`, 404 `not_found` / `trashed`, 412 `precondition_failed`:
 *   validation. The generic codes (`unauthorized`, `bad_request`, `not_found`…) decide only lines
 *   known to be Box's.
 * Sources: developer.box.com/guides/api-calls/permissions-and-errors/common-errors (repository
 * box/developer.box.com content/guides/…/common-errors.md), …/rate-limits, the ClientError
 * resource reference; real bodies in syndesisio/syndesis #5233, attachmentsme/ruby-box #6,
 * box/box-python-sdk #49 / #58, box-windows-sdk-v2 #571.
 */
const B = ['box'];

export const provider: Provider = {
  name: 'box',
  display: 'Box',
  aliases: ['boxcom', 'boxnet'],
  hints: [
    'api\\.box\\.com',
    'upload\\.box\\.com',
    'app\\.box\\.com',
    'boxsdk(?:\\.\\w+)*',
    'box_sdk_gen(?:\\.\\w+)*',
    'box-(?:node|java|python|windows)-sdk(?:-v2)?',
    'Box(?:API|Api)(?:Response)?Exception',
    // boxr (Ruby): Boxr::BoxrError
    'Boxr(?:::\\w+)?',
    'com\\.box\\.sdk(?:\\.\\w+)*',
    'tap-box',
    'source-box',
  ],
  links: {
    auth: 'https://developer.box.com/guides/authentication/',
    permissions: 'https://developer.box.com/guides/api-calls/permissions-and-errors/scopes/',
    plan: 'https://www.box.com/pricing',
    validation: 'https://developer.box.com/guides/api-calls/permissions-and-errors/common-errors/',
    transient: 'https://developer.box.com/guides/api-calls/permissions-and-errors/rate-limits/',
    outage: 'https://status.box.com',
  },
  rules: [
    {
      id: 'box/unauthorized',
      category: 'auth',
      cause: '{code}',
      code: ['unauthorized', 'invalid_token', 'invalid_grant', 'invalid_client', 'unauthorized_client'],
      destination: B,
      summary: 'Box rejected the access token or app credentials ({code})',
      fix: 'Re-authorize the Box connection (refresh tokens are single-use and expire after 60 days); for JWT / CCG apps check the keypair and that an admin authorized the app.',
    },
    {
      id: 'box/insufficient-permissions',
      category: 'permissions',
      cause: '{code}',
      code: ['access_denied_insufficient_permissions', 'insufficient_scope', 'forbidden_by_policy', 'access_denied_item_locked'],
      destination: B,
      summary: 'Box user or app lacks access to this item ({code})',
      fix: 'Collaborate the app’s service account / user on the folder, or enable the scope in the Developer Console and re-authorize; keep syncing other items.',
    },
    {
      id: 'box/storage-limit',
      category: 'plan',
      cause: '{code}',
      code: ['storage_limit_exceeded', 'file_size_limit_exceeded'],
      summary: 'Box account storage or file size limit reached ({code})',
      fix: 'Free space (trash counts until purged) or upgrade the Box plan; files above the plan’s size limit cannot be uploaded.',
    },
    {
      id: 'box/rate-limit',
      category: 'transient',
      cause: '{code}',
      code: ['rate_limit_exceeded', 'name_temporarily_reserved', 'operation_blocked_temporary'],
      destination: B,
      summary: 'Box rate limit or a briefly blocked operation ({code})',
      fix: 'Retry after Retry-After; lower parallel calls per user and app.',
    },
    {
      id: 'box/name-in-use',
      category: 'validation',
      cause: 'item_name_in_use',
      code: ['item_name_in_use'],
      summary: 'Box: an item with the same name already exists in the folder',
      fix: 'Upload a new version of the existing file (its id is in context_info.conflicts) or rename the item; retrying the same create fails again.',
    },
    {
      id: 'box/invalid-request',
      category: 'validation',
      cause: '{code}',
      code: ['item_name_invalid', 'item_name_too_long', 'bad_request', 'invalid_request_parameters', 'not_found', 'trashed', 'precondition_failed'],
      destination: B,
      summary: 'Box rejected the request for this item ({code})',
      fix: 'Fix the item name (≤ 255 characters, no / \\ or leading / trailing spaces) or re-resolve the Box id; retrying as is will not help.',
    },
  ],
};
