import type { Provider } from './provider.js';

/**
 * Magento / Adobe Commerce REST API (`/rest/<store>/V1/…`). Error bodies keep their message as a
 * template and the values apart: `{"message":"%fieldName is a required field.","parameters":
 * {"fieldName":"email"}}`, `{"message":"The consumer isn't authorized to access %resources.",
 * "parameters":{"resources":"Magento_Catalog::products"}}`. The templates decide:
 * - "The consumer isn't authorized to access %resources" (HTTP 401 although the token is good):
 *   the integration's or the admin user's role lacks that ACL resource: permissions.
 * - "The signature is invalid", "Consumer key has expired", "The account sign-in was incorrect or
 *   your account is disabled temporarily", "Invalid login or password": auth.
 * - "%fieldName is a required field.", "Invalid value of \"%value\" provided for the %fieldName
 *   field.", "No such entity with %fieldName = %fieldValue", "The value of attribute … must be unique",
 *   "Specified request cannot be processed.": validation (the field from `parameters.fieldName`).
 * - "Internal Error. Details are available in Magento log file.": transient.
 * Sources: developer.adobe.com/commerce/webapi/rest (authentication, error format),
 * magento2 Webapi exceptions and their message templates.
 */
const M = ['magento'];

export const provider: Provider = {
  name: 'magento',
  display: 'Magento (Adobe Commerce)',
  aliases: ['adobecommerce', 'magento2'],
  hints: ['/rest/(?:[\\w-]{1,40}/)?V1/', 'Magento_\\w+::\\w+', 'Magento\\\\\\w+', '%(?:resources|fieldName|fieldValue)\\b', 'magento2?(?:[ _-]api)?', 'tap-magento', 'source-magento'],
  links: {
    auth: 'https://developer.adobe.com/commerce/webapi/get-started/authentication/',
    permissions: 'https://experienceleague.adobe.com/en/docs/commerce-admin/systems/integrations',
    validation: 'https://developer.adobe.com/commerce/webapi/rest/',
  },
  rules: [
    {
      id: 'magento/acl',
      category: 'permissions',
      cause: 'consumer not authorized for a resource',
      message: /\b(?:The )?consumer (?:isn'?t|is not) authorized to access\b/i,
      fieldFrom: /\b(Magento_\w+::\w+)/,
      summary: 'Magento role lacks the API resource {field}',
      fix: 'Grant the integration (or the admin user’s role) the resource under System → Integrations / User Roles → Role Resources, then reactivate it.',
    },
    {
      id: 'magento/credentials',
      category: 'auth',
      cause: 'credentials rejected',
      message: /\bThe signature is invalid\. Verify and try again\b|\bConsumer key has expired\b|\bThe account sign-in was incorrect or your account is disabled temporarily\b/i,
      summary: 'Magento rejected the integration’s token or the admin credentials',
      fix: 'Reactivate the integration (new tokens) or fix the admin user’s credentials; pause the sync until then.',
    },
    {
      id: 'magento/required-field',
      category: 'validation',
      cause: 'field rejected',
      message: /%fieldName is a required field|provided for the %fieldName field|\bNo such entity with %fieldName\b|\bThe value of attribute "[^"]{1,80}" must be unique\b|\bSpecified request cannot be processed\b/,
      destination: M,
      summary: 'Magento rejected field `{field}`',
      fix: 'Map `{field}` to a value Magento accepts (required, unique, an entity that exists); the same record is rejected again as is.',
    },
    {
      id: 'magento/internal',
      category: 'transient',
      cause: 'internal error',
      message: /\bInternal Error\. Details are available in Magento log file\b/,
      summary: 'Magento server error',
      fix: 'Retry with backoff; if it persists, the store’s exception.log says why.',
    },
  ],
};
