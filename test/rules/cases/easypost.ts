import type { RuleCase } from '../rule-tester.js';

/**
 * EasyPost error bodies (`{"error":{"code":"ADDRESS.VERIFY.FAILURE","message":…,"errors":[{"field":
 * …}]}}`) and the client libraries' exception lines.
 * Sources: docs.easypost.com/docs/errors (error object example) and /guides/errors-guide;
 * EasyPost/easypost-python tests/cassettes/test_error.yaml, easypost/requestor.py,
 * easypost/constant.py; a public integration test recording the APIKEY.INACTIVE 403 body;
 * the SHIPMENT.POSTAGE.FAILURE example ("Account not allowed for this service.") of a public
 * OpenAPI; EasyPost/easypost-ruby lib/easypost/errors.
 */
const j = (o: unknown): string => JSON.stringify(o);
const API = 'https://api.easypost.com/v2';

export const easypostCases: RuleCase[] = [
  {
    line: j({ level: 'error', status: 403, url: `${API}/shipments`, body: { error: { code: 'APIKEY.INACTIVE', message: 'This api key is no longer active.Please use a different api key or reactivate this key.', errors: [] } } }),
    category: 'auth',
    destination: 'easypost',
    rule: 'easypost/api-key-inactive',
    note: 'recorded 403 body: a deactivated key, not a permission',
  },
  {
    line: j({ level: 'error', status: 402, url: `${API}/shipments/shp_4abbf01ebc7e45d28fb96edcf1196744/buy`, body: { error: { code: 'PAYMENT_REQUIRED', message: 'Insufficient funds. Please add funds to your account.', errors: [] } } }),
    category: 'plan',
    destination: 'easypost',
    rule: 'easypost/billing',
    note: 'errors guide: 402 is a lack of billing information or insufficient funds',
  },
  {
    line: 'easypost.errors.api.payment_error.PaymentError: Insufficient funds. Please add funds to your account.',
    category: 'plan',
    destination: 'easypost',
    rule: 'easypost/sdk-payment',
    note: 'easypost-python requestor.py: 402 raises PaymentError (message = the body’s message)',
  },
  {
    line: 'easypost.errors.general.invalid_object_error.InvalidObjectError: Billing has not been setup for this user. Please add a payment method.',
    category: 'plan',
    destination: 'easypost',
    rule: 'easypost/sdk-payment',
    note: 'easypost-python constant.py NO_BILLING_ERROR: no payment method on the account',
  },
  {
    line: 'EasyPost::Errors::UnauthorizedError: Unauthorized. Please check credentials and try again',
    category: 'auth',
    destination: 'easypost',
    rule: 'easypost/sdk-auth',
    note: 'easypost-ruby lib/easypost/errors/api/unauthorized_error.rb: the 401 class',
  },
  {
    line: j({ level: 'error', status: 422, url: `${API}/addresses`, body: { error: { code: 'ADDRESS.VERIFY.FAILURE', message: 'Address not found', errors: [{ field: 'street1', message: 'House number is missing', suggestion: null }] } } }),
    category: 'validation',
    destination: 'easypost',
    field: 'street1',
    rule: 'easypost/invalid-address',
    note: 'docs error object: strict verification, the field named in errors[]',
  },
  {
    line: j({ level: 'error', status: 422, url: `${API}/shipments`, body: { error: { code: 'PARAMETER.REQUIRED', message: 'Missing required parameter.', errors: [{ field: 'shipment', message: 'cannot be blank' }] } } }),
    category: 'validation',
    destination: 'easypost',
    field: 'shipment',
    rule: 'easypost/invalid-request',
    note: 'easypost-python cassette test_error.yaml',
  },
  {
    line: j({ level: 'error', status: 422, url: `${API}/shipments/shp_a080bf254f444f328fb4c33a82fa5ce1/buy`, body: { error: { code: 'SHIPMENT.POSTAGE.FAILURE', message: 'Account not allowed for this service.', errors: [] } } }),
    category: 'validation',
    destination: 'easypost',
    rule: 'easypost/carrier-account',
    note: 'a carrier account not allowed the service (or not fully set up with UPS)',
  },
  {
    line: j({ level: 'warn', status: 422, url: `${API}/shipments/shp_a080bf254f444f328fb4c33a82fa5ce1/buy`, body: { error: { code: 'SHIPMENT.POSTAGE.NO_RESPONSE', message: 'The carrier did not respond in time.', errors: [] } } }),
    category: 'transient',
    destination: 'easypost',
    rule: 'easypost/carrier-unavailable',
    note: 'errors guide code list: the carrier did not answer the purchase',
  },
];
