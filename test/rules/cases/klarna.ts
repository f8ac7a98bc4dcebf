import type { RuleCase } from '../rule-tester.js';

/**
 * Klarna Payments / Checkout / Order Management: `{"error_code","error_messages","correlation_id"}`
 * bodies, kco_rest_php's ConnectorException text and the WooCommerce plugins' request logs.
 * Sources: docs.klarna.com error-codes-and-messages-for-order-management and errors-in-klarna-payments
 * (codes and statuses); klarna/kco_rest_php ConnectorException.php; krokedil/klarna-payments-for-
 * woocommerce #217, krokedil/klarna-checkout-for-woocommerce #753; woocommerce/woocommerce #55109
 * (KP Create Session log); smartstore/Smartstore #1252.
 */
const j = (o: object) => JSON.stringify(o);
const OM = 'https://api.klarna.com/ordermanagement/v1/orders/f6b7c1a2-3d4e-4f50-8a61-7b8c9d0e1f23';

export const klarnaCases: RuleCase[] = [
  {
    line: 'Klarna\\Rest\\Transport\\Exception\\ConnectorException: CAPTURE_NOT_ALLOWED: Capture not allowed (#2b8f3e4a-1c55-4c5e-9a3e-8d7f0d2c9e11)',
    category: 'validation',
    destination: 'klarna',
    rule: 'klarna/order-state',
    note: 'kco_rest_php ConnectorException text; OM docs: capture refused for a cancelled or expired order or an amount above the authorization',
  },
  {
    line: j({ level: 'error', status: 403, url: `${OM}/captures`, body: { error_code: 'CAPTURE_NOT_ALLOWED', error_messages: ['Capture not allowed'], correlation_id: '2b8f3e4a-1c55-4c5e-9a3e-8d7f0d2c9e11' } }),
    category: 'validation',
    destination: 'klarna',
    rule: 'klarna/order-state',
    note: 'OM error table: a 403 that is the order’s state, not a missing permission',
  },
  {
    line: j({ level: 'error', status: 404, body: { error_code: 'NO_SUCH_ORDER', error_messages: ['Order not found'], correlation_id: '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f' } }),
    category: 'validation',
    destination: 'klarna',
    rule: 'klarna/order-state',
    note: 'OM error table: NO_SUCH_XXX 404; no host, error_messages names Klarna',
  },
  {
    line: j({ level: 'error', status: 403, url: 'https://api-na.klarna.com/payments/v1/sessions', body: { error_code: 'MERCHANT_INACTIVE', error_messages: ['Merchant is inactive'], correlation_id: '0d1f5c6e-88aa-4e0b-9f2b-11c3a7d5e901' } }),
    category: 'plan',
    destination: 'klarna',
    rule: 'klarna/merchant-inactive',
    note: 'Klarna Payments error table: 403 MERCHANT_INACTIVE is the account’s standing',
  },
  {
    line: j({ level: 'error', status: 503, url: OM, body: { error_code: 'TEMPORARILY_UNAVAILABLE', error_messages: ['Temporarily unavailable'], correlation_id: '5e0c2a11-7b4d-4c8e-a1f0-6d9b3e2c7a55' } }),
    category: 'transient',
    destination: 'klarna',
    rule: 'klarna/unavailable',
    note: 'OM error table: 502/503/504 TEMPORARILY_UNAVAILABLE, retry per the escalation and retry policy',
  },
  {
    line: 'Klarna\\Rest\\Transport\\Exception\\ConnectorException: BAD_VALUE: Bad value: order_lines[0].total_amount (#9b716595-5b16-467d-b7a6-063062fc00f8)',
    category: 'validation',
    destination: 'klarna',
    field: 'order_lines[0].total_amount',
    rule: 'klarna/bad-value',
    note: 'krokedil/klarna-payments-for-woocommerce #217 wording in kco_rest_php’s exception text',
  },
  {
    line: 'Failed to create Klarna session: Bad value: order_amount',
    category: 'validation',
    destination: 'klarna',
    field: 'order_amount',
    rule: 'klarna/bad-value',
    note: 'smartstore/Smartstore #1252: the message alone, no host or code',
  },
  {
    line: j({ level: 'error', status: 400, url: 'https://api.klarna.com/payments/v1/sessions', body: { correlation_id: '66181317-4d63-46f7-b985-ff8239df25dd', error_code: 'BAD_VALUE', error_messages: ['Bad value: order_amount'] } }),
    category: 'validation',
    destination: 'klarna',
    rule: 'klarna/bad-value',
    field: 'order_amount',
    note: 'woocommerce/woocommerce #55109 body: the error_messages array is the message, Klarna’s BAD_VALUE wording decides and names the field',
  },
];
