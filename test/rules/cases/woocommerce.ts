import type { RuleCase } from '../rule-tester.js';

/**
 * WooCommerce REST API (`/wp-json/wc/v3`): WP_Error bodies `{"code","message","data":{"status"}}`.
 * `woocommerce_rest_cannot_*` is 401 when no user was authenticated (auth) and 403 when the key's
 * user lacks the capability (permissions); `woocommerce_rest_authentication_error` is the keys;
 * `*_invalid_id` a deleted record; `rest_invalid_param` / `rest_missing_callback_param` name the
 * field in the message; `product_invalid_sku` a duplicate.
 * Sources: woocommerce.github.io/woocommerce-rest-api-docs; woocommerce includes/rest-api;
 * woocommerce issues 14487, 11120, 22926.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const woocommerceCases: RuleCase[] = [
  {
    line: j({ ts: '2026-03-04T10:00:00Z', level: 'error', destination: 'woocommerce', status: 401, body: { code: 'woocommerce_rest_cannot_view', message: 'Sorry, you cannot list resources.', data: { status: 401 } } }),
    category: 'auth',
    rule: 'woocommerce/not-authenticated',
    note: 'cannot_view with 401: no user authenticated (keys stripped or sent over HTTP)',
  },
  {
    line: j({ ts: '2026-03-04T10:00:05Z', level: 'error', destination: 'woocommerce', record_id: 'prod_7', status: 403, body: { code: 'woocommerce_rest_cannot_create', message: 'Sorry, you are not allowed to create resources.', data: { status: 403 } } }),
    category: 'permissions',
    cause: 'woocommerce_rest_cannot_create',
    rule: 'woocommerce/cannot',
    note: 'cannot_create with 403: read-only key or a user without the capability',
  },
  {
    line: '2026-03-04T10:00:10Z ERROR GET https://shop.example.com/wp-json/wc/v3/orders -> 401 {"code":"woocommerce_rest_authentication_error","message":"Consumer key is invalid.","data":{"status":401}}',
    category: 'auth',
    destination: 'woocommerce',
    rule: 'woocommerce/authentication',
    note: 'authentication_error named by the REST route only',
  },
  {
    line: 'WooCommerceRestApi error: Request failed with status code 401: Invalid signature - provided signature does not match.',
    category: 'auth',
    destination: 'woocommerce',
    rule: 'woocommerce/authentication-message',
    note: 'the OAuth 1.0a signature check as the JS client prints it',
  },
  {
    line: j({
      level: 'error',
      status: 400,
      url: 'https://shop.example.com/wp-json/wc/v3/customers',
      body: { code: 'rest_invalid_param', message: 'Invalid parameter(s): billing', data: { status: 400, params: { billing: 'billing[email] is not a valid email address.' }, details: { billing: { code: 'rest_invalid_email', message: 'Invalid email address.', data: null } } } },
    }),
    category: 'validation',
    destination: 'woocommerce',
    field: 'billing',
    rule: 'woocommerce/invalid-param',
    note: 'rest_invalid_param: the message names the parameter',
  },
  {
    line: j({ ts: '2026-03-04T10:00:20Z', level: 'error', destination: 'woocommerce', record_id: 'prod_9', status: 400, body: { code: 'rest_missing_callback_param', message: 'Missing parameter(s): name', data: { status: 400, params: ['name'] } } }),
    category: 'validation',
    field: 'name',
    rule: 'woocommerce/invalid-param',
    note: 'rest_missing_callback_param lists the missing parameter',
  },
  {
    line: j({ ts: '2026-03-04T10:00:30Z', level: 'error', destination: 'woocommerce', record_id: 'prod_404', status: 404, body: { code: 'woocommerce_rest_product_invalid_id', message: 'Invalid ID.', data: { status: 404 } } }),
    category: 'validation',
    cause: 'woocommerce_rest_product_invalid_id',
    rule: 'woocommerce/invalid-id',
    note: 'invalid_id: the product was deleted',
  },
  {
    line: j({ ts: '2026-03-04T10:00:40Z', level: 'error', status: 400, body: { code: 'product_invalid_sku', message: 'Invalid or duplicated SKU.', data: { status: 400, resource_id: 812, unique_sku: 'TSHIRT-RED-1' } } }),
    category: 'validation',
    destination: 'woocommerce',
    field: 'SKU',
    rule: 'woocommerce/duplicate',
    note: 'product_invalid_sku names WooCommerce with no destination key: the SKU exists',
  },
  {
    line: j({ ts: '2026-03-04T10:00:50Z', level: 'error', destination: 'woocommerce', record_id: 'order_31', status: 400, body: { code: 'woocommerce_rest_required_product_reference', message: 'Product ID or SKU is required.', data: { status: 400 } } }),
    category: 'validation',
    rule: 'woocommerce/not-created',
    note: 'order line item with neither product_id nor sku',
  },
  // ---------------------------------------------------------------- near misses
  {
    line: j({ ts: '2026-03-04T11:00:00Z', level: 'error', destination: 'wordpress', status: 400, body: { code: 'rest_invalid_param', message: 'Invalid parameter(s): status', data: { status: 400 } } }),
    category: 'validation',
    destination: 'wordpress',
    rule: 'http/4xx',
    note: 'near miss: WordPress core codes on a plain WordPress destination are not WooCommerce’s',
  },
];

/** The field named by the provider's own shape (data.params: parameter → message). */
export const woocommerceShapeCases: RuleCase[] = [
  {
    line: "{\"ts\": \"2026-03-02T10:00:00Z\", \"level\": \"error\", \"destination\": \"woocommerce\", \"record_id\": \"p-7\", \"status\": 400, \"body\": {\"code\": \"rest_invalid_param\", \"message\": \"Invalid parameter(s): regular_price\", \"data\": {\"status\": 400, \"params\": {\"regular_price\": \"regular_price is not of type string.\"}, \"details\": {\"regular_price\": {\"code\": \"rest_invalid_type\", \"message\": \"regular_price is not of type string.\", \"data\": {\"param\": \"regular_price\"}}}}}}",
    category: 'validation',
    destination: 'woocommerce',
    field: 'regular_price',
    note: 'rest_invalid_param: data.params names the rejected parameter',
  },
];
