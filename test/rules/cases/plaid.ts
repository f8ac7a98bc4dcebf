import type { RuleCase } from '../rule-tester.js';

/**
 * Plaid: the error_code decides, whatever the status; the Node client prints the body through
 * util.inspect (keys unquoted), the Python client raises plaid.ApiException with the JSON body.
 * Sources: plaid.com/docs/errors (item, invalid-input, invalid-request, rate-limit-exceeded,
 * institution, api), plaid.com/docs/link/update-mode.
 */
const j = (o: unknown): string => JSON.stringify(o);
const body = (type: string, code: string, message: string) => ({ error_type: type, error_code: code, error_message: message, display_message: null, request_id: 'Hk2yZ0sQ7cN1pAe' });

export const plaidCases: RuleCase[] = [
  {
    line: j({ level: 'error', msg: 'transactions/sync failed', url: 'https://production.plaid.com/transactions/sync', status: 400, body: body('ITEM_ERROR', 'ITEM_LOGIN_REQUIRED', "the login details of this item have changed (credentials, MFA, or required user action) and a user login is required to update this information. use Link's update mode to restore the item to a good state") }),
    category: 'auth',
    destination: 'plaid',
    rule: 'plaid/item-login',
    note: 'ITEM_LOGIN_REQUIRED: the user must sign in again through update mode',
  },
  {
    line: `ERROR sync item 7 failed: plaid.ApiException: (400) Reason: Bad Request HTTP response body: ${j(body('INVALID_INPUT', 'INVALID_API_KEYS', 'invalid client_id or secret provided'))}`,
    category: 'auth',
    destination: 'plaid',
    rule: 'plaid/keys',
    note: 'INVALID_API_KEYS from the Python client: wrong client id or secret',
  },
  {
    line: j({ level: 'error', destination: 'plaid', status: 400, body: body('ITEM_ERROR', 'ADDITIONAL_CONSENT_REQUIRED', 'client does not have user consent to access the PRODUCT_AUTH product') }),
    category: 'permissions',
    rule: 'plaid/consent',
    note: 'ADDITIONAL_CONSENT_REQUIRED: the user withheld a product',
  },
  {
    line: j({ level: 'error', destination: 'plaid', status: 400, body: body('INVALID_REQUEST', 'INVALID_PRODUCT', 'client is not authorized to access the following products: ["identity"]') }),
    category: 'plan',
    rule: 'plaid/product-access',
    note: 'INVALID_PRODUCT: the product is not enabled for the client',
  },
  {
    line: j({ level: 'error', destination: 'plaid', status: 400, body: body('INVALID_REQUEST', 'MISSING_FIELDS', 'the following required fields are missing: access_token') }),
    category: 'validation',
    rule: 'plaid/invalid-request',
    note: 'MISSING_FIELDS: the request lacks a required field',
  },
  {
    line: j({ level: 'warn', destination: 'plaid', status: 400, body: body('ITEM_ERROR', 'PRODUCT_NOT_READY', 'the requested product is not yet ready. please provide a webhook or try the request again later') }),
    category: 'transient',
    rule: 'plaid/not-ready',
    note: 'PRODUCT_NOT_READY: the first transactions pull is still running',
  },
  {
    line: j({ level: 'error', destination: 'plaid', status: 400, body: body('INSTITUTION_ERROR', 'INSTITUTION_DOWN', 'this financial institution is not currently responding to requests. we apologize for the inconvenience.') }),
    category: 'outage',
    rule: 'plaid/institution-down',
    note: 'INSTITUTION_DOWN: the bank is down, nothing to fix',
  },
];
