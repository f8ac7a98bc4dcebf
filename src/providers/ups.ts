import type { Provider } from './provider.js';

/**
 * UPS APIs (`onlinetools.ups.com/api/…` in production, `wwwcie.ups.com` for testing; OAuth at
 * `/security/v1/oauth/token`). The REST APIs answer `{"response":{"errors":[{"code":"250002",
 * "message":"Invalid Authentication Information."}]}}`; the older JSON/SOAP ones a fault,
 * `{"Fault":{"faultcode":"Client","faultstring":"An exception has been raised as a result of client
 * data.","detail":{"Errors":{"ErrorDetail":{"Severity":"Authentication","PrimaryErrorCode":
 * {"Code":"250003","Description":"Invalid Access License number"}}}}}}`, and the XML ones
 * `<ErrorCode>250005</ErrorCode><ErrorDescription>…`. The codes are bare numbers, so they decide
 * UPS's lines only; the wording of the authentication ones is UPS's own and decides any line.
 * - 250001 / 250003 / 250009 (the access license), 250002 ("Invalid Authentication Information":
 *   a wrong client id or secret, or an app that lacks the API, e.g. Rating not added to the app),
 *   250004 ("Incorrect UserId or Password"), 250005 (no credentials), 10401 ("ClientId is
 *   Invalid", OAuth), 250006 / 250007 (too many attempts, the user id locked out): auth.
 * - 40301 ("You do not have permission to access this resource."): permissions.
 * - 120413 ("The UPS account number provided as the payment method cannot be billed"), 120414
 *   (credit card authorization failed), 120407 (the card on file expired): plan.
 * - 10429 / 42901 ("Too Many Requests"): transient. 120001 ("XML Shipping System is unavailable"),
 *   250050 ("License system not available"), 500000 ("the system is unavailable"): outage;
 *   10004 ("Something went wrong … please try again later"), 10067: transient.
 * - The 11xxxx (Rating) and 12xxxx (Shipping) validation codes, "Missing or Invalid shipper
 *   number" (120100), "Missing/Invalid ShipTo PostalCode" (120207), "The requested service is
 *   unavailable between the selected locations" (111210 / 120124), 111549 "Invalid Shipment
 *   Contents Value": validation.
 * Client libraries: gabrielbull/php-ups-api `Ups\Exception\InvalidResponseException` ("Failure:
 * Invalid Access License number (250003)"), karrio (`"carrier_name": "ups"` messages),
 * alexeybusygin/ShippingRates, ClassicUPS, python-ship ("UPS Error 120051: …").
 * Sources: UPS-API/api-documentation (OAuthClientCredentials.yaml, Tracking.yaml,
 * ProtectedDeliveryToken.yaml, TradeDirect.yaml error examples: 250002, 40301, 42901, 10004,
 * 500000); the UPS Shipping Package developer guide's error table (as transcribed in a public
 * Clojure error-code map: 250000–250050, 120001, 1201xx–1206xx with their Hard/Transient type);
 * UPS-API/UPS-SDKs #21; UPS-API/api-documentation #42 (111549 body), #115; karrioapi/karrio #503
 * (10401 ClientId is Invalid); alexeybusygin/ShippingRates #33, #66; gabrielbull/php-ups-api #65,
 * #111, #227, #243; TA2k/ioBroker.parcel #45, #116 (Fault body, 10429 body); rawilk/laravel-ups #4.
 */
const U = ['ups'];

export const provider: Provider = {
  name: 'ups',
  display: 'UPS',
  // Hosts, client names and the old APIs' faultstring, not the word: "UPS" also names power supplies.
  hints: ['(?:onlinetools|wwwcie|developer)\\.ups\\.com', 'Ups\\\\(?:Exception|Entity)(?:\\\\\\w+)*', 'php-ups-api', 'laravel-ups', 'ClassicUPS', 'An exception has been raised as a result of client data'],
  links: {
    auth: 'https://developer.ups.com/apps',
    permissions: 'https://developer.ups.com/apps',
    plan: 'https://www.ups.com/us/en/support.page',
    validation: 'https://developer.ups.com/api/reference',
    transient: 'https://developer.ups.com/api/reference',
    outage: 'https://www.ups.com/us/en/service-alerts.page',
  },
  rules: [
    {
      id: 'ups/auth',
      category: 'auth',
      cause: '{code} authentication failed',
      code: ['250001', '250002', '-250002', '250003', '250004', '250005', '250009', '10401'],
      destination: U,
      summary: 'UPS rejected the credentials or access license ({code})',
      fix: 'Check the app’s client id and secret (or access license, user id and password) at developer.ups.com, and that the app has the API it calls (Rating, Shipping, Tracking) added; pause the sync until then.',
    },
    {
      id: 'ups/locked-out',
      category: 'auth',
      cause: '{code} user locked out',
      code: ['250006', '250007'],
      destination: U,
      summary: 'UPS locked the user id after too many failed sign-ins ({code})',
      fix: 'Fix the stored UPS password first, then wait for the lock to lift (UPS says up to 24 hours) before retrying; every retry extends it.',
    },
    {
      id: 'ups/auth-message',
      category: 'auth',
      cause: 'UPS authentication failed',
      message: /\bInvalid Authentication Information\b|\bInvalid Access License (?:number|for the tool)\b|\bInvalid UserId\/Password\b|\bIncorrect UserId or Password\b|\bNo Access and Authentication Credentials provided\b|\bLicense Number not found in the (?:in the )?UPS database\b|\bClientId is Invalid\b/i,
      summary: 'UPS rejected the credentials or access license',
      fix: 'Check the app’s client id and secret (or access license, user id and password) at developer.ups.com, and that the app has the API it calls added; pause the sync until then.',
    },
    {
      id: 'ups/forbidden',
      category: 'permissions',
      cause: '40301 no permission',
      code: ['40301'],
      destination: U,
      summary: 'UPS credentials may not access this resource (40301)',
      fix: 'Add the API to the app at developer.ups.com or link the shipper account to the user the app acts for; keep syncing other records.',
    },
    {
      id: 'ups/billing',
      category: 'plan',
      cause: '{code} payment refused',
      code: ['120407', '120413', '120414'],
      destination: U,
      summary: 'UPS cannot bill the account or card on the shipment ({code})',
      fix: 'Settle the UPS account’s billing or update the card on file (or bill another account); every label fails until then.',
    },
    {
      id: 'ups/rate-limit',
      category: 'transient',
      cause: '{code} too many requests',
      code: ['10429', '42901'],
      destination: U,
      summary: 'UPS rate limit ({code})',
      fix: 'Retry with backoff; spread the calls out (tracking polls in particular).',
    },
    {
      id: 'ups/system-unavailable',
      category: 'outage',
      cause: '{code} system unavailable',
      code: ['120001', '250050', '500000'],
      destination: U,
      summary: 'UPS system unavailable ({code})',
      fix: 'Nothing to fix: wait for UPS to come back and retry later.',
    },
    {
      id: 'ups/try-again',
      category: 'transient',
      cause: '{code} try again later',
      code: ['10004', '10067'],
      destination: U,
      summary: 'UPS failed to process the request ({code})',
      fix: 'Retry with backoff; UPS asks to try again later.',
    },
    {
      id: 'ups/invalid-shipment',
      category: 'validation',
      cause: 'UPS rejected the shipment',
      message: /\bMissing(?: or |\/)[Ii]nvalid\b|\bInvalid (?!Authentication|Access|Token|Credentials|UserId|Client)[A-Z]\w+(?:\/\w+)*\b|\bThe requested service is unavailable between the selected locations\b|\bis not allowed for this shipment\b/,
      destination: U,
      fieldFrom: /\bMissing(?: or |\/)[Ii]nvalid(?:\/Unsupported)? ((?:ShipTo|ShipFrom|Shipper|Package|Shipment)\/? ?\w+|[Ss]hipper [Nn]umber)|\bInvalid ((?:[A-Z]\w+ ){0,3}[A-Z]\w+)\b/,
      summary: 'UPS rejected the shipment data (`{field}`)',
      fix: 'Fix the value UPS names (shipper number, ship-to postal code, phone, service for the route) at the source or in the connection settings; retrying as is fails again.',
    },
  ],
};
