import type { RuleCase } from '../rule-tester.js';

/**
 * Dropbox Sign (HelloSign) error bodies `{"error":{"error_msg":…,"error_name":…,"error_path":…}}`
 * and the SDKs' exception lines.
 * Sources: hellosign/hellosign-openapi examples/json/Error400…Error429Response.json; the Warnings
 * and Errors page (error names and statuses); hellosign/hellosign-ruby-sdk lib/hello_sign/error.rb,
 * #59; hellosign/hellosign-openapi #372 (@dropbox/sign); facebookresearch/Ego4d #364.
 */
const j = (o: unknown): string => JSON.stringify(o);
const API = 'https://api.hellosign.com/v3';

export const dropboxSignCases: RuleCase[] = [
  {
    line: j({ level: 'error', status: 400, url: `${API}/signature_request/send`, body: { error: { error_msg: 'This value should not be blank', error_path: 'cc_email_addresses[0]', error_name: 'bad_request' } } }),
    category: 'validation',
    destination: 'dropbox-sign',
    field: 'cc_email_addresses[0]',
    rule: 'http/validation-code',
    note: 'Error400Response.json: bad_request is the generic rules’, error_path names the field',
  },
  {
    line: j({ level: 'error', status: 401, url: `${API}/account`, body: { error: { error_msg: 'Unauthorized user. No credentials supplied.', error_name: 'unauthorized' } } }),
    category: 'auth',
    destination: 'dropbox-sign',
    rule: 'oauth/invalid-token',
    note: 'Error401Response.json: unauthorized is the generic rules’; the host names Dropbox Sign',
  },
  {
    line: j({ level: 'error', status: 402, url: `${API}/signature_request/send`, body: { error: { error_msg: 'You must upgrade to make additional requests.', error_name: 'payment_required' } } }),
    category: 'plan',
    destination: 'dropbox-sign',
    rule: 'dropbox-sign/payment-required',
    note: 'Error402Response.json: the plan’s quota',
  },
  {
    line: j({ level: 'error', status: 403, url: `${API}/template/create_embedded_draft`, body: { error: { error_msg: 'A paid API plan is required to access this endpoint.', error_name: 'forbidden' } } }),
    category: 'plan',
    destination: 'dropbox-sign',
    rule: 'dropbox-sign/paid-plan-forbidden',
    note: 'Error403Response.json: a 403 forbidden that is the plan, not a permission',
  },
  {
    line: 'Dropbox\\Sign\\ApiException: [403] Client error: `POST https://api.hellosign.com/v3/signature_request/send` resulted in a `403 Forbidden` response: {"error":{"error_msg":"A paid API plan is required to access this endpoint.","error_name":"forbidden"}}',
    category: 'plan',
    destination: 'dropbox-sign',
    rule: 'dropbox-sign/paid-plan-forbidden',
    note: 'the PHP SDK’s ApiException over Guzzle with the Error403Response body: `Dropbox\\Sign` names Dropbox Sign, not Dropbox',
  },
  {
    line: 'ERROR signing: You must either upgrade to a paid API plan (https://app.hellosign.com/api/pricing) or use the test_mode=1 parameter.',
    category: 'plan',
    destination: 'dropbox-sign',
    rule: 'dropbox-sign/paid-plan-message',
    note: 'facebookresearch/Ego4d #364: a live request from a free API account',
  },
  {
    line: 'HelloSign::Error::PaidApiPlanRequired: Server responded with code 402\nRequest URI: https://api.hellosign.com/v3/signature_request/send\nMessage: {"error":{"error_msg":"You must upgrade to make additional requests.","error_name":"payment_required"}}',
    category: 'plan',
    destination: 'dropbox-sign',
    rule: 'dropbox-sign/payment-required',
    note: 'hellosign-ruby-sdk error.rb / client.rb: 402 raises PaidApiPlanRequired; the body’s payment_required decides',
  },
  {
    line: j({ level: 'warn', status: 429, url: `${API}/signature_request/list`, body: { error: { error_msg: 'Too many requests.', error_name: 'exceeded_rate' } } }),
    category: 'transient',
    destination: 'dropbox-sign',
    rule: 'dropbox-sign/exceeded-rate',
    note: 'Error429Response.json',
  },
  {
    line: j({ error: { error_msg: 'Too many requests.', error_name: 'exceeded_rate' } }),
    category: 'transient',
    destination: 'dropbox-sign',
    rule: 'dropbox-sign/exceeded-rate',
    note: 'the bare body: exceeded_rate is Dropbox Sign’s own name, so it names the destination',
  },
  {
    line: 'HelloSign::Error::ExceededRate: Server responded with code 429',
    category: 'transient',
    destination: 'dropbox-sign',
    rule: 'dropbox-sign/sdk-rate',
    note: 'hellosign-ruby-sdk #59 / #60: 429 raises ExceededRate',
  },
  {
    line: j({ level: 'error', status: 503, url: `${API}/account`, body: { error: { error_msg: 'Dropbox Sign is undergoing scheduled maintenance.', error_name: 'maintenance' } } }),
    category: 'outage',
    destination: 'dropbox-sign',
    rule: 'dropbox-sign/maintenance',
    note: 'Warnings and Errors: maintenance (503)',
  },
  {
    line: j({ level: 'error', status: 400, url: `${API}/signature_request/cancel/fa5c8a0b0f492d768749333ad6fcc214c111e967`, body: { error: { error_msg: 'Signature request has already been fully executed', error_name: 'signature_request_cancel_failed' } } }),
    category: 'validation',
    destination: 'dropbox-sign',
    rule: 'dropbox-sign/request-state',
    note: 'Warnings and Errors: signature_request_cancel_failed (only an open request can be cancelled)',
  },
];
