import type { Provider } from './provider.js';

/**
 * Backblaze B2 Cloud Storage, native API (`api.backblazeb2.com`, then `apiNNN.backblazeb2.com`;
 * the Python SDK `b2sdk` and the `b2` command-line tool; its S3-compatible endpoint
 * `s3.<region>.backblazeb2.com` answers in S3's words, decided by the S3 rules). An error is
 * `{"status": 401, "code": "bad_auth_token", "message": "…"}`; b2sdk raises
 * `b2sdk.exception.<Name>` and prints the code in parentheses ("Invalid authorization token.
 * Server said: … (bad_auth_token)").
 * - 401 `bad_auth_token`, `expired_auth_token` (and a wrong key at b2_authorize_account): auth.
 * - 401 `unauthorized` (the key lacks the capability or is restricted to another bucket / prefix),
 *   403 `access_denied`: permissions.
 * - 403 `cap_exceeded`, `storage_cap_exceeded`, `transaction_cap_exceeded`,
 *   `download_cap_exceeded` (the account's usage caps, set on its Caps & Alerts page): plan.
 * - 429 `too_many_requests`, 503 `service_unavailable`, 408 `request_timeout`: transient.
 * Sources: backblaze.com/docs "Native API Error Handling and Status Codes", b2_authorize_account;
 * b2sdk's exception classes.
 */
const B = ['backblaze-b2'];

export const provider: Provider = {
  name: 'backblaze-b2',
  display: 'Backblaze B2',
  aliases: ['backblaze'],
  // Its native API's calls (`b2_download_file_by_name`, `b2_list_file_names`…) and its storage pods as
  // they name themselves when too busy (`c001_v0001001_t0037 is too busy`).
  hints: ['(?:api\\d*\\.)?backblazeb2\\.com', '(?:bad|expired)_auth_token', 'b2sdk(?:\\.\\w+)*', 'backblaze', 'b2_[a-z]{2,20}(?:_[a-z]{2,20}){1,5}', 'c\\d{3}_v\\d{7}_t\\d{4}'],
  bodyCodes: ['bad_auth_token', 'expired_auth_token', 'storage_cap_exceeded', 'transaction_cap_exceeded', 'download_cap_exceeded'],
  links: {
    auth: 'https://www.backblaze.com/docs/cloud-storage-application-keys',
    permissions: 'https://www.backblaze.com/docs/cloud-storage-application-keys',
    plan: 'https://www.backblaze.com/docs/cloud-storage-usage-caps-and-alerts',
    transient: 'https://www.backblaze.com/docs/cloud-storage-native-api-error-handling-and-status-codes',
    outage: 'https://status.backblaze.com',
  },
  rules: [
    {
      id: 'backblaze-b2/bad-token',
      category: 'auth',
      cause: '{code}',
      code: ['bad_auth_token', 'expired_auth_token'],
      summary: 'Backblaze B2 rejected the authorization token or application key',
      fix: 'Check the application key ID and key in the connection (a deleted or expired key looks the same) and authorize again; pause the sync until then.',
    },
    // b2sdk: `InvalidAuthToken: Invalid authorization token. Server said: … (bad_auth_token)`.
    {
      id: 'backblaze-b2/bad-token-message',
      category: 'auth',
      cause: 'invalid authorization token',
      message: /\((?:bad|expired)_auth_token\)|\b(?:InvalidAuthToken|ExpiredAuthToken)\b/,
      destination: B,
      summary: 'Backblaze B2 rejected the authorization token or application key',
      fix: 'Check the application key ID and key in the connection (a deleted or expired key looks the same) and authorize again; pause the sync until then.',
    },
    // A client that prints the call and the status but not B2's code (blazer in restic:
    // "b2_authorize_account: 401: "): at b2_authorize_account a 401 is a wrong key ID or key …
    {
      id: 'backblaze-b2/authorize-401',
      category: 'auth',
      cause: 'b2_authorize_account 401',
      status: [401],
      message: /\bb2_authorize_account\b/,
      summary: 'Backblaze B2 rejected the application key ID or key',
      fix: 'Check the application key ID and key in the connection (the master key’s ID is the account ID; an application key has its own ID) and authorize again; pause the sync until then.',
    },
    // … on any other call, the token is valid and the key lacks the call's capability or bucket.
    {
      id: 'backblaze-b2/call-401',
      category: 'permissions',
      cause: 'unauthorized',
      status: [401],
      message: /\bb2_(?!authorize_account\b)[a-z]{2,20}(?:_[a-z]{2,20}){1,5}: 401\b/,
      summary: 'Backblaze B2 application key lacks the capability or the bucket',
      fix: 'Create a key with the capabilities the sync needs (listBuckets, listFiles, readFiles, writeFiles) and no restriction that leaves the bucket or prefix out; keep syncing other buckets.',
    },
    {
      id: 'backblaze-b2/unauthorized',
      category: 'permissions',
      cause: '{code}',
      code: ['unauthorized', 'access_denied'],
      destination: B,
      summary: 'Backblaze B2 application key lacks the capability or the bucket',
      fix: 'Create a key with the capabilities the sync needs (listBuckets, listFiles, readFiles, writeFiles) and no restriction that leaves the bucket or prefix out; keep syncing other buckets.',
    },
    {
      id: 'backblaze-b2/cap-exceeded',
      category: 'plan',
      cause: '{code}',
      code: ['cap_exceeded', 'storage_cap_exceeded', 'transaction_cap_exceeded', 'download_cap_exceeded'],
      destination: B,
      summary: 'Backblaze B2 account usage cap reached',
      fix: 'Raise the cap on the account’s Caps & Alerts page (or wait for the daily reset); pause the sync until then.',
    },
    {
      id: 'backblaze-b2/cap-exceeded-message',
      category: 'plan',
      cause: 'cap exceeded',
      // b2sdk's exception names; the server's own message ("Cannot upload files, storage cap exceeded.").
      message: /\b(?:Storage|Transaction|Download)?CapExceeded(?:Error)?\b|\b(?:storage|transaction|download|bandwidth)\b[^.\n]{0,60}\bcap exceeded\b/i,
      destination: B,
      summary: 'Backblaze B2 account usage cap reached',
      fix: 'Raise the cap on the account’s Caps & Alerts page (or wait for the daily reset); pause the sync until then.',
    },
    {
      id: 'backblaze-b2/busy',
      category: 'transient',
      cause: '{code}',
      code: ['too_many_requests', 'service_unavailable', 'request_timeout'],
      destination: B,
      summary: 'Backblaze B2 busy or throttling; the client retries',
      fix: 'Retry with backoff (B2 sends 503 when a pod is busy: get a new upload URL and retry).',
    },
  ],
};
