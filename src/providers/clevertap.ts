import type { Provider } from './provider.js';

/**
 * CleverTap server API (`api.clevertap.com`, regional `<region>.api.clevertap.com`: in1, sg1, us1,
 * aps3, mec1…), authenticated with `X-CleverTap-Account-Id` and `X-CleverTap-Passcode` headers.
 * Failures are `{"status":"fail","error":"…","code":N}`; the upload endpoint (`/1/upload`, events
 * and profiles) answers HTTP 200 `{"status":"success","processed":N,"unprocessed":[{"status":
 * "fail","code":5xx,"error":"…","record":{…}}]}`, the per-record code being CleverTap's own.
 * - 401 `{"status":"fail","error":"Invalid Credentials","code":401}`: wrong account id or
 *   passcode, or the account called on another region's host: auth.
 * - 429 "Too many concurrent requests" (3 in flight for most APIs, 15 for upload): transient.
 * - Upload record codes: 509 event name mandatory, 512 invalid event structure, 513 restricted
 *   system event, 522 too many event properties, 523 missing identity, 524 neither event nor
 *   profile, 525 timestamp not epoch, 526 invalid objectId, 528 discarded event, 514-520 invalid
 *   gender / email / phone / employment / education / marital status / age, 530-535 invalid push
 *   token data: validation. 555 miscellaneous server error: transient.
 * The record codes look like HTTP statuses and are plain numbers: they decide only CleverTap
 * lines.
 * Sources: developer.clevertap.com/docs/api-errors (status table, upload error codes),
 * /docs/authentication, /docs/upload-user-profiles (concurrency 15 → 429); rudderlabs/
 * rudder-transformer test/integrations/destinations/clevertap dataDelivery (401 Invalid
 * Credentials body, HTTP 200 with processed 0); hightouch.com/docs/destinations/clevertap (E.164
 * phones rejected).
 */
const CT = ['clevertap'];

export const provider: Provider = {
  name: 'clevertap',
  display: 'CleverTap',
  aliases: ['clevertap'],
  hints: ['clevertap', 'api\\.clevertap\\.com', 'X-CleverTap-(?:Account-Id|Passcode)'],
  links: {
    auth: 'https://developer.clevertap.com/docs/authentication',
    permissions: 'https://developer.clevertap.com/docs/authentication',
    plan: 'https://developer.clevertap.com/docs/api-quickstart-guide',
    validation: 'https://developer.clevertap.com/docs/api-errors',
    transient: 'https://developer.clevertap.com/docs/api-quickstart-guide',
    outage: 'https://status.clevertap.com',
  },
  rules: [
    {
      id: 'clevertap/invalid-credentials',
      category: 'auth',
      cause: 'invalid credentials',
      message: /Invalid Credentials|Invalid (?:account id|passcode)|Account (?:Id|ID) (?:is )?(?:invalid|not valid)/i,
      destination: CT,
      summary: 'CleverTap rejected the account id / passcode (or the region’s host)',
      fix: 'Check the Account ID and Passcode (Settings → Project) and call the API host of the project’s region (e.g. in1.api.clevertap.com); pause the sync until then.',
    },
    {
      id: 'clevertap/concurrency',
      category: 'transient',
      cause: 'too many concurrent requests',
      status: [429],
      destination: CT,
      summary: 'CleverTap concurrent request limit',
      fix: 'Retry with backoff; keep at most 15 upload calls (3 for other APIs) in flight and send up to 1,000 records per upload.',
    },
    {
      id: 'clevertap/record-rejected',
      category: 'validation',
      cause: 'upload code {code}',
      code: ['509', '512', '513', '514', '515', '516', '517', '518', '519', '520', '522', '523', '524', '525', '526', '528', '530', '531', '532', '533', '534', '535'],
      destination: CT,
      fieldFrom: /\b(Gender|Email|Phone|Employed|Education|Married|Age|identity|objectId|evtName|ts|DOB)\b/i,
      summary: 'CleverTap rejected the uploaded record ({code})',
      fix: 'Fix the record (an identity or objectId, an event name, epoch timestamps, E.164 phone numbers, valid gender / email / age values, ≤ 256 event properties); retrying the same record fails again.',
    },
    {
      id: 'clevertap/record-server-error',
      category: 'transient',
      cause: 'upload code 555',
      code: ['555'],
      destination: CT,
      summary: 'CleverTap server error on an uploaded record',
      fix: 'Retried; if the same records keep failing, contact CleverTap support.',
    },
  ],
};
