import type { RuleCase } from '../rule-tester.js';

/**
 * Gusto `errors[]` bodies (`error_key`, `category`, `message`, `metadata`, nested `errors`).
 * Sources: docs.gusto.com/embedded-payroll/docs/error-categories and /docs/errors;
 * docs.gusto.com/app-integrations/docs/error-categories (missing_permissions sample);
 * Gusto/gusto-typescript-client gusto_embedded/.speakeasy/gen.lock (invalid_attribute_value,
 * nested_errors, payroll_blocker examples) and src/models/errors/apierror.ts ("Status 422 Body: …").
 */
const j = (o: unknown): string => JSON.stringify(o);
const API = 'https://api.gusto.com/v1';

export const gustoCases: RuleCase[] = [
  {
    line: j({
      level: 'error',
      url: `${API}/companies/7756341741698500/contractor_payment_groups`,
      body: { errors: [{ error_key: 'request', category: 'missing_permissions', message: 'This endpoint is part of Gusto Embedded. Please contact developer@gusto.com if you’d like to have more information and use it for production. Note, this may require you to enter a different agreement with Gusto.' }] },
    }),
    category: 'plan',
    destination: 'gusto',
    rule: 'gusto/embedded-only',
    note: 'app-integrations error categories: missing_permissions for an endpoint of Gusto Embedded (another agreement)',
  },
  {
    line: j({ level: 'error', status: 403, url: `${API}/companies/7756341741698500/employees`, body: { errors: [{ error_key: 'request', category: 'missing_permissions', message: 'Missing permissions to access this resource.' }] } }),
    category: 'permissions',
    destination: 'gusto',
    rule: 'gusto/missing-permissions',
    note: 'error categories guide: missing_permissions, the application or token may not call the endpoint',
  },
  {
    line: j({
      level: 'error',
      status: 422,
      url: 'https://api.gusto-demo.com/v1/companies/c44d66dc-c41b-4a60-9e25-5e93ff8583f2/payrolls/b50e611d-8f3d-4f24-b001-46675f7b5777/submit',
      body: { errors: [{ error_key: 'base', category: 'payroll_blocker', message: 'Company must complete all onboarding requirements in order to run payroll.', metadata: { key: 'needs_onboarding' } }] },
    }),
    category: 'validation',
    destination: 'gusto',
    rule: 'gusto/payroll-blocker',
    note: 'gusto-typescript-client gen.lock: the 422 payroll_blocker example (metadata.key needs_onboarding)',
  },
  {
    line: `APIError: Unprocessable Entity: Status 422 Body: ${j({ errors: [{ error_key: 'first_name', category: 'invalid_attribute_value', message: 'First name is required' }, { error_key: 'date_of_birth', category: 'invalid_attribute_value', message: 'Date of birth is not a valid date' }] })} (POST ${API}/companies/7756341741698500/employees)`,
    category: 'validation',
    destination: 'gusto',
    field: 'first_name',
    rule: 'gusto/invalid-request',
    note: 'gen.lock 422 example (two invalid_attribute_value errors) in the @gusto/embedded-api APIError message',
  },
  {
    line: j({
      level: 'error',
      status: 422,
      url: `${API}/companies/7756341741698500/contractor_payment_groups`,
      body: { errors: [{ error_key: 'contractor_payments', category: 'nested_errors', metadata: { contractor_uuid: '72ae4617-daa9-4ed7-85e0-18ed5d0ee835' }, errors: [{ error_key: 'hours', category: 'invalid_attribute_value', message: 'Ella Fitzgerald is paid fixed wage and hours cannot be set on a contractor payment' }] }] },
    }),
    category: 'validation',
    destination: 'gusto',
    rule: 'gusto/invalid-request',
    note: 'gen.lock contractor payment group example: nested_errors wrapping invalid_attribute_value',
  },
];
