import type { RuleCase } from '../rule-tester.js';

/**
 * Braintree's SDK exception classes, printed without a message. Source:
 * developer.paypal.com/braintree/docs/reference/general/exceptions (PHP, Java, Python, Ruby).
 */
export const braintreeCases: RuleCase[] = [
  {
    line: '[Tue Mar 18 13:27:11 2026] PHP Fatal error: Uncaught Braintree\\Exception\\Authentication in /app/vendor/braintree/braintree_php/lib/Braintree/Util.php:61',
    category: 'auth',
    destination: 'braintree',
    rule: 'braintree/authentication',
    note: 'PHP: the API keys are wrong or for the other environment',
  },
  {
    line: 'Exception in thread "main" com.braintreegateway.exceptions.AuthorizationException',
    category: 'permissions',
    destination: 'braintree',
    rule: 'braintree/authorization',
    note: "Java: valid keys, the API user's role may not do this",
  },
  {
    line: 'ERROR sync failed: braintree.exceptions.upgrade_required_error.UpgradeRequiredError',
    category: 'validation',
    destination: 'braintree',
    rule: 'braintree/upgrade-required',
    note: 'Python: the SDK version is no longer accepted',
  },
  {
    line: 'ERROR customer lookup failed: Braintree::NotFoundError (Braintree::NotFoundError)',
    category: 'validation',
    destination: 'braintree',
    rule: 'braintree/not-found',
    note: 'Ruby: the record id does not exist',
  },
  {
    line: 'WARN retrying: com.braintreegateway.exceptions.TooManyRequestsException',
    category: 'transient',
    destination: 'braintree',
    rule: 'braintree/transient',
    note: 'Java: rate limited',
  },
];
