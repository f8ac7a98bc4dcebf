import type { Provider } from './provider.js';

/**
 * Plaid (`*.plaid.com`): `{"error_type":"ITEM_ERROR","error_code":"ITEM_LOGIN_REQUIRED",
 * "error_message":"…","display_message":…,"request_id":"…"}`; the Node client rejects with it as
 * `PlaidError` (util.inspect prints its keys unquoted), the Python client raises
 * `plaid.ApiException` carrying the same body. The error code decides:
 * - ITEM_LOGIN_REQUIRED, INVALID_CREDENTIALS, INVALID_MFA, ITEM_LOCKED, USER_SETUP_REQUIRED: the
 *   end user must sign in again through Link's update mode; INVALID_API_KEYS, INVALID_ACCESS_TOKEN:
 *   the app's keys or the item's token are wrong: auth.
 * - ACCESS_NOT_GRANTED, ADDITIONAL_CONSENT_REQUIRED (the user withheld an account or a product),
 *   UNAUTHORIZED_ENVIRONMENT (the client may not use this environment): permissions.
 * - INVALID_PRODUCT, PRODUCTS_NOT_SUPPORTED with "not authorized to access the following products":
 *   the client's Plaid account does not have the product enabled: plan.
 * - MISSING_FIELDS, UNKNOWN_FIELDS, INVALID_FIELD, INVALID_BODY, INVALID_ACCOUNT_ID: validation.
 * - RATE_LIMIT_EXCEEDED (the error_type) and its per-product codes, PRODUCT_NOT_READY,
 *   INSTITUTION_NOT_RESPONDING, INTERNAL_SERVER_ERROR: transient.
 * - INSTITUTION_DOWN, INSTITUTION_NOT_AVAILABLE, PLANNED_MAINTENANCE: outage.
 * Sources: plaid.com/docs/errors (Item, Invalid Input, Invalid Request, Rate Limit Exceeded,
 * Institution and API errors); plaid-node / plaid-python README error handling.
 */
const P = ['plaid'];

export const provider: Provider = {
  name: 'plaid',
  display: 'Plaid',
  hints: ['(?:production|development|sandbox)\\.plaid\\.com', 'api\\.plaid\\.com', 'PlaidError', 'plaid-(?:python|node|ruby|java|go)', 'plaid\\.(?:ApiException|exceptions|errors)', 'Plaid::\\w+', 'tap-plaid', 'source-plaid'],
  keys: { message: ['display_message'] },
  links: {
    auth: 'https://plaid.com/docs/link/update-mode/',
    permissions: 'https://plaid.com/docs/errors/item/',
    plan: 'https://dashboard.plaid.com/overview',
    validation: 'https://plaid.com/docs/errors/invalid-request/',
    transient: 'https://plaid.com/docs/errors/rate-limit-exceeded/',
    outage: 'https://status.plaid.com',
  },
  rules: [
    {
      id: 'plaid/item-login',
      category: 'auth',
      cause: '{code}',
      code: ['ITEM_LOGIN_REQUIRED', 'INVALID_CREDENTIALS', 'INVALID_MFA', 'ITEM_LOCKED', 'USER_SETUP_REQUIRED'],
      summary: 'Plaid item needs the user to sign in again ({code})',
      fix: 'Send the user through Link in update mode to repair the item; skip its accounts until then (retrying cannot fix it).',
    },
    {
      id: 'plaid/keys',
      category: 'auth',
      cause: '{code}',
      code: ['INVALID_API_KEYS', 'INVALID_ACCESS_TOKEN'],
      destination: P,
      summary: 'Plaid rejected the client keys or the item’s access token ({code})',
      fix: 'Check the client id and secret for this environment, or exchange a fresh access token for the item; pause the sync until then.',
    },
    {
      id: 'plaid/consent',
      category: 'permissions',
      cause: '{code}',
      code: ['ACCESS_NOT_GRANTED', 'ADDITIONAL_CONSENT_REQUIRED', 'UNAUTHORIZED_ENVIRONMENT'],
      summary: 'Plaid: access not granted for this item or environment ({code})',
      fix: 'Have the user grant the account or product in Link update mode (or request access to the environment); keep syncing other items.',
    },
    {
      id: 'plaid/product-access',
      category: 'plan',
      cause: '{code}',
      code: ['INVALID_PRODUCT', 'PRODUCTS_NOT_SUPPORTED', 'PRODUCT_NOT_ENABLED'],
      destination: P,
      summary: 'Plaid product not enabled for this client ({code})',
      fix: 'Request the product for the Plaid account (Dashboard → Products) or drop it from the sync.',
    },
    {
      id: 'plaid/invalid-request',
      category: 'validation',
      cause: '{code}',
      code: ['MISSING_FIELDS', 'UNKNOWN_FIELDS', 'INVALID_FIELD', 'INVALID_BODY', 'INVALID_ACCOUNT_ID', 'INVALID_HEADERS'],
      destination: P,
      summary: 'Plaid rejected the request ({code})',
      fix: 'Fix the field the message names; the same request is rejected again as is.',
    },
    {
      id: 'plaid/not-ready',
      category: 'transient',
      cause: '{code}',
      code: ['PRODUCT_NOT_READY', 'INSTITUTION_NOT_RESPONDING', 'RATE_LIMIT_EXCEEDED', 'TRANSACTIONS_LIMIT', 'ACCOUNTS_LIMIT', 'AUTH_LIMIT', 'BALANCE_LIMIT', 'IDENTITY_LIMIT'],
      destination: P,
      summary: 'Plaid asked to retry later ({code})',
      fix: 'Retry with backoff (a product still loading, a slow bank, or a rate limit).',
    },
    {
      id: 'plaid/institution-down',
      category: 'outage',
      cause: '{code}',
      code: ['INSTITUTION_DOWN', 'INSTITUTION_NOT_AVAILABLE', 'PLANNED_MAINTENANCE'],
      summary: 'Plaid or the bank is down ({code})',
      fix: 'Nothing to fix: wait for the institution (Plaid’s status page lists bank outages), then resume.',
    },
  ],
};
