import type { RuleCase } from '../rule-tester.js';

/**
 * Microsoft Dataverse / Dynamics 365 Web API: OData errors `{"error":{"code":"0x…","message":…}}`.
 * Codes and messages from learn.microsoft.com/power-apps/developer/data-platform/reference/
 * web-service-error-codes and /api-limits (service protection: 0x80072322 / 0x80072321 /
 * 0x80072326, 429 + Retry-After); 0x80072560 "The user is not a member of the organization." from
 * the dual-write troubleshooting guide; payload (0x80048d19), duplicate key (0x80040237) and
 * plug-in (0x80040265) bodies as seen in Dataverse client issues.
 */
const j = (o: unknown): string => JSON.stringify(o);
const HOST = 'https://contoso.api.crm4.dynamics.com/api/data/v9.2';

export const dataverseCases: RuleCase[] = [
  // ---------------------------------------------------------------- auth
  {
    line: j({ ts: '2026-03-05T12:00:00Z', level: 'error', destination: 'dynamics_365', record_id: 'acct_100', status: 401, body: { error: { code: '0x8005F101', message: 'The requested resource requires authentication.' } } }),
    category: 'auth',
    destination: 'dataverse',
    rule: 'dataverse/access-token-expired',
    note: '0x8005F101 AccessTokenExpired',
  },
  {
    line: j({ ts: '2026-03-05T12:00:10Z', level: 'error', destination: 'dataverse', record_id: 'acct_101', status: 403, body: { error: { code: '0x80040225', message: 'The specified user(Id = 2c5d1a0e-0b1c-ee11-9cbd-000d3a8b7c6d) is disabled. Consider enabling this user.' } } }),
    category: 'auth',
    rule: 'dataverse/user-disabled',
    note: 'the integration user is disabled: every call fails, auth',
  },
  // ---------------------------------------------------------------- permissions
  {
    line: j({
      ts: '2026-03-05T12:00:20Z',
      level: 'error',
      destination: 'dynamics',
      record_id: 'contact_200',
      status: 403,
      url: `${HOST}/contacts`,
      body: {
        error: {
          code: '0x80040220',
          message:
            'Principal user (Id=8b1f5c2d-7f3a-ee11-be6e-000d3a4f1b2c, type=8, roleCount=1, privilegeCount=612, accessMode=4, MetadataCachePrivilegesCount=4652, BusinessUnitId=5e1a2b3c-0d4e-ee11-be6e-000d3a4f1b2c), is missing prvCreateContact privilege (Id=4a2b1c3d-5e6f-4a7b-8c9d-0e1f2a3b4c5d) on OTC=2 for entity \'contact\'. Context: Method=CreatePrivilegeCheck',
        },
      },
    }),
    category: 'permissions',
    field: 'prvCreateContact',
    rule: 'dataverse/privilege-denied',
    note: '0x80040220 missing privilege: permissions, the privilege named',
  },
  {
    line: 'System.ServiceModel.FaultException`1[Microsoft.Xrm.Sdk.OrganizationServiceFault]: Principal user (Id=8b1f5c2d-7f3a-ee11-be6e-000d3a4f1b2c, type=8, roleCount=1) is missing prvWriteAccount privilege (Id=9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d) on OTC=1 for entity \'account\'.',
    category: 'permissions',
    destination: 'dataverse',
    rule: 'dataverse/privilege-message',
    note: '.NET SDK fault text without the hex code: the privilege wording decides',
  },
  {
    line: j({ ts: '2026-03-05T12:00:30Z', level: 'error', destination: 'd365_sales', status: 403, body: { error: { code: '0x80042f09', message: 'The user with id 8b1f5c2d-7f3a-ee11-be6e-000d3a4f1b2c has not been assigned any roles. They need a role with the prvReadSdkMessage privilege.' } } }),
    category: 'permissions',
    rule: 'dataverse/no-roles',
    note: 'application user without a security role',
  },
  {
    line: j({ ts: '2026-03-05T12:00:40Z', level: 'error', destination: 'dataverse', status: 403, url: `${HOST}/accounts`, body: { error: { code: '0x80072560', message: 'The user is not a member of the organization.' } } }),
    category: 'permissions',
    rule: 'dataverse/not-member',
    note: 'token fine, app not an application user of the environment',
  },
  {
    line: 'ERROR crm-sync dest=dataverse Request failed: The remote server returned an error: (403) Forbidden. The user is not a member of the organization.',
    category: 'permissions',
    rule: 'dataverse/not-member-message',
    note: 'the same in prose, no code',
  },
  // ---------------------------------------------------------------- transient
  {
    line: j({ ts: '2026-03-05T12:00:50Z', level: 'warn', destination: 'dataverse', record_id: 'contact_201', status: 429, body: { error: { code: '0x80072322', message: 'Number of requests exceeded the limit of 6000 over time window of 300 seconds.' } } }),
    category: 'transient',
    rule: 'dataverse/service-protection',
    note: 'service protection: requests per 5 minutes, transient',
  },
  {
    line: '2026-03-05 12:01:00 WARN dataverse-sink retrying batch 14: Combined execution time of incoming requests exceeded limit of 1,200,000 milliseconds over time window of 300 seconds. Decrease number of concurrent requests or reduce the duration of requests and try again later.',
    category: 'transient',
    rule: 'dataverse/service-protection-message',
    note: 'execution-time limit in prose: transient',
  },
  {
    line: j({ ts: '2026-03-05T12:01:05Z', level: 'error', destination: 'dataverse', status: 500, body: { error: { code: '0x8004Ed47', message: 'Timeout expired before applock could be acquired.' } } }),
    category: 'transient',
    rule: 'dataverse/app-lock-timeout',
    note: 'AppLockTimeout: retry',
  },
  // ---------------------------------------------------------------- validation
  {
    line: j({ ts: '2026-03-05T12:01:10Z', level: 'error', destination: 'dataverse', record_id: 'contact_202', status: 412, body: { error: { code: '0x80040237', message: 'A record with matching key values already exists.' } } }),
    category: 'validation',
    rule: 'dataverse/duplicate',
    note: 'duplicate key on create: validation',
  },
  {
    line: j({ ts: '2026-03-05T12:01:20Z', level: 'error', destination: 'dataverse', record_id: 'contact_203', status: 404, body: { error: { code: '0x80060891', message: 'A record with the specified key values does not exist in contact entity' } } }),
    category: 'validation',
    rule: 'dataverse/record-not-found',
    note: 'alternate key lookup found nothing',
  },
  {
    line: j({
      ts: '2026-03-05T12:01:30Z',
      level: 'error',
      destination: 'dataverse',
      record_id: 'acct_102',
      status: 400,
      body: {
        error: {
          code: '0x80048d19',
          message:
            "Error identified in Payload provided by the user for Entity :'accounts', For more information on this error please follow this help link https://go.microsoft.com/fwlink/?linkid=2195293  ---->  InnerException : Microsoft.OData.ODataException: The property 'industry_code' does not exist on type 'Microsoft.Dynamics.CRM.account'. Make sure to only use property names that are defined by the type or mark the type as open type.",
        },
      },
    }),
    category: 'validation',
    field: 'industry_code',
    rule: 'dataverse/payload',
    note: 'OData payload error: the unknown column named',
  },
  {
    line: j({
      ts: '2026-03-05T12:01:40Z',
      level: 'error',
      destination: 'dataverse',
      record_id: 'acct_103',
      status: 400,
      body: { error: { code: '0x80044331', message: "A validation error occurred. The length of the 'name' attribute of the 'account' entity exceeded the maximum allowed length of '160'." } },
    }),
    category: 'validation',
    field: 'name',
    rule: 'dataverse/field-value',
    note: 'string too long: validation on the attribute',
  },
  {
    line: j({
      ts: '2026-03-05T12:01:50Z',
      level: 'error',
      destination: 'dataverse',
      record_id: 'acct_104',
      status: 400,
      body: { error: { code: '0x80040265', message: 'Credit limit cannot exceed 50,000 for accounts in the Starter tier.', '@Microsoft.PowerApps.CDS.ErrorDetails.OperationStatus': '0', '@Microsoft.PowerApps.CDS.ErrorDetails.SubErrorCode': '-2146233088' } },
    }),
    category: 'validation',
    rule: 'dataverse/plugin-rejected',
    note: 'a plug-in threw InvalidPluginExecutionException: the record, not the sync',
  },
  {
    line: j({ ts: '2026-03-05T12:02:00Z', level: 'error', status: 404, body: { error: { code: '0x8006088a', message: "Resource not found for the segment 'acounts'.", '@Microsoft.PowerApps.CDS.HelpLink': 'http://go.microsoft.com/fwlink/?LinkID=398563' } } }),
    category: 'validation',
    destination: 'dataverse',
    rule: 'dataverse/bad-request',
    note: 'misspelt entity set, no destination field: the CDS body key names Dataverse',
  },
  // ---------------------------------------------------------------- near misses
  {
    line: j({ ts: '2026-03-05T12:02:10Z', level: 'error', destination: 'dataverse', record_id: 'acct_105', status: 429, body: { error: { code: '0x80072321', message: 'Combined execution time of incoming requests exceeded limit of 1,200,000 milliseconds over time window of 300 seconds.' } } }),
    category: 'transient',
    rule: 'dataverse/service-protection',
    note: 'near miss for plan: a 5-minute window is transient, not the 24 h entitlement',
  },
  {
    line: j({ ts: '2026-03-05T12:02:20Z', level: 'error', destination: 'salesforce', record_id: 'a02', status: 403, body: [{ errorCode: 'INSUFFICIENT_ACCESS_OR_READONLY', message: 'insufficient access rights on object id' }] }),
    category: 'permissions',
    destination: 'salesforce',
    note: 'near miss: a CRM permission error that is not Dataverse’s',
  },
];

/** A Dataverse hex code stated as "Error code: 0x…" in prose. */
export const dataverseHexCases: RuleCase[] = [
  {
    line: "Business Process Error: The record cannot be deleted while it has open tasks. Error code: 0x80040265",
    category: "validation",
    rule: "dataverse/plugin-rejected",
    note: "IsvAborted: a plug-in refused the operation",
  },
];

/** OData's sentence for an unknown column on a Dataverse type. Source: Dataverse Web API errors (0x80048d19), Microsoft.OData.Core messages. */
export const dataverseODataCases: RuleCase[] = [
  {
    line: "System.Private.CoreLib: Exception while executing function: SyncLeads. Microsoft.OData.Core: The property 'leadsource' does not exist on type 'Microsoft.Dynamics.CRM.lead'. Make sure to only use property names that are defined by the type.",
    category: 'validation',
    destination: 'dataverse',
    field: 'leadsource',
    rule: 'dataverse/payload-message',
    note: 'the OData type names Dynamics; the property is the field',
  },
];
