import type { Provider } from './provider.js';

/**
 * EasyPost (`api.easypost.com/v2/…`, HTTP Basic with the API key). Errors are `{"error":{"code":
 * "ADDRESS.VERIFY.FAILURE","message":"Address not found","errors":[{"field":"street1","message":
 * "House number is missing","suggestion":null}]}}`: a dotted upper-case code, a message and the
 * fields. The statuses, per EasyPost's errors guide: 400 / 404 / 422 the request, 401
 * authentication, 402 billing ("a lack of billing information or insufficient funds"), 403
 * forbidden, 429 rate limit, 500 / 503 EasyPost or a carrier it depends on. The codes:
 * - `APIKEY.INACTIVE` (403, "This api key is no longer active. Please use a different api key or
 *   reactivate this key."), `UNAUTHORIZED`: auth (the generic rules know `UNAUTHORIZED`).
 * - `PAYMENT_REQUIRED`, `PAYMENT_GATEWAY.ERROR`, `CREDIT_CARD.CHARGE.FAILURE`,
 *   `CREDIT_CARD.INVALID`, `BANK_ACCOUNT.CHARGE.FAILURE`, `USER.CHARGE.NOT_ALLOWED`: the account's
 *   billing, plan.
 * - `ADDRESS.*` (VERIFY.FAILURE, PARAMETERS.INVALID, COUNTRY.INVALID…), `PARAMETER.REQUIRED`,
 *   `SHIPMENT.INVALID_PARAMS`, `SHIPMENT.CUSTOMS_INFO.REQUIRED`, `PARCEL.*`, `CUSTOMS_ITEM.*`,
 *   `TRACKER.*` and the like: validation (the record). `CARRIER_ACCOUNT.*`,
 *   `SHIPMENT.RATE.CARRIER_ACCOUNT_INVALID`, `TRACKER.NO_CARRIER_ACCOUNT`,
 *   `SHIPMENT.POSTAGE.FAILURE` ("Account not allowed for this service", a carrier account not set
 *   up, or an address the carrier refuses): validation of the carrier account's set-up.
 * - `SHIPMENT.POSTAGE.NO_RESPONSE`, `REFUND.NO_RESPONSE`, `ADDRESS.VERIFY.UNAVAILABLE`,
 *   `ADDRESS.VERIFY.UPSTREAM_UNAVAILABLE`: the carrier did not answer, transient.
 * Client libraries raise a class per status: easypost-python `easypost.errors.api.PaymentError` /
 * `UnauthorizedError` / `InvalidRequestError` / `RateLimitError` / `ServiceUnavailableError`
 * (message = the body's message), easypost-ruby `EasyPost::Errors::PaymentError`, easypost-java
 * `com.easypost.exception.API.PaymentError`, easypost-csharp `EasyPost.Exceptions.API.…`;
 * easypost-python's and easypost-ruby's own "Billing has not been setup for this user. Please add a payment method."
 * Sources: docs.easypost.com/docs/errors and /guides/errors-guide (error object, statuses);
 * the old errors guide's code list (www.easypost.com/errors-guide, as typed in a public
 * TErrorCode union); EasyPost/easypost-python easypost/requestor.py (status → class),
 * easypost/constant.py, tests/cassettes/test_error.yaml (`PARAMETER.REQUIRED`, field shipment);
 * EasyPost/easypost-ruby lib/easypost/errors; EasyPost/easypost-java exception/API; a public
 * integration test recording the APIKEY.INACTIVE 403 body; EasyPost/easypost-node #33 (BAD_REQUEST),
 * #118 (FedEx refuses an address).
 */

/** The client libraries' per-status classes. */
const sdk = (names: string): RegExp =>
  new RegExp(`\\b(?:easypost\\.errors\\.api\\.(?:\\w+\\.)?|EasyPost::Errors::|com\\.easypost\\.exception\\.API\\.|EasyPost\\.Exceptions\\.API\\.)(?:${names})\\b`);

export const provider: Provider = {
  name: 'easypost',
  display: 'EasyPost',
  hints: ['api\\.easypost\\.com', 'easypost(?:\\.\\w+)+', 'EasyPost(?:::\\w+)+', '@easypost/api', 'easypost-\\w+'],
  links: {
    auth: 'https://docs.easypost.com/docs/authentication',
    permissions: 'https://docs.easypost.com/docs/carrier-accounts',
    plan: 'https://docs.easypost.com/docs/users/billing',
    validation: 'https://docs.easypost.com/docs/errors',
    transient: 'https://docs.easypost.com/guides/errors-guide',
    outage: 'https://www.easypoststatus.com',
  },
  rules: [
    {
      id: 'easypost/api-key-inactive',
      category: 'auth',
      cause: 'APIKEY.INACTIVE',
      code: ['APIKEY.INACTIVE'],
      summary: 'EasyPost API key deactivated (APIKEY.INACTIVE)',
      fix: 'Use an active production API key from the EasyPost dashboard (or reactivate this one); pause the sync until then.',
    },
    {
      id: 'easypost/billing',
      category: 'plan',
      cause: '{code}',
      code: ['PAYMENT_REQUIRED', 'PAYMENT_GATEWAY.ERROR', 'CREDIT_CARD.CHARGE.FAILURE', 'CREDIT_CARD.INVALID', 'BANK_ACCOUNT.CHARGE.FAILURE', 'USER.CHARGE.NOT_ALLOWED'],
      summary: 'EasyPost could not charge the account for postage ({code})',
      fix: 'Add or fix the payment method in EasyPost billing, or fund the balance; label purchases fail until then.',
    },
    {
      id: 'easypost/carrier-unavailable',
      category: 'transient',
      cause: '{code}',
      code: ['SHIPMENT.POSTAGE.NO_RESPONSE', 'REFUND.NO_RESPONSE', 'ADDRESS.VERIFY.UNAVAILABLE', 'ADDRESS.VERIFY.UPSTREAM_UNAVAILABLE'],
      summary: 'The carrier behind EasyPost did not answer ({code})',
      fix: 'Retry later; check the shipment before buying again (a label may have been bought without an answer).',
    },
    {
      id: 'easypost/carrier-account',
      category: 'validation',
      cause: '{code}',
      code: ['SHIPMENT.POSTAGE.FAILURE', 'CARRIER_ACCOUNT.INVALID', 'CARRIER_ACCOUNT.PARAMETERS.INVALID', 'CARRIER_ACCOUNT.REGISTRATION.FAILED', 'SHIPMENT.RATE.CARRIER_ACCOUNT_INVALID', 'TRACKER.NO_CARRIER_ACCOUNT'],
      summary: 'The carrier refused the label or the carrier account is not usable ({code})',
      fix: 'Read the carrier’s message: finish the carrier account set-up in EasyPost (or with the carrier), use a service the account may ship with, or fix the address the carrier rejects.',
    },
    {
      id: 'easypost/invalid-address',
      category: 'validation',
      cause: '{code}',
      code: [
        'ADDRESS.VERIFY.FAILURE',
        'ADDRESS.VERIFICATION.FAILURE',
        'ADDRESS.VERIFICATION.INVALID',
        'ADDRESS.VERIFICATION.NOT_FOUND',
        'ADDRESS.PARAMETERS.INVALID',
        'ADDRESS.PARAMETERS.INVALID_CHARACTER',
        'ADDRESS.COUNTRY.INVALID',
        'ADDRESS.VERIFY.MISSING_STREET',
        'ADDRESS.VERIFY.MISSING_CITY_STATE_ZIP',
        'ADDRESS.VERIFY.ONLY_US',
        'ADDRESS.VERIFY.CARRIER_INVALID',
      ],
      summary: 'EasyPost could not verify the address (`{field}`, {code})',
      fix: 'Correct the address fields EasyPost names (errors[].field, with its suggestion) at the source, or turn strict verification off for it; retrying the same address fails again.',
    },
    {
      id: 'easypost/invalid-request',
      category: 'validation',
      cause: '{code}',
      code: [
        'PARAMETER.REQUIRED',
        'PARAMETER.FORBIDDEN',
        'DATE.PARSE.FAILURE',
        'SHIPMENT.INVALID_PARAMS',
        'SHIPMENT.INVALID',
        'SHIPMENT.OPTIONS.INVALID',
        'SHIPMENT.CUSTOMS_INFO.REQUIRED',
        'SHIPMENT.CUSTOMS_INFO.DESCRIPTION_REQUIRED',
        'SHIPMENT.MISSING_INFORMATION',
        'SHIPMENT.MISSING_RATE',
        'SHIPMENT.RATES.UNAVAILABLE',
        'SHIPMENT.POSTAGE.EXISTS',
        'SHIPMENT.POSTAGE.REQUIRED',
        'PARCEL.PARAMETERS.INVALID',
        'PARCEL.PREDEFINED_PACKAGE.INVALID',
        'CUSTOMS_INFO.PARAMETERS.INVALID',
        'CUSTOMS_ITEM.PARAMETERS.INVALID',
        'CUSTOMS_ITEM.ORIGIN_COUNTRY.REQUIRED',
        'ORDER.INVALID',
        'ORDER.RATE.UNAVAILABLE',
        'BATCH.PARAMS.INVALID',
        'INSURANCE.AMOUNT.ABOVE_MAXIMUM',
        'TRACKER.INVALID_PARAMS',
        'TRACKER.UNSUPPORTED_CARRIER',
        'TRACKER.NO_CARRIER_FOR_CODE',
        'REFUND.TRACKING_CODE.NOT_FOUND',
      ],
      summary: 'EasyPost rejected the shipment request (`{field}`, {code})',
      fix: 'Fix the value EasyPost names (errors[].field): a missing parcel weight, customs info for an international shipment, an option or rate the carrier does not offer; retrying as is fails again.',
    },
    // The client libraries' classes, for lines that print only the exception.
    {
      id: 'easypost/sdk-auth',
      category: 'auth',
      cause: 'UnauthorizedError',
      message: sdk('UnauthorizedError'),
      summary: 'EasyPost rejected the API key',
      fix: 'Set a valid EasyPost API key (production for live labels, test otherwise); pause the sync until then.',
    },
    {
      id: 'easypost/sdk-payment',
      category: 'plan',
      cause: 'PaymentError',
      message: new RegExp(`${sdk('PaymentError').source}|Billing has not been setup for this user\\. Please add a payment method`),
      summary: 'EasyPost could not charge the account (no billing information or insufficient funds)',
      fix: 'Add a payment method in EasyPost billing or fund the balance; label purchases fail until then.',
    },
  ],
};
