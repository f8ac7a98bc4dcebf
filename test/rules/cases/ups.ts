import type { RuleCase } from '../rule-tester.js';

/**
 * UPS REST bodies (`{"response":{"errors":[{"code":…,"message":…}]}}`), the JSON fault of the older
 * APIs, and the client libraries' lines.
 * Sources: UPS-API/api-documentation (error examples in the YAML specs), #42; UPS-API/UPS-SDKs #21;
 * karrioapi/karrio #503; TA2k/ioBroker.parcel #45, #116; gabrielbull/php-ups-api #111, #227;
 * rawilk/laravel-ups #4; the UPS Shipping developer guide's error table.
 */
const j = (o: unknown): string => JSON.stringify(o);
const API = 'https://onlinetools.ups.com/api';
const errors = (code: string, message: string) => ({ response: { errors: [{ code, message }] } });

export const upsCases: RuleCase[] = [
  {
    line: j({ level: 'error', status: 401, url: `${API}/rating/v2403/Shop`, body: errors('250002', 'Invalid Authentication Information.') }),
    category: 'auth',
    destination: 'ups',
    rule: 'ups/auth',
    note: 'UPS-API/UPS-SDKs #21, alexeybusygin/ShippingRates #66: wrong credentials or the API not added to the app',
  },
  {
    line: '{"Fault":{"faultcode":"Client","faultstring":"An exception has been raised as a result of client data.","detail":{"Errors":{"ErrorDetail":{"Severity":"Authentication","PrimaryErrorCode":{"Code":"250003","Description":"Invalid Access License number"},"Location":{"LocationElementName":"p2:AccessLicenseNumber"}}}}}}',
    category: 'auth',
    destination: 'ups',
    rule: 'ups/auth',
    note: 'TA2k/ioBroker.parcel #116: the JSON fault, named UPS by its faultstring',
  },
  {
    line: 'UPS api request failed: Invalid Authentication Information. (250002)',
    category: 'auth',
    destination: 'ups',
    rule: 'ups/auth-message',
    note: 'rawilk/laravel-ups #4: the wording alone',
  },
  {
    line: j({ level: 'error', status: 401, url: 'https://onlinetools.ups.com/security/v1/oauth/token', messages: [{ message: 'ClientId is Invalid', code: '10401', carrier_name: 'ups', carrier_id: 'UPS' }] }),
    category: 'auth',
    destination: 'ups',
    rule: 'ups/auth',
    note: 'karrioapi/karrio #503: the OAuth token request with an old access key instead of an app’s client id',
  },
  {
    line: j({ level: 'error', status: 401, url: `${API}/shipments/v2403/ship`, body: errors('250007', 'The UserId is currently locked out, please try again in 24 hours.') }),
    category: 'auth',
    destination: 'ups',
    rule: 'ups/locked-out',
    note: 'developer guide error table: 250007 after repeated failed sign-ins',
  },
  {
    line: j({ level: 'error', status: 403, url: `${API}/track/v1/details/1Z12345E0205271688`, body: errors('40301', 'You do not have permission to access this resource.') }),
    category: 'permissions',
    destination: 'ups',
    rule: 'ups/forbidden',
    note: 'api-documentation error example 40301',
  },
  {
    line: j({ level: 'error', status: 400, url: `${API}/shipments/v2403/ship`, body: errors('120413', 'The UPS account number provided as the payment method cannot be billed, please try another account.') }),
    category: 'plan',
    destination: 'ups',
    rule: 'ups/billing',
    note: 'developer guide error table: 120413, the account on the shipment cannot be billed',
  },
  {
    line: j({ level: 'error', status: 429, url: `${API}/track/v1/details/1Z12345E0205271688`, body: errors('10429', 'Too Many Requests') }),
    category: 'transient',
    destination: 'ups',
    rule: 'ups/rate-limit',
    note: 'TA2k/ioBroker.parcel #45: the 10429 body',
  },
  {
    line: j({ level: 'error', status: 503, url: `${API}/shipments/v2403/ship`, body: errors('500000', "We're sorry, the system is unavailable. Please try again later.") }),
    category: 'outage',
    destination: 'ups',
    rule: 'ups/system-unavailable',
    note: 'api-documentation error example 500000',
  },
  {
    line: j({ level: 'error', status: 500, url: `${API}/track/v1/details/1Z12345E0205271688`, body: errors('10004', 'Something went wrong while processing your request, please try again later') }),
    category: 'transient',
    destination: 'ups',
    rule: 'ups/try-again',
    note: 'api-documentation error example 10004',
  },
  {
    line: j({ level: 'error', status: 400, url: `${API}/rating/2205/Ratetimeintransit`, body: errors('111549', 'Invalid Shipment Contents Value.') }),
    category: 'validation',
    destination: 'ups',
    field: 'Shipment Contents Value',
    rule: 'ups/invalid-shipment',
    note: 'UPS-API/api-documentation #42: the 400 body',
  },
  {
    line: 'Ups\\Exception\\InvalidResponseException: Failure: Missing or invalid shipper number (120100)',
    category: 'validation',
    destination: 'ups',
    field: 'shipper number',
    rule: 'ups/invalid-shipment',
    note: 'gabrielbull/php-ups-api #111: no shipper number on the shipment',
  },
  {
    line: j({ level: 'error', destination: 'UPS', msg: 'Failure: Missing/Invalid ShipTo PostalCode. Postal Code length must be 6. (120207)' }),
    category: 'validation',
    destination: 'ups',
    field: 'ShipTo PostalCode',
    rule: 'ups/invalid-shipment',
    note: 'gabrielbull/php-ups-api #227: the recipient’s postal code',
  },
];
