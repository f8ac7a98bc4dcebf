import type { Provider } from './provider.js';

/**
 * Wise Platform API, formerly TransferWise (`api.transferwise.com`, `api.wise.com`; sandbox
 * `api.sandbox.transferwise.tech`, `api.wise-sandbox.com`). Wise's codes "are not unique and must be
 * used in conjunction with the provided payload body", in three shapes:
 * - OAuth errors from the token endpoint and the resource server: `{"error":"invalid_token",
 *   "error_description":"…"}` (401), `invalid_grant`, `invalid_client`: the generic OAuth rules.
 * - client errors: `{"errors":[{"code":"error.greaterThanZero","message":"Please type in a number
 *   that's larger than 0.","path":"sourceAmount","arguments":[]}]}` (400/422; `path` names the
 *   field beside `arguments`): validation by status.
 * - Spring's `{"timestamp":…,"status":403,"error":"Forbidden","message":"You are forbidden to send
 *   this request","path":"/v3/profiles/…/payments"}` with `X-2FA-Approval-Result: REJECTED` and a
 *   one-time token in `X-2FA-Approval`: the endpoint is protected by Strong Customer Authentication
 *   (funding a transfer, balance statements; for EU/UK personal tokens since PSD2): the call must
 *   be repeated with the one-time token signed by a key uploaded to the account (`X-Signature`), or
 *   completed by the customer: permissions.
 * Funding from a balance answers `{"type":"BALANCE","status":"REJECTED","errorCode":
 * "balance.payment-option-unavailable"}` (or `transfer.insufficient_funds`): the balance cannot pay
 * for the transfer: plan (top up the account).
 * pywisetransfer raises `WiseAccessDeniedException` on a 403 and `WiseClientConfigurationException:
 * Please provide pytransferwise.private_key_file or private_key_data to perform SCA authentication`
 * when no signing key is set.
 * Sources: docs.wise.com/guides/developer/errors (error shapes, status list) and
 * /guides/developer/errors/authentication; docs.wise.com/api-docs/features/strong-customer-
 * authentication-2fa/one-time-token and …/auth-code-sca (the 403 body and headers); the fund-transfer
 * reference (errorCode); pywisetransfer/pywisetransfer pywisetransfer/endpoint.py and exceptions.py,
 * issue #24 (403 on balance statements after SCA); transferwise/api-docs #94 (SCA flow);
 * opencollective/opencollective-api server/lib/transferwise.ts (SCA retry, errorCode handling).
 */
export const provider: Provider = {
  name: 'wise',
  display: 'Wise',
  aliases: ['transferwise', 'wiseplatform'],
  // Hosts and client names: "wise" is an English word.
  hints: [
    'api(?:\\.sandbox)?\\.transferwise\\.(?:com|tech)',
    'api\\.wise(?:-sandbox)?\\.com',
    'transferwise',
    'pywisetransfer(?:\\.\\w+)*',
    'Wise(?:AccessDenied|ClientConfiguration)Exception',
    'X-2FA-Approval(?:-Result)?',
  ],
  // {"code":"error.greaterThanZero","path":"sourceAmount","arguments":[]}
  fieldShapes: [{ key: 'path', beside: 'arguments' }],
  links: {
    auth: 'https://docs.wise.com/guides/developer/errors/authentication',
    permissions: 'https://docs.wise.com/api-docs/features/strong-customer-authentication-2fa/one-time-token',
    plan: 'https://docs.wise.com/api-reference/transfer#fund',
    validation: 'https://docs.wise.com/guides/developer/errors',
    transient: 'https://docs.wise.com/guides/developer/errors',
    outage: 'https://docs.wise.com/guides/product/partner/wptechsupport',
  },
  rules: [
    // Spring's "error":"Forbidden" reads as a code OAuth knows too: Wise's message says why.
    {
      id: 'wise/sca-forbidden',
      category: 'permissions',
      cause: 'SCA required',
      code: ['Forbidden'],
      message: /You are forbidden to send this request/i,
      summary: 'Wise requires Strong Customer Authentication for this call (signed one-time token)',
      fix: 'Upload a public key to the Wise account and sign the X-2FA-Approval one-time token with its private key (X-Signature), or have the customer complete SCA; personal tokens of EU/UK accounts cannot fund transfers. Keep syncing what does not need SCA.',
    },
    {
      id: 'wise/sca-required',
      category: 'permissions',
      cause: 'SCA required',
      message: /You are forbidden to send this request|X-2FA-Approval-Result\W{1,4}REJECTED|private_key_data to perform SCA authentication|\bWiseAccessDeniedException\b/i,
      summary: 'Wise requires Strong Customer Authentication for this call (signed one-time token)',
      fix: 'Upload a public key to the Wise account and sign the X-2FA-Approval one-time token with its private key (X-Signature), or have the customer complete SCA; personal tokens of EU/UK accounts cannot fund transfers. Keep syncing what does not need SCA.',
    },
    {
      id: 'wise/balance-unavailable',
      category: 'plan',
      cause: '{code}',
      code: ['balance.payment-option-unavailable', 'transfer.insufficient_funds'],
      summary: 'Wise balance cannot fund the transfer ({code})',
      fix: 'Top up the balance in the transfer’s source currency (or convert into it), then fund the transfer again; later transfers fail the same way until then.',
    },
  ],
};
