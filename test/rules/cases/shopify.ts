import type { RuleCase } from '../rule-tester.js';

/**
 * Shopify Admin API. REST `{"errors": string|object}`; GraphQL `errors[].extensions.code` on 200.
 * Statuses and meanings from shopify.dev/docs/api/usage/response-codes (402 frozen shop, 423 locked
 * shop, 403 scope), /docs/api/usage/limits (THROTTLED, single-query max cost); "Unavailable Shop"
 * bodies from Shopify CLI issues (402) and elixir-shopifyapi (402/403/423 handling); the scope
 * approval text "[API] This action requires merchant approval for … scope." from Shopify REST 403s.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const shopifyCases: RuleCase[] = [
  {
    line: '2026-03-10T08:00:00Z ERROR shopify app install for acme-store failed: Oauth error missing_shopify_permission: read_customers',
    category: 'permissions',
    destination: 'shopify',
    rule: 'shopify/missing-permission',
    note: 'the OAuth grant lacks a scope the app requested (Shopify app libraries word it so)',
  },
  {
    line: j({ ts: '2026-03-05T13:00:00Z', level: 'error', destination: 'shopify', record_id: 'ord_100', status: 423, body: { errors: 'Locked' } }),
    category: 'plan',
    rule: 'shopify/shop-locked',
    note: '423 locked shop: an account lock, not HubSpot’s retry-in-2s 423',
  },
  {
    line: j({ ts: '2026-03-05T13:00:10Z', level: 'error', destination: 'shopify', record_id: 'ord_101', status: 402, body: { errors: 'Payment Required' } }),
    category: 'plan',
    rule: 'shopify/payment-required',
    note: '402 on a Shopify line: frozen shop (unpaid), plan',
  },
  {
    line: 'ShopifyCLI::API::APIRequestClientError: 402{"errors":"Unavailable Shop"}',
    category: 'plan',
    destination: 'shopify',
    rule: 'shopify/unavailable-shop',
    note: 'CLI text: "Unavailable Shop" is a frozen shop',
  },
  {
    line: j({ ts: '2026-03-05T13:00:20Z', level: 'error', destination: 'shopify_gql', record_id: 'prod_300', status: 403, body: { errors: [{ message: 'Unavailable Shop' }] } }),
    category: 'plan',
    rule: 'shopify/unavailable-shop',
    note: 'GraphQL 403 "Unavailable Shop": plan, not permissions',
  },
  {
    line: j({ ts: '2026-03-05T13:00:30Z', level: 'error', destination: 'shopify', record_id: 'prod_301', status: 403, body: { errors: '[API] This action requires merchant approval for write_products scope.' } }),
    category: 'permissions',
    field: 'write_products',
    rule: 'shopify/merchant-approval',
    note: 'REST 403 scope not approved: permissions, the scope named',
  },
  {
    line: j({
      ts: '2026-03-05T13:00:40Z',
      level: 'error',
      destination: 'shopify',
      record_id: 'cust_302',
      status: 200,
      body: { errors: [{ message: 'This app is not approved to access the Customer object. See https://partners.shopify.com/1234567/apps/7654321/customer_data for more details.', extensions: { code: 'ACCESS_DENIED' } }] },
    }),
    category: 'permissions',
    note: 'protected customer data on GraphQL: ACCESS_DENIED decides (permissions)',
  },
  {
    line: 'Error: [API] This app is not approved to use the email field. See https://partners.shopify.com/1234567/apps/7654321/customer_data for more details. (myshop.myshopify.com)',
    category: 'permissions',
    destination: 'shopify',
    rule: 'shopify/protected-customer-data',
    note: 'the same in prose, no code',
  },
  {
    line: j({
      ts: '2026-03-05T13:00:50Z',
      level: 'error',
      destination: 'shopify_gql',
      record_id: 'ord_303',
      status: 200,
      body: { errors: [{ message: 'Query cost is 2003, which exceeds the single query max cost limit (1000).', extensions: { code: 'MAX_COST_EXCEEDED', cost: 2003, maxCost: 1000 } }] },
    }),
    category: 'validation',
    cause: 'MAX_COST_EXCEEDED',
    rule: 'shopify/max-cost-exceeded',
    note: 'one query over the cap never succeeds: not throttling',
  },
  {
    line: j({
      ts: '2026-03-05T13:01:00Z',
      level: 'error',
      destination: 'shopify_gql',
      record_id: 'prod_304',
      status: 200,
      body: { errors: [{ message: 'Internal error. Looks like something went wrong on our end.\nRequest ID: 3221c58f-3446-4843-a452-a517787121c6 (include this in support requests).', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: '3221c58f-3446-4843-a452-a517787121c6' } }] },
    }),
    category: 'transient',
    rule: 'shopify/internal-error',
    note: 'GraphQL INTERNAL_SERVER_ERROR on HTTP 200: transient',
  },
  {
    line: j({
      ts: '2026-03-05T13:01:10Z',
      level: 'error',
      destination: 'shopify',
      record_id: 'var_305',
      status: 200,
      errors: [{ message: 'Throttled', extensions: { code: 'THROTTLED', documentation: 'https://shopify.dev/api/usage/rate-limits' } }],
    }),
    category: 'transient',
    cause: 'THROTTLED',
    rule: 'shopify/throttled',
    note: 'THROTTLED on a Shopify line: the Shopify rule',
  },
  {
    line: j({ ts: '2026-03-05T13:01:20Z', level: 'error', destination: 'shopify', record_id: 'prod_306', status: 401, body: { errors: '[API] Invalid API key or access token (unrecognized login or wrong password)' } }),
    category: 'auth',
    rule: 'shopify/invalid-token',
    note: 'REST 401: auth',
  },
  {
    line: j({ ts: '2026-03-05T13:01:30Z', level: 'error', destination: 'shopify', record_id: 'ord_307', status: 429, body: { errors: 'Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service.' } }),
    category: 'transient',
    rule: 'shopify/calls-per-second',
    note: 'REST 429 calls per second',
  },
  {
    line: j({
      ts: '2026-03-05T13:01:35Z',
      level: 'error',
      destination: 'shopify',
      record_id: 'rep_2',
      status: 200,
      body: { errors: [{ message: 'Access denied for orders field. Required access: `read_orders` access scope.', extensions: { code: 'ACCESS_DENIED', documentation: 'https://shopify.dev/api/usage/access-scopes', requiredAccess: '`read_orders` access scope.' } }] },
    }),
    category: 'permissions',
    rule: 'shopify/access-denied',
    note: 'GraphQL ACCESS_DENIED: a missing access scope',
  },
  // ---------------------------------------------------------------- near misses
  {
    line: j({ ts: '2026-03-05T13:01:40Z', level: 'error', destination: 'hubspot', record_id: '901', status: 423, body: { status: 'error', message: 'Locked' } }),
    category: 'transient',
    destination: 'hubspot',
    note: 'near miss: HubSpot’s 423 is a wait-and-retry, not a locked shop',
  },
  {
    line: j({ ts: '2026-03-05T13:01:50Z', level: 'error', destination: 'klaviyo', record_id: 'prof_9', status: 429, body: { errors: [{ id: '1e4f', status: 429, code: 'throttled', title: 'Request was throttled.', detail: 'Request was throttled. Expected available in 1 second.' }] } }),
    category: 'transient',
    destination: 'klaviyo',
    rule: 'klaviyo/throttled',
    note: 'near miss: Klaviyo’s throttled is not Shopify’s THROTTLED',
  },
];

/** Source: shopify.dev/docs/api/usage/limits (variant creation limit for stores over 50,000 variants). */
export const shopifyVariantLimitCases: RuleCase[] = [
  {
    line: 'ERROR sync failed: POST https://acme.myshopify.com/admin/api/2024-01/products.json -> 429 {"errors":{"product":["Daily variant creation limit reached. Please try again later."]}}',
    category: 'plan',
    destination: 'shopify',
    rule: 'shopify/daily-variant-limit',
    note: 'a 429 that waits a day, not a backoff',
  },
  {
    line: 'GraphqlQueryError: Query cost is 1723, which exceeds the single query max cost limit (1000).',
    category: 'validation',
    destination: 'shopify',
    rule: 'shopify/max-cost-message',
    note: "@shopify/shopify-api's GraphqlQueryError with Shopify's message",
  },
  {
    line: 'ShopifySharp.ShopifyException: (401 Unauthorized) [API] Invalid API key or access token (unrecognized login or wrong password)',
    category: 'auth',
    destination: 'shopify',
    rule: 'shopify/invalid-token',
    note: 'the .NET client names Shopify',
  },
];
