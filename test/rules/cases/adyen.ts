import type { RuleCase } from '../rule-tester.js';

/**
 * Adyen's payment-API error bodies (`status`, `errorCode`, `message`, `errorType`, `pspReference`),
 * its RFC 7807 bodies (`errorCode` 00_401…), and the Python and Ruby libraries' exception lines.
 * Sources: docs.adyen.com/development-resources/error-codes and docs.adyen.com/errors/*;
 * help.adyen.com (901); Adyen-python-api-library test/mocks and test/*Test.py (010, 901, 167, 702);
 * adyen-ruby-api-library lib/adyen/errors.rb and client.rb; the 401 and 905 bodies quoted in public
 * projects' tests of the Checkout API (HTTP Status Response - Unauthorized; Payment details are not supported).
 */
const j = (o: unknown): string => JSON.stringify(o);

export const adyenCases: RuleCase[] = [
  {
    line: j({ level: 'error', status: 401, url: 'https://management-test.adyen.com/v3/merchants', body: { type: 'https://docs.adyen.com/errors/unauthorized', title: 'Unauthorized', status: 401, errorCode: '00_401' } }),
    category: 'auth',
    destination: 'adyen',
    cause: '00_401',
    rule: 'adyen/unauthorized',
    note: 'RFC 7807 body of the newer APIs, errorCode 00_401 (docs.adyen.com/errors/unauthorized)',
  },
  {
    line: j({ level: 'error', status: 401, url: 'https://checkout-test.adyen.com/v71/payments', body: { status: 401, errorCode: '000', message: 'HTTP Status Response - Unauthorized', errorType: 'security' } }),
    category: 'auth',
    destination: 'adyen',
    rule: 'adyen/unauthorised-000',
    note: 'generic 000 with the Unauthorized message: wrong API key; only the Checkout host names Adyen',
  },
  {
    line: j({ level: 'error', status: 403, body: { status: 403, errorCode: '010', message: 'Not allowed', errorType: 'security', pspReference: '8514836072314693' } }),
    category: 'permissions',
    destination: 'adyen',
    cause: '010',
    rule: 'adyen/not-allowed',
    note: 'authorise-error-010 mock of the Python library: the credential lacks a role; pspReference names Adyen',
  },
  {
    line: j({ level: 'error', status: 403, url: 'https://checkout-test.adyen.com/v71/paymentMethods', body: { status: 403, errorCode: '901', message: 'Invalid Merchant Account', errorType: 'security' } }),
    category: 'permissions',
    destination: 'adyen',
    rule: 'adyen/merchant-account',
    note: 'paymentmethods-error-forbidden-403 mock / help.adyen.com 901: a company account or another merchant account was sent',
  },
  {
    line: j({ level: 'error', status: 500, url: 'https://checkout-test.adyen.com/v72/payments', body: { status: 500, errorCode: '905', message: 'Payment details are not supported', errorType: 'configuration' } }),
    category: 'plan',
    destination: 'adyen',
    cause: '905',
    rule: 'adyen/configuration',
    note: '905 errorType configuration: the payment method or currency is not enabled on the merchant account',
  },
  {
    line: "AdyenAPICommunicationError:{'status': 500, 'errorCode': '702', 'message': \"Required field 'merchantAccount' is null\", 'errorType': 'validation'}",
    category: 'validation',
    destination: 'adyen',
    field: 'merchantAccount',
    rule: 'adyen/validation',
    note: 'Python library string (ThirdPartyPayoutTest): a validation error answered with 500; errorType decides, the field comes from the message',
  },
  {
    line: "AdyenAPIUnprocessableEntity:{'status': 422, 'errorCode': '167', 'message': 'Original pspReference required for this operation', 'errorType': 'validation'}",
    category: 'validation',
    destination: 'adyen',
    rule: 'adyen/validation',
    note: 'Python library string (ModificationTest, capture-error-167 mock)',
  },
  {
    line: j({ level: 'error', status: 500, url: 'https://balanceplatform-api-test.adyen.com/bcl/v2/balanceAccounts', body: { type: 'https://docs.adyen.com/errors/internal', title: 'An internal error happened', status: 500, detail: 'too many requests', errorCode: '00_500' } }),
    category: 'transient',
    destination: 'adyen',
    cause: '00_500',
    rule: 'adyen/internal',
    note: '00_500 whose detail "too many requests" is the rate limit (docs.adyen.com/errors/internal)',
  },
  {
    line: j({ level: 'error', status: 503, url: 'https://management-test.adyen.com/v3/companies', body: { type: 'https://docs.adyen.com/errors/service-unavailable', title: 'Service temporarily unavailable', status: 503, errorCode: '00_503' } }),
    category: 'outage',
    destination: 'adyen',
    rule: 'adyen/unavailable',
    note: '00_503: Adyen’s servers are unavailable (docs.adyen.com/errors/service-unavailable)',
  },
  {
    line: j({ level: 'error', status: 503, url: 'https://1797a841fbb37ca7-AdyenDemo-checkout-live.adyenpayments.com/checkout/v71/payments', msg: 'Service Unavailable' }),
    category: 'outage',
    destination: 'adyen',
    rule: 'adyen/unavailable-status',
    note: 'a 503 without a body on the live Checkout host',
  },
  {
    line: 'Adyen::AuthenticationError code:401, msg:Invalid API authentication; https://docs.adyen.com/user-management/how-to-get-the-api-key',
    category: 'auth',
    destination: 'adyen',
    rule: 'adyen/sdk-authentication',
    note: 'Ruby library message for a 401 (client.rb); only the class names Adyen',
  },
  {
    line: 'Adyen::PermissionError code:403, msg:Missing user permissions; https://docs.adyen.com/user-management/user-roles',
    category: 'permissions',
    destination: 'adyen',
    rule: 'adyen/sdk-permission',
    note: 'Ruby library message for a 403 (client.rb)',
  },
];
