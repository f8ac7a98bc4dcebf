import type { Provider } from './provider.js';

/**
 * FreshBooks API (`api.freshbooks.com`, OAuth at `auth.freshbooks.com`), SDKs
 * `@freshbooks/api` (Node), `freshbooks-python-sdk` / `freshbooks-php-sdk` (`FreshBooksError`,
 * `FreshBooksException`). Accounting endpoints answer `{"response":{"errors":[{"errno":1012,
 * "field":"userid","message":"Client not found.","object":"client","value":"134"}]}}`; the
 * identity / auth endpoints answer `{"error_type":"unauthenticated","message":"This action
 * requires authentication to continue"}` (the Node SDK: `code: "unauthenticated"`), projects a
 * bare 401 "UNAUTHORIZED".
 * - `unauthenticated` / "This action requires authentication to continue", 401: auth (the OAuth
 *   token expired after 12 hours and was not refreshed, or was revoked).
 * - errno 1012 (the object the id names does not exist) and the field errors of a 400/422, whose
 *   `field` the body names: validation.
 * Sources: freshbooks.com/api/errors (errno table), freshbooks.com/api/authentication;
 * freshbooks-nodejs-sdk README (errors) and issue #506; freshbooks-php-sdk README (FreshBooksException,
 * errno 1012 body).
 */
const F = ['freshbooks'];

export const provider: Provider = {
  name: 'freshbooks',
  display: 'FreshBooks',
  hints: ['freshbooks', 'api\\.freshbooks\\.com', 'auth\\.freshbooks\\.com', '@freshbooks/api', 'freshbooks-(?:nodejs|python|php)-sdk', 'FreshBooks(?:Error|Exception)'],
  links: {
    auth: 'https://my.freshbooks.com/#/developer',
    validation: 'https://www.freshbooks.com/api/errors',
    outage: 'https://status.freshbooks.com',
  },
  rules: [
    {
      id: 'freshbooks/unauthenticated',
      category: 'auth',
      cause: 'unauthenticated',
      code: ['unauthenticated'],
      destination: F,
      summary: 'FreshBooks rejected the access token',
      fix: 'Refresh the OAuth token (access tokens last 12 hours; the refresh token is single-use) or reconnect FreshBooks; pause the sync until then.',
    },
    {
      id: 'freshbooks/unauthenticated-text',
      category: 'auth',
      cause: 'unauthenticated',
      message: /This action requires authentication to continue/i,
      summary: 'FreshBooks rejected the access token',
      fix: 'Refresh the OAuth token (access tokens last 12 hours; the refresh token is single-use) or reconnect FreshBooks; pause the sync until then.',
    },
    {
      id: 'freshbooks/not-found',
      category: 'validation',
      cause: 'errno 1012 not found',
      code: ['1012'],
      destination: F,
      summary: 'FreshBooks object not found (`{field}`)',
      fix: 'Re-resolve the FreshBooks id (the client, invoice or item was deleted or belongs to another account); retrying as is will not help.',
    },
    {
      id: 'freshbooks/field-error',
      category: 'validation',
      cause: 'field error',
      status: [400, 422],
      destination: F,
      summary: 'FreshBooks rejected the value of `{field}`',
      fix: 'Fix the mapped value of the field the error names (required, format, allowed values); retrying the same record fails again.',
    },
  ],
};
