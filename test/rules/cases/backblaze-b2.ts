import type { RuleCase } from '../rule-tester.js';

/**
 * Backblaze B2 native API `{status, code, message}` bodies and b2sdk's exception lines.
 * Sources: backblaze.com/docs "Native API Error Handling and Status Codes", b2_authorize_account;
 * b2sdk's exception classes.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const backblazeB2Cases: RuleCase[] = [
  {
    line: j({ level: 'error', msg: 'upload failed', url: 'https://api002.backblazeb2.com/b2api/v2/b2_get_upload_url', status: 401, body: { status: 401, code: 'expired_auth_token', message: 'Authorization token has expired' } }),
    category: 'auth',
    destination: 'backblaze-b2',
    rule: 'backblaze-b2/bad-token',
  },
  {
    line: 'b2sdk.exception.InvalidAuthToken: Invalid authorization token. Server said: Invalid authorization token (bad_auth_token)',
    category: 'auth',
    destination: 'backblaze-b2',
    rule: 'backblaze-b2/bad-token-message',
    note: 'b2sdk prints the code in parentheses after the message',
  },
  {
    line: 'Fatal: unable to open repo at b2:backups:/host1: b2.NewClient: b2_authorize_account: 401: ',
    category: 'auth',
    destination: 'backblaze-b2',
    rule: 'backblaze-b2/authorize-401',
    note: 'restic through blazer: the call, then the status, no code',
  },
  {
    line: 'Fatal: create repository at b2:backups:/host1 failed: NewBucket: b2_list_buckets: 401: ',
    category: 'permissions',
    destination: 'backblaze-b2',
    rule: 'backblaze-b2/call-401',
    note: 'a key that authorized but lacks listBuckets',
  },
  {
    line: j({ level: 'error', destination: 'backblaze-b2', status: 401, body: { status: 401, code: 'unauthorized', message: 'application key does not have the writeFiles capability' } }),
    category: 'permissions',
    rule: 'backblaze-b2/unauthorized',
    note: 'a 401 that is a key capability, not a bad token',
  },
  {
    line: '2026-07-01T09:00:00Z ERROR sync failed: POST https://api001.backblazeb2.com/b2api/v2/b2_upload_file -> 403 {"status":403,"code":"storage_cap_exceeded","message":"Cannot upload files, storage cap exceeded."}',
    category: 'plan',
    destination: 'backblaze-b2',
    rule: 'backblaze-b2/cap-exceeded',
  },
  {
    line: 'ERROR b2sdk.exception.TransactionCapExceeded: Cannot perform the operation, transaction cap exceeded.',
    category: 'plan',
    destination: 'backblaze-b2',
    rule: 'backblaze-b2/cap-exceeded-message',
  },
  {
    line: j({ level: 'warn', destination: 'backblaze-b2', status: 503, body: { status: 503, code: 'service_unavailable', message: 'c002_v0001000_t0012 is too busy' } }),
    category: 'transient',
    rule: 'backblaze-b2/busy',
  },
  {
    line: 'unable to open config file: Stat: b2_download_file_by_name: 403: Cannot download file, download bandwidth or transaction (Class B) cap exceeded. See the Caps & Alerts page to increase your cap.',
    category: 'plan',
    destination: 'backblaze-b2',
    rule: 'backblaze-b2/cap-exceeded-message',
    note: 'restic through the native API: the account\'s download cap (the call name names B2)',
  },
  {
    line: 'b2.exception.ServiceError: 503 service_unavailable c001_v0001001_t0037 is too busy',
    category: 'transient',
    destination: 'backblaze-b2',
    note: 'a storage pod that is too busy names itself: retry',
  },
];
