import type { RuleCase } from '../rule-tester.js';

/**
 * ServiceNow REST error bodies `{"error":{"message","detail"},"status":"failure"}`.
 * Sources: docs.servicenow.com "REST API error responses" and "Inbound REST API rate limiting".
 */
const j = (o: unknown): string => JSON.stringify(o);

export const servicenowCases: RuleCase[] = [
  {
    line: j({ level: 'error', url: 'https://acme.service-now.com/api/now/table/incident', status: 401, body: { error: { message: 'User Not Authenticated', detail: 'Required to provide Auth information' }, status: 'failure' } }),
    category: 'auth',
    destination: 'servicenow',
    rule: 'servicenow/not-authenticated',
    note: 'bad password or expired token',
  },
  {
    line: j({ level: 'error', url: 'https://acme.service-now.com/api/now/table/sys_user', status: 403, body: { error: { message: 'Insufficient rights to query records', detail: 'Field(s) present in the query do not have permission to be read' }, status: 'failure' } }),
    category: 'permissions',
    destination: 'servicenow',
    rule: 'servicenow/acl',
    note: 'an ACL on the table',
  },
  {
    line: j({ level: 'error', destination: 'servicenow', status: 401, body: { error: { message: 'Unauthorized' } } }),
    category: 'auth',
    rule: 'servicenow/401',
  },
  {
    line: j({ level: 'error', destination: 'servicenow', status: 403, body: { error: { message: 'Forbidden' } } }),
    category: 'permissions',
    rule: 'servicenow/403',
  },
  {
    line: j({ level: 'warn', destination: 'servicenow', status: 429, body: { error: { message: 'Too many requests' } } }),
    category: 'transient',
    rule: 'servicenow/429',
  },
];
