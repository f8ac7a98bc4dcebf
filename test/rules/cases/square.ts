import type { RuleCase } from '../rule-tester.js';

/**
 * Square APIs: `{"errors":[{"category","code","detail","field"}]}`. Codes decide inside the
 * category: ACCESS_TOKEN_EXPIRED (auth), INSUFFICIENT_SCOPES (permissions, under
 * AUTHENTICATION_ERROR), CARD_PROCESSING_NOT_ENABLED (the seller's account), RATE_LIMITED,
 * INTERNAL_SERVER_ERROR, VERSION_MISMATCH, NOT_FOUND, CARD_DECLINED, IDEMPOTENCY_KEY_REUSED, and the
 * field errors (`field` names the field).
 * Sources: developer.squareup.com/docs/build-basics/handling-errors, /reference/square/enums/ErrorCode,
 * /reference/square/objects/ErrorCategory.
 */
const j = (o: unknown): string => JSON.stringify(o);
const sq = (status: number, errors: unknown[], extra: Record<string, unknown> = { destination: 'square' }): string =>
  j({ ts: '2026-03-06T10:00:00Z', level: 'error', ...extra, status, body: { errors } });

export const squareCases: RuleCase[] = [
  {
    line: sq(401, [{ category: 'AUTHENTICATION_ERROR', code: 'ACCESS_TOKEN_EXPIRED', detail: 'The access token has expired.' }], {}),
    category: 'auth',
    destination: 'square',
    cause: 'access_token_expired',
    rule: 'square/token',
    note: 'ACCESS_TOKEN_EXPIRED: refresh the OAuth token; the code alone names Square',
  },
  {
    line: sq(403, [{ category: 'AUTHENTICATION_ERROR', code: 'INSUFFICIENT_SCOPES', detail: 'The merchant has not given your application sufficient permissions to do that. The accepted scopes are: ORDERS_WRITE' }], { url: 'https://connect.squareup.com/v2/orders' }),
    category: 'permissions',
    destination: 'square',
    rule: 'square/scopes',
    note: 'INSUFFICIENT_SCOPES is permissions although its category is AUTHENTICATION_ERROR; the url names Square',
  },
  {
    line: '2026-03-06T10:00:10Z ERROR POST https://connect.squareup.com/v2/customers -> 400 {"errors":[{"category":"INVALID_REQUEST_ERROR","code":"INVALID_EMAIL_ADDRESS","detail":"Expected email_address to be a valid email address.","field":"email_address"}]}',
    category: 'validation',
    destination: 'square',
    field: 'email_address',
    rule: 'square/field',
    note: 'INVALID_REQUEST_ERROR with `field`; host-only destination',
  },
  {
    line: 'SquareError: Status code: 400 Body: {"errors":[{"category":"INVALID_REQUEST_ERROR","code":"MISSING_REQUIRED_PARAMETER","detail":"Missing required parameter.","field":"idempotency_key"}]}',
    category: 'validation',
    destination: 'square',
    field: 'idempotency_key',
    rule: 'square/field',
    note: 'Node SDK SquareError prints the body',
  },
  {
    line: sq(429, [{ category: 'RATE_LIMIT_ERROR', code: 'RATE_LIMITED', detail: 'Rate limited.' }]),
    category: 'transient',
    rule: 'square/rate-limited',
    note: 'RATE_LIMITED: backoff with jitter',
  },
  {
    line: sq(500, [{ category: 'API_ERROR', code: 'INTERNAL_SERVER_ERROR', detail: 'An internal error has occurred.' }]),
    category: 'transient',
    rule: 'square/server',
    note: 'API_ERROR: Square itself',
  },
  {
    line: sq(409, [{ category: 'INVALID_REQUEST_ERROR', code: 'VERSION_MISMATCH', detail: 'Object version does not match latest database version.', field: 'version' }]),
    category: 'transient',
    rule: 'square/version-mismatch',
    note: 'VERSION_MISMATCH: re-read and retry',
  },
  {
    line: sq(404, [{ category: 'INVALID_REQUEST_ERROR', code: 'NOT_FOUND', detail: "Could not find customer with id 'CUST123'." }]),
    category: 'validation',
    rule: 'square/not-found',
    note: 'NOT_FOUND before the generic INVALID_REQUEST_ERROR',
  },
  {
    line: sq(400, [{ category: 'PAYMENT_METHOD_ERROR', code: 'CARD_DECLINED', detail: "Authorization error: 'GENERIC_DECLINE'" }]),
    category: 'validation',
    cause: 'card_declined',
    rule: 'square/payment-method',
    note: 'PAYMENT_METHOD_ERROR: the buyer’s card',
  },
  {
    line: sq(400, [{ category: 'INVALID_REQUEST_ERROR', code: 'CARD_PROCESSING_NOT_ENABLED', detail: 'This location is not enabled for card processing.' }]),
    category: 'plan',
    rule: 'square/seller-account',
    note: 'the seller’s location cannot take cards: account-level',
  },
  {
    line: sq(400, [{ category: 'INVALID_REQUEST_ERROR', code: 'IDEMPOTENCY_KEY_REUSED', detail: 'The idempotency key can only be retried with the same request data.' }]),
    category: 'validation',
    rule: 'square/idempotency',
    note: 'IDEMPOTENCY_KEY_REUSED with a changed body',
  },
  // ---------------------------------------------------------------- near misses
  {
    line: '2026-03-06T12:00:00Z ERROR config: the value must be wrapped in square brackets, got invalid input',
    category: 'validation',
    destination: null,
    note: 'near miss: "square" in prose is no hint',
  },
  {
    line: '2026-03-06T12:00:05Z ERROR java.net.SocketTimeoutException: Read timed out (via com.squareup.okhttp3.internal.http2.Http2Stream)',
    category: 'transient',
    destination: null,
    note: 'near miss: OkHttp’s com.squareup package is not Square’s API',
  },
];
