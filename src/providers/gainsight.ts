import type { Provider } from './provider.js';

/**
 * Gainsight CS (NXT) REST APIs on the tenant domain (`<tenant>.gainsightcloud.com/v1/…`, or a custom
 * domain), authenticated with a non-expiring `accesskey` header. Every answer is the envelope
 * `{"result":false,"errorCode":"…","errorDesc":"…","requestId":"…","data":…}`; field-level
 * failures of Company / Relationship / Custom Object / Person writes repeat under
 * `data.errors[][].errors[]` with `fieldName` and `invalidValue`.
 * - `GU_2400` "Too many request" (429): the 100 calls/min (fixed window) limit: transient; the
 *   50,000 calls/day cap is plan when the text says it is the daily one. `GU_1101` "Oops, something
 *   went wrong." (500): transient.
 * - `GSOBJ_1001`…`GSOBJ_1008` (field too long, invalid field / mapping, invalid GSID, dateTime or
 *   date format "(Col = value)", non-nullable field, percentage / boolean parse errors), Person API
 *   `GSOBJ_V…` (boolean, number, email, currency, picklist "Dropdownlist item not found", SFDC id)
 *   and `GSOBJ_PEOPLE1001`: validation on the field named. `GSOBJ_1003` / `GSOBJ_1009` (delete /
 *   batch insert failed: database failures, HTTP 500): transient.
 * - 401 (missing, wrong or revoked access key): auth; 403: permissions.
 * Sources: support.gainsight.com "Error Codes for Company, Relationship, and Custom Object APIs",
 * "Error Codes for Person API", "Company API Documentation" (throttling limits, accesskey);
 * rudderlabs/rudder-transformer test/integrations/destinations/gainsight network fixtures
 * (GU_2400, GU_1101, GSOBJ_1006 with fieldName).
 */
const G = ['gainsight'];

export const provider: Provider = {
  name: 'gainsight',
  display: 'Gainsight',
  aliases: ['gainsightcs', 'gainsightnxt'],
  hints: ['gainsightcloud\\.com', 'gainsight', 'destination-gainsight'],
  keys: { message: ['errorDesc'] },
  links: {
    auth: 'https://support.gainsight.com/gainsight_nxt/API_and_Developer_Docs/Company_and_Relationship_API/Company_API_Documentation',
    permissions: 'https://support.gainsight.com/gainsight_nxt/API_and_Developer_Docs/Company_and_Relationship_API/Company_API_Documentation',
    plan: 'https://support.gainsight.com/gainsight_nxt/API_and_Developer_Docs/Company_and_Relationship_API/Company_API_Documentation',
    validation: 'https://support.gainsight.com/gainsight_nxt/API_and_Developer_Docs/Company_and_Relationship_API/Error_Codes_for_Company%2C_Relationship%2C_and_Custom_Object_APIs',
    transient: 'https://support.gainsight.com/gainsight_nxt/API_and_Developer_Docs/Company_and_Relationship_API/Company_API_Documentation',
    outage: 'https://status.gainsight.com',
  },
  rules: [
    {
      id: 'gainsight/daily-limit',
      category: 'plan',
      cause: 'GU_2400 daily limit',
      code: ['GU_2400'],
      message: /per day|daily/i,
      summary: 'Gainsight daily API call limit of the tenant used up',
      fix: 'Wait for the daily reset or move bulk loads to the asynchronous (bulk) APIs; ask Gainsight for a higher package limit.',
    },
    {
      id: 'gainsight/rate-limit',
      category: 'transient',
      cause: 'GU_2400 rate limit',
      code: ['GU_2400'],
      summary: 'Gainsight rate limit (100 calls per minute)',
      fix: 'Retry with backoff; send up to 50 records per call instead of one call per record.',
    },
    {
      id: 'gainsight/server-error',
      category: 'transient',
      cause: '{code}',
      code: ['GU_1101', 'GSOBJ_1003', 'GSOBJ_1009'],
      summary: 'Gainsight server or database error ({code})',
      fix: 'Retry with backoff; if it persists, send the requestId to Gainsight support.',
    },
    {
      id: 'gainsight/field-value',
      category: 'validation',
      cause: '{code}',
      code: [
        'GSOBJ_1001', 'GSOBJ_1002', 'GSOBJ_1004', 'GSOBJ_1005', 'GSOBJ_1006', 'GSOBJ_1007', 'GSOBJ_1008',
        'GSOBJ_PEOPLE1001', 'GSOBJ_VQP1001', 'GSOBJ_VDTBOOL1001', 'GSOBJ_VDTNUM1001', 'GSOBJ_VDTNUM1002',
        'GSOBJ_VDTBSTR1001', 'GSOBJ_VDTDATIME1001', 'GSOBJ_VDTCURREN1001', 'GSOBJ_VDTCURREN1002',
        'GSOBJ_VDTEMAIL1001', 'GSOBJ_VDTGSID1001', 'GSOBJ_VDTPERCENT1001', 'GSOBJ_VDTSFDCID1001',
        'GSOBJ_VDTPKLST1001', 'GSOBJ_VDTPKLST1002', 'GSOBJ_VDTURL1001', 'GSOBJ_VCRUDR1001', 'GSOBJ_VCRUDR1002',
      ],
      fieldFrom: /\((\w+) ?= /,
      summary: 'Gainsight rejected the value of `{field}` ({code})',
      fix: 'Fix the mapped value for the field (format of dates and numbers, length, picklist item, required value) or the object’s field in Data Management.',
    },
    {
      id: 'gainsight/access-key',
      category: 'auth',
      cause: 'HTTP 401',
      status: [401],
      destination: G,
      summary: 'Gainsight rejected the access key',
      fix: 'Generate a new access key (Administration → Connectors → Connections) and update the connection; pause the sync until then.',
    },
    {
      id: 'gainsight/forbidden',
      category: 'permissions',
      cause: 'HTTP 403',
      status: [403],
      destination: G,
      summary: 'Gainsight refused the operation for this access key or object',
      fix: 'Check that the object and fields exist in the tenant and that the key’s connection may write them; keep syncing other objects.',
    },
  ],
};
