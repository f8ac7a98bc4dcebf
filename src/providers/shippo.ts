import type { Provider } from './provider.js';

/**
 * Shippo (`api.goshippo.com`, token `ShippoToken shippo_live_…` / `shippo_test_…`). A Django REST
 * API: errors carry no code of their own. A rejected field answers 400 with the field as the key,
 * `{"parcel": ["This field is required."]}`, `{"__all__": ["PURCHASEable Shipments can only be
 * created from PURCHASEable and VALID Addresses."]}`, `{"carrier_account": ["Account with object_id
 * … was not found."]}`; the rest answers `{"detail": "…"}`. The status decides, as Shippo's
 * status-code page defines it: 401 (no token, or a token that does not exist) auth; 400, 404, 422
 * validation; 409 a conflict (a duplicate address, or too many concurrent calls); 429 the rate
 * limit; 5xx Shippo's side. A label purchase that the carrier refuses answers 200 with
 * `"status": "ERROR"` and `messages` from the carrier.
 * Client libraries print their own class first: shippo-node-client `ShippoAuthenticationError`
 * ("Invalid credentials"), `ShippoAPIError` / `ShippoInvalidRequest` ("The data you sent was not
 * accepted as valid", with `detail` the field map); shippo-python-client
 * `shippo.error.AuthenticationError` ("No API key provided…"), `InvalidRequestError`,
 * `AddressError`; shippo-ruby-client `Shippo::Exceptions::AuthenticationError`,
 * `Shippo::Exceptions::APIServerError` ("Backend responded with an error", with the response);
 * the C# client `Shippo.ShippoException`; the current generated SDKs `SDKError` ("API error
 * occurred: Status 401 …").
 * Sources: docs.goshippo.com/docs/api_concepts/apihttpstatuscodes; goshippo/shippo-node-client
 * lib/Error.js; goshippo/shippo-python-client shippo/error.py, shippo/api_requestor.py and
 * test fixtures (400 `{"rate": ["This field is required."]}`); goshippo/shippo-ruby-client
 * lib/shippo/exceptions; goshippo/shippo-node-client #43, #66, #70; goshippo/shippo-ruby-client
 * #87, #99; goshippo/shippo-python-client #55; goshippo/shippo-csharp-client #49.
 */
export const provider: Provider = {
  name: 'shippo',
  display: 'Shippo',
  // "shippo" starts every host, token and client name (`goshippo.com`, `ShippoToken`,
  // `ShippoAPIError`, `Shippo::Exceptions`, `shippo.error`).
  hints: ['(?:[\\w-]+\\.)?goshippo\\.com', 'shippo\\w*'],
  links: {
    auth: 'https://portal.goshippo.com/api-config/api',
    permissions: 'https://portal.goshippo.com/api-config/api',
    plan: 'https://goshippo.com/pricing',
    validation: 'https://docs.goshippo.com/docs/api_concepts/apihttpstatuscodes',
    transient: 'https://docs.goshippo.com/docs/api_concepts/ratelimits',
    outage: 'https://status.goshippo.com',
  },
  rules: [
    {
      id: 'shippo/sdk-auth',
      category: 'auth',
      cause: 'Shippo token rejected',
      message: /\bShippoAuthenticationError\b|\bShippo::Exceptions::AuthenticationError\b|\bshippo\.error\.AuthenticationError\b/,
      summary: 'Shippo rejected the API token (missing, mistyped or deleted)',
      fix: 'Set a valid Shippo API token (shippo_live_… for labels, shippo_test_… for tests) from Settings → API; pause the sync until then.',
    },
    {
      id: 'shippo/invalid-data',
      category: 'validation',
      cause: 'data not accepted as valid',
      message: /\bThe data you sent was not accepted as valid\b|\bPURCHASEable Shipments can only be created from PURCHASEable and VALID Addresses\b|\bShippoInvalidRequest\b|\bshippo\.error\.(?:InvalidRequestError|AddressError)\b/,
      summary: 'Shippo rejected the shipment data for this record',
      fix: 'Fix the field Shippo names (a missing sender or recipient name, an address that failed validation, a carrier account or rate id that is not this account’s); retrying as is fails again.',
    },
  ],
};
