import type { Provider } from './provider.js';

/**
 * Dropbox Sign, formerly HelloSign (`api.hellosign.com/v3/…`). Errors are `{"error":{"error_msg":
 * "Unauthorized user. No credentials supplied.","error_name":"unauthorized","error_path":
 * "cc_email_addresses[0]"}}`: `error_name` is the code, `error_msg` the message, `error_path` the
 * parameter. The error names and their statuses:
 * - `unauthorized` (401, the API key or OAuth token): auth. The generic OAuth rules know it.
 * - `payment_required` (402, "You must upgrade to make additional requests": quota or credits),
 *   and a 403 `forbidden` whose message asks for a paid API plan ("A paid API plan is required to
 *   access this endpoint.", "You must either upgrade to a paid API plan … or use the test_mode=1
 *   parameter"): plan. Other `forbidden` (the account may not act on the resource): permissions.
 * - `bad_request`, `not_found`, `conflict`, `unprocessable_entity`, `deleted` (410),
 *   `invalid_recipient`, `signature_request_expired`, `signature_request_cancel_failed`,
 *   `signature_request_remove_failed`, `invalid_reminder`, `team_invite_failed`,
 *   `method_not_supported`: validation.
 * - `exceeded_rate` (429; HelloSign's old docs listed it as 403), `max_faxes` (in-flight faxes),
 *   `unknown` (500): transient. `maintenance`, `unavailable` (503): outage.
 * SDKs: `dropbox_sign` (Python, `dropbox_sign.exceptions.ApiException`), `@dropbox/sign` (Node
 * `HttpError`), `Dropbox\Sign\ApiException` (PHP), `Dropbox::Sign::ApiError` (Ruby),
 * `com.dropbox.sign.ApiException` (Java), `Dropbox.Sign` (.NET); the legacy hellosign SDKs raise
 * `HelloSign::Error::Unauthorized` / `PaidApiPlanRequired` / `ExceededRate`, `hellosign_sdk`'s
 * `Unauthorized` / `PaymentRequired`, and hellosign-sdk for Node `HelloSignError` (type =
 * error_name).
 * Sources: developers.hellosign.com/api/reference/warnings-and-errors (error names);
 * hellosign/hellosign-openapi examples/json/Error400…Error429Response.json and openapi.yaml
 * (ErrorResponseError: error_msg, error_name, error_path); api-evangelist/hellosign
 * errors/hellosign-error-codes.yml (statuses per name); hellosign/hellosign-ruby-sdk
 * lib/hello_sign/error.rb and client.rb, #59 / #60 (exceeded_rate is a 429);
 * hellosign/hellosign-python-sdk hellosign_sdk/utils/exception.py; hellosign/hellosign-nodejs-sdk
 * lib/Error.js; facebookresearch/Ego4d #364 (the paid-plan message).
 */
const DS = ['dropbox-sign'];

const STATE_CODES = ['signature_request_expired', 'signature_request_cancel_failed', 'signature_request_remove_failed', 'invalid_reminder', 'team_invite_failed'];

export const provider: Provider = {
  name: 'dropbox-sign',
  display: 'Dropbox Sign',
  aliases: ['hellosign'],
  // Before Dropbox (rank 100): "Dropbox Sign", `Dropbox\Sign` and `Dropbox::Sign` start with its hint.
  rank: 95,
  hints: ['(?:api|app)\\.hellosign\\.com', 'hellosign\\w*', 'dropbox[_ ]sign', '@dropbox/sign', 'com\\.dropbox\\.sign(?:\\.\\w+)*', 'Dropbox(?:\\\\|::|\\.)Sign(?:(?:\\\\|::|\\.)\\w+)*'],
  keys: { message: ['error_msg'], field: ['error_path'] },
  bodyCodes: ['exceeded_rate', ...STATE_CODES],
  links: {
    auth: 'https://app.hellosign.com/home/myAccount#api',
    permissions: 'https://developers.hellosign.com/api/reference/authentication/',
    plan: 'https://app.hellosign.com/api/pricing',
    validation: 'https://developers.hellosign.com/api/reference/warnings-and-errors/',
    transient: 'https://developers.hellosign.com/api/reference/warnings-and-errors/',
    outage: 'https://status.hellosign.com',
  },
  rules: [
    {
      id: 'dropbox-sign/payment-required',
      category: 'plan',
      cause: 'payment_required',
      code: ['payment_required'],
      destination: DS,
      summary: 'Dropbox Sign account must be upgraded or credited for this request (payment_required)',
      fix: 'Upgrade the Dropbox Sign API plan or add the signature-request quota the account has used up; pause the sync until then.',
    },
    {
      // The 403 that is the plan, not a permission: decided before the generic `forbidden` rule.
      id: 'dropbox-sign/paid-plan-forbidden',
      category: 'plan',
      cause: 'paid API plan required',
      code: ['forbidden'],
      message: /\bpaid API plan\b|\bmust (?:either )?upgrade\b/i,
      destination: DS,
      summary: 'Dropbox Sign endpoint needs a paid API plan',
      fix: 'Upgrade to a paid Dropbox Sign API plan, or send the request with test_mode=1 while developing; live requests fail until then.',
    },
    {
      id: 'dropbox-sign/paid-plan-message',
      category: 'plan',
      cause: 'paid API plan required',
      message: /\bupgrade to a paid API plan\b|\bor use the test_mode=1 parameter\b|\bHelloSign::Error::PaidApiPlanRequired\b|\bhellosign_sdk\.utils\.exception\.PaymentRequired\b/i,
      summary: 'Dropbox Sign endpoint needs a paid API plan',
      fix: 'Upgrade to a paid Dropbox Sign API plan, or send the request with test_mode=1 while developing; live requests fail until then.',
    },
    {
      id: 'dropbox-sign/exceeded-rate',
      category: 'transient',
      cause: '{code}',
      code: ['exceeded_rate', 'max_faxes'],
      summary: 'Dropbox Sign rate limit ({code})',
      fix: 'Retry after the window resets (X-Ratelimit-Reset); pace requests to the plan’s per-minute limit.',
    },
    {
      id: 'dropbox-sign/sdk-rate',
      category: 'transient',
      cause: 'exceeded_rate',
      message: /\bHelloSign::Error::ExceededRate\b/,
      summary: 'Dropbox Sign rate limit (exceeded_rate)',
      fix: 'Retry after the window resets (X-Ratelimit-Reset); pace requests to the plan’s per-minute limit.',
    },
    {
      id: 'dropbox-sign/maintenance',
      category: 'outage',
      cause: '{code}',
      code: ['maintenance', 'unavailable'],
      destination: DS,
      summary: 'Dropbox Sign under maintenance or unavailable ({code})',
      fix: 'Nothing to fix: wait for the maintenance window to end (status.hellosign.com), then resume.',
    },
    {
      id: 'dropbox-sign/request-state',
      category: 'validation',
      cause: '{code}',
      code: STATE_CODES,
      summary: 'Dropbox Sign cannot act on this signature request in its state ({code})',
      fix: 'The request is expired, already completed or not the caller’s (or the invitee is on another team): skip it or create a new signature request; retrying as is fails again.',
    },
  ],
};
