import type { Provider } from './provider.js';

/**
 * Acumatica ERP (and MYOB Acumatica), its contract-based REST API
 * (`https://<site>/entity/Default/24.200.001/<Entity>`, sign-in `POST /entity/auth/login`) and
 * OData. Errors are ASP.NET bodies: `{"message": "An error has occurred.", "exceptionMessage":
 * "Error: 'CustomerClass' cannot be empty.", "exceptionType": "PX.Data.PXException",
 * "stackTrace": "…"}`; several field errors come wrapped in `PX.Data.PXOuterException`
 * ("Inserting 'Customer' record raised at least one error. Please review the errors.") or
 * `PX.Api.ContractBased.OutcomeEntityHasErrorsException`. By the framework's own wording:
 * - "Error: Invalid credentials. Please try again." (PXLogin at sign-in): auth.
 * - "You have insufficient rights to access the object (X)." (the user's role lacks the screen or
 *   entity): permissions.
 * - The license's API limits (License Monitoring Console, SM604000): more signed-in API sessions
 *   than "Maximum Number of Web Services API Users" gets the "API Login Limit" page at sign-in
 *   (sessions an integration did not sign out of hold their seats until they expire): plan.
 *   Requests over the concurrent or per-minute limits wait in a queue and are refused with 429
 *   when it is full: transient, the generic 429's.
 * - Record errors ("'X' cannot be empty", PXOuterException, OutcomeEntityHasErrorsException,
 *   "No entity satisfies the condition.") and setup errors (PXSetupNotEnteredException "The
 *   required configuration data is not entered on the … Preferences form."): validation.
 * - PXLockViolationException "Another process has updated the 'SOOrder' record. Your changes will
 *   be lost.": a concurrent update; retrying the read-modify-write succeeds: transient.
 * Sources: help.acumatica.com / help.myob.com.au Integration Development Guide "License
 * Restrictions for API Users" (API users, concurrent requests, requests per minute, SM604000);
 * support.cleo.com "API related Info - Acumatica" (throttled calls fail with 429); decompiled
 * PX.Data (PXLockViolationException message, "You have insufficient rights to access the object
 * ({0})."); public Acumatica clients' tests and notes quoting bodies (PXException "Invalid
 * credentials. Please try again." from PXLogin.LoginUser, "'CustomerClass' cannot be empty",
 * PXOuterException, PXSetupNotEnteredException, the "API Login Limit" page and its seat-relief
 * retry).
 */
const A = ['acumatica'];

export const provider: Provider = {
  name: 'acumatica',
  display: 'Acumatica',
  aliases: ['myobacumatica', 'myobadvanced'],
  hints: [
    '(?:[\\w-]+\\.)+acumatica\\.com',
    'PX\\.(?:Data|Api|Objects|Common|SM)(?:\\.\\w+)+',
    '/entity/(?:auth/login|Default/\\d+\\.\\d+\\.\\d+)',
    'Acumatica',
  ],
  links: {
    plan: 'https://help.acumatica.com/Help?ScreenId=ShowWiki&pageid=7a796856-3dec-4a4f-abf8-171324c9642b',
    transient: 'https://help.acumatica.com/Help?ScreenId=ShowWiki&pageid=7a796856-3dec-4a4f-abf8-171324c9642b',
  },
  rules: [
    {
      id: 'acumatica/api-login-limit',
      category: 'plan',
      cause: 'API Login Limit',
      message: /\bAPI Login Limit\b/,
      summary: 'Acumatica refused the sign-in: all of the license’s API user seats are in use',
      fix: 'Sign out of API sessions when done (POST /entity/auth/logout) so stale ones stop holding seats, or raise the license’s Maximum Number of Web Services API Users (License Monitoring Console, SM604000).',
    },
    {
      id: 'acumatica/invalid-credentials',
      category: 'auth',
      cause: 'Invalid credentials',
      message: /\bInvalid credentials\. Please try again\b/,
      destination: A,
      summary: 'Acumatica rejected the API user’s name or password (or tenant)',
      fix: 'Fix the user, password and tenant (company) of the connection, or reconnect the OAuth client; pause the sync until then.',
    },
    {
      id: 'acumatica/insufficient-rights',
      category: 'permissions',
      cause: 'insufficient rights',
      message: /\bYou have insufficient rights to access the object\b/,
      summary: 'Acumatica user’s roles do not grant the screen or entity the call needs',
      fix: 'Grant the API user’s role access to the screen the message names (the Access Rights by Role form); keep syncing other entities.',
    },
    // Before the record rule: the contract-based API can wrap it in OutcomeEntityHasErrorsException.
    {
      id: 'acumatica/record-changed',
      category: 'transient',
      cause: 'PXLockViolationException',
      message: /\bPXLockViolationException\b|\bAnother process has updated the '[^'\n]{1,80}' record\. Your changes will be lost\b/,
      summary: 'Acumatica record was updated by another process while the sync wrote it',
      fix: 'Retried: read the record again and reapply the change; if it keeps colliding, serialise writes to the same documents.',
    },
    {
      id: 'acumatica/setup-not-entered',
      category: 'validation',
      cause: 'PXSetupNotEnteredException',
      message: /\bPXSetupNotEnteredException\b|\bThe required configuration data is not entered on the\b/,
      summary: 'Acumatica module not set up: a preferences form has required settings missing',
      fix: 'Complete the preferences form the message names in Acumatica (e.g. Accounts Receivable Preferences); every call to that module fails until then.',
    },
    {
      id: 'acumatica/record-invalid',
      category: 'validation',
      cause: 'record error',
      message: /\bPX\.Data\.PXOuterException\b|\braised at least one error\. Please review the errors\b|\bOutcomeEntityHasErrorsException\b|\bNoEntitySatisfiesTheConditionException\b|\bNo entity satisfies the condition\b|\bPXSetPropertyException\b|'[^'\n]{1,80}' cannot be empty\b/,
      destination: A,
      fieldFrom: /'([^'\n]{1,80})' cannot be empty/,
      summary: 'Acumatica rejected the record (a required field, a value or a key that finds nothing)',
      fix: 'Fix the value the message names (`{field}` when given) or the key of the record looked up; retrying the same record fails again.',
    },
  ],
};
