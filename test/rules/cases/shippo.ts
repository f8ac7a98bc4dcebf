import type { RuleCase } from '../rule-tester.js';

/**
 * Shippo: Django REST bodies with no code (`{"rate": ["This field is required."]}`) and the client
 * libraries' exception lines.
 * Sources: docs.goshippo.com HTTP status codes; goshippo/shippo-node-client lib/Error.js, #43,
 * #70; goshippo/shippo-ruby-client #87, #99; goshippo/shippo-python-client #55 and
 * shippo/test/fixtures/transaction/test_invalid_create.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const shippoCases: RuleCase[] = [
  {
    line: 'error:  type=ShippoAuthenticationError, rawType=undefined, code=undefined, param=undefined, message=Invalid credentials, detail=undefined, message=Invalid credentials',
    category: 'auth',
    destination: 'shippo',
    rule: 'shippo/sdk-auth',
    note: 'shippo-node-client #43: a mistyped test token',
  },
  {
    line: 'Shippo::Exceptions::AuthenticationError (Shippo::Exceptions::AuthenticationError (401 Unauthorized) )',
    category: 'auth',
    destination: 'shippo',
    rule: 'shippo/sdk-auth',
    note: 'shippo-ruby-client #99',
  },
  {
    line: 'AuthenticationError: No API key provided. (HINT: set your API key using "shippo.api_key = <API-KEY>"). You can generate API keys from the Shippo web interface.  See https://goshippo.com/api for details, or email support@goshippo.comom if you have any questions.',
    category: 'auth',
    destination: 'shippo',
    rule: 'http/auth-message',
    note: 'shippo-python-client #55 / api_requestor.py: no key configured, the generic auth wording; goshippo.com names Shippo',
  },
  {
    line: '{type: "ShippoAPIError", message: "The data you sent was not accepted as valid", detail: {carrier_account: ["Account with object_id b741b99f95e841639b54272834bc478c was not found."]}, path: "/transactions/?shipment=&carrier_account=b741b99f95e841639b54272834bc478c&servicelevel_token=usps_priority", statusCode: 400, type: "ShippoAPIError"}',
    category: 'validation',
    destination: 'shippo',
    rule: 'shippo/invalid-data',
    note: 'shippo-node-client #70: a carrier account that is not this account’s',
  },
  {
    line: 'E, [2018-10-25T14:02:11.532913 #4120] ERROR -- : Shippo shipment failed (400 Bad Request, https://api.goshippo.com/shipments/): PURCHASEable Shipments can only be created from PURCHASEable and VALID Addresses.',
    category: 'validation',
    destination: 'shippo',
    rule: 'shippo/invalid-data',
    note: 'shippo-ruby-client #87: the `__all__` error of an address that failed validation, as an app logs it',
  },
  {
    line: j({ level: 'error', status: 400, method: 'POST', url: 'https://api.goshippo.com/transactions/', body: { rate: ['This field is required.'] } }),
    category: 'validation',
    destination: 'shippo',
    rule: 'http/4xx',
    note: 'shippo-python-client fixture transaction/test_invalid_create: the status decides; the host names Shippo',
  },
  {
    line: j({ level: 'warn', status: 429, url: 'https://api.goshippo.com/tracks/usps/9205590164917312751089', body: { detail: 'Request was throttled. Expected available in 43 seconds.' } }),
    category: 'transient',
    destination: 'shippo',
    rule: 'http/rate-limit-message',
    note: 'docs: 429 is the rate limit, generic; the host names Shippo',
  },
];
