import type { Provider } from './provider.js';

/**
 * Lob (`api.lob.com/v1/…`, print and mail, address verification). Errors are `{"error":{"message":
 * "to.address_line1 is required or to must be a string","status_code":422,"code":"invalid"}}`
 * (older bodies have no `code`). The codes, per Lob's error reference:
 * - auth: `invalid_api_key` (401/403), `unauthorized`, `unauthorized_token` (the generic rules know
 *   the first two).
 * - permissions: `publishable_key_not_allowed` (403: the call needs the secret key).
 * - plan, the account's standing before live mail: `payment_method_unverified` (401: no verified
 *   bank account or card), `billing_address_required` (403), `email_required` (401: no verified
 *   email), `feature_limit_reached` (403: the plan's resource limit, "requires upgrading"),
 *   `custom_envelope_inventory_depleted`.
 * - validation, the mail piece: `failed_deliverability_strictness` (the `to` address fails the
 *   account's strictness setting), `address_length_exceeds_limit`, `foreign_return_address`, the
 *   file codes (`file_size_exceeds_limit`, `file_pages_below_min` / `exceed_max`,
 *   `invalid_file`, `invalid_file_dimensions`, `invalid_file_url`, `invalid_file_download_time`,
 *   `invalid_image_dpi`, `inconsistent_page_dimensions`, `pdf_encrypted`, `unembedded_fonts`), the
 *   template and merge-variable codes (`invalid_template_html`, `merge_variable_required`,
 *   `merge_variable_whitespace`, `special_characters_restricted`), checks and bank accounts
 *   (`invalid_bank_account`, `invalid_bank_account_verification`, `bank_account_already_verified`,
 *   `bank_error`, `deleted_bank_account`, `invalid_check_international`), the destination
 *   (`invalid_country_covid`, `invalid_international_feature`), `mail_use_type_can_not_be_null`,
 *   `not_deletable`, `unsupported_lob_version`; and the generic `bad_request`, `invalid`,
 *   `not_found`, `conflict`.
 * - transient: `rate_limit_exceeded` (429), `request_timeout` (408), `internal_server_error`,
 *   `service_unavailable` (503, "temporarily unavailable"): the statuses decide them.
 * Client libraries: lob-php `Lob\Exception\AuthorizationException`, `ValidationException`,
 * `ResourceNotFoundException`, `UnexpectedErrorException`; lob-ruby `Lob::InvalidRequestError`
 * ("(Status 422) <message>" followed by the body); lob-java `LobApiException: <url> 422:
 * <message>`; the generated SDKs (`@lob/lob-typescript-sdk`, `lob-python`) carry `LobError`.
 * Sources: help.lob.com/developer-docs/error-reference; lob/lob-openapi's LobError code enum (as
 * rendered in generated SDK docs: code, status and meaning per code); lob/lob-ruby #178 (422 body),
 * lob/lob-java #82, lob/lob-php #57, #64, #99; OpenSourceFellows/amplify #91.
 */
const L = ['lob'];

export const provider: Provider = {
  name: 'lob',
  display: 'Lob',
  // Lob's own codes name it on a body with no host.
  bodyCodes: ['failed_deliverability_strictness', 'publishable_key_not_allowed', 'custom_envelope_inventory_depleted', 'payment_method_unverified', 'mail_use_type_can_not_be_null'],
  // Hosts and client names only: LOB is also a database's large object.
  hints: ['api\\.lob\\.com', 'dashboard\\.lob\\.com', 'Lob\\\\Exception(?:\\\\\\w+)*', 'Lob::\\w+', 'LobApiException', '@lob/[\\w-]+', 'lob-(?:php|ruby|node|python|java|typescript-sdk|dotnet|go)'],
  links: {
    auth: 'https://docs.lob.com/#tag/Authentication',
    permissions: 'https://docs.lob.com/#tag/Authentication',
    plan: 'https://dashboard.lob.com/#/settings/account',
    validation: 'https://help.lob.com/developer-docs/error-reference',
    transient: 'https://help.lob.com/developer-docs/error-reference',
    outage: 'https://status.lob.com',
  },
  rules: [
    {
      id: 'lob/unauthorized-token',
      category: 'auth',
      cause: 'unauthorized_token',
      code: ['unauthorized_token'],
      destination: L,
      summary: 'Lob rejected the token (unauthorized_token)',
      fix: 'Use a valid secret API key (live or test, as the environment needs) from the Lob dashboard; pause the sync until then.',
    },
    {
      id: 'lob/publishable-key',
      category: 'permissions',
      cause: 'publishable_key_not_allowed',
      code: ['publishable_key_not_allowed'],
      summary: 'Lob call made with a publishable key where a secret key is needed',
      fix: 'Configure the connection with the secret API key (sk_…); publishable keys only verify addresses from browsers.',
    },
    {
      id: 'lob/account-not-ready',
      category: 'plan',
      cause: '{code}',
      code: ['payment_method_unverified', 'billing_address_required', 'email_required', 'feature_limit_reached', 'custom_envelope_inventory_depleted'],
      destination: L,
      summary: 'Lob account not set up or not allowed to send this live mail ({code})',
      fix: 'In the Lob dashboard verify a bank account or card, add the billing address, verify the account email, upgrade past the plan’s limit or order more custom envelopes; live mail fails until then.',
    },
    {
      id: 'lob/undeliverable-address',
      category: 'validation',
      cause: 'failed_deliverability_strictness',
      code: ['failed_deliverability_strictness', 'address_length_exceeds_limit', 'foreign_return_address'],
      summary: 'Lob refused the recipient or return address ({code})',
      fix: 'Correct the address at the source (USPS cannot deliver it, address lines over 50 characters, a non-US return address), or relax deliverability strictness in Lob’s account settings; resending as is fails again.',
    },
    {
      id: 'lob/invalid-mail-piece',
      category: 'validation',
      cause: '{code}',
      code: [
        'file_size_exceeds_limit',
        'file_pages_below_min',
        'file_pages_exceed_max',
        'invalid_file',
        'invalid_file_dimensions',
        'invalid_file_url',
        'invalid_file_download_time',
        'invalid_image_dpi',
        'inconsistent_page_dimensions',
        'pdf_encrypted',
        'unembedded_fonts',
        'invalid_template_html',
        'merge_variable_required',
        'merge_variable_whitespace',
        'special_characters_restricted',
        'mail_use_type_can_not_be_null',
        'invalid_country_covid',
        'invalid_international_feature',
        'invalid_check_international',
        'invalid_perforation_return_envelope',
      ],
      destination: L,
      summary: 'Lob rejected the mail piece’s file, template or options ({code})',
      fix: 'Fix the artwork or template Lob names (size, pages, 300 DPI, embedded fonts, merge variables) or the mail options for the destination; resending as is fails again.',
    },
    {
      id: 'lob/bank-account',
      category: 'validation',
      cause: '{code}',
      code: ['invalid_bank_account', 'invalid_bank_account_verification', 'bank_account_already_verified', 'bank_error', 'deleted_bank_account'],
      destination: L,
      summary: 'Lob cannot use the bank account for this check ({code})',
      fix: 'Fix the routing or account number, verify the bank account with the right micro-deposit amounts, or use a bank account that is not deleted; checks fail until then.',
    },
  ],
};
