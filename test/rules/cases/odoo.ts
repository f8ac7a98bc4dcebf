import type { RuleCase } from '../rule-tester.js';

/** Odoo external API faults, by the server's exception class. Source: odoo.com/documentation (External API, odoo.exceptions). */
export const odooCases: RuleCase[] = [
  {
    line: "ERROR odoo sync: xmlrpc.client.Fault: <Fault 3: 'Traceback (most recent call last):\\n odoo.exceptions.AccessDenied: Access Denied\\n'>",
    category: 'auth',
    destination: 'odoo',
    rule: 'odoo/access-denied',
    note: 'login or API key refused',
  },
  {
    line: "ERROR odoorpc.error.RPCError: You are not allowed to access 'Journal Entry' (account.move) records.",
    category: 'permissions',
    destination: 'odoo',
    rule: 'odoo/access-error',
    note: 'the user groups lack the model',
  },
  {
    line: "ERROR odoorpc.error.RPCError: odoo.exceptions.ValidationError: The operation cannot be completed: another model requires the record being deleted.",
    category: 'validation',
    destination: 'odoo',
    rule: 'odoo/validation',
  },
];
