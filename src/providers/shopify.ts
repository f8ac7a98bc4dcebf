import type { Provider } from './provider.js';

/**
 * Shopify Admin API. REST: `{"errors": string | {field: [messages]}}`; 401 "[API] Invalid API key
 * or access token", 403 "[API] This action requires merchant approval for <scope> scope.", 402
 * "Unavailable Shop" (frozen: the merchant has not paid), 423 Locked (the shop was locked by
 * Shopify: repeated limit abuse, fraud or account issues), 429 "Exceeded 2 calls per second".
 * GraphQL answers 200 with `errors[].extensions.code`: THROTTLED (cost bucket empty: transient),
 * ACCESS_DENIED (missing access scope), MAX_COST_EXCEEDED (one query costs more than the single-query
 * cap: it never succeeds as is), INTERNAL_SERVER_ERROR; "Unavailable Shop" also arrives on GraphQL
 * 402/403. Mutation `userErrors[].field` paths name the field.
 * Sources: shopify.dev/docs/api/usage/response-codes, /docs/api/usage/limits,
 * /docs/api/usage/access-scopes; GraphQL Admin error examples; Shopify CLI and shopify-api-js
 * issues ("402{\"errors\":\"Unavailable Shop\"}", elixir-shopifyapi 402/423 handling).
 */
const S = ['shopify'];

/** One query over the single-query cost cap, as a code or in prose. */
const MAX_COST = {
  summary: 'Shopify GraphQL query costs more than the single-query limit',
  fix: 'Request fewer fields or smaller pages (first: N) so one query stays under the cap; retrying as is never succeeds.',
};

export const provider: Provider = {
  name: 'shopify',
  display: 'Shopify',
  hints: ['myshopify\\.com', 'shopify', 'single query max cost limit', 'ShopifyAPI', 'shopify_api', 'ShopifyErrors', 'ShopifySharp'],
  rank: 95,
  links: {
    auth: 'https://shopify.dev/docs/apps/build/authentication-authorization',
    permissions: 'https://shopify.dev/docs/api/usage/access-scopes',
    plan: 'https://help.shopify.com/en/manual/your-account/manage-billing',
    validation: 'https://shopify.dev/docs/api/usage/response-codes',
    outage: 'https://www.shopifystatus.com',
    transient: 'https://shopify.dev/docs/api/usage/limits',
  },
  rules: [
    // The OAuth grant lacks an access scope the app asked for (Shopify's CLI and app libraries:
    // "Oauth error missing_shopify_permission: write_orders, read_orders").
    {
      id: 'shopify/missing-permission',
      category: 'permissions',
      cause: 'missing_shopify_permission',
      message: /\bmissing_shopify_permission\b/,
      summary: 'The app was granted fewer Shopify access scopes than it needs',
      fix: 'Add the missing access scopes to the app and have the store re-install (re-authorise) it; keep syncing what the granted scopes allow.',
    },
    {
      id: 'shopify/access-denied',
      category: 'permissions',
      cause: 'ACCESS_DENIED',
      code: ['ACCESS_DENIED'],
      // OAuth's access_denied is the same word: only on lines that are Shopify's.
      destination: ['shopify'],
      summary: 'App lacks the access scope for this field or mutation',
      fix: 'Add the required access scope to the app and have the store re-install it.',
    },
    // The generic THROTTLED rule knows the word; this one names Shopify and its cost model.
    {
      id: 'shopify/throttled',
      category: 'transient',
      cause: 'THROTTLED',
      code: ['THROTTLED'],
      destination: S,
      summary: 'Shopify GraphQL cost bucket empty (throttled)',
      fix: 'Retry once the bucket refills (restoreRate per second); lower query cost or concurrency.',
    },
    {
      id: 'shopify/max-cost-exceeded',
      category: 'validation',
      cause: 'MAX_COST_EXCEEDED',
      code: ['MAX_COST_EXCEEDED'],
      ...MAX_COST,
    },
    // The same refusal in prose (the GraphQL error's message, an SDK's GraphqlQueryError).
    {
      id: 'shopify/max-cost-message',
      category: 'validation',
      cause: 'MAX_COST_EXCEEDED',
      message: /\bexceeds the single query max cost limit\b/i,
      ...MAX_COST,
    },
    {
      id: 'shopify/internal-error',
      category: 'transient',
      cause: 'INTERNAL_SERVER_ERROR',
      code: ['INTERNAL_SERVER_ERROR'],
      destination: S,
      summary: 'Shopify internal error',
      fix: 'Retry with backoff; if one mutation always fails, check that the object it targets still exists.',
    },
    {
      id: 'shopify/invalid-token',
      category: 'auth',
      cause: 'invalid access token',
      message: /\[API\] Invalid API key or access token/i,
      summary: 'Shopify access token invalid (app uninstalled or token rotated)',
      fix: 'Reinstall / reconnect the Shopify app; pause the sync until then.',
    },
    {
      id: 'shopify/merchant-approval',
      category: 'permissions',
      cause: 'merchant approval for scope',
      message: /\[API\] This action requires merchant approval for [\w,]+ scope/i,
      fieldFrom: /approval for ([\w,]+) scope/i,
      summary: 'Shopify app was not granted scope `{field}`',
      fix: 'Request the scope in the app’s configuration and have the merchant approve it (reinstall / re-authorise).',
    },
    {
      id: 'shopify/protected-customer-data',
      category: 'permissions',
      cause: 'protected customer data',
      message: /This app is not approved to (?:access|use) the \w+ (?:object|field)/i,
      summary: 'Shopify app not approved for protected customer data',
      fix: 'Request protected customer data access for the app in the Partner Dashboard (API access → Protected customer data).',
    },
    // 402 (REST and GraphQL) or 403 (some GraphQL): the shop is frozen for an unpaid bill.
    {
      id: 'shopify/unavailable-shop',
      category: 'plan',
      cause: 'Unavailable Shop (frozen)',
      message: /\bUnavailable Shop\b/,
      summary: 'Shopify shop frozen or unavailable (unpaid bill)',
      fix: 'The merchant must settle the Shopify bill to unfreeze the shop; pause the sync for this shop until then.',
    },
    {
      id: 'shopify/payment-required',
      category: 'plan',
      cause: 'Unavailable Shop (frozen)',
      status: [402],
      destination: S,
      summary: 'Shopify shop frozen or unavailable (unpaid bill)',
      fix: 'The merchant must settle the Shopify bill to unfreeze the shop; pause the sync for this shop until then.',
    },
    // Not HubSpot's "423 wait 2 s": a Shopify 423 is an account lock that retrying does not lift.
    {
      id: 'shopify/shop-locked',
      category: 'plan',
      cause: 'shop locked (423)',
      status: [423],
      destination: S,
      summary: 'Shopify locked the shop (account issue, limit abuse or fraud check)',
      fix: 'The merchant must contact Shopify support to unlock the shop; pause the sync for this shop until then.',
    },
    {
      id: 'shopify/calls-per-second',
      link: 'https://shopify.dev/docs/api/usage/limits',
      category: 'transient',
      cause: 'THROTTLED',
      message: /Exceeded \d+ calls per second/i,
      summary: 'Rate limited (query cost / calls per second)',
      fix: 'Retry with backoff; lower query cost or concurrency.',
    },
    // A store over 50,000 variants may create only 1,000 more a day (shopify.dev/docs/api/usage/limits,
    // "Variant creation limit"): a 429 that retrying within the day cannot pass.
    {
      id: 'shopify/daily-variant-limit',
      link: 'https://shopify.dev/docs/api/usage/limits',
      category: 'plan',
      cause: 'daily variant creation limit',
      message: /\bDaily variant creation limit reached\b/i,
      destination: S,
      summary: 'Shopify store hit its daily variant creation limit',
      fix: 'Pause variant creation until the next day (stores over 50,000 variants may add 1,000 a day); updates of existing variants still pass.',
    },
  ],
};
