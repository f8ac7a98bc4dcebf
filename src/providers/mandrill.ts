import type { Provider } from './provider.js';

/**
 * Mailchimp Transactional (Mandrill): `{"status":"error","code":-1,"name":"Invalid_Key",
 * "message":"Invalid API key"}`, answered as HTTP 500 for every error, so the status decides
 * nothing. The error's `name` (Invalid_Key, PaymentRequired, Unknown_Template, ValidationError…) is
 * the code, but extract does not read a `name` key: the message decides. Per-recipient send
 * results (`status: "rejected"`, `reject_reason: "hard-bounce"`) carry their reason under
 * `reject_reason`, which extract does not read either.
 * Sources: mailchimp.com/developer/transactional/api (error names per method; the old
 * mandrillapp.com/api/docs); the Ruby gem's Mandrill::InvalidKeyError / PaymentRequiredError…
 * classes; real bodies in SDK tests ({"status":"error","code":-1,"name":"Invalid_Key","message":
 * "Invalid API key"} on HTTP 500; {"code":10,"name":"PaymentRequired","message":"Email scheduling
 * is only available for accounts with a positive balance."}; {"code":-2,"name":"ValidationError",
 * "message":"You must specify a key value"}).
 */
const M = ['mandrill'];

export const provider: Provider = {
  name: 'mandrill',
  display: 'Mailchimp Transactional (Mandrill)',
  keys: { code: ['reject_reason'] },
  aliases: ['mailchimptransactional'],
  hints: ['mandrillapp\\.com', 'mailchimp_transactional', '@mailchimp/mailchimp_transactional', 'mailchimp[ _-]?transactional', 'mandrill'],
  // Before Mailchimp (40): "Mailchimp Transactional" in a line is this module's, not Mailchimp Marketing's.
  rank: 35,
  links: {
    auth: 'https://mandrillapp.com/settings',
    validation: 'https://mailchimp.com/developer/transactional/api/',
    outage: 'https://status.mailchimp.com',
    transient: 'https://status.mailchimp.com',
  },
  rules: [
    {
      id: 'mandrill/invalid-key',
      category: 'auth',
      cause: 'Invalid_Key',
      message: /\bInvalid API key\b|You must specify a key value|\bMandrill(?:::|\.)InvalidKeyError\b|\bmandrill\.InvalidKeyError\b/i,
      destination: M,
      summary: 'Mailchimp Transactional API key invalid, deleted or missing',
      fix: 'Create a new Transactional API key (Settings → SMTP & API Info) and update the connection; pause the sync until then.',
    },
    // PaymentRequired: the account has no positive balance / paid Transactional block.
    {
      id: 'mandrill/payment-required',
      category: 'plan',
      cause: 'PaymentRequired',
      message: /only available (?:for|to) accounts with a positive balance|\bPaymentRequiredError\b/i,
      summary: 'Mailchimp Transactional feature needs a positive account balance',
      fix: 'Buy Transactional credits (a block) or top up the balance; pause the sync if every send is affected.',
    },
    {
      id: 'mandrill/unknown-template',
      category: 'validation',
      cause: 'Unknown_Template',
      message: /\bNo such template\b|\bUnknownTemplateError\b/i,
      destination: M,
      summary: 'Mailchimp Transactional template not found',
      fix: 'Create or publish the template, or fix the template name in the mapping.',
    },
    {
      id: 'mandrill/unknown-subaccount',
      category: 'validation',
      cause: 'Unknown_Subaccount',
      message: /No subaccount exists with the id|\bUnknownSubaccountError\b/i,
      summary: 'Mailchimp Transactional subaccount not found',
      fix: 'Create the subaccount or fix the subaccount id in the mapping.',
    },
    {
      id: 'mandrill/validation',
      category: 'validation',
      cause: 'ValidationError',
      message: /^Validation error\b|\bValidation error: \{/i,
      fieldFrom: /Validation error: \{"message":\{"(\w+)"/,
      destination: M,
      summary: 'Mailchimp Transactional rejected `{field}`',
      fix: 'Fix the value mapped to the field (the sample shows what was expected); never retry the same payload.',
    },
    {
      id: 'mandrill/general-error',
      category: 'transient',
      cause: 'GeneralError',
      message: /Mandrill developers have been notified/i,
      summary: 'Mailchimp Transactional internal error',
      fix: 'Retry with backoff; check status.mailchimp.com if it persists.',
    },
  ],
};
