import type { RuleCase } from '../rule-tester.js';

/**
 * Magento / Adobe Commerce REST: the message is a template with `%name` placeholders and the
 * values in `parameters`; the template decides. Sources: developer.adobe.com/commerce/webapi/rest
 * (error format, authentication), the magento2 Webapi and validator message templates.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const magentoCases: RuleCase[] = [
  {
    line: j({ level: 'error', url: 'https://shop.example.com/rest/default/V1/products', status: 401, body: { message: "The consumer isn't authorized to access %resources.", parameters: { resources: 'Magento_Catalog::products' } } }),
    category: 'permissions',
    destination: 'magento',
    rule: 'magento/acl',
    note: 'a 401 whose token is good: the role lacks the ACL resource (the body keeps it in parameters)',
  },
  {
    line: "[2026-03-02T10:14:03.120Z] ERROR: order export failed: Magento API 401: The consumer isn't authorized to access Magento_Sales::actions_view.",
    category: 'permissions',
    field: 'Magento_Sales::actions_view',
    rule: 'magento/acl',
    note: 'the same message with its placeholder filled in names the resource',
  },
  {
    line: j({ level: 'error', url: 'https://shop.example.com/rest/V1/orders', status: 401, body: { message: 'The signature is invalid. Verify and try again.' } }),
    category: 'auth',
    destination: 'magento',
    rule: 'magento/credentials',
    note: 'OAuth 1.0a signature rejected: the integration was reactivated with new keys',
  },
  {
    line: j({ level: 'error', url: 'https://shop.example.com/rest/all/V1/customers', status: 400, body: { message: '%fieldName is a required field.', parameters: { fieldName: 'email' } } }),
    category: 'validation',
    destination: 'magento',
    rule: 'magento/required-field',
    note: 'required field template, value in parameters',
  },
  {
    line: j({ level: 'error', url: 'https://shop.example.com/rest/V1/carts/mine', status: 500, body: { message: 'Internal Error. Details are available in Magento log file. Report ID: webapi-65f1c0a2b3d4e' } }),
    category: 'transient',
    destination: 'magento',
    rule: 'magento/internal',
    note: 'a server error with a report id',
  },
];
