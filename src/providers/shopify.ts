import type { Provider } from './provider.js';

/**
 * Shopify: REST `{"errors": string|object}`, GraphQL `errors[].extensions.code` on HTTP 200.
 * Sources: shopify.dev/docs/api/usage/limits and response-codes.
 */
export const provider: Provider = {
  name: 'shopify',
  display: 'Shopify',
  hints: ['myshopify\\.com', 'shopify'],
  rank: 95,
  links: {
    auth: 'https://shopify.dev/docs/apps/build/authentication-authorization',
    permissions: 'https://shopify.dev/docs/api/usage/access-scopes',
    plan: 'https://help.shopify.com/en/manual/your-account/manage-billing',
    validation: 'https://shopify.dev/docs/api/usage/response-codes',
    outage: 'https://www.shopifystatus.com',
    transient: 'https://www.shopifystatus.com',
  },
  rules: [
    {
      id: 'shopify/access-denied',
      category: 'permissions',
      cause: 'ACCESS_DENIED',
      code: ['ACCESS_DENIED'],
      summary: 'App lacks the access scope for this field or mutation',
      fix: 'Add the required access scope to the app and have the store re-install it.',
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
      id: 'shopify/calls-per-second',
      link: 'https://shopify.dev/docs/api/usage/limits',
      category: 'transient',
      cause: 'THROTTLED',
      message: /Exceeded \d+ calls per second/i,
      summary: 'Rate limited (query cost / calls per second)',
      fix: 'Retried with backoff; lower query cost or concurrency.',
    },
  ],
};
