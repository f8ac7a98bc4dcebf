import type { RuleCase } from '../rule-tester.js';

/**
 * Xero: developer.xero.com limits and response codes; xero-python RateLimitException wording; real
 * bodies in pyxero#337 / #323, xeroizer#509, xero-node#741.
 */
const j = (o: object) => JSON.stringify(o);

export const xeroCases: RuleCase[] = [
  {
    line: 'ERR sync failed {"response":{"statusCode":401,"body":{"Type":null,"Title":"Unauthorized","Status":401,"Detail":"TokenExpired: token expired at 11/03/2026 09:12:40","Instance":"0c1d","Extensions":{}}}}',
    category: 'auth',
    destination: 'xero',
    rule: 'xero/token-expired',
    note: 'the identity server’s own wording names Xero where the line does not',
  },
  {
    line: "xero_python.exceptions.http_status_exceptions.RateLimitException: (429)\nReason: Too Many Requests\nHTTP response headers: HTTPHeaderDict({'Content-Type': 'text/html; charset=utf-8', 'Retry-After': '56', 'X-DayLimit-Remaining': '4870', 'X-MinLimit-Remaining': '0', 'X-AppMinLimit-Remaining': '9990', 'X-Rate-Limit-Problem': 'minute'})",
    category: 'transient',
    destination: 'xero',
    rule: 'xero/minute-limit',
    note: 'X-Rate-Limit-Problem: minute — a window',
  },
  {
    line: "xero_python.exceptions.http_status_exceptions.RateLimitException: (429)\nReason: Too Many Requests\nHTTP response headers: HTTPHeaderDict({'Content-Type': 'text/html; charset=utf-8', 'Retry-After': '40125', 'X-DayLimit-Remaining': '0', 'X-MinLimit-Remaining': '59', 'X-Rate-Limit-Problem': 'day'})",
    category: 'plan',
    destination: 'xero',
    rule: 'xero/daily-limit',
    note: 'X-Rate-Limit-Problem: day — 5,000 calls a day used up',
  },
  {
    line: "ERROR xero sync paused: You've exceeded the per day rate limit",
    category: 'plan',
    rule: 'xero/daily-limit',
    note: 'xero-python RateLimitException.error_message for the day limit',
  },
  {
    line: 'xero.exceptions.XeroRateLimitExceeded: please wait before retrying the xero api',
    category: 'transient',
    rule: 'xero/minute-limit',
    note: 'pyxero with no limit named: a window until shown otherwise',
  },
  {
    line: 'xero.exceptions.XeroUnauthorized: TokenExpired: token expired at 04/09/2023 05:16:59',
    category: 'auth',
    destination: 'xero',
    rule: 'xero/token-expired',
    note: 'pyxero#337: the 401 Detail',
  },
  {
    line: 'Xeroizer::OAuth::TokenExpired: token_expired',
    category: 'auth',
    rule: 'xero/token-expired',
    note: 'Xeroizer exception',
  },
  {
    line: 'ERROR tap-xero: 401 Unauthorized: AuthenticationUnsuccessful',
    category: 'auth',
    rule: 'xero/unauthorized',
    note: 'AuthenticationUnsuccessful Detail',
  },
  {
    line: 'ERROR tap-xero: 403 Forbidden: AuthorizationUnsuccessful',
    category: 'permissions',
    rule: 'xero/forbidden',
    note: 'AuthorizationUnsuccessful: tenant, scope or role',
  },
  {
    line: 'Xeroizer::ApiException: ValidationException: A validation exception occurred',
    category: 'validation',
    rule: 'xero/validation',
    note: 'Xeroizer validation',
  },
  {
    line: '<ApiException xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n  <ErrorNumber>10</ErrorNumber>\n  <Type>ValidationException</Type>\n  <Message>A validation exception occurred</Message>\n  <Elements>\n    <DataContractBase xsi:type="Invoice">\n      <ValidationErrors>\n        <ValidationError>\n          <Message>Email address must be valid.</Message>',
    category: 'validation',
    destination: 'xero',
    rule: 'xero/validation',
    note: "Xero's XML error answer (developer.xero.com, API exceptions: ErrorNumber 10, ValidationException) names Xero by its shape",
  },
  {
    line: '2025-02-20T08:33:01Z ERROR xero sync: getOrganisations failed {"response":{"statusCode":401,"body":{"Type":null,"Title":"Unauthorized","Status":401,"Detail":"TokenExpired: token expired at 02/20/2025 08:32:50","Instance":"f4a9c0c2-ab46-462c-b70b-9999612e6aa9","Extensions":{}},"headers":{"content-type":"application/json"}}}',
    category: 'auth',
    destination: 'xero',
    rule: 'xero/token-expired',
    note: 'xero-node#741: the Detail (a Xero key) names TokenExpired',
  },
  {
    line: j({ level: 'error', destination: 'xero', status: 401, response: { Type: null, Title: 'Unauthorized', Status: 401 } }),
    category: 'auth',
    rule: 'xero/401',
    note: 'a 401 whose body names no reason: the status decides',
  },
  {
    line: j({ level: 'error', destination: 'xero', status: 403, response: { Type: null, Title: 'Forbidden', Status: 403, Detail: 'AuthorizationUnsuccessful', Instance: '5d1e2f3a' } }),
    category: 'permissions',
    rule: 'xero/forbidden',
    note: '403 with the Detail under a capitalised key (AuthorizationUnsuccessful)',
  },
  {
    line: j({ level: 'error', destination: 'xero', status: 403, response: { Type: null, Title: 'Forbidden', Status: 403 } }),
    category: 'permissions',
    rule: 'xero/403',
    note: 'a 403 whose body names no reason: the status decides',
  },
  {
    line: j({ level: 'error', destination: 'xero', status: 429, headers: { 'retry-after': '38' } }),
    category: 'transient',
    rule: 'xero/429',
    note: 'bare 429: a window unless the day limit is named',
  },
  {
    line: j({ level: 'error', status: 400, body: { ErrorNumber: 10, Type: 'ValidationException', Message: 'A validation exception occurred', Elements: [{ ValidationErrors: [{ Message: 'Email address must be valid.' }] }] } }),
    category: 'validation',
    destination: 'xero',
    note: 'ErrorNumber names Xero; the 400 decides',
  },
  {
    line: j({ level: 'error', destination: 'acme', status: 401, message: 'TokenExpired' }),
    category: 'auth',
    rule: 'http/401',
    note: 'near miss: TokenExpired on another API’s line is not Xero’s',
  },
];

/** Xero.Api (.NET) and OAuth 1.0a-era SDKs report rate limits as oauth_problem. */
export const xeroSdkCases: RuleCase[] = [
  {
    line: "Xero.Api.Infrastructure.Exceptions.RateExceededException: oauth_problem=rate%20limit%20exceeded&oauth_problem_advice=please%20wait%20before%20retrying%20the%20xero%20api",
    category: "transient",
    destination: "xero",
    rule: "xero/sdk-rate-exceeded",
    note: "Xero.Api RateExceededException",
  },
];
