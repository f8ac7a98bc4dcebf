import type { Provider } from './provider.js';

/**
 * WooCommerce REST API (`<store>/wp-json/wc/v3`, v1/v2 alike), a WordPress REST route, so errors are
 * WP_Error bodies `{"code":"…","message":"…","data":{"status":N,…}}`. Codes:
 *  - `woocommerce_rest_authentication_error` (401: "Consumer key is invalid.", "Invalid signature -
 *    provided signature does not match.", "Consumer secret is invalid."; the OAuth 1.0a checks over
 *    plain HTTP use the same code, timestamp and nonce wording), the legacy API's
 *    `woocommerce_api_authentication_error`, WordPress core's `rest_not_logged_in` / `rest_forbidden`
 *    with 401: auth.
 *  - `woocommerce_rest_cannot_view` / `_create` / `_edit` / `_delete` / `_batch` ("Sorry, you cannot
 *    list resources."): WordPress answers them with `rest_authorization_required_code()`, i.e. 401
 *    when NO user was authenticated (the keys were stripped by the host, Basic auth over HTTP, a
 *    wrong store URL) and 403 when the key's user lacks the capability or the key is read-only. So a
 *    401 is auth, a 403 permissions.
 *  - `woocommerce_rest_<object>_invalid_id` ("Invalid ID.", 404), `woocommerce_rest_invalid_id`:
 *    the record was deleted or the id is wrong.
 *  - `rest_invalid_param` ("Invalid parameter(s): email", `data.params` maps each field to its
 *    message, `data.details` gives a code per field) and `rest_missing_callback_param` ("Missing
 *    parameter(s): name", `data.params` lists them): validation, the field named in the message.
 *  - `product_invalid_sku` ("Invalid or duplicated SKU."), `registration-error-email-exists`,
 *    `woocommerce_rest_product_not_created` and the other `*_not_created` / `*_exists` codes:
 *    the record itself.
 * Sources: woocommerce.github.io/woocommerce-rest-api-docs (#authentication, #errors),
 * woocommerce/woocommerce includes/rest-api (class-wc-rest-authentication.php, controllers'
 * permission checks) and its "Getting started with the REST API" wiki (common connection issues);
 * woocommerce issues 14487, 11120, 22926 (401 cannot_view from stripped headers / HTTP).
 */
const W = ['woocommerce'];

export const provider: Provider = {
  name: 'woocommerce',
  display: 'WooCommerce',
  aliases: ['woo'],
  // The REST route, the codes' prefix and the client libraries; "woocommerce" alone also names the
  // Mailchimp for WooCommerce plugin, so it is no hint.
  hints: ['wp-json/wc/v\\d', 'woocommerce_rest_\\w+', 'wc-api/v\\d', 'woocommerce_api_\\w+', '@woocommerce/woocommerce-rest-api', 'WooCommerceRestApi', 'WooCommerce\\.NET', 'Automattic\\\\WooCommerce', 'woocommerce\\.api'],
  // rest_invalid_param: data.params maps each rejected parameter to its message.
  fieldShapes: [{ key: 'params', beside: 'status', keysAreFields: true }],
  bodyCodes: [
    'woocommerce_rest_authentication_error',
    'woocommerce_rest_cannot_view',
    'woocommerce_rest_cannot_create',
    'woocommerce_rest_cannot_edit',
    'woocommerce_rest_cannot_delete',
    'woocommerce_rest_cannot_batch',
    'woocommerce_rest_product_invalid_id',
    'woocommerce_rest_shop_order_invalid_id',
    'woocommerce_rest_customer_invalid_id',
    'woocommerce_rest_product_not_created',
    'product_invalid_sku',
  ],
  links: {
    auth: 'https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication',
    permissions: 'https://woocommerce.com/document/woocommerce-rest-api/',
    validation: 'https://woocommerce.github.io/woocommerce-rest-api-docs/#errors',
    transient: 'https://woocommerce.github.io/woocommerce-rest-api-docs/#errors',
  },
  rules: [
    {
      id: 'woocommerce/authentication',
      category: 'auth',
      cause: '{code}',
      code: [
        'woocommerce_rest_authentication_error',
        'woocommerce_rest_invalid_signature',
        'woocommerce_api_authentication_error',
      ],
      summary: 'WooCommerce rejected the REST API keys ({code})',
      fix: 'Check the consumer key / secret (WooCommerce → Settings → Advanced → REST API) and the store URL; over plain HTTP the keys must be OAuth 1.0a-signed; pause the sync until then.',
    },
    // The same checks as the client libraries print them (class-wc-rest-authentication.php wording).
    {
      id: 'woocommerce/authentication-message',
      category: 'auth',
      cause: 'woocommerce_rest_authentication_error',
      message: /Consumer (?:key|secret) is invalid|Invalid signature - (?:provided signature does not match|failed to sort parameters)|\bwoocommerce_rest_oauth1_\w+|Invalid timestamp\b.{0,40}oauth|oauth_(?:nonce|timestamp) .{0,40}(?:invalid|already been used)/i,
      summary: 'WooCommerce rejected the REST API keys',
      fix: 'Check the consumer key / secret (WooCommerce → Settings → Advanced → REST API) and the store URL; over plain HTTP the keys must be OAuth 1.0a-signed; pause the sync until then.',
    },
    // cannot_* with 401: no user was authenticated at all (WordPress' rest_authorization_required_code).
    {
      id: 'woocommerce/not-authenticated',
      category: 'auth',
      cause: '{code} (401: not authenticated)',
      code: ['woocommerce_rest_cannot_view', 'woocommerce_rest_cannot_read', 'woocommerce_rest_cannot_create', 'woocommerce_rest_cannot_edit', 'woocommerce_rest_cannot_delete', 'woocommerce_rest_cannot_batch', 'rest_not_logged_in', 'rest_forbidden'],
      status: [401],
      // rest_* are WordPress core's codes: WooCommerce's lines only (its woocommerce_rest_* codes name it).
      destination: W,
      summary: 'WooCommerce saw no authenticated user (keys missing, stripped or sent over HTTP)',
      fix: 'Send the keys over HTTPS (or as query-string consumer_key / consumer_secret when the host strips the Authorization header) and check the store URL; pause the sync until then.',
    },
    {
      id: 'woocommerce/cannot',
      category: 'permissions',
      cause: '{code}',
      code: ['woocommerce_rest_cannot_view', 'woocommerce_rest_cannot_read', 'woocommerce_rest_cannot_create', 'woocommerce_rest_cannot_edit', 'woocommerce_rest_cannot_delete', 'woocommerce_rest_cannot_batch'],
      summary: 'WooCommerce key’s user lacks the capability ({code})',
      fix: 'Give the key Read/Write permission and create it for a user with the Shop manager or Administrator role; keep syncing other records.',
    },
    {
      id: 'woocommerce/invalid-id',
      category: 'validation',
      cause: '{code}',
      code: [
        'woocommerce_rest_product_invalid_id',
        'woocommerce_rest_shop_order_invalid_id',
        'woocommerce_rest_customer_invalid_id',
        'woocommerce_rest_product_variation_invalid_id',
        'woocommerce_rest_shop_coupon_invalid_id',
        'woocommerce_rest_invalid_id',
        'woocommerce_rest_invalid_order_id',
      ],
      summary: 'WooCommerce record not found ({code}: deleted or wrong id)',
      fix: 'Re-resolve the WooCommerce id (the product / order / customer was deleted or trashed), or create the record instead of updating it.',
    },
    {
      id: 'woocommerce/duplicate',
      category: 'validation',
      cause: '{code}',
      code: ['product_invalid_sku', 'registration-error-email-exists', 'term_exists'],
      fieldFrom: /Invalid or duplicated (SKU)|registered with your (email) address/i,
      summary: 'WooCommerce record already exists ({code})',
      fix: 'Match the existing product / customer (by SKU or email) and update it instead of creating a duplicate.',
    },
    {
      id: 'woocommerce/not-created',
      category: 'validation',
      cause: '{code}',
      code: ['woocommerce_rest_product_not_created', 'woocommerce_rest_shop_order_not_created', 'woocommerce_rest_customer_not_created', 'woocommerce_rest_required_product_reference'],
      summary: 'WooCommerce could not create the record ({code})',
      fix: 'Read the message in the sample (type, references, email) and fix the mapped record; retrying as is will not help.',
    },
    // WordPress core's parameter validation on WooCommerce routes.
    {
      id: 'woocommerce/invalid-param',
      category: 'validation',
      cause: '{code}',
      code: ['rest_invalid_param', 'rest_missing_callback_param', 'rest_invalid_email'],
      destination: W,
      fieldFrom: /(?:Invalid|Missing) parameter\(s\): ([\w[\], ]+)/,
      summary: 'WooCommerce rejected parameter `{field}`',
      fix: 'Fix the value mapped to `{field}` (type, format or allowed values; see data.params in the sample).',
    },
  ],
};
