import type { RuleCase } from '../rule-tester.js';

/**
 * Non-error lines (DESIGN §2 "none"): successes, 2xx, info / debug lines, run summaries, in NDJSON,
 * logfmt and text. Several mention words a naive matcher keys on (429, limit, token, failed=0,
 * timeout, invalid) without anything having failed.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const noneCases: RuleCase[] = [
  {
    line: j({ ts: '2026-03-04T14:00:00Z', level: 'info', destination: 'google_ads', record_id: 'conv_88122', status: 200, msg: 'record synced', latency_ms: 184 }),
    category: 'none',
    note: 'NDJSON 200 "record synced"',
  },
  {
    line: 'ts=2026-03-04T14:00:05Z level=info dest=salesforce batch=42 records=200 succeeded=200 failed=0 msg="batch complete"',
    category: 'none',
    note: 'logfmt batch summary containing "failed=0"',
  },
  {
    line: '2026-03-04T14:00:11.052Z DEBUG run_id=run-7 fetched page 6 (500 rows) from warehouse',
    category: 'none',
    note: 'a count of 500 rows is no HTTP 500 (the errorish gate skips numbers followed by a unit)',
  },
  {
    line: '2026-03-04 14:00:11,201 DEBUG urllib3.connectionpool: Starting new HTTPS connection (1): api.hubapi.com:443',
    category: 'none',
    note: 'urllib3 DEBUG connection line',
  },
  {
    line: j({ ts: '2026-03-04T14:00:12Z', level: 'info', destination: 'marketo', record_id: 'lead_2001', http_status: 200, response: { requestId: 'a1b2#18e0', success: true, result: [{ id: 50, status: 'updated' }] } }),
    category: 'none',
    note: 'Marketo success:true with an updated record',
  },
  {
    line: '2026-03-04 14:00:13,554 INFO auth: refreshing access token for destination=ms_graph (expires_in=3599)',
    category: 'none',
    note: 'INFO line mentioning "token" with nothing failed',
  },
  {
    line: 'GET https://graph.microsoft.com/v1.0/users?$top=100 200 OK (142ms) request-id=02403262-4063-455c-9c8f-54f442b31343',
    category: 'none',
    note: 'text access-log line with 200 OK',
  },
  {
    line: 'ts=2026-03-04T14:00:20Z level=debug dest=shopify_gql record_id=- cost.requested=502 cost.actual=502 throttle.currentlyAvailable=498 throttle.restoreRate=50',
    category: 'none',
    note: 'Shopify throttle status telemetry at debug: not a failure',
  },
  {
    line: 'ts=2026-03-04T14:00:30Z level=info dest=all msg="sync run finished" total=1200 synced=1200 errors=0 duration=74s',
    category: 'none',
    note: 'run summary with errors=0',
  },
  {
    line: j({ ts: '2026-03-12T09:31:00Z', level: 'info', destination: 'hubspot', record_id: 't-549b1c2a9350', status: 207, result: 'created', hubspot_id: '1145814089' }),
    category: 'none',
    note: 'a record created inside a 207 batch',
  },
  {
    line: j({ ts: '2026-03-10T11:06:00Z', level: 'info', destination: 'salesforce', record_id: '003-ok', status: 201, body: { id: '0035e00000AbCdEAAZ', success: true, errors: [] } }),
    category: 'none',
    note: 'Salesforce 201 success:true errors:[]',
  },
  {
    line: j({ ts: '2024-05-02T10:30:00Z', level: 'info', destination: 'stripe', record_id: 'cus-1', status: 200, body: { id: 'cus_PxYz12AbCdEf', object: 'customer', email: 'jane@example.com', livemode: true } }),
    category: 'none',
    note: 'Stripe 200 customer object',
  },
  {
    line: j({ ts: '2024-06-10T08:10:00Z', level: 'info', destination: 'mailchimp', record_id: 'sub-9', status: 200, body: { id: '852aaa9532cb36adfb5e9fef7a4206a9', email_address: 'ana@example.com', status: 'subscribed', list_id: '4529508eb0' } }),
    category: 'none',
    note: 'Mailchimp member upserted (body.status is a member status string, not an HTTP status)',
  },
  {
    line: j({ ts: '2024-07-01T12:10:00Z', level: 'info', destination: 'intercom', record_id: 'contact-600', status: 200, body: { type: 'contact', id: '6570a1b2c3d4e5f6a7b8c9d1', role: 'user', email: 'lee@example.com' } }),
    category: 'none',
    note: 'Intercom 200 contact',
  },
  {
    line: j({ ts: '2024-08-05T09:10:00Z', level: 'info', destination: 'pipedrive', record_id: 'deal-2000', status: 201, body: { success: true, data: { id: 2000, title: 'Acme renewal' }, additional_data: null } }),
    category: 'none',
    note: 'Pipedrive success:true',
  },
  {
    line: 'ts=2026-03-12T09:50:00Z level=info dest=hubspot method=DELETE path=/crm/v3/objects/contacts/512159482605 status=204',
    category: 'none',
    note: 'logfmt 204 No Content',
  },
  {
    line: '2026-03-04 14:02:00 INFO Synced 500 records to hubspot in 12.3s (0 errors)',
    category: 'none',
    note: 'text summary "(0 errors)"',
  },
  {
    line: j({ type: 'LOG', log: { level: 'INFO', message: 'Read 1200 records from contacts stream' } }),
    category: 'none',
    note: 'Airbyte LOG INFO',
  },
  {
    line: j({
      ts: '2026-03-12T09:52:00Z',
      level: 'info',
      destination: 'hubspot',
      status: 200,
      body: { status: 'COMPLETE', results: [{ id: '201', properties: { email: 'a@example.com' } }, { id: '202', properties: { email: 'b@example.com' } }], numErrors: 0, startedAt: '2026-03-12T09:51:59.100Z', completedAt: '2026-03-12T09:51:59.400Z' },
    }),
    category: 'none',
    note: 'HubSpot batch COMPLETE, numErrors 0',
  },
  {
    line: j({
      ts: '2026-03-10T11:07:00Z',
      level: 'info',
      destination: 'salesforce',
      status: 200,
      body: {
        compositeResponse: [
          { body: { id: '0015e00000AbC10AAF', success: true, errors: [] }, httpHeaders: { Location: '/services/data/v59.0/sobjects/Account/0015e00000AbC10AAF' }, httpStatusCode: 201, referenceId: 'newAccount' },
          { body: { id: '0035e00000AbC11AAF', success: true, errors: [] }, httpHeaders: { Location: '/services/data/v59.0/sobjects/Contact/0035e00000AbC11AAF' }, httpStatusCode: 201, referenceId: 'newContact' },
        ],
      },
    }),
    category: 'none',
    note: 'Salesforce composite: every sub-request 201',
  },
  {
    line: j({
      ts: '2026-03-04T14:03:00Z',
      level: 'info',
      destination: 'shopify_gql',
      record_id: 'prod_90',
      status: 200,
      body: { data: { productCreate: { product: { id: 'gid://shopify/Product/1' }, userErrors: [] } }, extensions: { cost: { requestedQueryCost: 10, actualQueryCost: 10, throttleStatus: { maximumAvailable: 1000, currentlyAvailable: 990, restoreRate: 50 } } } },
    }),
    category: 'none',
    note: 'Shopify GraphQL 200 with empty userErrors',
  },
  {
    line: j({ ts: '2026-03-10T11:08:00Z', level: 'info', destination: 'salesforce', sf__Id: '0015e00000AbC12AAF', sf__Created: 'true', record_id: 'acct-77' }),
    category: 'none',
    note: 'Bulk 2.0 successfulResults row',
  },
  {
    line: '2026-03-04 14:04:00,010 DEBUG request body: {"properties":{"email":"invalid.user@example.com","lifecyclestage":"lead","notes":"customer reported a timeout last week"}}',
    category: 'none',
    note: 'DEBUG dump of a request payload whose data contains "invalid" and "timeout"',
  },
  {
    line: 'ts=2026-03-10T08:10:00Z level=info dest=salesforce msg="token refreshed" expires_in=7200',
    category: 'none',
    note: 'logfmt token refreshed',
  },
  {
    line: j({ ts: '2026-03-04T12:50:00Z', level: 'info', destination: 'klaviyo', record_id: 'evt_5', status: 202, msg: 'event accepted' }),
    category: 'none',
    note: '202 Accepted',
  },
  {
    line: '[2026-03-04 14:05:00] INFO  POST /crm/v3/objects/contacts/batch/upsert 200 (312 ms) records=100',
    category: 'none',
    note: 'text access-log line, 200',
  },
  {
    line: j({ ts: '2026-03-04T14:06:00Z', level: 'info', destination: 'google_sheets', status: 200, body: { spreadsheetId: '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789', updates: { updatedRows: 50, updatedCells: 400 } } }),
    category: 'none',
    note: 'Google Sheets append 200',
  },
  {
    line: '2026-03-04T14:07:00.000Z info [intercom] contact u-12 updated (200) after 1 retry',
    category: 'none',
    note: 'text: updated after a retry, final 200',
  },
];

/**
 * Cases the first rule tables got wrong, fixed since and kept as regressions: each "was:" says
 * what the tool returned then and why that was wrong.
 */
export const regressions: RuleCase[] = [
  // was: transient (rule http/rate-limit-message).
  // why: status=200, level=info and "retry succeeded": the record succeeded; "429"/"rate limited" in the message makes the message tier run anyway.
  {
    line: 'ts=2026-03-04T14:00:09Z level=info dest=hubspot record_id=c_100 status=200 attempt=2 msg="rate limited (429), backed off 2s; retry succeeded"',
    category: 'none',
    note: 'a retry that succeeded: final status 200, not a transient failure',
  },
  // was: validation (rule http/validation-message).
  // why: status 200 info line describing a 409 handled by PATCH; "already exists"-style words alone should not make a 2xx info line an error.
  {
    line: j({ ts: '2026-03-04T14:00:15Z', level: 'info', destination: 'klaviyo', record_id: 'prof_a3', msg: 'profile exists (409 duplicate_profile), patched existing profile 01JAFS0VVWGJFE7QE4EJQBA5AS', status: 200 }),
    category: 'none',
    note: 'upsert path: a 409 handled by PATCH, final status 200',
  },
  // was: transient (rule http/rate-limit-message).
  // why: info telemetry with no status and headroom left; the phrase "rate limit" alone should not make an info line an error.
  {
    line: 'ts=2026-03-12T09:51:00Z level=info dest=hubspot msg="rate limit headroom" x_hubspot_ratelimit_remaining=98 x_hubspot_ratelimit_max=100',
    category: 'none',
    note: 'INFO telemetry mentioning "rate limit" with headroom left',
  },
];
