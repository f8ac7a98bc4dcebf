import type { Provider } from './provider.js';

/**
 * Braintree (PayPal's gateway). Its SDKs raise one exception class per HTTP answer, often printed
 * with no message at all (`Braintree\Exception\Authentication`, `com.braintreegateway.exceptions.
 * AuthorizationException`, `braintree.exceptions.authentication_error.AuthenticationError`,
 * `Braintree::AuthenticationError`), so the class decides:
 * - Authentication (401): the API keys are wrong or for another environment — auth.
 * - Authorization (403): the keys are valid but the user's role may not do this — permissions.
 * - UpgradeRequired (426): the SDK version is no longer supported — validation (upgrade the client).
 * - TooManyRequests (429), Server / UnexpectedException (5xx), Timeout / RequestTimeout: transient.
 * - DownForMaintenance / ServiceUnavailable (503): outage.
 * - NotFound (404): the record id — validation.
 * Sources: developer.paypal.com/braintree/docs/reference/general/exceptions (per SDK).
 */
const B = ['braintree'];

/** The class as each SDK spells it: `Authentication` + Exception / Error, with a namespace. */
const cls = (names: string): RegExp =>
  new RegExp(`(?:Braintree(?:\\\\Exception\\\\|::)|braintreegateway\\.exceptions\\.|braintree\\.exceptions\\.[a-z_]+\\.)(?:${names})(?:Exception|Error)?\\b`);

export const provider: Provider = {
  name: 'braintree',
  display: 'Braintree',
  hints: ['braintree(?:gateway|_php|-web|payments)?', 'api\\.(?:sandbox\\.)?braintreegateway\\.com', 'com\\.braintreegateway'],
  links: {
    auth: 'https://developer.paypal.com/braintree/articles/control-panel/important-gateway-credentials',
    permissions: 'https://developer.paypal.com/braintree/articles/control-panel/basics/users-roles',
    transient: 'https://developer.paypal.com/braintree/docs/reference/general/exceptions',
    outage: 'https://status.braintreepayments.com',
  },
  rules: [
    {
      id: 'braintree/authentication',
      category: 'auth',
      cause: 'AuthenticationException',
      message: cls('Authentication'),
      summary: 'Braintree rejected the API keys (wrong, revoked or another environment)',
      fix: 'Set the merchant id, public and private key of the right environment (sandbox vs production); pause the sync until then.',
    },
    {
      id: 'braintree/authorization',
      category: 'permissions',
      cause: 'AuthorizationException',
      message: cls('Authorization'),
      summary: 'Braintree API user’s role may not do this',
      fix: 'Give the API user a role with the permission (or use another user’s keys); keep syncing other records.',
    },
    {
      id: 'braintree/upgrade-required',
      category: 'validation',
      cause: 'UpgradeRequired',
      message: cls('UpgradeRequired'),
      summary: 'Braintree no longer supports this SDK version',
      fix: 'Upgrade the Braintree client library; every call fails until then.',
    },
    {
      id: 'braintree/not-found',
      category: 'validation',
      cause: 'NotFound',
      message: cls('NotFound'),
      summary: 'Braintree record not found',
      fix: 'Re-resolve the record id (deleted or from another environment).',
    },
    {
      id: 'braintree/transient',
      category: 'transient',
      cause: 'server or rate limit',
      message: cls('TooManyRequests|Server|Unexpected|Timeout|RequestTimeout|GatewayTimeout'),
      summary: 'Braintree rate limit, server error or timeout',
      fix: 'Retry with backoff.',
    },
    {
      id: 'braintree/maintenance',
      category: 'outage',
      cause: 'DownForMaintenance',
      message: cls('DownForMaintenance|ServiceUnavailable'),
      destination: B,
      summary: 'Braintree down for maintenance',
      fix: 'Nothing to fix: wait for Braintree to come back (status page), then resume.',
    },
  ],
};
