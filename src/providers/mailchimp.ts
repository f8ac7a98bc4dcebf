import type { Provider } from './provider.js';

/**
 * Mailchimp Marketing API: problem+json whose `title` names the error ("Member Exists",
 * "Invalid Resource"…); `errors[].field` on Invalid Resource (may be ""). Its 429 is a limit of
 * simultaneous connections: transient.
 * Sources: mailchimp.com/developer/marketing/docs/errors; real bodies in client and plugin issues.
 */
const M = ['mailchimp'];

export const provider: Provider = {
  name: 'mailchimp',
  display: 'Mailchimp',
  bodyCodes: ['https://mailchimp.com/developer/marketing/docs/errors/', 'http://developer.mailchimp.com/documentation/mailchimp/guides/error-glossary/'],
  hints: ['api\\.mailchimp\\.com', 'mailchimp'],
  rank: 40,
  links: {
    auth: 'https://mailchimp.com/help/about-api-keys/',
    permissions: 'https://mailchimp.com/help/manage-user-levels-in-your-account/',
    plan: 'https://mailchimp.com/pricing/',
    validation: 'https://mailchimp.com/developer/marketing/docs/errors/',
    outage: 'https://status.mailchimp.com',
    transient: 'https://status.mailchimp.com',
  },
  rules: [
    // The v2 PHP / Ruby SDKs' exception for a key that is wrong or lacks the data-centre suffix.
    {
      id: 'mailchimp/sdk-invalid-api-key',
      category: 'auth',
      cause: 'Invalid_ApiKey',
      message: /\bMailchimp_Invalid_ApiKey\b|\bInvalid MailChimp API key\b|Mailchimp::InvalidApiKeyError/i,
      summary: 'Mailchimp API key invalid (revoked, mistyped, or without its -usN data-centre suffix)',
      fix: 'Create a new API key in Mailchimp (Account → Extras → API keys) and update the connection; pause the sync until then.',
    },
    {
      id: 'mailchimp/api-key-invalid',
      category: 'auth',
      cause: 'API Key Invalid',
      code: ['API Key Invalid', 'API Key Missing', 'APIKeyInvalid', 'APIKeyMissing', 'Wrong Datacenter', 'WrongDatacenter'],
      summary: 'Mailchimp API key invalid, missing or for another data centre',
      fix: 'Generate a new API key (its suffix names the data centre) and update the connection; pause the sync until then.',
    },
    {
      id: 'mailchimp/user-disabled',
      category: 'auth',
      cause: 'User Disabled',
      code: ['User Disabled', 'UserDisabled'],
      summary: 'Mailchimp account or user disabled',
      fix: 'Reactivate the Mailchimp account (or reconnect with an active user); pause the sync until then.',
    },
    // "The API key provided is linked to datacenter 'us6'" / "… to a different datacenter" (the
    // docs' WrongDatacenter, a 403): the key is fine but the connection calls another server prefix.
    {
      id: 'mailchimp/wrong-datacenter',
      category: 'auth',
      cause: 'key linked to another datacenter',
      code: ['WrongDatacenter', 'Forbidden'],
      message: /linked to (?:a different )?datacenter/i,
      destination: M,
      summary: 'Mailchimp API key belongs to another datacenter than the one called',
      fix: 'Call the server prefix the key ends with (`-us6` → us6.api.mailchimp.com), or reconnect the account; pause the sync until then.',
    },
    {
      id: 'mailchimp/forbidden',
      category: 'permissions',
      cause: 'Forbidden',
      code: ['User action not permitted', 'Forbidden'],
      destination: M,
      summary: 'Mailchimp user lacks access for this operation',
      fix: 'Connect with a Mailchimp user whose role (Admin / Manager) allows the operation.',
    },
    {
      id: 'mailchimp/member-exists',
      category: 'validation',
      cause: 'Member Exists',
      code: ['Member Exists'],
      summary: 'Mailchimp contact already on the audience',
      fix: 'Use PUT (add-or-update) by subscriber hash instead of POST.',
    },
    {
      id: 'mailchimp/compliance-state',
      category: 'validation',
      cause: 'Member In Compliance State',
      code: ['Member In Compliance State'],
      summary: 'Mailchimp contact unsubscribed, bounced or under compliance review',
      fix: 'Do not resubscribe: update the contact without changing status, or drop it from the sync.',
    },
    {
      id: 'mailchimp/forgotten',
      category: 'validation',
      cause: 'Forgotten Email Not Subscribed',
      code: ['Forgotten Email Not Subscribed'],
      summary: 'Mailchimp contact was permanently deleted and cannot be re-imported',
      fix: 'Exclude the contact: it must re-subscribe through a Mailchimp form.',
    },
    {
      id: 'mailchimp/signup-throttle',
      category: 'validation',
      cause: 'Invalid Resource (signup limit)',
      code: ['Invalid Resource'],
      message: /signed up to a lot of lists very recently|looks fake or invalid/i,
      summary: 'Mailchimp refused the address (anti-abuse or fake-looking email)',
      fix: 'Nothing to retry soon for these contacts; clean fake addresses at the source.',
    },
    // "Required fields were not provided: email_address" comes with field "".
    {
      id: 'mailchimp/invalid-resource',
      category: 'validation',
      cause: 'Invalid Resource',
      code: ['Invalid Resource', 'InvalidResource'],
      fieldFrom: /Required fields were not provided: ([\w.]+)|^\s*-?\s*([\w.]+) : /m,
      summary: 'Mailchimp rejected the contact data',
      fix: 'Fix the merge field values (the field is named) or make the merge field optional in the audience.',
    },
    {
      id: 'mailchimp/resource-not-found',
      category: 'validation',
      cause: 'Resource Not Found',
      code: ['Resource Not Found', 'ResourceNotFound'],
      summary: 'Mailchimp audience, member or resource not found',
      fix: 'Check the audience id in the connection; a missing member is re-created by add-or-update.',
    },
    {
      id: 'mailchimp/bad-request',
      category: 'validation',
      cause: 'Bad Request',
      code: ['Method Not Allowed', 'Invalid Action', 'JSON Parse Error', 'Resource Nesting Too Deep', 'Invalid Method Override', 'Requested Fields Invalid'],
      destination: M,
      summary: 'Mailchimp rejected the request',
      fix: 'Read the sample detail; the sync sends an operation Mailchimp does not accept for this resource.',
    },
    {
      id: 'mailchimp/too-many-requests',
      link: 'https://mailchimp.com/developer/marketing/docs/fundamentals/#api-limits',
      category: 'transient',
      cause: 'Too Many Requests',
      code: ['Too Many Requests', 'TooManyRequests'],
      destination: M,
      summary: 'Mailchimp simultaneous connection limit (10)',
      fix: 'Retry with backoff; keep fewer than 10 requests in flight.',
    },
    // Titles quoted in text by plugins and SDKs ("MailChimp API Error: Bad Request. Invalid Resource.").
    {
      id: 'mailchimp/invalid-resource-text',
      category: 'validation',
      cause: 'Invalid Resource',
      message: /\bInvalid Resource\b|Required fields were not provided/,
      fieldFrom: /Required fields were not provided: ([\w.]+)|^\s*-?\s*([\w.]+) : /m,
      summary: 'Mailchimp rejected the contact data',
      fix: 'Fix the merge field values (the field is named) or make the merge field optional in the audience.',
    },
    {
      id: 'mailchimp/simultaneous-connections',
      link: 'https://mailchimp.com/developer/marketing/docs/fundamentals/#api-limits',
      category: 'transient',
      cause: 'Too Many Requests',
      message: /limit of \d+ simultaneous connections/i,
      summary: 'Mailchimp simultaneous connection limit (10)',
      fix: 'Retry with backoff; keep fewer than 10 requests in flight.',
    },
    {
      id: 'mailchimp/api-key-message',
      category: 'auth',
      cause: 'API Key Invalid',
      message: /Your API key may be invalid|API Key Invalid/i,
      summary: 'Mailchimp API key invalid, missing or for another data centre',
      fix: 'Generate a new API key (its suffix names the data centre) and update the connection; pause the sync until then.',
    },
    {
      id: 'mailchimp/member-exists-message',
      category: 'validation',
      cause: 'Member Exists',
      message: /is already a list member/i,
      summary: 'Mailchimp contact already on the audience',
      fix: 'Use PUT (add-or-update) by subscriber hash instead of POST.',
    },
  ],
};
