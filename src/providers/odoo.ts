import type { Provider } from './provider.js';

/**
 * Odoo's external API (XML-RPC `/xmlrpc/2/common|object`, JSON-RPC; clients odoorpc, OdooRPC,
 * erppeek). Faults carry the server's exception class, and Odoo's classes mean different things:
 * - `odoo.exceptions.AccessDenied` ("Access Denied"): the login or API key was refused: auth.
 * - `odoo.exceptions.AccessError` ("You are not allowed to access … records"): the user's groups
 *   or record rules forbid the model: permissions.
 * - `ValidationError`, `UserError`, `MissingError` (the record was deleted): validation.
 * Sources: odoo.com/documentation (External API; `odoo.exceptions` reference).
 */
const O = ['odoo'];

export const provider: Provider = {
  name: 'odoo',
  display: 'Odoo',
  hints: ['odoorpc(?:\\.\\w+)*', 'odoo\\.exceptions(?:\\.\\w+)?', '/xmlrpc/2/(?:common|object)', 'odoo'],
  links: {
    auth: 'https://www.odoo.com/documentation/latest/developer/reference/external_api.html',
    permissions: 'https://www.odoo.com/documentation/latest/applications/general/users/access_rights.html',
  },
  rules: [
    {
      id: 'odoo/access-denied',
      category: 'auth',
      cause: 'AccessDenied',
      message: /\bAccessDenied\b|\bAccess Denied\b/,
      destination: O,
      summary: 'Odoo refused the login or API key (AccessDenied)',
      fix: 'Check the database name, login and API key (or password) of the integration user; pause the sync until then.',
    },
    {
      id: 'odoo/access-error',
      category: 'permissions',
      cause: 'AccessError',
      message: /\bAccessError\b|\bnot allowed to (?:access|read|create|modify|write|delete|unlink)\b/i,
      destination: O,
      summary: 'Odoo user’s access rights or record rules forbid this model',
      fix: 'Add the integration user to the groups that grant access to the model (or relax the record rule); keep syncing other records.',
    },
    {
      id: 'odoo/validation',
      category: 'validation',
      cause: 'ValidationError',
      message: /\b(?:ValidationError|UserError|MissingError)\b/,
      destination: O,
      summary: 'Odoo rejected the record (validation or a missing record)',
      fix: 'Fix the record’s values (required fields, constraints) or its reference to a deleted record; never retry as is.',
    },
  ],
};
