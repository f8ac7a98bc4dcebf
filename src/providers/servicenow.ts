import type { Provider } from './provider.js';

/**
 * ServiceNow REST APIs (Table, Import Set; `<instance>.service-now.com/api/now/…`). Errors are
 * `{"error":{"message":"…","detail":"…"},"status":"failure"}`:
 * - 401 "User Not Authenticated" / "Required to provide Auth information" (bad basic-auth
 *   password, expired OAuth token); connectors say "ServiceNow Credentials are invalid": auth.
 * - 403 "Insufficient rights to query records", "Operation Failed … due to security constraints"
 *   (an ACL denies the integration user the table or field): permissions.
 * - 400 a bad query or payload for the table: validation. 429 an inbound REST rate-limit rule of
 *   the instance (Retry-After): transient.
 * Sources: docs.servicenow.com REST API "REST API error responses" and "Inbound REST API rate
 * limiting"; the Kafka Connect ServiceNow connector's config validation messages.
 */
const S = ['servicenow'];

export const provider: Provider = {
  name: 'servicenow',
  display: 'ServiceNow',
  hints: ['[\\w-]+\\.service-now\\.com', 'servicenow', 'pysnow', 'io\\.confluent\\.connect\\.servicenow(?:\\.\\w+)*'],
  links: {
    auth: 'https://docs.servicenow.com/bundle/latest/page/integrate/inbound-rest/concept/c_RESTAPI.html',
    permissions: 'https://docs.servicenow.com/bundle/latest/page/administer/contextual-security/concept/access-control-rules.html',
    transient: 'https://docs.servicenow.com/bundle/latest/page/integrate/inbound-rest/concept/inbound-REST-API-rate-limiting.html',
  },
  rules: [
    {
      id: 'servicenow/not-authenticated',
      category: 'auth',
      cause: 'user not authenticated',
      message: /\bUser Not Authenticated\b|\bRequired to provide Auth information\b|\bServiceNow Credentials are invalid\b/i,
      summary: 'ServiceNow rejected the integration user’s credentials',
      fix: 'Update the integration user’s password or OAuth client and token in the connection; pause the sync until then.',
    },
    {
      id: 'servicenow/acl',
      category: 'permissions',
      cause: 'ACL denied',
      message: /\bInsufficient rights to (?:query|read|create|insert|update|delete|write)\b|\bdue to security constraints\b/i,
      destination: S,
      summary: 'ServiceNow ACL denies the integration user this table or field',
      fix: 'Give the integration user a role the table’s access control rules allow (rest_service plus the table’s roles); keep syncing other records.',
    },
    {
      id: 'servicenow/401',
      category: 'auth',
      cause: 'HTTP 401',
      status: [401],
      destination: S,
      summary: 'ServiceNow rejected the credentials (HTTP 401)',
      fix: 'Update the integration user’s password or OAuth token in the connection; pause the sync until then.',
    },
    {
      id: 'servicenow/403',
      category: 'permissions',
      cause: 'HTTP 403',
      status: [403],
      destination: S,
      summary: 'ServiceNow integration user lacks the rights for this call (HTTP 403)',
      fix: 'Give the integration user the roles the table’s access control rules require; keep syncing other records.',
    },
    {
      id: 'servicenow/429',
      category: 'transient',
      cause: 'rate limit rule',
      status: [429],
      destination: S,
      summary: 'ServiceNow inbound REST rate limit of the instance',
      fix: 'Retry after Retry-After; ask the instance admin about the rate-limit rule that covers the integration user.',
    },
  ],
};
