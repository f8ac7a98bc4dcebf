import type { Provider } from './provider.js';

/**
 * Adyen (Checkout `checkout-test.adyen.com` / `{prefix}-checkout-live.adyenpayments.com`, classic
 * `pal-test.adyen.com` / `{prefix}-pal-live.adyenpayments.com`, Management, Balance Platform…).
 * The payment APIs answer `{"status":422,"errorCode":"101","message":"Invalid card number",
 * "errorType":"validation","pspReference":"F7WCWRG6JPHR8HG2"}`: `errorType` is internal, validation,
 * security or configuration and `errorCode` the numbered code; the newer APIs answer RFC 7807
 * (`{"type":"https://docs.adyen.com/errors/forbidden","title","status","detail","errorCode":
 * "00_403","requestId","invalidFields":[{"name","value","message"}]}`). Libraries:
 * Adyen-python-api-library raises by status (`AdyenAPIAuthenticationError` 401,
 * `AdyenAPIInvalidPermission` 403, `AdyenAPIValidationError` 400, `AdyenAPIUnprocessableEntity`
 * 422, `AdyenAPICommunicationError` 404/500) printed as `Class:{'status': 422, 'errorCode': '167',
 * …}`; the Ruby library `Adyen::AuthenticationError` ("Invalid API authentication"),
 * `Adyen::PermissionError` ("Missing user permissions"), `Adyen::ConfigurationError` (905);
 * Java `com.adyen.service.exception.ApiException`; Node `@adyen/api-library`.
 * - 000 with "Unauthorised" (the API key or credentials are wrong), 00_401: auth.
 * - 010 Not allowed (the API credential is missing a required role), 00_403, 901 Invalid Merchant
 *   Account (the credential cannot act for that merchant account, or a company account was sent):
 *   permissions.
 * - errorType configuration and its codes (905 "Payment details are not supported": the payment
 *   method or currency is not enabled on the merchant account; 107 "Recurring is not enabled";
 *   30_071, 30_600 "configuration is missing or incorrect"): plan (Adyen must set up the account).
 * - errorType validation (101 Invalid card number, 130 Reference Missing, 167 Original pspReference
 *   required, 702 Required field … is null, 803 PaymentDetail not found…): validation, the field
 *   from "Required field 'x'".
 * - errorType internal, 00_500 (its detail "too many requests" is the rate limit), 99_500: transient.
 * - 00_503 and any 503 ("our servers are unavailable"): outage.
 * Codes and errorTypes are numbers and common words, so every rule is Adyen's lines only;
 * `pspReference` is a key only Adyen's bodies carry. "Adyen" alone is not a hint: other billing
 * APIs relay Adyen's gateway errors in their own messages.
 * Sources: docs.adyen.com/development-resources/error-codes (generic codes, errorType),
 * docs.adyen.com/errors (RFC 7807 fields) and /errors/unauthorized, /forbidden, /configuration,
 * /validation, /internal, /processing-error, /service-unavailable; help.adyen.com "Why do I get a 901
 * error?"; Adyen Recurring manual FAQ (107, 905); Adyen-python-api-library `Adyen/client.py`,
 * `exceptions.py`, test/mocks (authorise-error-010, paymentmethods-error-forbidden-403,
 * payments-error-invalid-data-422, capture-error-167) and test/ThirdPartyPayoutTest.py (702 on a
 * 500); adyen-ruby-api-library `lib/adyen/errors.rb`, `client.rb`; adyen-java-api-library
 * `ApiException.java`.
 */
const A = ['adyen'];

export const provider: Provider = {
  name: 'adyen',
  display: 'Adyen',
  hints: [
    '[\\w-]+\\.adyen\\.com',
    '[\\w-]+\\.adyenpayments\\.com',
    'Adyen(?:API)?\\w*(?:Error|Exception|Permission|Entity|Format)',
    'Adyen::\\w+',
    'com\\.adyen(?:\\.\\w+)*',
    '@adyen/[\\w-]+',
    'adyen-(?:python|java|node|ruby|php|dotnet|go)-api-library',
  ],
  bodyKeys: ['pspReference'],
  links: {
    auth: 'https://docs.adyen.com/errors/unauthorized',
    permissions: 'https://docs.adyen.com/errors/forbidden',
    plan: 'https://docs.adyen.com/errors/configuration',
    validation: 'https://docs.adyen.com/development-resources/error-codes',
    transient: 'https://docs.adyen.com/errors/internal',
    outage: 'https://www.adyen.com/status',
  },
  rules: [
    {
      id: 'adyen/unauthorized',
      category: 'auth',
      cause: '00_401',
      code: ['00_401'],
      destination: A,
      summary: 'Adyen rejected the API credential',
      fix: 'Update the API key (or web service user and password) of the API credential, for the right environment (test vs live); pause the sync until then.',
    },
    {
      id: 'adyen/unauthorised-000',
      category: 'auth',
      cause: '000 Unauthorized',
      // 000 is a generic code with several messages; only "Unauthorised" is the credentials.
      code: ['000'],
      message: /unauthori[sz]ed/i,
      destination: A,
      summary: 'Adyen rejected the API key or credentials',
      fix: 'Update the API key (or web service user and password) of the API credential, for the right environment (test vs live); pause the sync until then.',
    },
    {
      id: 'adyen/not-allowed',
      category: 'permissions',
      cause: '{code}',
      code: ['010', '00_403'],
      destination: A,
      summary: 'Adyen API credential is missing a role for this call ({code})',
      fix: 'Give the API credential the role the call needs (Customer Area → Developers → API credentials; some roles only Adyen support can grant); keep syncing other records.',
    },
    {
      id: 'adyen/merchant-account',
      category: 'permissions',
      cause: '901',
      code: ['901'],
      destination: A,
      summary: 'Adyen: invalid merchant account for this credential or payment',
      fix: 'Send the merchant account (not the company account) the credential may act for, and for a modification the one the payment was made on.',
    },
    {
      id: 'adyen/configuration',
      category: 'plan',
      cause: '{code}',
      code: ['905', '107', '30_071', '30_600', 'configuration'],
      destination: A,
      summary: 'Adyen merchant account is not set up for this request ({code})',
      fix: 'Enable the payment method, currency or feature on the merchant account (Customer Area → Settings → Payment methods), or ask your Adyen contact; retrying before that fails again.',
    },
    {
      id: 'adyen/validation',
      category: 'validation',
      cause: 'validation',
      code: ['validation'],
      destination: A,
      fieldFrom: /Required (?:field|object) '([\w.[\]]+)'/,
      summary: 'Adyen rejected the request data (`{field}`)',
      fix: 'Fix the value the message names (a missing required field, an invalid card number or reference); retrying as is fails again.',
    },
    {
      id: 'adyen/internal',
      category: 'transient',
      cause: '{code}',
      code: ['internal', '00_500', '99_500'],
      destination: A,
      summary: 'Adyen could not process the request ({code})',
      fix: 'Retry with backoff (a detail of "too many requests" is the rate limit); contact Adyen if it persists.',
    },
    {
      id: 'adyen/unavailable',
      category: 'outage',
      cause: '00_503',
      code: ['00_503'],
      destination: A,
      summary: 'Adyen servers unavailable',
      fix: 'Nothing to fix: wait for Adyen to recover (adyen.com/status), then resume.',
    },
    {
      id: 'adyen/unavailable-status',
      category: 'outage',
      cause: 'HTTP 503',
      status: [503],
      destination: A,
      summary: 'Adyen servers unavailable',
      fix: 'Nothing to fix: wait for Adyen to recover (adyen.com/status), then resume.',
    },
    // The libraries' classes, for lines that print no code.
    {
      id: 'adyen/sdk-authentication',
      category: 'auth',
      cause: 'AuthenticationError',
      message: /\b(?:AdyenAPIAuthenticationError|Adyen::AuthenticationError)\b/,
      summary: 'Adyen rejected the API key or credentials',
      fix: 'Set a valid API key (or web service user and password) for the right environment; pause the sync until then.',
    },
    {
      id: 'adyen/sdk-permission',
      category: 'permissions',
      cause: 'PermissionError',
      message: /\b(?:AdyenAPIInvalidPermission|Adyen::PermissionError)\b/,
      summary: 'Adyen API credential is missing a role for this call',
      fix: 'Give the API credential the role the call needs; keep syncing other records.',
    },
  ],
};
