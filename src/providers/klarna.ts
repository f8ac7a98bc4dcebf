import type { Provider } from './provider.js';

/**
 * Klarna REST APIs: Payments, Checkout, Order Management, HPP (`api.klarna.com`, `api-na.klarna.com`,
 * `api-oc.klarna.com`, playground `api.playground.klarna.com`). Errors are `{"error_code":
 * "BAD_VALUE","error_messages":["Bad value: order_lines[0].total_amount"],"correlation_id":"…",
 * "service_version":"…"}`; kco_rest_php throws `Klarna\Rest\Transport\Exception\ConnectorException`
 * with "<error_code>: <messages> (#<correlation_id>)". Codes are plain words other APIs use too, so
 * they decide Klarna lines only:
 * - 400 BAD_VALUE ("Bad value: <field>", "Bad format: <field>", "Missing: <field>"), 409 BAD_VALUE,
 *   BAD_REQUEST, 422 UNPROCESSABLE_ENTITY / INVALID_ADDRESS: validation (generic by status; the SDK's
 *   text names the field; the `error_messages` array of a raw body is not read as a message).
 * - 403 CAPTURE_NOT_ALLOWED, CANCEL_NOT_ALLOWED, REFUND_NOT_ALLOWED, NOT_ALLOWED, INVALID_OPERATION,
 *   REJECTED ("This operation is not allowed based on business rules": a cancelled or expired order,
 *   an amount above the remaining authorization): validation of the order, not a role; 404
 *   NO_SUCH_ORDER / NO_SUCH_CAPTURE / NO_SUCH_REFUND, SESSION_COMPLETED: validation.
 * - 403 MERCHANT_INACTIVE (the merchant account cannot transact): plan.
 * - 429 TOO_MANY_REQUESTS: transient (generic code).
 * - 500 INTERNAL_SERVER_ERROR, UNEXPECTED_ERROR and 502/503/504 TEMPORARILY_UNAVAILABLE ("see our
 *   escalation and retry policy"): transient.
 * - 401 (often with no body): credentials missing or wrong, of another region or environment
 *   (playground credentials on production, EU credentials on api-na), or disabled after two months
 *   unused: auth (generic status).
 * Sources: docs.klarna.com/api/authentication (401, credentials disabled when unused);
 * docs.klarna.com/resources/developer-tools/error-handling/error-codes-and-messages-for-
 * order-management, docs.klarna.com/resources/error-details/errors-in-klarna-payments,
 * docs.klarna.com/order-management/manage-orders-with-the-api (status and code tables);
 * klarna/kco_rest_php src/Klarna/Rest/Transport/Exception/ConnectorException.php and issues #22, #41
 * (401 causes); klarna/kco_rest_dotnet #10 (error_messages); krokedil/klarna-payments-for-woocommerce
 * #169 and #217, krokedil/klarna-checkout-for-woocommerce #753 (BAD_VALUE bodies); smartstore/Smartstore
 * #1252 (`Klarna.Rest.Core.Model.ErrorMessage`, "Bad value: order_amount"); woocommerce/woocommerce
 * #55109 (KP Create Session log with a BAD_VALUE body).
 */
const K = ['klarna'];

export const provider: Provider = {
  name: 'klarna',
  display: 'Klarna',
  // Hosts and SDK names: orders and payment methods name Klarna as what the buyer paid with.
  hints: [
    'api(?:-na|-oc)?(?:\\.playground)?\\.klarna\\.com',
    'Klarna\\\\Rest(?:\\\\\\w+)*',
    'Klarna\\.Rest(?:\\.\\w+)*',
    'com\\.klarna\\.rest(?:\\.\\w+)*',
    'kco_rest_\\w+',
    'klarna-(?:checkout|payments)-for-woocommerce',
    'Klarna_Checkout_\\w+',
  ],
  // Klarna's error bodies carry the Klarna service's version beside the correlation id.
  bodyKeys: ['error_messages', 'service_version'],
  links: {
    auth: 'https://docs.klarna.com/api/authentication',
    permissions: 'https://docs.klarna.com/resources/developer-tools/error-handling/error-codes-and-messages-for-order-management/',
    plan: 'https://docs.klarna.com/resources/error-details/errors-in-klarna-payments/',
    validation: 'https://docs.klarna.com/resources/error-details/errors-in-klarna-payments/',
    transient: 'https://docs.klarna.com/order-management/manage-orders-with-the-api/',
    outage: 'https://status.klarna.com',
  },
  rules: [
    {
      id: 'klarna/order-state',
      category: 'validation',
      cause: '{code}',
      code: ['CAPTURE_NOT_ALLOWED', 'CANCEL_NOT_ALLOWED', 'REFUND_NOT_ALLOWED', 'UPDATE_NOT_ALLOWED', 'EXTEND_NOT_ALLOWED', 'NOT_ALLOWED', 'INVALID_OPERATION', 'REJECTED', 'NO_SUCH_ORDER', 'NO_SUCH_CAPTURE', 'NO_SUCH_REFUND', 'SESSION_COMPLETED'],
      destination: K,
      summary: 'Klarna refused the operation for this order’s state ({code})',
      fix: 'Check the order in the Klarna merchant portal (cancelled, expired, already captured or refunded, amount above the remaining authorization); the order needs handling by hand, retrying fails again.',
    },
    {
      id: 'klarna/merchant-inactive',
      category: 'plan',
      cause: 'MERCHANT_INACTIVE',
      code: ['MERCHANT_INACTIVE'],
      destination: K,
      summary: 'Klarna merchant account is not active for this product or market',
      fix: 'Resolve the account status with Klarna (onboarding, contract for this product and country); pause the sync until then.',
    },
    {
      id: 'klarna/unavailable',
      category: 'transient',
      cause: '{code}',
      code: ['TEMPORARILY_UNAVAILABLE', 'INTERNAL_SERVER_ERROR', 'UNEXPECTED_ERROR'],
      destination: K,
      summary: 'Klarna temporarily unavailable or server error ({code})',
      fix: 'Retry with backoff per Klarna’s retry policy (idempotent calls with Klarna-Idempotency-Key); check status.klarna.com if it persists.',
    },
    {
      id: 'klarna/bad-value',
      category: 'validation',
      cause: 'BAD_VALUE',
      message: /\b(?:Bad (?:value|format)|Not matching fields)\s?: ?\[?[\w.[\]]/,
      fieldFrom: /\bBad (?:value|format)\s?: ?([\w.[\]]{1,100})/,
      summary: 'Klarna rejected `{field}`',
      fix: 'Fix the value mapped to `{field}` (order lines must add up: total_amount = quantity × unit_price − discounts, tax amounts per line and in total; a currency the market allows); retrying as is fails again.',
    },
  ],
};
