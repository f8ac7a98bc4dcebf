import type { Provider } from './provider.js';

/**
 * ActiveCampaign API v3 on the account's own host (`<account>.api-us1.com/api/3/…`, also
 * `<account>.activehosted.com`), `Api-Token` header; the legacy v1 (`admin/api.php`) answers 200
 * with `result_code: 0` and `result_message`.
 * - v3 validation errors are JSON:API-like `{"errors":[{"title":"Email address already exists in
 *   the system","detail":"","code":"duplicate","source":{"pointer":"/data/attributes/email"}}]}`
 *   (422; also `field_missing`, `field_invalid`…): validation on the pointer's attribute. A missing
 *   record is a bare `{"message":"No Result found for Subscriber with id 1"}` (404): validation.
 * - 403 "The request could not be authenticated or the authenticated user is not authorized": the
 *   body "You are not authorized to access this file/resource" comes back for a wrong API token or
 *   account URL, far more often than for a missing user permission: auth.
 * - 402 (account payment issues): plan. 429 (5 requests per second per account): transient.
 * `duplicate` and the other codes are everyone's words: they decide only ActiveCampaign lines.
 * Sources: developers.activecampaign.com/reference/errors and /reference/rate-limits;
 * webgriffe/SyliusActiveCampaignPlugin client specs (422 duplicate body, 404 "No Result found");
 * ActiveCampaign/activecampaign-api-php #8 and #12, activecampaign-api-nodejs #42,
 * mhenrixon/active_campaign #26 ("You are not authorized to access this file": the API key).
 */
const AC = ['activecampaign'];

export const provider: Provider = {
  name: 'activecampaign',
  display: 'ActiveCampaign',
  aliases: ['activecampaign', 'activecampaigncom'],
  hints: ['api-us\\d\\.com', 'activehosted\\.com', 'activecampaign'],
  keys: { message: ['result_message'] },
  links: {
    auth: 'https://developers.activecampaign.com/reference/authentication',
    permissions: 'https://developers.activecampaign.com/reference/authentication',
    plan: 'https://developers.activecampaign.com/reference/errors',
    validation: 'https://developers.activecampaign.com/reference/errors',
    transient: 'https://developers.activecampaign.com/reference/rate-limits',
    outage: 'https://status.activecampaign.com',
  },
  rules: [
    {
      id: 'activecampaign/not-authorized',
      category: 'auth',
      cause: 'not authorized',
      message: /You are not authorized to access this (?:file|resource)/i,
      destination: AC,
      summary: 'ActiveCampaign rejected the API token or account URL',
      fix: 'Copy the API URL and key again from Settings → Developer (the key belongs to one account URL); pause the sync until then.',
    },
    {
      id: 'activecampaign/payment',
      category: 'plan',
      cause: 'HTTP 402',
      status: [402],
      destination: AC,
      summary: 'ActiveCampaign account has a payment issue',
      fix: 'Settle the account’s billing (Settings → Billing & Upgrade); pause the sync until then.',
    },
    {
      id: 'activecampaign/duplicate',
      category: 'validation',
      cause: 'duplicate',
      code: ['duplicate'],
      destination: AC,
      summary: 'ActiveCampaign record already exists (`{field}`)',
      fix: 'Use contact/sync (create or update by email) instead of creating, or dedupe the source.',
    },
    {
      id: 'activecampaign/field',
      category: 'validation',
      cause: '{code}',
      code: ['field_missing', 'field_invalid', 'invalid', 'required', 'related_missing', 'invalid_value'],
      destination: AC,
      summary: 'ActiveCampaign rejected the value of `{field}` ({code})',
      fix: 'Fix the mapped value the error points at (required attributes present, custom field ids and values valid); retrying the same payload fails again.',
    },
    {
      id: 'activecampaign/not-found',
      category: 'validation',
      cause: 'no result found',
      message: /No Result found for \w+ with id/i,
      summary: 'ActiveCampaign record not found',
      fix: 'Re-resolve the ActiveCampaign ids (deleted or merged contacts); re-create them or drop them from the sync.',
    },
    {
      id: 'activecampaign/rate-limit',
      category: 'transient',
      cause: 'HTTP 429',
      status: [429],
      destination: AC,
      summary: 'ActiveCampaign rate limit (5 requests per second)',
      fix: 'Retry with backoff; lower the sync’s concurrency to the account limit.',
    },
  ],
};
