import type { Provider } from './provider.js';

/**
 * Amazon Selling Partner API (`sellingpartnerapi-na|eu|fe.amazon.com`, sandbox
 * `sandbox.sellingpartnerapi-*.amazon.com`; Login with Amazon tokens from `api.amazon.com/auth/o2/
 * token`). Errors are `{"errors":[{"code":"…","message":"…","details":"…"}]}` with an
 * `x-amzn-ErrorType` header; the codes are words other APIs use too, so the wording and the
 * destination decide:
 * - 403 `Unauthorized` "Access to requested resource is denied." with `details` "The access token
 *   you provided has expired." / "… is revoked, malformed or invalid." / "Access token is missing in
 *   the request header.": the LWA access token (refresh it; an hour's life): auth. The same code and
 *   message with empty details: the application is not authorized by the selling partner, lacks the
 *   role the operation needs (restricted roles, PII), is still a draft, or calls another region's
 *   endpoint: permissions, not the generic reading of `Unauthorized` as a bad token.
 * - LWA's own answers (`invalid_grant` "The request has an invalid grant parameter : refresh_token",
 *   `invalid_client`) are plain OAuth: the generic rules decide them.
 * - 429 `QuotaExceeded` "You exceeded your quota for the requested resource." (usage plans: a rate
 *   per second with a burst, per operation and selling partner): transient.
 * - 400 `InvalidInput`, 404 `NotFound`, 413, 415: validation; 500 `InternalFailure`, 503
 *   `ServiceUnavailable` ("Temporary overloading or maintenance of the server"): transient / outage.
 * Clients: python-amazon-sp-api raises `sp_api.base.exceptions.SellingApiForbiddenException`,
 * `SellingApiRequestThrottledException`, `SellingApiBadRequestException`… with the error list as
 * text; the Node `amazon-sp-api` package a `CustomError` with `code: 'Unauthorized'`; the Java models
 * `com.amazon.SellingPartnerAPIAA` / `ApiException: Forbidden`; jlevers/selling-partner-api
 * `SellingPartnerApi\ApiException`.
 * Sources: developer-docs.amazon.com/sp-api/docs/troubleshoot-sp-api-errors, …/response-format
 * (error response elements), …/usage-plans-and-rate-limits-in-the-sp-api, …/role-mappings; saleweaver/python-amazon-sp-api
 * sp_api/base/exceptions.py; amzn/selling-partner-api-models #713, #826, #882, #1864, #2497, #2623
 * (403 Unauthorized with empty details), amzn/selling-partner-api-docs #2147 and models #230
 * ("revoked, malformed or invalid"); saleweaver/python-amazon-sp-api #163; jlevers/selling-partner-api
 * #281 (x-amzn-ErrorType AccessDeniedException); public SP-API clients refreshing on "The access
 * token you provided has expired." and retrying `QuotaExceeded` 429s (Airbyte source-amazon-seller-
 * partner tests, tap-amazon-sp tests).
 */
const SP = ['amazon-sp-api'];

/** The LWA access token itself, as `details` or the message says it. */
const TOKEN_WORDING = /The access token you provided (?:has expired|is revoked, malformed or invalid)|Access token is missing in the request header/i;
const DENIED_WORDING = /Access to requested resource is denied/i;
const QUOTA_WORDING = /You exceeded your quota for the requested resource/i;

export const provider: Provider = {
  name: 'amazon-sp-api',
  display: 'Amazon Selling Partner API',
  aliases: ['sellingpartnerapi', 'sellingpartner', 'amazonsellerpartner', 'amazonspapi', 'spapi'],
  hints: [
    '(?:sandbox\\.)?sellingpartnerapi(?:-(?:na|eu|fe))?\\.amazon\\.com',
    'api\\.amazon\\.com/auth/o2/token',
    'sp_api(?:\\.\\w+)+',
    'SellingApi\\w*Exception',
    'com\\.amazon\\.(?:SellingPartnerAPI\\w*|sellingpartner)(?:\\.\\w+)*',
    'SellingPartnerApi(?:\\\\\\w+)+',
    'amazon-sp-api',
    'selling-partner-api(?:-sdk|-models|-docs)?',
    'amazon[_-]seller[_-]partner',
  ],
  // Before Google's: its `quotaExceeded` is SP-API's `QuotaExceeded` to a case-blind code index, and
  // SP-API's own wording must decide a body that names no host.
  rank: 65,
  links: {
    auth: 'https://developer-docs.amazon.com/sp-api/docs/connecting-to-the-selling-partner-api',
    permissions: 'https://developer-docs.amazon.com/sp-api/docs/role-mappings',
    plan: 'https://developer-docs.amazon.com/sp-api/docs/usage-plans-and-rate-limits-in-the-sp-api',
    validation: 'https://developer-docs.amazon.com/sp-api/docs/troubleshoot-sp-api-errors',
    transient: 'https://developer-docs.amazon.com/sp-api/docs/usage-plans-and-rate-limits-in-the-sp-api',
    outage: 'https://developer-docs.amazon.com/sp-api/docs/troubleshoot-sp-api-errors',
  },
  rules: [
    // `Unauthorized` is OAuth's word for a bad token: SP-API's details say which it is.
    {
      id: 'amazon-sp-api/token-expired',
      category: 'auth',
      cause: 'access token expired or invalid',
      code: ['Unauthorized'],
      message: TOKEN_WORDING,
      summary: 'Amazon SP-API rejected the LWA access token (expired, revoked or missing)',
      fix: 'Exchange the refresh token for a new access token at api.amazon.com/auth/o2/token (they last an hour); if the refresh fails, have the seller authorize the app again.',
    },
    {
      id: 'amazon-sp-api/access-denied',
      category: 'permissions',
      cause: 'access to resource denied',
      code: ['Unauthorized'],
      message: DENIED_WORDING,
      summary: 'Amazon SP-API: the app is not authorized for this operation (role, seller authorization or region)',
      fix: 'Check that the seller authorized the app (not a draft), that the app has the role the operation needs (e.g. a restricted role for buyer data), and that the endpoint is the seller’s region; keep syncing the operations that work.',
    },
    {
      id: 'amazon-sp-api/quota-exceeded',
      category: 'transient',
      cause: 'QuotaExceeded',
      code: ['QuotaExceeded'],
      message: QUOTA_WORDING,
      summary: 'Amazon SP-API rate limit for this operation (usage plan)',
      fix: 'Retry after the restore rate (x-amzn-RateLimit-Limit); lower calls per second for this operation and seller.',
    },
    {
      id: 'amazon-sp-api/invalid-input',
      category: 'validation',
      cause: '{code}',
      code: ['InvalidInput', 'InvalidParameterValue', 'MissingParameter'],
      destination: SP,
      summary: 'Amazon SP-API rejected the request parameters ({code})',
      fix: 'Fix the parameter the message names (marketplace id, date range, SKU, report type); retrying as is fails again.',
    },
    {
      id: 'amazon-sp-api/internal-failure',
      category: 'transient',
      cause: '{code}',
      code: ['InternalFailure'],
      destination: SP,
      summary: 'Amazon SP-API server error ({code})',
      fix: 'Retry with backoff; check the SP-API status dashboard if it persists.',
    },
    // The same wording where no code was read (a message, a client's text).
    {
      id: 'amazon-sp-api/token-expired-message',
      category: 'auth',
      cause: 'access token expired or invalid',
      message: TOKEN_WORDING,
      summary: 'Amazon SP-API rejected the LWA access token (expired, revoked or missing)',
      fix: 'Exchange the refresh token for a new access token (they last an hour); if the refresh fails, have the seller authorize the app again.',
    },
    {
      id: 'amazon-sp-api/access-denied-message',
      category: 'permissions',
      cause: 'access to resource denied',
      message: DENIED_WORDING,
      summary: 'Amazon SP-API: the app is not authorized for this operation (role, seller authorization or region)',
      fix: 'Check the seller’s authorization of the app, the roles the operation needs and the regional endpoint; keep syncing the operations that work.',
    },
    {
      id: 'amazon-sp-api/quota-exceeded-message',
      category: 'transient',
      cause: 'QuotaExceeded',
      message: new RegExp(`${QUOTA_WORDING.source}|\\bSellingApiRequestThrottledException\\b`, 'i'),
      summary: 'Amazon SP-API rate limit for this operation (usage plan)',
      fix: 'Retry after the restore rate; lower calls per second for this operation and seller.',
    },
  ],
};
