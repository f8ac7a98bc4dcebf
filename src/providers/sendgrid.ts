import type { Provider } from './provider.js';

/**
 * Twilio SendGrid v3 API: `{"errors":[{"message","field","help"}]}`. The message decides: the same
 * 401 answers a bad key and an exhausted free plan ("Maximum credits exceeded"), and an unverified
 * sender comes back as 403 with `field: "from"`.
 * Sources: twilio.com/docs/sendgrid/api-reference (how-to-use-the-sendgrid-v3-api/responses and
 * mail-send errors: "The from address does not match a verified Sender Identity", personalizations
 * to-array requirements); real bodies in sendgrid-nodejs#1032 ("Unauthorized (401) Maximum credits
 * exceeded"), sendgrid-php#239 / sendgrid-csharp#185 ("The provided authorization grant is invalid,
 * expired, or revoked"), sendgrid-csharp ("access forbidden" for a key without the scope).
 */
const SG = ['sendgrid'];

export const provider: Provider = {
  name: 'sendgrid',
  display: 'SendGrid',
  hints: ['api\\.sendgrid\\.com', '@sendgrid/\\w+', 'python_http_client', 'sendgrid'],
  links: {
    auth: 'https://app.sendgrid.com/settings/api_keys',
    permissions: 'https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys',
    plan: 'https://app.sendgrid.com/account/billing',
    validation: 'https://www.twilio.com/docs/sendgrid/api-reference/mail-send/mail-send',
    transient: 'https://www.twilio.com/docs/sendgrid/api-reference/how-to-use-the-sendgrid-v3-api/rate-limits',
    outage: 'https://status.sendgrid.com',
  },
  rules: [
    {
      id: 'sendgrid/invalid-key',
      category: 'auth',
      cause: 'authorization grant invalid',
      message: /The provided authorization grant is invalid, expired,? or revoked/i,
      summary: 'SendGrid API key invalid, deleted or revoked',
      fix: 'Create a new API key (the full "SG." key, not its id) and update the connection; pause the sync until then.',
    },
    {
      id: 'sendgrid/authorization-required',
      category: 'auth',
      cause: 'authorization required',
      message: /\bauthorization required\b|API key does not start with "?SG\./i,
      destination: SG,
      summary: 'SendGrid request sent without a usable API key',
      fix: 'Set the API key in the connection (Authorization: Bearer SG.…); pause the sync until then.',
    },
    // The free plan's daily send allowance, or the account's credits, are used up: a 401 that is billing.
    {
      id: 'sendgrid/credits-exceeded',
      category: 'plan',
      cause: 'Maximum credits exceeded',
      message: /Maximum credits exceeded/i,
      summary: 'SendGrid sending credits used up (plan limit)',
      fix: 'Upgrade the SendGrid plan or wait for the credits to reset (the free plan’s allowance is daily); pause the sync until then.',
    },
    {
      id: 'sendgrid/sender-identity',
      category: 'permissions',
      cause: 'unverified Sender Identity',
      message: /does not match a verified Sender Identity/i,
      summary: 'SendGrid sender address not verified',
      fix: 'Verify the from address (Single Sender Verification) or authenticate its domain in SendGrid, or map a verified sender.',
    },
    {
      id: 'sendgrid/access-forbidden',
      category: 'permissions',
      cause: 'access forbidden',
      message: /\baccess forbidden\b/i,
      destination: SG,
      summary: 'SendGrid API key lacks the scope for this call',
      fix: 'Give the API key the needed permission (e.g. Mail Send, Marketing) or use a key that has it; keep syncing unaffected records.',
    },
    {
      id: 'sendgrid/too-many-requests',
      category: 'transient',
      cause: 'too many requests',
      message: /too many requests/i,
      destination: SG,
      summary: 'SendGrid rate limit',
      fix: 'Retry after X-RateLimit-Reset; lower the request rate if it persists.',
    },
    {
      id: 'sendgrid/invalid-payload',
      category: 'validation',
      cause: 'invalid payload',
      message: /Does not contain a valid address|\bemail (?:address )?is invalid\b|invalid email|is required for all personalization objects|must have at least one email object/i,
      destination: SG,
      summary: 'SendGrid rejected `{field}`',
      fix: 'Fix the value mapped to the field (a valid email address, a non-empty to list); never retry the same payload.',
    },
  ],
};
