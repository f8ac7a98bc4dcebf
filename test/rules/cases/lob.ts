import type { RuleCase } from '../rule-tester.js';

/**
 * Lob error bodies (`{"error":{"message":…,"status_code":…,"code":…}}`) and the client libraries'
 * lines.
 * Sources: help.lob.com/developer-docs/error-reference; lob/lob-openapi LobError codes (as rendered
 * in generated SDK docs); lob/lob-ruby #178; lob/lob-java #82; lob/lob-php #57.
 */
const j = (o: unknown): string => JSON.stringify(o);
const API = 'https://api.lob.com/v1';

export const lobCases: RuleCase[] = [
  {
    line: j({ level: 'error', status: 401, url: `${API}/letters`, body: { error: { message: 'Your token is not authorized to perform this action.', status_code: 401, code: 'unauthorized_token' } } }),
    category: 'auth',
    destination: 'lob',
    rule: 'lob/unauthorized-token',
    note: 'error reference: unauthorized_token (401)',
  },
  {
    line: j({ level: 'error', status: 401, url: `${API}/addresses`, body: { error: { message: 'Your API key is not valid. Please sign up on lob.com to get a valid api key.', status_code: 401, code: 'invalid_api_key' } } }),
    category: 'auth',
    destination: 'lob',
    rule: 'oauth/invalid-token',
    note: 'error reference: invalid_api_key is the generic rules’; the host names Lob',
  },
  {
    line: j({ level: 'error', status: 403, url: `${API}/postcards`, body: { error: { message: 'This operation requires a secret API key.', status_code: 403, code: 'publishable_key_not_allowed' } } }),
    category: 'permissions',
    destination: 'lob',
    rule: 'lob/publishable-key',
    note: 'error reference: publishable_key_not_allowed (403)',
  },
  {
    line: j({ level: 'error', status: 401, url: `${API}/letters`, body: { error: { message: 'You must have a verified bank account or credit card to submit live requests.', status_code: 401, code: 'payment_method_unverified' } } }),
    category: 'plan',
    destination: 'lob',
    rule: 'lob/account-not-ready',
    note: 'error reference: payment_method_unverified, a 401 that is billing set-up, not the key',
  },
  {
    line: j({ level: 'error', status: 403, url: `${API}/templates`, body: { error: { message: 'The account has reached its resource limit and requires upgrading to add more.', status_code: 403, code: 'feature_limit_reached' } } }),
    category: 'plan',
    destination: 'lob',
    rule: 'lob/account-not-ready',
    note: 'error reference: feature_limit_reached (403)',
  },
  {
    line: j({ level: 'error', status: 422, url: `${API}/postcards`, body: { error: { message: "The to address doesn't meet strictness requirements.", status_code: 422, code: 'failed_deliverability_strictness' } } }),
    category: 'validation',
    destination: 'lob',
    rule: 'lob/undeliverable-address',
    note: 'error reference: failed_deliverability_strictness (an undeliverable recipient)',
  },
  {
    line: j({ error: { message: "The to address doesn't meet strictness requirements.", status_code: 422, code: 'failed_deliverability_strictness' } }),
    category: 'validation',
    destination: 'lob',
    rule: 'lob/undeliverable-address',
    note: 'the bare body: failed_deliverability_strictness is Lob’s own code, so it names the destination',
  },
  {
    line: j({ level: 'error', status: 422, url: `${API}/letters`, body: { error: { message: 'DPI must be at least 300.', status_code: 422, code: 'invalid_image_dpi' } } }),
    category: 'validation',
    destination: 'lob',
    rule: 'lob/invalid-mail-piece',
    note: 'error reference: invalid_image_dpi',
  },
  {
    line: j({ level: 'error', status: 422, url: `${API}/bank_accounts/bank_8cad8df5354d33f/verify`, body: { error: { message: 'The verification amounts did not match.', status_code: 422, code: 'invalid_bank_account_verification' } } }),
    category: 'validation',
    destination: 'lob',
    rule: 'lob/bank-account',
    note: 'error reference: invalid_bank_account_verification',
  },
  {
    line: '(Status 422) to.address_line1 is required or to must be a string \n {\n    "error": {\n        "message": "to.address_line1 is required or to must be a string",\n        "status_code": 422\n    }\n}',
    category: 'validation',
    rule: 'http/validation-message',
    note: 'lob-ruby #178: a body with no code, the generic wording decides',
  },
  {
    line: 'LobApiException: https://api.lob.com/v1/bank_accounts 422: bank_address is required',
    category: 'validation',
    destination: 'lob',
    rule: 'http/validation-message',
    note: 'lob-java #82: generic wording; the exception and host name Lob',
  },
];
