import type { RuleCase } from '../rule-tester.js';

/**
 * Acumatica contract-based REST API error bodies (`message`, `exceptionMessage`, `exceptionType`,
 * `stackTrace`) and the license's API limits. Sources: Acumatica / MYOB Acumatica Integration
 * Development Guide "License Restrictions for API Users"; support.cleo.com "API related Info -
 * Acumatica"; decompiled PX.Data messages; public Acumatica clients' tests and release notes
 * quoting the bodies (PXLogin "Invalid credentials", "'CustomerClass' cannot be empty",
 * PXOuterException, PXSetupNotEnteredException, the "API Login Limit" page).
 */
const j = (o: unknown): string => JSON.stringify(o);
const SITE = 'https://acme.acumatica.com';

export const acumaticaCases: RuleCase[] = [
  {
    line: j({ level: 'error', status: 500, url: `${SITE}/entity/auth/login`, body: '<!DOCTYPE html><html><head><title>API Login Limit</title><link rel="stylesheet" href="/Content/site.css"></head><body><h1>API Login Limit</h1></body></html>' }),
    category: 'plan',
    destination: 'acumatica',
    rule: 'acumatica/api-login-limit',
    note: 'the sign-in past the license’s Maximum Number of Web Services API Users: a styled page titled "API Login Limit"',
  },
  {
    line: j({ level: 'error', status: 500, url: `${SITE}/entity/auth/login`, body: { message: 'An error has occurred.', exceptionMessage: 'Error: Invalid credentials. Please try again.', exceptionType: 'PX.Data.PXException', stackTrace: '   at PX.Data.PXLogin.PX.Data.IPXLogin.LoginUser(String& userName, String password)\r\n   at PX.Api.Services.LoginService.Login(String login, String password, String company, String branch, String locale, String prefix)' } }),
    category: 'auth',
    destination: 'acumatica',
    rule: 'acumatica/invalid-credentials',
    note: 'a public client’s test fixture of the failed-login body (PXLogin.LoginUser)',
  },
  {
    line: j({ level: 'error', status: 500, url: `${SITE}/entity/Default/24.200.001/SalesOrder`, body: { message: 'An error has occurred.', exceptionMessage: 'You have insufficient rights to access the object (SOOrderEntry).', exceptionType: 'PX.Data.PXException' } }),
    category: 'permissions',
    destination: 'acumatica',
    rule: 'acumatica/insufficient-rights',
    note: 'PX.Data message "You have insufficient rights to access the object ({0})."',
  },
  {
    line: j({ level: 'error', status: 422, url: `${SITE}/entity/Default/24.200.001/SalesOrder`, body: { message: 'An error has occurred.', exceptionMessage: "PX.Data.PXLockViolationException: Another process has updated the 'SOOrder' record. Your changes will be lost.", exceptionType: 'PX.Api.ContractBased.OutcomeEntityHasErrorsException' } }),
    category: 'transient',
    destination: 'acumatica',
    rule: 'acumatica/record-changed',
    note: 'PXLockViolationException’s message inside the contract-based API’s wrapper',
  },
  {
    line: `GET ${SITE}/entity/Default/24.200.001/Customer -> 500: ${j({ message: 'An error has occurred.', exceptionMessage: 'The required configuration data is not entered on the Account Receivable Preferences form.', exceptionType: 'PX.Data.PXSetupNotEnteredException`1[[PX.Objects.AR.ARSetup, PX.Objects]]' })}`,
    category: 'validation',
    destination: 'acumatica',
    rule: 'acumatica/setup-not-entered',
    note: 'a public Acumatica client’s release notes quoting the 500 body for an unconfigured module',
  },
  {
    line: j({ level: 'error', status: 500, url: `${SITE}/entity/Default/24.200.001/Customer`, body: { message: 'An error has occurred.', exceptionMessage: "Error: 'CustomerClass' cannot be empty.", exceptionType: 'PX.Data.PXException' } }),
    category: 'validation',
    destination: 'acumatica',
    field: 'CustomerClass',
    rule: 'acumatica/record-invalid',
    note: 'the standard error format as public Acumatica integration notes quote it',
  },
  {
    line: j({ level: 'error', status: 422, url: `${SITE}/entity/Default/24.200.001/Customer`, body: { message: 'An error has occurred.', exceptionMessage: "Inserting 'Customer' record raised at least one error. Please review the errors.", exceptionType: 'PX.Data.PXOuterException' } }),
    category: 'validation',
    destination: 'acumatica',
    rule: 'acumatica/record-invalid',
    note: 'multi-field errors wrapped in PXOuterException',
  },
  {
    line: j({ level: 'warn', status: 429, url: `${SITE}/entity/Default/24.200.001/SalesOrder?$top=100`, msg: 'Too Many Requests' }),
    category: 'transient',
    destination: 'acumatica',
    rule: 'http/rate-limit-message',
    note: 'support.cleo.com: calls declined by the license’s request throttling fail with 429 (generic rule, the host names Acumatica)',
  },
];
