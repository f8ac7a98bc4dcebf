import type { Provider } from './provider.js';

/**
 * Gusto (Embedded Payroll and App Integrations APIs, `api.gusto.com/v1/…`, demo `api.gusto-demo.com`).
 * Since API version 2023-02-01 every error is `{"errors":[{"error_key":"first_name","category":
 * "invalid_attribute_value","message":"First name is required","metadata":{…}}]}`: `error_key` is the
 * attribute or parameter ("base" for the resource, "request" for the call), `category` the kind
 * (the error categories guide), `nested_errors` wraps the errors of a sub-resource
 * (`{"error_key":"contractor_payments","category":"nested_errors","metadata":{"contractor_uuid":…},
 * "errors":[…]}`). Categories:
 * - invalid_token (401): auth, read by the OAuth rules.
 * - missing_permissions: the token or application may not call the endpoint: permissions; when its
 *   message says the endpoint "is part of Gusto Embedded" it needs another agreement with Gusto:
 *   plan.
 * - payroll_blocker (422, `metadata.key` needs_onboarding, geocode_error, pending_information_request,
 *   …): the company must finish setup in Gusto before payroll runs: validation, with its own fix.
 * - invalid_attribute_value, invalid_operation, invalid_parameter, duplicate_operation,
 *   invalid_resource_version (409, an out-of-date `version`), incorrect_state, nested_errors,
 *   deprecated_endpoint, invalid_api_version (406), invalid_application_setup, not_found (404):
 *   validation.
 * - internal_error (500), 429 rate limit (60 calls a minute per user): the generic rules.
 * The category words are common enough that they are Gusto's only on Gusto's lines; the few only
 * Gusto uses name it.
 * Client libraries: @gusto/embedded-api (Speakeasy: APIError "…: Status 422 Body: {…}",
 * UnprocessableEntityErrorObject, NotFoundErrorObject, GustoEmbeddedError), gusto_embedded (Python).
 * Sources: docs.gusto.com/embedded-payroll/docs/errors and /error-categories (shapes and category
 * samples), docs.gusto.com/app-integrations/docs/error-categories (missing_permissions sample),
 * docs.gusto.com/embedded-payroll/v2023-09-01/docs/payroll-blockers; gusto.com/about/bd/errors
 * (status table, 60 calls a minute); Gusto/gusto-typescript-client gusto_embedded/src/models/errors/
 * apierror.ts and .speakeasy/gen.lock (response examples: invalid_attribute_value, nested_errors,
 * payroll_blocker, not_found, invalid_resource_version, incorrect_state).
 */
const G = ['gusto'];

export const provider: Provider = {
  name: 'gusto',
  display: 'Gusto',
  // Hosts and client names only: gusto is a word.
  hints: ['api\\.gusto(?:-demo)?\\.com', '@gusto/[\\w-]+', 'gusto_(?:embedded|app_int)\\w*', 'GustoEmbedded\\w*'],
  // error_key names the attribute beside its category (also "base" / "request" for the whole call).
  fieldShapes: [{ key: 'error_key', beside: 'category' }],
  bodyCodes: ['payroll_blocker', 'nested_errors', 'invalid_resource_version', 'invalid_application_setup'],
  links: {
    auth: 'https://docs.gusto.com/embedded-payroll/docs/error-categories',
    permissions: 'https://docs.gusto.com/app-integrations/docs/error-categories',
    plan: 'https://docs.gusto.com/app-integrations/docs/error-categories',
    validation: 'https://docs.gusto.com/embedded-payroll/docs/error-categories',
    transient: 'https://gusto.com/about/bd/errors',
    outage: 'https://status.gusto.com',
  },
  rules: [
    {
      id: 'gusto/embedded-only',
      category: 'plan',
      cause: 'endpoint needs Gusto Embedded',
      code: ['missing_permissions'],
      message: /\bis part of Gusto Embedded\b/i,
      destination: G,
      summary: 'Gusto endpoint is part of Gusto Embedded: the application’s agreement does not cover it',
      fix: 'Contact Gusto about Gusto Embedded access for the application (a different agreement), or stop calling the endpoint.',
    },
    {
      id: 'gusto/missing-permissions',
      category: 'permissions',
      cause: 'missing_permissions',
      code: ['missing_permissions'],
      destination: G,
      summary: 'Gusto application or token may not call this endpoint (missing_permissions)',
      fix: 'Grant the application the scope the endpoint needs (and have the company re-authorize it), or use a token of a user with access; keep syncing what works.',
    },
    {
      id: 'gusto/payroll-blocker',
      category: 'validation',
      cause: 'payroll_blocker',
      code: ['payroll_blocker'],
      destination: G,
      summary: 'Gusto will not run payroll for this company yet (payroll_blocker)',
      fix: 'Resolve the blocker the message names in Gusto (finish onboarding, verify addresses, answer an information request; the company’s payrolls/blockers endpoint lists them), then retry the payroll.',
    },
    {
      id: 'gusto/invalid-request',
      category: 'validation',
      cause: '{code}',
      code: ['invalid_attribute_value', 'invalid_operation', 'invalid_parameter', 'duplicate_operation', 'invalid_resource_version', 'incorrect_state', 'nested_errors', 'deprecated_endpoint', 'invalid_api_version', 'invalid_application_setup'],
      destination: G,
      summary: 'Gusto rejected `{field}` ({code})',
      fix: 'Fix the attribute the error names (or re-read the resource for its current version before updating); retrying as is fails again.',
    },
  ],
};
