import type { RuleCase } from '../rule-tester.js';

/**
 * HubSpot. Bodies follow the shapes in developers.hubspot.com/docs/api-reference/error-handling,
 * the API usage guidelines (429 policies), the legacy v1 contacts API (validationResults) and real
 * bodies quoted in the official SDKs' issues. Expectations come from DESIGN.md §2/§7 and those
 * docs, not from the tool.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const hubspotCases: RuleCase[] = [
  // ---------------------------------------------------------------- auth
  {
    line: '{"ts":"2026-03-10T16:04:42Z","level":"error","destination":"hubspot","record_id":"c-1001","status":401,"body":{"status":"error","message":"The OAuth token used to make this call expired 0 second(s) ago.","correlationId":"019cd9fe-d093-7d4f-99bc-45975fdcf7c6","category":"EXPIRED_AUTHENTICATION","context":{"expire time":["2026-03-10T23:04:41.164Z"]}}}',
    category: 'auth',
    cause: 'EXPIRED_AUTHENTICATION',
    destination: 'hubspot',
    note: 'v3 401 category EXPIRED_AUTHENTICATION',
  },
  {
    line: j({
      ts: '2026-03-10T16:05:00Z',
      level: 'error',
      destination: 'HubSpot CRM',
      record_id: 'c-1002',
      status: 401,
      body: {
        status: 'error',
        message: 'The OAuth token used to make this call expired 20354 day(s) ago.',
        correlationId: '624dfe75-00a9-4e7a-b7dc-233ee177cf60',
        category: 'EXPIRED_AUTHENTICATION',
        context: { 'expire time': ['1970-01-01T00:00:00Z'] },
      },
    }),
    category: 'auth',
    cause: 'EXPIRED_AUTHENTICATION',
    destination: 'hubspot',
    note: 'a garbage / wrong-kind token comes back as EXPIRED_AUTHENTICATION with a 1970 expiry: still auth',
  },
  {
    line:
      '2026-03-10T16:05:10Z ERROR POST /crm/v3/objects/contacts 401 ' +
      j({
        status: 'error',
        message:
          'Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview',
        correlationId: '501651f6-bb90-40f1-b0db-349f62916993',
        category: 'INVALID_AUTHENTICATION',
      }),
    category: 'auth',
    cause: 'INVALID_AUTHENTICATION',
    destination: 'hubspot',
    note: 'text line with embedded JSON, no destination field: INVALID_AUTHENTICATION (missing credentials)',
  },
  {
    line:
      'ts=2021-06-01T10:00:00Z level=error dest=hubspot record_id=c-17 status=401 body="' +
      j({
        status: 'error',
        message: 'The API key provided is invalid. View or manage your API key here: https://app.hubspot.com/l/api-key/',
        correlationId: '8d3b1f0e-6a0b-4bb4-9d55-1c2f3e4a5b60',
        category: 'INVALID_AUTHENTICATION',
        links: { 'api key': 'https://app.hubspot.com/l/api-key/' },
      }).replaceAll('"', '\\"') +
      '"',
    category: 'auth',
    cause: 'INVALID_AUTHENTICATION',
    destination: 'hubspot',
    note: 'logfmt with an escaped JSON body: legacy hapikey INVALID_AUTHENTICATION',
  },
  {
    line:
      '2026-03-10 16:06:02 ERROR hubspot token refresh failed: 400 ' +
      j({ status: 'BAD_REFRESH_TOKEN', message: 'missing or unknown refresh token', correlationId: '4f1c0a52-7a3e-4b8e-9e43-2d0c0f6f3e11' }),
    category: 'auth',
    cause: 'BAD_REFRESH_TOKEN',
    note: 'token endpoint 400 status BAD_REFRESH_TOKEN (app uninstalled): auth despite HTTP 400',
  },
  {
    line:
      "hubspot.crm.contacts.exceptions.ApiException: (401)\\nReason: Unauthorized\\nHTTP response headers: HTTPHeaderDict({'Content-Type': 'application/json;charset=utf-8', 'x-hubspot-auth-failure': '401 Unauthorized', 'Server': 'cloudflare'})\\nHTTP response body: " +
      j({
        status: 'error',
        message: 'The OAuth token used to make this call expired 3 hour(s) ago.',
        correlationId: '7f0d2c6e-1e8b-4a51-bb5e-2f7d80e0c913',
        category: 'EXPIRED_AUTHENTICATION',
        context: { 'expire time': ['2026-03-10T13:02:11.011Z'] },
      }),
    category: 'auth',
    cause: 'EXPIRED_AUTHENTICATION',
    note: 'hubspot-api-python ApiException string (escaped newlines), 401 EXPIRED_AUTHENTICATION',
  },
  {
    line:
      'Hubspot::Crm::Contacts::ApiError: Error message: the server returns an error\\nHTTP status code: 401\\nResponse headers: {"content-type"=>"application/json;charset=utf-8", "x-hubspot-auth-failure"=>"401 Unauthorized"}\\nResponse body: ' +
      j({
        status: 'error',
        message:
          'Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview',
        correlationId: 'a2b7e8f4-0c5d-4e3a-9f1b-6c7d8e9f0a1b',
        category: 'INVALID_AUTHENTICATION',
      }),
    category: 'auth',
    note: 'hubspot-api-ruby ApiError string: a Ruby-hash headers block precedes the JSON body; still INVALID_AUTHENTICATION',
  },
  {
    line:
      'Error: HTTP-Code: 401\\nMessage: An error occurred.\\nBody: ' +
      j({
        status: 'error',
        message:
          'Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview',
        correlationId: '0c1d2e3f-4a5b-6c7d-8e9f-a0b1c2d3e4f5',
        category: 'INVALID_AUTHENTICATION',
      }) +
      '\\nHeaders: ' +
      j({ 'content-type': 'application/json;charset=utf-8', 'x-hubspot-auth-failure': '401 Unauthorized' }),
    category: 'auth',
    cause: 'INVALID_AUTHENTICATION',
    note: 'hubspot-api-nodejs HTTP-Code/Body/Headers string: two JSON objects on one line',
  },

  // ---------------------------------------------------------------- permissions
  {
    line: j({
      ts: '2026-03-10T16:07:00Z',
      level: 'error',
      destination: 'hubspot',
      record_id: 'd-77',
      status: 403,
      body: {
        status: 'error',
        message:
          "This app hasn't been granted all required scopes to make this call. Read more about required scopes here: https://developers.hubspot.com/scopes.",
        correlationId: '5fd6d324-f253-78b7-8d43-2a41596a804c',
        errors: [{ message: 'One or more of the following scopes are required.', context: { requiredGranularScopes: ['crm.objects.deals.write'] } }],
        links: { scopes: 'https://developers.hubspot.com/scopes' },
        category: 'MISSING_SCOPES',
      },
    }),
    category: 'permissions',
    cause: 'MISSING_SCOPES',
    destination: 'hubspot',
    note: '403 MISSING_SCOPES (requiredGranularScopes): permissions',
  },
  {
    line: j({
      time: '2026-03-10T16:07:12Z',
      severity: 'ERROR',
      connector: 'hubspot',
      object_id: 'tkt-4410',
      status_code: 403,
      error: j({
        status: 'error',
        message: "This app hasn't been granted all required scopes to make this call. Read more about required scopes here: https://developers.hubspot.com/scopes.",
        correlationId: '3e2f9b71-5c6d-4f8e-a0b1-c2d3e4f5a6b7',
        errors: [{ message: 'One or more of the following scopes are required.', context: { requiredScopes: ['tickets'] } }],
        category: 'MISSING_SCOPES',
      }),
    }),
    category: 'permissions',
    cause: 'MISSING_SCOPES',
    destination: 'hubspot',
    note: 'body JSON-encoded inside the "error" string field: MISSING_SCOPES',
  },
  {
    line:
      '[2019-06-21 10:11:12] ERROR sync tickets failed: 403 ' +
      j({
        status: 'error',
        message: 'This oauth-token (****) does not have proper permissions! (requires any of [tickets])',
        correlationId: '2fe0a9af-3609-45c9-a4d7-83a1774121aa',
      }),
    category: 'permissions',
    note: 'legacy pre-category 403 "does not have proper permissions! (requires any of [...])": a scope denial',
  },
  {
    line: 'requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://api.hubapi.com/crm/v3/objects/deals?limit=100',
    category: 'permissions',
    destination: 'hubspot',
    note: 'raise_for_status() string, no body: 403 falls back to permissions; destination from the API host',
  },

  // ---------------------------------------------------------------- plan
  {
    line: j({
      ts: '2026-03-10T16:07:30Z',
      level: 'error',
      destination: 'hubspot',
      record_id: 't-5',
      status: 403,
      body: {
        status: 'error',
        message: "The scope needed for this API call isn't available for public use. If you have questions, contact support or post in our developers forum.",
        correlationId: '019db0fe-7069-7247-b1c1-4ec6fabc18b4',
        category: 'MISSING_SCOPES',
      },
    }),
    category: 'plan',
    cause: 'MISSING_SCOPES (not available on plan)',
    note: "403 MISSING_SCOPES but \"isn't available for public use\": the portal tier lacks the object (plan, not permissions)",
  },
  {
    line: j({
      ts: '2026-03-11T23:59:00Z',
      level: 'error',
      destination: 'hubspot',
      record_id: 'c-2002',
      status: 429,
      body: {
        status: 'error',
        message: 'You have reached your daily limit.',
        errorType: 'RATE_LIMIT',
        correlationId: 'c033cdaa-2c40-4a64-ae48-b4cec88dad24',
        policyName: 'DAILY',
        requestId: '3d3e35b7-0dae-4b9f-a6e3-9c230cbcf8dd',
      },
    }),
    category: 'plan',
    cause: 'RATE_LIMIT (DAILY)',
    destination: 'hubspot',
    note: '429 errorType RATE_LIMIT policyName DAILY: the daily cap is plan, not transient',
  },
  {
    line: 'ts=2026-03-11T23:58:12Z level=error dest=hubspot record_id=c-2101 status=429 errorType=RATE_LIMIT policyName=DAILY msg="You have reached your daily limit."',
    category: 'plan',
    cause: 'RATE_LIMIT (DAILY)',
    destination: 'hubspot',
    note: 'logfmt 429 with policyName=DAILY: plan',
  },
  {
    line:
      '2026-03-11 23:59:40 ERROR upsert contact c-2102 failed: 429 ' +
      j({ status: 'error', message: 'You have reached your daily limit.', errorType: 'RATE_LIMIT', correlationId: '9a0b1c2d-3e4f-5a6b-7c8d-9e0f1a2b3c4d' }),
    category: 'plan',
    cause: 'RATE_LIMIT (DAILY)',
    note: '429 RATE_LIMIT with no policyName: the message "reached your daily limit" still says DAILY',
  },

  // ---------------------------------------------------------------- validation
  {
    line: j({
      ts: '2026-03-12T08:00:00Z',
      level: 'error',
      destination: 'hubspot',
      record_id: 'lead-42',
      status: 400,
      body: {
        status: 'error',
        message:
          'Property values were not valid: [{"isValid":false,"message":"Property \\"description\\" does not exist","error":"PROPERTY_DOESNT_EXIST","name":"description","localizedErrorMessage":"Property \\"description\\" does not exist","portalId":244764782}]',
        correlationId: 'ffbce914-a7be-4a80-a701-2e8bad686524',
        errors: [{ message: 'Property "description" does not exist', code: 'PROPERTY_DOESNT_EXIST', context: { propertyName: ['description'] } }],
        category: 'VALIDATION_ERROR',
      },
    }),
    category: 'validation',
    cause: 'PROPERTY_DOESNT_EXIST',
    field: 'description',
    destination: 'hubspot',
    note: 'v3 400 names the property twice (message JSON + errors[].context.propertyName)',
  },
  {
    line: j({
      ts: '2026-03-12T08:00:05Z',
      level: 'error',
      record_id: 'co-9',
      status: 400,
      body: {
        status: 'error',
        message:
          'Property values were not valid: [{"isValid":false,"message":"Property \\"segment_group_id\\" does not exist","error":"PROPERTY_DOESNT_EXIST","name":"segment_group_id"}]',
        correlationId: 'ef6f8b25-6ef2-47d3-ba8e-8eeb04a92045',
        category: 'VALIDATION_ERROR',
      },
    }),
    category: 'validation',
    cause: 'PROPERTY_DOESNT_EXIST',
    field: 'segment_group_id',
    note: 'v3 400 without errors[]: the property must be parsed out of the JSON text inside message; no destination field',
  },
  {
    line: j({
      ts: '2026-03-12T08:01:00Z',
      level: 'error',
      destination: 'hubspot',
      record_id: 'c-3003',
      status: 400,
      body: {
        status: 'error',
        message:
          'Property values were not valid: [{"isValid":false,"message":"Japan Summer was not one of the allowed options","error":"INVALID_OPTION","name":"pd_program"}]',
        correlationId: '8b7d1e02-55aa-4c1e-9b0e-1f7f0e8c2d10',
        errors: [{ message: 'Japan Summer was not one of the allowed options', code: 'INVALID_OPTION', context: { propertyName: ['pd_program'] } }],
        category: 'VALIDATION_ERROR',
      },
    }),
    category: 'validation',
    cause: 'INVALID_OPTION',
    field: 'pd_program',
    note: 'INVALID_OPTION on an enumeration property',
  },
  {
    line: j({
      ts: '2026-03-12T08:02:00Z',
      level: 'error',
      destination: 'hubspot',
      record_id: 'm-14',
      status: 400,
      body: {
        status: 'error',
        message: 'Property values were not valid: [{"isValid":false,"message":"tomorrow was not a valid long.","error":"INVALID_LONG","name":"hs_timestamp"}]',
        correlationId: '0b5c8f2e-2c44-4b7b-8d7e-0f8a9a1c5e77',
        errors: [{ message: 'tomorrow was not a valid long.', code: 'INVALID_LONG', context: { propertyName: ['hs_timestamp'] } }],
        category: 'VALIDATION_ERROR',
      },
    }),
    category: 'validation',
    field: 'hs_timestamp',
    note: 'INVALID_LONG on hs_timestamp',
  },
  {
    line: j({
      ts: '2026-03-12T08:02:30Z',
      level: 'error',
      destination: 'hubspot',
      record_id: 'deal-88',
      status: 400,
      body: {
        status: 'error',
        message: 'Property values were not valid',
        errors: [{ message: 'discount was not a valid number', code: 'INVALID_INTEGER', context: { propertyName: ['discount'] } }],
        category: 'VALIDATION_ERROR',
        correlationId: 'a43683b0-5717-4ceb-80b4-104d02915d8c',
      },
    }),
    category: 'validation',
    field: 'discount',
    note: 'error-handling doc sample: INVALID_INTEGER with context.propertyName',
  },
  {
    line:
      '2019-05-13T12:06:00Z WARN hubspot createOrUpdate email=invalid.email@wales.nhs.ik failed HTTP 400: ' +
      j({
        validationResults: [{ isValid: false, message: 'Email address invalid.email@wales.nhs.ik is invalid', error: 'INVALID_EMAIL', name: 'email' }],
        status: 'error',
        message: 'Property values were not valid',
        correlationId: '70a021f3-0224-4ea9-bfab-d6374d4d7e68',
      }),
    category: 'validation',
    cause: 'INVALID_EMAIL',
    field: 'email',
    note: 'legacy v1 validationResults[].name (WARN level, still a failed record)',
  },
  {
    line: j({
      ts: '2019-05-13T12:05:54Z',
      level: 'error',
      record_id: 'c-7781',
      status: 400,
      response_body: j({
        validationResults: [{ isValid: false, message: '2019-05-13T12:05:53.602759Z was not a valid long.', error: 'INVALID_LONG', name: 'createdate' }],
        status: 'error',
        message: 'Property values were not valid',
        correlationId: '5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e',
        requestId: '1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9',
      }),
    }),
    category: 'validation',
    field: 'createdate',
    note: 'legacy INVALID_LONG, body JSON-encoded in response_body, no destination field',
  },
  {
    line: j({
      ts: '2020-01-16T13:01:00Z',
      level: 'error',
      destination: 'hubspot',
      record_id: 'c-912',
      status: 400,
      body: {
        validationResults: [{ isValid: false, message: '1579179660000 is at 13:1:0.0 UTC, not midnight!', error: 'INVALID_DATE', name: 'last_purchase' }],
        status: 'error',
        message: 'Property values were not valid',
        correlationId: '11aa22bb-33cc-44dd-55ee-66ff77aa88bb',
      },
    }),
    category: 'validation',
    cause: 'INVALID_DATE',
    field: 'last_purchase',
    note: 'legacy INVALID_DATE: date properties must be midnight UTC',
  },
  {
    line: j({
      ts: '2024-02-01T10:00:00Z',
      level: 'error',
      destination: 'hubspot',
      record_id: 'batch-7#1',
      status: 400,
      body: {
        status: 'error',
        message: 'Errors found processing batch update',
        correlationId: 'a716ef20-79df-44d4-98bd-9136af7bdefc',
        invalidEmails: ['identify111052@test.con'],
        failureMessages: [{ index: 1, error: { status: 'error', message: 'Email address identify111052@test.con is invalid' } }],
      },
    }),
    category: 'validation',
    note: 'legacy v1 batch: invalidEmails + failureMessages (record-level invalid email)',
  },
  {
    line:
      'Error: HTTP-Code: 400\\nMessage: An error occurred.\\nBody: ' +
      j({
        status: 'error',
        message:
          'Cannot set PropertyValueCoordinates{portalId=44956899, objectTypeId=ObjectTypeId{legacyObjectType=CONTACT}, propertyName=email, value=jane@example.com} on 552148386511. 552239500007 already has that value.',
        correlationId: '01a0a0eb-ea7a-7303-a6e2-a774cf30316a',
        category: 'VALIDATION_ERROR',
      }) +
      '\\nHeaders: ' +
      j({ 'content-type': 'application/json;charset=utf-8' }),
    category: 'validation',
    field: 'email',
    note: 'unique-value collision is a 400 VALIDATION_ERROR; the field is propertyName=email inside the message',
  },
  {
    line: j({
      ts: '2026-03-12T09:00:00Z',
      level: 'error',
      destination: 'hubspot',
      record_id: 'c-4004',
      status: 409,
      body: { status: 'error', message: 'Contact already exists. Existing ID: 512159482605', correlationId: '3c0b2c55-7d0b-4d7e-a1a2-9a5b6e0f1c22', category: 'CONFLICT' },
    }),
    category: 'validation',
    cause: 'CONFLICT',
    field: null,
    note: '409 CONFLICT "Contact already exists": a record-level duplicate, validation; names no field',
  },
  {
    line: j({
      ts: '2026-03-12T09:30:00Z',
      level: 'warn',
      destination: 'hubspot',
      record_id: 't-549b1c2a9351',
      status: 207,
      body: {
        status: 'COMPLETE',
        results: [{ id: '1145814089', properties: { hs_pipeline_stage: '1' } }],
        numErrors: 1,
        errors: [
          {
            status: 'error',
            category: 'VALIDATION_ERROR',
            message:
              'Property values were not valid: [{"isValid":false,"message":"Property \\"missing\\" does not exist","error":"PROPERTY_DOESNT_EXIST","name":"missing"}]',
            context: { objectWriteTraceId: ['549b1c2a9351'] },
          },
        ],
        startedAt: '2024-08-15T17:09:13.610Z',
        completedAt: '2024-08-15T17:09:13.910Z',
      },
    }),
    category: 'validation',
    field: 'missing',
    note: '207 multi-status: one results[] success plus one errors[] PROPERTY_DOESNT_EXIST item: the line is validation',
  },
  {
    line: j({
      ts: '2026-03-12T09:32:00Z',
      level: 'warn',
      destination: 'hubspot',
      status: 207,
      body: {
        status: 'COMPLETE',
        results: [
          { id: '101', properties: { email: 'a@example.com' } },
          { id: '102', properties: { email: 'b@example.com' } },
        ],
        numErrors: 2,
        errors: [
          { status: 'error', category: 'OBJECT_NOT_FOUND', message: 'Could not get some CONTACT objects, they may be deleted or not exist. Check that ids are valid.', context: { ids: ['1', '2'] } },
          {
            status: 'error',
            category: 'VALIDATION_ERROR',
            message: 'Property values were not valid: [{"isValid":false,"message":"Gold Plus was not one of the allowed options","error":"INVALID_OPTION","name":"tier"}]',
            context: { objectWriteTraceId: ['77c1'] },
          },
        ],
        startedAt: '2026-03-12T09:31:59.100Z',
        completedAt: '2026-03-12T09:31:59.400Z',
      },
    }),
    category: 'validation',
    note: '207 with two per-item errors (OBJECT_NOT_FOUND, INVALID_OPTION) next to successes: validation',
  },
  {
    line: j({
      ts: '2026-03-12T09:40:00Z',
      level: 'error',
      destination: 'hubspot',
      record_id: 'c-9',
      status: 404,
      body: { status: 'error', message: 'Object not found.  objectId are usually numeric.', correlationId: '6f7e8d9c-0b1a-4c2d-9e3f-4a5b6c7d8e9f', context: { id: ['abc'] }, category: 'OBJECT_NOT_FOUND' },
    }),
    category: 'validation',
    cause: 'OBJECT_NOT_FOUND',
    note: '404 OBJECT_NOT_FOUND: the record id does not exist (deleted/merged): validation',
  },
  {
    line: j({
      ts: '2026-03-12T09:45:00Z',
      level: 'error',
      destination: 'hubspot',
      record_id: 'c-5005',
      status: 404,
      body: { status: 'error', message: 'resource not found', correlationId: '7c8ba50e-16a4-4a52-a304-ff249175a8f1' },
    }),
    category: 'validation',
    note: 'legacy 404 with no category: record missing, validation',
  },
  {
    line: j({
      ts: '2026-03-12T10:40:00Z',
      level: 'error',
      destination: 'hubspot',
      status: 400,
      body: {
        status: 'error',
        message: 'Duplicate IDs found in batch input: [12877907025]. IDs must be unique',
        correlationId: '2e1d0c9b-8a7f-4e6d-b5c4-a3b2c1d0e9f8',
        context: { ids: ['12877907025'] },
        category: 'VALIDATION_ERROR',
      },
    }),
    category: 'validation',
    cause: 'VALIDATION_ERROR',
    field: null,
    note: 'whole-batch 400 "Duplicate IDs found in batch input": validation with no field',
  },
  {
    line: j({
      ts: '2026-03-12T11:15:00Z',
      level: 'error',
      destination: 'hubspot',
      record_id: 'c-9010',
      status: 400,
      body: {
        status: 'error',
        message:
          'Invalid input JSON on line 3, column 9: Cannot deserialize value of type `com.hubspot.inbounddb.publicobject.core.v2.SimplePublicObjectBatchInput$Json` from Array value (token `JsonToken.START_ARRAY`)',
        correlationId: '99df04b9-da11-4504-bd97-2c15f58d0943',
      },
    }),
    category: 'validation',
    field: null,
    note: '400 "Invalid input JSON": malformed payload, validation with no field',
  },
  {
    line: j({
      ts: '2026-03-12T11:20:00Z',
      level: 'error',
      destination: 'hubspot',
      record_id: 'deal-3',
      status: 400,
      body: {
        status: 'error',
        message: 'test is not a valid association type between deals and contacts',
        correlationId: '2d1d4c1e-0e5e-4b0a-8f44-3c1d2f0a9b88',
        context: { type: ['test'], fromObjectType: ['deals'], toObjectType: ['contacts'] },
        category: 'VALIDATION_ERROR',
        subCategory: 'crm.associations.INVALID_ASSOCIATION_TYPE',
      },
    }),
    category: 'validation',
    note: 'subCategory crm.associations.INVALID_ASSOCIATION_TYPE',
  },

  // ---------------------------------------------------------------- transient
  {
    line: j({
      ts: '2026-03-11T09:00:00Z',
      level: 'error',
      destination: 'hubspot',
      record_id: 'c-2001',
      status: 429,
      body: {
        status: 'error',
        message: 'You have reached your ten_secondly_rolling limit.',
        errorType: 'RATE_LIMIT',
        correlationId: 'c93e06a4-7d61-4c3e-b63f-edf486fc6e90',
        policyName: 'TEN_SECONDLY_ROLLING',
        groupName: 'publicapi:hapikey-api-calls-ten-secondly:6748263',
      },
    }),
    category: 'transient',
    cause: 'RATE_LIMIT',
    destination: 'hubspot',
    note: '429 policyName TEN_SECONDLY_ROLLING: rolling window, transient',
  },
  {
    line:
      "hubspot.crm.contacts.exceptions.ApiException: (429)\\nReason: Too Many Requests\\nHTTP response headers: HTTPHeaderDict({'X-HubSpot-RateLimit-Max': '100', 'X-HubSpot-RateLimit-Remaining': '0'})\\nHTTP response body: " +
      j({ status: 'error', message: 'You have reached your secondly limit.', errorType: 'RATE_LIMIT', correlationId: '6828d000-3d2f-4701-8d90-b21e53b0d005', policyName: 'SECONDLY' }),
    category: 'transient',
    cause: 'RATE_LIMIT',
    note: 'python ApiException 429 policyName SECONDLY: transient',
  },
  {
    line: j({ ts: '2026-03-11T09:00:02Z', level: 'warn', destination: 'hubspot', record_id: 'c-2103', status: 429, error: 'Too Many Requests' }),
    category: 'transient',
    note: 'bare 429 with no policy: transient',
  },
  {
    line: j({
      ts: '2026-03-11T09:00:03Z',
      level: 'error',
      destination: 'hubspot',
      record_id: 'c-2104',
      status: 429,
      body: { status: 'error', message: 'You have reached your ten_secondly_rolling limit.', category: 'RATE_LIMITS', correlationId: 'd1e2f3a4-b5c6-4d7e-8f9a-0b1c2d3e4f5a', policyName: 'TEN_SECONDLY_ROLLING' },
    }),
    category: 'transient',
    note: 'changelog shape category RATE_LIMITS (not errorType) with a rolling policy: transient',
  },
  {
    line: j({
      type: 'LOG',
      log: {
        level: 'INFO',
        message:
          'Backing off _send(...) for 5.0s (airbyte_cdk.sources.streams.http.exceptions.DefaultBackoffException: Request URL: https://api.hubapi.com/crm/v3/objects/contacts?limit=100, Response Code: 429, Response Text: {"status":"error","message":"You have reached your ten_secondly_rolling limit.","errorType":"RATE_LIMIT","correlationId":"0aa1bb2c-3dd4-4ee5-8ff6-a7b8c9d0e1f2","policyName":"TEN_SECONDLY_ROLLING"})',
      },
    }),
    category: 'transient',
    destination: 'hubspot',
    note: 'Airbyte logs 429 backoffs at INFO: the level is a signal, not the answer (rolling-window rate limit)',
  },
  {
    line: j({ ts: '2026-03-12T10:00:00Z', level: 'error', destination: 'hubspot', record_id: 'co-6006', status: 423, body: null, error: '423 Locked' }),
    category: 'transient',
    note: '423 Locked: wait >= 2 s and retry',
  },
  {
    line: j({ ts: '2026-03-12T10:05:00Z', level: 'error', destination: 'hubspot', record_id: 'c-7007', status: 477, headers: { 'retry-after': '3600' }, error: '477 Migration in Progress' }),
    category: 'transient',
    note: '477 Migration in Progress: honour Retry-After (up to 24 h)',
  },
  {
    line: 'Error: Server error: `PUT https://api.hubapi.com/companies/v2/companies/666?hapikey=***` resulted in a `502 Bad Gateway` response:\\n<html>\\n<head><title>502 Bad Gateway</title></head>\\n<body bgcolor="white">\\n<center><h1>502 Bad Gateway</h1></center>',
    category: 'transient',
    destination: 'hubspot',
    note: 'hubspot-php Guzzle 502 with the nginx HTML page',
  },
  {
    line: j({
      ts: '2026-03-12T11:02:00Z',
      level: 'error',
      destination: 'hubspot',
      record_id: 'c-8009',
      status: 524,
      body: '<html>\n<head><title>524 Origin Time-out</title></head>\n<body bgcolor="white">\n<center><h1>524 Origin Time-out</h1></center>',
    }),
    category: 'transient',
    note: '524 origin timeout: transient',
  },
  {
    line: j({
      ts: '2026-03-12T11:03:00Z',
      level: 'error',
      destination: 'hubspot',
      record_id: 'c-8010',
      status: 504,
      body: '<html><head><title>504 Gateway Time-out</title></head><body><center><h1>504 Gateway Time-out</h1></center></body></html>',
    }),
    category: 'transient',
    note: '504 (HubSpot processing limits) is transient',
  },
  {
    line: j({ ts: '2026-03-12T11:04:00Z', level: 'error', destination: 'hubspot', record_id: 'wf-2', status: 500, body: { status: 'error', message: 'internal error', correlationId: 'e0f1a2b3-c4d5-4e6f-8a9b-0c1d2e3f4a5b' } }),
    category: 'transient',
    note: '500 "internal error": transient',
  },
  {
    line: "requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='api.hubapi.com', port=443): Read timed out. (read timeout=30)",
    category: 'transient',
    destination: 'hubspot',
    note: 'python read timeout against api.hubapi.com: transient',
  },

  // ---------------------------------------------------------------- outage
  {
    line: j({
      ts: '2026-03-12T11:00:00Z',
      level: 'error',
      destination: 'hubspot',
      record_id: 'c-8008',
      status: 521,
      body: '<!DOCTYPE html><html lang="en-US"><head><title>api.hubapi.com | 521: Web server is down</title></head><body><span class="cf-error-type">Error</span><span class="cf-error-code">521</span> Cloudflare Ray ID: <strong>7f1c2a3b4c5d6e7f</strong></body></html>',
    }),
    category: 'outage',
    note: 'Cloudflare 521 HTML page: outage',
  },
  {
    line:
      'ts=2026-03-12T11:01:00Z level=error dest=hubspot record_id=c-8011 status=523 body="<!DOCTYPE html><html><head><title>api.hubapi.com | 523: Origin is unreachable</title></head><body>Error code 523</body></html>"',
    category: 'outage',
    note: 'Cloudflare 523 origin unreachable (logfmt): outage',
  },
  {
    line: j({
      ts: '2026-03-12T11:01:45Z',
      level: 'error',
      destination: 'hubspot',
      record_id: 'c-8013',
      status: 525,
      body: '<!DOCTYPE html><html><head><title>api.hubapi.com | 525: SSL handshake failed</title></head><body>Error code 525</body></html>',
    }),
    category: 'outage',
    note: 'DESIGN: HubSpot 525/526 SSL is an outage',
  },
  {
    line: '2026-03-12T11:10:00Z ERROR destination=hubspot record_id=c-9009 error="Post \\"https://api.hubapi.com/crm/v3/objects/contacts\\": dial tcp: lookup api.hubapi.com: no such host"',
    category: 'outage',
    destination: 'hubspot',
    note: 'Go resolver NXDOMAIN ("no such host") = ENOTFOUND on the API host: outage',
  },
];

/**
 * Cases the first rule tables got wrong, fixed since and kept as regressions: each "was:" says
 * what the tool returned then and why that was wrong.
 */
export const regressions: RuleCase[] = [
  // was: destination null (category auth is right; rule hubspot/bad-refresh-token).
  // why: the NDJSON url field names api.hubapi.com, but the destination is only looked for in messages, never in url/endpoint fields.
  {
    line: j({
      ts: '2026-03-10T16:06:30Z',
      level: 'error',
      msg: 'oauth refresh failed',
      url: 'https://api.hubapi.com/oauth/v1/token',
      status: 400,
      response: {
        error: 'invalid_grant',
        error_description: 'refresh token is invalid, expired or revoked',
        status: 'BAD_REFRESH_TOKEN',
        message: 'refresh token is invalid, expired or revoked',
      },
    }),
    category: 'auth',
    destination: 'hubspot',
    note: 'token endpoint with RFC 6749 keys invalid_grant + BAD_REFRESH_TOKEN: auth',
  },
  // was: transient (rule network/timeout, cause ETIMEDOUT).
  // why: DESIGN §2 lists HubSpot 522 as outage; the Cloudflare title "522: Connection timed out" is caught by the network timeout regex before http/cloudflare-down.
  {
    line: j({
      ts: '2026-03-12T11:01:30Z',
      level: 'error',
      destination: 'hubspot',
      record_id: 'c-8012',
      status: 522,
      body: '<!DOCTYPE html><html><head><title>api.hubapi.com | 522: Connection timed out</title></head><body>Error code 522</body></html>',
    }),
    category: 'outage',
    note: 'DESIGN: HubSpot 522 (contact support) is an outage',
  },
];

/**
 * One case per rule that no other case decided (the rule-coverage test): each pins the rule that
 * must decide it, written as HubSpot sends it.
 */
export const ruleCoverage: RuleCase[] = [
  {
    line:
      '2026-03-12 10:41:07 ERROR hubspot sandbox sync failed: 403 - ' +
      j({
        status: 'error',
        message: "You can't create/archive a development sandbox for portal 46021337.",
        correlationId: '7c1e5a90-2b4d-4f6e-9a8b-3c2d1e0f9a87',
        context: { hubId: ['46021337'] },
        category: 'BANNED',
        subCategory: 'SandboxErrors.DEVELOPMENT_SANDBOX_ACCESS_NOT_ALLOWED',
      }),
    category: 'permissions',
    cause: 'BANNED',
    destination: 'hubspot',
    rule: 'hubspot/banned',
    note: 'category BANNED (the account may not use this feature), the body shape HubSpot CLI prints for a 403; destination from correlationId',
  },
  {
    line: '2026-03-10 16:05:40 ERROR hubspot contacts page 3 failed: Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview',
    category: 'auth',
    cause: 'INVALID_AUTHENTICATION',
    destination: 'hubspot',
    rule: 'hubspot/invalid-authentication-message',
    note: 'the 401 message logged without its body (no category to decide on): still INVALID_AUTHENTICATION',
  },
  {
    line: j({
      ts: '2026-03-12T08:03:00Z',
      level: 'error',
      destination: 'hubspot',
      record_id: 'c-3101',
      status: 400,
      body: {
        status: 'error',
        message: 'Property values were not valid: [{"isValid":false,"error":"INVALID_PHONE_NUMBER","name":"hs_whatsapp_phone_number"}]',
        correlationId: '4b9e2c71-8d3a-4f05-b6e1-0a7c9d2e5f13',
        category: 'VALIDATION_ERROR',
      },
    }),
    category: 'validation',
    cause: 'INVALID_PHONE_NUMBER',
    field: 'hs_whatsapp_phone_number',
    rule: 'hubspot/invalid-phone',
    note: 'validation result INVALID_PHONE_NUMBER (a number that does not match its country) inside the message JSON: the code beats VALIDATION_ERROR',
  },
  {
    line: j({
      ts: '2026-03-12T08:04:00Z',
      level: 'error',
      destination: 'hubspot',
      record_id: 'co-4410',
      status: 400,
      body: {
        status: 'error',
        message: 'Property values were not valid',
        correlationId: '9d0e1f2a-3b4c-4d5e-8f6a-7b8c9d0e1f2a',
        category: 'VALIDATION_ERROR',
        errors: [
          {
            message: '"hs_first_order_closed_date" is a read only property; its value cannot be set.',
            code: 'READ_ONLY_VALUE',
            context: { propertyName: ['hs_first_order_closed_date'] },
          },
        ],
      },
    }),
    category: 'validation',
    cause: 'READ_ONLY_VALUE',
    field: 'hs_first_order_closed_date',
    rule: 'hubspot/read-only',
    note: 'errors[].code READ_ONLY_VALUE on a calculated property: drop it from the mapping',
  },
  {
    line: j({
      ts: '2026-03-12T08:05:00Z',
      level: 'error',
      destination: 'hubspot',
      record_id: 'deal-row-17',
      errorType: 'MISSING_REQUIRED_PROPERTY',
      objectType: 'DEAL',
      sourceData: { lineNumber: 17, fileId: 90412277 },
    }),
    category: 'validation',
    cause: 'INVALID_VALUE',
    destination: 'hubspot',
    rule: 'hubspot/invalid-value',
    note: 'an imports API error row (GET /crm/v3/imports/{id}/errors) logged as is: errorType MISSING_REQUIRED_PROPERTY',
  },
];

/** HubSpot wording with no category or code in the line. */
export const hubspotWordingCases: RuleCase[] = [
  {
    line: "2026-03-02T10:00:00Z ERROR deal create failed (hubspot): Some required fields were not set: [dealstage]",
    category: "validation",
    destination: "hubspot",
    field: "dealstage",
    rule: "hubspot/required-fields-not-set",
    note: "required deal property missing",
  },
];
