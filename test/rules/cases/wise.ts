import type { RuleCase } from '../rule-tester.js';

/**
 * Wise (TransferWise) Platform API: OAuth errors, `errors[]` with `path`, Spring's 403 under Strong
 * Customer Authentication, balance-funding rejections, and pywisetransfer's exceptions.
 * Sources: docs.wise.com/guides/developer/errors (system and client error examples); docs.wise.com
 * one-time-token and auth-code-sca pages (the 403 body and X-2FA-Approval headers); the fund-transfer
 * reference (errorCode balance.payment-option-unavailable); pywisetransfer/pywisetransfer
 * endpoint.py and test fixtures (403 "You are forbidden to send this request"), issue #24;
 * opencollective/opencollective-api server/lib/transferwise.ts.
 */
const j = (o: object) => JSON.stringify(o);
const API = 'https://api.transferwise.com';

export const wiseCases: RuleCase[] = [
  {
    line: j({ level: 'error', status: 403, url: `${API}/v3/profiles/16532931/transfers/50723418/payments`, body: { timestamp: '2024-03-14T10:02:11.112+00:00', status: 403, error: 'Forbidden', message: 'You are forbidden to send this request', path: '/v3/profiles/16532931/transfers/50723418/payments' } }),
    category: 'permissions',
    destination: 'wise',
    rule: 'wise/sca-forbidden',
    note: 'Wise SCA docs: funding answers 403 with a one-time token to sign; Spring’s "Forbidden" is not OAuth’s',
  },
  {
    line: 'requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://api.wise.com/v1/profiles/16532931/balance-statements/998877/statement.json (X-2FA-Approval-Result: REJECTED)',
    category: 'permissions',
    destination: 'wise',
    rule: 'wise/sca-required',
    note: 'pywisetransfer #24: balance statements became SCA-protected for UK/EEA accounts',
  },
  {
    line: 'pywisetransfer.exceptions.WiseClientConfigurationException: Please provide pytransferwise.private_key_file or private_key_data to perform SCA authentication',
    category: 'permissions',
    destination: 'wise',
    rule: 'wise/sca-required',
    note: 'pywisetransfer endpoint.py: an SCA challenge with no signing key configured',
  },
  {
    line: j({ level: 'error', msg: 'fund transfer rejected', url: 'https://api.wise.com/v3/profiles/16532931/transfers/50723418/payments', body: { type: 'BALANCE', status: 'REJECTED', errorCode: 'balance.payment-option-unavailable' } }),
    category: 'plan',
    destination: 'wise',
    rule: 'wise/balance-unavailable',
    note: 'fund-transfer reference: errorCode when the balance cannot pay (opencollective handles it as insufficient funds)',
  },
  {
    line: j({ level: 'error', status: 422, url: 'https://api.wise.com/v2/quotes', body: { errors: [{ code: 'error.greaterThanZero', message: "Please type in a number that's larger than 0.", path: 'sourceAmount', arguments: [] }] } }),
    category: 'validation',
    destination: 'wise',
    field: 'sourceAmount',
    rule: 'http/4xx',
    note: 'Wise error guide: a client error; `path` beside `arguments` names the field',
  },
  {
    line: j({ level: 'error', status: 401, url: 'https://api.sandbox.transferwise.tech/v1/profiles', body: { error: 'invalid_token', error_description: '945fdc16-56cb-4039-90b4-998d583740ce' } }),
    category: 'auth',
    destination: 'wise',
    rule: 'oauth/invalid-token',
    note: 'Wise error guide: the system-error example is plain OAuth (generic rule); the host names Wise',
  },
];
